// The Kubernetes parser: one document per directory, whole resources with
// lines, List flattening, Helm skipping, file errors, and locate() ranges
// cross-checked with the fixture text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELM_TEMPLATE_REASON, isKubernetesManifest, loadKubernetes } from '../../src/parsers/kubernetes.js';
import type { KubernetesResource } from '../../src/parsers/kubernetes.js';
import type { LoadResult, ParsedDocument, Range, SourceText } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { textInRange } from '../helpers/range-text.js';

// Paths in the tests are relative to the fixture folder, which plays the scan root.
const root = fileURLToPath(new URL('./fixtures/kubernetes/', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');
const isFile = (path: string): boolean => existsSync(root + path);

/** The manifest files of a fixture directory, as discovery would hand them over. */
function filesOf(dir: string): SourceText[] {
  return readdirSync(root + dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => ({ path: `${dir}/${name}`, text: read(`${dir}/${name}`) }));
}

function only(result: LoadResult): ParsedDocument {
  assert.equal(result.documents.length, 1);
  return result.documents[0]!;
}

function resource(parsed: ParsedDocument, id: string): KubernetesResource {
  const found = parsed.document.resources.find((r) => r.id === id);
  assert.ok(found, `no resource ${id}`);
  return found as KubernetesResource;
}

/** The text a range covers in a fixture file. */
function textOf(file: string, range: Range | undefined): string | undefined {
  return textInRange(read(file), range);
}

/** Checks a document against policies/schemas/kubernetes.json, as the policy engine receives it. */
function assertValid(document: unknown): void {
  assert.equal(inputSchemaErrors('kubernetes', document), '');
}

describe('isKubernetesManifest', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a manifest', 'apiVersion: v1\nkind: Service\n', true],
    ['keys in any order, after comments and ---', '# svc\n---\nkind: Service\nmetadata: {}\napiVersion: v1\n', true],
    ['quoted keys', '"apiVersion": v1\n\'kind\': Pod\n', true],
    ['a file starting with a byte order mark', '\uFEFFapiVersion: v1\r\nkind: Pod\r\n', true],
    ['the second document', 'a: 1\n---\napiVersion: v1\nkind: Pod\n', true],
    ['a List', read('clinic/exported-list.yaml'), true],
    ['JSON', read('clinic/reporting-deployments.json'), true],
    ['JSON without kind', '{"apiVersion": "v2", "name": "x"}', false],
    ['apiVersion and kind in different documents', 'apiVersion: v1\n---\nkind: Pod\n', false],
    ['nested keys only', 'spec:\n  apiVersion: v1\n  kind: Pod\n', false],
    ['a Helm Chart.yaml', read('helm/patient-portal/Chart.yaml'), false],
    ['a docker-compose file', 'services:\n  api:\n    image: api:1\n', false],
    ['a GitHub workflow', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n', false],
    ['a kustomization', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n', true],
    ['empty text', '', false],
    ['comments only', read('clinic/comments-only.yaml'), false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(isKubernetesManifest(text), expected));
  }
});

describe('loadKubernetes: a directory of manifests', () => {
  const result = loadKubernetes('clinic', filesOf('clinic'), { isFile });
  const parsed = only(result);

  it('reports the file that fails to parse and loads the others', () => {
    assert.deepEqual(result.errors, [{ file: 'clinic/broken.yaml', reason: 'bad indentation of a mapping entry', line: 7, column: 9 }]);
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(parsed.document.type, 'kubernetes');
    assert.deepEqual(parsed.document.path, 'clinic');
    assert.deepEqual(parsed.document.files, [
      'clinic/alert-rules.yaml',
      'clinic/backup-cronjob.yaml',
      'clinic/comments-only.yaml',
      'clinic/exported-list.yaml',
      'clinic/namespace.yaml',
      'clinic/patient-api.yaml',
      'clinic/records-db.yaml',
      'clinic/reporting-deployments.json',
    ]);
  });

  it('makes one resource per object, in file order, with its own lines', () => {
    assert.deepEqual(
      parsed.document.resources.map((r) => [r.id, r.file, r.startLine, r.endLine]),
      [
        ['ConfigMap/clinic/alert-rules', 'clinic/alert-rules.yaml', 1, 15],
        ['CronJob/default/records-backup', 'clinic/backup-cronjob.yaml', 2, 16],
        ['Pod/clinic/debug-shell', 'clinic/exported-list.yaml', 5, 15],
        ['NetworkPolicy/clinic/default-deny', 'clinic/exported-list.yaml', 16, 23],
        ['Namespace/clinic', 'clinic/namespace.yaml', 2, 8],
        ['Deployment/clinic/patient-api', 'clinic/patient-api.yaml', 4, 46],
        ['Service/clinic/patient-api', 'clinic/patient-api.yaml', 48, 59],
        ['Ingress/clinic/patient-api', 'clinic/patient-api.yaml', 61, 77],
        ['StatefulSet/clinic/records-db', 'clinic/records-db.yaml', 1, 26],
        ['Secret/clinic/records-db', 'clinic/records-db.yaml', 28, 35],
        ['ConfigMap/clinic/records-db-config', 'clinic/records-db.yaml', 37, 47],
        ['Deployment/analytics/reporting', 'clinic/reporting-deployments.json', 5, 16],
      ],
    );
  });

  it('normalizes a Deployment: Kubernetes scalars (yes, 0644), merge keys and aliases resolved, podSpec', () => {
    const labels = { 'app.kubernetes.io/name': 'patient-api', 'app.kubernetes.io/part-of': 'clinic' };
    const resources = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } };
    const podSpec = {
      serviceAccountName: 'patient-api',
      containers: [
        {
          name: 'api',
          image: 'registry.example.org/clinic/patient-api:1.14.2',
          ports: [{ containerPort: 8443, name: 'https' }],
          env: [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'records-db', key: 'url' } } }],
          resources,
          securityContext: { privileged: true, readOnlyRootFilesystem: true },
        },
        { name: 'audit-shipper', image: 'registry.example.org/clinic/audit-shipper:2.1.0', resources },
      ],
      volumes: [{ name: 'tls', secret: { secretName: 'patient-api-tls', defaultMode: 0o644 } }],
    };
    assert.deepEqual(resource(parsed, 'Deployment/clinic/patient-api'), {
      id: 'Deployment/clinic/patient-api',
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'patient-api',
      namespace: 'clinic',
      file: 'clinic/patient-api.yaml',
      startLine: 4,
      endLine: 46,
      object: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'patient-api', namespace: 'clinic', labels },
        spec: {
          replicas: 3,
          selector: { matchLabels: labels },
          template: { metadata: { labels: { ...labels, 'data-classification': 'phi' } }, spec: null },
        },
      },
      podSpec,
      podSpecPath: ['object', 'spec', 'template', 'spec'],
    });
  });

  it('normalizes a CronJob: namespace defaults, podSpec from the job template', () => {
    const podSpec = {
      restartPolicy: 'OnFailure',
      containers: [
        {
          name: 'backup',
          image: 'registry.example.org/clinic/pg-backup:3.0.1',
          args: ['--target', 's3://clinic-backups/records', '--no-encrypt'],
        },
      ],
    };
    assert.deepEqual(resource(parsed, 'CronJob/default/records-backup'), {
      id: 'CronJob/default/records-backup',
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      name: 'records-backup',
      namespace: 'default',
      file: 'clinic/backup-cronjob.yaml',
      startLine: 2,
      endLine: 16,
      object: {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'records-backup' },
        spec: { schedule: '15 2 * * *', jobTemplate: { spec: { template: { spec: null } } } },
      },
      podSpec,
      podSpecPath: ['object', 'spec', 'jobTemplate', 'spec', 'template', 'spec'],
    });
  });

  it('flattens a List: each item is a resource with the item lines', () => {
    const podSpec = { hostNetwork: true, containers: [{ name: 'shell', image: 'busybox:1.36', command: ['sleep', 'infinity'] }] };
    assert.deepEqual(resource(parsed, 'Pod/clinic/debug-shell'), {
      id: 'Pod/clinic/debug-shell',
      apiVersion: 'v1',
      kind: 'Pod',
      name: 'debug-shell',
      namespace: 'clinic',
      file: 'clinic/exported-list.yaml',
      startLine: 5,
      endLine: 15,
      object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug-shell', namespace: 'clinic' }, spec: null },
      podSpec,
      podSpecPath: ['object', 'spec'],
    });
    assert.deepEqual(resource(parsed, 'NetworkPolicy/clinic/default-deny'), {
      id: 'NetworkPolicy/clinic/default-deny',
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      name: 'default-deny',
      namespace: 'clinic',
      file: 'clinic/exported-list.yaml',
      startLine: 16,
      endLine: 23,
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'default-deny', namespace: 'clinic' },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      },
    });
  });

  it('flattens a typed JSON list whose items omit kind and apiVersion', () => {
    const podSpec = { containers: [{ name: 'report', image: 'registry.example.org/clinic/reporting:0.9.0' }] };
    assert.deepEqual(resource(parsed, 'Deployment/analytics/reporting'), {
      id: 'Deployment/analytics/reporting',
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'reporting',
      namespace: 'analytics',
      file: 'clinic/reporting-deployments.json',
      startLine: 5,
      endLine: 16,
      object: { metadata: { name: 'reporting', namespace: 'analytics' }, spec: { template: { spec: null } } },
      podSpec,
      podSpecPath: ['object', 'spec', 'template', 'spec'],
    });
  });

  it('gives cluster-scoped kinds no namespace', () => {
    assert.deepEqual(resource(parsed, 'Namespace/clinic'), {
      id: 'Namespace/clinic',
      apiVersion: 'v1',
      kind: 'Namespace',
      name: 'clinic',
      namespace: null,
      file: 'clinic/namespace.yaml',
      startLine: 2,
      endLine: 8,
      object: {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: 'clinic',
          labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'compliance/hipaa': 'in-scope' },
        },
      },
    });
  });

  it("names the cluster's programs' configuration files by their file, without a namespace", () => {
    const text = [
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: InitConfiguration',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: ClusterConfiguration',
      'apiServer:',
      '  extraArgs:',
      '    audit-log-path: /var/log/audit.log',
      '---',
      'apiVersion: kubelet.config.k8s.io/v1beta1',
      'kind: KubeletConfiguration',
      'readOnlyPort: 0',
      '---',
      'apiVersion: example.com/v1',
      'kind: KubeletConfiguration',
      'metadata: { name: not-the-kubelets }',
      '',
    ].join('\n');
    const doc = only(loadKubernetes('nodes', [{ path: 'nodes/kubeadm.yaml', text }]));
    assert.deepEqual(
      doc.document.resources.map((r) => [r.id, (r as KubernetesResource).namespace]),
      [
        ['InitConfiguration/nodes/kubeadm.yaml', null],
        ['ClusterConfiguration/nodes/kubeadm.yaml', null],
        ['KubeletConfiguration/nodes/kubeadm.yaml', null],
        ['KubeletConfiguration/default/not-the-kubelets', 'default'],
      ],
    );
    assert.equal(textInRange(text, doc.locate('ClusterConfiguration/nodes/kubeadm.yaml', ['object', 'apiServer', 'extraArgs', 'audit-log-path'])), '/var/log/audit.log');
  });

  it('keeps secrets, config maps and template-like text in strings as data', () => {
    assert.deepEqual(resource(parsed, 'Secret/clinic/records-db').object.stringData, {
      url: 'postgres://api:change-me@records-db:5432/records?sslmode=disable',
    });
    assert.deepEqual(resource(parsed, 'ConfigMap/clinic/records-db-config').object.data, {
      'postgresql.conf': "ssl = off\nlog_statement = 'all'\nlog_min_duration_statement = 0\n",
      'retention-days': '365',
    });
    const alerts = resource(parsed, 'ConfigMap/clinic/alert-rules').object.data as Record<string, string>;
    assert.equal(alerts.subject, '[clinic] {{ .CommonLabels.alertname }}');
  });

  it('validates against policies/schemas/kubernetes.json', () => {
    assertValid(parsed.document);
  });
});

