/**
 * Kustomize's patches, applied to parsed objects as kustomize applies them:
 * JSON 6902 op lists (RFC 6902), strategic-merge patches, and the targets that
 * choose the objects a patch changes. Which patches are applied to which files
 * is decided in kustomize.ts; {@link buildPatchSet} applies one
 * Kustomization's patches to the objects of the files it lists.
 *
 * A patched object is a copy: the parsed base is never changed. Every mapping
 * and sequence of the copy that comes from the base remembers where it was
 * there ({@link Origins}), so that a finding on a patched object is located in
 * the base file (see {@link originalPath}); what a patch added has no place
 * in any manifest and is located at its nearest ancestor that has one.
 */
import type { KustomizePatch, KustomizePatchSet } from './kustomize.js';
import type { SkippedFile, ValuePath } from './types.js';
import { isMapping } from './yaml.js';

/** Where each mapping and sequence of a patched object was in its base object (path from the object's root). */
export type Origins = WeakMap<object, ValuePath>;

/** An object a Kustomization's patches changed: its value (null when a patch deleted it) and where its parts were in the base. */
export interface PatchedObject {
  value: Record<string, unknown> | null;
  origins: Origins;
}

/** What applying one Kustomization's patches produced. */
export interface KustomizeBuild {
  /** The objects its patches changed, by file and then by the object's key in the file (see {@link ManifestReader.objects}). */
  patched: ReadonlyMap<string, ReadonlyMap<string, PatchedObject>>;
  /** The patches, or the objects of a patch, that were not applied, with why (as skipped entries of the patch file, or of the Kustomization for an inline patch). */
  failures: readonly SkippedFile[];
  /** For each patch source (patch file, or the Kustomization for inline patches): the files whose objects it changed, in path order. */
  applied: ReadonlyMap<string, readonly string[]>;
  /**
   * The patches that changed an object or failed: the others selected nothing
   * among the files, and may be meant for what the Kustomization's other
   * resources build (a variant of a base it includes).
   */
  used: ReadonlySet<KustomizePatch>;
}

/** How the Kubernetes loader reads manifests and patches (kept there: the YAML schema, `List` kinds, cluster-scoped kinds). */
export interface ManifestReader {
  /** The objects of a manifest file, each with a key naming where it is in the file; undefined when the file cannot be read as manifests. */
  objects(path: string, text: string): Array<{ key: string; value: Record<string, unknown> }> | undefined;
  /** The documents of a patch (empty documents dropped); throws when the text does not parse. */
  documents(text: string, source: string): unknown[];
  /** Whether objects of `kind` have no namespace. */
  clusterScoped(kind: string): boolean;
}

// ---------------------------------------------------------------------------
// Values

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** `object[key]` if it is the object's own key (never a prototype's). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Sets an own key, `__proto__` included. */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** A deep copy of a base value, recording where each of its mappings and sequences is. */
export function cloneBase(value: unknown, origins: Origins, path: ValuePath = []): unknown {
  if (Array.isArray(value)) {
    const out = value.map((item, i) => cloneBase(item, origins, [...path, i]));
    origins.set(out, path);
    return out;
  }
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, cloneBase(value[key], origins, [...path, key]));
    origins.set(out, path);
    return out;
  }
  return value;
}

/** A deep copy that keeps the origins of the nodes it copies (a value a patch brings has none). */
function clone<T>(value: T, origins?: Origins): T {
  if (!isContainer(value)) return value;
  let out: Record<string, unknown> | unknown[];
  if (Array.isArray(value)) {
    out = value.map((item) => clone(item, origins));
  } else {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(copy, key, clone((value as Record<string, unknown>)[key], origins));
    out = copy;
  }
  const origin = origins?.get(value);
  if (origin !== undefined) origins!.set(out, origin);
  return out as T;
}

/** Equality of JSON values (key order does not matter). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isMapping(a)) {
    if (!isMapping(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/**
 * The path in the base object of the node at `path` in a patched object, as
 * deep as the node and its ancestors come from the base: the walk stops at
 * the first mapping or sequence a patch added, and at a scalar the patch set
 * to another value. `[]` (the object) when the root itself was replaced.
 */
