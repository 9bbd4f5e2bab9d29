// Large Kubernetes folders are evaluated in parts (src/engine/parts.ts): the findings must be
// those of the whole folder, for every part size, on every Kubernetes example of the checks, the
// test projects and a generated folder whose context objects sit far from the objects they protect.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { evaluateInParts, PART_SIZE, type DocumentEvaluator } from '../../src/engine/parts.js';
import { PolicyEngine, type RegoFinding } from '../../src/engine/rego.js';
import { packageRoot } from '../../src/package-root.js';
import { iacFormats } from '../../src/parsers/index.js';
import type { NormalizedDocument, SourceText } from '../../src/parsers/types.js';
import { kubernetesFile } from '../../bench/corpus.js';
import { kubernetesCheckExamples } from '../helpers/kubernetes-examples.js';

let engine: PolicyEngine;
before(async () => {
  engine = await PolicyEngine.load();
});

function documentsOf(name: string, files: SourceText[]): NormalizedDocument[] {
  return iacFormats.kubernetes.load(name, files, { isFile: () => true }).documents.map((parsed) => parsed.document);
}

const canonical = (findings: RegoFinding[]): string[] => findings.map((f) => JSON.stringify([f.check, f.resource, f.msg, f.path])).sort();

function assertSameInParts(document: NormalizedDocument, label: string): number {
  const whole = canonical(engine.evaluate(document));
  for (const size of [1, 2, 3, 7, 50]) {
    assert.deepEqual(canonical(evaluateInParts(engine, document, undefined, size)), whole, `${label}, parts of ${size}`);
  }
  return whole.length;
}

