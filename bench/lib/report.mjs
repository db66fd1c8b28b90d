/** The bench's output: the figures table, the machine's load, and bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { RESULTS_FILE } from './config.mjs';

/** Prints figure | goal | median | min–max | result, one line per table row. */
export function printTable(rows) {
  const header = ['figure', 'goal', 'median', 'min–max', 'result'];
  const cells = rows.map((r) => [r.figure, r.goal, r.median, r.range, r.pass ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => v.padEnd(widths[i])).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const c of cells) console.log(line(c));
}

/**
 * Prints the load average before (`before`, os.loadavg() at the start) and now, and says so when
 * the machine was busier than its cores: the timings then include waiting for a CPU. Answers the
 * machine as results.json describes it.
 */
export function reportMachine(before, chromium) {
  const after = loadavg();
  const loads = (l) => l.map((v) => v.toFixed(2)).join(' / ');
  console.log(`\nMachine load (os.loadavg(), 1 / 5 / 15 min) on ${cpus().length} cores: before ${loads(before)}, after ${loads(after)}.`);
  const busiest = Math.max(before[0], after[0]);
  if (busiest > cpus().length) {
    console.log(
      `\nNote: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${cpus().length} cores): ` +
        'the timings include waiting for a CPU. Run again on an idle machine for the app\'s own figures.',
    );
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverage1m: { before: before[0], after: after[0] },
    loadAverage: { before, after },
    node: process.version,
    chromium,
  };
}

export const writeResults = (results) => writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