export function originalPath(patched: unknown, origins: Origins, base: unknown, path: ValuePath): ValuePath {
  let node = patched;
  let result = origins.get(patched as object);
  if (result === undefined) return [];
  for (const segment of path) {
    const child = childOf(node, segment);
    if (child === undefined) break;
    if (isContainer(child)) {
      const origin = origins.get(child);
      if (origin === undefined) break;
      result = origin;
      node = child;
      continue;
    }
    // A scalar: the base's own when the base holds the same value in the same place.
    const baseParent = valueAt(base, result);
    if (childOf(baseParent, segment) === child) result = [...result, segment];
    break;
  }
  return result;
}

function childOf(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) return typeof segment === 'number' ? node[segment] : undefined;
  if (isMapping(node)) return typeof segment === 'string' ? own(node, segment) : undefined;
  return undefined;
}

function valueAt(value: unknown, path: ValuePath): unknown {
  let current = value;
  for (const segment of path) {
    current = childOf(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}

// ---------------------------------------------------------------------------
// JSON 6902

const JSON_PATCH_OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  /** move and copy */
  from?: string;
  /** add, replace and test (null when absent) */
  value?: unknown;
}

/** Reads a JSON 6902 op list; a string says why it is not one. */
export function parseJsonPatch(value: unknown): JsonPatchOp[] | string {
  if (!Array.isArray(value)) return 'not a list of operations';
  if (value.length === 0) return 'no operations';
  const ops: JsonPatchOp[] = [];
  for (const [i, item] of value.entries()) {
    if (!isMapping(item)) return `op ${i + 1} is not a mapping`;
    const op = own(item, 'op');
    const path = own(item, 'path');
    if (typeof op !== 'string' || !JSON_PATCH_OPS.has(op)) return `op ${i + 1}: unknown operation ${JSON.stringify(op ?? null)}`;
    if (typeof path !== 'string') return `op ${i + 1} "${op}": no path`;
    const entry: JsonPatchOp = { op: op as JsonPatchOp['op'], path };
    if (op === 'move' || op === 'copy') {
      const from = own(item, 'from');
      if (typeof from !== 'string') return `op ${i + 1} "${op}" ${path}: no from`;
      entry.from = from;
    }
    if (op === 'add' || op === 'replace' || op === 'test') entry.value = own(item, 'value') ?? null;
    ops.push(entry);
  }
  return ops;
}

/** The tokens of a JSON pointer (`/a/b~1c` → `a`, `b/c`); undefined when it is not one. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** An array index token: digits without a leading zero. */
function arrayIndex(token: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : undefined;
}

/** The container holding the last token of `tokens`, or why there is none. */
function parentOf(root: unknown, tokens: readonly string[]): Outcome<Record<string, unknown> | unknown[]> {
  let node = root;
  for (const token of tokens.slice(0, -1)) {
    let child: unknown;
    if (Array.isArray(node)) {
      const i = arrayIndex(token);
      child = i === undefined ? undefined : node[i];
    } else if (isMapping(node)) {
      child = own(node, token);
    }
    if (!isContainer(child)) return { ok: false, reason: 'path not found' };
    node = child;
  }
  return isContainer(node) ? { ok: true, value: node } : { ok: false, reason: 'path not found' };
}

/** The value at a JSON pointer's tokens (own keys only, RFC 6901 array indexes), or why there is none. */
export function getAt(root: unknown, tokens: readonly string[]): Outcome<unknown> {
  if (tokens.length === 0) return { ok: true, value: root };
  const parent = parentOf(root, tokens);
  if (!parent.ok) return parent;
  const token = tokens[tokens.length - 1]!;
  if (Array.isArray(parent.value)) {
    const i = arrayIndex(token);
    return i !== undefined && i < parent.value.length ? { ok: true, value: parent.value[i] } : { ok: false, reason: 'path not found' };
  }
  return Object.hasOwn(parent.value, token) ? { ok: true, value: parent.value[token] } : { ok: false, reason: 'path not found' };
}

/** Adds (or for `replace`, replaces) the value at `tokens`; the root when `tokens` is empty. */
function putAt(root: unknown, tokens: readonly string[], value: unknown, replace: boolean): Outcome<unknown> {
  if (tokens.length === 0) return { ok: true, value };
  const parent = parentOf(root, tokens);
  if (!parent.ok) return parent;
  const token = tokens[tokens.length - 1]!;
  const container = parent.value;
  if (Array.isArray(container)) {
    if (!replace && token === '-') {
      container.push(value);
      return { ok: true, value: root };
    }
    const i = arrayIndex(token);
    if (i === undefined) return { ok: false, reason: 'not an array index' };
    if (replace ? i >= container.length : i > container.length) return { ok: false, reason: replace ? 'path not found' : 'index out of range' };
    if (replace) container[i] = value;
    else container.splice(i, 0, value);
    return { ok: true, value: root };
  }
  if (replace && !Object.hasOwn(container, token)) return { ok: false, reason: 'path not found' };
  setOwn(container, token, value);
  return { ok: true, value: root };
}

function removeAt(root: unknown, tokens: readonly string[]): Outcome<unknown> {
  if (tokens.length === 0) return { ok: false, reason: 'cannot remove the whole object' };
  const parent = parentOf(root, tokens);
  if (!parent.ok) return parent;
  const token = tokens[tokens.length - 1]!;
  const container = parent.value;
  if (Array.isArray(container)) {
    const i = arrayIndex(token);
    if (i === undefined || i >= container.length) return { ok: false, reason: 'path not found' };
    container.splice(i, 1);
    return { ok: true, value: root };
  }
  if (!Object.hasOwn(container, token)) return { ok: false, reason: 'path not found' };
  delete container[token];
  return { ok: true, value: root };
}

/**
 * Applies a JSON 6902 op list to `root` in place (pass a copy: on failure
 * the copy is half-patched and must be dropped). Returns the patched root (a
 * new one when an op replaces the whole document), or why op N failed.
 */
export function applyJsonPatch(root: unknown, ops: readonly JsonPatchOp[], origins: Origins): Outcome<unknown> {
  let doc = root;
  for (const [i, op] of ops.entries()) {
    const fail = (reason: string): Outcome<unknown> => ({ ok: false, reason: `op ${i + 1} "${op.op}" ${op.path}: ${reason}` });
    const tokens = parsePointer(op.path);
    if (tokens === undefined) return fail('not a JSON pointer');
    let result: Outcome<unknown>;
    switch (op.op) {
      case 'add':
        result = putAt(doc, tokens, clone(op.value), false);
        break;
      case 'replace':
        result = putAt(doc, tokens, clone(op.value), true);
        break;
      case 'remove':
        result = removeAt(doc, tokens);
        break;
      case 'test': {
        const current = getAt(doc, tokens);
        result = !current.ok ? current : jsonEqual(current.value, op.value) ? { ok: true, value: doc } : { ok: false, reason: 'value differs' };
        break;
      }
      case 'move':
      case 'copy': {
        const fromTokens = parsePointer(op.from!);
        if (fromTokens === undefined) return fail(`from ${op.from}: not a JSON pointer`);
        const source = getAt(doc, fromTokens);
        if (!source.ok) return fail(`from ${op.from}: path not found`);
        if (op.op === 'move') {
          if (tokens.length > fromTokens.length && fromTokens.every((t, k) => tokens[k] === t)) return fail(`cannot move ${op.from} into itself`);
          const removed = removeAt(doc, fromTokens);
          if (!removed.ok) return fail(removed.reason);
          result = putAt(doc, tokens, source.value, false);
        } else {
          result = putAt(doc, tokens, clone(source.value, origins), false);
        }
        break;
      }
    }
    if (!result.ok) return fail(result.reason);
    doc = result.value;
  }
  return { ok: true, value: doc };
}

// ---------------------------------------------------------------------------
// Strategic merge

/**
 * The merge key of the well-known Kubernetes lists that strategic merge
 * merges item by item; every other list is replaced by the patch's.
 * `ports` are container ports (`containerPort`), or a Service's (`port`).
 */
const MERGE_KEYS: Readonly<Record<string, readonly string[]>> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  volumes: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  env: ['name'],
  imagePullSecrets: ['name'],
  ports: ['containerPort', 'port'],
};

