/**
 * Kubernetes manifests (YAML or JSON, several documents per file, `List`
 * kinds) → one normalized document per directory, so that checks can look
 * across objects (a namespace without a NetworkPolicy, a Service selecting
 * no workload).
 */
import { CORE_SCHEMA, NOT_RESOLVED, boolYaml11Tag, defineScalarTag, intYaml11Tag, mergeTag } from 'js-yaml';
import type { Schema } from 'js-yaml';
import { indexKustomizations, isKustomizationFile } from './kustomize.js';
import type { KustomizeImageOverride, KustomizeIndex, KustomizePatch } from './kustomize.js';
import { buildPatchSet, getAt, originalPath, own, parseJsonPatch, parsePointer, setOwn } from './kustomize-patch.js';
import type { KustomizeBuild, ManifestReader, PatchedObject } from './kustomize-patch.js';
import type { UnknownValue } from './hcl/values.js';
import { hasTemplateOpen, isMapping, loadYamlDocuments } from './yaml.js';
import type { YamlDocument, YamlStream } from './yaml.js';
import { compareByPath, fileErrorOf } from './types.js';
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

/** Reason given for files that are Helm templates rather than manifests. */
export const HELM_TEMPLATE_REASON = 'Helm chart template (not plain YAML)';

/**
 * Reason given for Kustomize patches of an overlay: partial objects that
 * kustomize merges into a base at build time. Read on their own they lack
 * what the base sets (a patch that only adds resource limits to a container
 * has no security context), so checking them would raise false alarms; the
 * base is scanned as it is (an overlay's patches make a variant of it).
 */
export const KUSTOMIZE_PATCH_REASON = 'Kustomize patch, merged into its base by kustomize (the base is scanned; the patch is checked for what it sets: literal secrets, privileged settings, unpinned images)';

/**
 * Reason given for Kustomize patches that were applied to the objects of the
 * files their Kustomization lists (see kustomize.ts); followed by the files
 * and the Kustomization.
 */
export const KUSTOMIZE_PATCH_APPLIED_REASON = 'Kustomize patch, applied to the objects of';

/** One Kubernetes object of a directory's manifests. */
export interface KubernetesResource extends NormalizedResource {
  /** `Kind/namespace/name`, or `Kind/name` for cluster-scoped kinds; `#file:line` is added when two objects share it. */
  id: string;
  apiVersion: string;
  kind: string;
  /** `metadata.name`, or "" when absent. */
  name: string;
  /**
   * `metadata.namespace`, "default" when absent; null for cluster-scoped kinds (Namespace, ClusterRole, …);
   * the unknown sentinel for a Terraform resource whose namespace the module does not know (terraform-kubernetes.ts).
   */
  namespace: string | null | UnknownValue;
  /** The manifest as parsed (for a `List` item: the item). */
  object: Record<string, unknown>;
  /** For workload kinds: the pod spec, wherever the kind nests it. */
  podSpec?: Record<string, unknown>;
  /** Where `podSpec` is inside the resource, e.g. `["object","spec","template","spec"]`. */
  podSpecPath?: string[];
  /** Workloads only: the `images` overrides of the Kustomizations that build this file (see kustomize.ts); absent when none. */
  kustomizeImages?: readonly KustomizeImageOverride[];
}

/** The normalized input of the Kubernetes checks: every object of one directory. */
export interface KubernetesDocument extends NormalizedDocument {
  type: 'kubernetes';
  resources: KubernetesResource[];
  /**
   * The fragments of the Kustomize patches that an overlay merges into a
   * base it includes (a variant: not applied, see kustomize.ts): the folder's
   * patch files and the inline patches of its Kustomization (see
   * patchFragments). They are partial objects, so only the checks of what a
   * patch sets read them (literal secrets, privileged settings, unpinned images: see
   * lib/kubernetes.rego patch_workloads, resources_and_patches_of_kind),
   * never the checks of a missing setting; each is located in its patch.
   * Absent when there are none.
   */
  patches?: KubernetesResource[];
}

/** Options of {@link loadKubernetes}. */
export interface KubernetesLoadOptions {
  /**
   * Whether a path (relative to the scan root) is a file. Used to recognise
   * Helm charts: files under `templates/` beside a `Chart.yaml` are skipped.
   * Without it, only files containing template actions (`{{`) are.
   */
  isFile?: (path: string) => boolean;
  /**
   * The scan's Kustomizations (patches anywhere in the scan, image overrides).
   * Without it, only the Kustomization files among `files` are read.
   */
  kustomize?: KustomizeIndex;
}

// ---------------------------------------------------------------------------
// Scalars as Kubernetes reads them

