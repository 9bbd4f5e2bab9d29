/**
 * What a model of a registry module works with: the call's evaluated
 * arguments, and builders for the resources the module's own code would
 * create from them.
 *
 * A registry module's code is not in the repository (Terraform downloads it at
 * `init`, and Evident never uses the network), so its resources are invisible
 * to the checks. A model reproduces, from the module's published source, how
 * the arguments we check become resource arguments: `versioning = { enabled =
 * false }` on terraform-aws-modules/s3-bucket becomes an
 * `aws_s3_bucket_versioning` whose status is `Suspended`. The resources get the
 * address `terraform plan` gives them (`module.<call>.<type>.<name>`) and are
 * located at the argument they came from.
 *
 * The rule that keeps this free of false alarms: anything a model cannot
 * decide (an unknown argument, a default that changed between major versions
 * of a module whose version is not pinned) becomes the unknown sentinel, and
 * checks never report an unknown. A resource whose existence is undecided is
 * created when it protects (a flow log, a policy) and not created when its
 * absence would be what a check reports.
 */
import { isObjectValue, isUnknownValue, unknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';

export type JsonObject = { [key: string]: HclValue };

/** One `module "x" { source = … }` call, as a model sees it. */
export interface ModuleCall {
  /** `module.<name>`. */
  readonly id: string;
  /** The source as written (registry address or git URL). */
  readonly source: string;
  /** The submodule path after `//` (`modules/ssh`), or '' for the root module. */
  readonly submodule: string;
  /** The major version the call pins (from `version` or a git `?ref=`), when one can be read. */
  readonly major: number | undefined;
  /** The minor versions of `major` the pin admits (lowest, highest; Infinity: every later one), when `major` is known. */
  readonly minors?: readonly [number, number];
  /** The call's arguments, evaluated (`version`, `providers`, `count`… included). */
  readonly inputs: JsonObject;
}

/** A resource a module call creates, with where each of its arguments came from. */
export interface SyntheticResource {
  readonly type: string;
  readonly name: string;
  readonly config: JsonObject;
  /**
   * For each argument path of `config` that came from the call (keyed by
   * `JSON.stringify` of the path), the path of the call's argument: a finding
   * at or under that path is shown at that argument.
   */
  readonly origins: ReadonlyMap<string, ValuePath>;
}

/** A model of one registry module (or of several submodules of one). */
export interface ModuleModel {
  /** `<namespace>/<name>/<provider>`, as in the registry address. */
  readonly address: string;
  /** The GitHub repository of the module's source, for git sources (`terraform-aws-modules/terraform-aws-s3-bucket`). */
  readonly repository: string;
  /**
   * Outputs that are an attribute of a resource the module creates, as
   * `<type>.<name>.<attribute>` (`s3_bucket_id` → `aws_s3_bucket.this.id`): a
   * reference to `module.<call>.<output>` then also refers to that resource, so
   * `target_bucket = module.logs.s3_bucket_id` names the log bucket. A
   * function of the submodule path (`modules/iam-role`, '' for the root) when
   * submodules have outputs of the same name that mean different resources.
   */
  readonly outputs: Readonly<Record<string, string>> | ((submodule: string) => Readonly<Record<string, string>>);
  /** The resources the call creates; empty when it creates none or when that cannot be decided. */
  expand(call: ModuleCall): SyntheticResource[];
}

/** What reading an argument found: absent, or a value (possibly unknown). */
export type Lookup = { readonly present: false } | { readonly present: true; readonly value: HclValue };

const ABSENT: Lookup = { present: false };

/** The call's arguments, read by path (`['versioning', 'enabled']`); an unknown on the way is the value found. */
export class Inputs {
  constructor(readonly call: ModuleCall) {}

  lookup(path: ValuePath): Lookup {
    let value: HclValue = this.call.inputs;
    for (const key of path) {
      if (isUnknownValue(value)) return { present: true, value };
      if (typeof key === 'number') {
        if (!Array.isArray(value) || key >= value.length) return ABSENT;
        value = value[key] as HclValue;
      } else {
        if (value === null || !isObjectValue(value) || !Object.prototype.hasOwnProperty.call(value, key)) return ABSENT;
        value = value[key] as HclValue;
      }
    }
    // `x = null` is read as absent (the module's default). That is Terraform's rule only for a
    // variable declared `nullable = false`; any other receives null, which its resource then
    // leaves to the provider's default. Module defaults are mostly the safer setting, so this
    // can hide a violation; where a module's default is the less safe one, the model checks
    // for a null argument itself (sqs_managed_sse_enabled, the flow-log retention).
    return value === null ? ABSENT : { present: true, value };
  }

  /** The value at `path`, or undefined when absent. */
  get(path: ValuePath): HclValue | undefined {
    const found = this.lookup(path);
    return found.present ? found.value : undefined;
  }

  /**
   * An object argument (`logging = { … }`), or the unknown that stands for it;
   * undefined when absent or not an object. A block written in the call
   * (`logging { … }`, which Terraform rejects in a module call) is read as the
   * object its author meant.
   */
  object(path: ValuePath): JsonObject | undefined {
    return asObject(this.get(path));
  }

  /** `path` is set to `true`; `fallback` when absent; undefined when unknown or not a boolean. */
  flag(path: ValuePath, fallback: boolean | undefined): boolean | undefined {
    const found = this.lookup(path);
    if (!found.present) return fallback;
    return typeof found.value === 'boolean' ? found.value : found.value === 'true' ? true : found.value === 'false' ? false : undefined;
  }

  /** The module's default for an argument whose default changed at major version `since`: `before` below it, `after` from it, unknown when the call pins no version. */
  versionedDefault(name: string, since: number, before: HclValue, after: HclValue): HclValue {
    const major = this.call.major;
    if (major === undefined) return unknownValue(`default of ${this.call.id}.${name} (changed in version ${since}; the call pins no version)`, []);
    return major >= since ? after : before;
  }
}

/**
 * An object value (or the unknown standing for one) nested in an argument;
 * a one-element list of objects (block syntax) is read as its object.
 * Undefined for anything else.
 */
export function asObject(value: HclValue | undefined): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknownValue(value)) return value as unknown as JsonObject;
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return single !== undefined && single !== null && !Array.isArray(single) && isObjectValue(single) ? single : undefined;
}

