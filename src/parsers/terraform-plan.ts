/**
 * Terraform plan JSON (`terraform show -json plan.out > plan.json`) → the same
 * normalized document as a module directory (policies/schemas/terraform.json),
 * so every Terraform check runs on plans unchanged.
 *
 * A plan is the most precise input Terraform offers: variables, locals,
 * `count`/`for_each` and child modules are already expanded. Each resource
 * instance of `planned_values` (root module and child modules, recursively)
 * becomes one resource whose id is its full address
 * (`module.db.aws_db_instance.main[0]`) and whose config is its planned
 * values. What Terraform only knows after apply (`after_unknown` in
 * `resource_changes`) becomes the unknown sentinel, with the references of
 * the attribute's expression (from `configuration`) so that cross-resource
 * checks can still relate resources. Providers and module calls come from
 * `configuration`. Lines are those of each object in the JSON text.
 *
 * Format: https://developer.hashicorp.com/terraform/internals/json-format
 */
import type { HclValue } from './hcl/values.js';
import { moduleSourceType, type TerraformDocument } from './terraform.js';
import type { LoadResult, NormalizedResource, ParsedDocument, Range, SourceText, ValuePath } from './types.js';
import { fileErrorOf, ParseError } from './types.js';

type JsonValue = HclValue;
type JsonObject = { [key: string]: JsonValue };

/**
 * Whether a JSON text is a plan: `format_version` and `terraform_version` near
 * the top (Terraform writes them first) and `planned_values` or
 * `resource_changes`. Cheap string tests, no parse. A state file
 * (`terraform show -json` without a plan) has `values` instead and is not a plan.
 */