describe('loadKubernetes: locate', () => {
  const parsed = only(loadKubernetes('clinic', filesOf('clinic'), { isFile }));
  const cases: Array<[string, Array<string | number>, Range, string]> = [
    [
      'Deployment/clinic/patient-api',
      ['podSpec', 'containers', 0, 'securityContext', 'privileged'],
      { startLine: 37, startColumn: 25, endLine: 37, endColumn: 28 },
      'yes',
    ],
    [
      'Deployment/clinic/patient-api',
      ['object', 'spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'],
      { startLine: 37, startColumn: 25, endLine: 37, endColumn: 28 },
      'yes',
    ],
    [
      'Deployment/clinic/patient-api',
      ['podSpec', 'volumes', 0, 'secret', 'defaultMode'],
      { startLine: 46, startColumn: 26, endLine: 46, endColumn: 30 },
      '0644',
    ],
    // Through an alias: where the value is written (the anchored mapping).
    [
      'Deployment/clinic/patient-api',
      ['podSpec', 'containers', 1, 'resources', 'limits', 'cpu'],
      { startLine: 35, startColumn: 27, endLine: 35, endColumn: 30 },
      '"1"',
    ],
    // Through a merge key.
    [
      'Deployment/clinic/patient-api',
      ['object', 'spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/part-of'],
      { startLine: 11, startColumn: 32, endLine: 11, endColumn: 38 },
      'clinic',
    ],
    // A missing field: the deepest existing ancestor (the pod spec).
    [
      'Deployment/clinic/patient-api',
      ['podSpec', 'hostNetwork'],
      { startLine: 22, startColumn: 7, endLine: 46, endColumn: 30 },
      '',
    ],
    // Resource fields map to the manifest fields they copy.
    ['Deployment/clinic/patient-api', ['name'], { startLine: 7, startColumn: 9, endLine: 7, endColumn: 20 }, 'patient-api'],
    ['Deployment/clinic/patient-api', ['namespace'], { startLine: 8, startColumn: 14, endLine: 8, endColumn: 20 }, 'clinic'],
    ['Deployment/clinic/patient-api', ['kind'], { startLine: 5, startColumn: 7, endLine: 5, endColumn: 17 }, 'Deployment'],
    // A defaulted namespace has no text: the metadata mapping.
    ['CronJob/default/records-backup', ['namespace'], { startLine: 5, startColumn: 3, endLine: 5, endColumn: 23 }, 'name: records-backup'],
    ['CronJob/default/records-backup', ['podSpec', 'containers', 0, 'args', 2], { startLine: 16, startColumn: 63, endLine: 16, endColumn: 75 }, '--no-encrypt'],
    // List items: paths are relative to the item.
    ['Pod/clinic/debug-shell', ['podSpec', 'hostNetwork'], { startLine: 11, startColumn: 20, endLine: 11, endColumn: 24 }, 'true'],
    ['Pod/clinic/debug-shell', [], { startLine: 5, startColumn: 5, endLine: 15, endColumn: 41 }, ''],
    ['NetworkPolicy/clinic/default-deny', ['object', 'spec', 'podSelector'], { startLine: 22, startColumn: 20, endLine: 22, endColumn: 22 }, '{}'],
    ['NetworkPolicy/clinic/default-deny', ['object', 'spec', 'ingress', 0], { startLine: 22, startColumn: 7, endLine: 23, endColumn: 37 }, ''],
    [
      'Deployment/analytics/reporting',
      ['podSpec', 'containers', 0, 'image'],
      { startLine: 11, startColumn: 43, endLine: 11, endColumn: 88 },
      '"registry.example.org/clinic/reporting:0.9.0"',
    ],
    [
      'ConfigMap/clinic/records-db-config',
      ['object', 'data', 'postgresql.conf'],
      { startLine: 43, startColumn: 20, endLine: 46, endColumn: 35 },
      "|\n    ssl = off\n    log_statement = 'all'\n    log_min_duration_statement = 0",
    ],
    ['Secret/clinic/records-db', ['object', 'stringData', 'url'], { startLine: 35, startColumn: 8, endLine: 35, endColumn: 74 }, '"postgres://api:change-me@records-db:5432/records?sslmode=disable"'],
  ];
  for (const [id, path, range, text] of cases) {
    it(`${id} ${JSON.stringify(path)}`, () => {
      const found = parsed.locate(id, path);
      assert.deepEqual(found, range);
      if (text !== '') assert.equal(textOf(resource(parsed, id).file, found), text);
    });
  }

  it('returns undefined for an unknown resource', () => {
    assert.equal(parsed.locate('Deployment/clinic/nope', ['object']), undefined);
  });
});

