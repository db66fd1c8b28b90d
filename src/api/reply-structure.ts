/**
 * The shape of a DeepCall reply with every value left out, for a supervisor to send to support
 * when the console cannot read it: keys, value types and array lengths only. Keys can be data too
 * (a reply keyed by group id, agent email or name), so only keys that read like field names are
 * shown; the rest are counted. Bounded in depth, breadth and size whatever the reply holds.
 */
import { isRecord } from '@/lib/is-record';
import { plural } from '@/lib/plural';

/** Nesting shown; deeper parts read "…". */
const MAX_DEPTH = 8;
/** Field names shown per object; the rest are counted. */
const MAX_KEYS = 25;
/** An object with more keys than this is a collection keyed by data, not a record of fields. */
const MAX_RECORD_KEYS = 40;
/** Array elements (and hidden-key values) looked at to find their shapes. */
const SAMPLE = 20;
/** Distinct element shapes described per array. */
const MAX_SHAPES = 3;
/** Nodes described in all: bounds the work on a huge reply whatever its form. */
const MAX_NODES = 2_000;
/** Characters in the description. */
const MAX_CHARS = 6_000;

const CREDENTIAL_KEY = /token|ssid|session|passw|pwd|secret|auth|api[-_]?key|cookie|credential|bearer|signature|private|otp|pin$/i;
/** A field name: starts with a letter or _, a few words of letters, digits, _ or -, not long. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,31}$/;
/** Digits in a row, as in ids and phone numbers ("group1001" is an id, not a field). */
const DIGIT_RUN = /\d{3}/;
/** A hex run, as in uuids and hashes. */
const HEX_RUN = /[0-9a-f]{12}/i;

type Shape =
  | { kind: 'leaf'; text: string }
  | { kind: 'array'; length: number; looked: number; shapes: Shape[]; moreShapes: boolean }
  | { kind: 'object'; fields: Array<[string, Shape]>; moreFields: number; hidden?: Hidden };

/** Keys that may be data, summarised: how many, what they look like, the shapes under them. */
interface Hidden {
  count: number;
  looks: string[];
  looked: number;
  shapes: Shape[];
  moreShapes: boolean;
}

/** What a key that is not shown looks like, without its value. */
function keyLooks(key: string): string {
  if (/^\d+$/.test(key)) return 'numbers';
  if (key.includes('@')) return 'emails';
  if (/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(key)) return 'uuids';
  if (key.trim() === '') return 'blank';
  if (/\s/.test(key)) return 'words';
  return 'other text';
}

function isShownKey(key: string): boolean {
  return FIELD_NAME.test(key) && !DIGIT_RUN.test(key) && !HEX_RUN.test(key);
}

/**
 * Field names DeepCall and the replies the parsers tolerate use (replies.ts), compared without case,
 * _ or -: a record holding one of them is a record of fields, not a collection keyed by data.
 */
const KNOWN_FIELDS = new Set(
  [
    'status', 'code', 'message', 'response', 'data', 'result', 'results', 'list', 'items', 'total', 'count', 'error',
    'errors', 'success', 'page', 'limit', 'offset', 'groups', 'group', 'groupData', 'agentData', 'relationData',
    'agents', 'agent', 'relations', 'relation', 'members', 'id', '_id', 'groupId', 'group_name', 'name', 'agent_name',
    'first_name', 'last_name', 'email', 'phone', 'mobile', 'create_date', 'created_at', 'updated_at', 'agent_count',
    'agent_unique_id', 'agentId', 'receive_call', 'role', 'roleId', 'userId', 'token', 'ssid', 'quick', 'forward',
  ].map(normalKey),
);

function normalKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

function isKnownField(key: string): boolean {
  return KNOWN_FIELDS.has(normalKey(key));
}

