/**
 * Terraform semantics over the HCL2 syntax tree: one normalized document per
 * module directory (resources, data sources, providers, variables, locals,
 * modules, outputs), with attribute values evaluated statically and a
 * `locate` that maps a path inside a resource back to its source range.
 */
import type { HclAttribute, HclExpression, HclSource } from './hcl/ast.js';
import { HclBlock, HclBody, expressionText } from './hcl/ast.js';
import type { EvalScope } from './hcl/evaluate.js';
import { NO_RESOLUTION, evaluateExpression, expressionRefs } from './hcl/evaluate.js';
import { parseHcl } from './hcl/parser.js';
import { isTerraformPlan, loadTerraformPlan } from './terraform-plan.js';
import { localModuleDir, type ModuleGraph } from './terraform-graph.js';
import { parseTerraformJson } from './terraform-json.js';
import { kubernetesFromTerraform } from './terraform-kubernetes.js';
import { callPathOf, moduleResources, outputAddresses } from './terraform-modules/index.js';
import type { SyntheticResource } from './terraform-modules/model.js';
import type { HclValue } from './hcl/values.js';
import { collectUnknownRefs, isObjectValue, unknownValue, valueSize } from './hcl/values.js';
import type {
  FileError,
  LoadResult,
  NormalizedDocument,
  NormalizedResource,
  ParsedDocument,
  Range,
  SkippedFile,
  SourceText,
  ValuePath,
} from './types.js';
import { compareByPath, fileErrorOf, ParseError } from './types.js';

type JsonObject = { [key: string]: HclValue };

/** A Terraform document: the contract in policies/schemas/terraform.json. */
export interface TerraformDocument extends NormalizedDocument {
  type: 'terraform';
  /** What the document was read from: a module directory of HCL files, or a plan JSON file. */
  format: 'hcl' | 'plan';
  providers: NormalizedResource[];
  variables: NormalizedResource[];
  locals: JsonObject;
  modules: NormalizedResource[];
  outputs: NormalizedResource[];
  /** The effective assignment of each variable set in terraform.tfvars / *.auto.tfvars. */
  tfvars: NormalizedResource[];
  /** The scanned modules that call this one through a local `source` (src/parsers/terraform-graph.ts); absent when none does. */
  callers?: string[];
}

/** One `name = value` of a variables file, with where it is. */
interface VarAssignment {
  value: HclValue;
  file: string;
  /** The attribute (HCL files), for locate(); absent in .tfvars.json files. */
  attr?: HclAttribute;
}

type VarFile = { path: string; values: Map<string, VarAssignment> };

/** Resource arguments that are meta-arguments, not provider configuration. */
const RESOURCE_META_ATTRS: ReadonlySet<string> = new Set(['count', 'for_each', 'provider', 'depends_on']);
const RESOURCE_META_BLOCKS: ReadonlySet<string> = new Set(['lifecycle']);
const MODULE_META_ATTRS: ReadonlySet<string> = new Set(['source', 'depends_on']);
const PROVIDER_META_ATTRS: ReadonlySet<string> = new Set(['alias']);
const NONE: ReadonlySet<string> = new Set();

/** Locals resolving through more locals than this become unknown. */
const MAX_LOCAL_CHAIN = 100;
/**
 * Total size (in valueSize units, about one per JSON value) of the values one
 * module document may hold; once spent, further large values are unknown.
 * Realistic modules use a tiny fraction of it; it bounds what references
 * between locals could otherwise multiply.
 */
const MODULE_VALUE_BUDGET = 2_000_000;

type EntryKind = 'resource' | 'provider' | 'variable' | 'module' | 'output';

type Entry =
  | { kind: EntryKind; block: HclBlock }
  | { kind: 'tfvars'; attr: HclAttribute }
  /** A resource a registry module call creates (src/parsers/terraform-modules): located at the call's arguments. */
  | { kind: 'created'; block: HclBlock; synthetic: SyntheticResource };

interface ParsedFile {
  path: string;
  body: HclBody;
}

