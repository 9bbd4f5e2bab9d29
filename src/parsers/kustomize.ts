/**
 * What the Kustomizations of a scan change in the manifests they build, as far
 * as the Kubernetes checks need it. Evident scans Kustomize folders as plain
 * manifests (it does not run kustomize), so some of kustomize's edits must be
 * known to avoid false alarms:
 *
 * - **Patches** (`patches[]` with `path` or inline `patch`, optionally a
 *   `target`; `patchesStrategicMerge[]`; `patchesJson6902[]`) change the
 *   objects of a base. The patches of the Kustomization that lists a manifest
 *   file directly in its `resources` are applied to that file's objects
 *   before the checks run (see kustomize-patch.ts): that is what
 *   `kubectl apply -k <its folder>` deploys. Patches of an overlay that
 *   includes the folder (a `resources` entry that is a folder) make a variant
 *   and are not applied (their fragments, from patch files and inline
 *   patches, are kept for the checks of what a patch sets: literal secrets,
 *   privileged settings, unpinned images; KubernetesDocument.patches). When several
 *   Kustomizations list the same file directly, none of their patches is
 *   applied to it. Patch files are never
 *   read as objects of their own (a patch is a partial object): they are
 *   listed as skipped wherever they are kept, saying to which files they were
 *   applied, or that they were merged into a base by an overlay; a patch that
 *   could not be applied is listed as skipped with why.
 * - **Image overrides** (`images[]` with `newTag` or `digest`) pin the images
 *   of every resource the Kustomization builds, directly or through the
 *   Kustomizations it includes (`resources`, `bases`, `components`). A base
 *   that says `image: app:latest` is deployed as `app:1.4.2` by an overlay
 *   that sets `newTag: 1.4.2`.
 *
 * Remote resources (URLs) are not followed. Files that do not parse are left
 * to the format that reads them, which reports them.
 */
import { FAILSAFE_SCHEMA, loadAll } from 'js-yaml';
import { compareByPath, type SourceText, type ValuePath } from './types.js';
import { isMapping } from './yaml.js';

/** The file names kustomize reads as a Kustomization. */
export const KUSTOMIZATION_FILE_NAMES: ReadonlySet<string> = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** An `images` entry of a Kustomization, as the checks see it (absent fields are ""). */
export interface KustomizeImageOverride {
  /** The Kustomization file that sets it. */
  kustomization: string;
  /** The image name it matches (without tag or digest). */
  name: string;
  newName: string;
  newTag: string;
  digest: string;
}

/** One patch of a Kustomization, as written. */
export interface KustomizePatch {
  /** Where its content is: the patch file, or the Kustomization for an inline patch. */
  source: string;
  /** The field that lists it. */
  field: 'patchesStrategicMerge' | 'patches' | 'patchesJson6902';
  /** Its content; undefined when the file is not among the files read. */
  text: string | undefined;
  /** Its `target` as written (every scalar a string); undefined when absent. */
  target: unknown;
  /** `options` of a `patches` entry. */
  options: { allowNameChange?: boolean; allowKindChange?: boolean };
  /** For an inline patch: where its text is in the Kustomization's document (`['patches', 2, 'patch']`); undefined for a patch file. */
  at?: ValuePath;
}

/** The patches of a Kustomization and the files they are applied to. */
export interface KustomizePatchSet {
  kustomization: string;
  /** Its `namespace` ("" when absent); JSON 6902 targets may name it (kustomize sets it before `patchesJson6902`). */
  namespace: string;
  /** The manifest files it lists directly in `resources` and no other Kustomization does, in its order: the files its patches apply to. */
  files: readonly string[];
  /** Whether those files are everything it builds (no folder, remote or shared resource): a patch that selects none of their objects selects nothing. */
  complete: boolean;
  /** In kustomize's order: `patchesStrategicMerge`, `patches`, `patchesJson6902`. */
  patches: readonly KustomizePatch[];
  /** The texts of `files`, as read by the scan (a file not read is absent). */
  texts: ReadonlyMap<string, string>;
}

