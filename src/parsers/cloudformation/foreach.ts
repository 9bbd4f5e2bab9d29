/**
 * `Fn::ForEach::<LoopName>` of the AWS::LanguageExtensions transform,
 * expanded the way CloudFormation expands it before it reads the template:
 *
 *     Fn::ForEach::LoopName: [Identifier, Collection, {OutputKey: OutputValue, …}]
 *
 * For each item of the collection, every entry of the third element is
 * added to the mapping that holds the loop (a section: Resources, Outputs,
 * Conditions; or a value, such as resource properties), with the item put in
 * for the identifier:
 * - in the output keys, `${Identifier}` → the item and `&{Identifier}` → the
 *   item without its non-alphanumeric characters (`a.b-c` → `abc`);
 * - in the output values, inside `Fn::Sub` strings (the same two forms), and
 *   `{"Ref": "Identifier"}` → the item. A `Fn::Sub` left with no `${…}` is
 *   its text, so `!Ref {Fn::Sub: "Subnet${Id}"}` becomes a plain Ref.
 *   Other strings are kept as written, as CloudFormation keeps them.
 * Loops nest (an output key that is itself `Fn::ForEach::…`, or a loop inside
 * an output value), up to {@link MAX_LOOP_DEPTH} levels.
 *
 * The collection is a list of strings, or a `Ref` to a CommaDelimitedList
 * (or `List<…>`) parameter; the parameter's Default stands for its value,
 * as everywhere in the parser (other functions are evaluated as the
 * resolver evaluates them, e.g. Fn::FindInMap). A collection that is not
 * known from the template (a parameter without a default, a deploy-time
 * function) is not guessed: a note says which loop is not checked and why;
 * in a section the loop adds no entry, in a value it is left as written
 * (alone in its mapping, the resolver reads it as unknown). A malformed loop,
 * or an entry whose key is already declared (CloudFormation rejects both), is
 * noted the same way; the rest of the template is still read.
 */
import { isMapping } from '../yaml.js';
import type { ValuePath } from '../types.js';
import { IntrinsicResolver, isListParameter, isSsmParameter, isUnknown } from './intrinsics.js';
import type { ParameterInfo } from './intrinsics.js';

/** The key prefix of a loop. */
const FOR_EACH_PREFIX = 'Fn::ForEach::';

/** How deep loops nest: a loop and five loops nested in it (CloudFormation's own limit). */
const MAX_LOOP_DEPTH = 6;

/** How many entries the loops of one template may produce, in all (CloudFormation allows 500 resources). */
export const MAX_LOOP_ENTRIES = 5000;

/** How many values (every node of every copy) the loops of one template may produce, in all: a large body copied many times is bounded too. */
export const MAX_LOOP_VALUES = 250_000;

/** One entry of a section (a resource, an output, a condition) after expansion. */
export interface SectionEntry {
  /** The logical id (the output key, with the identifiers put in). */
  key: string;
  /** The definition, with the identifiers put in. */
  value: unknown;
  /** Where the definition is written: `["Resources", "Bucket"]`, or a loop body `["Resources", "Fn::ForEach::B", 2, "${Name}Bucket"]`. */
  path: ValuePath;
  /** The innermost loop that produced the entry (its key and path); absent for a declared entry. */
  loop?: { key: string; path: ValuePath };
}

/** Whether a template's text may hold a loop; when it does not, nothing here needs to run. */
export function mayHaveLoops(text: string): boolean {
  return text.includes(FOR_EACH_PREFIX);
}

type Bindings = Readonly<Record<string, string>>;

/** Where the entries being produced go: a template section (whose entries are named in notes) or a value. */
type Target = { section: string; noun: string } | undefined;

/**
 * Expands the loops of one template. A loop's collection is evaluated from
 * the parameters, mappings and conditions as written (the sections are not
 * expanded yet, and no resource is known); `lineOf` gives the line of the
 * key at a template path, for notes.
 */
export class ForEachExpander {
  private entriesLeft = MAX_LOOP_ENTRIES;
  private valuesLeft = MAX_LOOP_VALUES;
  private readonly noteSet = new Set<string>();
  private readonly collections: IntrinsicResolver;

