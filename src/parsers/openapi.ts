/**
 * OpenAPI 3.0/3.1 and Swagger 2.0 specifications → one normalized document
 * per specification file (policies/schemas/openapi.json); a very large
 * specification is split into slices of operations.
 *
 * Both dialects become one shape, so a check is written once:
 * - an `Api` resource: servers (Swagger's `schemes` × `host` + `basePath`
 *   become server URLs), security schemes (Swagger's `basic` becomes an HTTP
 *   `basic` scheme, its OAuth2 flow names become OpenAPI 3's), the global
 *   security requirement;
 * - one `Operation` resource per path and method: its *effective* security
 *   (the operation's own `security`, else the global one; `security: []`
 *   means explicitly none), parameters (path-level and operation-level
 *   merged), request body and responses, each schema flattened into a list of
 *   properties with their validation constraints.
 *
 * Names of parameters, properties and literal path segments are annotated
 * with the data categories of the shared sensitive-data classifier (the one
 * the source-code rules use), because Rego cannot run it.
 *
 * Local references (`#/components/...`, `#/definitions/...`) are resolved
 * with a cycle guard and a budget; anything else (another file, a URL) is
 * never fetched — Evident does not use the network — and becomes an unknown
 * value (`{"__unknown__": ref}`), on which checks never report.
 */
import { posix } from 'node:path';
import { classifyName, DATA_CATEGORIES, type ClassifierOptions, type DataCategory } from '../engine/code/names.js';
import { lineIndexAt, lineStarts } from './line-table.js';
import { compareByPath, fileErrorOf, ParseError } from './types.js';
import type { FileError, LoadResult, NormalizedDocument, NormalizedResource, ParsedDocument, Range, SkippedFile, SourceText, ValuePath } from './types.js';
import { loadYamlDocuments, type YamlStream } from './yaml.js';

/** The operations of a path item, in the order the specification lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** How many `$ref` hops one reference may take before it counts as unresolvable. */
export const MAX_REF_HOPS = 32;
/** Deepest nesting of object properties and array items a schema summary follows. */
export const MAX_SCHEMA_DEPTH = 12;
/** Schema nodes one specification may visit in total while summarising (the rest is marked truncated). */
export const MAX_SCHEMA_NODES = 200_000;
/** Properties one schema summary lists at most. */
export const MAX_SUMMARY_PROPERTIES = 1_000;
/**
 * Operations per normalized document. A larger specification becomes several
 * documents of the same file (the Api resource in the first): every check
 * looks at one operation or at the Api resource alone, so the split changes
 * no finding and keeps each policy input small.
 */
export const MAX_OPERATIONS_PER_DOCUMENT = 200;

// ---------------------------------------------------------------------------
// Detection

