/**
 * JSON values produced by evaluating HCL expressions, and the "unknown"
 * sentinel that stands for a value that cannot be computed statically.
 */

/** A JSON value. Unknown sentinels ({@link UnknownValue}) are objects of this type too. */
export type HclValue = null | boolean | number | string | HclValue[] | { [key: string]: HclValue };

/**
 * `{ "__unknown__": "<expression source>", "refs": ["var.x", …] }`, plus
 * `partial` for `jsonencode(x)` of an `x` that is only partly known: `x` with
 * its unknown parts as sentinels (the policy document a `jsonencode({ … })`
 * builds around a resource's ARN).
 */
export interface UnknownValue {
  __unknown__: string;
  refs?: string[];
  partial?: HclValue;
}

/** The sentinels this module created; a plain object that merely looks like one (e.g. from jsondecode) is not unknown. */
const sentinels = new WeakSet<object>();

/**
 * Creates an unknown sentinel for an expression's source text and its
 * references (sorted, unique; omitted when empty), with the partly known value
 * it encodes, if any (see {@link UnknownValue}).
 */
export function unknownValue(text: string, refs: readonly string[], partial?: HclValue): HclValue {
  const value: { [key: string]: HclValue } = { __unknown__: text };
  if (refs.length > 0) value.refs = [...refs];
  if (partial !== undefined) value.partial = partial;
  sentinels.add(value);
  return value;
}

/** Whether `value` is an unknown sentinel created by the evaluator. */
export function isUnknownValue(value: unknown): value is UnknownValue {
  return typeof value === 'object' && value !== null && sentinels.has(value);
}

/** Whether `value` holds no unknown sentinel at any depth. */
export function isWhollyKnown(value: HclValue, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (sentinels.has(value)) return false;
  if (depth > 1000) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isWhollyKnown(item, depth + 1)) return false;
    return true;
  }
  for (const key in value) if (!isWhollyKnown(value[key]!, depth + 1)) return false;
  return true;
}

/** The refs of every unknown sentinel inside `value` (for transitive references through locals). */
export function collectUnknownRefs(value: HclValue, out: Set<string>, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 1000) return;
  if (sentinels.has(value)) {
    const refs = Array.isArray(value) ? undefined : value.refs;
    if (Array.isArray(refs)) for (const r of refs) if (typeof r === 'string') out.add(r);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectUnknownRefs(item, out, depth + 1);
    return;
  }
  for (const key in value) collectUnknownRefs(value[key]!, out, depth + 1);
}

export function isObjectValue(value: HclValue): value is { [key: string]: HclValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of two known values (types must match: 1 and "1" differ). */
export function valuesEqual(a: HclValue, b: HclValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !valuesEqual(a[k]!, b[k]!)) return false;
  }
  return true;
}

/** How large a computed value may be, in {@link valueSize} units, before it counts as unknown. */
export const MAX_VALUE_SIZE = 250_000;

const sizes = new WeakMap<object, number>();

/**
 * The size of a value once written out as JSON, in units of one per scalar,
 * list, object or key plus one per 64 string characters. Shared sub-values
 * count every time they appear (as they would in the JSON), but the size of
 * each large object is computed once (a small one's again, which is cheaper
 * than remembering it). Deeper than 1,000 levels counts as infinite.
 */
export function valueSize(value: HclValue, depth = 0): number {
  if (typeof value === 'string') return 1 + (value.length >> 6);
  if (typeof value !== 'object' || value === null) return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  if (depth > 1000) return Number.POSITIVE_INFINITY;
  let size = 1;
  if (Array.isArray(value)) {
    for (const item of value) size += valueSize(item, depth + 1);
  } else {
    for (const key in value) size += 1 + (key.length >> 6) + valueSize(value[key]!, depth + 1);
  }
  // Only large values are remembered: a WeakMap entry per small object cost more than walking it
  // again, and the large ones are what keeps shared structures (locals of locals) linear.
  if (size >= SIZE_WORTH_REMEMBERING) sizes.set(value, size);
  return size;
}

/** Values smaller than this (in valueSize units) are measured again rather than remembered. */
const SIZE_WORTH_REMEMBERING = 32;

/** Raised by conversions and functions; the evaluator turns it into an unknown value. */
export class EvalError extends Error {}

/** Terraform's number-to-string conversion. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new EvalError('not a finite number');
  return String(n);
}

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function toNumber(v: HclValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && NUMBER_TEXT.test(v)) return Number(v);
  throw new EvalError('a number is required');
}

export function toBool(v: HclValue): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvalError('a bool is required');
}

export function toStringValue(v: HclValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError('a string is required');
}

/** Object keys in Terraform's iteration order (lexical). */
export function sortedKeys(obj: { [key: string]: HclValue }): string[] {
  return Object.keys(obj).sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
