import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatErrors } from '../../src/json-schema.js';
import { scanResultValidator } from '../../src/result-file.js';
import { fixtureChecks, fixtureResult } from '../helpers/report-fixture.js';

describe('the report fixture (test/report/fixtures/result.json)', () => {
  const result = fixtureResult();

  it('is a valid scan result', () => {
    const validate = scanResultValidator();
    assert.ok(validate(result), formatErrors(validate.errors).join('\n'));
  });

  it('exercises everything a reporter shows', () => {
    const open = result.findings.filter((f) => !f.suppression);
    assert.deepEqual([...new Set(open.map((f) => f.severity))].sort(), ['critical', 'high', 'low', 'medium']);
    assert.deepEqual(result.findings.flatMap((f) => (f.suppression ? [f.suppression.kind] : [])).sort(), ['baseline', 'inline', 'waiver']);
    assert.ok(result.findings.some((f) => !f.suppression && f.expiredSuppression), 'a finding whose exception expired');
    assert.ok(result.findings.some((f) => f.snippet?.includes('****')), 'a redacted secret');
    assert.ok(result.findings.some((f) => (f.dataCategories ?? []).length > 1), 'data categories');
    assert.ok(result.findings.some((f) => /[|<>`&"]/.test(f.message) && !f.suppression), 'an open finding with characters every format must escape');
    assert.ok(result.findings.some((f) => /^[=+\-@]/.test(f.snippet ?? '')), 'a snippet that looks like a spreadsheet formula');
    assert.ok(result.findings.some((f) => /\u0007/.test(f.snippet ?? '')), 'a control character XML does not allow');
    assert.ok(result.errors.some((e) => e.line !== undefined) && result.errors.some((e) => e.line === undefined), 'parse errors with and without a line');
    assert.ok(result.coverage.skipped.length > 0 && result.warnings.length > 0);
    assert.deepEqual(result.exceptions.waivers.entries.map((w) => w.status).sort(), ['active', 'expired']);
    assert.notEqual(result.exceptions.baseline, null);
    assert.ok(result.attestations.some((a) => a.applied) && result.attestations.some((a) => !a.applied));
    assert.ok(result.checks.some((c) => c.skipped !== undefined), 'a disabled check');
    for (const fw of ['hipaa', 'gdpr']) {
      const statuses = new Set(result.controls.filter((c) => c.framework === fw).map((c) => c.status));
      assert.deepEqual([...statuses].sort(), ['fail', 'manual', 'not_applicable', 'pass'], fw);
      assert.ok(result.controls.some((c) => c.framework === fw && c.basis.attestation), `${fw}: a control decided by an attestation`);
    }
  });

  it('is consistent: summary counts, control findings and check metadata match the findings', () => {
    const s = result.summary.findings;
    assert.equal(s.total, result.findings.length);
    assert.equal(s.baselined, result.findings.filter((f) => f.suppression?.kind === 'baseline').length);
    assert.equal(s.suppressed, result.findings.filter((f) => f.suppression && f.suppression.kind !== 'baseline').length);
    assert.equal(s.new, result.findings.filter((f) => !f.suppression).length);
    const fingerprints = new Set(result.findings.filter((f) => !f.suppression).map((f) => f.fingerprint));
    for (const c of result.controls) for (const fp of c.findings) assert.ok(fingerprints.has(fp), `${c.id} lists an open finding`);
    const meta = new Set(fixtureChecks().map((c) => c.id));
    for (const c of result.checks) assert.ok(meta.has(c.id), `checks.json describes ${c.id}`);
  });
});
