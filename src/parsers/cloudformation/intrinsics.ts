/**
 * Static evaluation of CloudFormation intrinsic functions, the way the
 * Terraform parser evaluates expressions: what can be known from the template
 * alone becomes a plain value, everything else becomes the unknown sentinel
 * `{"__unknown__": "<expression>", "refs": [...]}` that checks never report on.
 *
 * - `Ref` to a parameter → its `Default` (like a Terraform variable default);
 *   no default → unknown. `CommaDelimitedList`/`List<…>` defaults are split.
 *   `AWS::SSM::Parameter::Value<…>` defaults name an SSM parameter, not a
 *   value → unknown.
 * - `Ref` whose argument is not a plain string (an intrinsic function, which
 *   the AWS::LanguageExtensions transform allows) → unknown, never a parameter.
 * - `Ref` to a pseudo parameter (`AWS::Region`, `AWS::AccountId`, …) → unknown;
 *   `AWS::NoValue` removes the property (or list item) it stands for.
 * - `Ref`/`Fn::GetAtt` to a resource → unknown with `__ref__` (the logical id)
 *   and `refs` (`["Bucket"]`, `["Bucket.Arn"]`), so `values.refers_to` follows it.
 * - `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::FindInMap` → the
 *   value when every part is known, else unknown.
 * - `Fn::If` → the chosen branch when its condition is decidable from the
 *   parameter defaults, else unknown (conditions on pseudo parameters or
 *   parameters without a default are not decidable).
 *   An unknown `Fn::Sub` keeps its text in `template`, with what it could not
 *   resolve left as written (`${AWS::Region}`): a UserData script's literal
 *   lines can still be read.
 * - `Fn::Base64` → the base64 of its argument when that is known; of an unknown
 *   `Fn::Sub`, unknown with the `template` of the text it encodes.
 * - Every other function (`Fn::Cidr`, `Fn::GetAZs`, `Fn::ImportValue`,
 *   `Fn::Transform`, …) → unknown: its value exists only at deploy time.
 */
import { isMapping } from '../yaml.js';

/** The sentinel for a value that is not known statically. */
export interface UnknownValue {
  __unknown__: string;
  refs: string[];
  /** Set when the value is a reference to a resource of the template (its logical id). */
  __ref__?: string;
  /** For `Fn::GetAtt`: the attribute. */
  attribute?: string;
  /** For `Fn::Sub` (and `Fn::Base64` of one): the text, with the `${…}` it could not resolve left as written. */
  template?: string;
}

/** A declared parameter as the resolver needs it. */
export interface ParameterInfo {
  type: string;
  hasDefault: boolean;
  default: unknown;
}