/** A top-level block and the file it counts as belonging to. */
interface FileBlock {
  file: string;
  block: HclBlock;
  /** From an override file (`override.tf`, `*_override.tf`). */
  override: boolean;
}

/**
 * Loads one Terraform module directory.
 *
 * @param dir  the module directory relative to the scan root (POSIX, `.` for the root)
 * @param files  the directory's `.tf` files plus `terraform.tfvars` and `*.auto.tfvars`
 *   (`.tfvars.json` variants are read too, and `.tf.json` files: src/parsers/terraform-json.ts),
 *   and Terraform plan JSON files (src/parsers/terraform-plan.ts)
 * @returns one document when at least one `.tf` or `.tf.json` file parsed, one more per plan file, an error per file that did not
 */
export function loadTerraform(dir: string, files: SourceText[], context?: { terraformModules?: ModuleGraph }): LoadResult {
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [];
  const tfFiles: ParsedFile[] = [];
  const varFiles: VarFile[] = [];
  const plans: ParsedDocument[] = [];
  const sorted = [...files].sort(compareByPath);

  for (const file of sorted) {
    const kind = fileKind(file.path);
    if (kind === 'json') {
      // A plan (terraform show -json) is a document of its own, next to the module's.
      if (isTerraformPlan(file.text)) {
        const plan = loadTerraformPlan(file);
        plans.push(...plan.documents);
        errors.push(...plan.errors);
      } else {
        skipped.push({ file: file.path, reason: 'JSON file that is not a Terraform plan' });
      }
      continue;
    }
    if (kind === 'other') {
      skipped.push({ file: file.path, reason: 'Not a Terraform configuration or variables file' });
      continue;
    }
    if (kind === 'manual-vars') {
      skipped.push({ file: file.path, reason: MANUAL_TFVARS_REASON });
      continue;
    }
    try {
      if (kind === 'tf') {
        tfFiles.push({ path: file.path, body: parseHcl(file.text, file.path) });
      } else if (kind === 'tf.json') {
        tfFiles.push({ path: file.path, body: parseTerraformJson(file.text, file.path) });
      } else if (kind === 'tfvars') {
        varFiles.push({ path: file.path, values: tfvarsValues(file.path, parseHcl(file.text, file.path)) });
      } else {
        varFiles.push({ path: file.path, values: tfvarsJsonValues(file.path, file.text) });
      }
    } catch (err) {
      errors.push(fileErrorOf(file.path, err));
    }
  }
  if (tfFiles.length === 0) return { documents: withKubernetes(plans), errors, skipped };
  const module = buildModule(dir, tfFiles, varFiles, errors);
  if (context?.terraformModules !== undefined) relate(module.document as TerraformDocument, context.terraformModules);
  return { documents: withKubernetes([module, ...plans]), errors, skipped };
}

/** Each Terraform document, followed by the Kubernetes document of its kubernetes provider resources when it has any (terraform-kubernetes.ts). */
function withKubernetes(documents: ParsedDocument[]): ParsedDocument[] {
  return documents.flatMap((parsed) => {
    const kubernetes = kubernetesFromTerraform(parsed);
    return kubernetes === undefined ? [parsed] : [parsed, kubernetes];
  });
}

type FileKind = 'tf' | 'tf.json' | 'tfvars' | 'tfvars.json' | 'manual-vars' | 'json' | 'other';

/** Why a variables file other than terraform.tfvars / *.auto.tfvars is not applied. */
const MANUAL_TFVARS_REASON = 'Terraform variable file that Terraform does not load automatically (only terraform.tfvars and *.auto.tfvars are)';

function fileKind(path: string): FileKind {
  if (path.endsWith('.tf')) return 'tf';
  if (path.endsWith('.tf.json')) return 'tf.json';
  const base = path.slice(path.lastIndexOf('/') + 1);
  const json = base.endsWith('.tfvars.json');
  if (!json && !base.endsWith('.tfvars')) return base.endsWith('.json') ? 'json' : 'other';
  const stem = json ? base.slice(0, -'.json'.length) : base;
  if (stem !== 'terraform.tfvars' && !stem.endsWith('.auto.tfvars')) return 'manual-vars';
  return json ? 'tfvars.json' : 'tfvars';
}

