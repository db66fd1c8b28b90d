/**
 * What a supervisor sends to support when a DeepCall reply could not be read. It holds no
 * value from the reply and nothing from the request (which carries the credentials).
 */
export interface SupportDetails {
  /** Module and action, e.g. "Group/list". */
  action: string;
  httpStatus: number;
  /** When the reply arrived (ISO 8601, UTC). */
  at: string;
  consoleVersion: string;
  /** What the console found wrong, in its own words. */
  problem: string;
  /** The reply's structure with every value left out (reply-structure.ts), or its length and content type. */
  reply: string;
}

/** The plain-text block put on the clipboard. */
export function formatSupportDetails(details: SupportDetails): string {
  return [
    'Group Console: a DeepCall reply that could not be read',
    `Action: ${details.action}`,
    `HTTP status: ${details.httpStatus}`,
    `Time: ${details.at}`,
    `Console version: ${details.consoleVersion}`,
    `Problem: ${details.problem}`,
    'Reply structure (every value left out):',
    details.reply,
  ].join('\n');
}
