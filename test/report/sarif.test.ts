import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSarif } from '../../src/report/sarif.js';
import { assertGolden } from '../helpers/golden.js';
import { errorLines, sarifValidator } from '../helpers/output-schemas.js';
import { fixtureChecks, fixtureResult } from '../helpers/report-fixture.js';

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; name: string; help: { text: string; markdown: string }; defaultConfiguration: { enabled?: boolean; level: string }; properties: Record<string, unknown> }> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string }; locations?: unknown[] }>; toolConfigurationNotifications: unknown[] }>;
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, unknown> } }>;
      partialFingerprints: Record<string, string>;
      suppressions?: Array<{ kind: string; status: string; justification: string }>;
      baselineState?: string;
      properties: Record<string, unknown>;
    }>;
  }>;
}

describe('sarif reporter', () => {
  const result = fixtureResult();
  const text = renderSarif(result, { checks: fixtureChecks() });
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0];
  assert.ok(run);

  it('matches the golden file', () => {
    assertGolden('sarif/result.sarif', text);
  });

  it('is valid against the OASIS SARIF 2.1.0 schema, with and without check metadata', () => {
    const validate = sarifValidator();
    assert.ok(validate(log), errorLines(validate));
    assert.ok(validate(JSON.parse(renderSarif(result))), errorLines(validate));
  });

  it('describes every check of the scan as a rule, with help, severity, security-severity and controls', () => {
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), result.checks.map((c) => c.id));
    const rule = run.tool.driver.rules.find((r) => r.id === 'EVD-CODE-001');
    assert.equal(rule?.name, 'SensitiveDataInLogs');
    assert.match(rule?.help.text ?? '', /Remediation: Log an opaque identifier/);
    assert.match(rule?.help.markdown ?? '', /\*\*Remediation:\*\*/);
    assert.deepEqual(rule?.properties.controls, {
      hipaa: ['164.308(a)(1)(ii)(B)', '164.312(a)(1)'],
      gdpr: ['Art.5(1)(c)', 'Art.5(1)(f)', 'Art.25(2)', 'Art.32(1)(a)'],
    });
    assert.equal(rule?.properties['security-severity'], '8.0');
    const disabled = run.tool.driver.rules.find((r) => r.id === 'EVD-TF-006');
    assert.equal(disabled?.defaultConfiguration.enabled, false);
  });

  it('maps severities to levels and points every result at its rule by index', () => {
    const levels = Object.fromEntries(run.results.map((r) => [result.findings.find((f) => f.message === r.message.text)?.severity, r.level]));
    assert.deepEqual(levels, { critical: 'error', high: 'error', medium: 'warning', low: 'note' });
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex]?.id, r.ruleId);
  });

  it('gives relative locations under SRCROOT, with the exclusive end column kept, and our fingerprint', () => {
    const first = run.results[0];
    assert.deepEqual(first?.locations[0]?.physicalLocation.artifactLocation, { uri: 'infra/database.tf', uriBaseId: 'SRCROOT' });
    assert.deepEqual(first?.locations[0]?.physicalLocation.region, { startLine: 12, startColumn: 3, endLine: 12, endColumn: 29, snippet: { text: 'publicly_accessible = true' } });
    assert.deepEqual(first?.partialFingerprints, { 'evident/v1': result.findings[0]?.fingerprint });
    assert.deepEqual(run.originalUriBaseIds.SRCROOT, { description: { text: 'The scan root: examples/clinic (finding paths are relative to it).' } });
  });

  it('marks inline suppressions in source, waivers and the baseline external; an expired exception is no suppression', () => {
    const byFingerprint = new Map(run.results.map((r) => [r.partialFingerprints['evident/v1'], r]));
    const kinds = result.findings.map((f) => [f.suppression?.kind, byFingerprint.get(f.fingerprint)?.suppressions?.[0]?.kind]);
    assert.deepEqual(kinds.filter(([ours]) => ours !== undefined).sort(), [['baseline', 'external'], ['inline', 'inSource'], ['waiver', 'external']]);
    const waived = run.results.find((r) => r.suppressions?.[0]?.kind === 'external' && r.ruleId === 'EVD-TF-001');
    assert.deepEqual(waived?.suppressions?.[0]?.justification, 'Encrypted by the account-wide KMS default | see <SEC-12> & `kms.tf`');
    assert.equal(waived?.suppressions?.[0]?.status, 'accepted');
    const expired = run.results.find((r) => r.ruleId === 'EVD-TF-005');
    assert.equal(expired?.suppressions, undefined);
    assert.deepEqual((expired?.properties.expiredSuppression as { kind: string }).kind, 'waiver');
    assert.deepEqual(run.results.map((r) => r.baselineState).filter((s) => s === 'unchanged').length, 1);
  });

  it('reports parse errors and skipped files as execution notifications, warnings as configuration notifications', () => {
    const inv = run.invocations[0];
    assert.equal(inv?.executionSuccessful, true);
    const errors = inv?.toolExecutionNotifications.filter((n) => n.level === 'error') ?? [];
    assert.deepEqual(errors.map((n) => n.message.text), result.errors.map((e) => e.reason));
    assert.equal(inv?.toolExecutionNotifications.filter((n) => n.level === 'note').length, result.coverage.skipped.length);
    assert.equal(inv?.toolConfigurationNotifications.length, result.warnings.length);
  });

  it('keeps scanned text as data: every string survives a JSON round trip unchanged', () => {
    const snippets = run.results.map((r) => (r.locations[0]?.physicalLocation.region.snippet as { text: string } | undefined)?.text);
    assert.deepEqual(snippets, result.findings.map((f) => f.snippet));
    assert.deepEqual(run.results.map((r) => r.message.text), result.findings.map((f) => f.message));
  });

  it('is deterministic, and gives an absolute scan root a file URI', () => {
    assert.equal(renderSarif(fixtureResult(), { checks: fixtureChecks() }), text);
    const absolute = JSON.parse(renderSarif({ ...fixtureResult(), target: '/home/ci/my repo' })) as SarifLog;
    assert.equal(absolute.runs[0]?.originalUriBaseIds.SRCROOT?.uri, 'file:///home/ci/my%20repo/');
  });
});
