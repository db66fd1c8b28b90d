/**
 * The bench's settings, read once from the environment (bench.mjs lists them), and the sizes of
 * what it sets up.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD = join(ROOT, 'bench/.build');
export const APP_OUT = join(BUILD, 'app');
export const HELLO_OUT = join(BUILD, 'hello');
export const RESULTS_FILE = join(ROOT, 'bench/results.json');

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const RUNS_50K = Number(process.env.BENCH_RUNS_50K ?? 7);
export const AUDIT_RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 7);
export const API_PORT = Number(process.env.BENCH_API_PORT ?? 8797);
export const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 4199);
export const API = `http://127.0.0.1:${API_PORT}`;
export const WEB = `http://127.0.0.1:${WEB_PORT}`;
export const SKIP_BUILD = process.argv.includes('--skip-build');

/** The demo account the mock API seeds. */
export const SSID = 'demo-ssid';
export const SEED_GROUPS = 10_000;
export const SEED_AGENTS = 5_000;
/** The scale run's account (issue 12), made with POST /__mock/accounts. */
export const SCALE_GROUPS = 50_000;

/** Pause between keystrokes, after the previous one has painted (a quick typist: ~8 keys/s). */
export const KEY_GAP_MS = 120;