  constructor(
    private readonly parameters: ReadonlyMap<string, ParameterInfo>,
    mappings: Record<string, unknown>,
    conditions: Record<string, unknown>,
    private readonly lineOf: (path: ValuePath) => number,
  ) {
    this.collections = new IntrinsicResolver(parameters, new Set(), mappings, conditions);
  }

  /** What could not be expanded, one sentence each, in the order met. */
  get notes(): string[] {
    return [...this.noteSet];
  }

  /**
   * The entries of a section, loops expanded; keys that are other functions
   * (`Fn::Transform`: AWS::Include) are left out, as they expand only at
   * deploy time. `noun` names the entries in notes ("resources").
   */
  section(name: string, section: Record<string, unknown>, noun: string): SectionEntry[] {
    return this.unique(this.entries(section, [name], {}, 0, false, { section: name, noun }));
  }

  private note(text: string): void {
    this.noteSet.add(text);
  }

  /** `Fn::ForEach::X (line 12)`. */
  private where(key: string, path: ValuePath): string {
    return `${key} (line ${this.lineOf(path)})`;
  }

  /** The entries of a mapping: its own keys (output keys when `outputKeys`) and what its loops produce. */
  private entries(mapping: Record<string, unknown>, path: ValuePath, bindings: Bindings, depth: number, outputKeys: boolean, target: Target): SectionEntry[] {
    const out: SectionEntry[] = [];
    for (const key of Object.keys(mapping)) {
      const keyPath = [...path, key];
      if (key.startsWith(FOR_EACH_PREFIX)) {
        const produced = this.loop(key, mapping[key], keyPath, bindings, depth, target);
        if (produced !== undefined) out.push(...produced);
        // In a value, a loop left as written is what the resolver reads as unknown (when it is the only key).
        else if (target === undefined) out.push({ key, value: this.walk(mapping[key], keyPath, bindings, depth), path: keyPath, loop: { key, path: keyPath } });
        continue;
      }
      if (target !== undefined && key.startsWith('Fn::')) continue;
      if (outputKeys) this.entriesLeft--;
      out.push({ key: outputKeys ? substitute(key, bindings) : key, value: this.walk(mapping[key], keyPath, bindings, depth), path: keyPath });
    }
    return out;
  }

  /**
   * Drops an entry a loop produces under a key that is declared, or that an
   * earlier loop entry already has (CloudFormation rejects the template), with a note.
   */
  private unique(entries: SectionEntry[]): SectionEntry[] {
    const seen = new Set(entries.filter((entry) => entry.loop === undefined).map((entry) => entry.key));
    return entries.filter((entry) => {
      const loop = entry.loop;
      if (loop === undefined) return true;
      if (!seen.has(entry.key)) {
        seen.add(entry.key);
        return true;
      }
      this.note(`${this.where(loop.key, loop.path)}: produces ${entry.key}, which is already declared (CloudFormation rejects the template); that copy is not checked`);
      return false;
    });
  }

  /** What a loop produces; undefined when it cannot be expanded (with a note). */
  private loop(key: string, spec: unknown, path: ValuePath, bindings: Bindings, depth: number, target: Target): SectionEntry[] | undefined {
    const unchecked = target === undefined ? 'what it adds is not checked' : `its ${target.noun} are not checked`;
    if (depth >= MAX_LOOP_DEPTH) {
      this.note(`${this.where(key, path)}: nested deeper than ${MAX_LOOP_DEPTH} Fn::ForEach loops; ${unchecked}`);
      return undefined;
    }
    if (!Array.isArray(spec) || spec.length !== 3 || typeof spec[0] !== 'string' || spec[0] === '' || !isMapping(spec[2])) {
      this.note(`${this.where(key, path)}: not of the form [Identifier, Collection, {OutputKey: OutputValue}]; ${unchecked}`);
      return undefined;
    }
    const identifier = spec[0];
    const body = spec[2];
    const collection = this.collection(this.walk(spec[1], [...path, 1], bindings, depth));
    if (typeof collection === 'string') {
      this.note(`${this.where(key, path)}: ${collection}; ${unchecked}`);
      return undefined;
    }
    const self = { key, path };
    const out: SectionEntry[] = [];
    for (const item of collection) {
      if (this.entriesLeft <= 0 || this.valuesLeft <= 0) {
        this.note(`${this.where(key, path)}: the template's Fn::ForEach loops produce more than ${MAX_LOOP_ENTRIES} entries or ${MAX_LOOP_VALUES} values; the rest are not checked`);
        break;
      }
      for (const entry of this.entries(body, [...path, 2], { ...bindings, [identifier]: item }, depth + 1, true, target)) {
        // The entries are new objects: an entry of a nested loop keeps its innermost loop.
        entry.loop ??= self;
        out.push(entry);
      }
    }
    return out;
  }