function kindOf(value: unknown): string {
  if (isRecord(value)) return 'record';
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

function leafOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'string (empty)';
    if (value.trim() === '') return 'string (blank)';
    return /^-?\d+(\.\d+)?$/.test(value.trim()) ? 'string (digits)' : 'string';
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'number' : 'number (fraction)';
  if (typeof value === 'boolean' || typeof value === 'undefined' || typeof value === 'bigint') return typeof value;
  return 'unknown';
}

/** A compact, value-free text of a shape: the same text means the same shape. */
function signature(shape: Shape): string {
  if (shape.kind === 'leaf') return shape.text;
  if (shape.kind === 'array') return `[${shape.length === 0 ? '' : shape.shapes.map(signature).join('|')}]`;
  const fields = shape.fields.map(([key, value]) => `${key}:${signature(value)}`);
  if (shape.hidden) fields.push(`*:${shape.hidden.shapes.map(signature).join('|')}`);
  return `{${fields.join(',')}}`;
}

class Describer {
  private nodes = 0;
  private readonly ancestors = new Set<object>();

  describe(value: unknown, depth: number): Shape {
    this.nodes += 1;
    if (typeof value !== 'object' || value === null) return { kind: 'leaf', text: leafOf(value) };
    if (this.ancestors.has(value)) return { kind: 'leaf', text: '(cycle)' };
    if (Array.isArray(value)) {
      if (depth >= MAX_DEPTH || this.nodes > MAX_NODES) return { kind: 'leaf', text: `array(${value.length}) …` };
      return this.within(value, () => {
        const looked = Math.min(value.length, SAMPLE);
        const { shapes, moreShapes } = this.shapesOf(value.slice(0, looked), depth);
        return { kind: 'array', length: value.length, looked, shapes, moreShapes };
      });
    }
    if (!isRecord(value)) return { kind: 'leaf', text: 'unknown' };
    const keys = Object.keys(value);
    if (depth >= MAX_DEPTH || this.nodes > MAX_NODES) return { kind: 'leaf', text: `{ ${plural(keys.length, 'key')} … }` };
    return this.within(value, () => this.describeObject(value, keys, depth));
  }

  private within(value: object, build: () => Shape): Shape {
    this.ancestors.add(value);
    try {
      return build();
    } finally {
      this.ancestors.delete(value);
    }
  }

  private describeObject(value: Record<string, unknown>, keys: string[], depth: number): Shape {
    const collection = keys.length > MAX_RECORD_KEYS || this.isKeyedByData(value, keys);
    const shown = collection ? [] : keys.filter(isShownKey);
    const hiddenKeys = collection ? keys : keys.filter((key) => !isShownKey(key));
    const fields: Array<[string, Shape]> = [];
    for (const key of shown.slice(0, MAX_KEYS)) {
      fields.push([key, CREDENTIAL_KEY.test(key) ? { kind: 'leaf', text: 'redacted' } : this.describe(value[key], depth + 1)]);
    }
    const shape: Shape = { kind: 'object', fields, moreFields: Math.max(0, shown.length - MAX_KEYS) };
    if (hiddenKeys.length > 0) {
      const looked = hiddenKeys.slice(0, SAMPLE);
      shape.hidden = {
        count: hiddenKeys.length,
        looks: [...new Set(looked.map(keyLooks))],
        looked: looked.length,
        ...this.shapesOf(
          looked.map((key) => value[key]),
          depth,
        ),
      };
    }
    return shape;
  }

  /**
   * A collection keyed by something (ids, emails, names), however ordinary its keys look: several
   * keys each holding a record of the same fields ({ "lena": {…}, "priya": {…} }), or keys none of
   * which DeepCall uses, each holding the same kind of value ({ "lena": "Lena Rossi", "priya": "…" },
   * or a single { "lena": {…} }). A record with at least one of DeepCall's field names keeps its keys.
   */
  private isKeyedByData(value: Record<string, unknown>, keys: string[]): boolean {
    if (keys.length === 0) return false;
    if (!keys.some(isKnownField)) {
      const kinds = new Set(keys.map((key) => kindOf(value[key])));
      // One unknown key is shown only over an array: { "agentList": [...] } names a list, { "lena": "…" } a person.
      if (kinds.size === 1 && (keys.length > 1 || !kinds.has('array'))) return true;
    }
    if (keys.length < 2) return false;
    let fields: string | undefined;
    for (const key of keys) {
      const entry = value[key];
      if (!isRecord(entry)) return false;
      const own = Object.keys(entry).slice(0, MAX_KEYS).sort().join(',');
      if (own === '' || (fields !== undefined && own !== fields)) return false;
      fields = own;
    }
    return !keys.every(isKnownField);
  }

