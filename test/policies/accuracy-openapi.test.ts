// Accuracy of the OpenAPI checks (EVD-API-*) on realistic specifications
// (test/projects/openapi-specs: a telehealth patient API in OpenAPI 3.0 YAML,
// mostly well designed with a handful of deliberate mistakes, and a legacy
// partner API in Swagger 2.0 JSON), curated as a whole ("rules": "all"):
// every intended finding is reported and nothing else; see
// test/helpers/accuracy.ts.
import assert from 'node:assert/strict';
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite('OpenAPI checks', 'openapi-specs', {
  minFiles: { openapi: 2 },
  tests: {
    'both specifications are read as OpenAPI': (result) => {
      assert.equal(result.coverage.byType.openapi, 2);
    },
    'a schema property shared by several operations is reported once': (result) => {
      const keys = result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`);
      assert.deepEqual(keys, [...new Set(keys)]);
    },
  },
});
