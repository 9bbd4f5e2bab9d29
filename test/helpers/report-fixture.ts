import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckMeta } from '../../src/checks/metadata.js';
import { packageRoot } from '../../src/package-root.js';
import type { ScanResult } from '../../src/scan-result.js';

const FIXTURES = join(packageRoot, 'test', 'report', 'fixtures');

/**
 * The report fixture: a scan result that exercises every field a reporter
 * shows (test/report/fixtures/result.json). A fresh copy on every call, so a
 * test may change it.
 */
export function fixtureResult(): ScanResult {
  return JSON.parse(readFileSync(join(FIXTURES, 'result.json'), 'utf8')) as ScanResult;
}

/** Metadata of the fixture's checks (descriptions, remediation), as the CLI passes the catalog to SARIF. */
export function fixtureChecks(): CheckMeta[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'checks.json'), 'utf8')) as CheckMeta[];
}