export function isTerraformPlan(text: string): boolean {
  const head = text.slice(0, 2048);
  if (!/^\s*\{/.test(head)) return false;
  if (!/"format_version"\s*:/.test(head) || !/"terraform_version"\s*:/.test(head)) return false;
  return /"planned_values"\s*:|"resource_changes"\s*:/.test(text);
}

/** Loads one plan file into one document, or a file error (with line and column for malformed JSON). */
export function loadTerraformPlan(file: SourceText): LoadResult {
  let parsed: Parsed;
  try {
    parsed = parseJsonWithPositions(file.text);
  } catch (err) {
    return { documents: [], errors: [fileErrorOf(file.path, err)], skipped: [] };
  }
  const plan = parsed.value;
  if (!isObject(plan) || !isObject(plan.planned_values) && !Array.isArray(plan.resource_changes)) {
    return { documents: [], errors: [{ file: file.path, reason: 'Not a Terraform plan: no planned_values object' }], skipped: [] };
  }
  return { documents: [buildPlanDocument(file, plan, parsed.root, parsed.lines)], errors: [], skipped: [] };
}

// ------------------------------------------------------------ document

/** Where each object of the document is, for locate(). */
interface Located {
  /** The position node of the resource's planned values (for paths under `config`). */
  values?: PosNode;
  node: PosNode;
}

function buildPlanDocument(file: SourceText, plan: JsonObject, root: PosNode, lines: LineIndex): ParsedDocument {
  const located = new Map<string, Located>();
  const lineRange = (node: PosNode): { file: string; startLine: number; endLine: number } => ({
    file: file.path,
    startLine: lines.position(node.start).line,
    endLine: lines.position(node.end - 1).line,
  });

  const changes = new Map<string, JsonValue>();
  if (Array.isArray(plan.resource_changes)) {
    for (const change of plan.resource_changes) {
      if (isObject(change) && typeof change.address === 'string' && isObject(change.change)) changes.set(change.address, change.change.after_unknown ?? null);
    }
  }
  const configuration = isObject(plan.configuration) ? plan.configuration : {};
  const rootConfig = isObject(configuration.root_module) ? configuration.root_module : {};
  const expressions = configExpressions(rootConfig, '');

  const resources: NormalizedResource[] = [];
  const plannedValues = child(root, 'planned_values');
  const visit = (mod: JsonValue, node: PosNode | undefined): void => {
    if (!isObject(mod)) return;
    const list = mod.resources;
    if (Array.isArray(list)) {
      list.forEach((r, i) => {
        if (!isObject(r)) return;
        const rNode = child(child(node, 'resources'), i);
        const resource = planResource(r, changes, expressions);
        if (resource === undefined || rNode === undefined || located.has(resource.id)) return;
        Object.assign(resource, lineRange(rNode));
        resources.push(resource);
        located.set(resource.id, { node: rNode, values: child(rNode, 'values') });
      });
    }
    if (Array.isArray(mod.child_modules)) mod.child_modules.forEach((m, i) => visit(m, child(child(node, 'child_modules'), i)));
  };
  if (isObject(plan.planned_values)) visit(plan.planned_values.root_module ?? null, child(plannedValues, 'root_module'));

  const providers: NormalizedResource[] = [];
  const providerConfig = configuration.provider_config;
  const providerNode = child(child(root, 'configuration'), 'provider_config');
  if (isObject(providerConfig)) {
    for (const key of Object.keys(providerConfig).sort()) {
      const p = providerConfig[key];
      const node = child(providerNode, key);
      // Keys with ':' belong to provider blocks inside child modules.
      if (!isObject(p) || key.includes(':') || node === undefined) continue;
      const name = typeof p.name === 'string' ? p.name : key.split('.')[0]!;
      const alias = typeof p.alias === 'string' ? p.alias : undefined;
      const provider: NormalizedResource = { id: alias === undefined ? `provider.${name}` : `provider.${name}.${alias}`, name, ...lineRange(node) };
      if (alias !== undefined) provider.alias = alias;
      provider.config = expressionValues(p.expressions, '');
      providers.push(provider);
      located.set(provider.id, { node });
    }
  }

  const modules: NormalizedResource[] = [];
  const calls = rootConfig.module_calls;
  const callsNode = child(child(child(root, 'configuration'), 'root_module'), 'module_calls');
  if (isObject(calls)) {
    for (const name of Object.keys(calls).sort()) {
      const call = calls[name];
      const node = child(callsNode, name);
      if (!isObject(call) || node === undefined) continue;
      const source = typeof call.source === 'string' ? call.source : null;
      const config = expressionValues(call.expressions, `module.${name}`);
      if (typeof call.version_constraint === 'string') config.version = call.version_constraint;
      modules.push({ id: `module.${name}`, name, source, source_type: moduleSourceType(source), ...lineRange(node), config });
      located.set(`module.${name}`, { node });
    }
  }

  const document: TerraformDocument = {
    type: 'terraform',
    format: 'plan',
    path: file.path,
    files: [file.path],
    resources,
    providers,
    variables: [],
    locals: {},
    modules,
    outputs: [],
    tfvars: [],
  };
  return {
    document,
    locate: (id: string, path: ValuePath): Range | undefined => {
      const entry = located.get(id);
      if (entry === undefined) return undefined;
      const start = path[0] === 'config' && entry.values !== undefined ? entry.values : entry.node;
      let node = start;
      for (const key of path.slice(path[0] === 'config' && entry.values !== undefined ? 1 : 0)) {
        const next = child(node, key);
        if (next === undefined) break;
        node = next;
      }
      return lines.range(node.keyStart ?? node.start, node.end);
    },
  };
}

/** One resource instance of planned_values, or undefined when it lacks an address or type. */
function planResource(r: JsonObject, changes: Map<string, JsonValue>, expressions: Map<string, JsonObject>): NormalizedResource | undefined {
  const { address, type, name } = r;
  if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string') return undefined;
  const mode = r.mode === 'data' ? 'data' : 'managed';
  const configKey = configAddress(address);
  const exprs = expressions.get(configKey.address);
  const values = isObject(r.values) ? r.values : {};
  const config = withUnknowns(values, changes.get(address), address, exprs, configKey.module);
  const resource: NormalizedResource = {
    id: address,
    mode,
    type,
    name,
    provider: providerKey(exprs, type),
    file: '',
    startLine: 1,
    endLine: 1,
    config: isObject(config) ? config : {},
  };
  if (r.index !== undefined) resource.index = r.index;
  if (configKey.module !== '') resource.module = configKey.module;
  return resource;
}

/** The configuration address of an instance: module and resource indexes removed. */
function configAddress(address: string): { address: string; module: string } {
  const plain = address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
  const parts = plain.split('.');
  let i = 0;
  while (parts[i] === 'module' && i + 2 < parts.length) i += 2;
  return { address: plain, module: parts.slice(0, i).join('.') };
}

/** `provider = aws.eu` of the resource's configuration (root module), else the type's prefix. */
function providerKey(exprs: JsonObject | undefined, type: string): string {
  const key = exprs?.__provider_config_key;
  if (typeof key === 'string' && !key.includes(':')) return key;
  const cut = type.indexOf('_');
  return cut < 0 ? type : type.slice(0, cut);
}

/**
 * The expressions of every resource of the configuration, by configuration
 * address (`module.db.aws_db_instance.main`), with the provider config key
 * kept under `__provider_config_key`.
 */
function configExpressions(mod: JsonObject, prefix: string): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const walk = (m: JsonValue, pre: string): void => {
    if (!isObject(m)) return;
    if (Array.isArray(m.resources)) {
      for (const r of m.resources) {
        if (!isObject(r) || typeof r.address !== 'string') continue;
        const exprs: JsonObject = isObject(r.expressions) ? { ...r.expressions } : {};
        if (typeof r.provider_config_key === 'string') exprs.__provider_config_key = r.provider_config_key;
        out.set(pre === '' ? r.address : `${pre}.${r.address}`, exprs);
      }
    }
    if (isObject(m.module_calls)) {
      for (const [name, call] of Object.entries(m.module_calls)) {
        if (isObject(call)) walk(call.module ?? null, pre === '' ? `module.${name}` : `${pre}.module.${name}`);
      }
    }
  };
  walk(mod, prefix);
  return out;
}

