/**
 * A static evaluator for HCL expressions with Terraform's semantics: literals,
 * templates, collections, operators, for expressions, splats, references to
 * variables and locals, and a set of pure functions. Whatever cannot be
 * computed becomes an unknown sentinel holding the expression's source text
 * and the references it makes. Evaluation never throws.
 */
import type { HclBody, HclExpression, TemplatePart } from './ast.js';
import { expressionText } from './ast.js';
import { FUNCTIONS, argumentsKnown } from './functions.js';
import type { HclValue } from './values.js';
import {
  EvalError,
  MAX_VALUE_SIZE,
  isObjectValue,
  isUnknownValue,
  isWhollyKnown,
  sortedKeys,
  toBool,
  toNumber,
  toStringValue,
  unknownValue,
  valueSize,
  valuesEqual,
} from './values.js';

/** Where `var.*` and `local.*` come from. Returning undefined makes the reference unknown. */
export interface EvalScope {
  variable(name: string): HclValue | undefined;
  local(name: string): HclValue | undefined;
  /** References to report besides `local.NAME` when that local is (partly) unknown: the ones its value makes. */
  localRefs?(name: string): readonly string[];
  /** References to report besides `module.CALL.OUTPUT`: what the output is known to refer to (a resource the call creates). */
  moduleOutputRefs?(call: string, output: string): readonly string[];
}

/** A scope that resolves nothing: every `var.*` and `local.*` stays unknown. */
export const NO_RESOLUTION: EvalScope = {
  variable: () => undefined,
  local: () => undefined,
};

/** Deepest evaluation recursion before giving up (the value becomes unknown). */
const MAX_EVAL_DEPTH = 600;
/** Most expression nodes evaluated for one top-level expression (for expressions repeat their body). */
const MAX_EVAL_STEPS = 250_000;
/** Deepest expression walk when collecting references. */
const MAX_REF_DEPTH = 600;

/** An expression whose value is unknown; turned into a sentinel only when it ends up in the output. */
class Unknown {
  declare readonly expr: HclExpression;
  declare readonly env: Env;
  /** The partly known value a `jsonencode` call would have encoded (see UnknownValue). */
  declare readonly partial: HclValue | undefined;
  constructor(expr: HclExpression, env: Env, partial?: HclValue) {
    this.expr = expr;
    this.env = env;
    this.partial = partial;
  }
}

type Result = HclValue | Unknown;

interface Env {
  scope: EvalScope;
  /** Iteration variables of enclosing for expressions / directives. */
  vars: Map<string, HclValue> | null;
  counter: { depth: number; steps: number };
}

/** Evaluation ran out of depth or steps: the whole top-level expression is unknown. */
class EvalAborted extends Error {}

/**
 * Evaluates an expression to a JSON value. Unknown parts become
 * `{ "__unknown__": "<source>", "refs": [...] }` sentinels (see {@link isUnknownValue}).
 */
export function evaluateExpression(expr: HclExpression, scope: EvalScope = NO_RESOLUTION): HclValue {
  const env: Env = { scope, vars: null, counter: { depth: 0, steps: 0 } };
  try {
    return materialize(ev(expr, env));
  } catch {
    try {
      return materialize(new Unknown(expr, env));
    } catch {
      return unknownValue(expressionText(expr), []);
    }
  }
}

/**
 * The references an expression makes, as dotted strings cut before the first
 * index step (`aws_s3_bucket.b[0].id` → `aws_s3_bucket.b`), sorted and unique.
 * Names bound by for expressions inside it are not references.
 */
export function expressionRefs(expr: HclExpression, scope: EvalScope = NO_RESOLUTION): string[] {
  const out = new Set<string>();
  collectRefs(expr, null, out, scope, 0);
  return [...out].sort();
}

function materialize(r: Result): HclValue {
  if (!(r instanceof Unknown)) return r;
  const refs = new Set<string>();
  collectRefs(r.expr, r.env.vars, refs, r.env.scope, 0);
  return unknownValue(expressionText(r.expr), [...refs].sort(), r.partial);
}

function isBound(bound: ReadonlyMap<string, unknown> | ReadonlySet<string> | null, name: string): boolean {
  return bound !== null && bound.has(name);
}

