import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KUSTOMIZE_PATCH_REASON, loadKubernetes } from '../../src/parsers/kubernetes.js';

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
    assert.deepEqual(documents[0]!.document.resources.map((r) => r.id).sort(), ['Kustomization/default/', 'Service/default/api'].sort());
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
  });
});
