// Shared by the CloudFormation parser tests (test/parsers/cloudformation*.test.ts).
import assert from 'node:assert/strict';
import type { CloudFormationDocument, CloudFormationResource } from '../../src/parsers/cloudformation.js';
import type { ParsedDocument } from '../../src/parsers/types.js';

/** The normalized template of a parsed CloudFormation file. */
export function doc(parsed: ParsedDocument): CloudFormationDocument {
  return parsed.document as CloudFormationDocument;
}

/** Resource `id` of a parsed template (asserted to exist). */
export function resource(parsed: ParsedDocument, id: string): CloudFormationResource {
  const found = doc(parsed).resources.find((r) => r.id === id);
  assert.ok(found, `no resource ${id}`);
  return found;
}