const YAML_VERSION = /^\uFEFF?(?:["']?(openapi|swagger)["']?)[ \t]*:[ \t]*["']?(3\.[0-9]+(?:\.[0-9]+)?(?:-[0-9A-Za-z.]+)?|2\.0)["']?[ \t]*(?:#.*)?\r?$/m;
const YAML_BODY = /^\uFEFF?["']?(?:paths|info)["']?[ \t]*:/m;
const JSON_VERSION = /"(openapi|swagger)"\s*:\s*"(3\.[0-9]+(?:\.[0-9]+)?(?:-[0-9A-Za-z.]+)?|2\.0)"/;
const JSON_BODY = /"(?:paths|info)"\s*:/;

/**
 * Cheap test used to classify `.yaml`/`.yml`/`.json` files: a top-level
 * `openapi: 3.x` or `swagger: "2.0"` key, plus `paths` or `info`. Reads only
 * the text (bounded regular expressions); never parses.
 */
export function isOpenApiSpec(text: string): boolean {
  const first = /\S/.exec(text);
  if (first === null) return false;
  if (first[0] === '{') return JSON_VERSION.test(text) && JSON_BODY.test(text);
  return YAML_VERSION.test(text) && YAML_BODY.test(text);
}

// ---------------------------------------------------------------------------
// The normalized shape (see policies/schemas/openapi.json)

/** The value of something that could not be resolved: an external or broken reference. */
export interface UnknownValue {
  __unknown__: string;
  refs: string[];
}

/** Validation constraints of a parameter or property. */
export interface Constraints {
  /** `string`, `integer`, `number`, `boolean`, `object`, `array`, or null when not declared. */
  type: string | null | UnknownValue;
  format: string | null;
  maxLength: number | null;
  pattern: string | null;
  /** `enum` or `const` is declared. */
  enum: boolean;
  maximum: number | null;
  minimum: number | null;
}

export interface SchemaProperty extends Constraints {
  name: string;
  /** Dotted path from the schema root; `[]` marks array items: `contacts[].email`. */
  path: string;
  readOnly: boolean;
  writeOnly: boolean;
  dataCategories: DataCategory[];
  /**
   * Where the property is declared, as a JSON pointer (`#/components/schemas/Message/properties/body`).
   * A schema reused by several operations gives each the same pointer, so a
   * check can report a declaration once instead of once per operation.
   */
  declaredAt: string;
}

export interface SchemaObject {
  /** Dotted path of the object (`` for the root). */
  path: string;
  /** `forbidden` (false, or 3.1 `unevaluatedProperties: false`), `allowed` (true), `schema` (a typed map) or `absent`. */
  additionalProperties: 'forbidden' | 'allowed' | 'schema' | 'absent';
  /** Whether the object declares properties of its own. */
  hasProperties: boolean;
  /** Where the object schema is declared, as a JSON pointer (see {@link SchemaProperty.declaredAt}). */
  declaredAt: string;
}

export interface SchemaSummary {
  type: string | null;
  properties: SchemaProperty[];
  objects: SchemaObject[];
  /** The budget ran out: the lists are incomplete. */
  truncated: boolean;
}

export interface Parameter extends Constraints {
  name: string;
  in: string;
  required: boolean;
  dataCategories: DataCategory[];
  /** Where the parameter is declared, as a JSON pointer (`#/components/parameters/Limit` when shared). */
  declaredAt: string;
}

export interface Body {
  contentTypes: string[];
  /** The schema of the JSON media type (else the first one); null when none is declared. */
  schema: SchemaSummary | UnknownValue | null;
}

export interface Response extends Body {
  code: string;
}

export interface SecurityScheme {
  name: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS`, or what the file says. */
  type: string;
  /** For `http`: the lower-cased scheme (`basic`, `bearer`, `digest`). */
  scheme: string | null;
  /** For `apiKey`: `header`, `query` or `cookie`. */
  in: string | null;
  /** For `apiKey`: the header, query parameter or cookie name. */
  parameterName: string | null;
  /** For `oauth2`: flow names in OpenAPI 3 terms (`implicit`, `password`, `clientCredentials`, `authorizationCode`). */
  flows: string[];
}

export interface Server {
  url: string;
  /** `http`, `https`, `ws`, `wss`, or `` when relative or templated. */
  scheme: string;
  host: string;
  /** localhost, a loopback address or a `.local`/`.localhost` name. */
  local: boolean;
  /** Where it is declared: `root`, `path` or `operation`. */
  level: string;
}

export interface EffectiveSecurity {
  /** Where the requirement comes from: `operation`, `global`, or `none` when neither declares one. */
  source: 'operation' | 'global' | 'none';
  /** Alternatives, each the sorted names of the schemes it needs together (an empty one allows anonymous access). */
  requirements: string[][];
  /** The operation says `security: []`. */
  explicitNone: boolean;
  /** At least one requirement and none of them anonymous. */
  authenticated: boolean;
  /** Line of the `security` key that decides (operation or global), null when none. */
  line: number | null;
}

export interface ApiResource extends NormalizedResource {
  kind: 'Api';
  /** `swagger2` or `openapi3`. */
  dialect: 'swagger2' | 'openapi3';
  version: string;
  title: string;
  servers: Server[];
  securitySchemes: SecurityScheme[];
  /** The global requirement, null when not declared. */
  security: string[][] | null;
  /** External or broken `$ref`s, sorted. */
  unresolvedRefs: string[];
  truncated: boolean;
}

export interface OperationResource extends NormalizedResource {
  kind: 'Operation';
  method: string;
  /** The path template, e.g. `/patients/{id}`. */
  path: string;
  operationId: string | null;
  deprecated: boolean;
  security: EffectiveSecurity;
  parameters: Parameter[];
  requestBody: Body | UnknownValue | null;
  responses: Response[];
  /** Status codes as written (`200`, `4XX`, `default`), sorted. */
  responseCodes: string[];
  /** Categories of the literal path segments (`/patients/{id}/diagnoses` → health). */
  pathCategories: DataCategory[];
  /** Every category the operation handles: path, parameters, request and response properties. */
  dataCategories: DataCategory[];
  unresolvedRefs: string[];
}

export interface OpenApiDocument extends NormalizedDocument {
  type: 'openapi';
  resources: Array<ApiResource | OperationResource>;
}

/** Options of {@link loadOpenApi}. */
export interface OpenApiLoadOptions {
  /** Configuration of the sensitive-data classifier (`.evident.yml` `classifier`). */
  classifier?: ClassifierOptions;
}

// ---------------------------------------------------------------------------
// Loading

/**
 * Loads the specifications of one directory: one document per file (several
 * for more than {@link MAX_OPERATIONS_PER_DOCUMENT} operations), in path
 * order. A file that does not parse, or whose `paths` is not a mapping,
 * becomes a FileError; a YAML/JSON file without `openapi`/`swagger` at its
 * top level is skipped.
 */
export function loadOpenApi(_dir: string, files: SourceText[], options: OpenApiLoadOptions = {}): LoadResult {
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [];
  const documents: ParsedDocument[] = [];
  const sorted = [...files].sort(compareByPath);
  for (const file of sorted) {
    try {
      const outcome = loadSpec(file, options);
      if ('skip' in outcome) skipped.push({ file: file.path, reason: outcome.skip });
      else documents.push(...outcome.parsed);
    } catch (error) {
      errors.push(fileErrorOf(file.path, error));
    }
  }
  return { documents, errors, skipped };
}

type Segment = string | number;
type Pointer = Segment[];

/** Per-file state of one normalization. */
interface Context {
  file: string;
  text: string;
  root: Record<string, unknown>;
  stream: YamlStream;
  docIndex: number;
  classify: (name: string) => DataCategory[];
  unresolved: Set<string>;
  /** Raw location of normalized objects (for `locate`). */
  pointers: WeakMap<object, Pointer>;
  nodes: number;
  truncated: boolean;
  /** Summaries of schemas reached through one `$ref`, shared by every use, with the references they could not resolve. */
  summaries: Map<string, { summary: SchemaSummary | UnknownValue; unresolved: string[] }>;
  /** References the operation being built could not resolve. */
  operationUnresolved: Set<string>;
  /** Line starts of the text, built on the first position lookup. */
  lineStarts?: number[];
}

/** An `openapi`/`swagger` version as written: a string, or a number where YAML read an unquoted `2.0` or `3.1` as one. */
function isVersion(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** The version as text: an unquoted YAML `2.0` is the number 2, which is version "2.0". */
function versionText(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) ? value.toFixed(1) : String(value);
}

function loadSpec(file: SourceText, options: OpenApiLoadOptions): { parsed: ParsedDocument[] } | { skip: string } {
  const stream = loadYamlDocuments(file.text, file.path);
  const doc = stream.documents.find((d) => isObject(d.value) && (isVersion(d.value.openapi) || d.value.swagger !== undefined));
  if (doc === undefined || !isObject(doc.value)) {
    return { skip: 'YAML/JSON file without a top-level "openapi" or "swagger" version (not an OpenAPI document)' };
  }
  const root = doc.value;
  const dialect = isVersion(root.openapi) ? 'openapi3' : 'swagger2';
  const version = versionText(dialect === 'openapi3' ? root.openapi : root.swagger);
  if (dialect === 'openapi3' ? !/^3\./.test(version) : version !== '2.0') {
    throw errorAt(stream, doc.index, [dialect === 'openapi3' ? 'openapi' : 'swagger'], `unsupported OpenAPI version "${version}" (Evident reads 2.0 and 3.x)`);
  }
  if (root.paths !== undefined && root.paths !== null && !isObject(root.paths)) {
    throw errorAt(stream, doc.index, ['paths'], `"paths" must be a mapping of path templates to path items, found ${describeType(root.paths)}`);
  }

  const classifierOptions = options.classifier;
  const cache = new Map<string, DataCategory[]>();
  const ctx: Context = {
    file: file.path,
    text: file.text,
    root,
    stream,
    docIndex: doc.index,
    classify: (name) => {
      let categories = cache.get(name);
      if (categories === undefined) {
        categories = classifyName(name, classifierOptions);
        cache.set(name, categories);
      }
      return categories;
    },
    unresolved: new Set(),
    pointers: new WeakMap(),
    nodes: 0,
    truncated: false,
    summaries: new Map(),
    operationUnresolved: new Set(),
  };

  const api = buildApi(ctx, dialect, version, doc.startLine, doc.endLine);
  const operations = buildOperations(ctx, dialect, api);
  api.unresolvedRefs = [...ctx.unresolved].sort();
  api.truncated = ctx.truncated;

  const byId = new Map<string, NormalizedResource>();
  for (const r of [api, ...operations]) byId.set(r.id, r);
  const locate = (resourceId: string, path: ValuePath): Range | undefined => {
    const resource = byId.get(resourceId);
    return resource === undefined ? undefined : locateIn(ctx, resource, path);
  };
  // Large specifications are evaluated in slices: policy evaluation time
  // grows faster than linearly with the size of one input.
  const parsed: ParsedDocument[] = [];
  for (let i = 0; i === 0 || i < operations.length; i += MAX_OPERATIONS_PER_DOCUMENT) {
    const slice = operations.slice(i, i + MAX_OPERATIONS_PER_DOCUMENT);
    const document: OpenApiDocument = { type: 'openapi', path: file.path, files: [file.path], resources: i === 0 ? [api, ...slice] : slice };
    parsed.push({ document, locate });
  }
  return { parsed };
}

// ---------------------------------------------------------------------------
// The Api resource

function buildApi(ctx: Context, dialect: 'swagger2' | 'openapi3', version: string, startLine: number, endLine: number): ApiResource {
  const info = isObject(ctx.root.info) ? ctx.root.info : {};
  const title = typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : posix.basename(ctx.file);
  const api: ApiResource = {
    id: title,
    kind: 'Api',
    file: ctx.file,
    startLine,
    endLine,
    dialect,
    version,
    title,
    servers: dialect === 'openapi3' ? serversOf(ctx, ctx.root.servers, ['servers'], 'root') : swaggerServers(ctx, ctx.root, [], 'root'),
    securitySchemes: securitySchemesOf(ctx, dialect),
    security: requirementsOf(ctx.root.security),
    unresolvedRefs: [],
    truncated: false,
  };
  ctx.pointers.set(api, []);
  if (Array.isArray(ctx.root.security)) ctx.pointers.set(api.security as object, ['security']);
  return api;
}

function serversOf(ctx: Context, value: unknown, at: Pointer, level: string): Server[] {
  if (!Array.isArray(value)) return [];
  const servers: Server[] = [];
  value.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.url !== 'string') return;
    const server = makeServer(entry.url, level);
    ctx.pointers.set(server, [...at, i, 'url']);
    servers.push(server);
  });
  return servers;
}

/** Swagger 2.0: one server per scheme, at `host` + `basePath`; located at the scheme's entry. */
function swaggerServers(ctx: Context, owner: Record<string, unknown>, at: Pointer, level: string): Server[] {
  if (!Array.isArray(owner.schemes)) return [];
  const host = typeof ctx.root.host === 'string' ? ctx.root.host : '';
  const basePath = typeof ctx.root.basePath === 'string' ? ctx.root.basePath : '';
  const servers: Server[] = [];
  owner.schemes.forEach((scheme, i) => {
    if (typeof scheme !== 'string') return;
    const server = makeServer(host === '' ? `${scheme.toLowerCase()}://${basePath}` : `${scheme.toLowerCase()}://${host}${basePath}`, level);
    if (host === '') server.host = '';
    ctx.pointers.set(server, [...at, 'schemes', i]);
    servers.push(server);
  });
  return servers;
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.[0-9]{1,3}){3}|0\.0\.0\.0|\[::1\]|::1|[^.]+\.localhost|.+\.local|host\.docker\.internal)$/i;

