/** A check that failed: what the console shows against what the server holds. */
export class Mismatch extends Error {
  override name = 'Mismatch';
}

/** Compares twice over a short while: a reply that ended a moment ago may still be on its way to the screen. */
export async function agreeing<T>(read: () => Promise<T>, differs: (value: T) => string | null): Promise<{ value: T; problem: string | null }> {
  let value = await read();
  let problem = differs(value);
  for (let i = 0; problem && i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
    problem = differs(value);
  }
  return { value, problem };
}