const DELETE = Symbol('delete');

/** Keys of strategic-merge directives (`$patch`, `$setElementOrder/…`, `$retainKeys`, …): read, never merged. */
function isDirective(key: string): boolean {
  return key.startsWith('$');
}

/** A patch value as it lands in the object: directives dropped, list items marked for deletion left out. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !(isMapping(item) && own(item, '$patch') !== undefined)).map(plain);
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (!isDirective(key)) setOwn(out, key, plain(value[key]));
    return out;
  }
  return value;
}

class MergeError extends Error {}

/** Merges `patch` into `base` in place; DELETE when the patch deletes it, a new value when it replaces it. */
function mergeMap(base: Record<string, unknown>, patch: Record<string, unknown>, where: string): Record<string, unknown> | typeof DELETE {
  const directive = own(patch, '$patch');
  if (directive === 'delete') return DELETE;
  if (directive === 'replace') return plain(patch) as Record<string, unknown>;
  if (directive !== undefined && directive !== 'merge') throw new MergeError(`${where}: unknown $patch ${JSON.stringify(directive)}`);
  for (const key of Object.keys(patch)) {
    if (isDirective(key)) continue;
    const value = patch[key];
    const current = own(base, key);
    const at = where === '' ? key : `${where}.${key}`;
    if (value === null) {
      delete base[key];
    } else if (isMapping(value) && isMapping(current)) {
      const merged = mergeMap(current, value, at);
      if (merged === DELETE) delete base[key];
      else if (merged !== current) setOwn(base, key, merged);
    } else if (isMapping(value)) {
      if (own(value, '$patch') === 'delete') delete base[key];
      else setOwn(base, key, plain(value));
    } else if (Array.isArray(value) && Array.isArray(current)) {
      const merged = mergeList(key, current, value, at);
      if (merged !== current) setOwn(base, key, merged);
    } else {
      setOwn(base, key, plain(value));
    }
  }
  return base;
}

