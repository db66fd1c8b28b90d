/**
 * Quick byte check between bench runs: gzip (level 9) of the JS and CSS the sign-in page and the groups
 * list load, walked from a build's manifest. Usage: npx vite build --outDir /tmp/b --manifest && node scripts/manifest-bytes.mjs /tmp/b [sign-in|list]
 * (the second argument lists that page's files). npm run bench stays the measure of record.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
const m = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
function walk(keys) {
  const files = new Set();
  const seen = new Set();
  const go = (k) => {
    if (seen.has(k)) return; seen.add(k);
    const e = m[k]; if (!e) throw new Error('no ' + k);
    files.add(e.file); for (const c of e.css ?? []) files.add(c);
    for (const i of e.imports ?? []) go(i);
  };
  keys.forEach(go);
  let total = 0;
  for (const f of files) total += gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length;
  return total;
}
const hello = 67700;
for (const [name, keys] of [['sign-in', ['index.html', 'src/sign-in-entry.tsx']], ['list', ['index.html', 'src/app/app.tsx']]]) {
  const t = walk(keys); console.log(name, (t / 1000).toFixed(1), 'kB', (t / hello).toFixed(3));
}
if (process.argv[3]) {
  const keys = process.argv[3] === 'sign-in' ? ['index.html', 'src/sign-in-entry.tsx'] : ['index.html', 'src/app/app.tsx'];
  const files = new Set(); const seen = new Set();
  const go = (k) => { if (seen.has(k)) return; seen.add(k); const e = m[k]; files.add(e.file); for (const c of e.css ?? []) files.add(c); for (const i of e.imports ?? []) go(i); };
  keys.forEach(go);
  for (const f of files) console.log((gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length / 1000).toFixed(1).padStart(6), f);
}
