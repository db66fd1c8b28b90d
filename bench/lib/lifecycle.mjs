/** Progress lines, pauses, and stopping what the bench started, also on Ctrl+C. */

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const benchStart = Date.now();
/** Progress, with the seconds since the bench started (its runtime is part of its budget). */
export const log = (...args) => console.log(`[bench ${Math.round((Date.now() - benchStart) / 1000)} s]`, ...args);

const cleanups = [];
let cleaning = null;

/** Registers `fn` to run at the end (last registered first). */
export const onCleanup = (fn) => cleanups.push(fn);

/** Runs every registered clean-up once, however often it is called. */
export function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.warn('[bench] cleanup:', error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

/** Ctrl+C or a SIGTERM stops the servers and the browser before exiting. */
export function cleanUpOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      console.error(`[bench] ${signal}: stopping servers`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}