describe('loadKubernetes: Helm charts, non-objects, collisions', () => {
  it('skips chart templates by location (with isFile) and by content', () => {
    const files = filesOf('helm/patient-portal/templates');
    const withChart = loadKubernetes('helm/patient-portal/templates', files, { isFile });
    assert.deepEqual(withChart, {
      documents: [],
      errors: [],
      skipped: [
        { file: 'helm/patient-portal/templates/deployment.yaml', reason: HELM_TEMPLATE_REASON },
        { file: 'helm/patient-portal/templates/service.yaml', reason: HELM_TEMPLATE_REASON },
      ],
    });
    // Without knowing the chart, only the templated file is skipped; the static one renders as itself.
    const alone = loadKubernetes('helm/patient-portal/templates', files);
    assert.deepEqual(alone.skipped, [{ file: 'helm/patient-portal/templates/deployment.yaml', reason: HELM_TEMPLATE_REASON }]);
    assert.deepEqual(
      only(alone).document.resources.map((r) => r.id),
      ['Service/default/patient-portal'],
    );
    assertValid(only(alone).document);
  });

  it('skips a templated manifest outside a chart, whether or not it happens to parse', () => {
    assert.deepEqual(loadKubernetes('helm-like', filesOf('helm-like')).skipped, [
      { file: 'helm-like/portal-config.yaml', reason: HELM_TEMPLATE_REASON },
    ]);
    const unparsable = loadKubernetes('x', [{ path: 'x/a.yaml', text: 'kind: Pod\napiVersion: v1\nmetadata:\n  name: {{ .Values.name }}\n' }]);
    assert.deepEqual(unparsable, { documents: [], errors: [], skipped: [{ file: 'x/a.yaml', reason: HELM_TEMPLATE_REASON }] });
  });

  it('reports hostile files as errors with positions and produces no document', () => {
    const result = loadKubernetes('hostile', filesOf('hostile'));
    assert.deepEqual(result, {
      documents: [],
      skipped: [],
      errors: [
        { file: 'hostile/alias-bomb.yaml', reason: 'too many YAML aliases (they expand to more than 100000 nodes)', line: 12, column: 10 },
        { file: 'hostile/deep-nesting.yaml', reason: 'YAML nesting deeper than 200 levels', line: 7, column: 808 },
        { file: 'hostile/duplicate-key.yaml', reason: 'duplicated mapping key "runAsNonRoot"', line: 10, column: 9 },
        { file: 'hostile/recursive-alias.yaml', reason: 'recursive YAML alias "*data"', line: 6, column: 9 },
      ],
    });
  });

  it('ignores empty, null and non-object documents, and sorts files by path', () => {
    const files: SourceText[] = [
      { path: 'd/b.yaml', text: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: b}\n' },
      { path: 'd/a.yaml', text: '---\n--- ~\n--- [1, 2]\n--- just text\n---\nname: no-kind\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: a}\n' },
    ];
    const parsed = only(loadKubernetes('d', files));
    assert.deepEqual(parsed.document.files, ['d/a.yaml', 'd/b.yaml']);
    assert.deepEqual(
      parsed.document.resources.map((r) => [r.id, r.file, r.startLine, r.endLine]),
      [
        ['ServiceAccount/default/a', 'd/a.yaml', 8, 10],
        ['ServiceAccount/default/b', 'd/b.yaml', 1, 3],
      ],
    );
  });

  it('adds #file:line to every object of a colliding id', () => {
    const sa = (ns: string): string => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n${ns}`;
    const parsed = only(
      loadKubernetes('d', [
        { path: 'd/one.yaml', text: `${sa('')}---\n${sa('  namespace: default\n')}---\n${sa('  namespace: other\n')}` },
        { path: 'd/two.yaml', text: sa('') },
      ]),
    );
    assert.deepEqual(
      parsed.document.resources.map((r) => r.id),
      [
        'ServiceAccount/default/api#d/one.yaml:1',
        'ServiceAccount/default/api#d/one.yaml:6',
        'ServiceAccount/other/api',
        'ServiceAccount/default/api#d/two.yaml:1',
      ],
    );
    assert.deepEqual(parsed.locate('ServiceAccount/default/api#d/one.yaml:6', ['namespace']), {
      startLine: 10,
      startColumn: 14,
      endLine: 10,
      endColumn: 21,
    });
    assertValid(parsed.document);
  });

  it('only takes podSpec from the API groups that define the kind', () => {
    const text = 'apiVersion: batch.volcano.sh/v1alpha1\nkind: Job\nmetadata: {name: train}\nspec:\n  template:\n    spec: {containers: []}\n';
    const [job] = only(loadKubernetes('d', [{ path: 'd/job.yaml', text }])).document.resources;
    assert.equal(job!.podSpec, undefined);
    assert.equal(job!.podSpecPath, undefined);
    const pod = only(loadKubernetes('d', [{ path: 'd/pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: null\n' }]));
    assert.equal(pod.document.resources[0]!.podSpec, undefined); // a null spec is no pod spec
  });

  it('reads booleans and octal numbers the way kubectl does', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: on\n  x: [y, NO, 0755, 0o17, "0644", 1:20, 1_000]\n';
    const pod = resource(only(loadKubernetes('d', [{ path: 'd/p.yaml', text }])), 'Pod/default/p');
    assert.deepEqual(pod.podSpec, { hostPID: true, x: [true, false, 0o755, 0o17, '0644', '1:20', 1000] });
  });
});
