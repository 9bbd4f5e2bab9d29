import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { assertGolden } from '../helpers/golden.js';
import { fixtureResult } from '../helpers/report-fixture.js';

describe('json and text reporters', () => {
  const result = fixtureResult();

  it('json is the result itself, pretty-printed', () => {
    const text = renderJson(result);
    assertGolden('json/result.json', text);
    assert.deepEqual(JSON.parse(text), result);
  });

  it('text matches the golden file, and colour only adds ANSI codes', () => {
    const plain = renderText(result);
    assertGolden('text/result.txt', plain);
    const color = renderText(result, { color: true });
    assert.ok(color.includes('\u001b['));
    assert.equal(color.replace(/\u001b\[\d+m/g, ''), plain);
  });
});