/** A known object value: not absent, null, unknown, a list or a scalar. */
export function knownObject(value: HclValue | undefined): JsonObject | undefined {
  return value !== undefined && isObjectValue(value) && !isUnknownValue(value) ? value : undefined;
}

/** A value that references an attribute of another resource of the same call (`module.x.aws_s3_bucket.this.id`). */
export function reference(call: ModuleCall, type: string, name: string, attribute: string): HclValue {
  const address = `${call.id}.${type}.${name}.${attribute}`;
  return unknownValue(address, [address]);
}

/** An unknown value standing for what the module computes from unknown inputs. */
export function undecided(call: ModuleCall, what: string): HclValue {
  return unknownValue(`${what} (computed by ${call.id})`, []);
}

/** Builds one synthetic resource: arguments with the call argument each came from. */
export class ResourceBuilder {
  readonly config: JsonObject = {};
  private readonly origins = new Map<string, ValuePath>();

  constructor(
    readonly type: string,
    readonly name = 'this',
  ) {}

  /** Sets `config[key]`; `from` is the call argument it came from (findings on it point there). */
  set(key: string, value: HclValue, from?: ValuePath): this {
    this.config[key] = value;
    if (from !== undefined) this.origins.set(JSON.stringify([key]), from);
    return this;
  }

  /** Records that the argument at `path` (inside config) came from the call argument `from`. */
  origin(path: ValuePath, from: ValuePath): this {
    this.origins.set(JSON.stringify(path), from);
    return this;
  }

  /**
   * Writes `dynamic "<name>" { for_each = forEach }` with content the model
   * cannot tell (`content: [{}]`): the checks judge neither the presence nor
   * the values of such blocks. `from` is the call argument behind them.
   */
  dynamicBlock(name: string, forEach: HclValue, from?: ValuePath): this {
    const dynamic = knownObject(this.config.dynamic) ?? {};
    dynamic[name] = [{ for_each: forEach, content: [{}] }];
    this.config.dynamic = dynamic;
    if (from !== undefined) this.origins.set(JSON.stringify(['dynamic', name]), from);
    return this;
  }

  /** Copies call arguments that have the same name and meaning on the resource, when given. */
  copy(inputs: Inputs, names: readonly string[]): this {
    for (const name of names) {
      const found = inputs.lookup([name]);
      if (found.present) this.set(name, found.value, [name]);
    }
    return this;
  }

  build(): SyntheticResource {
    return { type: this.type, name: this.name, config: this.config, origins: this.origins };
  }
}

/**
 * The call argument a path inside a synthetic resource came from: the origin
 * of the longest recorded prefix of `path` (a path starting with `config`).
 */
export function originOf(resource: SyntheticResource, path: ValuePath): ValuePath | undefined {
  if (path[0] !== 'config') return undefined;
  for (let end = path.length; end > 1; end--) {
    const from = resource.origins.get(JSON.stringify(path.slice(1, end)));
    if (from !== undefined) return from;
  }
  return undefined;
}