/**
 * Merges a list: by merge key for the well-known lists whose items all have
 * it (the patch's items first, in its order, then the base's other items, as
 * kustomize orders them); replaced otherwise, and when the patch holds
 * `- $patch: replace`.
 */
function mergeList(name: string, base: unknown[], patch: unknown[], where: string): unknown[] {
  if (patch.some((item) => isMapping(item) && own(item, '$patch') === 'replace')) return plain(patch) as unknown[];
  const items = patch.filter((item) => !(isMapping(item) && Object.keys(item).length === 1 && own(item, '$patch') !== undefined));
  const key = MERGE_KEYS[name]?.find((k) => [...base, ...items].every((item) => isMapping(item) && isKeyValue(own(item, k))));
  if (key === undefined) return plain(patch) as unknown[];
  const remaining = [...base] as Array<Record<string, unknown>>;
  const result: unknown[] = [];
  for (const item of items as Array<Record<string, unknown>>) {
    const id = own(item, key);
    const at = remaining.findIndex((b) => own(b, key) === id);
    const match = at === -1 ? undefined : remaining.splice(at, 1)[0]!;
    if (own(item, '$patch') === 'delete') continue;
    if (match === undefined) {
      result.push(plain(item));
      continue;
    }
    const merged = mergeMap(match, item, `${where}[${key}=${String(id)}]`);
    if (merged !== DELETE) result.push(merged);
  }
  result.push(...remaining);
  // In place: the list keeps its identity, so its origin.
  base.length = 0;
  base.push(...result);
  return base;
}

function isKeyValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

/**
 * Applies a strategic-merge patch to `root` in place (pass a copy). The
 * object keeps its apiVersion, kind, name and namespace, as kustomize keeps
 * them (unless `options` allow a name or kind change). Returns the object,
 * null when the patch deletes it (`$patch: delete` at its top), or why it
 * could not be applied.
 */
export function applyStrategicMerge(
  root: Record<string, unknown>,
  patch: Record<string, unknown>,
  options: { allowNameChange?: boolean; allowKindChange?: boolean } = {},
): Outcome<Record<string, unknown> | null> {
  const metadata = isMapping(own(root, 'metadata')) ? (own(root, 'metadata') as Record<string, unknown>) : undefined;
  const kept = {
    apiVersion: own(root, 'apiVersion'),
    kind: own(root, 'kind'),
    name: metadata === undefined ? undefined : own(metadata, 'name'),
    namespace: metadata === undefined ? undefined : own(metadata, 'namespace'),
  };
  let merged: Record<string, unknown> | typeof DELETE;
  try {
    merged = mergeMap(root, patch, '');
  } catch (error) {
    if (error instanceof MergeError) return { ok: false, reason: error.message };
    throw error;
  }
  if (merged === DELETE) return { ok: true, value: null };
  const restore = (object: Record<string, unknown>, key: string, value: unknown): void => {
    if (value === undefined) delete object[key];
    else setOwn(object, key, value);
  };
  restore(merged, 'apiVersion', kept.apiVersion);
  if (options.allowKindChange !== true) restore(merged, 'kind', kept.kind);
  const meta = own(merged, 'metadata');
  if (isMapping(meta)) {
    if (options.allowNameChange !== true) restore(meta, 'name', kept.name);
    restore(meta, 'namespace', kept.namespace);
  }
  return { ok: true, value: merged };
}

