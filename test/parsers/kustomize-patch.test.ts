// Kustomize patches: JSON 6902 and strategic merge as kustomize applies them
// (the strategic-merge expectations were checked against `kubectl kustomize`,
// kustomize v5.5.0), targets, which Kustomization's patches apply to which
// file, how patched objects are located, and whole scans.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../src/index.js';
import { KUSTOMIZE_PATCH_APPLIED_REASON, KUSTOMIZE_PATCH_REASON, loadKubernetes } from '../../src/parsers/kubernetes.js';
import type { KubernetesResource } from '../../src/parsers/kubernetes.js';
import { indexKustomizations } from '../../src/parsers/kustomize.js';
import {
  applyJsonPatch,
  applyStrategicMerge,
  cloneBase,
  compileTarget,
  originalPath,
  parseJsonPatch,
  parsePointer,
} from '../../src/parsers/kustomize-patch.js';
import type { JsonPatchOp, Origins, Target, TargetView } from '../../src/parsers/kustomize-patch.js';
import type { ParsedDocument, SourceText } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { tempProject } from '../helpers/temp-project.js';

function ops(value: unknown): JsonPatchOp[] {
  const parsed = parseJsonPatch(value);
  assert.ok(Array.isArray(parsed), String(parsed));
  return parsed;
}

/** Applies a JSON patch to a copy of `doc`. */
function json(doc: unknown, patch: unknown): unknown {
  const origins: Origins = new WeakMap();
  const result = applyJsonPatch(cloneBase(doc, origins), ops(patch), origins);
  return result.ok ? result.value : `failed: ${result.reason}`;
}

/** Applies a strategic-merge patch to a copy of `doc`. */
function smp(doc: Record<string, unknown>, patch: Record<string, unknown>): unknown {
  const result = applyStrategicMerge(cloneBase(doc, new WeakMap()) as Record<string, unknown>, patch);
  return result.ok ? result.value : `failed: ${result.reason}`;
}

describe('JSON 6902 patches', () => {
  it('reads JSON pointers with ~0/~1 escapes', () => {
    assert.deepEqual(parsePointer(''), []);
    assert.deepEqual(parsePointer('/metadata/annotations/a~1b~0c'), ['metadata', 'annotations', 'a/b~c']);
    assert.deepEqual(parsePointer('/'), ['']);
    assert.equal(parsePointer('spec'), undefined);
  });

  it('applies add, remove, replace, move, copy and test', () => {
    const doc = { spec: { replicas: 1, list: ['a', 'b'], labels: { tier: 'web' } } };
    assert.deepEqual(
      json(doc, [
        { op: 'test', path: '/spec/replicas', value: 1 },
        { op: 'replace', path: '/spec/replicas', value: 3 },
        { op: 'add', path: '/spec/list/0', value: 'first' },
        { op: 'add', path: '/spec/list/-', value: 'last' },
        { op: 'add', path: '/spec/list/4', value: 'end' },
        { op: 'remove', path: '/spec/list/2' },
        { op: 'add', path: '/spec/new', value: { a: [1] } },
        { op: 'copy', from: '/spec/new', path: '/spec/copy' },
        { op: 'move', from: '/spec/labels/tier', path: '/spec/labels/was~1tier' },
        { op: 'add', path: '/spec/labels/x~0y', value: null },
      ]),
      { spec: { replicas: 3, list: ['first', 'a', 'last', 'end'], labels: { 'was/tier': 'web', 'x~y': null }, new: { a: [1] }, copy: { a: [1] } } },
    );
    // add replaces an existing key; an empty path replaces the whole document.
    assert.deepEqual(json({ a: 1 }, [{ op: 'add', path: '/a', value: 2 }]), { a: 2 });
    assert.deepEqual(json({ a: 1 }, [{ op: 'add', path: '', value: { b: 2 } }]), { b: 2 });
    assert.deepEqual(json({ a: { b: [1, { c: 2 }] } }, [{ op: 'test', path: '/a', value: { b: [1, { c: 2 }] } }]), { a: { b: [1, { c: 2 }] } });
  });

  it('says which op failed and why', () => {
    const doc = { spec: { list: ['a'], map: { k: 'v' } } };
    assert.equal(json(doc, [{ op: 'add', path: '/spec/x', value: 1 }, { op: 'replace', path: '/spec/y', value: 1 }]), 'failed: op 2 "replace" /spec/y: path not found');
    assert.equal(json(doc, [{ op: 'remove', path: '/spec/map/nope' }]), 'failed: op 1 "remove" /spec/map/nope: path not found');
    assert.equal(json(doc, [{ op: 'add', path: '/nope/x', value: 1 }]), 'failed: op 1 "add" /nope/x: path not found');
    assert.equal(json(doc, [{ op: 'add', path: '/spec/list/2', value: 1 }]), 'failed: op 1 "add" /spec/list/2: index out of range');
    assert.equal(json(doc, [{ op: 'replace', path: '/spec/list/1', value: 1 }]), 'failed: op 1 "replace" /spec/list/1: path not found');
    assert.equal(json(doc, [{ op: 'replace', path: '/spec/list/-', value: 1 }]), 'failed: op 1 "replace" /spec/list/-: not an array index');
    assert.equal(json(doc, [{ op: 'add', path: '/spec/list/01', value: 1 }]), 'failed: op 1 "add" /spec/list/01: not an array index');
    assert.equal(json(doc, [{ op: 'test', path: '/spec/list/0', value: 'b' }]), 'failed: op 1 "test" /spec/list/0: value differs');
    assert.equal(json(doc, [{ op: 'test', path: '/spec/z', value: null }]), 'failed: op 1 "test" /spec/z: path not found');
    assert.equal(json(doc, [{ op: 'move', from: '/spec/nope', path: '/spec/x' }]), 'failed: op 1 "move" /spec/x: from /spec/nope: path not found');
    assert.equal(json(doc, [{ op: 'move', from: '/spec', path: '/spec/map/inner' }]), 'failed: op 1 "move" /spec/map/inner: cannot move /spec into itself');
    assert.equal(json(doc, [{ op: 'add', path: 'spec', value: 1 }]), 'failed: op 1 "add" spec: not a JSON pointer');
  });

  it('reads only op lists', () => {
    assert.equal(parseJsonPatch({ op: 'add' }), 'not a list of operations');
    assert.equal(parseJsonPatch([]), 'no operations');
    assert.equal(parseJsonPatch([{ op: 'merge', path: '/a' }]), 'op 1: unknown operation "merge"');
    assert.equal(parseJsonPatch([{ op: 'add', path: '/a', value: 1 }, { op: 'copy', path: '/b' }]), 'op 2 "copy" /b: no from');
    assert.equal(parseJsonPatch([{ op: 'remove' }]), 'op 1 "remove": no path');
    assert.deepEqual(parseJsonPatch([{ op: 'add', path: '/a' }]), [{ op: 'add', path: '/a', value: null }]);
  });

  it('never writes through __proto__', () => {
    const patched = json({ a: {} }, [{ op: 'add', path: '/a/__proto__', value: { polluted: true } }]) as { a: Record<string, unknown> };
    assert.deepEqual(Object.keys(patched.a), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(json({ a: {} }, [{ op: 'replace', path: '/a/constructor', value: 1 }]), 'failed: op 1 "replace" /a/constructor: path not found');
  });
});

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', labels: { tier: 'web', team: 'a' } },
  spec: {
    template: {
      spec: {
        containers: [
          {
            name: 'api',
            image: 'api:1',
            args: ['a', 'b'],
            ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81 }],
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            envFrom: [{ configMapRef: { name: 'x' } }],
            volumeMounts: [
              { mountPath: '/data', name: 'data' },
              { mountPath: '/tmp', name: 'tmp' },
            ],
            securityContext: { runAsUser: 1000, runAsGroup: 5, capabilities: { add: ['NET_ADMIN'] } },
          },
          { name: 'side', image: 'side:1' },
        ],
        volumes: [
          { name: 'data', emptyDir: {} },
          { name: 'tmp', emptyDir: {} },
        ],
        imagePullSecrets: [{ name: 'reg' }],
        tolerations: [{ key: 'a' }],
        nodeSelector: { disk: 'ssd', zone: 'a' },
      },
    },
  },
};