  private shapesOf(values: unknown[], depth: number): { shapes: Shape[]; moreShapes: boolean } {
    const seen = new Map<string, Shape>();
    let moreShapes = false;
    for (const value of values) {
      const shape = this.describe(value, depth + 1);
      const key = signature(shape);
      if (seen.has(key)) continue;
      if (seen.size >= MAX_SHAPES) moreShapes = true;
      else seen.set(key, shape);
    }
    return { shapes: [...seen.values()], moreShapes };
  }
}

function indent(level: number): string {
  return '  '.repeat(level);
}

/** Lines of one shape; the first line continues the caller's line. */
function print(shape: Shape, level: number): string[] {
  if (shape.kind === 'leaf') return [shape.text];
  if (shape.kind === 'array') {
    if (shape.length === 0) return ['array(0)'];
    const looked = shape.looked < shape.length ? `, first ${shape.looked} looked at` : '';
    return [`array(${shape.length}${looked}) of`, ...alternatives(shape.shapes, shape.moreShapes, level + 1)];
  }
  if (shape.fields.length === 0 && !shape.hidden) return ['{}'];
  const lines = ['{'];
  for (const [key, value] of shape.fields) {
    const [first = '', ...rest] = print(value, level + 1);
    lines.push(`${indent(level + 1)}${key}: ${first}`, ...rest);
  }
  if (shape.moreFields > 0) lines.push(`${indent(level + 1)}… ${plural(shape.moreFields, 'more key')}`);
  if (shape.hidden) {
    const { count, looks, looked } = shape.hidden;
    const sampled = looked < count ? `, first ${looked} looked at` : '';
    lines.push(
      `${indent(level + 1)}(${plural(count, 'key')} not shown: ${looks.join(', ')}${sampled}) ${plural(count, '', 'each ', false)}holding`,
      ...alternatives(shape.hidden.shapes, shape.hidden.moreShapes, level + 2),
    );
  }
  lines.push(`${indent(level)}}`);
  return lines;
}

function alternatives(shapes: Shape[], more: boolean, level: number): string[] {
  const lines: string[] = [];
  shapes.forEach((shape, index) => {
    const [first = '', ...rest] = print(shape, level);
    lines.push(`${indent(level)}${shapes.length > 1 || more ? `(${index + 1}) ` : ''}${first}`, ...rest);
  });
  if (more) lines.push(`${indent(level)}(and other shapes)`);
  return lines;
}

/** The structure of a parsed JSON reply, with no value and no key that may be data. */
export function describeReplyStructure(json: unknown): string {
  const text = print(new Describer().describe(json, 0), 0).join('\n');
  if (text.length <= MAX_CHARS) return text;
  const lastLine = text.lastIndexOf('\n', MAX_CHARS);
  return `${text.slice(0, lastLine > 0 ? lastLine : MAX_CHARS)}\n… (cut at ${MAX_CHARS} characters)`;
}

/** A reply that is not JSON: only its length and media type, never its text. */
export function describeUnreadableBody(text: string, contentType: string | null): string {
  const media = contentType?.match(/^\s*([\w.+-]+\/[\w.+-]+)/)?.[1]?.toLowerCase() ?? 'none given';
  const size = text.length === 0 ? 'an empty body' : `a body of ${plural(text.length, 'character')} that is not JSON`;
  return `${size} (content type: ${media})`;
}
