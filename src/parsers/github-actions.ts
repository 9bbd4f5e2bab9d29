/**
 * GitHub Actions workflows (`.github/workflows/*.yml`) → one normalized
 * document per file: a `workflow` resource (triggers, top-level permissions
 * and env) and one `job` resource per job (permissions, env, reusable
 * workflow `uses`, steps with their parsed `uses` reference, `run` script,
 * `env` and `with`), each item located through its YAML path.
 *
 * YAML: workflows are read as YAML 1.2 (core schema), so the `on:` key is the
 * string "on"; a file written for a YAML 1.1 reader that turned it into
 * `true` is handled too (the key `true`).
 */
import { keyLine } from './compose.js';
import { secretHint, type SecretHint } from './secret-value.js';
import { isMapping, loadYamlDocuments, locatedByYamlPath, yamlPathThroughItems, type YamlStream } from './yaml.js';
import { loadEachFile, ParseError } from './types.js';
import type { LoadResult, NormalizedDocument, NormalizedResource, SourceText } from './types.js';

type YamlPath = Array<string | number>;

/** A parsed `uses:` reference. */
export interface ActionRef {
  /** As written. */
  ref: string;
  /** `./path`: an action of the same repository (pinned with it). */
  local: boolean;
  /** `docker://image[:tag][@digest]`. */
  docker: boolean;
  /** `owner` of `owner/repo[/path]@version` (lower case), or "" for local and docker actions. */
  owner: string;
  /** `owner/repo`, or "". */
  repository: string;
  /** The part after `@` (a tag, branch or commit), or "" when absent. */
  version: string;
  /** Pinned to an immutable version: a full 40-hex commit SHA, or a docker image digest. */
  pinned: boolean;
  /** GitHub's own actions (`actions/*`, `github/*`). */
  official: boolean;
  /** Uses `${{ }}` (a matrix value): cannot be judged. */
  dynamic: boolean;
}

export interface KeyValue {
  key: string;
  /** Scalars as text; other values (mappings, sequences) as null. */
  value: string | null;
  yamlPath: YamlPath;
  secret?: SecretHint;
}

export interface WorkflowStep {
  index: number;
  name: string | null;
  id: string | null;
  uses: ActionRef | null;
  run: string | null;
  /** The `${{ … }}` expressions of `run` (or of `with.script` for actions/github-script), trimmed. */
  expressions: string[];
  /** The context paths those expressions read (`github.event.issue.title`, `steps.x.outputs.y`), in order, without repeats. */
  contexts: string[];
  env: KeyValue[];
  with: KeyValue[];
  if: string | null;
  yamlPath: YamlPath;
}

export interface WorkflowResource extends NormalizedResource {
  kind: 'workflow';
  name: string | null;
  /** Event names of `on:` (string, list or mapping form), sorted. */
  triggers: string[];
  /** `read-all`, `write-all`, a mapping of scopes, `{}` (no permissions), or null when absent. */
  permissions: string | Record<string, string> | null;
  env: KeyValue[];
}

export interface JobResource extends NormalizedResource {
  kind: 'job';
  /** The job id (key under `jobs`). */
  job: string;
  name: string | null;
  permissions: string | Record<string, string> | null;
  /** A reusable workflow called by the job (`owner/repo/.github/workflows/x.yml@ref`), or null. */
  uses: ActionRef | null;
  with: KeyValue[];
  env: KeyValue[];
  steps: WorkflowStep[];
}

export interface GithubActionsDocument extends NormalizedDocument {
  type: 'github_actions';
  resources: Array<WorkflowResource | JobResource>;
}

/** Whether a path is a workflow file: `.github/workflows/<name>.yml|yaml` (at any depth of the scan root). */
export function isWorkflowPath(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Parses a `uses:` value. */
export function parseActionRef(ref: string): ActionRef {
  const dynamic = ref.includes('${{');
  if (ref.startsWith('./') || ref.startsWith('.\\')) {
    return { ref, local: true, docker: false, owner: '', repository: '', version: '', pinned: true, official: false, dynamic };
  }
  if (ref.toLowerCase().startsWith('docker://')) {
    const pinned = /@sha256:[0-9a-f]{64}$/i.test(ref);
    return { ref, local: false, docker: true, owner: '', repository: '', version: '', pinned, official: false, dynamic };
  }
  const at = ref.lastIndexOf('@');
  const path = at === -1 ? ref : ref.slice(0, at);
  const version = at === -1 ? '' : ref.slice(at + 1);
  const segments = path.split('/');
  const owner = (segments[0] ?? '').toLowerCase();
  const repository = segments.length >= 2 ? `${owner}/${(segments[1] ?? '').toLowerCase()}` : owner;
  return {
    ref,
    local: false,
    docker: false,
    owner,
    repository,
    version,
    pinned: /^[0-9a-f]{40}$/i.test(version),
    official: owner === 'actions' || owner === 'github',
    dynamic,
  };
}

function keyValues(value: unknown, base: YamlPath): KeyValue[] {
  if (!isMapping(value)) return [];
  return Object.entries(value).map(([key, raw]) => {
    const entry: KeyValue = { key, value: text(raw), yamlPath: [...base, key] };
    if (entry.value !== null) {
      const secret = secretHint(key, entry.value);
      if (secret !== undefined) entry.secret = secret;
    }
    return entry;
  });
}

function permissionsOf(value: unknown): string | Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (!isMapping(value)) return null;
  const out: Record<string, string> = {};
  for (const [scope, level] of Object.entries(value)) out[scope] = text(level) ?? '';
  return out;
}

