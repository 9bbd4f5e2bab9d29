// Shared by the tests of the registry module models (test/parsers/terraform-modules*.test.ts):
// loading a module folder of one main.tf and reading the resources the calls create.
import assert from 'node:assert/strict';
import { loadTerraform } from '../../src/parsers/terraform.js';
import type { NormalizedResource, ParsedDocument } from '../../src/parsers/types.js';
import { inputSchemaErrors } from './input-schema.js';

/** Loads `text` as the main.tf of a root module; asserts no error and a document valid against policies/schemas/terraform.json. */
export function loadModule(text: string): ParsedDocument {
  const result = loadTerraform('.', [{ path: 'main.tf', text }]);
  assert.deepEqual(result.errors, []);
  assert.equal(result.documents.length, 1);
  const parsed = result.documents[0]!;
  assert.equal(inputSchemaErrors('terraform', parsed.document), '');
  return parsed;
}

/** The resources of a document as the policy engine receives them (JSON). */
export function createdResources(parsed: ParsedDocument): NormalizedResource[] {
  return JSON.parse(JSON.stringify(parsed.document.resources)) as NormalizedResource[];
}

/** The ids of the document's resources, or of those one call (`module.x`) creates. */
export function createdIds(parsed: ParsedDocument, call?: string): string[] {
  return createdResources(parsed)
    .filter((r) => call === undefined || r.module === call)
    .map((r) => r.id);
}

/** The config of resource `id` (asserted to exist). */
export function createdConfig(parsed: ParsedDocument, id: string): Record<string, unknown> {
  const found = createdResources(parsed).find((r) => r.id === id);
  assert.ok(found, `no resource ${id} in ${createdIds(parsed).join(', ')}`);
  return found.config as Record<string, unknown>;
}

/** Whether a value (as JSON) is the unknown sentinel. */
export const isUnknown = (value: unknown): boolean => typeof value === 'object' && value !== null && '__unknown__' in value;

/** The line locate() gives for a path inside a resource. */
export const locatedLine = (parsed: ParsedDocument, id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;

export { lineOf } from './range-text.js';