describe('strategic-merge patches', () => {
  it('merges maps, deletes null keys, merges the well-known lists by key and replaces the others (as kubectl kustomize does)', () => {
    const patch = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', labels: { team: null, extra: 'yes' } },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'new', image: 'new:1' },
              {
                name: 'api',
                args: ['c'],
                ports: [{ containerPort: 81, name: 'alt' }, { containerPort: 90 }],
                env: [
                  { name: 'B', $patch: 'delete' },
                  { name: 'C', value: '3' },
                ],
                envFrom: [{ secretRef: { name: 's' } }],
                volumeMounts: [{ mountPath: '/tmp', readOnly: true }],
                securityContext: { runAsGroup: null, capabilities: { $patch: 'replace', drop: ['ALL'] } },
              },
            ],
            volumes: [{ name: 'tmp', $patch: 'delete' }],
            nodeSelector: { $patch: 'replace', disk: 'hdd' },
            tolerations: [{ key: 'b' }],
          },
        },
      },
    };
    assert.deepEqual(smp(DEPLOYMENT, patch), {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', labels: { tier: 'web', extra: 'yes' } },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'new', image: 'new:1' },
              {
                name: 'api',
                image: 'api:1',
                args: ['c'],
                ports: [{ containerPort: 81, name: 'alt' }, { containerPort: 90 }, { containerPort: 80, name: 'http' }],
                env: [
                  { name: 'C', value: '3' },
                  { name: 'A', value: '1' },
                ],
                envFrom: [{ secretRef: { name: 's' } }],
                volumeMounts: [
                  { mountPath: '/tmp', name: 'tmp', readOnly: true },
                  { mountPath: '/data', name: 'data' },
                ],
                securityContext: { runAsUser: 1000, capabilities: { drop: ['ALL'] } },
              },
              { name: 'side', image: 'side:1' },
            ],
            volumes: [{ name: 'data', emptyDir: {} }],
            imagePullSecrets: [{ name: 'reg' }],
            tolerations: [{ key: 'b' }],
            nodeSelector: { disk: 'hdd' },
          },
        },
      },
    });
  });

  it('deletes a list item or a map with $patch: delete, replaces a list with - $patch: replace, and merges a Service port by port', () => {
    const workload = { kind: 'Deployment', metadata: { name: 'w' }, spec: { template: { spec: { containers: [{ name: 'a' }, { name: 'b' }] } } } };
    assert.deepEqual(smp(workload, { spec: { template: { spec: { containers: [{ $patch: 'replace' }, { name: 'c', image: 'c:1' }] } } } }), {
      kind: 'Deployment',
      metadata: { name: 'w' },
      spec: { template: { spec: { containers: [{ name: 'c', image: 'c:1' }] } } },
    });
    assert.deepEqual(smp(workload, { spec: { template: { $patch: 'delete' } } }), { kind: 'Deployment', metadata: { name: 'w' }, spec: {} });
    assert.deepEqual(smp(workload, { spec: { template: { spec: { containers: [{ name: 'a', $patch: 'delete' }] } } } }), {
      kind: 'Deployment',
      metadata: { name: 'w' },
      spec: { template: { spec: { containers: [{ name: 'b' }] } } },
    });
    const service = { kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    assert.deepEqual(smp(service, { spec: { ports: [{ port: 443, name: 'https' }] } }), {
      kind: 'Service',
      metadata: { name: 's' },
      spec: { ports: [{ port: 443, name: 'https' }, { port: 80, targetPort: 8080 }] },
    });
    // Items without the merge key: the list is replaced.
    assert.deepEqual(smp({ spec: { volumes: [{ name: 'a' }] } }, { spec: { volumes: [{ emptyDir: {} }] } }), { spec: { volumes: [{ emptyDir: {} }] } });
  });

  it('keeps the object\'s apiVersion, kind, name and namespace; deletes it with $patch: delete at its top', () => {
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'ns' }, data: { a: '1' } };
    assert.deepEqual(smp(object, { apiVersion: 'v2', kind: 'Secret', metadata: { name: 'other', namespace: 'x', labels: { l: '1' } }, data: { b: '2' } }), {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm', namespace: 'ns', labels: { l: '1' } },
      data: { a: '1', b: '2' },
    });
    assert.equal(smp(object, { kind: 'ConfigMap', metadata: { name: 'cm' }, $patch: 'delete' }), null);
    assert.equal(smp(object, { data: { $patch: 'merge-all' } }), 'failed: data: unknown $patch "merge-all"');
  });
});