/**
 * The planned values with every `after_unknown: true` path replaced by the
 * unknown sentinel. A top-level attribute's sentinel carries the references
 * of its configuration expression, made absolute for resources in modules.
 */
function withUnknowns(values: JsonValue, unknown: JsonValue | undefined, at: string, exprs: JsonObject | undefined, module: string): JsonValue {
  if (unknown === true) {
    const sentinel: JsonObject = { __unknown__: `${at} (known after apply)` };
    const refs = referencesOf(exprs, module);
    if (refs.length > 0) sentinel.refs = refs;
    return sentinel;
  }
  if (Array.isArray(unknown)) {
    const base = Array.isArray(values) ? [...values] : [];
    unknown.forEach((u, i) => {
      if (u === false || u === null) return;
      base[i] = withUnknowns(base[i] ?? null, u, `${at}[${i}]`, undefined, module);
    });
    return base;
  }
  if (isObject(unknown)) {
    const base: JsonObject = isObject(values) ? { ...values } : {};
    for (const [key, u] of Object.entries(unknown)) {
      if (u === false || u === null) continue;
      const expr = exprs !== undefined && isObject(exprs[key]) ? (exprs[key] as JsonObject) : undefined;
      base[key] = withUnknowns(base[key] ?? null, u, `${at}.${key}`, expr, module);
    }
    return base;
  }
  return values;
}

/** The references of an expression object ({ references: [...] }), sorted, absolute. */
function referencesOf(expr: JsonObject | undefined, module: string): string[] {
  if (expr === undefined || !Array.isArray(expr.references)) return [];
  const refs = new Set<string>();
  for (const ref of expr.references) {
    if (typeof ref === 'string') refs.add(module === '' ? ref : `${module}.${ref}`);
  }
  return [...refs].sort();
}

