import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

/** Folder of the report golden files. */
export const GOLDEN_DIR = join(packageRoot, 'test', 'report', 'golden');

/**
 * Compares `actual` with the golden file `test/report/golden/<name>` byte for
 * byte. With UPDATE_GOLDEN=1 the file is (re)written instead; review the diff.
 */
export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const shown = relative(packageRoot, path);
  assert.ok(existsSync(path), `${shown} is missing; create it with UPDATE_GOLDEN=1 npm test -- report`);
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) {
    // assert.equal on whole documents prints a diff; the message names the fix.
    assert.equal(actual, expected, `${shown} differs; if the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff`);
  }
}