export interface KustomizeIndex {
  /** The Kustomization file that names `path` as a patch, if any (the first in path order). */
  patchOf(path: string): string | undefined;
  /** The patch sets of the Kustomizations that name `path` as a patch and apply their patches (see {@link patchSetFor}). */
  patchSetsNaming(path: string): readonly KustomizePatchSet[];
  /** The patches applied to the objects of manifest file `path`: those of the one Kustomization that lists it directly in `resources`, when it has patches. */
  patchSetFor(path: string): KustomizePatchSet | undefined;
  /** The patch set of Kustomization file `path`, when it has patches and lists manifest files directly. */
  patchSetOf(kustomization: string): KustomizePatchSet | undefined;
  /** Every patch of Kustomization file `path`, in kustomize's order (the same objects as in its patch set, if it has one); empty when none. */
  patchesOf(kustomization: string): readonly KustomizePatch[];
  /** The entries of every Kustomization that name `path` as a patch file, by Kustomization path. */
  patchesNaming(path: string): ReadonlyArray<{ kustomization: string; patch: KustomizePatch }>;
  /** The image overrides of every Kustomization that builds the manifest file `path`, by Kustomization path and then as written; empty when none. */
  imagesFor(path: string): readonly KustomizeImageOverride[];
  /**
   * The image overrides that apply to what Kustomization file `kustomization` patches in a variant:
   * its own, then those of the Kustomizations that include its folder (through folders, in
   * path order), as written; empty when none.
   */
  variantImagesOf(kustomization: string): readonly KustomizeImageOverride[];
  /** The manifest files Kustomization file `kustomization` builds, its own and those of the folders it includes, in path order; empty for an unknown one. */
  filesBuiltBy(kustomization: string): readonly string[];
  /** The text of a scanned file as the scan read it (undefined when it was not read). */
  textOf(path: string): string | undefined;
}

/** A patch as read from the Kustomization, before its file is read. */
interface PatchEntry {
  field: KustomizePatch['field'];
  /** The patch file, resolved; undefined for an inline patch or a path that leaves the scan root. */
  path: string | undefined;
  /** The inline patch. */
  inline: string | undefined;
  /** For an inline patch: where it is in the Kustomization's document. */
  at: ValuePath | undefined;
  target: unknown;
  options: KustomizePatch['options'];
}

interface Kustomization {
  file: string;
  dir: string;
  namespace: string;
  /** Resource entries resolved against `dir` (files or folders). */
  resources: string[];
  /** Only the `resources` entries (which may name files); `resources` also holds `bases` and `components`. */
  listed: string[];
  /** Entries of `resources`, `bases` or `components` that resolve to no path in the scan root (absolute, outside it). */
  unresolved: number;
  patchEntries: PatchEntry[];
  images: KustomizeImageOverride[];
}