function makeServer(url: string, level: string): Server {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url.trim());
  const scheme = match === null ? '' : match[1]!.toLowerCase();
  const authority = match === null ? '' : match[2]!.replace(/^[^@]*@/, '');
  const host = authority.startsWith('[') ? authority.replace(/\](:.*)?$/, ']') : authority.replace(/:[0-9]*$/, '');
  return { url, scheme, host, local: host !== '' && LOOPBACK_HOST.test(host), level };
}

/** Swagger OAuth2 flow names → OpenAPI 3's. */
const SWAGGER_FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

function securitySchemesOf(ctx: Context, dialect: 'swagger2' | 'openapi3'): SecurityScheme[] {
  const components = isObject(ctx.root.components) ? ctx.root.components : {};
  const at: Pointer = dialect === 'openapi3' ? ['components', 'securitySchemes'] : ['securityDefinitions'];
  const definitions = dialect === 'openapi3' ? components.securitySchemes : ctx.root.securityDefinitions;
  if (!isObject(definitions)) return [];
  const schemes: SecurityScheme[] = [];
  for (const name of Object.keys(definitions).sort()) {
    const resolved = deref(ctx, definitions[name], [...at, name]);
    if ('unknown' in resolved || !isObject(resolved.value)) continue;
    const raw = resolved.value;
    const rawType = typeof raw.type === 'string' ? raw.type : '';
    const scheme: SecurityScheme = { name, type: rawType, scheme: null, in: null, parameterName: null, flows: [] };
    if (dialect === 'swagger2' && rawType === 'basic') {
      scheme.type = 'http';
      scheme.scheme = 'basic';
    } else if (rawType === 'http') {
      scheme.scheme = typeof raw.scheme === 'string' ? raw.scheme.toLowerCase() : null;
    } else if (rawType === 'apiKey') {
      scheme.in = typeof raw.in === 'string' ? raw.in : null;
      scheme.parameterName = typeof raw.name === 'string' ? raw.name : null;
    } else if (rawType === 'oauth2') {
      if (dialect === 'swagger2') {
        const flow = typeof raw.flow === 'string' ? SWAGGER_FLOWS[raw.flow] : undefined;
        if (flow !== undefined) scheme.flows = [flow];
      } else if (isObject(raw.flows)) {
        scheme.flows = Object.keys(raw.flows).sort();
      }
    }
    ctx.pointers.set(scheme, resolved.at);
    schemes.push(scheme);
  }
  return schemes;
}

