/**
 * The credentials for `npm run check-api`, from standard input only: a command line lands in shell
 * history and in the process list. Line 1 is a session ID; or it is empty, and lines 2 and 3 are a
 * user ID and a token. On a terminal it asks for them instead, without showing the secrets.
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { Credentials } from '@/api/requests';

/** The credentials, or a sentence saying what is missing. */
export type ReadCredentials = { credentials: Credentials } | { problem: string };

/** Lines as piped in: `ssid\n`, or `\nuserId\ntoken\n` (CRLF and a byte-order mark tolerated). */
export function credentialsFromText(text: string): ReadCredentials {
  const [ssid = '', userId = '', token = ''] = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim());
  if (ssid !== '') return { credentials: { ssid } };
  if (userId !== '' && token !== '') return { credentials: { userId, token } };
  if (userId !== '') return { problem: 'a user ID was given without a token on the third line of standard input' };
  return { problem: 'no credentials on standard input' };
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  input.setEncoding('utf8');
  for await (const chunk of input) text += String(chunk);
  return text;
}

/**
 * Asks on the terminal. Prompts go to stderr so stdout holds only the report. A secret's echo is
 * swallowed by muting the stream readline writes to (readline has no option for it), so the
 * session ID and the token never appear on the screen; the user ID does, as people expect.
 */
async function ask(input: NodeJS.ReadStream, prompts: NodeJS.WriteStream): Promise<ReadCredentials> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) prompts.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output, terminal: true });
  rl.on('SIGINT', () => {
    rl.close();
    prompts.write('\n');
    process.exit(130);
  });
  const secret = async (question: string) => {
    prompts.write(question);
    muted = true;
    try {
      return (await rl.question('')).trim();
    } finally {
      muted = false;
      prompts.write('\n');
    }
  };
  try {
    const ssid = await secret('DeepCall session ID (leave empty to use a user ID and token instead): ');
    if (ssid !== '') return { credentials: { ssid } };
    const userId = (await rl.question('User ID: ')).trim();
    const token = await secret('Token: ');
    if (userId === '' || token === '') return { problem: 'a user ID and a token are both needed when no session ID is given' };
    return { credentials: { userId, token } };
  } catch {
    // Ctrl+D ends the input: readline rejects the pending question.
    return { problem: 'no credentials were entered' };
  } finally {
    rl.close();
  }
}

export function readCredentials(input: NodeJS.ReadStream = process.stdin, prompts: NodeJS.WriteStream = process.stderr): Promise<ReadCredentials> {
  return input.isTTY ? ask(input, prompts) : readAll(input).then(credentialsFromText);
}