function collectRefs(
  expr: HclExpression,
  bound: ReadonlyMap<string, unknown> | ReadonlySet<string> | null,
  out: Set<string>,
  scope: EvalScope,
  depth: number,
): void {
  if (depth > MAX_REF_DEPTH) return;
  const d = depth + 1;
  switch (expr.kind) {
    case 'literal':
      return;
    case 'traversal': {
      if (isBound(bound, expr.root)) return;
      let ref = expr.root;
      for (const step of expr.steps) {
        if (step.kind !== 'attr') break;
        ref += '.' + step.name;
      }
      out.add(ref);
      const first = expr.steps[0];
      if (expr.root === 'local' && first !== undefined && first.kind === 'attr' && scope.localRefs) {
        for (const r of scope.localRefs(first.name)) out.add(r);
      }
      const second = expr.steps[1];
      if (expr.root === 'module' && first?.kind === 'attr' && second?.kind === 'attr' && scope.moduleOutputRefs) {
        for (const r of scope.moduleOutputRefs(first.name, second.name)) out.add(r);
      }
      return;
    }
    case 'template':
      collectPartRefs(expr.parts, bound, out, scope, d);
      return;
    case 'getattr':
      collectRefs(expr.source, bound, out, scope, d);
      return;
    case 'index':
      collectRefs(expr.source, bound, out, scope, d);
      collectRefs(expr.key, bound, out, scope, d);
      return;
    case 'splat':
      collectRefs(expr.source, bound, out, scope, d);
      for (const step of expr.steps) if (step.kind === 'index') collectRefs(step.key, bound, out, scope, d);
      return;
    case 'call':
      for (const arg of expr.args) collectRefs(arg, bound, out, scope, d);
      return;
    case 'tuple':
      for (const item of expr.items) collectRefs(item, bound, out, scope, d);
      return;
    case 'object':
      for (const item of expr.items) {
        if (item.keyName === null) collectRefs(item.key, bound, out, scope, d);
        collectRefs(item.value, bound, out, scope, d);
      }
      return;
    case 'for': {
      collectRefs(expr.collection, bound, out, scope, d);
      const inner = withBound(bound, expr.keyVar, expr.valueVar);
      if (expr.keyExpr) collectRefs(expr.keyExpr, inner, out, scope, d);
      collectRefs(expr.valueExpr, inner, out, scope, d);
      if (expr.condition) collectRefs(expr.condition, inner, out, scope, d);
      return;
    }
    case 'conditional':
      collectRefs(expr.condition, bound, out, scope, d);
      collectRefs(expr.trueExpr, bound, out, scope, d);
      collectRefs(expr.falseExpr, bound, out, scope, d);
      return;
    case 'binary':
      collectRefs(expr.left, bound, out, scope, d);
      collectRefs(expr.right, bound, out, scope, d);
      return;
    case 'unary':
      collectRefs(expr.operand, bound, out, scope, d);
      return;
    case 'parens':
      collectRefs(expr.inner, bound, out, scope, d);
      return;
  }
}

function collectPartRefs(
  parts: TemplatePart[],
  bound: ReadonlyMap<string, unknown> | ReadonlySet<string> | null,
  out: Set<string>,
  scope: EvalScope,
  depth: number,
): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'lit':
        break;
      case 'interp':
        collectRefs(part.expr, bound, out, scope, depth);
        break;
      case 'if':
        collectRefs(part.condition, bound, out, scope, depth);
        collectPartRefs(part.then, bound, out, scope, depth + 1);
        collectPartRefs(part.else, bound, out, scope, depth + 1);
        break;
      case 'for': {
        collectRefs(part.collection, bound, out, scope, depth);
        collectPartRefs(part.body, withBound(bound, part.keyVar, part.valueVar), out, scope, depth + 1);
        break;
      }
    }
  }
}

function withBound(
  bound: ReadonlyMap<string, unknown> | ReadonlySet<string> | null,
  keyVar: string | null,
  valueVar: string,
): Set<string> {
  const set = new Set<string>(bound === null ? [] : bound.keys());
  if (keyVar !== null) set.add(keyVar);
  set.add(valueVar);
  return set;
}

// ------------------------------------------------------------------ evaluation