/**
 * kubectl turns YAML into JSON with a YAML 1.1 decoder (go-yaml v2): `yes`,
 * `on`, `y` are booleans and `0644` is octal (420). Reading manifests as
 * YAML 1.2 would turn `privileged: yes` into a string and `defaultMode: 0644`
 * into 644. Unlike js-yaml's YAML 1.1 ints, Go has no base-60 (`1:20` stays
 * a string) and accepts `0o` octal.
 */
const goIntTag = defineScalarTag<number>(intYaml11Tag.tagName, {
  implicit: true,
  implicitFirstChars: intYaml11Tag.implicitFirstChars,
  matchByTagPrefix: false,
  identify: intYaml11Tag.identify,
  represent: intYaml11Tag.represent,
  resolve(source, isExplicit, tagName) {
    if (source.includes(':')) return NOT_RESOLVED;
    const octal = /^([-+]?)0o([0-7_]+)$/.exec(source);
    if (octal !== null) {
      const value = parseInt(octal[2]!.replace(/_/g, ''), 8);
      return octal[1] === '-' ? -value : value;
    }
    return intYaml11Tag.resolve(source, isExplicit, tagName);
  },
});

/** The tag schema used for manifests: YAML 1.2 core with Kubernetes' booleans and integers, and merge keys. */
export const KUBERNETES_YAML_SCHEMA: Schema = CORE_SCHEMA.withTags(mergeTag, boolYaml11Tag, goIntTag);

// ---------------------------------------------------------------------------
// Sniffing