/** What a version pin admits: one major version, and the range of its minor versions. */
export interface VersionPin {
  readonly major: number;
  /** The lowest and highest minor version of `major` admitted (Infinity: every later one). */
  readonly minors: readonly [number, number];
}

/**
 * What a `version` constraint pins: `3.7.0`, `= 3.7.0`, `v3.7.0` (3.7 only),
 * `~> 3.7.0` (3.7.x), `~> 3.7` (3.7 and every later 3.x), or
 * `>= 3.7, < 4.0`. Undefined for anything that admits more than one major
 * version (`>= 3.0`, `~> 3`) or is unknown.
 */
export function pinnedVersion(constraint: HclValue | undefined): VersionPin | undefined {
  if (typeof constraint !== 'string') return undefined;
  const parts = constraint
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 1) {
    const exact = /^(?:=\s*)?v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][\w.-]*)?$/.exec(parts[0]!);
    if (exact) return { major: Number(exact[1]), minors: [Number(exact[2]), Number(exact[2])] };
    const pessimistic = /^~>\s*(\d+)\.(\d+)(\.\d+)?$/.exec(parts[0]!);
    if (pessimistic) return { major: Number(pessimistic[1]), minors: [Number(pessimistic[2]), pessimistic[3] === undefined ? Infinity : Number(pessimistic[2])] };
    return undefined;
  }
  if (parts.length === 2) {
    const lower = parts.map((p) => /^>=?\s*v?(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(p)).find((m) => m !== null);
    const upper = parts.map((p) => /^<\s*v?(\d+)(?:\.0){0,2}$/.exec(p)).find((m) => m !== null);
    if (lower && upper && Number(upper[1]) === Number(lower[1]) + 1) return { major: Number(lower[1]), minors: [Number(lower[2] ?? 0), Infinity] };
  }
  return undefined;
}

/** The major version a `version` constraint pins (see {@link pinnedVersion}). */
export function pinnedMajor(constraint: HclValue | undefined): number | undefined {
  return pinnedVersion(constraint)?.major;
}

/** The version a git `?ref=v3.7.0` (a tag) pins, when the source pins one. */
export function refVersion(source: string): VersionPin | undefined {
  const ref = /[?&]ref=v?(\d+)\.(\d+)(?:\.\d+)?(?:&|$)/.exec(source);
  return ref ? { major: Number(ref[1]), minors: [Number(ref[2]), Number(ref[2])] } : undefined;
}

/** The major version of a git `?ref=v3.7.0` (a tag), when the source pins one. */
export function refMajor(source: string): number | undefined {
  return refVersion(source)?.major;
}

/** The call writes argument `name` (null included: an argument a version does not declare is rejected whatever its value). */
export function written(call: ModuleCall, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(call.inputs, name);
}

/**
 * The call sets `name` to null (written, or a variable whose value is null).
 * A module variable not declared `nullable = false` then receives null, not its
 * default; {@link Inputs.lookup} reads such an argument as absent (the default),
 * so a model checks this where the module's null differs from its default.
 */
export function passedNull(call: ModuleCall, name: string): boolean {
  return written(call, name) && call.inputs[name] === null;
}

/** A boolean switch of the call (see {@link Inputs.flag}); undefined when it is passed as null (the module's condition then fails or is undecided). */
export function switchOf(call: ModuleCall, inputs: Inputs, name: string, fallback: boolean): boolean | undefined {
  return passedNull(call, name) ? undefined : inputs.flag([name], fallback);
}

/** A number written as a string (`"30"`, `" -1 "`) is the number Terraform converts it to for a `number` variable or a port. */
export function numeric(value: HclValue): HclValue {
  return typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
}

/** `name[key]`, the address of one instance of a resource with `count` or `for_each` (a `]` in a key is escaped, so the address stays one instance key). */
export function instanceName(name: string, key: string | number): string {
  const text = typeof key === 'number' ? String(key) : JSON.stringify(key).replaceAll(']', '\\u005d');
  return `${name}[${text}]`;
}

/**
 * Whether every release the call's pin admits is release `since`
 * ([major, minor]) or later: true, false when every one is earlier, undefined
 * when the pin admits releases on both sides or there is none.
 */
export function releasedSince(call: ModuleCall, since: readonly [number, number]): boolean | undefined {
  const [major, minor] = since;
  if (call.major === undefined) return undefined;
  if (call.major !== major) return call.major > major;
  const range = call.minors;
  if (range === undefined) return undefined;
  if (range[0] >= minor) return true;
  if (range[1] < minor) return false;
  return undefined;
}
