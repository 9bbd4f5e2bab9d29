// Terraform's kubernetes provider resources become the Kubernetes objects they create
// (src/parsers/terraform-kubernetes.ts): names and shapes, kinds and API versions, Secrets' plain
// text, references to another resource's name, dynamic blocks, kubernetes_manifest, plans, the
// way back from a finding's path to the Terraform lines, and the Kubernetes checks end to end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../src/index.js';
import { camelName, kubernetesKindOf } from '../../src/parsers/terraform-kubernetes.js';
import { loadTerraform } from '../../src/parsers/terraform.js';
import type { NormalizedResource, ParsedDocument } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { tempProject } from '../helpers/temp-project.js';

const MAIN = `variable "image" {}
variable "team_namespace" {}

resource "kubernetes_namespace" "records" {
  metadata {
    name   = "records"
    labels = { "pod-security.kubernetes.io/enforce" = "restricted" }
  }
}

resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "records-api"
    namespace = kubernetes_namespace.records.metadata[0].name
    labels    = { app_name = "records-api" }
  }
  wait_for_rollout = false
  spec {
    replicas = 2
    selector {
      match_labels = { app_name = "records-api" }
    }
    template {
      metadata {
        labels = { app_name = "records-api" }
      }
      spec {
        host_pid                        = true
        automount_service_account_token = false
        container {
          name  = "api"
          image = "\${var.image}:1.4.2"
          security_context {
            privileged                = true
            run_as_non_root           = true
            read_only_root_filesystem = true
            capabilities {
              add  = ["NET_ADMIN"]
              drop = ["ALL"]
            }
          }
          env {
            name  = "DB_HOST"
            value = "db.records"
          }
          env {
            name  = "DB_PASSWORD"
            value = "s3cr3t-Passw0rd-1"
          }
          resources {
            limits = { cpu = "1", memory_mb = "512" }
          }
        }
        dynamic "volume" {
          for_each = ["a"]
          content {
            name = volume.value
            host_path {
              path = "/var/run/docker.sock"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_secret" "db" {
  metadata {
    name      = "db"
    namespace = var.team_namespace
  }
  data        = { password = "plain-text" }
  binary_data = { keystore = "AAEC" }
}

resource "kubernetes_cluster_role" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"]
    verbs      = ["get", "list"]
  }
  rule {
    non_resource_urls = ["/metrics"]
    verbs             = ["get"]
  }
}

resource "kubernetes_cluster_role_binding" "reader" {
  metadata {
    name = "reader"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "Group"
    name      = "system:authenticated"
    api_group = "rbac.authorization.k8s.io"
  }
}

resource "kubernetes_service" "api" {
  metadata {
    name      = "records-api"
    namespace = "records"
  }
  spec {
    type       = "LoadBalancer"
    cluster_ip = "10.0.0.10"
    selector   = { app_name = "records-api" }
    port {
      port        = 443
      target_port = 8443
    }
  }
}

resource "kubernetes_manifest" "policy" {
  manifest = {
    apiVersion = "networking.k8s.io/v1"
    kind       = "NetworkPolicy"
    metadata   = { name = "deny-all", namespace = "records" }
    spec       = { podSelector = {}, policyTypes = ["Ingress"] }
  }
}

resource "kubernetes_manifest" "from_file" {
  manifest = yamldecode(file("crd.yaml"))
}

resource "kubernetes_persistent_volume" "data" {
  metadata {
    name = "data"
  }
}

data "kubernetes_secret" "existing" {
  metadata {
    name = "existing"
  }
}

resource "aws_s3_bucket" "records" {
  bucket = "records"
}
`;