/** Whether a path names a Kustomization file. */
export function isKustomizationFile(path: string): boolean {
  return KUSTOMIZATION_FILE_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Indexes the Kustomization files of a scan. `files` may hold any files: only
 * those named like a Kustomization (see {@link KUSTOMIZATION_FILE_NAMES}) are
 * read. `isFile` tells whether a path (relative to the scan root) is a scanned
 * file, to tell a resource file from a resource folder. `readText` gives the
 * text of a scanned file (undefined when it was not read); the patch files and
 * the files the patches apply to are read through it here, once.
 */
export function indexKustomizations(
  files: readonly SourceText[],
  isFile: (path: string) => boolean,
  readText: (path: string) => string | undefined = () => undefined,
): KustomizeIndex {
  const byDir = new Map<string, Kustomization>();
  for (const file of [...files].sort(compareByPath)) {
    if (!isKustomizationFile(file.path)) continue;
    const k = readKustomization(file);
    if (k !== undefined && !byDir.has(k.dir)) byDir.set(k.dir, k);
  }

  // Files each Kustomization builds, through the folders it includes (a folder is another Kustomization).
  const built = new Map<string, Set<string>>();
  const filesOf = (k: Kustomization, visiting: Set<string>): Set<string> => {
    const done = built.get(k.dir);
    if (done !== undefined) return done;
    const out = new Set<string>();
    if (visiting.has(k.dir)) return out; // a cycle: kustomize rejects it; nothing more to add
    visiting.add(k.dir);
    for (const entry of k.resources) {
      if (isFile(entry)) out.add(entry);
      else {
        const child = byDir.get(entry);
        if (child !== undefined) for (const f of filesOf(child, visiting)) out.add(f);
      }
    }
    visiting.delete(k.dir);
    built.set(k.dir, out);
    return out;
  };

  // byDir holds the Kustomizations in path order, so each file's list is in a stable order.
  const images = new Map<string, KustomizeImageOverride[]>();
  for (const k of byDir.values()) {
    if (k.images.length === 0) continue;
    for (const f of filesOf(k, new Set())) {
      const list = images.get(f);
      if (list === undefined) images.set(f, [...k.images]);
      else list.push(...k.images);
    }
  }

  // The Kustomizations that include each Kustomization's folder, for the overrides of a variant.
  const includers = new Map<string, Kustomization[]>();
  for (const k of byDir.values()) {
    for (const entry of new Set(k.resources)) {
      if (isFile(entry) || !byDir.has(entry)) continue;
      const list = includers.get(entry) ?? [];
      list.push(k);
      includers.set(entry, list);
    }
  }
  const byFile = new Map([...byDir.values()].map((k) => [k.file, k]));
  const variantImages = (file: string): KustomizeImageOverride[] => {
    const start = byFile.get(file);
    if (start === undefined) return [];
    const out: KustomizeImageOverride[] = [];
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const k = queue.shift()!;
      if (seen.has(k.dir)) continue; // a cycle, or a folder two overlays include
      seen.add(k.dir);
      out.push(...k.images);
      queue.push(...(includers.get(k.dir) ?? []));
    }
    return out;
  };

  // Patches: those of the Kustomization that lists a file directly apply to it. A file several
  // Kustomizations list directly gets none of their patches: which variant is deployed is unknown.
  const listedBy = new Map<string, number>();
  for (const k of byDir.values()) {
    for (const entry of new Set(k.listed)) if (isFile(entry)) listedBy.set(entry, (listedBy.get(entry) ?? 0) + 1);
  }
  const setsByFile = new Map<string, KustomizePatchSet>();
  const setsByKustomization = new Map<string, KustomizePatchSet>();
  const patchesByKustomization = new Map<string, KustomizePatch[]>();
  const entriesByPatchFile = new Map<string, Array<{ kustomization: string; patch: KustomizePatch }>>();
  for (const k of byDir.values()) {
    if (k.patchEntries.length === 0) continue;
    const patches = k.patchEntries.map(
      (p): KustomizePatch => ({
        source: p.path ?? k.file,
        field: p.field,
        text: p.inline ?? (p.path === undefined ? undefined : readText(p.path)),
        target: p.target,
        options: p.options,
        ...(p.at !== undefined ? { at: p.at } : {}),
      }),
    );
    patchesByKustomization.set(k.file, patches);
    for (const patch of patches) {
      if (patch.at !== undefined) continue;
      const list = entriesByPatchFile.get(patch.source) ?? [];
      list.push({ kustomization: k.file, patch });
      entriesByPatchFile.set(patch.source, list);
    }
    const direct = [...new Set(k.listed)].filter((entry) => isFile(entry) && listedBy.get(entry) === 1);
    if (direct.length === 0) continue;
    const texts = new Map<string, string>();
    for (const file of direct) {
      const text = readText(file);
      if (text !== undefined) texts.set(file, text);
    }
    const set: KustomizePatchSet = {
      kustomization: k.file,
      namespace: k.namespace,
      files: direct,
      complete: k.unresolved === 0 && k.resources.every((entry) => direct.includes(entry)),
      patches,
      texts,
    };
    setsByKustomization.set(k.file, set);
    for (const file of direct) setsByFile.set(file, set);
  }

  // Both from the entries that name a patch file (byDir is in path order, so the first names the first Kustomization).
  return {
    patchOf: (path) => entriesByPatchFile.get(path)?.[0]?.kustomization,
    patchSetsNaming: (path) => [...new Set((entriesByPatchFile.get(path) ?? []).flatMap((entry) => setsByKustomization.get(entry.kustomization) ?? []))],
    patchSetFor: (path) => setsByFile.get(path),
    patchSetOf: (kustomization) => setsByKustomization.get(kustomization),
    patchesOf: (kustomization) => patchesByKustomization.get(kustomization) ?? [],
    patchesNaming: (path) => entriesByPatchFile.get(path) ?? [],
    imagesFor: (path) => images.get(path) ?? [],
    variantImagesOf: variantImages,
    filesBuiltBy: (path) => {
      const k = byFile.get(path);
      return k === undefined ? [] : [...filesOf(k, new Set())].sort();
    },
    textOf: readText,
  };
}

