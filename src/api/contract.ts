/**
 * The DeepCall Group API v2 as both the client and the mock speak it (docs:
 * shared/deepcall-group-api.md): action names, endpoint path, the Group
 * module's error codes, the mock's wording and its demo accounts. Plain data
 * with no imports, so the mock can share it without pulling in the client.
 */

export const groupActions = ['list', 'add', 'update', 'delete', 'getGroupAgentRelation', 'submitAssignGroupToAgent'] as const;
export type GroupAction = (typeof groupActions)[number];

/** Every call is `POST {base}/api/v2/Group/<action>`; DeepCall's docs also show a trailing `/`. */
export const GROUP_API_PATH = '/api/v2/Group';

export function groupActionPath(action: string): string {
  return `${GROUP_API_PATH}/${action}`;
}

/** Codes are per module (the Agent module gives 1501–1503 other meanings): these hold for Group calls only. */
export const ErrorCode = {
  /** A general v2 code; the mock's answer to an agent id it does not know. */
  InvalidParameters: 1000,
  NameMissing: 1501,
  GroupIdMissing: 1502,
  GroupNotFound: 1503,
  SessionInvalid: 1014,
  CredentialsMissing: 1020,
  PermissionDenied: 1015,
  BodyNotJson: 1047,
} as const;
export type DeepCallCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The server's own wording for each code, as the mock answers it. */
export const serverErrorMessages: Record<DeepCallCode, string> = {
  [ErrorCode.InvalidParameters]: 'Invalid parameter(s)',
  [ErrorCode.NameMissing]: 'name field is required',
  [ErrorCode.GroupIdMissing]: 'groupId is required',
  [ErrorCode.GroupNotFound]: 'Group not found or not authorized',
  [ErrorCode.SessionInvalid]: 'Invalid or expired token',
  [ErrorCode.CredentialsMissing]: 'Token not provided',
  [ErrorCode.PermissionDenied]: 'Permission denied',
  [ErrorCode.BodyNotJson]: 'Request body is empty or not a valid JSON',
};

/** The `message` of a successful change, per action. */
export const successMessages = {
  add: 'Group added successfully',
  update: 'Group updated successfully',
  delete: 'Group deleted successfully',
  submitAssignGroupToAgent: 'Agents assigned successfully',
} as const satisfies Partial<Record<GroupAction, string>>;

/** The mock's accounts: `demo` signs in by ssid or by userId + token; `other` owns different groups. */
export const demoAccounts = {
  demo: { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' },
  other: { userId: 'other', token: 'other-token' },
} as const;