const YAML_KEY = /^\uFEFF?(?:(---|\.\.\.)|["']?(apiVersion|kind)["']?[ \t]*:)/gm;
const JSON_API_VERSION = /"apiVersion"\s*:/;
const JSON_KIND = /"kind"\s*:/;

/**
 * Cheap test used to classify `.yaml`/`.yml`/`.json` files: does some
 * document have top-level `apiVersion:` and `kind:` keys? Reads only the
 * text; never parses.
 */
export function isKubernetesManifest(text: string): boolean {
  const first = /\S/.exec(text);
  if (first === null) return false;
  const c = first[0];
  if (c === '{' || c === '[') return JSON_API_VERSION.test(text) && JSON_KIND.test(text);
  let apiVersion = false;
  let kind = false;
  YAML_KEY.lastIndex = 0;
  for (let m = YAML_KEY.exec(text); m !== null; m = YAML_KEY.exec(text)) {
    if (m[1] !== undefined) {
      apiVersion = kind = false;
    } else if (m[2] === 'apiVersion') {
      apiVersion = true;
    } else {
      kind = true;
    }
    if (apiVersion && kind) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Loading

/** The API group of Kustomize's own kinds (Kustomization, Component). */
const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io';

/** What a Kustomization file that omits apiVersion and kind (both optional there) is read as. */
const KUSTOMIZATION_DEFAULTS = { kind: 'Kustomization', apiVersion: `${KUSTOMIZE_GROUP}/v1beta1` } as const;

/**
 * API groups of the configuration files that the cluster's own programs read from the node's disk
 * (kubeadm's ClusterConfiguration, KubeletConfiguration, the API server's EncryptionConfiguration
 * and audit Policy, …): not objects of the cluster, so without a name or namespace. Named by their
 * file, like Kustomizations.
 */
const COMPONENT_CONFIG_GROUPS = new Set([
  'apiserver.config.k8s.io',
  'apiserver.k8s.io',
  'audit.k8s.io',
  'kubeadm.k8s.io',
  'kubelet.config.k8s.io',
  'kubeproxy.config.k8s.io',
  'kubescheduler.config.k8s.io',
  'kubecontrollermanager.config.k8s.io',
]);

/** Built-in kinds that have no namespace. */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/** Where each workload kind keeps its pod spec, for the API groups that define the kind. */
const POD_SPEC_PATHS: Record<string, { groups: readonly string[]; path: readonly string[] }> = {
  Pod: { groups: [''], path: ['spec'] },
  PodTemplate: { groups: [''], path: ['template', 'spec'] },
  ReplicationController: { groups: [''], path: ['spec', 'template', 'spec'] },
  Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  StatefulSet: { groups: ['apps'], path: ['spec', 'template', 'spec'] },
  DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  Job: { groups: ['batch'], path: ['spec', 'template', 'spec'] },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
};

/** A resource with where it came from: an object of a manifest, or the fragment of an overlay's patch (a partial object, located in the patch). */
type Located = { resource: KubernetesResource; origin: Origin };

/** Where a resource came from, for `locate`. */
interface Origin {
  stream: YamlStream;
  docIndex: number;
  /** Path of the object inside its YAML document: [] or ['items', 3]. */
  base: Array<string | number>;
  podSpecPath: string[] | undefined;
  /** When Kustomize patches changed the object: the patched object and the object as the file has it. */
  patched?: { object: PatchedObject; original: unknown };
  /** For the fragment of a JSON 6902 operation: a path in the fragment's object → the path under `base` (the operation) in the patch. */
  translate?: (inObject: ValuePath) => ValuePath;
}

/**
 * Loads the manifests of one directory (files already classified as
 * Kubernetes) into one document. Files are taken in path order; a file that
 * does not parse becomes a FileError and the others still load; Helm
 * templates are skipped. Documents without `apiVersion`/`kind` are ignored,
 * except in a Kustomization file, which is read as kind Kustomization.
 */
export function loadKubernetes(dir: string, files: SourceText[], options: KubernetesLoadOptions = {}): LoadResult {
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [];
  const parsedFiles: string[] = [];
  const found: Located[] = [];
  const fragments: Located[] = [];

  const sorted = [...files].sort(compareByPath);
  const streams: Array<{ file: SourceText; stream: YamlStream }> = [];
  const read = new Map<string, { text: string; manifest: ReadManifest }>();
  for (const file of sorted) {
    const manifest = readManifest(file.path, file.text, options.isFile);
    read.set(file.path, { text: file.text, manifest });
    if ('stream' in manifest) streams.push({ file, stream: manifest.stream });
    else if ('error' in manifest) errors.push(fileErrorOf(file.path, manifest.error));
    else skipped.push({ file: file.path, reason: HELM_TEMPLATE_REASON });
  }

  const kustomize = options.kustomize ?? localKustomizations(files, options.isFile);
  // The patches of this directory's files are applied to the streams read above (a file listed from elsewhere is read again).
  const reader = manifestReader(options.isFile, read);
  // The objects each overlay builds from its bases, as written, read once and only when a patch needs them (see operationFragment).
  const built = new Map<string, ReadonlyArray<Record<string, unknown>>>();
  const builtBy = (kustomization: string): ReadonlyArray<Record<string, unknown>> => {
    let objects = built.get(kustomization);
    if (objects === undefined) {
      const list: Array<Record<string, unknown>> = [];
      for (const path of kustomize.filesBuiltBy(kustomization)) {
        const text = read.get(path)?.text ?? kustomize.textOf(path);
        if (text !== undefined) for (const { value } of reader.objects(path, text) ?? []) list.push(value);
      }
      objects = list;
      built.set(kustomization, objects);
    }
    return objects;
  };
  const variantOf = (kustomizations: readonly string[]): Variant => ({
    images: kustomizations.flatMap((k) => kustomize.variantImagesOf(k)),
    bases: () => kustomizations.flatMap((k) => builtBy(k)),
  });
  for (const { file, stream } of streams) {
    const kustomization = kustomize.patchOf(file.path);
    if (kustomization !== undefined) {
      const use = patchFileUse(file.path, kustomization, kustomize, reader);
      if (use !== undefined) skipped.push({ file: file.path, reason: use.reason });
      if (use?.variant === true) {
        const naming = kustomize.patchesNaming(file.path);
        fragments.push(...patchFragments(file.path, stream, naming.map((entry) => entry.patch), variantOf(naming.map((entry) => entry.kustomization))));
      }
      continue;
    }
    parsedFiles.push(file.path);
    const kustomizationFile = isKustomizationFile(file.path);
    if (kustomizationFile) {
      // The patches this Kustomization could not apply are reported with it (a patch file may be read as another format).
      const set = kustomize.patchSetOf(file.path);
      const build = set === undefined ? undefined : buildPatchSet(set, reader);
      if (build !== undefined) skipped.push(...build.failures);
      // Its inline patches that none of its files took are an overlay's variant: checked for what they set, located here.
      for (const patch of kustomize.patchesOf(file.path)) {
        if (patch.at === undefined || patch.text === undefined || build?.used.has(patch) === true) continue;
        const inline = inlinePatchStream(file, stream, patch.at, patch.text);
        if (typeof inline === 'string') skipped.push({ file: file.path, reason: `Kustomize patch (${file.path}): does not parse (${inline}); not checked` });
        else if (inline !== undefined) fragments.push(...patchFragments(file.path, inline, [patch], variantOf([file.path])));
      }
    }
    const patchSet = kustomize.patchSetFor(file.path);
    const patched = patchSet === undefined ? undefined : buildPatchSet(patchSet, reader).patched.get(file.path);
    const defaults = kustomizationFile ? KUSTOMIZATION_DEFAULTS : undefined;
    for (const doc of stream.documents) {
      if (!isMapping(doc.value)) continue;
      collect(doc.value, [], defaults, (original, base, originalKind, originalApiVersion) => {
        const change = patched?.get(objectKey(doc.index, base));
        let object = original;
        let kind = originalKind;
        let apiVersion = originalApiVersion;
        if (change !== undefined) {
          if (change.value === null) return; // a patch deleted it: kustomize does not deploy it
          object = change.value;
          kind = typeof object.kind === 'string' && object.kind !== '' ? object.kind : originalKind;
          apiVersion = typeof object.apiVersion === 'string' && object.apiVersion !== '' ? object.apiVersion : originalApiVersion;
        }
        const { resource, origin } = objectAt(stream, doc, base, object, kind, apiVersion, file.path);
        const images = resource.podSpec === undefined ? [] : kustomize.imagesFor(file.path);
        if (images.length > 0) resource.kustomizeImages = images;
        if (change !== undefined) origin.patched = { object: change, original };
        found.push({ resource, origin });
      });
    }
  }

  if (parsedFiles.length === 0 && fragments.length === 0) return { documents: [], errors, skipped };

  const origins = new Map<string, Located>();
  const counts = new Map<string, number>();
  for (const { resource } of found) counts.set(resource.id, (counts.get(resource.id) ?? 0) + 1);
  for (const entry of found) {
    if ((counts.get(entry.resource.id) ?? 0) > 1) entry.resource.id = `${entry.resource.id}#${entry.resource.file}:${entry.resource.startLine}`;
    origins.set(entry.resource.id, entry);
  }

  for (const entry of fragments) origins.set(entry.resource.id, entry);

  const document: KubernetesDocument = {
    type: 'kubernetes',
    path: dir,
    files: parsedFiles,
    resources: found.map((entry) => entry.resource),
    ...(fragments.length > 0 ? { patches: fragments.map((entry) => entry.resource) } : {}),
  };
  const parsed: ParsedDocument = {
    document,
    locate(resourceId, path) {
      const entry = origins.get(resourceId);
      return entry === undefined ? undefined : locateIn(entry.origin, path);
    },
  };
  return { documents: [parsed], errors, skipped };
}

/** Reports every Kubernetes object in a parsed document, flattening `List` kinds. */
function collect(
  value: Record<string, unknown>,
  base: Array<string | number>,
  inherited: { kind: string; apiVersion: string } | undefined,
  emit: (object: Record<string, unknown>, base: Array<string | number>, kind: string, apiVersion: string) => void,
): void {
  const kind = typeof value.kind === 'string' && value.kind !== '' ? value.kind : inherited?.kind;
  const apiVersion = typeof value.apiVersion === 'string' && value.apiVersion !== '' ? value.apiVersion : inherited?.apiVersion;
  if (kind === undefined || apiVersion === undefined) return;
  const items = value.items;
  if (kind.endsWith('List') && Array.isArray(items)) {
    // Items of a typed list (`DeploymentList`) may omit kind and apiVersion, as the API server returns them.
    const itemDefaults = kind === 'List' ? undefined : { kind: kind.slice(0, -'List'.length), apiVersion };
    items.forEach((item, i) => {
      if (isMapping(item)) collect(item, [...base, 'items', i], itemDefaults, emit);
    });
    return;
  }
  emit(value, base, kind, apiVersion);
}

/** The normalized resource of one object (its pod spec lifted into podSpec for workload kinds); also used for Terraform's kubernetes resources (terraform-kubernetes.ts). */
export function makeKubernetesResource(
  object: Record<string, unknown>,
  kind: string,
  apiVersion: string,
  file: string,
  startLine: number,
  endLine: number,
): KubernetesResource {
  const metadata = isMapping(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  // A Kustomization (or Component) is build configuration, and a component's configuration file is read
  // from a node's disk: neither is an object of the cluster, so each is named by its file.
  const group = apiGroup(apiVersion);
  const namedByFile = group === KUSTOMIZE_GROUP || COMPONENT_CONFIG_GROUPS.has(group);
  let namespace: string | null = null;
  if (!CLUSTER_SCOPED.has(kind) && !namedByFile) {
    namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
  }
  const resource: KubernetesResource = {
    id: namedByFile ? `${kind}/${file}` : namespace === null ? `${kind}/${name}` : `${kind}/${namespace}/${name}`,
    apiVersion,
    kind,
    name,
    namespace,
    file,
    startLine,
    endLine,
    object,
  };
  const workload = POD_SPEC_PATHS[kind];
  if (workload !== undefined && workload.groups.includes(apiGroup(apiVersion))) {
    const podSpec = valueAt(object, workload.path);
    if (isMapping(podSpec)) {
      resource.podSpec = podSpec;
      resource.podSpecPath = ['object', ...workload.path];
      // Carried once: the pod spec is most of a workload, and the input is serialized for every evaluation.
      resource.object = withoutValueAt(object, workload.path);
    }
  }
  return resource;
}

/** A copy of `object` with the value at `path` (which exists) replaced by null; only the mappings on the path are copied. */
function withoutValueAt(object: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  const child = object[head];
  return { ...object, [head]: rest.length === 0 || !isMapping(child) ? null : withoutValueAt(child, rest) };
}

/** `apps/v1` → `apps`; `v1` → `` (the core group). */
function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isMapping(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Resource fields that are copies of a manifest field. */
const FIELD_PATHS: Record<string, readonly string[]> = {
  apiVersion: ['apiVersion'],
  kind: ['kind'],
  name: ['metadata', 'name'],
  namespace: ['metadata', 'namespace'],
};

/**
 * A path inside a resource (as Rego reports it) → the path inside its
 * manifest object: `podSpec…` under the resource's podSpecPath, `object…`
 * as it is, the copied fields (name, namespace…) at theirs, anything else [].
 */
export function objectPathOf(podSpecPath: readonly string[] | undefined, path: ValuePath): ValuePath {
  const relative: ValuePath = path[0] === 'podSpec' && podSpecPath !== undefined ? [...podSpecPath, ...path.slice(1)] : path;
  const head = relative[0];
  if (head === 'object') return relative.slice(1);
  if (typeof head === 'string' && FIELD_PATHS[head] !== undefined) return FIELD_PATHS[head];
  return [];
}

/** Maps a path inside a resource (as Rego sees it) to the source range of that node, or of its deepest existing ancestor. */
function locateIn(origin: Origin, path: ValuePath): Range | undefined {
  let inObject = objectPathOf(origin.podSpecPath, path);
  // A patched object is located in its base: through the nodes that come from there (see kustomize-patch.ts).
  if (origin.patched !== undefined) inObject = originalPath(origin.patched.object.value, origin.patched.object.origins, origin.patched.original, inObject);
  if (origin.translate !== undefined) inObject = origin.translate(inObject);
  const match = origin.stream.nearestPositionOf(origin.docIndex, [...origin.base, ...inObject]);
  if (match === undefined) return undefined;
  if (match.depth < origin.base.length) return origin.stream.nearestPositionOf(origin.docIndex, origin.base)?.range;
  return match.range;
}

/**
 * The Kustomizations among a directory's own files, when the caller has no
 * index of the whole scan: patches and image overrides seen from here only.
 */
function localKustomizations(files: readonly SourceText[], isFile: ((path: string) => boolean) | undefined): KustomizeIndex {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  return indexKustomizations(files, isFile ?? ((path) => texts.has(path)), (path) => texts.get(path));
}

/** Where an object is in its file: its document, and its path there ([] or ['items', 3]). */
function objectKey(docIndex: number, base: ReadonlyArray<string | number>): string {
  return `${docIndex}/${base.join('/')}`;
}

/** A manifest file as this loader reads it: its YAML stream, or a Helm template, or why it does not parse. */
type ReadManifest = { stream: YamlStream } | { helm: true } | { error: unknown };

function readManifest(path: string, text: string, isFile: ((path: string) => boolean) | undefined): ReadManifest {
  if (isInHelmChart(path, isFile)) return { helm: true };
  let stream: YamlStream;
  try {
    stream = loadYamlDocuments(text, path, { schema: KUBERNETES_YAML_SCHEMA, templateOpen: '{{' });
  } catch (error) {
    return hasTemplateOpen(text) ? { helm: true } : { error };
  }
  return stream.templateActions ? { helm: true } : { stream };
}

/**
 * Reads manifests for Kustomize patches as this loader reads them (same YAML
 * schema, Helm templates and `List` kinds), reusing the files it has `read`.
 */
function manifestReader(isFile: ((path: string) => boolean) | undefined, read: ReadonlyMap<string, { text: string; manifest: ReadManifest }>): ManifestReader {
  return {
    objects(path, text) {
      const known = read.get(path);
      const manifest = known !== undefined && known.text === text ? known.manifest : readManifest(path, text, isFile);
      if (!('stream' in manifest)) return undefined;
      const { stream } = manifest;
      const out: Array<{ key: string; value: Record<string, unknown> }> = [];
      for (const doc of stream.documents) {
        if (!isMapping(doc.value)) continue;
        collect(doc.value, [], undefined, (object, base) => out.push({ key: objectKey(doc.index, base), value: object }));
      }
      return out;
    },
    documents(text, source) {
      return loadYamlDocuments(text, source, { schema: KUBERNETES_YAML_SCHEMA })
        .documents.map((doc) => doc.value)
        .filter((value) => value !== null);
    },
    clusterScoped: (kind) => CLUSTER_SCOPED.has(kind),
  };
}

/**
 * What became of a patch file: applied to the objects of some files, or
 * merged into its base by an overlay (`variant`: its objects are then checked
 * for what they set, see patchFragments); undefined when every
 * use of it failed (each failure is listed with its Kustomization).
 */
function patchFileUse(path: string, kustomization: string, kustomize: KustomizeIndex, reader: ManifestReader): { reason: string; variant: boolean } | undefined {
  const sets = kustomize.patchSetsNaming(path);
  const builds: Array<{ kustomization: string; build: KustomizeBuild }> = sets.map((set) => ({ kustomization: set.kustomization, build: buildPatchSet(set, reader) }));
  const applied = builds.filter((b) => (b.build.applied.get(path)?.length ?? 0) > 0);
  if (applied.length > 0) {
    return { reason: applied.map((b) => `${KUSTOMIZE_PATCH_APPLIED_REASON} ${b.build.applied.get(path)!.join(', ')} (${b.kustomization})`).join('; '), variant: false };
  }
  if (builds.some((b) => b.build.failures.some((f) => f.file === path))) return undefined;
  return { reason: `${KUSTOMIZE_PATCH_REASON} (${kustomization})`, variant: true };
}

/** The resource of an object found at `base` in a document of `stream`, with its lines and the origin locate() needs. */
function objectAt(
  stream: YamlStream,
  doc: YamlDocument,
  base: Array<string | number>,
  object: Record<string, unknown>,
  kind: string,
  apiVersion: string,
  path: string,
): Located {
  const lines = base.length === 0 ? doc : stream.positionOf(doc.index, base) ?? doc;
  const resource = makeKubernetesResource(object, kind, apiVersion, path, lines.startLine, lines.endLine);
  return { resource, origin: { stream, docIndex: doc.index, base, podSpecPath: resource.podSpecPath } };
}

/** What an overlay's patches of its bases are read with (see patchFragments). */
interface Variant {
  /** The image overrides of the variant (KustomizeIndex.variantImagesOf). */
  images: readonly KustomizeImageOverride[];
  /** The objects the overlay builds from its bases, as written (read when first asked for). */
  bases: () => ReadonlyArray<Record<string, unknown>>;
}

/**
 * The fragments of a patch that an overlay merges into a base it includes (a
 * variant: not applied), for the checks of what a patch sets. `stream` is the
 * patch (a patch file, or an inline patch located in its Kustomization, see
 * inlinePatchStream); `patches` are the Kustomization entries that name it.
 *
 * - A strategic-merge patch gives its objects as written. One without `kind`
 *   or `apiVersion` (or a name) takes them from its entry's `target`.
 * - A JSON 6902 patch gives, for each `add` or `replace` operation, an object
 *   of its target's kind that holds only the operation's value at its path
 *   (a list on the way holds empty mappings before that element). An
 *   operation that sets a whole env entry or Secret key can be judged; one
 *   that sets only an env entry's `value` is given the entry's name (and a
 *   container its name) from the base object it targets when the overlay
 *   builds that object from the scan (see baseEntryName; the base as
 *   written), and cannot be judged otherwise.
 *
 * Each fragment has an id of its own (`<kind>/<name> (patch <file>:<line>)`):
 * a patch names its target but may leave out its namespace, and it is not
 * the object itself. A workload fragment carries `images`, the variant's image
 * overrides (KustomizeIndex.variantImagesOf), as `kustomizeImages`: an image
 * the patch sets is deployed as they rewrite it.
 */
function patchFragments(source: string, stream: YamlStream, patches: readonly KustomizePatch[], variant: Variant): Located[] {
  const out: Located[] = [];
  const ids = new Set<string>();
  const add = (fragment: Located): void => {
    const { kind, name, startLine } = fragment.resource;
    fragment.resource.id = `${kind}/${name || '*'} (patch ${source}:${startLine})`;
    if (ids.has(fragment.resource.id)) return;
    ids.add(fragment.resource.id);
    // An image the patch sets is deployed as the variant's `images` overrides rewrite it.
    if (fragment.resource.podSpec !== undefined && variant.images.length > 0) fragment.resource.kustomizeImages = variant.images;
    out.push(fragment);
  };
  // patchesStrategicMerge entries have no target.
  const targets = patches.flatMap((patch) => targetIdentity(patch.target) ?? []);
  for (const doc of stream.documents) {
    if (isMapping(doc.value)) {
      const defaults = targets[0];
      collect(doc.value, [], defaults, (object, base, kind, apiVersion) => {
        const fragment = objectAt(stream, doc, base, object, kind, apiVersion, source);
        if (fragment.resource.name === '' && defaults !== undefined) fragment.resource.name = defaults.name;
        add(fragment);
      });
      continue;
    }
    const ops = parseJsonPatch(doc.value);
    if (typeof ops === 'string') continue;
    for (const target of targets) {
      for (const [index, op] of ops.entries()) {
        const fragment = operationFragment(stream, doc, index, op.op === 'add' || op.op === 'replace' ? op : undefined, target, source, variant);
        if (fragment !== undefined) add(fragment);
      }
    }
  }
  return out;
}

/**
 * What a patch's `target` says of the objects it changes, when it names a
 * kind: the kind, an apiVersion (its group and version; a workload kind
 * without a group takes the kind's usual group, as such a target selects it),
 * and its name and namespace ("" when absent).
 */
function targetIdentity(target: unknown): { kind: string; apiVersion: string; name: string; namespace: string } | undefined {
  if (!isMapping(target) || typeof target.kind !== 'string' || target.kind === '') return undefined;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const group = text(target.group) || (POD_SPEC_PATHS[target.kind]?.groups[0] ?? '');
  const version = text(target.version) || 'v1';
  return { kind: target.kind, apiVersion: group === '' ? version : `${group}/${version}`, name: text(target.name), namespace: text(target.namespace) };
}

/** The fragment of one `add`/`replace` operation (`op`, at `index` of the op list in `doc`) of a JSON 6902 patch on `target`; undefined when it sets the whole object. */
function operationFragment(
  stream: YamlStream,
  doc: YamlDocument,
  index: number,
  op: { path: string; value?: unknown } | undefined,
  target: { kind: string; apiVersion: string; name: string; namespace: string },
  source: string,
  variant: Variant,
): Located | undefined {
  const tokens = op === undefined ? undefined : parsePointer(op.path);
  if (op === undefined || tokens === undefined || tokens.length === 0) return undefined;
  // An operation inside a container or env entry of the base (…/containers/0/env/2/value): its name is in the base.
  const baseName = (i: number): string | undefined =>
    i > 0 && i < tokens.length - 1 && NAMED_LISTS.has(tokens[i - 1]!) && /^\d+$/.test(tokens[i]!) ? baseEntryName(variant.bases(), target, tokens.slice(0, i + 1)) : undefined;
  const metadata: Record<string, unknown> = { name: target.name, ...(target.namespace !== '' ? { namespace: target.namespace } : {}) };
  const object: Record<string, unknown> = { apiVersion: target.apiVersion, kind: target.kind, metadata };
  // Where the value is in the fragment: the pointer's tokens, list indexes as numbers (`-`, an append, and indexes above 100 are 0).
  const at: Array<string | number> = [];
  let node: Record<string, unknown> | unknown[] = object;
  for (const [i, token] of tokens.entries()) {
    let key: string | number = token;
    if (Array.isArray(node)) {
      key = /^\d+$/.test(token) && Number(token) <= 100 ? Number(token) : 0;
      // The elements before it are empty mappings: a container or env entry with nothing in it.
      while (node.length < key) node.push({});
    }
    at.push(key);
    // Own keys only, `__proto__` included: the pointer comes from a scanned file.
    const put = (value: unknown): void => {
      if (Array.isArray(node)) node[key as number] = value;
      else setOwn(node, key as string, value);
    };
    if (i === tokens.length - 1) {
      put(op.value);
      break;
    }
    const name = baseName(i);
    if (name !== undefined) {
      // The container or env entry, named as in the base: what the variant deploys under that name.
      const entry: Record<string, unknown> = { name };
      put(entry);
      node = entry;
      continue;
    }
    const next = tokens[i + 1]!;
    const listNext = next === '-' || /^\d+$/.test(next);
    const child = Array.isArray(node) ? node[key as number] : own(node, key as string);
    if (listNext ? Array.isArray(child) : isMapping(child)) node = child as Record<string, unknown> | unknown[];
    else {
      const created: Record<string, unknown> | unknown[] = listNext ? [] : {};
      put(created);
      node = created;
    }
  }
  if (!isMapping(object.metadata)) return undefined;
  const lines = stream.positionOf(doc.index, [index]) ?? doc;
  const resource = makeKubernetesResource(object, target.kind, target.apiVersion, source, lines.startLine, lines.endLine);
  const translate = (inObject: ValuePath): ValuePath =>
    inObject.length >= at.length && at.every((key, i) => inObject[i] === key) ? ['value', ...inObject.slice(at.length)] : [];
  return { resource, origin: { stream, docIndex: doc.index, base: [index], podSpecPath: resource.podSpecPath, translate } };
}

/** The lists of a pod spec whose entries are named (a JSON 6902 path into one of their entries takes the entry's name from the base). */
const NAMED_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'env']);

/**
 * The `name` of the entry at `path` (JSON pointer tokens, e.g. an env entry
 * `spec/template/spec/containers/0/env/2`) in the base object a JSON 6902
 * patch targets: the objects of the target's kind and name among those the
 * overlay builds (those in the target's namespace when it names one and some
 * are: a target may name the namespace the overlay sets, which the base does
 * not write). Undefined when none is found, when two disagree, or when the
 * entry has no string name.
 */
function baseEntryName(
  bases: ReadonlyArray<Record<string, unknown>>,
  target: { kind: string; name: string; namespace: string },
  path: readonly string[],
): string | undefined {
  const namespaceOf = (object: Record<string, unknown>): unknown => (isMapping(object.metadata) ? object.metadata.namespace : undefined);
  const named = bases.filter((object) => object.kind === target.kind && isMapping(object.metadata) && object.metadata.name === target.name);
  const inNamespace = named.filter((object) => (namespaceOf(object) ?? 'default') === target.namespace);
  const names = new Set<string>();
  for (const object of target.namespace !== '' && inNamespace.length > 0 ? inNamespace : named) {
    const entry = getAt(object, path);
    const name = entry.ok && isMapping(entry.value) ? own(entry.value, 'name') : undefined;
    if (typeof name !== 'string' || name === '') return undefined;
    names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The YAML stream of an inline patch (`patch: |-` in a Kustomization),
 * located in the Kustomization file. A literal block scalar holds the patch's
 * lines as written, indented: read in place (the lines before it left
 * empty), its nodes keep their lines and columns in the file. Any other
 * scalar (quoted, folded) is read on its own, and every node of it is
 * located at the whole scalar. A string says why the patch does not parse;
 * undefined when the patch is not found in the file.
 */
function inlinePatchStream(file: SourceText, stream: YamlStream, at: ValuePath, text: string): YamlStream | string | undefined {
  const doc = stream.documents.find((d) => isMapping(d.value));
  const range = doc === undefined ? undefined : stream.positionOf(doc.index, at);
  if (range === undefined) return undefined;
  let alone: YamlStream;
  try {
    alone = loadYamlDocuments(text, file.path, { schema: KUBERNETES_YAML_SCHEMA });
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  }
  const lines = file.text.split(/\r?\n/);
  if ((lines[range.startLine - 1] ?? '').slice(range.startColumn - 1).startsWith('|') && range.endLine > range.startLine) {
    try {
      const inPlace = loadYamlDocuments('\n'.repeat(range.startLine) + lines.slice(range.startLine, range.endLine).join('\n') + '\n', file.path, { schema: KUBERNETES_YAML_SCHEMA });
      if (JSON.stringify(inPlace.documents.map((d) => d.value)) === JSON.stringify(alone.documents.map((d) => d.value))) return inPlace;
    } catch {
      // Read on its own, below.
    }
  }
  return {
    file: alone.file,
    documents: alone.documents.map((d) => ({ ...d, startLine: range.startLine, endLine: range.endLine })),
    templateActions: false,
    positionOf: (docIndex, path) => (alone.positionOf(docIndex, path) === undefined ? undefined : range),
    nearestPositionOf: (docIndex, path) => {
      const match = alone.nearestPositionOf(docIndex, path);
      return match === undefined ? undefined : { depth: match.depth, range };
    },
  };
}

/**
 * Helm chart templates: a file under a `templates/` folder whose parent
 * holds a `Chart.yaml` (only known when the caller can tell which files exist).
 */
function isInHelmChart(path: string, isFile: ((path: string) => boolean) | undefined): boolean {
  if (isFile === undefined) return false;
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] !== 'templates') continue;
    const chartDir = segments.slice(0, i).join('/');
    const chart = chartDir === '' ? 'Chart.yaml' : `${chartDir}/Chart.yaml`;
    if (isFile(chart)) return true;
  }
  return false;
}