function view(partial: Partial<TargetView>): TargetView {
  return { group: 'apps', version: 'v1', kind: 'Deployment', names: ['api'], namespaces: ['default'], labels: {}, annotations: {}, ...partial };
}

function target(raw: unknown): Target {
  const compiled = compileTarget(raw);
  assert.ok(typeof compiled !== 'string', String(compiled));
  return compiled;
}

describe('patch targets', () => {
  it('matches kind, group, version, name and namespace exactly, or as anchored regular expressions', () => {
    assert.equal(target({ kind: 'Deployment', name: 'api' }).matches(view({})), true);
    assert.equal(target({ kind: 'Deployment', name: 'ap' }).matches(view({})), false);
    assert.equal(target({ kind: 'Deploy.*', name: 'a.i|x' }).matches(view({})), true);
    assert.equal(target({ group: '', version: 'v1', kind: 'Deployment' }).matches(view({})), true, 'an empty group matches any');
    assert.equal(target({ group: 'batch' }).matches(view({})), false);
    assert.equal(target({ namespace: 'default' }).matches(view({})), true);
    assert.equal(target({ namespace: 'argocd' }).matches(view({ namespaces: ['argocd', 'default'] })), true, 'the original namespace matches after a patch removed it');
    assert.equal(target({ name: 'old' }).matches(view({ names: ['old', 'new'] })), true);
    assert.equal(target({}).description, 'any object');
    assert.equal(target({ kind: 'Deployment', name: 'api' }).description, 'kind Deployment, name api');
  });

  it('matches equality label and annotation selectors; other selectors and bad expressions are reported', () => {
    const labelled = view({ labels: { tier: 'web', team: 'a' }, annotations: { owner: 'ops' } });
    assert.equal(target({ labelSelector: 'tier=web,team==a' }).matches(labelled), true);
    assert.equal(target({ labelSelector: 'tier=web, team!=a' }).matches(labelled), false);
    assert.equal(target({ labelSelector: 'tier,!canary' }).matches(labelled), true);
    assert.equal(target({ labelSelector: 'canary' }).matches(labelled), false);
    assert.equal(target({ annotationSelector: 'owner=ops' }).matches(labelled), true);
    assert.equal(compileTarget({ labelSelector: 'tier in (web, api)' }), 'target labelSelector "tier in (web, api)" is not supported (only k=v, k!=v, k and !k terms)');
    assert.equal(compileTarget({ name: '(' }), 'target name "(" is not a regular expression this scanner reads');
    assert.equal(compileTarget('Deployment'), 'target is not a mapping');
  });
});

describe('locating in a patched object', () => {
  it('follows the nodes that come from the base, and stops at what a patch added or changed', () => {
    const base = { spec: { containers: [{ name: 'api', image: 'api:1', securityContext: { privileged: false } }] } };
    const origins: Origins = new WeakMap();
    const copy = cloneBase(base, origins);
    const result = applyJsonPatch(
      copy,
      ops([
        { op: 'add', path: '/spec/containers/0', value: { name: 'init', image: 'init:1' } },
        { op: 'replace', path: '/spec/containers/1/securityContext/privileged', value: true },
      ]),
      origins,
    );
    assert.ok(result.ok);
    const at = (path: Array<string | number>): unknown => originalPath(result.value, origins, base, path);
    assert.deepEqual(at(['spec', 'containers', 1, 'image']), ['spec', 'containers', 0, 'image'], 'the base container, moved to index 1');
    assert.deepEqual(at(['spec', 'containers', 0, 'image']), ['spec', 'containers'], 'the added container: its list');
    assert.deepEqual(at(['spec', 'containers', 1, 'securityContext', 'privileged']), ['spec', 'containers', 0, 'securityContext'], 'a changed value: its mapping');
    assert.deepEqual(at(['spec', 'nope', 3]), ['spec']);
  });
});

// ---------------------------------------------------------------------------
// Which patches apply to which file