function readKustomization(file: SourceText): Kustomization | undefined {
  let docs: unknown[];
  try {
    docs = loadAll(file.text, null, { schema: FAILSAFE_SCHEMA, filename: file.path }); // every scalar a string, as kustomize reads these fields
  } catch {
    return undefined;
  }
  const value = docs.find((d) => isMapping(d));
  if (!isMapping(value)) return undefined;
  if (value.kind !== undefined && value.kind !== 'Kustomization' && value.kind !== 'Component') return undefined;
  const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
  const resolve = (entry: unknown): string | undefined => {
    if (typeof entry !== 'string') return undefined;
    const trimmed = entry.trim();
    if (trimmed === '' || trimmed.includes('\n')) return undefined; // an inline patch; a remote resource resolves to no scanned path
    return joinRelative(dir, trimmed);
  };
  const list = (key: string): unknown[] => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
  const resources: string[] = [];
  const listed: string[] = [];
  let unresolved = 0;
  for (const key of ['resources', 'bases', 'components']) {
    for (const entry of list(key)) {
      const path = resolve(entry);
      if (path === undefined) unresolved++;
      else {
        resources.push(path);
        if (key === 'resources') listed.push(path);
      }
    }
  }
  const patchEntries: PatchEntry[] = [];
  const inlineText = (entry: unknown): string | undefined => (typeof entry === 'string' && entry.trim() !== '' ? entry : undefined);
  // kustomize's order: patchesStrategicMerge, patches, patchesJson6902.
  for (const [index, entry] of list('patchesStrategicMerge').entries()) {
    // An entry is a path, or (over several lines, or a flow mapping) the patch itself.
    const inline = typeof entry === 'string' && (entry.includes('\n') || entry.trim().startsWith('{')) ? entry : undefined;
    const path = inline === undefined ? resolve(entry) : undefined;
    const at = inline === undefined ? undefined : ['patchesStrategicMerge', index];
    if (path !== undefined || inline !== undefined) patchEntries.push({ field: 'patchesStrategicMerge', path, inline, at, target: undefined, options: {} });
  }
  for (const field of ['patches', 'patchesJson6902'] as const) {
    for (const [index, entry] of list(field).entries()) {
      if (!isMapping(entry)) continue;
      const path = resolve(entry.path);
      const inline = path === undefined ? inlineText(entry.patch) : undefined;
      if (path === undefined && inline === undefined) continue;
      const options = isMapping(entry.options) ? entry.options : {};
      patchEntries.push({
        field,
        path,
        inline,
        at: inline === undefined ? undefined : [field, index, 'patch'],
        target: isMapping(entry.target) ? entry.target : undefined,
        options: { allowNameChange: options.allowNameChange === 'true', allowKindChange: options.allowKindChange === 'true' },
      });
    }
  }
  const images: KustomizeImageOverride[] = [];
  for (const entry of list('images')) {
    if (!isMapping(entry) || typeof entry.name !== 'string' || entry.name === '') continue;
    images.push({
      kustomization: file.path,
      name: entry.name,
      newName: scalar(entry.newName),
      newTag: scalar(entry.newTag),
      digest: scalar(entry.digest),
    });
  }
  const namespace = typeof value.namespace === 'string' ? value.namespace : '';
  return { file: file.path, dir, namespace, resources, listed, unresolved, patchEntries, images };
}

/** A scalar field, read as a string (`newTag: 1.20` is the tag "1.20"); "" when absent or not a scalar. */
function scalar(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `dir` joined with a relative path, normalised (`./`, `../`); undefined when it leaves the scan root or is absolute. */
function joinRelative(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined;
  const parts = dir === '' || dir === '.' ? [] : dir.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join('/');
}
