import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { packageRoot } from '../../src/package-root.js';

// Both packages are CommonJS; under NodeNext their default import is the module object.
type AjvClass = new (options: Record<string, unknown>) => Ajv;
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as AjvClass;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const SCHEMAS = join(packageRoot, 'test', 'report', 'schemas');

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Record<string, unknown>;
}

let sarif: ValidateFunction | undefined;
let oscal: ValidateFunction | undefined;

/** The OASIS SARIF 2.1.0 schema (draft-04), compiled with ajv-draft-04 and formats. */
export function sarifValidator(): ValidateFunction {
  if (!sarif) {
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(ajv);
    sarif = ajv.compile(readSchema('sarif-schema-2.1.0.json'));
  }
  return sarif;
}

/** NIST's OSCAL 1.1.3 Assessment Results schema (draft-07), compiled with ajv v8 (strict off) and formats. */
export function oscalValidator(): ValidateFunction {
  if (!oscal) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    oscal = ajv.compile(readSchema('oscal_assessment-results_schema.json'));
  }
  return oscal;
}

/** ajv's errors, one per line, for assertion messages. */
export function errorLines(validate: ValidateFunction): string {
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
