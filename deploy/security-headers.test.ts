import { describe, expect, it } from 'vitest';
import { apiOriginsOf, headerPolicy, metaPolicy, nginxHeadersSnippet, originOf, securityHeaders } from './security-headers';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const DEEPCALL = 'https://v4-api.deepcall.com';

describe('API origins from the build settings', () => {
  it('keeps only the origin of the base URL and of each extra host, in order, without repeats', () => {
    expect(apiOriginsOf('https://v4-api.deepcall.com/api/v2/', ' https://eu.deepcall.com:8443/x , ,https://v4-api.deepcall.com')).toEqual([
      DEEPCALL,
      'https://eu.deepcall.com:8443',
    ]);
  });

  it('is empty without any host (the dev build talks to its in-page mock)', () => {
    expect(apiOriginsOf('', undefined)).toEqual([]);
  });

  it('refuses a setting that is not an http(s) URL, naming the setting to fix', () => {
    expect(() => originOf('v4-api.deepcall.com')).toThrow(/Not a URL: "v4-api.deepcall.com".*VITE_DEEPCALL_BASE_URL/);
    expect(() => originOf('javascript:alert(1)')).toThrow(/Not an http\(s\) URL/);
  });
});

describe('Content-Security-Policy', () => {
  it('lets the page reach itself and the configured API hosts only, and no site frame it', () => {
    const header = directivesOf(headerPolicy([DEEPCALL, 'https://eu.deepcall.com']));
    expect(header.get('connect-src')).toEqual(["'self'", DEEPCALL, 'https://eu.deepcall.com']);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
  });

  it('gives the meta tag the same policy without what browsers ignore in a meta tag', () => {
    const header = directivesOf(headerPolicy([DEEPCALL]));
    const meta = directivesOf(metaPolicy([DEEPCALL]));
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});

describe('the nginx snippet', () => {
  it('adds every security header on every response, HSTS from the scheme', () => {
    const lines = nginxHeadersSnippet([DEEPCALL])
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(lines).toEqual([
      `add_header Content-Security-Policy "${headerPolicy([DEEPCALL])}" always;`,
      'add_header X-Content-Type-Options "nosniff" always;',
      'add_header Referrer-Policy "no-referrer" always;',
      expect.stringMatching(/^add_header Permissions-Policy "[^"]*\bcamera=\(\)[^"]*" always;$/),
      'add_header Cross-Origin-Opener-Policy "same-origin" always;',
      'add_header X-Frame-Options "DENY" always;',
      'add_header Strict-Transport-Security $group_console_hsts always;',
    ]);
  });

  it('denies the device features the console never uses', () => {
    const permissions = new Map(securityHeaders([])).get('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions.split(', ')).toContain(`${feature}=()`);
    }
    // "Copy details for support" writes to the clipboard.
    expect(permissions).not.toMatch(/clipboard/);
  });

  it('refuses a host nginx would read as a variable or a quote rather than write it into the config', () => {
    expect(() => nginxHeadersSnippet(['https://a$host.example'])).toThrow(/Cannot write this header value/);
    expect(() => nginxHeadersSnippet(['https://a".example'])).toThrow(/Cannot write this header value/);
  });
});
