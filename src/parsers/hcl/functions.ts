/**
 * The pure Terraform functions that the evaluator computes statically when
 * their arguments are known. Every other function yields an unknown value.
 * Implementations throw {@link EvalError} on invalid arguments; the caller
 * turns that into an unknown value too.
 */
import type { HclValue } from './values.js';
import {
  EvalError,
  compareStrings,
  isObjectValue,
  isUnknownValue,
  isWhollyKnown,
  sortedKeys,
  toBool,
  toNumber,
  toStringValue,
  valuesEqual,
} from './values.js';

/** One function: its implementation and whether its arguments may hold unknown parts. */
export interface HclFunction {
  impl: (args: HclValue[]) => HclValue;
  /**
   * When true, the function runs as long as no argument is itself unknown,
   * even if an argument contains unknown elements (e.g. `length`, `merge`).
   * Otherwise every argument must be wholly known.
   */
  shallow: boolean;
}

function argString(args: HclValue[], i: number): string {
  const v = args[i];
  if (v === undefined) throw new EvalError('missing argument');
  return toStringValue(v);
}

function argList(args: HclValue[], i: number): HclValue[] {
  const v = args[i];
  if (!Array.isArray(v)) throw new EvalError('a list is required');
  return v;
}

function argObject(args: HclValue[], i: number): { [key: string]: HclValue } {
  const v = args[i];
  if (v === undefined || !isObjectValue(v)) throw new EvalError('a map or object is required');
  return v;
}

function arity(args: HclValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw new EvalError('wrong number of arguments');
}

/** Characters of a string as Terraform counts them (grapheme clusters). */
function characters(s: string): string[] {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.split('');
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(seg.segment(s), (x) => x.segment);
}

/** Terraform's `jsonencode`: object keys sorted, `<`, `>`, `&`, U+2028 and U+2029 escaped as Go does. */
export function jsonEncode(value: HclValue): string {
  const text = JSON.stringify(sortDeep(value, 0));
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 62 || c === 38 || c === 0x2028 || c === 0x2029) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '<':
        out += '\\u003c';
        break;
      case '>':
        out += '\\u003e';
        break;
      case '&':
        out += '\\u0026';
        break;
      case '\u2028':
        out += '\\u2028';
        break;
      case '\u2029':
        out += '\\u2029';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

function sortDeep(value: HclValue, depth: number): HclValue {
  if (depth > 1000) throw new EvalError('value nested too deep');
  if (typeof value === 'number' && !Number.isFinite(value)) throw new EvalError('not a finite number');
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => sortDeep(v, depth + 1));
  const out: { [key: string]: HclValue } = {};
  for (const k of sortedKeys(value)) out[k] = sortDeep(value[k]!, depth + 1);
  return out;
}

function flattenInto(list: HclValue[], out: HclValue[], depth: number): void {
  if (depth > 1000) throw new EvalError('value nested too deep');
  for (const item of list) {
    if (isUnknownValue(item)) throw new EvalError('unknown element');
    if (Array.isArray(item)) flattenInto(item, out, depth + 1);
    else out.push(item);
  }
}

function distinct(list: HclValue[]): HclValue[] {
  const out: HclValue[] = [];
  for (const item of list) if (!out.some((o) => valuesEqual(o, item))) out.push(item);
  return out;
}

/** `format` with the `%s`, `%d`, `%v` and `%%` verbs only. */
function format(args: HclValue[]): HclValue {
  const spec = argString(args, 0);
  let out = '';
  let argi = 1;
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const verb = spec[++i];
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb !== 's' && verb !== 'd' && verb !== 'v') throw new EvalError('unsupported format verb');
    const arg = args[argi++];
    if (arg === undefined) throw new EvalError('not enough arguments for format');
    if (verb === 'd') {
      const n = toNumber(arg);
      if (!Number.isInteger(n)) throw new EvalError('%d needs an integer');
      out += String(n);
    } else {
      if (arg === null || typeof arg === 'object') throw new EvalError('unsupported format argument');
      out += toStringValue(arg);
    }
  }
  if (argi !== args.length) throw new EvalError('too many arguments for format');
  return out;
}

function substr(args: HclValue[]): HclValue {
  arity(args, 3);
  const chars = characters(argString(args, 0));
  let offset = toNumber(args[1]!);
  let length = toNumber(args[2]!);
  if (!Number.isInteger(offset) || !Number.isInteger(length)) throw new EvalError('integers required');
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  if (offset > chars.length) throw new EvalError('offset out of range');
  if (length < 0) length = chars.length - offset;
  return chars.slice(offset, offset + length).join('');
}

function toSet(args: HclValue[]): HclValue {
  arity(args, 1);
  const list = distinct(argList(args, 0));
  if (list.every((v) => typeof v === 'string')) return (list as string[]).sort(compareStrings);
  if (list.every((v) => typeof v === 'number')) return (list as number[]).sort((a, b) => a - b);
  return list;
}

function minMax(args: HclValue[], pick: (a: number, b: number) => number): HclValue {
  if (args.length === 0) throw new EvalError('at least one argument is required');
  let result = toNumber(args[0]!);
  for (let i = 1; i < args.length; i++) result = pick(result, toNumber(args[i]!));
  return result;
}

const pure = (impl: (args: HclValue[]) => HclValue): HclFunction => ({ impl, shallow: false });
const shallow = (impl: (args: HclValue[]) => HclValue): HclFunction => ({ impl, shallow: true });

