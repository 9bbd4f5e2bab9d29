import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../src/index.js';
import { KUSTOMIZE_PATCH_REASON, loadKubernetes } from '../../src/parsers/kubernetes.js';
import type { KubernetesResource } from '../../src/parsers/kubernetes.js';
import { indexKustomizations } from '../../src/parsers/kustomize.js';
import { detectStructured } from '../../src/discover/detect.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { tempProject } from '../helpers/temp-project.js';

const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - service.yaml
patches:
  - path: ./limits.yaml
  - patch: |-
      - op: replace
        path: /spec/replicas
        value: 3
    target: { kind: Deployment }
patchesStrategicMerge:
  - env.yaml
patchesJson6902:
  - path: json/replicas.yaml
    target: { kind: Deployment, name: api }
`;
const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          resources: { limits: { memory: 1Gi } }
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: ClusterIP
`;

describe('Kustomize folders', () => {
  it('reads the kustomization and plain manifests, and skips the patches it names with the reason', () => {
    const files = [
      { path: 'overlays/prod/kustomization.yaml', text: KUSTOMIZATION },
      { path: 'overlays/prod/limits.yaml', text: PATCH },
      { path: 'overlays/prod/env.yaml', text: PATCH },
      { path: 'overlays/prod/service.yaml', text: SERVICE },
    ];
    const { documents, errors, skipped } = loadKubernetes('overlays/prod', files);
    assert.deepEqual(errors, []);
    const reason = `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)`;
    assert.deepEqual(skipped, [
      { file: 'overlays/prod/env.yaml', reason },
      { file: 'overlays/prod/limits.yaml', reason },
    ]);
    assert.deepEqual(documents[0]!.document.files, ['overlays/prod/kustomization.yaml', 'overlays/prod/service.yaml']);
    assert.deepEqual(documents[0]!.document.resources.map((r) => r.id).sort(), ['Kustomization/overlays/prod/kustomization.yaml', 'Service/default/api'].sort());
  });

  it('reads a kustomization without apiVersion and kind as a Kustomization named by its file', () => {
    const text = 'resources:\n  - service.yaml\nsecretGenerator:\n  - name: db\n    literals:\n      - DB_PASSWORD=Vq7#xLm2!pR9sT4w\n';
    assert.equal(detectStructured('overlays/prod/kustomization.yaml', text, 'yaml'), 'kubernetes');
    assert.equal(detectStructured('overlays/prod/settings.yaml', text, 'yaml'), 'config');
    const { documents, errors } = loadKubernetes('overlays/prod', [
      { path: 'overlays/prod/kustomization.yaml', text },
      { path: 'overlays/prod/service.yaml', text: SERVICE },
    ]);
    assert.deepEqual(errors, []);
    const kustomization = documents[0]!.document.resources.find((r) => r.kind === 'Kustomization');
    assert.deepEqual(
      { id: kustomization?.id, apiVersion: kustomization?.apiVersion, namespace: kustomization?.namespace, startLine: kustomization?.startLine },
      { id: 'Kustomization/overlays/prod/kustomization.yaml', apiVersion: 'kustomize.config.k8s.io/v1beta1', namespace: null, startLine: 1 },
    );
    assert.equal(inputSchemaErrors('kubernetes', documents[0]!.document), '');
    // A plain YAML file without apiVersion and kind is still not an object.
    assert.deepEqual(loadKubernetes('k8s', [{ path: 'k8s/values.yaml', text }]).documents.flatMap((d) => d.document.resources), []);
  });

  it('reads a file named like a patch when no kustomization of the folder names it', () => {
    const { documents, skipped } = loadKubernetes('k8s', [{ path: 'k8s/limits.yaml', text: PATCH }]);
    assert.deepEqual(skipped, []);
    assert.deepEqual(documents[0]!.document.files, ['k8s/limits.yaml']);
  });

  it('never resolves a patch path outside the scan root', () => {
    const text = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatches:\n  - path: ../../../etc/patch.yaml\n  - path: /abs/patch.yaml\n';
    const { skipped, errors } = loadKubernetes('k', [{ path: 'k/kustomization.yaml', text }]);
    assert.deepEqual([skipped, errors], [[], []]);
    // Neither path names a file of the scan; the same entry inside the root does.
    const index = indexKustomizations([{ path: 'k/kustomization.yaml', text }], () => true);
    assert.deepEqual(['etc/patch.yaml', 'abs/patch.yaml', 'k/etc/patch.yaml'].map((p) => index.patchOf(p)), [undefined, undefined, undefined]);
    const inside = indexKustomizations([{ path: 'a/b/c/kustomization.yaml', text }], () => true);
    assert.equal(inside.patchOf('etc/patch.yaml'), 'a/b/c/kustomization.yaml');
  });
});

