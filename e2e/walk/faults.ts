import type { Fault } from '../fixtures';
import type { Random } from './random';

const GROUP_ACTIONS = ['list', 'add', 'update', 'delete', 'getGroupAgentRelation', 'submitAssignGroupToAgent'] as const;

/** Only for the very next requests, and mostly for one kind of action: a fault is a moment, not a state. */
function someActions(random: Random): { actions?: string[] } {
  return random.chance(0.4) ? {} : { actions: [random.pick(GROUP_ACTIONS)] };
}

export type FaultKind = 'http' | 'drop' | 'latency' | 'malformed' | 'shape' | 'renamed-elsewhere' | 'deleted-elsewhere';

/** Which fault, if any, the mock answers this step's requests with (about one step in four). */
export function chooseFaultKind(random: Random): FaultKind | null {
  return random.weighted<FaultKind | null>([
    [null, 74],
    ['http', 6],
    ['drop', 3],
    ['latency', 4],
    ['malformed', 3],
    ['shape', 3],
    ['renamed-elsewhere', 4],
    ['deleted-elsewhere', 3],
  ]);
}

/** The fault itself; the "elsewhere" ones need the group a colleague changes. */
export function makeFault(
  random: Random,
  kind: FaultKind,
  target: { id: number | string; name: string; active: boolean } | undefined,
): Fault | null {
  switch (kind) {
    case 'http':
      return { kind: 'http', status: random.pick([500, 502, 503]), withBody: random.chance(0.3), times: 1, ...someActions(random) };
    case 'drop':
      return { kind: 'drop', times: 1, ...someActions(random) };
    case 'latency':
      // Short: the walk settles after every step, and the machine has two cores.
      return { kind: 'latency', ms: random.int(200, 1_200), times: random.int(1, 2) };
    case 'malformed':
      return { kind: 'malformed', times: 1, ...someActions(random) };
    case 'shape':
      return { kind: 'shape', times: 1, ...someActions(random) };
    case 'renamed-elsewhere':
      if (!target) return null;
      // Seen by the next read of that group: the console must show it, and a change must not overwrite it.
      return {
        kind: 'elsewhere',
        actions: ['list'],
        times: 1,
        elsewhere: {
          groupId: target.id,
          name: random.chance(0.8) ? `${target.name} (${random.pick(['theirs', 'EMEA', 'renamed', 'night'])})` : target.name,
          status: random.chance(0.4) ? (target.active ? 0 : 1) : target.active ? 1 : 0,
        },
      };
    case 'deleted-elsewhere':
      if (!target) return null;
      return {
        kind: 'elsewhere',
        actions: ['list', 'update', 'delete', 'submitAssignGroupToAgent'],
        times: 1,
        elsewhere: { groupId: target.id, delete: true },
      };
  }
}
