/**
 * Writes src/checks/code-rule-metadata.generated.ts from the `meta` of every
 * registered source-code rule, so that the check catalog does not need to
 * load the rules (and ts-morph). Run after adding or changing a rule:
 *   npm run rules:meta
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_RULE_METADATA_FILE, renderCodeRuleMetadata } from '../src/checks/code-rules.js';
import { packageRoot } from '../src/package-root.js';
import { codeRules } from '../src/rules/index.js';

writeFileSync(join(packageRoot, CODE_RULE_METADATA_FILE), renderCodeRuleMetadata(codeRules));
console.log(`rules:meta: wrote ${CODE_RULE_METADATA_FILE} (${codeRules.length} rules)`);
