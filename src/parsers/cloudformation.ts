/**
 * CloudFormation and SAM templates (YAML with the `!Ref`-style short forms,
 * or JSON) → one normalized document per template file: a CloudFormation
 * stack is one template, and templates in one folder are usually separate
 * stacks (nested stacks, per-environment copies), so they are not merged.
 *
 * Properties are normalized with intrinsic functions evaluated statically
 * (see ./cloudformation/intrinsics.ts): parameter defaults are used like
 * Terraform variable defaults, and what is only known at deploy time becomes
 * the unknown sentinel that checks never report on. The contract is
 * policies/schemas/cloudformation.json.
 */
import { isMapping, loadYamlDocuments } from './yaml.js';
import type { YamlStream } from './yaml.js';
import { ForEachExpander, mayHaveLoops } from './cloudformation/foreach.js';
import type { SectionEntry } from './cloudformation/foreach.js';
import { IntrinsicResolver } from './cloudformation/intrinsics.js';
import type { ParameterInfo } from './cloudformation/intrinsics.js';
import { CLOUDFORMATION_YAML_SCHEMA, describeTagError } from './cloudformation/tags.js';
import { compareByPath, fileErrorOf, ParseError } from './types.js';
import type {
  LoadResult,
  NormalizedDocument,
  NormalizedResource,
  ParsedDocument,
  Range,
  SkippedFile,
  SourceText,
  ValuePath,
} from './types.js';

/** One resource of a template (`Resources.<LogicalId>`). */
export interface CloudFormationResource extends NormalizedResource {
  /** The logical id. */
  id: string;
  /** `AWS::S3::Bucket`, `AWS::Serverless::Function`, `Custom::…`. */
  type: string;
  /** `Properties` with intrinsic functions evaluated; `{}` when absent. */
  properties: Record<string, unknown>;
  /** The name of the `Condition` the resource is created under, if any. */
  condition?: string;
  /** `DependsOn`, always a list. */
  dependsOn: string[];
  deletionPolicy?: unknown;
  updateReplacePolicy?: unknown;
  metadata?: unknown;
}

/** One declared parameter (`Parameters.<Name>`). */
export interface CloudFormationParameter {
  /** The parameter name (shares the logical-id namespace with resources). */
  id: string;
  type: string;
  /** Whether `Default` is declared; `default` holds it as written. */
  hasDefault: boolean;
  default?: unknown;
  /** `NoEcho: true` (or `"true"`): CloudFormation masks the value in the console and API. */
  noEcho: boolean;
  /** `AllowedValues` as written, when it is a list: the values the parameter can take are in the template. */
  allowedValues?: unknown[];
  file: string;
  startLine: number;
  endLine: number;
}

/** One output (`Outputs.<Name>`); id is `Outputs.<Name>`. */
export interface CloudFormationOutput {
  id: string;
  name: string;
  value: unknown;
  export?: unknown;
  condition?: string;
  file: string;
  startLine: number;
  endLine: number;
}

/** One SAM `Globals` section (`Function`, `Api`, `HttpApi`, …); id is `Globals.<Section>`. */
export interface CloudFormationGlobals {
  id: string;
  section: string;
  properties: Record<string, unknown>;
  file: string;
  startLine: number;
  endLine: number;
}

/** The normalized input of the CloudFormation checks: one template file. */
export interface CloudFormationDocument extends NormalizedDocument {
  type: 'cloudformation';
  format: 'yaml' | 'json';
  /** `Transform`, always a list (`["AWS::Serverless-2016-10-31"]` for SAM). */
  transform: string[];
  /** Whether the template uses the SAM transform. */
  sam: boolean;
  resources: CloudFormationResource[];
  parameters: CloudFormationParameter[];
  outputs: CloudFormationOutput[];
  globals: CloudFormationGlobals[];
  /** Each condition's value when decidable from the parameter defaults, else null. */
  conditions: Record<string, boolean | null>;
}

/** The SAM transform's name. */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

// ---------------------------------------------------------------------------
// Sniffing

