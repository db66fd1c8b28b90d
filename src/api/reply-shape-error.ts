/** Thrown by the reply parsers; the transport turns it into an "unexpected reply" ApiError. */
export class ReplyShapeError extends Error {
  override name = 'ReplyShapeError';
}