/** A security requirement list → its alternatives, each the sorted scheme names; null when not a list. */
function requirementsOf(value: unknown): string[][] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((requirement) => Object.keys(requirement).sort());
}

// ---------------------------------------------------------------------------
// Operations

function buildOperations(ctx: Context, dialect: 'swagger2' | 'openapi3', api: ApiResource): OperationResource[] {
  const paths = ctx.root.paths;
  if (!isObject(paths)) return [];
  const operations: OperationResource[] = [];
  for (const template of Object.keys(paths)) {
    const itemResolved = deref(ctx, paths[template], ['paths', template]);
    if ('unknown' in itemResolved || !isObject(itemResolved.value)) continue;
    const item = itemResolved.value;
    const itemAt = itemResolved.at;
    const pathServers = dialect === 'openapi3' ? serversOf(ctx, item.servers, [...itemAt, 'servers'], 'path') : [];
    api.servers.push(...pathServers);
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (!isObject(raw)) continue;
      const at: Pointer = [...itemAt, method];
      api.servers.push(
        ...(dialect === 'openapi3' ? serversOf(ctx, raw.servers, [...at, 'servers'], 'operation') : swaggerServers(ctx, raw, at, 'operation')),
      );
      operations.push(buildOperation(ctx, dialect, template, method, raw, at, item, itemAt));
    }
  }
  return operations;
}