function load(files: Record<string, string>): ParsedDocument[] {
  const result = loadTerraform(
    '.',
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
  assert.deepEqual(result.errors, []);
  return result.documents;
}

function kubernetesOf(documents: ParsedDocument[]): ParsedDocument {
  const found = documents.filter((d) => d.document.type === 'kubernetes');
  assert.equal(found.length, 1);
  return found[0]!;
}

function resource(parsed: ParsedDocument, id: string): NormalizedResource & Record<string, any> {
  const found = parsed.document.resources.find((r) => r.id === id);
  assert.ok(found, `no object ${id}`);
  return JSON.parse(JSON.stringify(found)) as NormalizedResource & Record<string, any>;
}

describe('Terraform kubernetes resources: names and kinds', () => {
  it('writes snake_case names as the API does, initialisms included', () => {
    assert.equal(camelName('run_as_non_root'), 'runAsNonRoot');
    assert.equal(camelName('host_pid'), 'hostPID');
    assert.equal(camelName('host_ipc'), 'hostIPC');
    assert.equal(camelName('cluster_ip'), 'clusterIP');
    assert.equal(camelName('external_ips'), 'externalIPs');
    assert.equal(camelName('non_resource_urls'), 'nonResourceURLs');
    assert.equal(camelName('api_groups'), 'apiGroups');
    assert.equal(camelName('downward_api'), 'downwardAPI');
    assert.equal(camelName('image'), 'image');
  });

  it('maps each resource type, with and without _v1, to its kind and API version', () => {
    assert.deepEqual(kubernetesKindOf('kubernetes_deployment'), { kind: 'Deployment', apiVersion: 'apps/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_deployment_v1'), { kind: 'Deployment', apiVersion: 'apps/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_daemonset'), { kind: 'DaemonSet', apiVersion: 'apps/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_daemon_set_v1'), { kind: 'DaemonSet', apiVersion: 'apps/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_cron_job'), { kind: 'CronJob', apiVersion: 'batch/v1beta1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_cron_job_v1'), { kind: 'CronJob', apiVersion: 'batch/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_ingress_v1'), { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1' });
    assert.deepEqual(kubernetesKindOf('kubernetes_cluster_role_binding_v1'), { kind: 'ClusterRoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1' });
    assert.equal(kubernetesKindOf('kubernetes_persistent_volume'), undefined);
    assert.equal(kubernetesKindOf('kubernetes_manifest'), undefined, 'its kind is in its manifest');
  });
});

describe('Terraform kubernetes resources: the objects', () => {
  const documents = load({ 'main.tf': MAIN });
  const kubernetes = kubernetesOf(documents);

  it('gives the module a Kubernetes document beside its Terraform one, valid against the schema', () => {
    assert.deepEqual(
      documents.map((d) => d.document.type),
      ['terraform', 'kubernetes'],
    );
    assert.equal(kubernetes.document.path, '.');
    assert.deepEqual(kubernetes.document.files, ['main.tf']);
    assert.equal(inputSchemaErrors('kubernetes', kubernetes.document), '');
    // Kinds no check reads, data sources, other providers and a manifest the module cannot read are left out.
    assert.deepEqual(
      kubernetes.document.resources.map((r) => r.id),
      [
        'kubernetes_namespace.records',
        'kubernetes_deployment_v1.api',
        'kubernetes_secret.db',
        'kubernetes_cluster_role.reader',
        'kubernetes_cluster_role_binding.reader',
        'kubernetes_service.api',
        'kubernetes_manifest.policy',
      ],
    );
  });

  it('converts a workload: pod spec lifted, names and lists as the API has them, maps and unknowns kept', () => {
    const api = resource(kubernetes, 'kubernetes_deployment_v1.api');
    assert.equal(api.kind, 'Deployment');
    assert.equal(api.apiVersion, 'apps/v1');
    assert.equal(api.name, 'records-api');
    assert.equal(api.namespace, 'records', 'the namespace resource it refers to');
    assert.equal(api.startLine, 11);
    assert.deepEqual(api.object.metadata, { name: 'records-api', namespace: 'records', labels: { app_name: 'records-api' } });
    assert.equal(api.object.waitForRollout, undefined, "Terraform's own arguments are not part of the object");
    assert.deepEqual(api.object.spec.selector, { matchLabels: { app_name: 'records-api' } });
    assert.deepEqual(api.podSpecPath, ['object', 'spec', 'template', 'spec']);
    assert.equal(api.podSpec.hostPID, true);
    assert.equal(api.podSpec.automountServiceAccountToken, false);
    assert.deepEqual(api.podSpec.containers, [
      {
        name: 'api',
        image: { __unknown__: '"${var.image}:1.4.2"', refs: ['var.image'] },
        securityContext: { privileged: true, runAsNonRoot: true, readOnlyRootFilesystem: true, capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] } },
        env: [
          { name: 'DB_HOST', value: 'db.records' },
          { name: 'DB_PASSWORD', value: 's3cr3t-Passw0rd-1' },
        ],
        resources: { limits: { cpu: '1', memory_mb: '512' } },
      },
    ]);
    assert.deepEqual(api.podSpec.volumes, [{ name: { __unknown__: 'volume.value', refs: ['volume.value'] }, hostPath: { path: '/var/run/docker.sock' } }]);
  });

  it("reads a Secret's data as the plain text the provider encodes, and keeps a namespace it cannot know unknown", () => {
    const secret = resource(kubernetes, 'kubernetes_secret.db');
    assert.deepEqual(secret.object.stringData, { password: 'plain-text' });
    assert.deepEqual(secret.object.data, { keystore: 'AAEC' });
    assert.deepEqual(secret.namespace, { __unknown__: 'var.team_namespace', refs: ['var.team_namespace'] });
  });

  it('converts RBAC rules, bindings and Services', () => {
    const role = resource(kubernetes, 'kubernetes_cluster_role.reader');
    assert.equal(role.namespace, null);
    assert.deepEqual(role.object.rules, [
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
      { nonResourceURLs: ['/metrics'], verbs: ['get'] },
    ]);
    const binding = resource(kubernetes, 'kubernetes_cluster_role_binding.reader');
    assert.deepEqual(binding.object.roleRef, { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' });
    assert.deepEqual(binding.object.subjects, [{ kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' }]);
    const service = resource(kubernetes, 'kubernetes_service.api');
    assert.deepEqual(service.object.spec, { type: 'LoadBalancer', clusterIP: '10.0.0.10', selector: { app_name: 'records-api' }, ports: [{ port: 443, targetPort: 8443 }] });
  });

  it('takes a kubernetes_manifest as it is written', () => {
    const policy = resource(kubernetes, 'kubernetes_manifest.policy');
    assert.equal(policy.kind, 'NetworkPolicy');
    assert.equal(policy.namespace, 'records');
    assert.deepEqual(policy.object.spec, { podSelector: {}, policyTypes: ['Ingress'] });
  });

  it('leaves the Terraform document as it was (references stay unknown there)', () => {
    const terraform = documents[0]!;
    const deployment = terraform.document.resources.find((r) => r.id === 'kubernetes_deployment_v1.api') as Record<string, any>;
    assert.deepEqual(deployment.config.metadata[0].namespace, { __unknown__: 'kubernetes_namespace.records.metadata[0].name', refs: ['kubernetes_namespace.records.metadata'] });
  });

  it('locates a path of an object at its Terraform line', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => kubernetes.locate(id, path)?.startLine;
    const api = 'kubernetes_deployment_v1.api';
    assert.equal(line(api, ['podSpec', 'containers', 0, 'securityContext', 'privileged']), 34);
    assert.equal(line(api, ['podSpec', 'containers', 0, 'securityContext', 'capabilities', 'add']), 38);
    assert.equal(line(api, ['podSpec', 'containers', 0, 'env', 1]), 46);
    assert.equal(line(api, ['podSpec', 'containers', 0, 'env', 1, 'value']), 48);
    assert.equal(line(api, ['podSpec', 'hostPID']), 28);
    assert.equal(line(api, ['podSpec', 'volumes', 0, 'hostPath', 'path']), 59, 'inside a dynamic block');
    assert.equal(line(api, ['object', 'metadata', 'labels', 'app_name']), 15, "a map's key");
    assert.equal(line(api, ['podSpec', 'containers', 0, 'notThere']), 30, 'the deepest node it has: the container block');
    assert.equal(line('kubernetes_secret.db', ['object', 'stringData', 'password']), 73);
    assert.equal(line('kubernetes_cluster_role.reader', ['object', 'rules', 1, 'nonResourceURLs']), 87);
    assert.equal(line('kubernetes_manifest.policy', ['object', 'spec', 'policyTypes']), 129);
    assert.equal(kubernetes.locate('kubernetes_service.nope', ['object']), undefined);
  });

  it('reads blocks written as objects, as other scanners\' fixtures do', () => {
    const [, parsed] = load({
      'pod.tf': `resource "kubernetes_pod" "legacy" {
  metadata {
    name = "legacy"
  }
  spec {
    container = [
      {
        name             = "web"
        image            = "nginx:1.25"
        security_context = { allow_privilege_escalation = false }
        env              = { name = "MODE", value = "x" }
      },
    ]
  }
}
`,
    });
    const pod = resource(parsed!, 'kubernetes_pod.legacy');
    assert.deepEqual(pod.podSpec.containers, [{ name: 'web', image: 'nginx:1.25', securityContext: { allowPrivilegeEscalation: false }, env: [{ name: 'MODE', value: 'x' }] }]);
    assert.equal(parsed!.locate('kubernetes_pod.legacy', ['podSpec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'])?.startLine, 10);
  });

  it("reads the pod spec that provider 1.x wrote straight in a ReplicationController's template", () => {
    const [, parsed] = load({
      'rc.tf': `resource "kubernetes_replication_controller" "web" {
  metadata {
    name = "web"
  }
  spec {
    selector = { app = "web" }
    template {
      container {
        name  = "web"
        image = "nginx:1.25"
        security_context {
          privileged = true
        }
      }
    }
  }
}
`,
    });
    const rc = resource(parsed!, 'kubernetes_replication_controller.web');
    assert.deepEqual(rc.podSpecPath, ['object', 'spec', 'template', 'spec']);
    assert.deepEqual(rc.podSpec.containers, [{ name: 'web', image: 'nginx:1.25', securityContext: { privileged: true } }]);
    assert.deepEqual(rc.object.spec.selector, { app: 'web' });
    assert.equal(parsed!.locate('kubernetes_replication_controller.web', ['podSpec', 'containers', 0, 'securityContext', 'privileged'])?.startLine, 12);
  });

  it('leaves out resources the module never creates (count 0, an empty for_each)', () => {
    const [, parsed] = load({
      'pods.tf': `resource "kubernetes_pod_v1" "debug" {
  count = 0
  metadata {
    name = "debug"
  }
  spec {
    container {
      name  = "shell"
      image = "busybox:1.36"
    }
  }
}

resource "kubernetes_pod_v1" "per_team" {
  for_each = {}
  metadata {
    name = "team"
  }
  spec {
    container {
      name  = "shell"
      image = "busybox:1.36"
    }
  }
}

resource "kubernetes_pod_v1" "kept" {
  count = 1
  metadata {
    name = "kept"
  }
  spec {
    container {
      name  = "shell"
      image = "busybox:1.36"
    }
  }
}
`,
    });
    assert.deepEqual(
      parsed!.document.resources.map((r) => r.id),
      ['kubernetes_pod_v1.kept'],
    );
  });

  it('gives no Kubernetes document to a module without kubernetes resources', () => {
    assert.deepEqual(
      load({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' }).map((d) => d.document.type),
      ['terraform'],
    );
  });

  it('converts the kubernetes resources of a plan', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.6.0',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'kubernetes_pod.web',
              mode: 'managed',
              type: 'kubernetes_pod',
              name: 'web',
              provider_name: 'registry.terraform.io/hashicorp/kubernetes',
              values: { metadata: [{ name: 'web', namespace: 'clinic' }], spec: [{ container: [{ name: 'web', image: 'nginx:1.25', security_context: [{ privileged: true }] }] }] },
            },
          ],
        },
      },
    };
    const documents = load({ 'plan.json': JSON.stringify(plan, null, 2) });
    assert.deepEqual(
      documents.map((d) => d.document.type),
      ['terraform', 'kubernetes'],
    );
    const pod = resource(documents[1]!, 'kubernetes_pod.web');
    assert.equal(pod.namespace, 'clinic');
    assert.deepEqual(pod.podSpec.containers, [{ name: 'web', image: 'nginx:1.25', securityContext: { privileged: true } }]);
    assert.ok((documents[1]!.locate('kubernetes_pod.web', ['podSpec', 'containers', 0, 'securityContext', 'privileged'])?.startLine ?? 0) > 1);
  });
});

describe('Terraform kubernetes resources: the Kubernetes checks', () => {
  it('report on them at their Terraform lines, and not on values the module does not know', async () => {
    const { dir, cleanup } = tempProject({ 'main.tf': MAIN });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, []);
      const found = result.findings
        .filter((f) => f.ruleId.startsWith('EVD-K8S-'))
        .map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine} ${f.resource} ${f.message}`);
      assert.deepEqual(found.sort(), [
        'EVD-K8S-001 main.tf:48 kubernetes_deployment_v1.api container "api" of kubernetes_deployment_v1.api sets DB_PASSWORD (a secret by its name) as a literal value',
        'EVD-K8S-002 main.tf:34 kubernetes_deployment_v1.api container "api" of kubernetes_deployment_v1.api runs privileged',
        "EVD-K8S-006 main.tf:28 kubernetes_deployment_v1.api kubernetes_deployment_v1.api shares the node's process (PID) namespace (hostPID: true)",
        'EVD-K8S-007 main.tf:59 kubernetes_deployment_v1.api kubernetes_deployment_v1.api mounts the node path /var/run/docker.sock (the container runtime socket) as volume "volume.value"',
        'EVD-K8S-008 main.tf:38 kubernetes_deployment_v1.api container "api" of kubernetes_deployment_v1.api adds the capability NET_ADMIN',
        'EVD-K8S-014 main.tf:101 kubernetes_cluster_role_binding.reader kubernetes_cluster_role_binding.reader grants ClusterRole cluster-admin to Group system:authenticated',
        'EVD-K8S-016 main.tf:114 kubernetes_service.api kubernetes_service.api is a public LoadBalancer (no internal annotation, no loadBalancerSourceRanges)',
        'EVD-K8S-017 main.tf:73 kubernetes_secret.db kubernetes_secret.db commits the value of password (stringData) in clear text',
        'EVD-K8S-024 main.tf:81 kubernetes_cluster_role.reader kubernetes_cluster_role.reader rule 0 lets its subjects read Secrets (get, list)',
      ]);
      // Set from values the module does not know, or compliant: the image (a variable), the Secret's
      // namespace, the container's user, root filesystem and privilege escalation, the namespace's
      // Pod Security label, the NetworkPolicy of a kubernetes_manifest, the service-account token.
      for (const id of ['EVD-K8S-004', 'EVD-K8S-005', 'EVD-K8S-010', 'EVD-K8S-011', 'EVD-K8S-015', 'EVD-K8S-018', 'EVD-K8S-022']) {
        assert.ok(!result.findings.some((f) => f.ruleId === id), id);
      }
      // Coverage counts the objects as Kubernetes resources; the file stays one Terraform file.
      assert.equal(result.coverage.resources.kubernetes, 7);
      assert.equal(result.coverage.byType.terraform, 1);
      assert.equal(result.coverage.byType.kubernetes, undefined);
    } finally {
      cleanup();
    }
  });
});
