/**
 * npm run check-api -- --host https://<brand host>
 *
 * Tells a deployer, before supervisors find out, whether the console understands a real DeepCall
 * host's replies: the agents' reply shapes are inferred (shared/deepcall-group-api.md), so they are
 * checked against the host itself. Read calls only; credentials from standard input only
 * (scripts/check-api/credentials.ts). Exit 0: every reply understood; 1: the host refused the
 * credentials or a call, could not be reached, or sent a reply the console cannot read; 2: usage.
 */
import { parseArgs, USAGE } from './check-api/args';
import { readCredentials } from './check-api/credentials';
import { runChecks, type CheckReport } from './check-api/run-checks';

/**
 * Everything printed goes through here: a host that echoes a credential in an error message still
 * never gets it printed, and control characters in its words cannot drive the terminal.
 */
function printer(secrets: string[]): (stream: NodeJS.WriteStream, text: string) => void {
  const hidden = secrets.filter((secret) => secret.length >= 4);
  return (stream, text) => {
    let safe = text.replace(/[^\P{Cc}\n]/gu, '?');
    for (const secret of hidden) safe = safe.split(secret).join('[credential hidden]');
    stream.write(`${safe}\n`);
  };
}

function reportText(report: CheckReport): string {
  const verdict = report.verdict === 'understood' ? 'understood' : report.verdict.toUpperCase();
  return [`${report.title}: ${verdict}`, ...report.lines.map((line) => `  ${line}`), ''].join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('help' in args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('problem' in args) {
    process.stderr.write(`check-api: ${args.problem}.\n\n${USAGE}\n`);
    return 2;
  }
  const read = await readCredentials();
  if ('problem' in read) {
    process.stderr.write(`check-api: ${read.problem}.\n\n${USAGE}\n`);
    return 2;
  }
  const { credentials } = read;
  const print = printer('ssid' in credentials ? [credentials.ssid] : [credentials.token]);
  print(process.stdout, `Checking ${args.host} with the console's own client (read calls only).\n`);
  // The same knob as the console's build, so a check waits as long as the console would.
  const timeoutMs = Number(process.env.VITE_DEEPCALL_TIMEOUT_MS);
  const run = await runChecks(args.host, credentials, Number.isInteger(timeoutMs) && timeoutMs > 0 ? timeoutMs : undefined);
  for (const report of run.reports) print(process.stdout, reportText(report));
  const understood = run.reports.filter((r) => r.verdict === 'understood').length;
  if (run.ok) {
    const skipped = run.reports.length - understood;
    print(
      process.stdout,
      `All ${understood} replies checked were understood: the console can work with ${args.host}.` +
        (skipped > 0 ? ` (${skipped} not checked: see above.)` : ''),
    );
    return 0;
  }
  print(process.stdout, `${understood} of ${run.reports.length} replies understood: see above before rolling out.`);
  for (const report of run.reports) if (report.reason) print(process.stderr, `check-api: ${report.title}: ${report.reason}`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not an answer from the host: a fault of this script. Its message never holds the credentials (they are not in errors).
    process.stderr.write(`check-api: failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