/** Marks a value removed by `Ref AWS::NoValue`. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

type Resolved = unknown;

export function isUnknown(value: unknown): value is UnknownValue {
  return isMapping(value) && typeof value.__unknown__ === 'string';
}

function unknown(expression: string, refs: Iterable<string>): UnknownValue {
  return { __unknown__: expression, refs: [...new Set(refs)].sort() };
}

/** The refs of every unknown value inside `value` (for an expression that depends on several parts). */
function refsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (isUnknown(value)) {
    for (const r of value.refs) out.add(r);
  } else if (Array.isArray(value)) {
    for (const item of value) refsIn(item, out);
  } else if (isMapping(value)) {
    for (const item of Object.values(value)) refsIn(item, out);
  }
  return out;
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isMapping(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/** Short text of an expression for the sentinel: `Fn::Sub arn:${AWS::Partition}:…`. */
function describe(name: string, argument: unknown): string {
  let text: string;
  if (typeof argument === 'string') text = argument;
  else {
    try {
      text = JSON.stringify(argument) ?? '';
    } catch {
      text = '';
    }
  }
  if (text.length > 80) text = `${text.slice(0, 77)}...`;
  return `${name} ${text}`;
}

/** A scalar as CloudFormation turns it into a string inside `Fn::Join`/`Fn::Sub`. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const SUB_VARIABLE = /\$\{([^}]*)\}/g;

/** Evaluates the intrinsic functions of one template. */
export class IntrinsicResolver {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly conditionStack = new Set<string>();

  constructor(
    private readonly parameters: ReadonlyMap<string, ParameterInfo>,
    private readonly resources: ReadonlySet<string>,
    private readonly mappings: Record<string, unknown>,
    private readonly conditions: Record<string, unknown>,
  ) {}

  /** Resolves every intrinsic inside `value`; `NO_VALUE` entries are dropped from objects and arrays. */
  resolve(value: unknown): Resolved | typeof NO_VALUE {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        const r = this.resolve(item);
        if (r !== NO_VALUE) out.push(r);
      }
      return out;
    }
    if (!isMapping(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const key = keys[0]!;
      if (key === 'Ref' || key.startsWith('Fn::')) return this.intrinsic(key, value[key]);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const r = this.resolve(value[key]);
      if (r !== NO_VALUE) out[key] = r;
    }
    return out;
  }

  /** Like {@link resolve}, with `NO_VALUE` as null (for top-level values). */
  value(value: unknown): unknown {
    const r = this.resolve(value);
    return r === NO_VALUE ? null : r;
  }

  /** The value of a named condition when decidable from defaults; undefined otherwise. */
  condition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    if (this.conditionStack.has(name) || !Object.hasOwn(this.conditions, name)) return undefined;
    this.conditionStack.add(name);
    const result = this.evaluateCondition(this.conditions[name]);
    this.conditionStack.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  private intrinsic(name: string, argument: unknown): Resolved | typeof NO_VALUE {
    switch (name) {
      case 'Ref':
        return this.ref(argument);
      case 'Fn::GetAtt':
        return this.getAtt(argument);
      case 'Fn::Sub':
        return this.sub(argument);
      case 'Fn::Join':
        return this.join(argument);
      case 'Fn::Select':
        return this.select(argument);
      case 'Fn::Split':
        return this.split(argument);
      case 'Fn::FindInMap':
        return this.findInMap(argument);
      case 'Fn::If':
        return this.fnIf(argument);
      case 'Fn::Base64':
        return this.base64(argument);
      default: {
        // Deploy-time functions: unknown, remembering what they depend on.
        const resolved = this.value(argument);
        return unknown(describe(name, argument), refsIn(resolved));
      }
    }
  }

  private ref(argument: unknown): Resolved | typeof NO_VALUE {
    if (typeof argument !== 'string') return unknown(describe('Ref', argument), refsIn(this.value(argument)));
    if (argument === 'AWS::NoValue') return NO_VALUE;
    const parameter = this.parameters.get(argument);
    if (parameter !== undefined) {
      if (!parameter.hasDefault || isSsmParameter(parameter.type)) {
        return unknown(`Ref ${argument}`, [argument]);
      }
      return parameterValue(parameter);
    }
    if (this.resources.has(argument)) return { ...unknown(`Ref ${argument}`, [argument]), __ref__: argument };
    // Pseudo parameters (AWS::Region, AWS::AccountId, …) and undeclared names.
    return unknown(`Ref ${argument}`, [argument]);
  }

  private getAtt(argument: unknown): Resolved {
    const parts = Array.isArray(argument) ? argument.map((p) => this.value(p)) : [];
    const [resource, attribute] = parts;
    if (typeof resource === 'string' && typeof attribute === 'string') {
      const result = unknown(`Fn::GetAtt ${resource}.${attribute}`, [`${resource}.${attribute}`]);
      return this.resources.has(resource) ? { ...result, __ref__: resource, attribute } : result;
    }
    return unknown(describe('Fn::GetAtt', argument), typeof resource === 'string' ? [resource] : refsIn(parts));
  }

  private sub(argument: unknown): Resolved {
    let template: unknown;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(argument)) {
      template = argument[0];
      const resolved = this.value(argument[1]);
      if (isMapping(resolved)) variables = resolved;
    } else {
      template = argument;
    }
    if (typeof template !== 'string') return unknown(describe('Fn::Sub', argument), refsIn(this.value(template)));
    const refs = new Set<string>();
    let known = true;
    const text = template.replace(SUB_VARIABLE, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`; // ${!Literal}
      const name = inner.trim();
      let part: unknown;
      if (Object.hasOwn(variables, name)) part = variables[name];
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        part = this.getAtt([name.slice(0, dot), name.slice(dot + 1)]);
      } else part = this.ref(name);
      const partText = asText(part);
      if (partText === undefined) {
        known = false;
        for (const r of refsIn(part)) refs.add(r);
        if (!isUnknown(part)) refs.add(name);
        return whole;
      }
      return partText;
    });
    return known ? text : { ...unknown(describe('Fn::Sub', template), refs), template: text };
  }

  private base64(argument: unknown): Resolved {
    const resolved = this.value(argument);
    if (typeof resolved === 'string') return Buffer.from(resolved, 'utf8').toString('base64');
    const result = unknown(describe('Fn::Base64', argument), refsIn(resolved));
    return isUnknown(resolved) && typeof resolved.template === 'string' ? { ...result, template: resolved.template } : result;
  }

  private join(argument: unknown): Resolved {
    const resolved = this.value(argument);
    if (Array.isArray(resolved) && typeof resolved[0] === 'string' && Array.isArray(resolved[1])) {
      const texts = resolved[1].map(asText);
      if (texts.every((t): t is string => t !== undefined)) return texts.join(resolved[0]);
    }
    return unknown(describe('Fn::Join', argument), refsIn(resolved));
  }

  private select(argument: unknown): Resolved {
    const resolved = this.value(argument);
    if (Array.isArray(resolved) && Array.isArray(resolved[1])) {
      const index = typeof resolved[0] === 'number' ? resolved[0] : typeof resolved[0] === 'string' ? Number(resolved[0]) : NaN;
      const list = resolved[1];
      if (Number.isInteger(index) && index >= 0 && index < list.length) return list[index];
    }
    return unknown(describe('Fn::Select', argument), refsIn(resolved));
  }

  private split(argument: unknown): Resolved {
    const resolved = this.value(argument);
    if (Array.isArray(resolved) && typeof resolved[0] === 'string' && resolved[0] !== '' && typeof resolved[1] === 'string') {
      return resolved[1].split(resolved[0]);
    }
    return unknown(describe('Fn::Split', argument), refsIn(resolved));
  }

  private findInMap(argument: unknown): Resolved {
    const resolved = this.value(argument);
    if (Array.isArray(resolved) && resolved.length >= 3) {
      const [map, top, second] = resolved.map(asText);
      if (map !== undefined && top !== undefined && second !== undefined) {
        const table = this.mappings[map];
        const row = isMapping(table) ? table[top] : undefined;
        if (isMapping(row) && Object.hasOwn(row, second)) return this.value(row[second]);
      }
    }
    return unknown(describe('Fn::FindInMap', argument), refsIn(resolved));
  }

  private fnIf(argument: unknown): Resolved | typeof NO_VALUE {
    if (Array.isArray(argument) && argument.length === 3 && typeof argument[0] === 'string') {
      const decided = this.condition(argument[0]);
      if (decided !== undefined) return this.resolve(argument[decided ? 1 : 2]);
      return unknown(describe('Fn::If', argument[0]), [argument[0]]);
    }
    return unknown(describe('Fn::If', argument), []);
  }

  /** A condition expression → true/false, or undefined when it depends on something unknown. */
  private evaluateCondition(expression: unknown): boolean | undefined {
    if (typeof expression === 'boolean') return expression;
    if (!isMapping(expression)) return undefined;
    const keys = Object.keys(expression);
    if (keys.length !== 1) return undefined;
    const key = keys[0]!;
    const argument = expression[key];
    switch (key) {
      case 'Condition':
        return typeof argument === 'string' ? this.condition(argument) : undefined;
      case 'Fn::Not': {
        const inner = Array.isArray(argument) ? this.evaluateCondition(argument[0]) : undefined;
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(argument)) return undefined;
        const results = argument.map((a) => this.evaluateCondition(a));
        const decisive = key === 'Fn::And' ? false : true;
        if (results.includes(decisive)) return decisive;
        return results.includes(undefined) ? undefined : !decisive;
      }
      case 'Fn::Equals': {
        if (!Array.isArray(argument) || argument.length !== 2) return undefined;
        const [a, b] = argument.map((x) => this.value(x));
        if (containsUnknown(a) || containsUnknown(b)) return undefined;
        const at = asText(a);
        const bt = asText(b);
        if (at !== undefined && bt !== undefined) return at === bt;
        return JSON.stringify(a) === JSON.stringify(b);
      }
      default:
        return undefined;
    }
  }
}

/** Whether a parameter's type is a list (`CommaDelimitedList`, `List<…>`): its default is split on commas. */
export function isListParameter(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<');
}

/** Whether a parameter's value is read from SSM Parameter Store at deploy time (its default names the SSM parameter). */
export function isSsmParameter(type: string): boolean {
  return type.startsWith('AWS::SSM::Parameter::Value<');
}

/** A parameter's default as a Ref yields it: list types split on commas. */
function parameterValue(parameter: ParameterInfo): unknown {
  const value = parameter.default;
  const isList = isListParameter(parameter.type);
  if (isList && typeof value === 'string') return value === '' ? [] : value.split(',').map((s) => s.trim());
  if (isList && typeof value === 'number') return [String(value)];
  return value;
}
