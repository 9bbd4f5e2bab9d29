import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packageRoot } from '../../src/package-root.js';

const validators = new Map<string, ValidateFunction>();

/**
 * The validator of a normalized input document (policies/schemas/<type>.json),
 * compiled once per type: parser tests check every document they build
 * against the contract the policies are written for.
 */
export function inputValidator(type: string): ValidateFunction {
  let validate = validators.get(type);
  if (validate === undefined) {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'policies', 'schemas', `${type}.json`), 'utf8')) as object;
    validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    validators.set(type, validate);
  }
  return validate;
}

/**
 * Validation errors of a document as one readable string ('' when valid).
 * The document is round-tripped through JSON first: what is validated is
 * what the policy engine receives (undefined properties dropped, no
 * functions or class instances), not the parser's in-memory object.
 */
export function inputSchemaErrors(type: string, document: unknown): string {
  const validate = inputValidator(type);
  return validate(JSON.parse(JSON.stringify(document))) ? '' : JSON.stringify(validate.errors, null, 2);
}