function filesUnder(dir: string, base: string): SourceText[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, base);
    return /\.ya?ml$/.test(name) ? [{ path: relative(base, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/**
 * A folder of 120 services in 6 namespaces (240 objects) and, last, what protects some of them: a
 * NetworkPolicy for clinic-1, a default ServiceAccount of clinic-2 that opts its pods out of the
 * token, a cluster-wide policy only in the second variant. Parts of a few objects hold the
 * workloads of those namespaces without these objects unless the context is carried along.
 */
function generatedFolder(clusterWide: boolean): SourceText[] {
  const files: SourceText[] = [];
  for (let i = 0; i < 120; i++) {
    // Every other service of a namespace runs as the namespace's default service account.
    const text = kubernetesFile(i).replace(/namespace: clinic-\d+/g, `namespace: clinic-${i % 6}`);
    files.push({ path: `svc-${String(i).padStart(3, '0')}.yaml`, text: i % 12 < 6 ? text.replace(/^ *serviceAccountName: .*\n/m, '') : text });
  }
  files.push({
    path: 'zz-policies.yaml',
    text: [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: { name: default-deny, namespace: clinic-1 }',
      'spec: { podSelector: {}, policyTypes: [Ingress] }',
      '---',
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata: { name: default, namespace: clinic-2 }',
      'automountServiceAccountToken: false',
      ...(clusterWide ? ['---', 'apiVersion: crd.projectcalico.org/v1', 'kind: GlobalNetworkPolicy', 'metadata: { name: deny-all }', 'spec: { selector: all() }'] : []),
      '',
    ].join('\n'),
  });
  return files;
}

describe('Kubernetes folders evaluated in parts', () => {
  it('gives the findings of the whole folder on every Kubernetes example of the checks', () => {
    let documents = 0;
    for (const example of kubernetesCheckExamples(engine.manifest)) {
      for (const document of documentsOf('example', example.files)) {
        assertSameInParts(document, example.label);
        documents++;
      }
    }
    assert.ok(documents >= 40, `only ${documents} example documents`);
  });

  it('gives the findings of the whole folder on the Kubernetes test project', () => {
    const base = join(packageRoot, 'test', 'projects', 'k8s-kustomize');
    const files = filesUnder(base, base);
    const byFolder = new Map<string, SourceText[]>();
    for (const file of files) {
      const folder = file.path.split('/').slice(0, -1).join('/');
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    let findings = 0;
    for (const [folder, folderFiles] of byFolder) {
      for (const document of documentsOf(folder, folderFiles)) findings += assertSameInParts(document, folder);
    }
    assert.ok(findings > 0);
  });

  it('carries NetworkPolicies and ServiceAccounts to every part: the protected workloads stay unreported', () => {
    for (const clusterWide of [false, true]) {
      const [document] = documentsOf('apps', generatedFolder(clusterWide));
      assert.ok(document);
      assert.equal(document.resources.length, 120 * 2 + (clusterWide ? 3 : 2));
      const findings = assertSameInParts(document, `generated folder, cluster-wide policy ${clusterWide}`);
      assert.ok(findings > 100);
      const inParts = evaluateInParts(engine, document, undefined, 7);
      const check = (key: string, namespace: string): number =>
        inParts.filter((f) => f.check === `kubernetes.${key}` && f.resource?.includes(`/${namespace}/`) === true).length;
      // What the context objects decide, checked directly too.
      assert.equal(check('namespace_without_network_policy', 'clinic-1'), 0);
      assert.equal(check('namespace_without_network_policy', 'clinic-0') > 0, !clusterWide);
      assert.equal(check('service_account_token_automounted', 'clinic-2'), 0);
      assert.ok(check('service_account_token_automounted', 'clinic-3') > 0);
    }
  });

  it('evaluates a small folder or another input type whole, and a folder whole again when a finding names no object of it', () => {
    const calls: number[] = [];
    const fake = (result: (document: NormalizedDocument) => RegoFinding[]): DocumentEvaluator => ({
      evaluate: (document) => {
        calls.push(document.resources.length);
        return result(document);
      },
    });
    const resources = Array.from({ length: 5 }, (_, i) => ({ id: `Pod/ns/p${i}`, kind: 'Pod', file: 'a.yaml', startLine: i + 1, endLine: i + 1 }));
    const document: NormalizedDocument = { type: 'kubernetes', path: 'apps', files: ['a.yaml'], resources };
    evaluateInParts(fake(() => []), document, undefined, 5);
    assert.deepEqual(calls, [5]);
    calls.length = 0;
    evaluateInParts(fake(() => []), { ...document, type: 'terraform' }, undefined, 2);
    assert.deepEqual(calls, [5]);
    calls.length = 0;
    const folderFinding: RegoFinding = { check: 'kubernetes.x', msg: 'about the folder' };
    const result = evaluateInParts(fake(() => [folderFinding]), document, undefined, 2);
    assert.deepEqual(result, [folderFinding]);
    assert.deepEqual(calls, [2, 5], 'the first part, then the whole folder');
    assert.equal(PART_SIZE, 200);
  });

  it('sends the Kustomize patch fragments with the first part only, and keeps their findings once', () => {
    const resources = Array.from({ length: 5 }, (_, i) => ({ id: `Pod/ns/p${i}`, kind: 'Pod', file: 'a.yaml', startLine: i + 1, endLine: i + 1 }));
    const patch = { id: 'Deployment/api (patch overlays/prod/env.yaml:1)', kind: 'Deployment', file: 'overlays/prod/env.yaml', startLine: 1, endLine: 9 };
    const document: NormalizedDocument = { type: 'kubernetes', path: 'apps', files: ['a.yaml'], resources, patches: [patch] };
    const sent: boolean[] = [];
    const onPatch: RegoFinding = { check: 'kubernetes.secret_in_plain_env', msg: 'literal', resource: patch.id };
    const evaluator: DocumentEvaluator = {
      evaluate: (part) => {
        const withPatches = Array.isArray(part['patches']);
        sent.push(withPatches);
        return withPatches ? [onPatch] : [];
      },
    };
    assert.deepEqual(evaluateInParts(evaluator, document, undefined, 2), [onPatch]);
    assert.deepEqual(sent, [true, false, false], 'three parts, the patches with the first');
    assert.deepEqual(document['patches'], [patch], 'the document itself is left as it was');
  });

  it('reports a check that fails on several parts once, and keeps the findings of the others', () => {
    const resources = Array.from({ length: 5 }, (_, i) => ({ id: `Pod/ns/p${i}`, kind: 'Pod', file: 'a.yaml', startLine: i + 1, endLine: i + 1 }));
    const document: NormalizedDocument = { type: 'kubernetes', path: 'apps', files: ['a.yaml'], resources };
    const evaluator: DocumentEvaluator = {
      evaluate: (part, onCheckFailure) => {
        onCheckFailure?.({ check: 'kubernetes.faulty', reason: `failed on ${part.resources.length} objects` });
        return part.resources.slice(0, 1).map((r) => ({ check: 'kubernetes.fine', resource: r.id, msg: 'one' }));
      },
    };
    const failures: string[] = [];
    const findings = evaluateInParts(evaluator, document, (failure) => failures.push(`${failure.check}: ${failure.reason}`), 2);
    assert.deepEqual(failures, ['kubernetes.faulty: failed on 2 objects']);
    assert.deepEqual(findings.map((f) => f.resource), ['Pod/ns/p0', 'Pod/ns/p2', 'Pod/ns/p4']);
  });
});
