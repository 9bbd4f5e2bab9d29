import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FORMAT_NAMES, reporters } from '../../src/report/index.js';
import { fixtureChecks, fixtureResult } from '../helpers/report-fixture.js';

describe('the reporter registry (src/report/index.ts)', () => {
  it('is sorted by format name, and --format choices derive from it', () => {
    const names = Object.keys(reporters);
    assert.deepEqual(names, [...names].sort());
    assert.deepEqual(FORMAT_NAMES, names);
    for (const name of ['controls-csv', 'csv', 'json', 'junit', 'markdown', 'oscal', 'sarif', 'text']) assert.ok(names.includes(name), name);
  });

  it('holds pure reporters: the same result renders to the same text, ending with a newline, and the result is not changed', () => {
    for (const name of FORMAT_NAMES) {
      const result = fixtureResult();
      const options = { checks: fixtureChecks() };
      const once = reporters[name](result, options);
      assert.deepEqual(result, fixtureResult(), `${name} changed its input`);
      assert.equal(reporters[name](fixtureResult(), options), once, name);
      assert.ok(once.endsWith('\n'), name);
    }
  });
});
