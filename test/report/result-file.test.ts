import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { parseScanResult, readScanResult } from '../../src/result-file.js';
import { fixtureResult } from '../helpers/report-fixture.js';

describe('reading a saved scan result', () => {
  it('accepts a valid result (with a byte-order mark too)', () => {
    const text = JSON.stringify(fixtureResult());
    assert.deepEqual(parseScanResult(text, 'r.json'), fixtureResult());
    assert.deepEqual(parseScanResult(`\uFEFF${text}`, 'r.json'), fixtureResult());
  });

  it('rejects an invalid one with the JSON path of each problem', () => {
    const bad = fixtureResult() as unknown as { findings: Array<Record<string, unknown>>; summary?: unknown };
    const first = bad.findings[0];
    assert.ok(first);
    first.severity = 'severe';
    delete bad.summary;
    assert.throws(() => parseScanResult(JSON.stringify(bad), 'r.json'), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.equal(error.message, 'r.json is not a valid scan result: summary: is required; findings[0].severity: must be one of "low", "medium", "high", "critical"');
      assert.match(error.hint ?? '', /evident scan --format json/);
      return true;
    });
  });

  it('rejects text that is not JSON, and a missing file', () => {
    assert.throws(() => parseScanResult('{"findings": [', 'r.json'), /^UsageError: r\.json is not valid JSON: /);
    assert.throws(() => readScanResult('does/not/exist.json'), /scan result not found: does\/not\/exist\.json/);
  });
});