// ---------------------------------------------------------------------------
// Targets

/** What a target is matched against: an object's current identity and the one it had before any patch. */
export interface TargetView {
  group: string;
  version: string;
  kind: string;
  /** The name before the patches, then the current one. */
  names: readonly string[];
  /** Effective namespaces ("default" when absent; a marker for cluster-scoped kinds) before the patches, then the current one. */
  namespaces: readonly string[];
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
}

/** The namespace kustomize gives cluster-scoped objects when comparing: matches no namespace a target names. */
const NOT_A_NAMESPACE = '_non_namespaceable_';

/** A compiled `target`: a test, and how to describe it. */
export interface Target {
  matches(view: TargetView): boolean;
  description: string;
}

const TARGET_FIELDS = ['group', 'version', 'kind', 'name', 'namespace'] as const;

/**
 * Compiles a patch's `target`: group, version, kind, name and namespace are
 * regular expressions matched against the whole value (kustomize anchors
 * them), empty or absent matching anything; name and namespace match the
 * object's current or original value. `labelSelector` and
 * `annotationSelector` support equality terms (`k=v`, `k==v`, `k!=v`, `k`,
 * `!k`, comma-separated); set-based terms (`in`, `notin`) are not supported.
 * Returns why when the target cannot be used.
 */
export function compileTarget(raw: unknown): Target | string {
  if (!isMapping(raw)) return 'target is not a mapping';
  const tests: Array<(view: TargetView) => boolean> = [];
  const described: string[] = [];
  for (const field of TARGET_FIELDS) {
    const value = own(raw, field);
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return `target ${field} is not a string`;
    let pattern: RegExp;
    try {
      pattern = new RegExp(`^(?:${value})$`, 'u');
    } catch {
      return `target ${field} ${JSON.stringify(value)} is not a regular expression this scanner reads`;
    }
    described.push(`${field} ${value}`);
    if (field === 'name') tests.push((view) => view.names.some((n) => pattern.test(n)));
    else if (field === 'namespace') tests.push((view) => view.namespaces.some((n) => pattern.test(n)));
    else tests.push((view) => pattern.test(view[field]));
  }
  for (const [field, of] of [
    ['labelSelector', 'labels'],
    ['annotationSelector', 'annotations'],
  ] as const) {
    const value = own(raw, field);
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return `target ${field} is not a string`;
    const selector = parseSelector(value);
    if (selector === undefined) return `target ${field} ${JSON.stringify(value)} is not supported (only k=v, k!=v, k and !k terms)`;
    described.push(`${field} ${value}`);
    tests.push((view) => selector(view[of]));
  }
  return {
    matches: (view) => tests.every((test) => test(view)),
    description: described.length === 0 ? 'any object' : described.join(', '),
  };
}

/** An equality-based label selector, or undefined when it has other terms. */
function parseSelector(text: string): ((labels: Readonly<Record<string, string>>) => boolean) | undefined {
  const terms: Array<(labels: Readonly<Record<string, string>>) => boolean> = [];
  for (const raw of text.split(',')) {
    const term = raw.trim();
    if (term === '') return undefined;
    const equality = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(term);
    if (equality !== null) {
      const [, key, op, value] = equality as unknown as [string, string, string, string];
      terms.push(op === '!=' ? (labels) => !Object.hasOwn(labels, key) || labels[key] !== value : (labels) => Object.hasOwn(labels, key) && labels[key] === value);
      continue;
    }
    const exists = /^(!?)([A-Za-z0-9._/-]+)$/.exec(term);
    if (exists === null) return undefined;
    const [, not, key] = exists as unknown as [string, string, string];
    terms.push(not === '!' ? (labels) => !Object.hasOwn(labels, key) : (labels) => Object.hasOwn(labels, key));
  }
  return (labels) => terms.every((term) => term(labels));
}

// ---------------------------------------------------------------------------
// One Kustomization's patches

interface Tracked {
  file: string;
  key: string;
  /** The parsed object (never changed) until a patch changes it; then the patched copy, or null when a patch deleted it. */
  value: Record<string, unknown> | null;
  origins: Origins;
  changed: boolean;
  /** Name and effective namespace before any patch. */
  originalName: string;
  originalNamespace: string;
}

