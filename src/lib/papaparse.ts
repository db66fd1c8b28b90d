/**
 * papaparse, loaded on first use and kept: one copy for every CSV reader and writer, and none in
 * the JS of a page that never reads or writes a file.
 */
export type Papa = typeof import('papaparse');

let papa: Promise<Papa> | undefined;

export function loadPapa(): Promise<Papa> {
  papa ??= import('papaparse').then(
    // A CommonJS module: bundlers hand it over as the default export.
    (mod) => (mod as Papa & { default?: Papa }).default ?? mod,
    (error: unknown) => {
      papa = undefined; // a failed chunk load (offline) can be tried again
      throw error;
    },
  );
  return papa;
}
