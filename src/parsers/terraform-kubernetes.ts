/**
 * The Terraform kubernetes provider's resources (`kubernetes_deployment`,
 * `kubernetes_pod_v1`, `kubernetes_secret`, `kubernetes_cluster_role_binding`,
 * `kubernetes_manifest`, …) → the Kubernetes objects they create, so that the
 * Kubernetes checks judge them as they judge manifests.
 *
 * A module (or plan) that has such resources gets a second document, of
 * input type `kubernetes`, beside its Terraform document: the same path and
 * files, one object per resource, its id the Terraform address
 * (`kubernetes_deployment.api`), located in the resource's block.
 *
 * The provider writes the Kubernetes API in Terraform's shape: snake_case
 * names (`security_context`, `run_as_non_root`, `host_pid`), a nested block
 * for every object (a list of one, in the JSON of a module or a plan), and
 * singular names for the blocks that repeat (`container`, `volume`, `env`,
 * `port`, `rule`, `subject`). The conversion:
 *
 * - names: snake_case → camelCase, with Kubernetes' initialisms (`host_pid` →
 *   `hostPID`, `cluster_ip` → `clusterIP`, `non_resource_urls` →
 *   `nonResourceURLs`) and the names that differ ({@link LIST_BLOCKS},
 *   {@link TOP_LEVEL});
 * - nested blocks: a list where Kubernetes has a list ({@link LIST_BLOCKS}),
 *   else the one object; `dynamic` blocks count as one more instance of their
 *   block, with what their iterator gives unknown;
 * - attributes as they are: a map's keys (labels, annotations, a ConfigMap's
 *   data, resource limits) are never renamed, and values the module does not
 *   know stay unknown sentinels, on which checks do not report;
 * - a Secret's `data`, which the provider takes as plain text and encodes, is
 *   the object's `stringData`; its `binary_data` (base64) is `data`;
 * - `kubernetes_manifest` is its `manifest` attribute, already a Kubernetes object;
 * - a reference to another kubernetes resource's name or namespace
 *   (`kubernetes_namespace.app.metadata[0].name`, `kubernetes_namespace.app.id`)
 *   is that resource's literal value when it has one: the usual way of putting
 *   a workload in the namespace the module creates.
 *
 * Resources of kinds no Kubernetes check reads (a PersistentVolume, a
 * HorizontalPodAutoscaler) are left out.
 */
import { isMapping } from './yaml.js';
import type { UnknownValue } from './hcl/values.js';
import { makeKubernetesResource, objectPathOf, type KubernetesDocument, type KubernetesResource } from './kubernetes.js';
import type { NormalizedDocument, NormalizedResource, ParsedDocument, Range, ValuePath } from './types.js';