function ev(expr: HclExpression, env: Env): Result {
  const counter = env.counter;
  if (counter.depth >= MAX_EVAL_DEPTH || ++counter.steps > MAX_EVAL_STEPS) throw new EvalAborted();
  counter.depth++;
  try {
    const result = evalNode(expr, env);
    // Values too large to be useful (and that could grow without bound through locals) are unknown.
    // Only the nodes that build new values can make them larger than their inputs.
    if (BUILDS_VALUES[expr.kind] === true) {
      if (typeof result === 'object' && result !== null && !(result instanceof Unknown) && valueSize(result) > MAX_VALUE_SIZE) {
        return new Unknown(expr, env);
      }
      if (typeof result === 'string' && result.length > MAX_STRING_LENGTH) return new Unknown(expr, env);
    }
    return result;
  } catch (err) {
    if (err instanceof EvalAborted) throw err;
    return new Unknown(expr, env);
  } finally {
    counter.depth--;
  }
}

/** Longest string value computed (1 MiB of text). */
const MAX_STRING_LENGTH = 1 << 20;

/** The expression kinds whose value is new rather than read from elsewhere. */
const BUILDS_VALUES: Partial<Record<HclExpression['kind'], true>> = {
  template: true,
  tuple: true,
  object: true,
  for: true,
  call: true,
  splat: true,
  binary: true,
};

/** Whether a result is unknown, or a known value that is itself a sentinel. */
function unknownResult(r: Result): r is Unknown {
  return r instanceof Unknown || isUnknownValue(r);
}

function evalNode(expr: HclExpression, env: Env): Result {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return evalTemplate(expr.parts, expr, env);
    case 'traversal':
      return evalTraversal(expr, env);
    case 'getattr': {
      const source = ev(expr.source, env);
      if (unknownResult(source)) return new Unknown(expr, env);
      return known(getAttr(source, expr.name), expr, env);
    }
    case 'index': {
      const source = ev(expr.source, env);
      const key = ev(expr.key, env);
      if (unknownResult(source) || unknownResult(key)) return new Unknown(expr, env);
      return known(index(source, key), expr, env);
    }
    case 'splat':
      return evalSplat(expr, env);
    case 'call':
      return evalCall(expr, env);
    case 'tuple':
      return expr.items.map((item) => materialize(ev(item, env)));
    case 'object': {
      const out: { [key: string]: HclValue } = {};
      for (const item of expr.items) {
        let key: string;
        if (item.keyName !== null) {
          key = item.keyName;
        } else {
          const k = ev(item.key, env);
          if (unknownResult(k)) return new Unknown(expr, env);
          key = toStringValue(k);
        }
        out[key] = materialize(ev(item.value, env));
      }
      return out;
    }
    case 'for':
      return evalFor(expr, env);
    case 'conditional': {
      const cond = ev(expr.condition, env);
      if (unknownResult(cond)) {
        const t = ev(expr.trueExpr, env);
        const f = ev(expr.falseExpr, env);
        if (!unknownResult(t) && !unknownResult(f) && isWhollyKnown(t) && isWhollyKnown(f) && valuesEqual(t, f)) return t;
        return new Unknown(expr, env);
      }
      return ev(toBool(cond) ? expr.trueExpr : expr.falseExpr, env);
    }
    case 'binary':
      return evalBinary(expr, env);
    case 'unary': {
      const operand = ev(expr.operand, env);
      if (unknownResult(operand)) return new Unknown(expr, env);
      return expr.op === '!' ? !toBool(operand) : -toNumber(operand);
    }
    case 'parens': {
      const inner = ev(expr.inner, env);
      return inner instanceof Unknown ? new Unknown(expr, env) : inner;
    }
  }
}

/** A value read out of a container: if it is a sentinel, the reading expression is unknown. */
function known(value: HclValue, expr: HclExpression, env: Env): Result {
  return isUnknownValue(value) ? new Unknown(expr, env) : value;
}

function getAttr(value: HclValue, name: string): HclValue {
  if (isObjectValue(value) && Object.prototype.hasOwnProperty.call(value, name)) return value[name]!;
  throw new EvalError(`no attribute "${name}"`);
}

function index(value: HclValue, key: HclValue): HclValue {
  if (Array.isArray(value)) {
    const i = toNumber(key);
    if (!Number.isInteger(i) || i < 0 || i >= value.length) throw new EvalError('index out of range');
    return value[i]!;
  }
  if (isObjectValue(value)) {
    const k = toStringValue(key);
    if (Object.prototype.hasOwnProperty.call(value, k)) return value[k]!;
  }
  throw new EvalError('invalid index');
}

