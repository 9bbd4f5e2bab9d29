/**
 * What the Kustomizations of a scan change in the manifests they build, as far
 * as the Kubernetes checks need it. Evident scans Kustomize folders as plain
 * manifests (it does not run kustomize), so two of kustomize's edits must be
 * known to avoid false alarms:
 *
 * - **Patches** (`patches[].path`, `patchesStrategicMerge[]`,
 *   `patchesJson6902[].path`) are partial objects merged into a base; read on
 *   their own they lack what the base sets. They are skipped wherever they
 *   are kept (overlays often keep them in a subfolder, or share them from a
 *   sibling folder).
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
import { compareByPath, type SourceText } from './types.js';
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

export interface KustomizeIndex {
  /** The Kustomization file that names `path` as a patch, if any. */
  patchOf(path: string): string | undefined;
  /** The image overrides of every Kustomization that builds the manifest file `path`, by Kustomization path and then as written; empty when none. */
  imagesFor(path: string): readonly KustomizeImageOverride[];
}

interface Kustomization {
  file: string;
  dir: string;
  /** Resource entries resolved against `dir` (files or folders). */
  resources: string[];
  patches: string[];
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
 * file, to tell a resource file from a resource folder.
 */
export function indexKustomizations(files: readonly SourceText[], isFile: (path: string) => boolean): KustomizeIndex {
  const byDir = new Map<string, Kustomization>();
  for (const file of [...files].sort(compareByPath)) {
    if (!isKustomizationFile(file.path)) continue;
    const k = readKustomization(file);
    if (k !== undefined && !byDir.has(k.dir)) byDir.set(k.dir, k);
  }

  const patches = new Map<string, string>();
  for (const k of byDir.values()) for (const p of k.patches) if (!patches.has(p)) patches.set(p, k.file);

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

  return {
    patchOf: (path) => patches.get(path),
    imagesFor: (path) => images.get(path) ?? [],
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
  for (const key of ['resources', 'bases', 'components']) {
    for (const entry of list(key)) {
      const path = resolve(entry);
      if (path !== undefined) resources.push(path);
    }
  }
  const patches: string[] = [];
  for (const entry of [...list('patches'), ...list('patchesJson6902')]) {
    const path = isMapping(entry) ? resolve(entry.path) : undefined;
    if (path !== undefined) patches.push(path);
  }
  for (const entry of list('patchesStrategicMerge')) {
    const path = resolve(entry);
    if (path !== undefined) patches.push(path);
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
  return { file: file.path, dir, resources, patches, images };
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