const BASE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: clinic
spec:
  template:
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: api
          image: registry.example.org/clinic/api:1.4.2
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: { drop: [ALL] }
          resources:
            limits: { cpu: 500m, memory: 256Mi }
`;

const READ_ONLY_ROOT = `- op: add
  path: /spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem
  value: true
`;

const PRIVILEGED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: clinic
spec:
  template:
    spec:
      containers:
        - name: api
          securityContext:
            privileged: true
`;

const TARGET = '    target:\n      group: apps\n      kind: Deployment\n      name: api\n';

/** An overlay's kustomization.yaml that includes ../../base, with these lines under `patches:`. */
function overlayKustomization(patchLines: readonly string[]): string {
  return ['resources:', '  - ../../base', 'patches:', ...patchLines, ''].join('\n');
}

function load(tree: Record<string, string>, dir: string): { result: ReturnType<typeof loadKubernetes>; files: SourceText[] } {
  const files = Object.entries(tree).map(([path, text]) => ({ path, text }));
  const isFile = (path: string): boolean => Object.hasOwn(tree, path);
  const index = indexKustomizations(files, isFile, (path) => tree[path]);
  const inDir = files.filter((f) => f.path.slice(0, f.path.lastIndexOf('/')) === dir);
  return { result: loadKubernetes(dir, inDir, { kustomize: index, isFile }), files };
}

function deploymentOf(parsed: ParsedDocument | undefined): KubernetesResource {
  const found = parsed?.document.resources.find((r) => r.id === 'Deployment/clinic/api');
  assert.ok(found);
  return found as KubernetesResource;
}