function buildOperation(
  ctx: Context,
  dialect: 'swagger2' | 'openapi3',
  template: string,
  method: string,
  raw: Record<string, unknown>,
  at: Pointer,
  item: Record<string, unknown>,
  itemAt: Pointer,
): OperationResource {
  ctx.operationUnresolved = new Set();
  const range = rangeOf(ctx, at);
  const { parameters, bodyParameter } = parametersOf(ctx, dialect, item, itemAt, raw, at);
  const requestBody =
    dialect === 'openapi3'
      ? raw.requestBody === undefined
        ? null
        : bodyOf(ctx, raw.requestBody, [...at, 'requestBody'], [])
      : bodyParameter === undefined
        ? null
        : swaggerBody(ctx, bodyParameter.value, bodyParameter.at, mediaTypes(raw.consumes ?? ctx.root.consumes));
  const responses = responsesOf(ctx, dialect, raw, at);
  const pathCategories = sortCategories(
    template
      .split('/')
      .filter((segment) => segment !== '' && !segment.includes('{'))
      .flatMap((segment) => ctx.classify(segment)),
  );
  const operation: OperationResource = {
    id: `${method.toUpperCase()} ${template}`,
    kind: 'Operation',
    file: ctx.file,
    startLine: range?.startLine ?? 1,
    endLine: range?.endLine ?? range?.startLine ?? 1,
    method: method.toUpperCase(),
    path: template,
    operationId: typeof raw.operationId === 'string' ? raw.operationId : null,
    deprecated: raw.deprecated === true,
    security: securityOf(ctx, raw, at),
    parameters,
    requestBody,
    responses,
    responseCodes: responses.map((r) => r.code).sort(),
    pathCategories,
    dataCategories: [],
    unresolvedRefs: [...ctx.operationUnresolved].sort(),
  };
  operation.dataCategories = sortCategories([
    ...pathCategories,
    ...parameters.flatMap((p) => p.dataCategories),
    ...propertiesOf(requestBody).flatMap((p) => p.dataCategories),
    ...responses.flatMap((r) => propertiesOf(r).flatMap((p) => p.dataCategories)),
  ]);
  ctx.pointers.set(operation, at);
  return operation;
}

function securityOf(ctx: Context, raw: Record<string, unknown>, at: Pointer): EffectiveSecurity {
  const own = requirementsOf(raw.security);
  const global = requirementsOf(ctx.root.security);
  const source = own !== null ? 'operation' : global !== null ? 'global' : 'none';
  const requirements = own ?? global ?? [];
  const pointer: Pointer | undefined = source === 'operation' ? [...at, 'security'] : source === 'global' ? ['security'] : undefined;
  const security: EffectiveSecurity = {
    source,
    requirements,
    explicitNone: own !== null && own.length === 0,
    authenticated: requirements.length > 0 && requirements.every((r) => r.length > 0),
    line: pointer === undefined ? null : (rangeOf(ctx, pointer)?.startLine ?? null),
  };
  if (pointer !== undefined) ctx.pointers.set(security, pointer);
  return security;
}

function parametersOf(
  ctx: Context,
  dialect: 'swagger2' | 'openapi3',
  item: Record<string, unknown>,
  itemAt: Pointer,
  raw: Record<string, unknown>,
  at: Pointer,
): { parameters: Parameter[]; bodyParameter: { value: Record<string, unknown>; at: Pointer } | undefined } {
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, { value: Record<string, unknown>; at: Pointer }>();
  for (const [list, listAt] of [
    [item.parameters, [...itemAt, 'parameters']],
    [raw.parameters, [...at, 'parameters']],
  ] as Array<[unknown, Pointer]>) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const resolved = deref(ctx, entry, [...listAt, i]);
      if ('unknown' in resolved || !isObject(resolved.value)) return;
      const p = resolved.value;
      if (typeof p.name !== 'string' || typeof p.in !== 'string') return;
      byKey.set(`${p.in}\u0000${p.name}`, { value: p, at: resolved.at });
    });
  }
  const parameters: Parameter[] = [];
  let bodyParameter: { value: Record<string, unknown>; at: Pointer } | undefined;
  for (const { value, at: pAt } of byKey.values()) {
    const name = value.name as string;
    const location = value.in as string;
    if (dialect === 'swagger2' && location === 'body') {
      bodyParameter = { value, at: pAt };
      continue;
    }
    let constraints: Constraints;
    if (dialect === 'swagger2') {
      constraints = constraintsOf(value);
    } else {
      const schemaAt = isObject(value.schema) ? [...pAt, 'schema'] : undefined;
      const schema = schemaAt !== undefined ? value.schema : firstMediaSchema(value.content);
      const resolved = schema === undefined ? undefined : deref(ctx, schema, schemaAt ?? [...pAt, 'content']);
      constraints =
        resolved === undefined
          ? constraintsOf({})
          : 'unknown' in resolved
            ? { ...constraintsOf({}), type: resolved.unknown }
            : constraintsOf(isObject(resolved.value) ? resolved.value : {});
    }
    const parameter: Parameter = {
      name,
      in: location,
      required: value.required === true,
      ...constraints,
      dataCategories: categoriesOfValue(ctx.classify(name), constraints.type),
      declaredAt: encodePointer(pAt),
    };
    ctx.pointers.set(parameter, pAt);
    parameters.push(parameter);
  }
  return { parameters, bodyParameter };
}

