/**
 * The console's security headers, written once. The production build (vite.config.ts) turns them into
 * - the Content-Security-Policy <meta> in index.html, for static hosts that cannot send headers;
 * - NGINX_HEADERS_FILE in the build output, which deploy/nginx.conf includes in every location.
 * So the API host(s) of the build (VITE_DEEPCALL_BASE_URL, VITE_DEEPCALL_EXTRA_HOSTS) appear in both
 * policies with no second list to keep in step.
 */

/** Written next to index.html; deploy/nginx.conf includes it and refuses to serve it. */
export const NGINX_HEADERS_FILE = 'nginx-security-headers.conf';

/** nginx variable deploy/nginx.conf sets from the scheme: HSTS only over HTTPS (nginx omits an empty header). */
export const HSTS_VARIABLE = '$group_console_hsts';

/** The origin of a DeepCall host setting, e.g. https://v4-api.deepcall.com/api → https://v4-api.deepcall.com. */
export function originOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not a URL: "${url}" (set VITE_DEEPCALL_BASE_URL / VITE_DEEPCALL_EXTRA_HOSTS to https://host)`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Not an http(s) URL: "${url}" (set VITE_DEEPCALL_BASE_URL / VITE_DEEPCALL_EXTRA_HOSTS to https://host)`);
  }
  return parsed.origin;
}

/** The base URL and the comma-separated extra hosts as origins, in order, without blanks or repeats. */
export function apiOriginsOf(baseUrl: string, extraHosts = ''): string[] {
  const origins = [baseUrl, ...extraHosts.split(',')]
    .map((url) => url.trim())
    .filter(Boolean)
    .map(originOf);
  return [...new Set(origins)];
}

type Directive = readonly [name: string, ...sources: string[]];

/** Browsers ignore these in a <meta> policy (and Chromium logs an error for each): header only. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function directives(apiOrigins: readonly string[]): Directive[] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // Mantine sets CSS variables and positions through inline styles.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...apiOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    // Every form is handled by script; nothing is ever submitted to a server by the browser.
    ['form-action', "'none'"],
    // No site may frame the console, so none can trick a supervisor into clicking a switch (clickjacking).
    ['frame-ancestors', "'none'"],
  ];
}

function policy(list: readonly Directive[]): string {
  return list.map((directive) => directive.join(' ')).join('; ');
}

/** The Content-Security-Policy header: the whole policy. */
export function headerPolicy(apiOrigins: readonly string[]): string {
  return policy(directives(apiOrigins));
}

/** The same policy for index.html's <meta>: every directive a browser honours there. */
export function metaPolicy(apiOrigins: readonly string[]): string {
  return policy(directives(apiOrigins).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

/** Features the console never uses: no page of it, nor anything it might embed, may ask for them. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Every security header with its value, HSTS aside (it depends on the scheme, see HSTS_VARIABLE). */
export function securityHeaders(apiOrigins: readonly string[]): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerPolicy(apiOrigins)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** A value nginx takes literally inside double quotes: no quote, backslash, variable or line break. */
function nginxString(value: string): string {
  if (/["\\$\r\n]/.test(value)) throw new Error(`Cannot write this header value into the nginx config: ${value}`);
  return `"${value}"`;
}

/**
 * The nginx snippet deploy/nginx.conf includes in each location (an add_header in a location replaces
 * every inherited one, so each location must repeat them all). `always`: on errors (404) too.
 */
export function nginxHeadersSnippet(apiOrigins: readonly string[]): string {
  const lines = securityHeaders(apiOrigins).map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`);
  lines.push(`add_header Strict-Transport-Security ${HSTS_VARIABLE} always;`);
  return [
    '# Generated by the production build from deploy/security-headers.ts: edit that file, not this one.',
    '# Included by deploy/nginx.conf in every location; never served.',
    ...lines,
    '',
  ].join('\n');
}