/** The function table, by name. */
export const FUNCTIONS: ReadonlyMap<string, HclFunction> = new Map<string, HclFunction>([
  ['lower', pure((a) => (arity(a, 1), argString(a, 0).toLowerCase()))],
  ['upper', pure((a) => (arity(a, 1), argString(a, 0).toUpperCase()))],
  ['trimspace', pure((a) => (arity(a, 1), argString(a, 0).trim()))],
  [
    'tostring',
    pure((a) => {
      arity(a, 1);
      return a[0] === null ? null : toStringValue(a[0]!);
    }),
  ],
  [
    'tonumber',
    pure((a) => {
      arity(a, 1);
      return a[0] === null ? null : toNumber(a[0]!);
    }),
  ],
  [
    'tobool',
    pure((a) => {
      arity(a, 1);
      return a[0] === null ? null : toBool(a[0]!);
    }),
  ],
  ['tolist', shallow((a) => (arity(a, 1), [...argList(a, 0)]))],
  ['toset', pure(toSet)],
  ['tomap', shallow((a) => (arity(a, 1), { ...argObject(a, 0) }))],
  [
    'concat',
    shallow((a) => {
      const out: HclValue[] = [];
      for (let i = 0; i < a.length; i++) out.push(...argList(a, i));
      return out;
    }),
  ],
  [
    'merge',
    shallow((a) => {
      const out: { [key: string]: HclValue } = {};
      for (let i = 0; i < a.length; i++) {
        if (a[i] === null) continue;
        Object.assign(out, argObject(a, i));
      }
      return out;
    }),
  ],
  [
    'lookup',
    shallow((a) => {
      arity(a, 2, 3);
      const obj = argObject(a, 0);
      const key = argString(a, 1);
      if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key]!;
      if (a.length === 3) return a[2]!;
      throw new EvalError('key not found');
    }),
  ],
  [
    'coalesce',
    shallow((a) => {
      for (const v of a) {
        if (isUnknownValue(v)) throw new EvalError('unknown argument');
        if (v !== null && v !== '') return v;
      }
      throw new EvalError('no non-null argument');
    }),
  ],
  [
    'join',
    pure((a) => {
      if (a.length < 2) throw new EvalError('wrong number of arguments');
      const sep = argString(a, 0);
      const parts: string[] = [];
      for (let i = 1; i < a.length; i++) for (const item of argList(a, i)) parts.push(toStringValue(item));
      return parts.join(sep);
    }),
  ],
  [
    'split',
    pure((a) => {
      arity(a, 2);
      const sep = argString(a, 0);
      const str = argString(a, 1);
      return sep === '' ? characters(str) : str.split(sep);
    }),
  ],
  ['format', pure(format)],
  ['jsonencode', pure((a) => (arity(a, 1), jsonEncode(a[0]!)))],
  [
    'jsondecode',
    pure((a) => {
      arity(a, 1);
      try {
        return JSON.parse(argString(a, 0)) as HclValue;
      } catch {
        throw new EvalError('invalid JSON');
      }
    }),
  ],
  [
    'length',
    shallow((a) => {
      arity(a, 1);
      const v = a[0]!;
      if (typeof v === 'string') return characters(v).length;
      if (Array.isArray(v)) return v.length;
      if (isObjectValue(v)) return Object.keys(v).length;
      throw new EvalError('length needs a string, list or map');
    }),
  ],
  [
    'contains',
    pure((a) => {
      arity(a, 2);
      return argList(a, 0).some((v) => valuesEqual(v, a[1]!));
    }),
  ],
  [
    'keys',
    shallow((a) => {
      arity(a, 1);
      return sortedKeys(argObject(a, 0));
    }),
  ],
  [
    'values',
    shallow((a) => {
      arity(a, 1);
      const obj = argObject(a, 0);
      return sortedKeys(obj).map((k) => obj[k]!);
    }),
  ],
  [
    'flatten',
    shallow((a) => {
      arity(a, 1);
      const out: HclValue[] = [];
      flattenInto(argList(a, 0), out, 0);
      return out;
    }),
  ],
  ['distinct', pure((a) => (arity(a, 1), distinct(argList(a, 0))))],
  [
    'compact',
    pure((a) => {
      arity(a, 1);
      const out: HclValue[] = [];
      for (const v of argList(a, 0)) {
        if (v === null || v === '') continue;
        out.push(toStringValue(v));
      }
      return out;
    }),
  ],
  [
    'element',
    shallow((a) => {
      arity(a, 2);
      const list = argList(a, 0);
      const idx = toNumber(a[1]!);
      if (list.length === 0 || !Number.isInteger(idx) || idx < 0) throw new EvalError('invalid index');
      return list[idx % list.length]!;
    }),
  ],
  ['min', pure((a) => minMax(a, Math.min))],
  ['max', pure((a) => minMax(a, Math.max))],
  ['abs', pure((a) => (arity(a, 1), Math.abs(toNumber(a[0]!))))],
  [
    'replace',
    pure((a) => {
      arity(a, 3);
      const str = argString(a, 0);
      const search = argString(a, 1);
      const repl = argString(a, 2);
      if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) throw new EvalError('regular expressions are not evaluated');
      if (search === '') throw new EvalError('empty search string');
      return str.split(search).join(repl);
    }),
  ],
  ['substr', pure(substr)],
  ['startswith', pure((a) => (arity(a, 2), argString(a, 0).startsWith(argString(a, 1))))],
  ['endswith', pure((a) => (arity(a, 2), argString(a, 0).endsWith(argString(a, 1))))],
]);

/** Whether the arguments allow calling `fn` (see {@link HclFunction.shallow}). */
export function argumentsKnown(fn: HclFunction, args: HclValue[]): boolean {
  for (const arg of args) {
    if (isUnknownValue(arg)) return false;
    if (!fn.shallow && !isWhollyKnown(arg)) return false;
  }
  return true;
}
