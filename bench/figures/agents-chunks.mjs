/**
 * The new screens of issue 19 are paid for only by those who open them: the chunks holding the
 * Agents view, the agent's page, the import (src/features/agents/) and the CSV reader (papaparse)
 * must be none of the files the sign-in page or the groups list load. Reports the Agents view's
 * own chunk, and what opening it from the list makes the browser fetch.
 */
import { assetSize } from '../lib/build.mjs';
import { kB } from '../lib/stats.mjs';

const isNewScreens = (id) => /\/src\/features\/agents\/|\/node_modules\/papaparse\//.test(id);

/** Build chunks (`modules`: rendered bytes per module of each chunk) with a module of the new screens. */
const chunksWith = (modules, test) => Object.keys(modules).filter((file) => Object.keys(modules[file]).some(test));

const gzipOf = (appAssets, files) => files.reduce((sum, f) => sum + (assetSize(appAssets, f) ?? 0), 0);

/** `runs`: the agents runs (each with the files fetched per step); `paths`: what sign-in and the list load. */
export function report(runs, { appAssets }, modules, { signInFiles, listPageFiles }) {
  const lazy = chunksWith(modules, isNewScreens);
  const loadedEarly = new Set([...signInFiles, ...listPageFiles]);
  const inPath = lazy.filter((f) => loadedEarly.has(f));
  const viewChunks = chunksWith(modules, (id) => id.endsWith('/src/features/agents/list/agents-page.tsx'));
  const viewBytes = gzipOf(appAssets, viewChunks);
  const opening = [...new Set(runs[0]?.files.view ?? [])].sort();
  const openingBytes = gzipOf(appAssets, opening);
  const importing = [...new Set(runs[0]?.files.import ?? [])].sort();
  const describe = (files) => files.map((f) => `${f} ${kB(assetSize(appAssets, f) ?? 0).toFixed(1)} kB`).join(', ');
  return {
    rows: [
      {
        id: 'agentsLazyChunks',
        figure: `chunks of the Agents view, agent page, import and papaparse (${lazy.length}) among the files the sign-in page or groups list load`,
        goal: '0',
        median: String(inPath.length),
        range: '(one build)',
        pass: lazy.length > 0 && inPath.length === 0,
      },
      {
        id: 'agentsViewChunkBytes',
        figure: `Agents view's own chunk, gzip (opening it from the list fetches ${opening.length} files, ${kB(openingBytes).toFixed(1)} kB)`,
        goal: 'reported',
        median: `${kB(viewBytes).toFixed(1)} kB`,
        range: '(one build)',
        pass: true,
      },
    ],
    lines: [
      ...(inPath.length ? [`Loaded before the Agents view is opened: ${inPath.join(', ')}`] : []),
      `Agents view from the groups list fetches (gzip): ${describe(opening) || 'nothing'}; the import page and its first file: ${describe(importing) || 'nothing'}.`,
    ],
    sizes: { agentsLazyChunks: lazy, agentsViewChunks: viewChunks, agentsViewBytes: viewBytes, agentsViewOpeningFiles: opening, agentsImportFiles: importing },
  };
}