function evalTraversal(expr: Extract<HclExpression, { kind: 'traversal' }>, env: Env): Result {
  const steps = expr.steps;
  let value: HclValue;
  let i = 0;
  if (env.vars !== null && env.vars.has(expr.root)) {
    value = env.vars.get(expr.root)!;
  } else if (expr.root === 'var' || expr.root === 'local') {
    const first = steps[0];
    if (first === undefined || first.kind !== 'attr') return new Unknown(expr, env);
    const v = expr.root === 'var' ? env.scope.variable(first.name) : env.scope.local(first.name);
    if (v === undefined) return new Unknown(expr, env);
    value = v;
    i = 1;
  } else {
    return new Unknown(expr, env);
  }
  for (; i < steps.length; i++) {
    if (isUnknownValue(value)) return new Unknown(expr, env);
    const step = steps[i]!;
    value = step.kind === 'attr' ? getAttr(value, step.name) : index(value, step.key);
  }
  return known(value, expr, env);
}

function evalSplat(expr: Extract<HclExpression, { kind: 'splat' }>, env: Env): Result {
  const source = ev(expr.source, env);
  if (unknownResult(source)) return new Unknown(expr, env);
  const list: HclValue[] = Array.isArray(source) ? source : source === null ? [] : [source];
  const keys: HclValue[] = [];
  for (const step of expr.steps) {
    if (step.kind === 'index') {
      const k = ev(step.key, env);
      if (unknownResult(k)) return new Unknown(expr, env);
      keys.push(k);
    }
  }
  const out: HclValue[] = [];
  for (const item of list) {
    let value = item;
    let k = 0;
    for (const step of expr.steps) {
      if (isUnknownValue(value)) return new Unknown(expr, env);
      value = step.kind === 'attr' ? getAttr(value, step.name) : index(value, keys[k++]!);
    }
    if (isUnknownValue(value)) return new Unknown(expr, env);
    out.push(value);
  }
  return out;
}

function evalCall(expr: Extract<HclExpression, { kind: 'call' }>, env: Env): Result {
  const fn = FUNCTIONS.get(expr.name);
  if (fn === undefined) return new Unknown(expr, env);
  const args: HclValue[] = [];
  for (const argExpr of expr.args) {
    const arg = ev(argExpr, env);
    if (unknownResult(arg)) return new Unknown(expr, env);
    args.push(arg);
  }
  if (expr.expandFinal) {
    const last = args.pop();
    if (!Array.isArray(last)) return new Unknown(expr, env);
    args.push(...last);
  }
  if (!argumentsKnown(fn, args)) {
    // jsonencode({ … ARN … }): the text is unknown, but checks may read the structure (a policy document).
    const arg = args[0];
    const partial = expr.name === 'jsonencode' && args.length === 1 && typeof arg === 'object' && arg !== null && !isUnknownValue(arg) ? arg : undefined;
    return new Unknown(expr, env, partial);
  }
  return known(fn.impl(args), expr, env);
}

function iterate(collection: HclValue): Array<[HclValue, HclValue]> {
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (isObjectValue(collection)) return sortedKeys(collection).map((k) => [k, collection[k]!]);
  throw new EvalError('a collection is required');
}

function bind(env: Env, keyVar: string | null, valueVar: string, key: HclValue, value: HclValue): Env {
  const vars = new Map(env.vars ?? []);
  if (keyVar !== null) vars.set(keyVar, key);
  vars.set(valueVar, value);
  return { scope: env.scope, vars, counter: env.counter };
}

function evalFor(expr: Extract<HclExpression, { kind: 'for' }>, env: Env): Result {
  const collection = ev(expr.collection, env);
  if (unknownResult(collection)) return new Unknown(expr, env);
  const entries = iterate(collection);
  const list: HclValue[] = [];
  const obj: { [key: string]: HclValue } = {};
  for (const [k, v] of entries) {
    const inner = bind(env, expr.keyVar, expr.valueVar, k, v);
    if (expr.condition !== null) {
      const c = ev(expr.condition, inner);
      if (unknownResult(c)) return new Unknown(expr, env);
      if (!toBool(c)) continue;
    }
    if (expr.keyExpr === null) {
      list.push(materialize(ev(expr.valueExpr, inner)));
      continue;
    }
    const keyResult = ev(expr.keyExpr, inner);
    if (unknownResult(keyResult)) return new Unknown(expr, env);
    const key = toStringValue(keyResult);
    const value = materialize(ev(expr.valueExpr, inner));
    if (expr.grouping) {
      const group = Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
      if (Array.isArray(group)) group.push(value);
      else obj[key] = [value];
    } else {
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw new EvalError(`duplicate key "${key}"`);
      obj[key] = value;
    }
  }
  return expr.keyExpr === null ? list : obj;
}