function responsesOf(ctx: Context, dialect: 'swagger2' | 'openapi3', raw: Record<string, unknown>, at: Pointer): Response[] {
  if (!isObject(raw.responses)) return [];
  const produces = mediaTypes(raw.produces ?? ctx.root.produces);
  const responses: Response[] = [];
  for (const code of Object.keys(raw.responses).sort()) {
    if (code.startsWith('x-')) continue;
    const rAt: Pointer = [...at, 'responses', code];
    const resolved = deref(ctx, raw.responses[code], rAt);
    let body: Body;
    if ('unknown' in resolved) body = { contentTypes: [], schema: resolved.unknown };
    else if (!isObject(resolved.value)) body = { contentTypes: [], schema: null };
    else if (dialect === 'openapi3') body = bodyOf(ctx, resolved.value, resolved.at, []) as Body;
    else body = swaggerBody(ctx, resolved.value, resolved.at, isObject(resolved.value.schema) ? produces : []);
    const response: Response = { code, ...body };
    ctx.pointers.set(response, rAt);
    responses.push(response);
  }
  return responses;
}

/** An OpenAPI 3 request body or response: `content` by media type. */
function bodyOf(ctx: Context, value: unknown, at: Pointer, fallbackTypes: string[]): Body | UnknownValue {
  const resolved = deref(ctx, value, at);
  if ('unknown' in resolved) return resolved.unknown;
  if (!isObject(resolved.value)) return { contentTypes: fallbackTypes, schema: null };
  const content = isObject(resolved.value.content) ? resolved.value.content : {};
  const contentTypes = Object.keys(content).sort();
  const chosen = contentTypes.find((t) => /json/i.test(t)) ?? contentTypes[0];
  let schema: SchemaSummary | UnknownValue | null = null;
  if (chosen !== undefined) {
    const media = content[chosen];
    if (isObject(media) && media.schema !== undefined) schema = summarize(ctx, media.schema, [...resolved.at, 'content', chosen, 'schema']);
  }
  const body: Body = { contentTypes, schema };
  ctx.pointers.set(body, resolved.at);
  return body;
}

/** A Swagger 2.0 body parameter or response: one `schema`, media types from `consumes`/`produces`. */
function swaggerBody(ctx: Context, value: Record<string, unknown>, at: Pointer, contentTypes: string[]): Body {
  const body: Body = {
    contentTypes,
    schema: value.schema === undefined ? null : summarize(ctx, value.schema, [...at, 'schema']),
  };
  ctx.pointers.set(body, at);
  return body;
}

function mediaTypes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').sort() : [];
}

function firstMediaSchema(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content).sort();
  const chosen = types.find((t) => /json/i.test(t)) ?? types[0];
  const media = chosen === undefined ? undefined : content[chosen];
  return isObject(media) ? media.schema : undefined;
}

function propertiesOf(body: Body | UnknownValue | null): SchemaProperty[] {
  if (body === null || isUnknown(body)) return [];
  const schema = body.schema;
  return schema === null || isUnknown(schema) ? [] : schema.properties;
}

// ---------------------------------------------------------------------------
// Schemas

/** Summarises a schema: its flattened properties and objects, with constraints and data categories. */
function summarize(ctx: Context, schema: unknown, at: Pointer): SchemaSummary | UnknownValue {
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if (ref !== undefined) {
    const cached = ctx.summaries.get(ref);
    if (cached !== undefined) {
      for (const r of cached.unresolved) ctx.operationUnresolved.add(r);
      return cached.summary;
    }
  }
  const outer = ctx.operationUnresolved;
  ctx.operationUnresolved = new Set();
  const result = summarizeOnce(ctx, schema, at, ref);
  if (ref !== undefined) ctx.summaries.set(ref, { summary: result, unresolved: [...ctx.operationUnresolved] });
  for (const r of ctx.operationUnresolved) outer.add(r);
  ctx.operationUnresolved = outer;
  return result;
}

function summarizeOnce(ctx: Context, schema: unknown, at: Pointer, ref: string | undefined): SchemaSummary | UnknownValue {
  const resolved = deref(ctx, schema, at);
  if ('unknown' in resolved) return resolved.unknown;
  const summary: SchemaSummary = { type: typeOf(resolved.value), properties: [], objects: [], truncated: false };
  // A component's name qualifies its top-level properties: `name` of `Patient` is a patient's name.
  const componentName = ref === undefined ? '' : (ref.split('/').pop() ?? '');
  walkSchema(ctx, resolved.value, resolved.at, '', componentName, 0, new Set(ref === undefined ? [] : [ref]), summary);
  ctx.pointers.set(summary, resolved.at);
  return summary;
}