function tfvarsValues(file: string, body: HclBody): Map<string, VarAssignment> {
  const values = new Map<string, VarAssignment>();
  for (const attr of body.attributes) values.set(attr.name, { value: evaluateExpression(attr.expr, NO_RESOLUTION), file, attr });
  return values;
}

function tfvarsJsonValues(file: string, text: string): Map<string, VarAssignment> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ParseError(`Invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ParseError('A .tfvars.json file must hold one JSON object');
  }
  return new Map(Object.entries(parsed as JsonObject).map(([name, value]) => [name, { value, file }]));
}

/** `terraform.tfvars` first, then `*.auto.tfvars` in lexical order; later files win. */
function variableValues(varFiles: VarFile[]): Map<string, VarAssignment> {
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  const rank = (p: string): number => (base(p).startsWith('terraform.tfvars') ? 0 : 1);
  const ordered = [...varFiles].sort((a, b) => rank(a.path) - rank(b.path) || (base(a.path) < base(b.path) ? -1 : 1));
  const out = new Map<string, VarAssignment>();
  for (const f of ordered) for (const [k, v] of f.values) out.set(k, v);
  return out;
}

/** Resolves `var.*` and `local.*` for one module; locals are evaluated on demand, once, with cycles guarded. */
class ModuleScope implements EvalScope {
  private readonly vars: Map<string, HclValue>;
  private readonly localExprs: Map<string, HclExpression>;
  private readonly cache = new Map<string, HclValue>();
  private readonly resolving = new Set<string>();
  private readonly refCache = new Map<string, string[]>();
  private readonly outputs: ReadonlyMap<string, ReadonlyMap<string, string>>;

  /** @param outputs per module call name, the outputs known to be a resource attribute (module-models' `outputs`), as addresses */
  constructor(vars: Map<string, HclValue>, localExprs: Map<string, HclExpression>, outputs: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map()) {
    this.vars = vars;
    this.localExprs = localExprs;
    this.outputs = outputs;
  }

  moduleOutputRefs(call: string, output: string): readonly string[] {
    const address = this.outputs.get(call)?.get(output);
    return address === undefined ? [] : [address];
  }

  variable(name: string): HclValue | undefined {
    return this.vars.get(name);
  }

  local(name: string): HclValue | undefined {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const expr = this.localExprs.get(name);
    if (expr === undefined || this.resolving.has(name) || this.resolving.size >= MAX_LOCAL_CHAIN) return undefined;
    this.resolving.add(name);
    const value = evaluateExpression(expr, this);
    this.resolving.delete(name);
    this.cache.set(name, value);
    return value;
  }

  localRefs(name: string): readonly string[] {
    const cached = this.refCache.get(name);
    if (cached !== undefined) return cached;
    if (this.resolving.has(name)) return [];
    const value = this.local(name);
    const refs = new Set<string>();
    if (value !== undefined) collectUnknownRefs(value, refs);
    const list = [...refs].sort();
    this.refCache.set(name, list);
    return list;
  }
}

/** Evaluates an expression that goes into the document (or admits its value, when already computed). */
type Evaluate = (expr: HclExpression, scope: EvalScope, computed?: HclValue) => HclValue;

/** An evaluator that keeps one module's values within {@link MODULE_VALUE_BUDGET}. */
function budgetedEvaluator(): Evaluate {
  let spent = 0;
  return (expr, scope, computed) => {
    const value = computed ?? evaluateExpression(expr, scope);
    const size = valueSize(value);
    if (size > 1 && spent + size > MODULE_VALUE_BUDGET) return unknownValue(expressionText(expr), expressionRefs(expr, scope));
    spent += size;
    return value;
  };
}

function blockLines(path: string, block: HclBlock): { file: string; startLine: number; endLine: number } {
  return { file: path, startLine: block.range.startLine, endLine: block.range.endLine };
}

function attribute(body: HclBody, name: string): HclAttribute | undefined {
  for (const attr of body.attributes) if (attr.name === name) return attr;
  return undefined;
}

/**
 * Sets what the scan's module graph knows about a module folder: the scanned
 * modules that call it (`callers`), and on each local call of a scanned
 * module the resource types that module declares (`declares`).
 */
function relate(document: TerraformDocument, graph: ModuleGraph): void {
  const callers = graph.callersOf(document.path);
  if (callers.length > 0) document.callers = [...callers];
  for (const call of document.modules) {
    const target = call['source_type'] === 'local' && typeof call['source'] === 'string' ? localModuleDir(document.path, call['source']) : undefined;
    const declared = target === undefined || target === document.path ? undefined : graph.declaredIn(target);
    if (declared !== undefined) call['declares'] = [...declared];
  }
}

function buildModule(dir: string, tfFiles: ParsedFile[], varFiles: VarFile[], errors: FileError[]): ParsedDocument {
  const tfvars = variableValues(varFiles);
  const evaluate = budgetedEvaluator();
  const entries = new Map<string, Entry>();
  const register = (id: string, kind: EntryKind, block: HclBlock): void => {
    if (!entries.has(id)) entries.set(id, { kind, block });
  };
  const topLevel = mergeOverrides(tfFiles, errors);

  // Pass 1: declarations needed for evaluation (variables and locals).
  const varValues = new Map<string, HclValue>();
  const variables: NormalizedResource[] = [];
  const localExprs = new Map<string, HclExpression>();
  const localOrder: string[] = [];
  for (const { file, block, override } of topLevel) {
    if (block.type === 'variable' && block.labels.length === 1) {
      const name = block.labels[0]!;
      const variable = buildVariable(file, block, name, tfvars, evaluate);
      variables.push(variable);
      register(variable.id, 'variable', block);
      if (variable.value !== undefined && !varValues.has(name)) varValues.set(name, variable.value as HclValue);
    } else if (block.type === 'locals' && block.labels.length === 0) {
      for (const attr of block.body.attributes) {
        // A local defined twice is an error in Terraform; the first wins here, unless an override file redefines it.
        if (!localExprs.has(attr.name)) localOrder.push(attr.name);
        else if (!override) continue;
        localExprs.set(attr.name, attr.expr);
      }
    }
  }
  const scope = new ModuleScope(varValues, localExprs, modelledOutputs(topLevel));
  const locals: JsonObject = {};
  for (const name of localOrder) locals[name] = evaluate(localExprs.get(name)!, scope, scope.local(name));

  // Pass 2: everything else.
  const resources: NormalizedResource[] = [];
  const providers: NormalizedResource[] = [];
  const modules: NormalizedResource[] = [];
  const outputs: NormalizedResource[] = [];
  for (const { file, block } of topLevel) {
    switch (block.type) {
      case 'resource':
      case 'data': {
        if (block.labels.length !== 2) break;
        const resource = buildResource(file, block, block.type === 'data' ? 'data' : 'managed', scope, evaluate);
        resources.push(resource);
        register(resource.id, 'resource', block);
        break;
      }
      case 'provider': {
        if (block.labels.length !== 1) break;
        const provider = buildProvider(file, block, scope, evaluate);
        providers.push(provider);
        register(provider.id, 'provider', block);
        break;
      }
      case 'module': {
        if (block.labels.length !== 1) break;
        const module = buildModuleCall(file, block, scope, evaluate);
        modules.push(module);
        register(module.id, 'module', block);
        for (const { resource, synthetic } of moduleResources(module)) {
          if (entries.has(resource.id)) continue;
          resources.push(resource);
          entries.set(resource.id, { kind: 'created', block, synthetic });
        }
        break;
      }
      case 'output': {
        if (block.labels.length !== 1) break;
        const output = buildOutput(file, block, scope, evaluate);
        outputs.push(output);
        register(output.id, 'output', block);
        break;
      }
      default:
        break;
    }
  }

  const tfvarsList: NormalizedResource[] = [];
  for (const name of [...tfvars.keys()].sort()) {
    const assignment = tfvars.get(name)!;
    const id = `tfvars.${name}`;
    const lines = assignment.attr === undefined ? { startLine: 1, endLine: 1 } : { startLine: assignment.attr.range.startLine, endLine: assignment.attr.range.endLine };
    tfvarsList.push({ id, name, file: assignment.file, ...lines, value: assignment.value });
    if (assignment.attr !== undefined) entries.set(id, { kind: 'tfvars', attr: assignment.attr });
  }

  const filesList = [...tfFiles.map((f) => f.path), ...varFiles.map((f) => f.path)].sort();
  const document: TerraformDocument = {
    type: 'terraform',
    format: 'hcl',
    path: dir,
    files: filesList,
    resources,
    providers,
    variables,
    locals,
    modules,
    outputs,
    tfvars: tfvarsList,
  };
  return {
    document,
    locate: (resourceId: string, path: ValuePath): Range | undefined => {
      const entry = entries.get(resourceId);
      if (entry === undefined) return undefined;
      if (entry.kind === 'tfvars') return walkValue(entry.attr.expr, path, 1, entry.attr.range);
      if (entry.kind === 'created') return locateIn({ kind: 'module', block: entry.block }, callPathOf(entry.synthetic, path));
      return locateIn(entry, path);
    },
  };
}

function isOverrideFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'override.tf' || base.endsWith('_override.tf') || base === 'override.tf.json' || base.endsWith('_override.tf.json');
}

/**
 * The module's top-level blocks in file order, with Terraform's override
 * files applied: each block of `override.tf` / `*_override.tf` (processed
 * after the other files, in lexical order) is merged into the block with the
 * same type and labels; its arguments replace those of the same name, and
 * its nested blocks replace all nested blocks of the same type. Locals are
 * overridden one by one. An override block without an original is kept as is.
 */
function mergeOverrides(tfFiles: ParsedFile[], errors: FileError[]): FileBlock[] {
  const list: FileBlock[] = [];
  const index = new Map<string, number>();
  const keyOf = (block: HclBlock): string => JSON.stringify([block.type, ...block.labels]);
  const overrides = tfFiles.filter((f) => isOverrideFile(f.path));
  for (const f of tfFiles) {
    if (isOverrideFile(f.path)) continue;
    for (const block of f.body.blocks) {
      const key = keyOf(block);
      const first = block.type === 'locals' ? undefined : index.get(key);
      if (first !== undefined && UNIQUE_BLOCKS.has(block.type)) {
        errors.push(duplicateError(f.path, block, list[first]!));
        continue;
      }
      if (first === undefined && block.type !== 'locals') index.set(key, list.length);
      list.push({ file: f.path, block, override: false });
    }
  }
  for (const f of overrides) {
    for (const block of f.body.blocks) {
      const i = block.type === 'locals' ? undefined : index.get(keyOf(block));
      if (i === undefined) {
        list.push({ file: f.path, block, override: true });
        continue;
      }
      const original = list[i]!;
      list[i] = { file: original.file, block: mergeBlock(original.block, block), override: false };
    }
  }
  return list;
}

/**
 * Blocks whose type and labels name one thing of a module: Terraform rejects a
 * second declaration ("Duplicate resource configuration"). Providers are not
 * among them: `provider "aws"` may repeat with another `alias`.
 */
const UNIQUE_BLOCKS: ReadonlySet<string> = new Set(['resource', 'data', 'module', 'output', 'variable']);

/**
 * The error for a second declaration of a block (found on the azurerm
 * provider's own examples): only the first is checked, and findings are
 * located there, so the scan says that the second was not.
 */
function duplicateError(file: string, block: HclBlock, first: FileBlock): FileError {
  const what = `${block.type} ${block.labels.map((l) => JSON.stringify(l)).join(' ')}`;
  return {
    file,
    line: block.range.startLine,
    reason: `duplicate ${what}, first declared at ${first.file}:${first.block.range.startLine}: Terraform rejects the module; only the first declaration is checked`,
  };
}

function mergeBlock(original: HclBlock, override: HclBlock): HclBlock {
  const replaced = new Map(override.body.attributes.map((a) => [a.name, a]));
  const attributes: HclAttribute[] = original.body.attributes.map((a) => replaced.get(a.name) ?? a);
  for (const a of override.body.attributes) if (attribute(original.body, a.name) === undefined) attributes.push(a);
  const overriddenTypes = new Set(override.body.blocks.map((b) => b.type));
  const blocks = [...original.body.blocks.filter((b) => !overriddenTypes.has(b.type)), ...override.body.blocks];
  const body = new HclBody(original.body.src, original.body.start, original.body.end, attributes, blocks);
  return new HclBlock(original.src, original.start, original.type, original.labels, original.labelOffsets, body);
}

function buildVariable(file: string, block: HclBlock, name: string, tfvars: Map<string, VarAssignment>, evaluate: Evaluate): NormalizedResource {
  const variable: NormalizedResource = { id: `var.${name}`, name, ...blockLines(file, block) };
  const def = attribute(block.body, 'default');
  if (def !== undefined) variable.default = evaluate(def.expr, NO_RESOLUTION);
  const value = tfvars.has(name) ? tfvars.get(name)!.value : variable.default;
  if (value !== undefined) variable.value = value;
  const sensitive = attribute(block.body, 'sensitive');
  if (sensitive !== undefined) {
    const v = evaluateExpression(sensitive.expr, NO_RESOLUTION);
    if (typeof v === 'boolean') variable.sensitive = v;
  }
  return variable;
}

/** The provider a resource uses: `provider = aws.eu` → "aws.eu", otherwise the type's prefix. */
function providerOf(block: HclBlock, type: string): string {
  const attr = attribute(block.body, 'provider');
  if (attr !== undefined) {
    const expr = attr.expr;
    if (expr.kind === 'traversal' && expr.steps.every((s) => s.kind === 'attr')) {
      return [expr.root, ...expr.steps.map((s) => (s.kind === 'attr' ? s.name : ''))].join('.');
    }
    if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
    return expressionText(expr);
  }
  const cut = type.indexOf('_');
  return cut < 0 ? type : type.slice(0, cut);
}

function buildResource(file: string, block: HclBlock, mode: 'managed' | 'data', scope: EvalScope, evaluate: Evaluate): NormalizedResource {
  const type = block.labels[0]!;
  const name = block.labels[1]!;
  const resource: NormalizedResource = {
    id: mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`,
    mode,
    type,
    name,
    provider: providerOf(block, type),
    ...blockLines(file, block),
  };
  const count = attribute(block.body, 'count');
  if (count !== undefined) resource.count = evaluate(count.expr, scope);
  const forEach = attribute(block.body, 'for_each');
  if (forEach !== undefined) resource.for_each = evaluate(forEach.expr, scope);
  const lifecycle = block.body.blocks.filter((b) => b.type === 'lifecycle');
  if (lifecycle.length > 0) resource.lifecycle = lifecycle.map((b) => bodyConfig(b.body, scope, evaluate, NONE, NONE));
  resource.config = bodyConfig(block.body, scope, evaluate, RESOURCE_META_ATTRS, RESOURCE_META_BLOCKS);
  return resource;
}

