/** Every step of a walk, one line each, so a failure shows what led to it. */
export class StepLog {
  readonly lines: string[] = [];

  constructor(private readonly seed: number) {}

  step(index: number, action: string, args: Record<string, unknown> = {}): void {
    this.lines.push(`#${index} ${action} ${JSON.stringify(args)}`);
  }

  /** A detail of the current step: a fault armed, what the console said. */
  note(text: string): void {
    this.lines.push(`    ${text}`);
  }

  tail(count = 25): string {
    return this.lines.slice(-count).join('\n');
  }

  /** The failure message: the seed to replay it with, and the last steps. */
  failure(index: number, problem: string): string {
    return (
      `Step ${index} of the walk with seed ${this.seed} failed: ${problem}\n` +
      `Replay: WALK_SEED=${this.seed} WALK_STEPS=${index} npx playwright test --project=walk\n` +
      `Last steps:\n${this.tail()}`
    );
  }
}