describe('Kustomize patches applied to the files a Kustomization lists', () => {
  it('applies the base\'s JSON 6902 and strategic-merge patches, in kustomize\'s order, and keeps the base file\'s positions', () => {
    const tree = {
      'base/kustomization.yaml': `resources:\n  - deployment.yaml\npatches:\n  - path: patches/read-only.yaml\n${TARGET}patchesStrategicMerge:\n  - patches/privileged.yaml\n`,
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'base/patches/read-only.yaml': READ_ONLY_ROOT,
      'base/patches/privileged.yaml': PRIVILEGED,
    };
    const { result } = load(tree, 'base');
    assert.deepEqual([result.errors, result.skipped], [[], []]);
    const deployment = deploymentOf(result.documents[0]);
    assert.deepEqual((deployment.podSpec!.containers as unknown[])[0], {
      name: 'api',
      image: 'registry.example.org/clinic/api:1.4.2',
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: true, readOnlyRootFilesystem: true },
      resources: { limits: { cpu: '500m', memory: '256Mi' } },
    });
    assert.deepEqual([deployment.file, deployment.startLine, deployment.endLine], ['base/deployment.yaml', 1, 20]);
    const parsed = result.documents[0]!;
    // privileged was added by the patch: located at the container's securityContext in the base.
    assert.deepEqual(parsed.locate('Deployment/clinic/api', ['podSpec', 'containers', 0, 'securityContext', 'privileged']), {
      startLine: 17,
      startColumn: 13,
      endLine: 18,
      endColumn: 42,
    });
    assert.deepEqual(parsed.locate('Deployment/clinic/api', ['podSpec', 'containers', 0, 'image'])?.startLine, 15);

    // The patch files are read where they are kept (a subfolder): applied, with the files they changed.
    // (Here the op list is handed to the loader too; a scan reads it as configuration: see below.)
    const patches = load(tree, 'base/patches').result;
    assert.deepEqual(patches.documents, []);
    const applied = `${KUSTOMIZE_PATCH_APPLIED_REASON} base/deployment.yaml (base/kustomization.yaml)`;
    assert.deepEqual(patches.skipped, [
      { file: 'base/patches/privileged.yaml', reason: applied },
      { file: 'base/patches/read-only.yaml', reason: applied },
    ]);
  });

  it('does not apply an overlay\'s patches to the base it includes (a variant), nor any patch to a file two Kustomizations list', () => {
    const overlay = {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: privileged.yaml\n  - path: read-only.yaml\n${TARGET}`,
      'overlays/prod/privileged.yaml': PRIVILEGED,
      'overlays/prod/read-only.yaml': READ_ONLY_ROOT,
    };
    const base = load(overlay, 'base').result;
    assert.deepEqual(base.skipped, []);
    assert.deepEqual((deploymentOf(base.documents[0]).podSpec!.containers as Array<Record<string, unknown>>)[0]!.securityContext, {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    assert.deepEqual(load(overlay, 'overlays/prod').result.skipped, [
      { file: 'overlays/prod/privileged.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)` },
      { file: 'overlays/prod/read-only.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)` },
    ]);

    const shared = {
      'a/kustomization.yaml': 'resources:\n  - ../shared/deployment.yaml\npatchesStrategicMerge:\n  - privileged.yaml\n',
      'a/privileged.yaml': PRIVILEGED,
      'b/kustomization.yaml': 'resources:\n  - ../shared/deployment.yaml\n',
      'shared/deployment.yaml': BASE_DEPLOYMENT,
    };
    const sharedBase = load(shared, 'shared').result;
    assert.deepEqual((deploymentOf(sharedBase.documents[0]).podSpec!.containers as Array<Record<string, unknown>>)[0]!.securityContext, {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    assert.deepEqual(load(shared, 'a').result.skipped, [{ file: 'a/privileged.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (a/kustomization.yaml)` }]);
  });

  it('keeps the objects of an overlay\'s unapplied patch files as fragments located in their files, for the secret checks', () => {
    const secretEnv = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: DB_PASSWORD\n              value: Vq7xLm2pR9sT\n';
    const tree = {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\npatches:\n  - path: privileged.yaml\n',
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'base/privileged.yaml': PRIVILEGED,
      'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: env.yaml\n  - path: replicas.json\n${TARGET}`,
      'overlays/prod/env.yaml': secretEnv,
      'overlays/prod/replicas.json': '[{"op": "replace", "path": "/spec/replicas", "value": 3}]',
    };
    const overlay = load(tree, 'overlays/prod').result;
    const document = overlay.documents[0]!;
    const patches = document.document['patches'] as KubernetesResource[];
    // The strategic-merge patch is kept as written; the JSON 6902 one gives an object of its target holding the operation's value.
    assert.deepEqual(patches.map((p) => [p.id, p.file, p.startLine, p.podSpec?.containers ?? p.object]), [
      ['Deployment/api (patch overlays/prod/env.yaml:1)', 'overlays/prod/env.yaml', 1, [{ name: 'api', env: [{ name: 'DB_PASSWORD', value: 'Vq7xLm2pR9sT' }] }]],
      ['Deployment/api (patch overlays/prod/replicas.json:1)', 'overlays/prod/replicas.json', 1, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { replicas: 3 } }],
    ]);
    assert.deepEqual(document.locate(patches[0]!.id, ['podSpec', 'containers', 0, 'env', 0, 'value'])?.startLine, 12);
    assert.equal(inputSchemaErrors('kubernetes', document.document), '');
    // A patch the base applies to its own files is merged into the object instead: no fragment.
    assert.equal(load(tree, 'base').result.documents[0]!.document['patches'], undefined);
    // A patch kept in a folder of its own still gives a document, with no resources.
    const apart = { ...tree, 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: more/env.yaml\n', 'overlays/prod/more/env.yaml': secretEnv };
    const alone = load(apart, 'overlays/prod/more').result;
    assert.deepEqual(alone.documents[0]!.document.resources, []);
    assert.deepEqual((alone.documents[0]!.document['patches'] as KubernetesResource[]).map((p) => p.id), ['Deployment/api (patch overlays/prod/more/env.yaml:1)']);
  });

  it('keeps an overlay\'s unapplied inline patches as fragments located in its Kustomization: in place for a literal block, at the whole value otherwise', () => {
    const kustomizationText = [
      'resources:', //                                                          1
      '  - ../../base', //                                                      2
      '  - extra.yaml', //                                                      3
      'patches:', //                                                            4
      '  - target: { kind: Deployment, name: api }', //                         5
      '    patch: |-', //                                                       6
      '      - op: add', //                                                     7
      '        path: /spec/template/spec/containers/1/env/-', //                8
      '        value:', //                                                      9
      '          name: SMTP_PASSWORD', //                                      10
      '          value: Zr4kQ9wTb2xLm7', //                                    11
      '  - target: { kind: Secret, name: creds }', //                          12
      '    patch: \'[{"op": "add", "path": "/stringData/password", "value": "Zr4kQ9wTb2xLm7"}]\'', // 13
      '  - patch: |-', //                                                      14
      '      apiVersion: v1', //                                               15
      '      kind: ConfigMap', //                                              16
      '      metadata: { name: settings }', //                                 17
      '      data:', //                                                        18
      '        DATABASE_URL: postgres://app:Zr4kQ9wTb2xLm7@db:5432/app', //    19
      '  - target: { kind: StatefulSet, name: db }', //                        20
      '    patch: |-', //                                                      21
      '      spec:', //                                                        22
      '        template:', //                                                  23
      '          spec:', //                                                    24
      '            containers:', //                                            25
      '              - name: db', //                                           26
      '                env: [{ name: POSTGRES_PASSWORD, value: Zr4kQ9wTb2xLm7 }]', // 27
      '  - patch: |-', //                                                      28
      '      apiVersion: v1', //                                               29
      '      kind: ConfigMap', //                                              30
      '      metadata: { name: extra }', //                                    31
      '      data: { LOG_LEVEL: warn }', //                                    32
      '  - target: { kind: Deployment, name: nope }', //                       33
      '    patch: "[{op: nope}]"', //                                          34
      '',
    ].join('\n');
    const tree = {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'overlays/prod/kustomization.yaml': kustomizationText,
      'overlays/prod/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  LOG_LEVEL: info\n',
    };
    const { result } = load(tree, 'overlays/prod');
    const document = result.documents[0]!;
    const patches = document.document['patches'] as KubernetesResource[];
    const k = 'overlays/prod/kustomization.yaml';
    assert.deepEqual(
      patches.map((p) => [p.id, p.file, p.startLine, p.endLine]),
      [
        // The op adds to the second container: the first is an empty mapping.
        [`Deployment/api (patch ${k}:7)`, k, 7, 11],
        [`Secret/creds (patch ${k}:13)`, k, 13, 13],
        [`ConfigMap/settings (patch ${k}:15)`, k, 15, 19],
        // No apiVersion or kind in the patch: its target's.
        [`StatefulSet/db (patch ${k}:22)`, k, 22, 27],
      ],
      'the ConfigMap patch the overlay applies to its own extra.yaml and the op list that fails give none',
    );
    assert.deepEqual(patches[0]!.podSpec, { containers: [{}, { env: [{ name: 'SMTP_PASSWORD', value: 'Zr4kQ9wTb2xLm7' }] }] });
    assert.deepEqual(patches[1]!.object, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds' }, stringData: { password: 'Zr4kQ9wTb2xLm7' } });
    assert.equal(patches[3]!.apiVersion, 'apps/v1');
    assert.deepEqual(document.locate(patches[0]!.id, ['podSpec', 'containers', 1, 'env', 0, 'value']), { startLine: 11, startColumn: 18, endLine: 11, endColumn: 32 });
    assert.deepEqual(document.locate(patches[1]!.id, ['object', 'stringData', 'password'])?.startLine, 13);
    assert.deepEqual(document.locate(patches[2]!.id, ['object', 'data', 'DATABASE_URL'])?.startLine, 19);
    assert.deepEqual(document.locate(patches[3]!.id, ['podSpec', 'containers', 0, 'env', 0, 'value'])?.startLine, 27);
    assert.equal(inputSchemaErrors('kubernetes', document.document), '');
    const extra = document.document.resources.find((r) => r.id === 'ConfigMap/default/extra') as KubernetesResource;
    assert.deepEqual(extra.object.data, { LOG_LEVEL: 'warn' }, 'the inline patch was applied to the listed file');
    assert.deepEqual(result.skipped, [{ file: k, reason: `Kustomize patch (${k}): not a JSON 6902 patch: op 1: unknown operation "nope"; not applied` }]);
  });

  it('lists an overlay\'s inline patch that does not parse as skipped with why, and still reads the others', () => {
    const k = 'overlays/prod/kustomization.yaml';
    const tree = {
      [k]: overlayKustomization([
        '  - patch: |-',
        '      apiVersion: v1',
        '      kind: [Secret',
        '  - patch: |-',
        '      apiVersion: v1',
        '      kind: Secret',
        '      metadata: { name: creds }',
        '      stringData: { password: Zr4kQ9wTb2xLm7 }',
      ]),
    };
    const { result } = load(tree, 'overlays/prod');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.skipped, [{ file: k, reason: `Kustomize patch (${k}): does not parse (unexpected end of the stream within a flow collection); not checked` }]);
    assert.deepEqual((result.documents[0]!.document['patches'] as KubernetesResource[]).map((p) => p.id), [`Secret/creds (patch ${k}:8)`]);
  });

  it('builds the fragment of a JSON 6902 operation with own keys only: a __proto__ in its path pollutes nothing', () => {
    const tree = {
      'overlays/prod/kustomization.yaml': overlayKustomization([
        '  - target: { kind: Deployment, name: api }',
        '    patch: |-',
        '      - op: add',
        '        path: /__proto__/polluted',
        '        value: true',
        '      - op: add',
        '        path: /spec/__proto__/template',
        '        value: { polluted: true }',
      ]),
    };
    const { result } = load(tree, 'overlays/prod');
    const patches = result.documents[0]!.document['patches'] as KubernetesResource[];
    const k = 'overlays/prod/kustomization.yaml';
    assert.deepEqual(patches.map((p) => p.id), [`Deployment/api (patch ${k}:6)`, `Deployment/api (patch ${k}:9)`]);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(patches[0]!.object), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(patches[0]!.object, '__proto__')?.value, { polluted: true });
    assert.equal(inputSchemaErrors('kubernetes', result.documents[0]!.document), '');
  });

  it('reports each patch that cannot be applied with its Kustomization, and leaves the object unpatched', () => {
    const tree = {
      'base/kustomization.yaml': [
        'resources:',
        '  - deployment.yaml',
        'patches:',
        '  - path: missing-target.yaml',
        '    target: { kind: Deployment, name: nope }',
        '  - target: { kind: Deployment }',
        '    patch: |-',
        '      - op: add',
        '        path: /spec/replicas',
        '        value: 2',
        '      - op: replace',
        '        path: /spec/x',
        '        value: 1',
        '  - path: privileged-elsewhere.yaml',
        '  - path: not-read.yaml',
        '  - target: { labelSelector: "tier in (web)" }',
        '    patch: "[]"',
        'patchesJson6902:',
        '  - path: read-only.yaml',
        '',
      ].join('\n'),
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'base/missing-target.yaml': READ_ONLY_ROOT,
      'base/privileged-elsewhere.yaml': PRIVILEGED.replace('namespace: clinic', 'namespace: other'),
      'base/read-only.yaml': READ_ONLY_ROOT,
    };
    const { result } = load(tree, 'base');
    const k = 'base/kustomization.yaml';
    assert.deepEqual(result.skipped, [
      { file: 'base/missing-target.yaml', reason: `Kustomize patch (${k}): no object matches the target (kind Deployment, name nope); not applied` },
      { file: k, reason: `Kustomize patch (${k}): Deployment api: op 2 "replace" /spec/x: path not found; not applied` },
      { file: 'base/privileged-elsewhere.yaml', reason: `Kustomize patch (${k}): no object matches Deployment api (namespace other); not applied` },
      { file: 'base/not-read.yaml', reason: `Kustomize patch (${k}): not among the files read; not applied` },
      { file: k, reason: `Kustomize patch (${k}): target labelSelector "tier in (web)" is not supported (only k=v, k!=v, k and !k terms); not applied` },
      { file: 'base/read-only.yaml', reason: `Kustomize patch (${k}): a JSON 6902 patch without target; not applied` },
    ]);
    const deployment = deploymentOf(result.documents[0]);
    assert.deepEqual(deployment.object.spec, { template: { spec: null } }, 'the failing op list was not half-applied (no replicas)');
    assert.deepEqual(result.documents[0]!.document.files, ['base/deployment.yaml', 'base/kustomization.yaml']);
  });

  it('applies a patch to the items of a List and can delete an object', () => {
    const tree = {
      'k/kustomization.yaml': 'resources: [objects.yaml]\npatches:\n  - patch: |-\n      apiVersion: v1\n      kind: ConfigMap\n      metadata: { name: b }\n      $patch: delete\n  - target: { kind: ConfigMap }\n    patch: \'[{"op": "add", "path": "/data/patched", "value": "1"}]\'\n',
      'k/objects.yaml': 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: a }\n    data: { x: "1" }\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: b }\n    data: { y: "2" }\n',
    };
    const { result } = load(tree, 'k');
    assert.deepEqual(result.skipped, []);
    const configMaps = result.documents[0]!.document.resources.filter((r) => r.kind === 'ConfigMap') as KubernetesResource[];
    assert.deepEqual(
      configMaps.map((r) => [r.id, r.object.data, r.startLine]),
      [['ConfigMap/default/a', { x: '1', patched: '1' }, 4]],
    );
  });
});