const BASE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: clinic
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.example.org/clinic/api:latest
        - name: proxy
          image: envoyproxy/envoy
`;

/** A base and an overlay that pins the base's image, as kustomize projects are laid out. */
const KUSTOMIZE_TREE: Record<string, string> = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\n',
  'base/deployment.yaml': BASE_DEPLOYMENT,
  'base/service.yaml': SERVICE,
  // No apiVersion/kind: kustomize does not require them. newTag 1.20 is the tag "1.20", not the number 1.2.
  'overlays/prod/kustomization.yaml': [
    'resources:',
    '  - ../../base',
    'patches:',
    '  - path: patches/limits.yaml',
    '  - path: ../shared/env.yaml',
    'images:',
    '  - name: registry.example.org/clinic/api',
    '    newTag: 1.20',
    '  - name: envoyproxy/envoy',
    '    digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    '',
  ].join('\n'),
  'overlays/prod/patches/limits.yaml': PATCH,
  'overlays/shared/env.yaml': PATCH,
};

function treeFiles(tree: Record<string, string>): Array<{ path: string; text: string }> {
  return Object.entries(tree).map(([path, text]) => ({ path, text }));
}

describe('Kustomizations across folders', () => {
  const files = treeFiles(KUSTOMIZE_TREE);
  const index = indexKustomizations(files, (path) => Object.hasOwn(KUSTOMIZE_TREE, path));

  it('skips patches kept in a subfolder or a sibling folder of their kustomization', () => {
    assert.equal(index.patchOf('overlays/prod/patches/limits.yaml'), 'overlays/prod/kustomization.yaml');
    assert.equal(index.patchOf('overlays/shared/env.yaml'), 'overlays/prod/kustomization.yaml');
    assert.equal(index.patchOf('base/deployment.yaml'), undefined);
    const { documents, skipped } = loadKubernetes('overlays/prod/patches', [files.find((f) => f.path === 'overlays/prod/patches/limits.yaml')!], {
      kustomize: index,
    });
    // The patch is not an object of its own: no resources; an overlay merges it into a base it includes, so its object is kept for the secret checks.
    assert.deepEqual(documents.map((d) => [d.document.resources, (d.document['patches'] as KubernetesResource[]).map((p) => p.id)]), [
      [[], ['Deployment/api (patch overlays/prod/patches/limits.yaml:1)']],
    ]);
    assert.deepEqual(skipped, [{ file: 'overlays/prod/patches/limits.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)` }]);
  });

  it('gives the workloads an overlay builds the image overrides it sets, through the base it includes', () => {
    const base = files.filter((f) => f.path.startsWith('base/'));
    const { documents } = loadKubernetes('base', base, { kustomize: index });
    const resources = documents[0]!.document.resources as KubernetesResource[];
    const deployment = resources.find((r) => r.kind === 'Deployment')!;
    assert.deepEqual(deployment.kustomizeImages, [
      { kustomization: 'overlays/prod/kustomization.yaml', name: 'registry.example.org/clinic/api', newName: '', newTag: '1.20', digest: '' },
      { kustomization: 'overlays/prod/kustomization.yaml', name: 'envoyproxy/envoy', newName: '', newTag: '', digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    ]);
    assert.equal(resources.find((r) => r.kind === 'Service')!.kustomizeImages, undefined);
    assert.equal(inputSchemaErrors('kubernetes', documents[0]!.document), '');
  });

  it('leaves a workload no kustomization builds without overrides, and survives include cycles', () => {
    const cyclic = treeFiles({
      'a/kustomization.yaml': 'resources: [../b, deployment.yaml]\nimages: [{ name: app, newTag: "2" }]\n',
      'b/kustomization.yaml': 'resources: [../a]\n',
      'a/deployment.yaml': BASE_DEPLOYMENT,
      'c/deployment.yaml': BASE_DEPLOYMENT,
    });
    const paths = new Set(cyclic.map((f) => f.path));
    const cycle = indexKustomizations(cyclic, (path) => paths.has(path));
    assert.deepEqual(cycle.imagesFor('a/deployment.yaml').map((o) => o.newTag), ['2']);
    assert.deepEqual(cycle.imagesFor('c/deployment.yaml'), []);
  });

  it("gives an overlay's patch fragments the overrides of the overlay and of what includes it, not the base's", () => {
    const tree: Record<string, string> = {
      'base/kustomization.yaml': 'resources: [deployment.yaml]\nimages: [{ name: app, newTag: base-only }]\n',
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches: [{ path: image.yaml }, { path: config.yaml }]\nimages: [{ name: app, newTag: "1.2" }]\n',
      'overlays/prod/image.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: app\n',
      'overlays/prod/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n',
      'clusters/eu/kustomization.yaml': 'resources: [../../overlays/prod]\nimages: [{ name: sidecar, digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }]\n',
      // A cycle back to the overlay ends the walk.
      'clusters/loop/kustomization.yaml': 'resources: [../../clusters/loop, ../../overlays/prod]\n',
    };
    const files = treeFiles(tree);
    const index = indexKustomizations(files, (path) => Object.hasOwn(tree, path));
    assert.deepEqual(index.variantImagesOf('overlays/prod/kustomization.yaml').map((o) => [o.kustomization, o.name]), [
      ['overlays/prod/kustomization.yaml', 'app'],
      ['clusters/eu/kustomization.yaml', 'sidecar'],
    ]);
    assert.deepEqual(index.variantImagesOf('base/kustomization.yaml').map((o) => o.newTag), ['base-only', '1.2', '']);
    assert.deepEqual(index.variantImagesOf('overlays/none/kustomization.yaml'), []);
    const patches = files.filter((f) => f.path.startsWith('overlays/prod/') && !f.path.endsWith('kustomization.yaml'));
    const { documents } = loadKubernetes('overlays/prod', patches, { kustomize: index });
    const fragments = documents[0]!.document['patches'] as KubernetesResource[];
    assert.deepEqual(
      fragments.map((f) => [f.id, f.kustomizeImages?.map((o) => o.name)]),
      [
        ['ConfigMap/settings (patch overlays/prod/config.yaml:1)', undefined],
        ['Deployment/api (patch overlays/prod/image.yaml:1)', ['app', 'sidecar']],
      ],
    );
    assert.equal(inputSchemaErrors('kubernetes', documents[0]!.document), '');
  });

  it('reads a kustomization that does not parse as none (its own parser reports it)', () => {
    const broken = indexKustomizations([{ path: 'k/kustomization.yaml', text: 'resources: [unclosed\n' }], () => true);
    assert.equal(broken.patchOf('k/x.yaml'), undefined);
    assert.deepEqual(broken.imagesFor('k/x.yaml'), []);
  });

  it('in a scan: the base image an overlay pins is not reported, and is reported without the overlay', async () => {
    const pinned = tempProject(KUSTOMIZE_TREE);
    const alone = tempProject(Object.fromEntries(Object.entries(KUSTOMIZE_TREE).filter(([path]) => path.startsWith('base/'))));
    try {
      const images = async (dir: string): Promise<string[]> =>
        (await scan({ paths: [dir] })).findings.filter((f) => f.ruleId === 'EVD-K8S-011').map((f) => `${f.location.file}:${f.location.startLine}`);
      assert.deepEqual(await images(pinned.dir), []);
      assert.deepEqual(await images(alone.dir), ['base/deployment.yaml:11', 'base/deployment.yaml:13']);
      const result = await scan({ paths: [pinned.dir] });
      assert.deepEqual(
        result.coverage.skipped.map((s) => s.file),
        ['overlays/prod/patches/limits.yaml', 'overlays/shared/env.yaml'],
      );
    } finally {
      pinned.cleanup();
      alone.cleanup();
    }
  });
});
