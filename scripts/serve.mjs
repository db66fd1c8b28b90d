#!/usr/bin/env node
/**
 * `npm run serve`: the built console through nginx with deploy/nginx.conf, as it is deployed, on
 * http://127.0.0.1:${PORT:-8080}, in the foreground until SIGTERM or SIGINT (Ctrl+C).
 * DIST_DIR (default dist) names the build to serve; NGINX the nginx binary, if not Debian's.
 *
 * deploy/nginx.conf is a site file for the http context. This script wraps it in a main config of
 * its own, in a fresh temp folder that also holds the pid, temp files and logs, so nothing needs
 * root or /var; the folder is removed when nginx stops.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
/** Where deploy/nginx.conf expects the build on a server. */
const DEPLOY_ROOT = '/srv/group-console';
/** Written by the build beside index.html (deploy/security-headers.ts). */
const HEADERS_FILE = 'nginx-security-headers.conf';
const DEBIAN_NGINX = '/usr/sbin/nginx';
export const INSTALL_HINT = 'install it with `apt-get install -y nginx` (or set NGINX to an nginx binary)';

/** The nginx binary: NGINX, Debian's (not on a normal user's PATH), or whichever is on PATH; else null. */
export function findNginx() {
  if (process.env.NGINX) return existsSync(process.env.NGINX) ? process.env.NGINX : null;
  if (existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

/** nginx reads a path as one word: refuse what would split or change it rather than quote around it. */
function nginxPath(path) {
  if (/[\s;"'{}$#\\]/.test(path)) fail(`nginx cannot be given the path "${path}": use one without spaces or quotes.`);
  return path;
}

/** deploy/nginx.conf with its one `listen` and its deployment root set for this run. */
function siteFor({ distDir, port }) {
  const site = readFileSync(SITE, 'utf8');
  const listens = site.match(/^\s*listen\s[^;]*;/gm) ?? [];
  if (listens.length !== 1 || !site.includes(`root ${DEPLOY_ROOT};`)) {
    fail(`${SITE} must have exactly one active \`listen\` line and \`root ${DEPLOY_ROOT};\` for this script to set.`);
  }
  return site
    .replace(/^(\s*)listen\s[^;]*;/m, `$1listen 127.0.0.1:${port};`)
    .replaceAll(DEPLOY_ROOT, distDir);
}

/** Debian's mime.types, or whichever the binary was built to find beside its own nginx.conf. */
function mimeTypesOf(nginx) {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr ?? '';
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1] ?? '/etc/nginx/nginx.conf';
  const mimeTypes = join(dirname(confPath), 'mime.types');
  if (!existsSync(mimeTypes)) fail(`nginx's mime.types is not at ${mimeTypes}: reinstall nginx (\`apt-get install -y nginx\`).`);
  return mimeTypes;
}

function mainConfig({ dir, mimeTypes }) {
  // A master started as root hands the requests to workers running as `nobody`, who may not read a
  // checkout under /root: keep them as the user who started the server.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `# Written by scripts/serve.mjs for one run; the site is deploy/nginx.conf.
daemon off;
master_process on;
worker_processes 1;
${user}
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    sendfile on;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`;
}

function main() {
  const nginx = findNginx();
  if (!nginx) fail(`nginx not found: ${INSTALL_HINT}.`);

  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
  const distName = process.env.DIST_DIR || 'dist';
  const distDir = nginxPath(resolve(distName));
  if (!existsSync(join(distDir, 'index.html'))) fail(`no build in ${distName}/: run \`npm run build\` first.`);
  if (!existsSync(join(distDir, HEADERS_FILE))) fail(`${distName}/ has no ${HEADERS_FILE}: it predates deploy/; run \`npm run build\` again.`);

  const dir = nginxPath(mkdtempSync(join(tmpdir(), 'group-console-nginx-')));
  writeFileSync(join(dir, 'site.conf'), siteFor({ distDir, port }));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig({ dir, mimeTypes: mimeTypesOf(nginx) }));

  // -e: the log nginx writes before it has read the config (else it tries /var/log/nginx first).
  const server = spawn(nginx, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'inherit',
  });
  console.log(`serve: ${distName}/ through nginx on http://127.0.0.1:${port} (logs in ${dir}; Ctrl+C stops)`);

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      stopping = true;
      // nginx shuts down at once on TERM and INT, the same as it would for its own service manager.
      server.kill(signal);
    });
  }
  server.on('error', (error) => {
    rmSync(dir, { recursive: true, force: true });
    fail(`cannot start ${nginx}: ${error.message}`);
  });
  server.on('exit', (code, signal) => {
    rmSync(dir, { recursive: true, force: true });
    if (stopping) process.exit(0);
    if (code !== 0) console.error(`serve: nginx stopped (${signal ?? `exit code ${code}`}).`);
    process.exit(code ?? 1);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