// ---------------------------------------------------------------------------
// Whole scans

/** The result of scanning `tree` written to a temporary folder. */
async function scanTree(tree: Record<string, string>): Promise<Awaited<ReturnType<typeof scan>>> {
  const project = tempProject(tree);
  try {
    return await scan({ paths: [project.dir] });
  } finally {
    project.cleanup();
  }
}

async function findingsOf(tree: Record<string, string>, rule: string): Promise<{ findings: string[]; skipped: Array<{ file: string; reason: string }> }> {
  const result = await scanTree(tree);
  return {
    findings: result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.startLine}-${f.location.endLine}`),
    skipped: result.coverage.skipped,
  };
}

describe('Kustomize patches in a scan', () => {
  const kustomization = (patches: string): string => `resources:\n  - deployment.yaml\n${patches}`;

  it('(a) a base\'s JSON 6902 patch that sets readOnlyRootFilesystem: true silences EVD-K8S-010', async () => {
    const unpatched = await findingsOf({ 'base/kustomization.yaml': kustomization(''), 'base/deployment.yaml': BASE_DEPLOYMENT }, 'EVD-K8S-010');
    assert.deepEqual(unpatched.findings, ['base/deployment.yaml:14-20']);
    const patched = await findingsOf(
      {
        'base/kustomization.yaml': kustomization(`patches:\n  - path: read-only.yaml\n${TARGET}`),
        'base/deployment.yaml': BASE_DEPLOYMENT,
        'base/read-only.yaml': READ_ONLY_ROOT,
      },
      'EVD-K8S-010',
    );
    // The op list (no apiVersion/kind, so taken for configuration by its content) is read as the patch it is.
    assert.deepEqual(patched, { findings: [], skipped: [{ file: 'base/read-only.yaml', reason: `${KUSTOMIZE_PATCH_APPLIED_REASON} base/deployment.yaml (base/kustomization.yaml)` }] });
  });

  it('(b) a strategic-merge patch that sets privileged: true raises EVD-K8S-002 inside the deployment in deployment.yaml', async () => {
    const result = await findingsOf(
      {
        'base/kustomization.yaml': kustomization('patches:\n  - path: privileged.yaml\n'),
        'base/deployment.yaml': BASE_DEPLOYMENT,
        'base/privileged.yaml': PRIVILEGED,
      },
      'EVD-K8S-002',
    );
    assert.deepEqual(result, {
      findings: ['base/deployment.yaml:17-18'],
      skipped: [{ file: 'base/privileged.yaml', reason: `${KUSTOMIZE_PATCH_APPLIED_REASON} base/deployment.yaml (base/kustomization.yaml)` }],
    });
  });

  it('(c) an overlay\'s patch of its base is not applied: the base\'s findings are unchanged, and what the patch sets is reported in the patch', async () => {
    const base = { 'base/kustomization.yaml': kustomization(''), 'base/deployment.yaml': BASE_DEPLOYMENT };
    const withOverlay = {
      ...base,
      'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: privileged.yaml\n  - path: read-only.yaml\n${TARGET}`,
      'overlays/prod/privileged.yaml': PRIVILEGED,
      'overlays/prod/read-only.yaml': READ_ONLY_ROOT,
    };
    // Applied to the base, the overlay's patches would raise EVD-K8S-002 there and silence EVD-K8S-010. What the
    // patch sets is reported in the patch instead: the variant the overlay deploys is privileged.
    assert.deepEqual((await findingsOf(base, 'EVD-K8S-002')).findings, []);
    assert.deepEqual(await findingsOf(withOverlay, 'EVD-K8S-002'), {
      findings: ['overlays/prod/privileged.yaml:12-12'],
      skipped: [
        { file: 'overlays/prod/privileged.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)` },
        { file: 'overlays/prod/read-only.yaml', reason: `${KUSTOMIZE_PATCH_REASON} (overlays/prod/kustomization.yaml)` },
      ],
    });
    assert.deepEqual((await findingsOf(base, 'EVD-K8S-010')).findings, ['base/deployment.yaml:14-20']);
    assert.deepEqual((await findingsOf(withOverlay, 'EVD-K8S-010')).findings, ['base/deployment.yaml:14-20']);
  });

  it('(e) an overlay\'s inline patches and JSON 6902 patch files are checked for literal secrets, located and masked; references are not', async () => {
    const overlay = (password: string, token: string): Record<string, string> => ({
      'base/kustomization.yaml': kustomization(''),
      'base/deployment.yaml': BASE_DEPLOYMENT,
      'overlays/prod/kustomization.yaml': overlayKustomization([
        '  - target: { kind: Deployment, name: api }',
        '    patch: |-',
        '      - op: add',
        '        path: /spec/template/spec/containers/0/env/-',
        '        value:',
        '          name: SMTP_PASSWORD',
        `          value: ${password}`,
        '  - patch: |-',
        '      apiVersion: v1',
        '      kind: ConfigMap',
        '      metadata: { name: settings }',
        '      data:',
        `        DATABASE_URL: postgres://app:${password}@db:5432/app`,
        '  - path: token.yaml',
        '    target: { version: v1, kind: Secret, name: api-token }',
      ]),
      'overlays/prod/token.yaml': `- op: add\n  path: /stringData\n  value:\n    token: ${token}\n`,
    });
    const result = await scanTree(overlay('Zr4kQ9wTb2xLm7', 'tok-8d2f7c41e9a3'));
    const secrets = result.findings.filter((f) => ['EVD-K8S-001', 'EVD-K8S-017', 'EVD-K8S-023'].includes(f.ruleId));
    const k = 'overlays/prod/kustomization.yaml';
    assert.deepEqual(
      secrets.map((f) => [f.ruleId, `${f.location.file}:${f.location.startLine}`, f.resource, f.message, f.snippet]),
      [
        // The container is named as in the base the overlay builds.
        ['EVD-K8S-001', `${k}:10`, `Deployment/api (patch ${k}:6)`, `container "api" of Deployment/api (patch ${k}:6) sets SMTP_PASSWORD (a secret by its name) as a literal value`, 'value: ****'],
        ['EVD-K8S-023', `${k}:16`, `ConfigMap/settings (patch ${k}:12)`, `ConfigMap/settings (patch ${k}:12) stores DATABASE_URL (a connection string with an embedded password) in a ConfigMap`, 'DATABASE_URL: ****'],
        ['EVD-K8S-017', 'overlays/prod/token.yaml:4', 'Secret/api-token (patch overlays/prod/token.yaml:1)', 'Secret/api-token (patch overlays/prod/token.yaml:1) commits the value of token (stringData) in clear text', 'token: ****'],
      ],
    );
    const json = JSON.stringify(result);
    assert.equal(json.includes('Zr4kQ9wTb2xLm7') || json.includes('tok-8d2f7c41e9a3'), false, 'masked everywhere');
    // The op list is read as the patch it is, not as configuration.
    assert.deepEqual(result.coverage.byType, { kubernetes: 4 });
    assert.equal(result.findings.some((f) => f.ruleId === 'EVD-CFG-001'), false);
    const safe = await scanTree(overlay('$(SMTP_PASSWORD_FROM_SECRET)', '${API_TOKEN}'));
    assert.deepEqual(safe.findings.filter((f) => ['EVD-K8S-001', 'EVD-K8S-017', 'EVD-K8S-023', 'EVD-CFG-001'].includes(f.ruleId)), []);
  });

  it("(f) a JSON 6902 op that sets only an env entry's value is judged under the entry's name in the base", async () => {
    const base = BASE_DEPLOYMENT.replace(
      '          resources:',
      ['          env:', '            - name: LOG_LEVEL', '              value: info', '            - name: DB_PASSWORD', '              value: changeme', '          resources:'].join('\n'),
    );
    const tree = (target: string, password: string): Record<string, string> => ({
      'base/kustomization.yaml': kustomization(''),
      'base/deployment.yaml': base,
      'overlays/prod/kustomization.yaml': overlayKustomization([
        `  - target: ${target}`,
        '    patch: |-',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/env/0/value',
        '        value: warn',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/env/1/value',
        `        value: ${password}`,
      ]),
    });
    const secrets = async (files: Record<string, string>): Promise<string[][]> =>
      (await scanTree(files)).findings.filter((f) => f.ruleId === 'EVD-K8S-001').map((f) => [`${f.location.file}:${f.location.startLine}`, f.message, f.snippet ?? '']);
    const k = 'overlays/prod/kustomization.yaml';
    const found = [[`${k}:11`, `container "api" of Deployment/api (patch ${k}:9) sets DB_PASSWORD (a secret by its name) as a literal value`, 'value: ****']];
    assert.deepEqual(await secrets(tree('{ kind: Deployment, name: api }', 'Zr4kQ9wTb2xLm7')), found);
    // A target may name the namespace the overlay gives its objects, which the base does not write.
    assert.deepEqual(await secrets(tree('{ kind: Deployment, name: api, namespace: prod }', 'Zr4kQ9wTb2xLm7')), found);
    // A placeholder is not a secret; a target the overlay does not build leaves the entry unnamed, and unjudged.
    assert.deepEqual(await secrets(tree('{ kind: Deployment, name: api }', 'REPLACE_ME')), []);
    assert.deepEqual(await secrets(tree('{ kind: Deployment, name: worker }', 'Zr4kQ9wTb2xLm7')), []);
  });

  it('(d) a patch whose target does not exist is listed as skipped with the reason', async () => {
    const result = await findingsOf(
      {
        'base/kustomization.yaml': kustomization('patches:\n  - path: read-only.yaml\n    target: { kind: Deployment, name: web }\n  - path: privileged.yaml\n'),
        'base/deployment.yaml': BASE_DEPLOYMENT,
        'base/read-only.yaml': READ_ONLY_ROOT,
        'base/privileged.yaml': PRIVILEGED.replace('name: api', 'name: web'),
      },
      'EVD-K8S-010',
    );
    assert.deepEqual(result, {
      findings: ['base/deployment.yaml:14-20'],
      skipped: [
        { file: 'base/privileged.yaml', reason: 'Kustomize patch (base/kustomization.yaml): no object matches Deployment web (namespace clinic); not applied' },
        { file: 'base/read-only.yaml', reason: 'Kustomize patch (base/kustomization.yaml): no object matches the target (kind Deployment, name web); not applied' },
      ],
    });
  });
});
