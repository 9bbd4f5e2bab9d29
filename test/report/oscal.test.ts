import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlToken, renderOscal } from '../../src/report/oscal.js';
import { canonicalJson, uuidV5 } from '../../src/report/uuid.js';
import { assertGolden } from '../helpers/golden.js';
import { errorLines, oscalValidator } from '../helpers/output-schemas.js';
import { fixtureResult } from '../helpers/report-fixture.js';

interface Prop {
  name: string;
  value: string;
}
interface OscalDocument {
  'assessment-results': {
    uuid: string;
    metadata: { title: string; 'last-modified': string; version: string; 'oscal-version': string };
    'import-ap': { href: string };
    results: Array<{
      uuid: string;
      start: string;
      end: string;
      'reviewed-controls': { 'control-selections': Array<{ props: Prop[]; 'include-controls': Array<{ 'control-id': string }> }> };
      observations: Array<{ uuid: string; title: string; methods: string[]; types: string[]; props?: Prop[]; subjects?: Array<{ 'subject-uuid': string }>; 'relevant-evidence'?: Array<{ href?: string }>; remarks?: string }>;
      findings: Array<{
        uuid: string;
        props: Prop[];
        target: { type: string; 'target-id': string; status: { state: string; reason: string; remarks?: string }; 'implementation-status'?: { state: string } };
        'related-observations'?: Array<{ 'observation-uuid': string }>;
      }>;
    }>;
    'back-matter': { resources: Array<{ uuid: string; title: string; rlinks?: Array<{ href: string; hashes?: Array<{ value: string }> }> }> };
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('oscal reporter', () => {
  const result = fixtureResult();
  const text = renderOscal(result);
  const doc = JSON.parse(text) as OscalDocument;
  const ar = doc['assessment-results'];
  const run = ar.results[0];
  assert.ok(run);
  const prop = (props: Prop[] | undefined, name: string): string | undefined => props?.find((p) => p.name === name)?.value;

  it('matches the golden file', () => {
    assertGolden('oscal/result.json', text);
  });

  it('is valid against the NIST OSCAL 1.1.3 Assessment Results schema', () => {
    const validate = oscalValidator();
    assert.ok(validate(doc), errorLines(validate));
    const bare = { ...fixtureResult(), findings: [], controls: [], attestations: [], checks: [], errors: [], warnings: [], frameworks: [] };
    assert.ok(validate(JSON.parse(renderOscal(bare))), errorLines(validate));
  });

  it('has the metadata, plan reference and result times of the scan', () => {
    assert.equal(ar.metadata['oscal-version'], '1.1.3');
    assert.equal(ar.metadata['last-modified'], result.startedAt);
    assert.equal(ar.metadata.version, result.tool.version);
    assert.equal(run.start, '2025-06-02T09:30:00.000Z');
    assert.equal(run.end, '2025-06-02T09:30:01.234Z');
    const plan = ar['back-matter'].resources.find((r) => `#${r.uuid}` === ar['import-ap'].href);
    assert.equal(plan?.title, 'evident assessment plan (implicit)');
  });

  it('reviews every control of each framework, as OSCAL tokens', () => {
    const selections = run['reviewed-controls']['control-selections'];
    assert.deepEqual(selections.map((s) => prop(s.props, 'framework')), ['hipaa', 'gdpr']);
    assert.deepEqual(
      selections.flatMap((s) => s['include-controls'].map((c) => c['control-id'])),
      result.controls.map((c) => controlToken(c.framework, c.id)),
    );
  });

  it('has one finding per control: pass and not applicable satisfied, fail and manual not satisfied', () => {
    assert.equal(run.findings.length, result.controls.length);
    const states = run.findings.map((f) => `${prop(f.props, 'status')} ${f.target.status.state} ${f.target.status.reason}`);
    assert.deepEqual([...new Set(states)].sort(), ['fail not-satisfied fail', 'manual not-satisfied other', 'not_applicable satisfied other', 'pass satisfied pass']);
    const risk = run.findings.find((f) => f.target['target-id'] === 'hipaa-164.308_a_1_ii_a');
    assert.equal(prop(risk?.props, 'control-id'), '164.308(a)(1)(ii)(A)');
    assert.equal(risk?.target['implementation-status']?.state, 'implemented');
    const transfers = run.findings.find((f) => f.target['target-id'] === 'gdpr-art.44');
    assert.equal(transfers?.target['implementation-status']?.state, 'not-applicable');
    for (const f of run.findings) assert.equal(f.target.type, 'objective-id');
  });

  it('has observations for findings, checks and attestations, and relates each control to its own', () => {
    const observations = new Map(run.observations.map((o) => [o.uuid, o]));
    assert.equal(run.observations.filter((o) => o.types.includes('finding')).length, result.findings.length);
    assert.equal(run.observations.filter((o) => o.methods.includes('EXAMINE')).length, result.attestations.length);
    const access = run.findings.find((f) => prop(f.props, 'control-id') === '164.312(a)(1)');
    const related = (access?.['related-observations'] ?? []).map((r) => observations.get(r['observation-uuid']));
    assert.ok(related.every((o) => o !== undefined), 'every related observation exists');
    assert.deepEqual(related.map((o) => o?.title.split(' ')[0]), [
      'EVD-CODE-001', 'EVD-K8S-001', 'EVD-K8S-002', 'EVD-TF-003', // the checks that ran
      'EVD-TF-003', 'EVD-K8S-002', 'EVD-K8S-001', 'EVD-CODE-001', 'EVD-CODE-001', // the findings, suppressed one included
    ]);
    const suppressed = related.find((o) => prop(o?.props, 'state') === 'suppressed');
    assert.match(suppressed?.remarks ?? '', /^Suppressed \(inline, by ops@clinic\.example\): /);
    const files = new Set(ar['back-matter'].resources.map((r) => r.uuid));
    for (const o of run.observations) {
      for (const s of o.subjects ?? []) assert.ok(files.has(s['subject-uuid']), 'subjects are back-matter resources');
      for (const e of o['relevant-evidence'] ?? []) if (e.href?.startsWith('#')) assert.ok(files.has(e.href.slice(1)), e.href);
    }
    const evidence = ar['back-matter'].resources.find((r) => r.title === 'compliance/risk-analysis-2025.pdf');
    assert.equal(evidence?.rlinks?.[0]?.hashes?.[0]?.value, '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8');
  });

  it('derives every UUID from the content: version 5, unique, the same for the same result, different for another', () => {
    const uuids = [...text.matchAll(/"(?:uuid|actor-uuid|subject-uuid|observation-uuid)": "([^"]+)"/g)].map((m) => m[1] ?? '');
    const defined = [...text.matchAll(/"uuid": "([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const u of uuids) assert.match(u, UUID);
    assert.equal(new Set(defined).size, defined.length, 'defined UUIDs are unique');
    assert.equal(renderOscal(fixtureResult()), text);
    assert.equal(renderOscal({ ...fixtureResult(), durationMs: 99 }).replace(/"end": "[^"]*"/, ''), text.replace(/"end": "[^"]*"/, ''));
    assert.notEqual(JSON.parse(renderOscal({ ...fixtureResult(), startedAt: '2025-06-03T09:30:00.000Z' }))['assessment-results'].uuid, ar.uuid);
  });

  it('turns control ids into tokens, and computes RFC 4122 version-5 UUIDs', () => {
    assert.equal(controlToken('hipaa', '164.312(a)(2)(iv)'), 'hipaa-164.312_a_2_iv');
    assert.equal(controlToken('gdpr', 'Art.32(1)(a)'), 'gdpr-art.32_1_a');
    assert.equal(controlToken('acme', 'SEC 1/2'), 'acme-sec-1-2');
    // RFC 4122 appendix-style vector (DNS namespace).
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }), '{"a":[{"d":2}],"b":1}');
  });
});
