/** The errors a DeepCall server answers with, in its own words (contract.ts), per module. */
import { agentServerErrorMessages, ErrorCode, serverErrorMessages, type AgentCode, type DeepCallCode } from '../src/api/contract';

export class DeepCallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** The error a DeepCall server answers with this code, in its own words. */
export function deepCallError(code: DeepCallCode): DeepCallError {
  return new DeepCallError(code, serverErrorMessages[code]);
}

/** The same for the Agent module, whose numbers mean other things. */
export function agentError(code: AgentCode): DeepCallError {
  return new DeepCallError(code, agentServerErrorMessages[code]);
}

export const errors = {
  nameMissing: () => deepCallError(ErrorCode.NameMissing),
  idMissing: () => deepCallError(ErrorCode.GroupIdMissing),
  notFound: () => deepCallError(ErrorCode.GroupNotFound),
  invalidParameters: () => deepCallError(ErrorCode.InvalidParameters),
  badToken: () => deepCallError(ErrorCode.SessionInvalid),
  noToken: () => deepCallError(ErrorCode.CredentialsMissing),
  notJson: () => deepCallError(ErrorCode.BodyNotJson),
};