/** Resource type (without the `_v1` suffix the provider's newer names add) → the object it creates. */
const KINDS: Readonly<Record<string, { kind: string; apiVersion: string; v1ApiVersion?: string }>> = {
  kubernetes_pod: { kind: 'Pod', apiVersion: 'v1' },
  kubernetes_deployment: { kind: 'Deployment', apiVersion: 'apps/v1' },
  kubernetes_stateful_set: { kind: 'StatefulSet', apiVersion: 'apps/v1' },
  kubernetes_daemonset: { kind: 'DaemonSet', apiVersion: 'apps/v1' },
  kubernetes_daemon_set: { kind: 'DaemonSet', apiVersion: 'apps/v1' },
  kubernetes_replication_controller: { kind: 'ReplicationController', apiVersion: 'v1' },
  kubernetes_job: { kind: 'Job', apiVersion: 'batch/v1' },
  kubernetes_cron_job: { kind: 'CronJob', apiVersion: 'batch/v1beta1', v1ApiVersion: 'batch/v1' },
  kubernetes_service: { kind: 'Service', apiVersion: 'v1' },
  kubernetes_ingress: { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1beta1', v1ApiVersion: 'networking.k8s.io/v1' },
  kubernetes_ingress_class: { kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1' },
  kubernetes_network_policy: { kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1' },
  kubernetes_secret: { kind: 'Secret', apiVersion: 'v1' },
  kubernetes_config_map: { kind: 'ConfigMap', apiVersion: 'v1' },
  kubernetes_namespace: { kind: 'Namespace', apiVersion: 'v1' },
  kubernetes_service_account: { kind: 'ServiceAccount', apiVersion: 'v1' },
  kubernetes_role: { kind: 'Role', apiVersion: 'rbac.authorization.k8s.io/v1' },
  kubernetes_cluster_role: { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1' },
  kubernetes_role_binding: { kind: 'RoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1' },
  kubernetes_cluster_role_binding: { kind: 'ClusterRoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1' },
  kubernetes_storage_class: { kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1' },
};

/**
 * The top-level arguments that are part of the object, per kind, with their
 * Kubernetes names; the others (`wait_for_rollout`, `timeouts`, meta-arguments)
 * are Terraform's. Every kind has `metadata`.
 */
const TOP_LEVEL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Secret: { data: 'stringData', binary_data: 'data', type: 'type', immutable: 'immutable' },
  ConfigMap: { data: 'data', binary_data: 'binaryData', immutable: 'immutable' },
  ServiceAccount: { automount_service_account_token: 'automountServiceAccountToken', secret: 'secrets', image_pull_secret: 'imagePullSecrets' },
  Role: { rule: 'rules' },
  ClusterRole: { rule: 'rules', aggregation_rule: 'aggregationRule' },
  RoleBinding: { role_ref: 'roleRef', subject: 'subjects' },
  ClusterRoleBinding: { role_ref: 'roleRef', subject: 'subjects' },
  StorageClass: {
    storage_provisioner: 'provisioner',
    parameters: 'parameters',
    reclaim_policy: 'reclaimPolicy',
    volume_binding_mode: 'volumeBindingMode',
    allow_volume_expansion: 'allowVolumeExpansion',
    mount_options: 'mountOptions',
    allowed_topologies: 'allowedTopologies',
  },
};

/** The top-level blocks that repeat: each is one item of the object's list of that name. */
const TOP_LEVEL_LISTS: ReadonlySet<string> = new Set(['rules', 'subjects', 'secrets', 'imagePullSecrets', 'allowedTopologies']);

/** Kinds whose object is metadata and spec. */
const SPEC = { spec: 'spec' } as const;

/**
 * Nested blocks that repeat, each of which is one item of a Kubernetes list,
 * by the block's name → the list's name. Any other nested block is one object.
 */
const LIST_BLOCKS: Readonly<Record<string, string>> = {
  container: 'containers',
  init_container: 'initContainers',
  ephemeral_container: 'ephemeralContainers',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
  volume_device: 'volumeDevices',
  volume_claim_template: 'volumeClaimTemplates',
  port: 'ports',
  ports: 'ports',
  env: 'env',
  env_from: 'envFrom',
  toleration: 'tolerations',
  image_pull_secrets: 'imagePullSecrets',
  host_aliases: 'hostAliases',
  topology_spread_constraint: 'topologySpreadConstraints',
  readiness_gate: 'readinessGates',
  sysctl: 'sysctls',
  option: 'options',
  items: 'items',
  sources: 'sources',
  http_header: 'httpHeaders',
  match_expressions: 'matchExpressions',
  match_fields: 'matchFields',
  node_selector_term: 'nodeSelectorTerms',
  preferred_during_scheduling_ignored_during_execution: 'preferredDuringSchedulingIgnoredDuringExecution',
  ingress: 'ingress',
  egress: 'egress',
  from: 'from',
  to: 'to',
  rule: 'rules',
  path: 'paths',
  tls: 'tls',
  subject: 'subjects',
  cluster_role_selectors: 'clusterRoleSelectors',
};

/**
 * Nested blocks that are one object and never a map argument. Terraform
 * rejects `security_context = { … }` for a block of this provider, but other
 * scanners' fixtures write blocks so (KICS's), and the intent is plain: an
 * object under one of these names, or under a name of {@link LIST_BLOCKS}, is
 * read as one instance of the block. (Ambiguous names such as `selector`, a
 * Service's map and a Deployment's block, are not among them.)
 */
const OBJECT_BLOCKS: ReadonlySet<string> = new Set([
  'metadata',
  'spec',
  'template',
  'job_template',
  'security_context',
  'capabilities',
  'seccomp_profile',
  'se_linux_options',
  'liveness_probe',
  'readiness_probe',
  'startup_probe',
  'http_get',
  'tcp_socket',
  'exec',
  'value_from',
  'secret_key_ref',
  'config_map_key_ref',
  'host_path',
  'empty_dir',
  'persistent_volume_claim',
  'role_ref',
  'os',
]);

/** Name parts that Kubernetes writes as initialisms. */
const INITIALISMS: Readonly<Record<string, string>> = { ip: 'IP', ips: 'IPs', pid: 'PID', ipc: 'IPC', url: 'URL', urls: 'URLs', api: 'API', uid: 'UID' };

/** `run_as_non_root` → `runAsNonRoot`, `host_pid` → `hostPID`. */
export function camelName(name: string): string {
  const parts = name.split('_');
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) out += INITIALISMS[part] ?? part.charAt(0).toUpperCase() + part.slice(1);
  return out;
}

/** The object type of a Terraform resource type, or undefined when no Kubernetes check reads its kind. */
export function kubernetesKindOf(type: string): { kind: string; apiVersion: string } | undefined {
  const v1 = type.endsWith('_v1');
  const entry = KINDS[v1 ? type.slice(0, -'_v1'.length) : type];
  if (entry === undefined) return undefined;
  return { kind: entry.kind, apiVersion: v1 ? (entry.v1ApiVersion ?? entry.apiVersion) : entry.apiVersion };
}

/** Where each converted object's and list's members came from: member → path relative to the parent's Terraform value. */
type Origins = WeakMap<object, Map<string | number, ValuePath>>;

/**
 * The unknown sentinel, by its shape: a plan's sentinels and a module's alike
 * (hcl/values.ts isUnknownValue knows only the sentinels the HCL evaluator made).
 */
function isUnknown(value: unknown): value is UnknownValue {
  return isMapping(value) && typeof value.__unknown__ === 'string';
}

/** A nested block's instances, as a module's or a plan's JSON has them: a non-empty list of objects. */
function isBlockList(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isMapping(item) && !isUnknown(item));
}

/** One instance of a nested block and where it is inside its parent's value. */
interface Instance {
  value: Record<string, unknown>;
  at: ValuePath;
}

/**
 * Converts the body of one block (its arguments and nested blocks) into the
 * Kubernetes object it stands for. `names` renames (and, when given, selects)
 * the members: the top level of a resource.
 */
function convertBody(body: Record<string, unknown>, origins: Origins, names?: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const from = new Map<string | number, ValuePath>();
  const blocks = new Map<string, Instance[]>();
  const nameOf = (key: string): string | undefined => (names === undefined ? camelName(key) : names[key]);
  for (const [key, value] of Object.entries(body)) {
    if (key === 'dynamic') continue;
    if (isBlockList(value)) {
      blocks.set(key, value.map((item, i) => ({ value: item, at: [key, i] })));
      continue;
    }
    if (isMapping(value) && !isUnknown(value) && (LIST_BLOCKS[key] !== undefined || OBJECT_BLOCKS.has(key))) {
      blocks.set(key, [{ value, at: [key] }]);
      continue;
    }
    const name = nameOf(key);
    if (name === undefined || value === null) continue;
    out[name] = value;
    from.set(name, [key]);
  }
  // A dynamic block is one more instance of its block (for_each's items are not known here).
  const dynamics = body.dynamic;
  if (isMapping(dynamics)) {
    for (const [key, list] of Object.entries(dynamics)) {
      if (!Array.isArray(list)) continue;
      list.forEach((dynamic, n) => {
        const content = isMapping(dynamic) ? dynamic.content : undefined;
        if (!isBlockList(content)) return;
        const instances = blocks.get(key) ?? [];
        instances.push({ value: content[0]!, at: ['dynamic', key, n, 'content', 0] });
        blocks.set(key, instances);
      });
    }
  }
  for (const [key, instances] of blocks) {
    const listName = LIST_BLOCKS[key];
    const name = names === undefined ? (listName ?? camelName(key)) : names[key];
    if (name === undefined) continue;
    if (names === undefined ? listName !== undefined : TOP_LEVEL_LISTS.has(name)) {
      const list = instances.map((instance) => convertBody(instance.value, origins));
      origins.set(list, new Map(instances.map((instance, i) => [i, instance.at])));
      out[name] = list;
      from.set(name, []);
    } else {
      out[name] = convertBody(instances[0]!.value, origins);
      from.set(name, instances[0]!.at);
    }
  }
  origins.set(out, from);
  return out;
}

/** A Terraform resource of a kubernetes kind, converted. */
interface Converted {
  resource: KubernetesResource;
  /** The object as converted, before the pod spec was lifted out (locate walks it). */
  object: Record<string, unknown>;
  /** Whether the object is the `manifest` attribute of a `kubernetes_manifest` (its paths are the object's own). */
  manifest: boolean;
}

/** The object a Terraform resource creates, or undefined when it is not a resource of a kind the checks read. */
function convertResource(resource: NormalizedResource, origins: Origins): Converted | undefined {
  const type = typeof resource['type'] === 'string' ? resource['type'] : '';
  const config = resource['config'];
  if (!isMapping(config)) return undefined;
  if (type === 'kubernetes_manifest') {
    const manifest = config.manifest;
    if (!isMapping(manifest) || isUnknown(manifest)) return undefined;
    const { kind, apiVersion } = manifest;
    if (typeof kind !== 'string' || kind === '' || typeof apiVersion !== 'string' || apiVersion === '') return undefined;
    return { resource: located(manifest, kind, apiVersion, resource), object: manifest, manifest: true };
  }
  const target = kubernetesKindOf(type);
  if (target === undefined) return undefined;
  const names = { metadata: 'metadata', ...(TOP_LEVEL[target.kind] ?? SPEC) };
  const body = convertBody(config, origins, names);
  const object = { apiVersion: target.apiVersion, kind: target.kind, ...body };
  origins.set(object, origins.get(body)!);
  if (target.kind === 'ReplicationController') liftLegacyTemplate(object, origins);
  return { resource: located(object, target.kind, target.apiVersion, resource), object, manifest: false };
}

/**
 * Provider 1.x wrote a ReplicationController's pod spec straight in its
 * `template` (`template { container { … } }`); the object has it in
 * `template.spec`.
 */
function liftLegacyTemplate(object: Record<string, unknown>, origins: Origins): void {
  const spec = object.spec;
  const template = isMapping(spec) ? spec.template : undefined;
  if (!isMapping(spec) || !isMapping(template) || 'spec' in template || !('containers' in template)) return;
  const wrapped = { spec: template };
  origins.set(wrapped, new Map([['spec', []]]));
  spec.template = wrapped;
}

/** The Kubernetes resource of an object, named and located as its Terraform resource. */
function located(object: Record<string, unknown>, kind: string, apiVersion: string, resource: NormalizedResource): KubernetesResource {
  const out = makeKubernetesResource(object, kind, apiVersion, resource.file, resource.startLine, resource.endLine);
  out.id = resource.id;
  // A namespace the module does not know is not "default": the checks leave it alone (they compare strings).
  const metadata = isMapping(object.metadata) ? object.metadata : {};
  if (out.namespace !== null && isUnknown(metadata.namespace)) out.namespace = metadata.namespace;
  return out;
}

/** `kubernetes_namespace.app.metadata[0].name`, `kubernetes_namespace_v1.app.metadata.0.namespace`, `kubernetes_namespace.app.id`. */
const METADATA_REFERENCE = /^(kubernetes_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)\.(?:metadata(?:\[0\]|\.0)\.(name|namespace)|(id))$/;

/**
 * `value` with the unknown sentinels that stand for another kubernetes
 * resource's name or namespace replaced by that resource's literal value, when
 * it has one (`byId`: the module's kubernetes resources by address). Copies
 * only what it changes: the Terraform document keeps its own values.
 */
function resolveMetadataReferences(value: unknown, byId: ReadonlyMap<string, NormalizedResource>, depth = 0): unknown {
  if (depth > 200 || typeof value !== 'object' || value === null) return value;
  if (isUnknown(value)) return referencedMetadata(value, byId) ?? value;
  if (Array.isArray(value)) {
    const items = value.map((item) => resolveMetadataReferences(item, byId, depth + 1));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveMetadataReferences(item, byId, depth + 1);
    if (resolved !== item) (copy ??= { ...value })[key] = resolved;
  }
  return copy ?? value;
}

/** The literal name or namespace an unknown value refers to (METADATA_REFERENCE), or undefined. */
function referencedMetadata(value: UnknownValue, byId: ReadonlyMap<string, NormalizedResource>): string | undefined {
  const match = METADATA_REFERENCE.exec(value.__unknown__);
  const target = match === null ? undefined : byId.get(match[1]!);
  const config = target?.['config'];
  const metadata = isMapping(config) && Array.isArray(config.metadata) && isMapping(config.metadata[0]) ? config.metadata[0] : undefined;
  if (metadata === undefined) return undefined;
  // The id of a Namespace is its name; other kinds' ids are namespace/name.
  const field = match![3] === undefined ? match![2]! : String(target!['type']).startsWith('kubernetes_namespace') ? 'name' : undefined;
  const literal = field === undefined ? undefined : metadata[field];
  return typeof literal === 'string' ? literal : undefined;
}

/**
 * The Kubernetes document of a Terraform document's kubernetes resources
 * (a module's or a plan's), or undefined when it has none.
 */
export function kubernetesFromTerraform(parsed: ParsedDocument): ParsedDocument | undefined {
  const document = parsed.document;
  // The module's kubernetes resources (data sources left out), by address: what references name.
  const byId = new Map<string, NormalizedResource>();
  for (const r of document.resources) {
    const type = r['type'];
    if (typeof type === 'string' && type.startsWith('kubernetes_') && r['mode'] !== 'data') byId.set(r.id, r);
  }
  if (byId.size === 0) return undefined;
  const origins: Origins = new WeakMap();
  const converted = new Map<string, Converted>();
  for (const candidate of byId.values()) {
    if (neverCreated(candidate)) continue;
    const result = convertResource({ ...candidate, config: resolveMetadataReferences(candidate['config'], byId) }, origins);
    if (result !== undefined && !converted.has(result.resource.id)) converted.set(result.resource.id, result);
  }
  if (converted.size === 0) return undefined;
  const kubernetes: KubernetesDocument = {
    type: 'kubernetes',
    path: document.path,
    files: [...new Set([...converted.values()].map((c) => c.resource.file))].sort(),
    resources: [...converted.values()].map((c) => c.resource),
  };
  return {
    document: kubernetes as NormalizedDocument,
    locate: (resourceId: string, path: ValuePath): Range | undefined => {
      const entry = converted.get(resourceId);
      if (entry === undefined) return undefined;
      const inObject = objectPathOf(entry.resource.podSpecPath, path);
      const terraformPath = entry.manifest ? ['manifest', ...inObject] : terraformPathOf(entry.object, inObject, origins);
      return parsed.locate(resourceId, ['config', ...terraformPath]);
    },
  };
}

/**
 * A resource whose `count` is 0 or whose `for_each` is an empty collection,
 * resolved from the code: Terraform creates nothing (lib/terraform.rego's
 * never_created, which the Terraform checks skip too).
 */
function neverCreated(resource: NormalizedResource): boolean {
  const count = resource['count'];
  if (count === 0 || count === '0') return true;
  const forEach = resource['for_each'];
  return (Array.isArray(forEach) && forEach.length === 0) || (isMapping(forEach) && !isUnknown(forEach) && Object.keys(forEach).length === 0);
}

/** A path inside a converted object → the path inside the resource's Terraform config, as deep as the conversion recorded. */
function terraformPathOf(object: Record<string, unknown>, path: ValuePath, origins: Origins): ValuePath {
  const out: Array<string | number> = [];
  let node: unknown = object;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const from = typeof node === 'object' && node !== null ? origins.get(node) : undefined;
    if (from === undefined) {
      // An attribute's value (a map, a list of strings): its own keys.
      out.push(...path.slice(i));
      break;
    }
    const at = from.get(key);
    if (at === undefined) break;
    out.push(...at);
    node = (node as Record<string | number, unknown>)[key];
  }
  return out;
}