  /** The items of a collection, or why they are not known. */
  private collection(raw: unknown): string[] | string {
    if (isMapping(raw) && Object.keys(raw).length === 1 && typeof raw.Ref === 'string') {
      const name = raw.Ref;
      const parameter = this.parameters.get(name);
      if (parameter === undefined) return `collection is not known from the template (Ref to ${name}, which is not a parameter of the template)`;
      if (isSsmParameter(parameter.type)) return `collection is not known from the template (Ref to parameter ${name}, read from SSM Parameter Store at deploy time)`;
      if (!parameter.hasDefault) return `collection is not known from the template (Ref to parameter ${name} without a default)`;
      if (!isListParameter(parameter.type)) return `collection is not a list (Ref to parameter ${name} of type ${parameter.type}, not a CommaDelimitedList)`;
    }
    const resolved = this.collections.value(raw);
    if (isUnknown(resolved)) return `collection is not known from the template (${resolved.__unknown__.trim()})`;
    if (!Array.isArray(resolved)) return 'collection is not a list of strings';
    const items: string[] = [];
    for (const item of resolved) {
      if (isUnknown(item)) return `collection is not known from the template (${item.__unknown__.trim()})`;
      if (typeof item === 'string') items.push(item);
      else if ((typeof item === 'number' && Number.isFinite(item)) || typeof item === 'boolean') items.push(String(item));
      else return 'collection is not a list of strings';
    }
    return items;
  }

  /**
   * A value with the identifiers put in (`Fn::Sub` strings, `Ref: Identifier`) and its loops expanded.
   * `depth > 0` exactly when inside a loop, that is when there are bindings.
   */
  private walk(value: unknown, path: ValuePath, bindings: Bindings, depth: number): unknown {
    if (depth > 0) this.valuesLeft--;
    if (Array.isArray(value)) return value.map((item, i) => this.walk(item, [...path, i], bindings, depth));
    if (!isMapping(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && depth > 0) {
      const key = keys[0]!;
      const argument = value[key];
      if (key === 'Ref' && typeof argument === 'string' && Object.hasOwn(bindings, argument)) return bindings[argument];
      if (key === 'Fn::Sub') return this.sub(argument, [...path, key], bindings, depth);
    }
    const out: Record<string, unknown> = {};
    for (const entry of this.unique(this.entries(value, path, bindings, depth, false, undefined))) out[entry.key] = entry.value;
    return out;
  }

  /** `Fn::Sub` inside a loop: the identifiers put in its text; a text left with no `${…}` is the plain string. */
  private sub(argument: unknown, path: ValuePath, bindings: Bindings, depth: number): unknown {
    if (typeof argument === 'string') {
      const text = substitute(argument, bindings);
      return text !== argument && !text.includes('${') ? text : { 'Fn::Sub': text };
    }
    if (Array.isArray(argument) && typeof argument[0] === 'string') {
      const text = substitute(argument[0], bindings);
      if (text !== argument[0] && !text.includes('${')) return text;
      return { 'Fn::Sub': [text, ...argument.slice(1).map((item, i) => this.walk(item, [...path, i + 1], bindings, depth))] };
    }
    return { 'Fn::Sub': this.walk(argument, path, bindings, depth) };
  }
}

/** `${Identifier}` → the item, `&{Identifier}` → the item with only its letters and digits. */
export function substitute(text: string, bindings: Bindings): string {
  if (!text.includes('{')) return text;
  let out = text;
  for (const [identifier, item] of Object.entries(bindings)) {
    out = out.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^0-9A-Za-z]/g, ''));
  }
  return out;
}
