// A Kubernetes check never reports a violation on a value that is not known. Objects that come
// from Terraform's kubernetes resources (src/parsers/terraform-kubernetes.ts) carry the unknown
// sentinel wherever the module sets an argument from a variable, another resource or an iterator.
// On every Kubernetes example of the checks, each value that Terraform can leave unknown (a scalar,
// a list of scalars, a map such as labels) is replaced by the sentinel in turn: the checks may then
// report less on the object, never something they did not report with the value known.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PolicyEngine } from '../../src/engine/rego.js';
import { iacFormats } from '../../src/parsers/index.js';
import type { NormalizedDocument, NormalizedResource } from '../../src/parsers/types.js';
import { kubernetesCheckExamples } from '../helpers/kubernetes-examples.js';

let engine: PolicyEngine;
before(async () => {
  engine = await PolicyEngine.load();
});

/** Maps that Terraform sets as one attribute (a variable can stand for the whole map). */
const MAP_FIELDS = new Set(['labels', 'annotations', 'data', 'stringData', 'matchLabels', 'nodeSelector', 'limits', 'requests', 'parameters']);

/** Members that are the object's type, never an argument of a Terraform resource. */
const TYPE_FIELDS = new Set(['apiVersion', 'kind']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isScalar = (value: Json): boolean => value === null || typeof value !== 'object';

/** The paths (inside `value`) of every node Terraform could leave unknown. */
function unknownable(value: Json, path: Array<string | number>, out: Array<Array<string | number>>): void {
  if (value === null || typeof value !== 'object') {
    if (value !== null) out.push(path);
    return;
  }
  if (Array.isArray(value)) {
    if (value.every(isScalar)) out.push(path);
    value.forEach((item, i) => unknownable(item, [...path, i], out));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (path.length <= 1 && TYPE_FIELDS.has(key)) continue;
    if (MAP_FIELDS.has(key) && item !== null && typeof item === 'object' && !Array.isArray(item)) out.push([...path, key]);
    unknownable(item, [...path, key], out);
  }
}

/** A copy of `value` with the node at `path` replaced by an unknown sentinel. */
function withUnknown(value: Json, path: ReadonlyArray<string | number>): Json {
  if (path.length === 0) return { __unknown__: 'var.unknown', refs: ['var.unknown'] };
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withUnknown(item, rest) : item));
  const object = value as { [key: string]: Json };
  return { ...object, [head]: withUnknown(object[head]!, rest) };
}

/** What a check reports, by check and object (messages name the values, which change). */
function reported(document: NormalizedDocument): Set<string> {
  return new Set(engine.evaluate(document).map((f) => `${f.check} ${f.resource ?? ''}`));
}

/** Each Kubernetes example of the checks, as the documents of its folders. */
function kubernetesExamples(): Array<{ label: string; documents: NormalizedDocument[] }> {
  return kubernetesCheckExamples(engine.manifest).map(({ label, files }) => {
    const byDir = new Map<string, typeof files>();
    for (const file of files) {
      const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.';
      byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
    }
    const documents = [...byDir].flatMap(([dir, list]) => iacFormats.kubernetes.load(dir, list, { isFile: () => true }).documents.map((parsed) => parsed.document));
    return { label, documents };
  });
}

describe('Kubernetes checks on values that are not known', () => {
  it('report nothing on an object that they did not report with the value known', () => {
    const problems: string[] = [];
    let mutations = 0;
    for (const { label, documents } of kubernetesExamples()) {
      for (const document of documents) {
        const known = reported(document);
        document.resources.forEach((resource, r) => {
          for (const field of ['object', 'podSpec'] as const) {
            const value = resource[field] as Json | undefined;
            if (value === undefined || value === null) continue;
            const paths: Array<Array<string | number>> = [];
            unknownable(value, [], paths);
            for (const path of paths) {
              mutations++;
              const changed: NormalizedResource = { ...resource, [field]: withUnknown(value, path) };
              // As the Terraform conversion does: a namespace not known is the resource's namespace too.
              if (field === 'object' && path.join('.') === 'metadata.namespace') changed['namespace'] = withUnknown(null, []);
              const resources = document.resources.map((other, i) => (i === r ? changed : other));
              for (const finding of reported({ ...document, resources })) {
                if (!known.has(finding)) problems.push(`${label}: ${field}.${path.join('.')} unknown → ${finding}`);
              }
            }
          }
        });
      }
    }
    assert.ok(mutations > 500, `only ${mutations} values replaced`);
    assert.deepEqual(problems, []);
  });
});