/**
 * Configuration expressions as values: constant_value as is, references as
 * the unknown sentinel, nested blocks (arrays of expression objects) recursively.
 */
function expressionValues(exprs: JsonValue | undefined, module: string): JsonObject {
  const out: JsonObject = {};
  if (!isObject(exprs)) return out;
  for (const [key, expr] of Object.entries(exprs)) out[key] = expressionValue(expr, key, module);
  return out;
}

function expressionValue(expr: JsonValue, key: string, module: string): JsonValue {
  if (Array.isArray(expr)) return expr.map((block) => expressionValues(block, module));
  if (!isObject(expr)) return expr;
  if ('constant_value' in expr) return expr.constant_value ?? null;
  if (Array.isArray(expr.references)) {
    const sentinel: JsonObject = { __unknown__: key };
    const refs = referencesOf(expr, module);
    if (refs.length > 0) sentinel.refs = refs;
    return sentinel;
  }
  return expressionValues(expr, module);
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ------------------------------------------------- JSON with positions

/** Where one JSON value is: offsets of the value (and of its key, for an object member). */
export interface PosNode {
  start: number;
  end: number;
  keyStart?: number;
  members?: Map<string, PosNode>;
  items?: PosNode[];
}

export interface Parsed {
  value: JsonValue;
  root: PosNode;
  lines: LineIndex;
}

function child(node: PosNode | undefined, key: string | number): PosNode | undefined {
  if (node === undefined) return undefined;
  return typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
}

/** Offsets → 1-based lines and columns (columns in UTF-16 code units, like the rest of Evident). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  range(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Nesting deeper than this is refused (a plan nests a few levels per module). */
const MAX_JSON_DEPTH = 512;

/**
 * A strict JSON parser (RFC 8259, like JSON.parse: duplicate keys, last wins)
 * that also records where every value is. JSON.parse's errors carry no
 * reliable position in Node 20; this one throws a ParseError with line and
 * column.
 */
export function parseJsonWithPositions(text: string): Parsed {
  const lines = new LineIndex(text);
  let i = 0;
  const fail = (message: string, at: number = i): never => {
    const { line, column } = lines.position(Math.min(at, text.length));
    throw new ParseError(`Invalid JSON: ${message} at line ${line} column ${column}`, line, column);
  };
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  const describe = (): string => (i >= text.length ? 'unexpected end of input' : `unexpected character ${JSON.stringify(text[i])}`);

  const string = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalid escape in string');
        }
        chunk = i;
        continue;
      }
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

  const value = (depth: number): [JsonValue, PosNode] => {
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH}`);
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: JsonObject = {};
      const members = new Map<string, PosNode>();
      ws();
      if (text[i] === '}') {
        i++;
        return [obj, { start, end: i, members }];
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name, ${describe()}`);
        const keyStart = i;
        const key = string();
        ws();
        if (text[i] !== ':') fail(`expected ':', ${describe()}`);
        i++;
        const [v, node] = value(depth + 1);
        node.keyStart = keyStart;
        obj[key] = v;
        members.set(key, node);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return [obj, { start, end: i, members }];
        }
        fail(`expected ',' or '}', ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      const items: PosNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return [arr, { start, end: i, items }];
      }
      for (;;) {
        const [v, node] = value(depth + 1);
        arr.push(v);
        items.push(node);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return [arr, { start, end: i, items }];
        }
        fail(`expected ',' or ']', ${describe()}`);
      }
    }
    if (c === '"') {
      const s = string();
      return [s, { start, end: i }];
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return [v, { start, end: i }];
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m !== null && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return [Number(m[0]), { start, end: i }];
    }
    return fail(describe());
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const [v, root] = value(0);
  ws();
  if (i < text.length) fail(`unexpected content after the JSON value: ${JSON.stringify(text[i])}`);
  return { value: v, root, lines };
}
