import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CODE_RULE_METADATA_FILE, codeRuleChecks, renderCodeRuleMetadata } from '../../src/checks/code-rules.js';
import { packageRoot } from '../../src/package-root.js';
import { codeRules } from '../../src/rules/index.js';

const STALE = `${CODE_RULE_METADATA_FILE} is stale: run npm run rules:meta`;

describe('generated source-code rule metadata', () => {
  it('is exactly what the rules declare (fresh)', () => {
    const onDisk = readFileSync(join(packageRoot, CODE_RULE_METADATA_FILE), 'utf8');
    assert.equal(onDisk, renderCodeRuleMetadata(codeRules), STALE);
  });

  it('gives the catalog every rule, by id, with its source file', () => {
    const fromRules = [...codeRules].map((rule) => ({ meta: rule.meta, source: `src/rules/${rule.meta.slug}.ts` })).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
    assert.deepEqual(codeRuleChecks(), fromRules, STALE);
  });

  it('renders sorted by id, in schema key order, whatever the registry order', () => {
    const [a, b] = codeRules;
    assert.ok(a !== undefined && b !== undefined);
    assert.equal(renderCodeRuleMetadata([b, a]), renderCodeRuleMetadata([a, b]));
    const shuffled = { meta: { ...a.meta, remediation: a.meta.remediation, id: a.meta.id } };
    const keys = Object.keys(a.meta).reverse();
    const reordered = { meta: Object.fromEntries(keys.map((k) => [k, (a.meta as unknown as Record<string, unknown>)[k]])) as unknown as typeof a.meta };
    assert.equal(renderCodeRuleMetadata([reordered]), renderCodeRuleMetadata([shuffled]));
    assert.ok(renderCodeRuleMetadata([a]).indexOf('"id"') < renderCodeRuleMetadata([a]).indexOf('"slug"'));
  });
});