function walkSchema(
  ctx: Context,
  schema: unknown,
  at: Pointer,
  prefix: string,
  parentName: string,
  depth: number,
  refStack: ReadonlySet<string>,
  out: SchemaSummary,
): void {
  if (!isObject(schema)) return;
  if (++ctx.nodes > MAX_SCHEMA_NODES || out.properties.length >= MAX_SUMMARY_PROPERTIES) {
    ctx.truncated = true;
    out.truncated = true;
    return;
  }
  const type = typeOf(schema);
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  if (type === 'object' || properties !== undefined) {
    const object: SchemaObject = {
      path: prefix,
      additionalProperties: additionalPropertiesOf(schema),
      hasProperties: properties !== undefined && Object.keys(properties).length > 0,
      declaredAt: encodePointer(at),
    };
    ctx.pointers.set(object, at);
    out.objects.push(object);
  }
  if (properties !== undefined) {
    for (const name of Object.keys(properties)) {
      const propAt: Pointer = [...at, 'properties', name];
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const raw = properties[name];
      const childRef = isObject(raw) && typeof raw.$ref === 'string' ? raw.$ref : undefined;
      const resolved = deref(ctx, raw, propAt);
      // A reference back to a schema being expanded (a tree of Patients) is listed, not followed.
      const recursive = childRef !== undefined && refStack.has(childRef);
      let categories = ctx.classify(name);
      if (categories.length === 0 && parentName !== '') categories = ctx.classify(`${parentName} ${name}`);
      const target = 'unknown' in resolved || !isObject(resolved.value) ? {} : resolved.value;
      const constraints = constraintsOf(target);
      const property: SchemaProperty = {
        name,
        path,
        ...constraints,
        ...('unknown' in resolved ? { type: resolved.unknown } : {}),
        readOnly: target.readOnly === true,
        writeOnly: target.writeOnly === true,
        dataCategories: categoriesOfValue(categories, constraints.type),
        declaredAt: encodePointer(propAt),
      };
      ctx.pointers.set(property, propAt);
      out.properties.push(property);
      if (out.properties.length >= MAX_SUMMARY_PROPERTIES) {
        ctx.truncated = true;
        out.truncated = true;
        return;
      }
      if (recursive || 'unknown' in resolved || depth + 1 > MAX_SCHEMA_DEPTH) continue;
      const nextStack = childRef === undefined ? refStack : new Set([...refStack, childRef]);
      walkNested(ctx, resolved.value, resolved.at, path, name, depth + 1, nextStack, out);
    }
  }
  // Composition: every branch contributes properties at the same level.
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((branch, i) => {
      const branchRef = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : undefined;
      if (branchRef !== undefined && refStack.has(branchRef)) return;
      const resolved = deref(ctx, branch, [...at, keyword, i]);
      if ('unknown' in resolved || depth + 1 > MAX_SCHEMA_DEPTH) return;
      const nextStack = branchRef === undefined ? refStack : new Set([...refStack, branchRef]);
      walkSchema(ctx, resolved.value, resolved.at, prefix, parentName, depth + 1, nextStack, out);
    });
  }
  if (type === 'array' || schema.items !== undefined) walkNested(ctx, schema, at, prefix, parentName, depth, refStack, out, true);
}

/** Follows into a property's object schema or into array items (`[]` in the path). */
function walkNested(
  ctx: Context,
  schema: unknown,
  at: Pointer,
  path: string,
  name: string,
  depth: number,
  refStack: ReadonlySet<string>,
  out: SchemaSummary,
  itemsOnly = false,
): void {
  if (!isObject(schema)) return;
  if (!itemsOnly && (typeOf(schema) === 'object' || schema.properties !== undefined || Array.isArray(schema.allOf) || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf))) {
    walkSchema(ctx, schema, at, path, name, depth, refStack, out);
    return;
  }
  if (schema.items === undefined || Array.isArray(schema.items)) return;
  const itemsRef = isObject(schema.items) && typeof schema.items.$ref === 'string' ? schema.items.$ref : undefined;
  if (itemsRef !== undefined && refStack.has(itemsRef)) return;
  const resolved = deref(ctx, schema.items, [...at, 'items']);
  if ('unknown' in resolved || depth + 1 > MAX_SCHEMA_DEPTH) return;
  const nextStack = itemsRef === undefined ? refStack : new Set([...refStack, itemsRef]);
  walkSchema(ctx, resolved.value, resolved.at, `${path}[]`, name, depth + 1, nextStack, out);
}

function additionalPropertiesOf(schema: Record<string, unknown>): SchemaObject['additionalProperties'] {
  if (schema.additionalProperties === false || schema.unevaluatedProperties === false) return 'forbidden';
  if (schema.additionalProperties === true) return 'allowed';
  if (isObject(schema.additionalProperties)) return 'schema';
  return 'absent';
}

/** The declared type: the first non-null of a 3.1 type list; `object`/`array` inferred from `properties`/`items`. */
function typeOf(schema: unknown): string | null {
  if (!isObject(schema)) return null;
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const first = t.find((x): x is string => typeof x === 'string' && x !== 'null');
    if (first !== undefined) return first;
  }
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return null;
}

function constraintsOf(schema: Record<string, unknown>): Constraints {
  return {
    type: typeOf(schema),
    format: typeof schema.format === 'string' ? schema.format : null,
    maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : null,
    pattern: typeof schema.pattern === 'string' ? schema.pattern : null,
    enum: Array.isArray(schema.enum) || schema.const !== undefined,
    maximum: numberOf(schema.maximum) ?? numberOf(schema.exclusiveMaximum),
    minimum: numberOf(schema.minimum) ?? numberOf(schema.exclusiveMinimum),
  };
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------
// References

type Resolved = { value: unknown; at: Pointer } | { unknown: UnknownValue };

/**
 * Follows `$ref`s from a value to what they point at, and where that is.
 * Only references into the same file (`#/...`) are followed; a reference to
 * another file or a URL, a broken pointer, a cycle or a chain longer than
 * {@link MAX_REF_HOPS} becomes an unknown value.
 */
function deref(ctx: Context, value: unknown, at: Pointer): Resolved {
  let current = value;
  let where = at;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    const pointer = ref.startsWith('#') ? decodePointer(ref) : undefined;
    const target = pointer === undefined || seen.has(ref) || seen.size >= MAX_REF_HOPS ? undefined : valueAt(ctx.root, pointer);
    if (target === undefined) {
      ctx.unresolved.add(ref);
      ctx.operationUnresolved.add(ref);
      return { unknown: { __unknown__: ref, refs: [ref] } };
    }
    seen.add(ref);
    current = target.value;
    where = target.at;
  }
  return { value: current, at: where };
}