function buildProvider(file: string, block: HclBlock, scope: EvalScope, evaluate: Evaluate): NormalizedResource {
  const name = block.labels[0]!;
  const aliasAttr = attribute(block.body, 'alias');
  const alias = aliasAttr === undefined ? undefined : evaluate(aliasAttr.expr, scope);
  const hasAlias = typeof alias === 'string';
  const provider: NormalizedResource = { id: hasAlias ? `provider.${name}.${alias}` : `provider.${name}`, name, ...blockLines(file, block) };
  if (hasAlias) provider.alias = alias;
  provider.config = bodyConfig(block.body, scope, evaluate, PROVIDER_META_ATTRS, NONE);
  return provider;
}

/** The known outputs of the calls of modelled registry modules (their `source` must be a literal, as Terraform requires). */
function modelledOutputs(topLevel: readonly FileBlock[]): Map<string, Map<string, string>> {
  const calls: Array<{ name: string; source: string }> = [];
  for (const { block } of topLevel) {
    if (block.type !== 'module' || block.labels.length !== 1) continue;
    const source = attribute(block.body, 'source')?.expr;
    if (source?.kind === 'literal' && typeof source.value === 'string') calls.push({ name: block.labels[0]!, source: source.value });
  }
  return calls.length === 0 ? new Map() : outputAddresses(calls);
}

