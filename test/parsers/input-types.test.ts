import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { INPUT_LABELS } from '../../src/parsers/types.js';

test('the check metadata schema accepts exactly the input types Evident knows', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/checks/metadata.schema.json', import.meta.url), 'utf8')) as {
    properties: { selector: { properties: { input: { enum: string[] } } } };
  };
  assert.deepEqual([...schema.properties.selector.properties.input.enum].sort(), Object.keys(INPUT_LABELS).sort());
});
