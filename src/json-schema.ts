import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

let shared: Ajv | undefined;

/**
 * One ajv instance (draft-07, all errors, formats) shared by every schema Evident validates.
 * ajv is loaded on first use (about 55 ms): a scan without config, waivers, attestations or
 * baseline files never needs it.
 */
export function ajv(): Ajv {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    // ajv-formats is CommonJS with its function as `default`.
    const formats = require('ajv-formats') as { default?: (ajv: Ajv) => Ajv } & ((ajv: Ajv) => Ajv);
    shared = new AjvClass({ allErrors: true, strict: true, allowUnionTypes: true });
    (formats.default ?? formats)(shared);
  }
  return shared;
}

/** Compiles a schema once (cached by `$id` when it has one). */
export function compile<T>(schema: Record<string, unknown>): ValidateFunction<T> {
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const existing = id ? ajv().getSchema<T>(id) : undefined;
  return existing ?? ajv().compile<T>(schema);
}

/**
 * One readable line per ajv error, with the JSON path of the offending value:
 * `frameworks[1]: must be equal to one of the allowed values (hipaa, gdpr)`.
 */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  if (!errors) return [];
  const lines = errors.map((e) => {
    let path = jsonPath(e.instancePath);
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      path = path === '(root)' ? key : `${path}.${key}`;
      message = 'is not a known key';
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'required') {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      path = path === '(root)' ? key : `${path}.${key}`;
      message = 'is required';
    }
    return `${path}: ${message}`;
  });
  return [...new Set(lines)];
}

/** `/frameworks/1/id` → `frameworks[1].id`. */
export function jsonPath(instancePath: string): string {
  if (instancePath === '') return '(root)';
  let out = '';
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
