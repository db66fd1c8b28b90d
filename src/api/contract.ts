/**
 * The DeepCall API v2 as both the client and the mock speak it (docs:
 * shared/deepcall-group-api.md): action names, endpoint paths, each module's
 * error codes, the mock's wording and its demo accounts. Plain data with no
 * imports, so the mock can share it without pulling in the client.
 */

/** The two DeepCall modules the console calls. Error codes are per module. */
export type ApiModule = 'Group' | 'Agent';

export const groupActions = ['list', 'add', 'update', 'delete', 'getGroupAgentRelation', 'submitAssignGroupToAgent'] as const;
export type GroupAction = (typeof groupActions)[number];

/** Every call is `POST {base}/api/v2/Group/<action>`; DeepCall's docs also show a trailing `/`. */
export const GROUP_API_PATH = '/api/v2/Group';

export function groupActionPath(action: string): string {
  return `${GROUP_API_PATH}/${action}`;
}

/** The Agent module: the console only reads its `list`, the roster to pick members from. */
export const agentActions = ['list'] as const;
export type AgentAction = (typeof agentActions)[number];

/** `POST {base}/api/v2/Agent/<action>`, auth in the body as for groups; with userId + token, ssid must be absent. */
export const AGENT_API_PATH = '/api/v2/Agent';

export function agentActionPath(action: string): string {
  return `${AGENT_API_PATH}/${action}`;
}

/** One action of one module. */
export type Endpoint = { module: 'Group'; action: GroupAction } | { module: 'Agent'; action: AgentAction };

/** General v2 codes: the same meaning in every module (1014/1020 always mean the session has ended). */
export const CommonErrorCode = {
  /** The mock's answer to an agent id it does not know, or a `receive_call` id outside `agent_unique_id`. */
  InvalidParameters: 1000,
  SessionInvalid: 1014,
  CredentialsMissing: 1020,
  PermissionDenied: 1015,
  BodyNotJson: 1047,
} as const;

/** The Group module's codes (with the general ones). Codes are per module: these hold for Group calls only. */
export const ErrorCode = {
  ...CommonErrorCode,
  NameMissing: 1501,
  GroupIdMissing: 1502,
  GroupNotFound: 1503,
} as const;
export type DeepCallCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The Agent module's codes (with the general ones). They reuse the Group module's numbers with other
 * meanings: a 1503 from Agent/list is an invalid role id, never "group not found".
 */
export const AgentErrorCode = {
  ...CommonErrorCode,
  DataInProcessing: 1501,
  InvalidFilter: 1502,
  InvalidRoleId: 1503,
  InvalidGroupData: 1505,
  InvalidStatus: 1508,
} as const;
export type AgentCode = (typeof AgentErrorCode)[keyof typeof AgentErrorCode];

const commonServerMessages = {
  [CommonErrorCode.InvalidParameters]: 'Invalid parameter(s)',
  [CommonErrorCode.SessionInvalid]: 'Invalid or expired token',
  [CommonErrorCode.CredentialsMissing]: 'Token not provided',
  [CommonErrorCode.PermissionDenied]: 'Permission denied',
  [CommonErrorCode.BodyNotJson]: 'Request body is empty or not a valid JSON',
};

/** The server's own wording for each Group code, as the mock answers it. */
export const serverErrorMessages: Record<DeepCallCode, string> = {
  ...commonServerMessages,
  [ErrorCode.NameMissing]: 'name field is required',
  [ErrorCode.GroupIdMissing]: 'groupId is required',
  [ErrorCode.GroupNotFound]: 'Group not found or not authorized',
};

/** The server's own wording for each Agent code, as DeepCall's Agent docs list them. */
export const agentServerErrorMessages: Record<AgentCode, string> = {
  ...commonServerMessages,
  [AgentErrorCode.DataInProcessing]: 'Data already in processing',
  [AgentErrorCode.InvalidFilter]: 'Invalid filter value',
  [AgentErrorCode.InvalidRoleId]: 'Invalid role id',
  [AgentErrorCode.InvalidGroupData]: 'Invalid group data',
  [AgentErrorCode.InvalidStatus]: 'Invalid status value',
};

/** The `message` of a successful change, per action. */
export const successMessages = {
  add: 'Group added successfully',
  update: 'Group updated successfully',
  delete: 'Group deleted successfully',
  submitAssignGroupToAgent: 'Agents assigned successfully',
} as const satisfies Partial<Record<GroupAction, string>>;

/** The mock's accounts: `demo` signs in by ssid or by userId + token; `other` owns different groups and agents. */
export const demoAccounts = {
  demo: { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' },
  other: { userId: 'other', token: 'other-token' },
} as const;
