/**
 * Credentials for check-api: piped lines, and the terminal prompts, which must never show a secret.
 * The terminal is a pair of streams flagged as a TTY; readline drives it as it would a real one.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { credentialsFromText, readCredentials } from './credentials';

describe('credentialsFromText', () => {
  it('reads a session ID from the first line, or a user ID and token from the next two', () => {
    expect(credentialsFromText('abc-ssid\n')).toEqual({ credentials: { ssid: 'abc-ssid' } });
    expect(credentialsFromText('\uFEFF\r\n 42 \r\ntok-1\r\n')).toEqual({ credentials: { userId: '42', token: 'tok-1' } });
    expect(credentialsFromText('\n42')).toEqual({ problem: 'a user ID was given without a token on the third line of standard input' });
    expect(credentialsFromText('')).toEqual({ problem: 'no credentials on standard input' });
  });
});

/** A fake terminal: what is typed goes in once the prompt asking for it has been written. */
function terminal(answers: Array<[prompt: string, typed: string]>) {
  const input = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
  const output = new PassThrough();
  let shown = '';
  let next = 0;
  output.on('data', (chunk: Buffer) => {
    shown += String(chunk);
    const answer = answers[next];
    if (answer && shown.includes(answer[0])) {
      next += 1;
      // Typed a key at a time, as on a keyboard, then Enter.
      setTimeout(() => {
        for (const key of answer[1]) input.write(key);
        input.write('\r');
      }, 0);
    }
  });
  return { input, output: output as unknown as NodeJS.WriteStream, shown: () => shown };
}

describe('readCredentials on a terminal', () => {
  it('asks for a session ID without showing it', async () => {
    const tty = terminal([['session ID', 'secret-ssid-1']]);
    await expect(readCredentials(tty.input, tty.output)).resolves.toEqual({ credentials: { ssid: 'secret-ssid-1' } });
    expect(tty.shown()).toContain('DeepCall session ID (leave empty to use a user ID and token instead): ');
    expect(tty.shown()).not.toContain('secret-ssid-1');
  });

  it('asks for a user ID, shown as typed, and a token, not shown', async () => {
    const tty = terminal([
      ['session ID', ''],
      ['User ID: ', 'agent-admin'],
      ['Token: ', 'secret-token-1'],
    ]);
    await expect(readCredentials(tty.input, tty.output)).resolves.toEqual({ credentials: { userId: 'agent-admin', token: 'secret-token-1' } });
    expect(tty.shown()).toContain('agent-admin');
    expect(tty.shown()).not.toContain('secret-token-1');
  });
});
