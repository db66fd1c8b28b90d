// union walk like the bench: sign-in page + list (+ the check)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
const m = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
const gz = (f) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length;
function files(keys) { const out = new Set(), seen = new Set(); const go = (k) => { if (seen.has(k)) return; seen.add(k); const e = m[k]; if (!e) return; out.add(e.file); for (const c of e.css ?? []) out.add(c); for (const i of e.imports ?? []) go(i); }; keys.forEach(go); return out; }
const hi = (names) => Object.keys(m).filter((k) => names.some((n) => k.endsWith(`/hi/${n}.json`)));
const signIn = files(['index.html', 'src/sign-in-entry.tsx']);
const list = files(['index.html', 'src/sign-in-entry.tsx', 'src/features/session/sign-in-check.tsx', 'src/app/app.tsx', ...(process.argv[3] ? process.argv[3].split(',').map(s=>s.trim()) : [])]);
const sum = (s) => [...s].reduce((a, f) => a + gz(f), 0);
const H = 67700;
const grouped = (prefix) => Object.keys(m).filter((k) => m[k].file.startsWith(`assets/${prefix}`));
const hiSign = files([...hi(['common', 'session']), ...grouped('catalogs-sign-in')]);
const hiList = files([...hi(['common', 'session', 'shell', 'groupsList', 'errors', 'changes', 'groupEdit']), ...grouped('catalogs-')]);
const t = (s) => `${(sum(s) / 1000).toFixed(1)} kB ${(sum(s) / H).toFixed(3)}`;
console.log('sign-in', t(signIn), '| hi', t(new Set([...signIn, ...hiSign])));
console.log('list   ', t(list), '| hi', t(new Set([...list, ...hiList])));
if (process.argv[4]) for (const f of [...list].sort()) console.log((gz(f) / 1000).toFixed(1).padStart(6), f);