function evalTemplate(parts: TemplatePart[], expr: Extract<HclExpression, { kind: 'template' }>, env: Env): Result {
  const only = parts[0];
  if (parts.length === 1 && only !== undefined && only.kind === 'interp') {
    // "${x}" is x itself, whatever its type.
    return ev(only.expr, env);
  }
  const text = renderParts(parts, env);
  return text === null ? new Unknown(expr, env) : text;
}

/** Renders template parts to a string, or null when a part is unknown. */
function renderParts(parts: TemplatePart[], env: Env): string | null {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'lit':
        out += part.value;
        break;
      case 'interp': {
        const v = ev(part.expr, env);
        if (unknownResult(v)) return null;
        out += toStringValue(v);
        break;
      }
      case 'if': {
        const c = ev(part.condition, env);
        if (unknownResult(c)) return null;
        const s = renderParts(toBool(c) ? part.then : part.else, env);
        if (s === null) return null;
        out += s;
        break;
      }
      case 'for': {
        const coll = ev(part.collection, env);
        if (unknownResult(coll)) return null;
        for (const [k, v] of iterate(coll)) {
          const s = renderParts(part.body, bind(env, part.keyVar, part.valueVar, k, v));
          if (s === null) return null;
          out += s;
        }
        break;
      }
    }
  }
  return out;
}

function evalBinary(expr: Extract<HclExpression, { kind: 'binary' }>, env: Env): Result {
  const left = ev(expr.left, env);
  const right = ev(expr.right, env);
  const op = expr.op;
  if (op === '&&' || op === '||') {
    const l = unknownResult(left) ? null : toBool(left);
    const r = unknownResult(right) ? null : toBool(right);
    const decisive = op === '||';
    if (l === decisive || r === decisive) return decisive;
    if (l === null || r === null) return new Unknown(expr, env);
    return op === '&&' ? l && r : l || r;
  }
  if (unknownResult(left) || unknownResult(right)) return new Unknown(expr, env);
  switch (op) {
    case '==':
    case '!=': {
      if (!isWhollyKnown(left) || !isWhollyKnown(right)) return new Unknown(expr, env);
      const eq = valuesEqual(left, right);
      return op === '==' ? eq : !eq;
    }
    default:
      return arithmetic(op, toNumber(left), toNumber(right));
  }
}

function arithmetic(op: string, a: number, b: number): HclValue {
  switch (op) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    case '+':
      return checked(a + b);
    case '-':
      return checked(a - b);
    case '*':
      return checked(a * b);
    case '/':
      if (b === 0) throw new EvalError('division by zero');
      return checked(a / b);
    case '%':
      if (b === 0) throw new EvalError('division by zero');
      return checked(a % b);
    default:
      throw new EvalError(`unknown operator ${op}`);
  }
}

function checked(n: number): number {
  if (!Number.isFinite(n)) throw new EvalError('number out of range');
  return n;
}

/**
 * A body in hcl2json's generic shape: attributes evaluated, every block as an
 * array entry under its type and then under each of its labels
 * (`resource.aws_s3_bucket.b[0]`, `locals[0]`, `dynamic.ingress[0]`).
 * With the default scope, `var.*` and `local.*` are not resolved.
 */
export function hclBodyToJson(body: HclBody, scope: EvalScope = NO_RESOLUTION): { [key: string]: HclValue } {
  const out: { [key: string]: HclValue } = {};
  for (const attr of body.attributes) out[attr.name] = evaluateExpression(attr.expr, scope);
  for (const block of body.blocks) {
    let node: { [key: string]: HclValue } = out;
    let key = block.type;
    for (const label of block.labels) {
      const next = node[key];
      const child: { [key: string]: HclValue } = isObjectValue(next ?? null) ? (next as { [key: string]: HclValue }) : {};
      node[key] = child;
      node = child;
      key = label;
    }
    const list = node[key];
    const item = hclBodyToJson(block.body, scope);
    if (Array.isArray(list)) list.push(item);
    else node[key] = [item];
  }
  return out;
}

export { isUnknownValue } from './values.js';
export type { HclValue, UnknownValue } from './values.js';