/** `#/components/schemas/a~1b` → `['components', 'schemas', 'a/b']`; undefined when not a JSON pointer. */
function decodePointer(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref.slice(2));
  } catch {
    return undefined;
  }
  return decoded.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['components', 'schemas', 'a/b']` → `#/components/schemas/a~1b` (RFC 6901 escapes, no percent-encoding). */
function encodePointer(pointer: Pointer): string {
  return `#${pointer.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
}

/** The value at a pointer, with array indexes as numbers (for positions). */
function valueAt(root: unknown, pointer: readonly string[]): { value: unknown; at: Pointer } | undefined {
  let current: unknown = root;
  const at: Pointer = [];
  for (const segment of pointer) {
    if (Array.isArray(current)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(segment)) return undefined;
      const index = Number(segment);
      if (index >= current.length) return undefined;
      current = current[index];
      at.push(index);
    } else if (isObject(current) && Object.hasOwn(current, segment)) {
      current = current[segment];
      at.push(segment);
    } else {
      return undefined;
    }
  }
  return { value: current, at };
}

// ---------------------------------------------------------------------------
// Positions

/**
 * The source range of a path inside a normalized resource: the raw location
 * of the deepest normalized object on the path that has one (an operation,
 * parameter, property, server, response, security requirement).
 */
function locateIn(ctx: Context, resource: NormalizedResource, path: ValuePath): Range | undefined {
  let pointer = ctx.pointers.get(resource);
  let current: unknown = resource;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && typeof segment === 'string') current = current[segment];
    else break;
    if (typeof current !== 'object' || current === null) break;
    pointer = ctx.pointers.get(current) ?? pointer;
  }
  return pointer === undefined ? undefined : rangeOf(ctx, pointer);
}

/**
 * The range of the node at a raw pointer, starting at its mapping key when
 * the pointer ends in one: a finding on an operation or a property points at
 * `get:` or `ssn:`, not at the first line of its body.
 */
function rangeOf(ctx: Context, pointer: Pointer): Range | undefined {
  const range = ctx.stream.positionOf(ctx.docIndex, pointer);
  if (range === undefined) return undefined;
  const last = pointer[pointer.length - 1];
  if (typeof last !== 'string') return range;
  ctx.lineStarts ??= lineStarts(ctx.text);
  const key = keyPosition(ctx.text, ctx.lineStarts, range, last);
  return key === undefined ? range : { ...range, startLine: key.line, startColumn: key.column };
}

/** How far before a value its key may be written (blank lines and comments in between). */
const KEY_WINDOW = 2048;

/**
 * The line and column of `key:` written just before the start of its value,
 * with only blanks, line breaks and comments between them. Looks at most
 * {@link KEY_WINDOW} characters back, so minified single-line JSON costs no
 * more than indented YAML.
 */
function keyPosition(text: string, starts: readonly number[], value: Range, key: string): { line: number; column: number } | undefined {
  const lineStart = starts[value.startLine - 1];
  if (lineStart === undefined) return undefined;
  const offset = lineStart + value.startColumn - 1;
  const from = Math.max(0, offset - KEY_WINDOW);
  const window = text.slice(from, offset);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[\\s{,])((["']?)${escaped}\\2[ \\t]*:)(?:\\s|#[^\\n#]*)*$`).exec(window);
  if (match === null) return undefined;
  const at = from + match.index + match[0].indexOf(match[1]!);
  const index = lineIndexAt(starts, at, value.startLine - 1);
  return { line: index + 1, column: at - starts[index]! + 1 };
}

function errorAt(stream: YamlStream, docIndex: number, pointer: Pointer, message: string): ParseError {
  const range = stream.positionOf(docIndex, pointer);
  return new ParseError(message, range?.startLine, range?.startColumn);
}

// ---------------------------------------------------------------------------
// Small helpers

/**
 * Categories whose data is a value a boolean cannot hold: an address, a
 * password, an identifier, an account number. `email: true` in notification
 * preferences is a switch, not an e-mail address. Health facts (`pregnant`,
 * `hasAllergies`) can be booleans and keep their category.
 */
const VALUE_ONLY_CATEGORIES: ReadonlySet<DataCategory> = new Set(['contact', 'credentials', 'government-id', 'financial', 'location']);

/** The categories of a field's name that its declared type can carry. */
function categoriesOfValue(categories: DataCategory[], type: Constraints['type']): DataCategory[] {
  return type === 'boolean' ? categories.filter((c) => !VALUE_ONLY_CATEGORIES.has(c)) : categories;
}

function sortCategories(categories: readonly DataCategory[]): DataCategory[] {
  const set = new Set(categories);
  return DATA_CATEGORIES.filter((c) => set.has(c));
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

function isUnknown(value: unknown): value is UnknownValue {
  return isObject(value) && typeof value.__unknown__ === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