const YAML_VERSION = /^\uFEFF?["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
const YAML_SAM = /^\uFEFF?["']?Transform["']?[ \t]*:.*AWS::Serverless-2016-10-31|^\uFEFF?["']?Transform["']?[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*-[ \t]*["']?AWS::Serverless-2016-10-31/m;
const YAML_RESOURCES = /^\uFEFF?["']?Resources["']?[ \t]*:/m;
const YAML_TYPE = /^[ \t]+["']?Type["']?[ \t]*:[ \t]*["']?(?:AWS|Alexa|Custom)::[A-Za-z0-9]/m;
const JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/;
const JSON_RESOURCES = /"Resources"\s*:\s*\{/;
const JSON_TYPE = /"Type"\s*:\s*"(?:AWS|Alexa|Custom)::[A-Za-z0-9]/;

/**
 * Cheap test used to classify `.yaml`/`.yml`/`.json` files: a template
 * declares `AWSTemplateFormatVersion`, the SAM transform, or a top-level
 * `Resources` section whose entries have `Type: AWS::…`. Reads only the text.
 */
export function isCloudFormationTemplate(text: string): boolean {
  const first = /\S/.exec(text);
  if (first === null) return false;
  if (first[0] === '{') return JSON_VERSION.test(text) || (JSON_RESOURCES.test(text) && JSON_TYPE.test(text));
  if (first[0] === '[') return false;
  return YAML_VERSION.test(text) || YAML_SAM.test(text) || (YAML_RESOURCES.test(text) && YAML_TYPE.test(text));
}

// ---------------------------------------------------------------------------
// Loading

/** Where a normalized item sits in its template, for `locate`. */
interface Origin {
  /** Path of the item's node in the template: `["Resources", "Bucket"]`, or a Fn::ForEach body `["Resources", "Fn::ForEach::B", 2, "${Name}Bucket"]`. */
  base: ValuePath;
  /** Normalized field → template key (`properties` → `Properties`); `''` means the item node itself. */
  fields: Readonly<Record<string, string>>;
  startLine: number;
  endLine: number;
}

const RESOURCE_FIELDS = {
  type: 'Type',
  properties: 'Properties',
  condition: 'Condition',
  dependsOn: 'DependsOn',
  deletionPolicy: 'DeletionPolicy',
  updateReplacePolicy: 'UpdateReplacePolicy',
  metadata: 'Metadata',
};
const PARAMETER_FIELDS = { type: 'Type', default: 'Default', noEcho: 'NoEcho', hasDefault: 'Default', allowedValues: 'AllowedValues' };
const OUTPUT_FIELDS = { value: 'Value', export: 'Export', condition: 'Condition' };
const GLOBALS_FIELDS = { properties: '' };

/**
 * Loads the templates of one directory (files already classified as
 * CloudFormation): one document per file, in path order (the directory itself
 * plays no part: templates are not merged). A file that does not parse, or is
 * not a well-formed template, becomes a FileError; the others still load.
 * A Fn::ForEach loop that cannot be expanded is listed in `skipped` (the
 * file, and which loop and why) while the rest of its template is analysed.
 */
export function loadCloudFormation(_dir: string, files: SourceText[]): LoadResult {
  const result: LoadResult = { documents: [], errors: [], skipped: [] };
  for (const file of [...files].sort(compareByPath)) {
    try {
      const { document, locate, skipped } = parseTemplate(file);
      result.documents.push({ document, locate });
      result.skipped.push(...skipped);
    } catch (error) {
      result.errors.push(fileErrorOf(file.path, error));
    }
  }
  return result;
}

/** A parsed template, and the parts of it that were not analysed (Fn::ForEach loops that cannot be expanded). */
export interface ParsedTemplate extends ParsedDocument {
  skipped: SkippedFile[];
}

/**
 * Parses one template.
 *
 * @throws ParseError for malformed YAML/JSON, unknown tags, several YAML
 * documents, or a template whose sections have the wrong shape.
 */
export function parseTemplate(file: SourceText): ParsedTemplate {
  const stream = loadStream(file);
  const docs = stream.documents.filter((d) => d.value !== null);
  if (docs.length > 1) {
    throw new ParseError(`a CloudFormation template is one YAML document, found ${docs.length}`, docs[1]!.startLine, 1);
  }
  const doc = docs[0];
  if (doc === undefined || !isMapping(doc.value)) {
    throw new ParseError('a CloudFormation template must be a mapping of sections', doc?.startLine ?? 1, 1);
  }
  const root = doc.value;
  const docIndex = doc.index;
  const lines = file.text.split('\n');
  const at = (path: ValuePath): Range | undefined => stream.positionOf(docIndex, path);
  const fail = (path: ValuePath, message: string): never => {
    const range = at(path);
    throw new ParseError(message, range?.startLine, range?.startColumn);
  };

  const section = (name: string, required = false): Record<string, unknown> => {
    if (!Object.hasOwn(root, name) || root[name] === null) {
      if (required) throw new ParseError(`the template has no ${name} section`, doc.startLine, 1);
      return {};
    }
    const value = root[name];
    if (!isMapping(value)) fail([name], `${name} must be a mapping of logical ids, not ${kindOf(value)}`);
    return value as Record<string, unknown>;
  };
  const resourcesSection = section('Resources', true);
  const parametersSection = section('Parameters');
  const mappings = section('Mappings');
  const conditionsSection = section('Conditions');
  const outputsSection = section('Outputs');
  const globalsSection = section('Globals');

  const origins = new Map<string, Origin>();
  /** Lines of an item: from its key's line to the end of its value. */
  const itemLines = (path: ValuePath): { startLine: number; endLine: number } => {
    const range = at(path);
    if (range === undefined) return { startLine: doc.startLine, endLine: doc.endLine };
    return { startLine: keyLine(lines, range, String(path[path.length - 1])), endLine: range.endLine };
  };

  // Parameters first: the resolver needs their defaults.
  const parameters: CloudFormationParameter[] = [];
  const parameterInfo = new Map<string, ParameterInfo>();
  for (const name of entryNames(parametersSection)) {
    const definition = parametersSection[name];
    if (!isMapping(definition)) fail(['Parameters', name], `parameter ${name} must be a mapping, not ${kindOf(definition)}`);
    const def = definition as Record<string, unknown>;
    const type = typeof def.Type === 'string' ? def.Type : 'String';
    const hasDefault = Object.hasOwn(def, 'Default') && def.Default !== null;
    const span = itemLines(['Parameters', name]);
    const parameter: CloudFormationParameter = {
      id: name,
      type,
      hasDefault,
      noEcho: def.NoEcho === true || (typeof def.NoEcho === 'string' && def.NoEcho.toLowerCase() === 'true'),
      file: file.path,
      ...span,
    };
    if (hasDefault) parameter.default = def.Default;
    if (Array.isArray(def.AllowedValues)) parameter.allowedValues = def.AllowedValues;
    parameters.push(parameter);
    parameterInfo.set(name, { type, hasDefault, default: def.Default });
    origins.set(name, { base: ['Parameters', name], fields: PARAMETER_FIELDS, ...span });
  }

  // Fn::ForEach loops (AWS::LanguageExtensions) expand into entries of their
  // section, each at the lines of the loop body it comes from.
  const expander = mayHaveLoops(file.text)
    ? new ForEachExpander(parameterInfo, mappings, conditionsSection, (path) => itemLines(path).startLine)
    : undefined;
  const entriesOf = (name: string, section: Record<string, unknown>, noun: string): SectionEntry[] =>
    expander?.section(name, section, noun) ?? entryNames(section).map((key) => ({ key, value: section[key], path: [name, key] }));
  const resourceEntries = entriesOf('Resources', resourcesSection, 'resources');
  const outputEntries = entriesOf('Outputs', outputsSection, 'outputs');
  const conditionEntries = entriesOf('Conditions', conditionsSection, 'conditions');
  const allConditions = expander === undefined ? conditionsSection : Object.fromEntries(conditionEntries.map((e) => [e.key, e.value]));

  const resolver = new IntrinsicResolver(parameterInfo, new Set(resourceEntries.map((e) => e.key)), mappings, allConditions);

  const resources: CloudFormationResource[] = [];
  for (const { key: id, value: definition, path } of resourceEntries) {
    if (!isMapping(definition)) fail(path, `resource ${id} must be a mapping, not ${kindOf(definition)}`);
    const def = definition as Record<string, unknown>;
    if (typeof def.Type !== 'string' || def.Type === '') fail(path, `resource ${id} has no Type`);
    if (Object.hasOwn(def, 'Properties') && def.Properties !== null && !isMapping(def.Properties)) {
      fail([...path, 'Properties'], `Properties of ${id} must be a mapping, not ${kindOf(def.Properties)}`);
    }
    const properties = resolver.value(def.Properties ?? {});
    const span = itemLines(path);
    const resource: CloudFormationResource = {
      id,
      type: def.Type as string,
      properties: isMapping(properties) ? properties : {},
      dependsOn: stringList(def.DependsOn),
      file: file.path,
      ...span,
    };
    if (typeof def.Condition === 'string') resource.condition = def.Condition;
    if (def.DeletionPolicy !== undefined) resource.deletionPolicy = resolver.value(def.DeletionPolicy);
    if (def.UpdateReplacePolicy !== undefined) resource.updateReplacePolicy = resolver.value(def.UpdateReplacePolicy);
    if (def.Metadata !== undefined) resource.metadata = resolver.value(def.Metadata);
    resources.push(resource);
    origins.set(id, { base: path, fields: RESOURCE_FIELDS, ...span });
  }

  const outputs: CloudFormationOutput[] = [];
  for (const { key: name, value: definition, path } of outputEntries) {
    if (!isMapping(definition)) fail(path, `output ${name} must be a mapping, not ${kindOf(definition)}`);
    const def = definition as Record<string, unknown>;
    const span = itemLines(path);
    const output: CloudFormationOutput = { id: `Outputs.${name}`, name, value: resolver.value(def.Value), file: file.path, ...span };
    if (def.Export !== undefined) output.export = resolver.value(def.Export);
    if (typeof def.Condition === 'string') output.condition = def.Condition;
    outputs.push(output);
    origins.set(output.id, { base: path, fields: OUTPUT_FIELDS, ...span });
  }

  const globals: CloudFormationGlobals[] = [];
  for (const name of Object.keys(globalsSection)) {
    const value = resolver.value(globalsSection[name]);
    const span = itemLines(['Globals', name]);
    const item: CloudFormationGlobals = { id: `Globals.${name}`, section: name, properties: isMapping(value) ? value : {}, file: file.path, ...span };
    globals.push(item);
    origins.set(item.id, { base: ['Globals', name], fields: GLOBALS_FIELDS, ...span });
  }

  const conditions: Record<string, boolean | null> = {};
  for (const name of Object.keys(allConditions).sort()) conditions[name] = resolver.condition(name) ?? null;

  const transform = stringList(root.Transform);
  const document: CloudFormationDocument = {
    type: 'cloudformation',
    path: file.path,
    files: [file.path],
    format: isJson(file.text) ? 'json' : 'yaml',
    transform,
    sam: transform.includes(SAM_TRANSFORM),
    resources,
    parameters,
    outputs,
    globals,
    conditions,
  };
  return {
    document,
    locate(resourceId, path) {
      const origin = origins.get(resourceId);
      return origin === undefined ? undefined : locateIn(stream, lines, docIndex, origin, path);
    },
    skipped: (expander?.notes ?? []).map((reason) => ({ file: file.path, reason })),
  };
}

function loadStream(file: SourceText): YamlStream {
  if (isJson(file.text)) checkJson(file.text);
  try {
    return loadYamlDocuments(file.text, file.path, { schema: CLOUDFORMATION_YAML_SCHEMA });
  } catch (error) {
    if (error instanceof ParseError) {
      const reason = describeTagError(error.message);
      if (reason !== undefined) throw new ParseError(reason, error.line, error.column);
    }
    throw error;
  }
}

function isJson(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

/**
 * A JSON template is read by the YAML loader (for positions), but YAML
 * accepts what CloudFormation's JSON reader rejects (trailing commas,
 * comments, unquoted keys): JSON.parse decides first.
 */
function checkJson(text: string): void {
  const body = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const reason = `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\n\s*/g, ' ')}`;
    if (at === null) throw new ParseError(reason);
    const offset = Math.min(Number(at[1]), body.length);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    throw new ParseError(reason, line, column);
  }
}

/** Maps a path inside a normalized item to its source range, or the item's own lines when only its node is found. */
function locateIn(stream: YamlStream, lines: readonly string[], docIndex: number, origin: Origin, path: ValuePath): Range | undefined {
  const whole: Range = { startLine: origin.startLine, startColumn: 1, endLine: origin.endLine, endColumn: 1 };
  const head = path[0];
  if (typeof head !== 'string' || !Object.hasOwn(origin.fields, head)) return whole;
  const key = origin.fields[head]!;
  const inTemplate = [...origin.base, ...(key === '' ? [] : [key]), ...path.slice(1)];
  const match = stream.nearestPositionOf(docIndex, inTemplate);
  if (match === undefined || match.depth <= origin.base.length) return whole;
  // A block mapping or sequence value starts on the line after its key: point at the key.
  const last = inTemplate[match.depth - 1];
  if (typeof last !== 'string') return match.range;
  const line = keyLine(lines, match.range, last);
  if (line === match.range.startLine) return match.range;
  const column = (lines[line - 1] ?? '').search(/\S/) + 1;
  return { ...match.range, startLine: line, startColumn: Math.max(column, 1) };
}

/**
 * The line of the mapping key whose value is at `value`: the same line
 * (`Bucket: {…}`, JSON), where only the text before the value can hold the
 * key, or an earlier one (block mappings, comments between).
 */
function keyLine(lines: readonly string[], value: Range, key: string): number {
  const valueLine = value.startLine;
  if (writesKey((lines[valueLine - 1] ?? '').slice(0, value.startColumn - 1), key)) return valueLine;
  for (let line = valueLine - 1; line >= Math.max(1, valueLine - 20); line--) {
    if (writesKey(lines[line - 1] ?? '', key)) return line;
  }
  return valueLine;
}

const SPACE = /\s/;

/**
 * Whether `text` writes `key` as a mapping key: the key, optionally quoted,
 * at the start or after whitespace, `{` or `,`, then optional whitespace and
 * `:` (the regular expression (?:^|[\s{,])["']?key["']?\s*: without building
 * one per call: that cost a fifth of a CloudFormation scan).
 */
export function writesKey(text: string, key: string): boolean {
  if (key.length === 0) return false;
  const boundary = (at: number): boolean => at < 0 || SPACE.test(text[at]!) || text[at] === '{' || text[at] === ',';
  const quote = (at: number): boolean => text[at] === '"' || text[at] === "'";
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    if (!boundary(at - 1) && !(quote(at - 1) && boundary(at - 2))) continue;
    let end = at + key.length;
    if (quote(end)) end++;
    while (end < text.length && SPACE.test(text[end]!)) end++;
    if (text[end] === ':') return true;
  }
  return false;
}

/**
 * The logical ids of a section. Keys that are intrinsic functions
 * (`Fn::Transform` including a snippet with AWS::Include) expand only at
 * deploy time: they are not entries. (`Fn::ForEach::…` loops of the
 * LanguageExtensions transform are expanded by ./cloudformation/foreach.ts
 * when the template has any.)
 */
function entryNames(section: Record<string, unknown>): string[] {
  return Object.keys(section).filter((key) => !key.startsWith('Fn::'));
}

/** A property CloudFormation accepts as one string or a list of strings (`DependsOn`, `Transform`), as a list. */
function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