function buildModuleCall(file: string, block: HclBlock, scope: EvalScope, evaluate: Evaluate): NormalizedResource {
  const name = block.labels[0]!;
  const source = attribute(block.body, 'source');
  const value = source === undefined ? null : evaluate(source.expr, scope);
  return {
    id: `module.${name}`,
    name,
    source: value,
    source_type: moduleSourceType(value),
    ...blockLines(file, block),
    config: bodyConfig(block.body, scope, evaluate, MODULE_META_ATTRS, NONE),
  };
}

/**
 * Where a module call's code comes from, following Terraform's module source
 * rules: `./` or `../` is a local path; `hashicorp/consul/aws` (optionally
 * with a registry host) is a registry module, which takes a `version`
 * constraint; `git::`, `github.com/…`, `bitbucket.org/…`, `git@…` are git;
 * other forced getters or URLs (s3::, gcs::, https://…zip) are "other".
 */
export function moduleSourceType(source: HclValue): 'local' | 'registry' | 'git' | 'other' | 'unknown' {
  if (typeof source !== 'string' || source === '') return 'unknown';
  if (source.startsWith('./') || source.startsWith('../')) return 'local';
  if (/^git::|^git@|^github\.com\/|^bitbucket\.org\//.test(source)) return 'git';
  if (/^[a-z0-9]+::/i.test(source) || /^[a-z]+:\/\//i.test(source) || source.startsWith('/')) return 'other';
  // <namespace>/<name>/<provider>, optionally prefixed by a registry hostname, optionally //subdir.
  const [path = ''] = source.split('//');
  if (/^([a-z0-9.-]+\.[a-z]{2,}(:\d+)?\/)?[\w-]+\/[\w-]+\/[\w-]+$/i.test(path)) return 'registry';
  return 'other';
}

function buildOutput(file: string, block: HclBlock, scope: EvalScope, evaluate: Evaluate): NormalizedResource {
  const name = block.labels[0]!;
  const output: NormalizedResource = { id: `output.${name}`, name, ...blockLines(file, block) };
  const sensitive = attribute(block.body, 'sensitive');
  if (sensitive !== undefined) {
    const v = evaluate(sensitive.expr, scope);
    if (typeof v === 'boolean') output.sensitive = v;
  }
  const value = attribute(block.body, 'value');
  if (value !== undefined) output.value = evaluate(value.expr, scope);
  return output;
}

/**
 * A body as JSON: attributes evaluated, nested blocks as `config[type] = [ {...}, … ]`
 * (labels in `__labels`), `dynamic "x" {…}` as `config.dynamic.x = [ { for_each, content: [ {...} ] } ]`.
 */
function bodyConfig(
  body: HclBody,
  scope: EvalScope,
  evaluate: Evaluate,
  skipAttrs: ReadonlySet<string>,
  skipBlocks: ReadonlySet<string>,
): JsonObject {
  const config: JsonObject = {};
  for (const attr of body.attributes) {
    if (skipAttrs.has(attr.name)) continue;
    config[attr.name] = evaluate(attr.expr, scope);
  }
  for (const block of body.blocks) {
    if (skipBlocks.has(block.type)) continue;
    if (block.type === 'dynamic' && block.labels.length === 1) {
      const existing = config.dynamic;
      const dynamic: JsonObject = existing !== undefined && isObjectValue(existing) ? existing : {};
      config.dynamic = dynamic;
      const label = block.labels[0]!;
      const list = dynamic[label];
      const item = dynamicConfig(block, scope, evaluate);
      if (Array.isArray(list)) list.push(item);
      else dynamic[label] = [item];
      continue;
    }
    const item = bodyConfig(block.body, scope, evaluate, NONE, NONE);
    if (block.labels.length > 0) item.__labels = [...block.labels];
    const list = config[block.type];
    if (Array.isArray(list)) list.push(item);
    else config[block.type] = [item];
  }
  return config;
}

function dynamicConfig(block: HclBlock, scope: EvalScope, evaluate: Evaluate): JsonObject {
  const out = bodyConfig(block.body, scope, evaluate, NONE, NONE);
  const iterator = attribute(block.body, 'iterator');
  if (iterator !== undefined && iterator.expr.kind === 'traversal' && iterator.expr.steps.length === 0) {
    out.iterator = iterator.expr.root;
  }
  return out;
}

// ------------------------------------------------------------------ locate

function locateIn(entry: { kind: EntryKind; block: HclBlock }, path: ValuePath): Range {
  const block = entry.block;
  const head = path[0];
  if (head === undefined) return block.range;
  switch (entry.kind) {
    case 'resource':
      if (head === 'config') return walkBody(block, path, 1, RESOURCE_META_BLOCKS);
      if (head === 'lifecycle') return walkBody(block, path, 0, NONE);
      if (head === 'count' || head === 'for_each' || head === 'provider') return walkAttribute(block, head, path);
      return block.range;
    case 'provider':
    case 'module':
      if (head === 'config') return walkBody(block, path, 1, NONE);
      return walkAttribute(block, String(head), path);
    case 'variable':
      return walkAttribute(block, head === 'value' ? 'default' : String(head), path);
    case 'output':
      return walkAttribute(block, String(head), path);
  }
}

function walkAttribute(block: HclBlock, name: string, path: ValuePath): Range {
  const attr = attribute(block.body, name);
  // An attribute from an override file is elsewhere: the block is the best range in the block's own file.
  return attr === undefined || attr.src !== block.src ? block.range : walkValue(attr.expr, path, 1, attr.range);
}

/** Follows `path[i…]` through attributes and nested blocks of a top-level block's body. */
function walkBody(owner: HclBlock, path: ValuePath, i: number, skipBlocks: ReadonlySet<string>): Range {
  const file: HclSource = owner.src;
  let current = owner.body;
  let range = owner.range;
  let skip = skipBlocks;
  for (;;) {
    const key = path[i];
    if (typeof key !== 'string') return range;
    if (key === 'dynamic') {
      const label = path[i + 1];
      const dynamics = current.blocks.filter((b) => b.type === 'dynamic' && b.labels[0] === label);
      const n = path[i + 2];
      const block = typeof n === 'number' ? dynamics[n] : dynamics[0];
      if (block === undefined || block.src !== file) return range;
      if (typeof n !== 'number') return block.range;
      current = block.body;
      range = block.range;
      i += 3;
      skip = NONE;
      continue;
    }
    const attr = attribute(current, key);
    if (attr !== undefined) return attr.src === file ? walkValue(attr.expr, path, i + 1, attr.range) : range;
    if (skip.has(key)) return range;
    const blocks = current.blocks.filter((b) => b.type === key);
    const n = path[i + 1];
    const block = typeof n === 'number' ? blocks[n] : blocks[0];
    if (block === undefined || block.src !== file) return range;
    if (typeof n !== 'number') return block.range;
    current = block.body;
    range = block.range;
    i += 2;
    skip = NONE;
  }
}

/** Follows `path[i…]` into object and tuple constructors. */
function walkValue(start: HclExpression, path: ValuePath, i: number, fallback: Range): Range {
  let expr = start;
  let range = fallback;
  for (; i < path.length; i++) {
    while (expr.kind === 'parens') expr = expr.inner;
    const key = path[i];
    if (expr.kind === 'object' && typeof key === 'string') {
      let found: (typeof expr.items)[number] | undefined;
      for (const item of expr.items) {
        const k = item.keyName ?? (item.key.kind === 'literal' ? String(item.key.value) : undefined);
        if (k === key) found = item;
      }
      if (found === undefined) return range;
      range = found.range;
      expr = found.value;
    } else if (expr.kind === 'tuple' && typeof key === 'number') {
      const item = expr.items[key];
      if (item === undefined) return range;
      range = item.range;
      expr = item;
    } else {
      return range;
    }
  }
  return range;
}
