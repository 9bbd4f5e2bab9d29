// Keeps the explicit registry honest: sorted, unique, equal to the files of
// src/rules/, every meta valid against the one check-metadata schema, every
// rule documented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { analyzeSource } from '../../src/engine/code/index.js';
import { codeRules } from '../../src/rules/index.js';

// ajv-formats is CommonJS; under NodeNext the default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const root = fileURLToPath(new URL('../../', import.meta.url));
const rulesDir = `${root}src/rules/`;
const schema = JSON.parse(readFileSync(`${root}src/checks/metadata.schema.json`, 'utf8')) as object;

describe('code rule registry', () => {
  const ids = codeRules.map((rule) => rule.meta.id);

  test('sorted by id', () => {
    assert.deepEqual(ids, [...ids].sort());
  });

  test('ids and slugs are unique', () => {
    assert.equal(new Set(ids).size, ids.length);
    const slugs = codeRules.map((rule) => rule.meta.slug);
    assert.equal(new Set(slugs).size, slugs.length);
  });

  test('the registry is exactly the rule files of src/rules/ (minus index.ts)', () => {
    const files = readdirSync(rulesDir)
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.slice(0, -'.ts'.length))
      .sort();
    assert.deepEqual(codeRules.map((rule) => rule.meta.slug).sort(), files);
  });

  test('every meta validates against src/checks/metadata.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const rule of codeRules) {
      const valid = validate(rule.meta);
      assert.ok(valid, `${rule.meta.id}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  test('source-code rules select source input, are code ids, and cite both frameworks with a rationale each', () => {
    for (const rule of codeRules) {
      const { meta } = rule;
      assert.deepEqual(meta.selector, { input: 'source' }, meta.id);
      assert.match(meta.id, /^EVD-CODE-\d{3}$/);
      for (const framework of ['hipaa', 'gdpr'] as const) {
        assert.ok((meta.controls[framework] ?? []).length > 0, `${meta.id}: no ${framework} controls`);
        assert.ok(meta.rationale[framework], `${meta.id}: no ${framework} rationale`);
      }
    }
  });

  test('every rule has docs/rules/<id>.md naming its controls, with Avoid and Prefer examples', () => {
    for (const { meta } of codeRules) {
      const path = `${root}docs/rules/${meta.id}.md`;
      assert.ok(existsSync(path), `missing ${path}`);
      const doc = readFileSync(path, 'utf8');
      assert.ok(doc.startsWith(`# ${meta.id}`), `${meta.id}: the doc must start with "# ${meta.id}"`);
      for (const heading of ['## Avoid', '## Prefer']) assert.ok(doc.includes(heading), `${meta.id}: no "${heading}"`);
      for (const id of [...(meta.controls.hipaa ?? []), ...(meta.controls.gdpr ?? [])]) {
        assert.ok(doc.includes(id), `${meta.id}: the doc does not mention ${id}`);
      }
    }
  });

  test('the Avoid examples of each doc trigger the rule and the Prefer examples do not', () => {
    for (const rule of codeRules) {
      const doc = readFileSync(`${root}docs/rules/${rule.meta.id}.md`, 'utf8');
      for (const [heading, shouldFire] of [['## Avoid', true], ['## Prefer', false]] as const) {
        const section = doc.slice(doc.indexOf(heading), doc.indexOf('\n## ', doc.indexOf(heading) + heading.length));
        const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
        assert.ok(blocks.length > 0, `${rule.meta.id}: no ts code block under ${heading}`);
        for (const code of blocks) {
          const result = analyzeSource({ path: `docs/rules/${rule.meta.id}.ts`, text: code }, [rule]);
          assert.equal(result.error, undefined, `${rule.meta.id} ${heading}: ${result.error?.reason}`);
          if (shouldFire) assert.ok(result.findings.length > 0, `${rule.meta.id}: an Avoid example does not trigger the rule`);
          else assert.deepEqual(result.findings, [], `${rule.meta.id}: a Prefer example triggers the rule`);
        }
      }
    }
  });
});