const builds = new WeakMap<KustomizePatchSet, KustomizeBuild>();

/**
 * Applies a Kustomization's patches, in kustomize's order
 * (`patchesStrategicMerge`, `patches`, `patchesJson6902`), to the objects of
 * the files it lists; computed once per patch set. A patch is applied to
 * each object its target selects (a strategic-merge patch without target: to
 * the one object of its kind, name and namespace); a patch or op that fails
 * leaves that object as it was and is reported. A patch that selects nothing
 * is reported only when the files are all the Kustomization builds
 * ({@link KustomizePatchSet.complete}); otherwise it may be meant for what
 * its other resources build.
 */
export function buildPatchSet(set: KustomizePatchSet, reader: ManifestReader): KustomizeBuild {
  const done = builds.get(set);
  if (done !== undefined) return done;

  let complete = set.complete;
  const objects: Tracked[] = [];
  for (const file of set.files) {
    const text = set.texts.get(file);
    const found = text === undefined ? undefined : reader.objects(file, text);
    if (found === undefined) {
      complete = false;
      continue;
    }
    for (const { key, value } of found) {
      const view = viewOf(value, reader);
      objects.push({
        file,
        key,
        value,
        origins: new WeakMap(),
        changed: false,
        originalName: view.names[0]!,
        originalNamespace: view.namespaces[0]!,
      });
    }
  }

  const failures: SkippedFile[] = [];
  const seen = new Set<string>();
  const used = new Set<KustomizePatch>();
  const fail = (patch: KustomizePatch, reason: string): void => {
    used.add(patch);
    const entry = { file: patch.source, reason: `Kustomize patch (${set.kustomization}): ${reason}; not applied` };
    const id = `${entry.file}\n${entry.reason}`;
    if (seen.has(id)) return;
    seen.add(id);
    failures.push(entry);
  };
  const applied = new Map<string, Set<string>>();
  const live = (): Tracked[] => objects.filter((o) => o.value !== null);
  // Patches change a copy (a failed one is dropped); an object is first copied from the base, recording where its nodes are there.
  const copyOf = (o: Tracked): Record<string, unknown> => (o.changed ? clone(o.value!, o.origins) : (cloneBase(o.value, o.origins) as Record<string, unknown>));
  const describe = (o: Tracked): string => `${String(own(o.value!, 'kind'))} ${viewOf(o.value!, reader).names[0]}`;
  const record = (patch: KustomizePatch, o: Tracked, value: Record<string, unknown> | null): void => {
    used.add(patch);
    o.value = value;
    o.changed = true;
    const files = applied.get(patch.source) ?? new Set<string>();
    files.add(o.file);
    applied.set(patch.source, files);
  };
  const select = (patch: KustomizePatch, target: Target): Tracked[] =>
    live().filter((o) => {
      const view = viewOf(o.value!, reader, o, patch.field === 'patchesJson6902' ? set.namespace : undefined);
      return target.matches(view);
    });

  for (const patch of set.patches) {
    if (patch.text === undefined) {
      if (complete) fail(patch, 'not among the files read');
      continue;
    }
    let documents: unknown[];
    try {
      documents = reader.documents(patch.text, patch.source);
    } catch (error) {
      fail(patch, `does not parse (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      continue;
    }
    let target: Target | undefined;
    if (patch.target !== undefined) {
      const compiled = compileTarget(patch.target);
      if (typeof compiled === 'string') {
        fail(patch, compiled);
        continue;
      }
      target = compiled;
    }

    if (documents.length === 1 && Array.isArray(documents[0])) {
      // JSON 6902
      if (patch.field === 'patchesStrategicMerge') {
        fail(patch, 'a JSON 6902 op list in patchesStrategicMerge');
        continue;
      }
      const ops = parseJsonPatch(documents[0]);
      if (typeof ops === 'string') {
        fail(patch, `not a JSON 6902 patch: ${ops}`);
        continue;
      }
      if (target === undefined) {
        fail(patch, 'a JSON 6902 patch without target');
        continue;
      }
      const selected = select(patch, target);
      if (selected.length === 0 && complete) fail(patch, `no object matches the target (${target.description})`);
      for (const o of selected) {
        const result = applyJsonPatch(copyOf(o), ops, o.origins);
        if (!result.ok) fail(patch, `${describe(o)}: ${result.reason}`);
        else if (!isMapping(result.value)) fail(patch, `${describe(o)}: the patched object is not a mapping`);
        else record(patch, o, result.value);
      }
      continue;
    }

    if (documents.length === 0 || !documents.every(isMapping)) {
      fail(patch, 'neither a JSON 6902 op list nor a strategic-merge patch');
      continue;
    }
    if (patch.field === 'patchesJson6902') {
      fail(patch, 'not a JSON 6902 op list');
      continue;
    }
    const smps = documents as Array<Record<string, unknown>>;
    const mergeInto = (o: Tracked, smp: Record<string, unknown>): void => {
      const result = applyStrategicMerge(copyOf(o), smp, patch.options);
      if (!result.ok) fail(patch, `${describe(o)}: ${result.reason}`);
      else record(patch, o, result.value);
    };
    if (target !== undefined) {
      if (smps.length > 1) {
        fail(patch, 'several strategic-merge patches in one entry with a target');
        continue;
      }
      const selected = select(patch, target);
      if (selected.length === 0 && complete) fail(patch, `no object matches the target (${target.description})`);
      for (const o of selected) mergeInto(o, smps[0]!);
      continue;
    }
    for (const smp of smps) {
      const id = viewOf(smp, reader);
      const selected = live().filter((o) => {
        const view = viewOf(o.value!, reader, o);
        return (
          view.group === id.group &&
          view.version === id.version &&
          view.kind === id.kind &&
          view.names.includes(id.names[0]!) &&
          view.namespaces.includes(id.namespaces[0]!)
        );
      });
      const what = `${id.kind} ${id.names[0]}${id.namespaces[0] === NOT_A_NAMESPACE ? '' : ` (namespace ${id.namespaces[0]})`}`;
      if (selected.length > 1) fail(patch, `${selected.length} objects match ${what}`);
      else if (selected.length === 0) {
        if (complete) fail(patch, `no object matches ${what}`);
      } else mergeInto(selected[0]!, smp);
    }
  }

  const patched = new Map<string, Map<string, PatchedObject>>();
  for (const o of objects) {
    if (!o.changed) continue;
    const byKey = patched.get(o.file) ?? new Map<string, PatchedObject>();
    byKey.set(o.key, { value: o.value, origins: o.origins });
    patched.set(o.file, byKey);
  }
  const build: KustomizeBuild = {
    patched,
    failures,
    applied: new Map([...applied].map(([source, files]) => [source, [...files].sort()])),
    used,
  };
  builds.set(set, build);
  return build;
}

/** An object's identity as targets see it; with `tracked`, its names and namespaces before the patches too. */
function viewOf(object: Record<string, unknown>, reader: ManifestReader, tracked?: Tracked, extraNamespace?: string): TargetView {
  const apiVersion = own(object, 'apiVersion');
  const kind = own(object, 'kind');
  const metadata = isMapping(own(object, 'metadata')) ? (own(object, 'metadata') as Record<string, unknown>) : {};
  const gv = typeof apiVersion === 'string' ? apiVersion : '';
  const slash = gv.indexOf('/');
  const kindName = typeof kind === 'string' ? kind : '';
  const name = own(metadata, 'name');
  const namespace = own(metadata, 'namespace');
  const clusterScoped = reader.clusterScoped(kindName);
  const effective = clusterScoped ? NOT_A_NAMESPACE : typeof namespace === 'string' && namespace !== '' ? namespace : 'default';
  const names = [typeof name === 'string' ? name : ''];
  const namespaces = [effective];
  if (tracked !== undefined) {
    names.unshift(tracked.originalName);
    namespaces.unshift(tracked.originalNamespace);
  }
  // patchesJson6902 runs after the Kustomization's namespace is set.
  if (extraNamespace !== undefined && extraNamespace !== '' && !clusterScoped) namespaces.push(extraNamespace);
  return {
    group: slash === -1 ? '' : gv.slice(0, slash),
    version: slash === -1 ? gv : gv.slice(slash + 1),
    kind: kindName,
    names,
    namespaces,
    labels: stringMap(own(metadata, 'labels')),
    annotations: stringMap(own(metadata, 'annotations')),
  };
}

/** A labels or annotations mapping, scalars read as strings. */
function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMapping(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') setOwn(out, key, String(v));
  }
  return out;
}