/** Dotted context paths inside expressions, also as function arguments or operands (`format('{0}', github.head_ref)`). */
export function contextsIn(expressions: readonly string[]): string[] {
  const out: string[] = [];
  for (const expression of expressions) {
    const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''");
    for (const m of withoutStrings.matchAll(/[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_*-]+|\[[^\]]*\])+/g)) {
      if (!out.includes(m[0])) out.push(m[0]);
    }
  }
  return out;
}

/** `${{ expr }}` expressions of a script, trimmed, in order. */
export function expressionsIn(script: string): string[] {
  return [...script.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

function triggersOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(text).filter((v): v is string => v !== null).sort();
  if (isMapping(on)) return Object.keys(on).sort();
  return [];
}

function stepsOf(value: unknown, base: YamlPath): WorkflowStep[] {
  if (!Array.isArray(value)) return [];
  const steps: WorkflowStep[] = [];
  value.forEach((item, index) => {
    if (!isMapping(item)) return;
    const uses = text(item.uses);
    const run = text(item.run);
    const withs = keyValues(item.with, [...base, index, 'with']);
    const action = uses === null ? null : parseActionRef(uses);
    let script = run ?? '';
    if (action?.repository === 'actions/github-script') script = withs.find((w) => w.key === 'script')?.value ?? '';
    const expressions = expressionsIn(script);
    steps.push({
      index,
      name: text(item.name),
      id: text(item.id),
      uses: action,
      run,
      expressions,
      contexts: contextsIn(expressions),
      env: keyValues(item.env, [...base, index, 'env']),
      with: withs,
      if: text(item.if),
      yamlPath: [...base, index],
    });
  });
  return steps;
}

/** Parses one workflow file. @throws ParseError for invalid YAML or a file that is not a workflow mapping with `jobs`. */
export function parseWorkflow(source: string, file: string): { document: GithubActionsDocument; stream: YamlStream } {
  const stream = loadYamlDocuments(source, file);
  if (stream.documents.length !== 1) throw new ParseError(`a workflow file holds one YAML document, found ${stream.documents.length}`);
  const doc = stream.documents[0]!;
  if (!isMapping(doc.value)) throw new ParseError('a workflow must be a mapping', doc.startLine);
  const root = doc.value;
  const onKey = Object.hasOwn(root, 'on') ? 'on' : Object.hasOwn(root, 'true') ? 'true' : undefined;
  const jobs = root.jobs;
  if (!isMapping(jobs)) throw new ParseError('a workflow needs a "jobs" mapping', stream.positionOf(0, ['jobs'])?.startLine ?? doc.startLine);
  const workflow: WorkflowResource = {
    id: 'workflow',
    kind: 'workflow',
    file,
    startLine: doc.startLine,
    endLine: doc.endLine,
    name: text(root.name),
    triggers: onKey === undefined ? [] : triggersOf(root[onKey]),
    permissions: permissionsOf(root.permissions),
    env: keyValues(root.env, ['env']),
  };
  const resources: Array<WorkflowResource | JobResource> = [workflow];
  const textLines = source.split('\n');
  for (const [id, job] of Object.entries(jobs)) {
    if (!isMapping(job)) throw new ParseError(`job "${id}" must be a mapping`, stream.positionOf(0, ['jobs', id])?.startLine);
    const range = stream.positionOf(0, ['jobs', id]);
    const base: YamlPath = ['jobs', id];
    const uses = text(job.uses);
    resources.push({
      id: `job/${id}`,
      kind: 'job',
      file,
      startLine: range === undefined ? doc.startLine : keyLine(textLines, id, range.startLine),
      endLine: range?.endLine ?? doc.endLine,
      job: id,
      name: text(job.name),
      permissions: permissionsOf(job.permissions),
      uses: uses === null ? null : parseActionRef(uses),
      with: keyValues(job.with, [...base, 'with']),
      env: keyValues(job.env, [...base, 'env']),
      steps: stepsOf(job.steps, [...base, 'steps']),
    });
  }
  return { document: { type: 'github_actions', path: file, files: [file], resources }, stream };
}

/** Loads the workflow files of one directory: one document per file. */
export function loadGithubActions(_dir: string, files: SourceText[]): LoadResult {
  return loadEachFile(files, (file) => {
    const { document, stream } = parseWorkflow(file.text, file.path);
    return locatedByYamlPath(document, stream, (resource, path) => {
      const base: YamlPath = resource.kind === 'job' ? ['jobs', resource.job] : [];
      // The workflow's `on` is written `on` (or `true`); its permissions and env keep their names.
      return yamlPathThroughItems(resource, base, path[0] === 'triggers' ? ['on'] : path);
    });
  });
}
