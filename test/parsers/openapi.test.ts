import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectStructured } from '../../src/discover/detect.js';
import {
  isOpenApiSpec,
  loadOpenApi,
  MAX_OPERATIONS_PER_DOCUMENT,
  MAX_SUMMARY_PROPERTIES,
  type ApiResource,
  type OperationResource,
  type SchemaSummary,
} from '../../src/parsers/openapi.js';
import type { LoadResult, ParsedDocument, SourceText } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

function assertValid(document: unknown): void {
  assert.equal(inputSchemaErrors('openapi', document), '');
}

function load(path: string, text: string): LoadResult {
  return loadOpenApi('.', [{ path, text }]);
}

function only(result: LoadResult): ParsedDocument {
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.skipped, []);
  assert.equal(result.documents.length, 1);
  return result.documents[0]!;
}

function api(parsed: ParsedDocument): ApiResource {
  return parsed.document.resources.find((r) => r.kind === 'Api') as ApiResource;
}

function operation(parsed: ParsedDocument, id: string): OperationResource {
  const found = parsed.document.resources.find((r) => r.id === id);
  assert.ok(found, `no operation ${id}`);
  return found as OperationResource;
}

function summary(value: unknown): SchemaSummary {
  assert.ok(value !== null && typeof value === 'object' && 'properties' in value, `not a schema summary: ${JSON.stringify(value)}`);
  return value as SchemaSummary;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}

const CLINIC = `openapi: 3.0.3
info:
  title: Clinic API
  version: 1.0.0
servers:
  - url: https://api.clinic.example/v1
  - url: http://localhost:8080
security:
  - bearerAuth: []
paths:
  /patients/{patientId}:
    parameters:
      - $ref: '#/components/parameters/PatientId'
    get:
      operationId: getPatient
      responses:
        '200':
          description: the patient
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Patient'
        '401':
          $ref: '#/components/responses/Unauthorized'
    put:
      security: []
      parameters:
        - name: patientId
          in: path
          required: true
          schema: { type: string, format: uuid, maxLength: 36 }
        - name: email
          in: query
          schema: { type: string }
      requestBody:
        content:
          application/xml:
            schema: { type: string }
          application/json:
            schema:
              $ref: '#/components/schemas/Patient'
      responses:
        '204': { description: saved }
        '4XX': { $ref: 'shared.yaml#/responses/ClientError' }
  /patients/{patientId}/diagnoses:
    servers:
      - url: http://legacy.clinic.example
    post:
      security:
        - {}
        - oauth: [write]
      requestBody:
        $ref: '#/components/requestBodies/Diagnosis'
      responses:
        '201': { description: created }
  /status:
    get:
      responses:
        '200': { description: up }
components:
  parameters:
    PatientId:
      name: patientId
      in: path
      required: true
      schema: { type: string }
  requestBodies:
    Diagnosis:
      content:
        application/json:
          schema:
            type: object
            additionalProperties: false
            properties:
              icd10Code: { type: string, pattern: '^[A-Z][0-9]{2}' }
              severity: { type: integer, minimum: 1, maximum: 5 }
  responses:
    Unauthorized:
      description: missing or invalid token
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
    basicAuth: { type: http, scheme: Basic }
    key: { type: apiKey, in: query, name: api_key }
    oauth:
      type: oauth2
      flows:
        implicit: { authorizationUrl: 'https://auth.example/authorize', scopes: {} }
        authorizationCode: { authorizationUrl: 'https://auth.example/authorize', tokenUrl: 'https://auth.example/token', scopes: {} }
  schemas:
    Patient:
      type: object
      properties:
        name: { type: string, maxLength: 100 }
        ssn: { type: string, pattern: '^[0-9]{9}$' }
        dateOfBirth: { type: string, format: date }
        passwordHash: { type: string, readOnly: true }
        guardian:
          $ref: '#/components/schemas/Patient'
        contacts:
          type: array
          items:
            type: object
            properties:
              phone: { type: string }
              kind: { type: string, enum: [home, work] }
        address:
          allOf:
            - $ref: '#/components/schemas/Address'
            - type: object
              properties:
                country: { type: [string, 'null'], maxLength: 2 }
    Address:
      type: object
      additionalProperties: true
      properties:
        street: { type: string, maxLength: 200 }
        zip: { type: integer }
`;

describe('isOpenApiSpec', () => {
  const cases: Array<[string, string, boolean]> = [
    ['OpenAPI 3.0 YAML', 'openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n', true],
    ['OpenAPI 3.1 with a quoted version', "openapi: '3.1.0'\npaths: {}\n", true],
    ['Swagger 2.0', 'swagger: "2.0"\ninfo:\n  title: x\n', true],
    ['JSON 3.x', '{ "openapi": "3.0.0", "info": { "title": "x" }, "paths": {} }', true],
    ['JSON 2.0', '{"swagger":"2.0","paths":{}}', true],
    ['a byte order mark', '\uFEFFopenapi: 3.0.0\npaths: {}\n', true],
    ['Swagger 1.2', 'swaggerVersion: "1.2"\napis: []\n', false],
    ['version 4', 'openapi: 4.0.0\npaths: {}\n', false],
    ['nested keys only', 'spec:\n  openapi: 3.0.0\n  paths: {}\n', false],
    ['a version without paths or info', 'openapi: 3.0.0\ncomponents: {}\n', false],
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: Pod\n', false],
    ['JSON of another format', '{"name": "openapi", "version": "3.0.0"}', false],
    ['empty text', '', false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(isOpenApiSpec(text), expected));
  }

  it('is the detector of OpenAPI YAML and JSON files', () => {
    assert.equal(detectStructured('api/openapi.yaml', 'openapi: 3.0.0\npaths: {}\n', 'yaml'), 'openapi');
    assert.equal(detectStructured('api/swagger.json', '{"swagger":"2.0","paths":{}}', 'json'), 'openapi');
  });
});

describe('loadOpenApi: OpenAPI 3', () => {
  const parsed = only(load('api/clinic.yaml', CLINIC));
  const doc = parsed.document;

  it('validates against policies/schemas/openapi.json', () => assertValid(doc));

  it('makes one document per file: an Api resource and one resource per operation, in path order', () => {
    assert.equal(doc.type, 'openapi');
    assert.equal(doc.path, 'api/clinic.yaml');
    assert.deepEqual(doc.files, ['api/clinic.yaml']);
    assert.deepEqual(
      doc.resources.map((r) => [r.id, r.kind]),
      [
        ['Clinic API', 'Api'],
        ['GET /patients/{patientId}', 'Operation'],
        ['PUT /patients/{patientId}', 'Operation'],
        ['POST /patients/{patientId}/diagnoses', 'Operation'],
        ['GET /status', 'Operation'],
      ],
    );
  });

  it('normalizes servers, security schemes and the global requirement', () => {
    const a = api(parsed);
    assert.equal(a.dialect, 'openapi3');
    assert.equal(a.version, '3.0.3');
    assert.deepEqual(a.servers, [
      { url: 'https://api.clinic.example/v1', scheme: 'https', host: 'api.clinic.example', local: false, level: 'root' },
      { url: 'http://localhost:8080', scheme: 'http', host: 'localhost', local: true, level: 'root' },
      { url: 'http://legacy.clinic.example', scheme: 'http', host: 'legacy.clinic.example', local: false, level: 'path' },
    ]);
    assert.deepEqual(a.securitySchemes, [
      { name: 'basicAuth', type: 'http', scheme: 'basic', in: null, parameterName: null, flows: [] },
      { name: 'bearerAuth', type: 'http', scheme: 'bearer', in: null, parameterName: null, flows: [] },
      { name: 'key', type: 'apiKey', scheme: null, in: 'query', parameterName: 'api_key', flows: [] },
      { name: 'oauth', type: 'oauth2', scheme: null, in: null, parameterName: null, flows: ['authorizationCode', 'implicit'] },
    ]);
    assert.deepEqual(a.security, [['bearerAuth']]);
    assert.deepEqual(a.unresolvedRefs, ['shared.yaml#/responses/ClientError']);
    assert.equal(a.truncated, false);
  });

  it('computes the effective security of each operation', () => {
    assert.deepEqual(operation(parsed, 'GET /patients/{patientId}').security, {
      source: 'global',
      requirements: [['bearerAuth']],
      explicitNone: false,
      authenticated: true,
      line: lineOf(CLINIC, 'security:'),
    });
    assert.deepEqual(operation(parsed, 'PUT /patients/{patientId}').security, {
      source: 'operation',
      requirements: [],
      explicitNone: true,
      authenticated: false,
      line: lineOf(CLINIC, 'security: []'),
    });
    assert.deepEqual(operation(parsed, 'POST /patients/{patientId}/diagnoses').security, {
      source: 'operation',
      requirements: [[], ['oauth']],
      explicitNone: false,
      authenticated: false,
      line: lineOf(CLINIC, '    post:') + 1,
    });
  });

  it('merges path-level and operation-level parameters, the operation winning, with constraints and categories', () => {
    assert.deepEqual(operation(parsed, 'GET /patients/{patientId}').parameters, [
      { name: 'patientId', in: 'path', required: true, type: 'string', format: null, maxLength: null, pattern: null, enum: false, maximum: null, minimum: null, dataCategories: [], declaredAt: '#/components/parameters/PatientId' },
    ]);
    assert.deepEqual(operation(parsed, 'PUT /patients/{patientId}').parameters, [
      { name: 'patientId', in: 'path', required: true, type: 'string', format: 'uuid', maxLength: 36, pattern: null, enum: false, maximum: null, minimum: null, dataCategories: [], declaredAt: '#/paths/~1patients~1{patientId}/put/parameters/0' },
      { name: 'email', in: 'query', required: false, type: 'string', format: null, maxLength: null, pattern: null, enum: false, maximum: null, minimum: null, dataCategories: ['contact'], declaredAt: '#/paths/~1patients~1{patientId}/put/parameters/1' },
    ]);
  });

  it('flattens the JSON request body schema: nested objects, array items, allOf, recursion listed once', () => {
    const body = operation(parsed, 'PUT /patients/{patientId}').requestBody;
    assert.ok(body !== null && 'contentTypes' in body);
    assert.deepEqual(body.contentTypes, ['application/json', 'application/xml']);
    const s = summary(body.schema);
    assert.equal(s.type, 'object');
    assert.deepEqual(
      s.properties.map((p) => [p.path, p.type, p.dataCategories, p.readOnly]),
      [
        ['name', 'string', ['personal'], false],
        ['ssn', 'string', ['government-id'], false],
        ['dateOfBirth', 'string', ['personal'], false],
        ['passwordHash', 'string', ['credentials'], true],
        ['guardian', 'object', ['personal'], false],
        ['contacts', 'array', ['contact'], false],
        ['contacts[].phone', 'string', ['contact'], false],
        ['contacts[].kind', 'string', [], false],
        ['address', null, ['contact'], false],
        ['address.street', 'string', ['contact'], false],
        ['address.zip', 'integer', [], false],
        ['address.country', 'string', [], false],
      ],
    );
    assert.deepEqual(
      s.objects.map(({ declaredAt: _, ...o }) => o),
      [
        { path: '', additionalProperties: 'absent', hasProperties: true },
        { path: 'contacts[]', additionalProperties: 'absent', hasProperties: true },
        { path: 'address', additionalProperties: 'allowed', hasProperties: true },
        { path: 'address', additionalProperties: 'absent', hasProperties: true },
      ],
    );
    assert.equal(s.truncated, false);
    const kind = s.properties.find((p) => p.path === 'contacts[].kind')!;
    assert.equal(kind.enum, true);
    const country = s.properties.find((p) => p.path === 'address.country')!;
    assert.equal(country.maxLength, 2);
  });

  it('records where each parameter, property and object is declared: one pointer for every operation that reuses it', () => {
    const get = operation(parsed, 'GET /patients/{patientId}');
    const put = operation(parsed, 'PUT /patients/{patientId}');
    const response = get.responses.find((r) => r.code === '200')!;
    assert.ok(put.requestBody !== null && 'schema' in put.requestBody);
    const read = summary(response.schema);
    const write = summary(put.requestBody.schema);
    assert.equal(read.properties.find((p) => p.path === 'ssn')!.declaredAt, '#/components/schemas/Patient/properties/ssn');
    assert.deepEqual(
      read.properties.map((p) => p.declaredAt),
      write.properties.map((p) => p.declaredAt),
    );
    assert.equal(new Set(write.properties.map((p) => p.declaredAt)).size, write.properties.length);
    assert.deepEqual(write.objects[0]!.declaredAt, '#/components/schemas/Patient');
  });

  it('resolves request bodies and responses through $ref and keeps external ones unknown', () => {
    const post = operation(parsed, 'POST /patients/{patientId}/diagnoses');
    assert.ok(post.requestBody !== null && 'schema' in post.requestBody);
    const s = summary(post.requestBody.schema);
    assert.deepEqual(s.objects, [{ path: '', additionalProperties: 'forbidden', hasProperties: true, declaredAt: '#/components/requestBodies/Diagnosis/content/application~1json/schema' }]);
    assert.deepEqual(
      s.properties.map((p) => [p.path, p.pattern, p.maximum, p.minimum]),
      [
        ['icd10Code', '^[A-Z][0-9]{2}', null, null],
        ['severity', null, 5, 1],
      ],
    );
    const put = operation(parsed, 'PUT /patients/{patientId}');
    assert.deepEqual(put.responseCodes, ['204', '4XX']);
    assert.deepEqual(put.responses[1], {
      code: '4XX',
      contentTypes: [],
      schema: { __unknown__: 'shared.yaml#/responses/ClientError', refs: ['shared.yaml#/responses/ClientError'] },
    });
    assert.deepEqual(put.unresolvedRefs, ['shared.yaml#/responses/ClientError']);
    const get = operation(parsed, 'GET /patients/{patientId}');
    assert.deepEqual(get.responseCodes, ['200', '401']);
    assert.deepEqual(get.responses[1], { code: '401', contentTypes: [], schema: null });
    assert.equal(summary(get.responses[0]!.schema).properties.length, 12);
  });

  it('annotates operations with the categories of their path, parameters and bodies', () => {
    assert.deepEqual(operation(parsed, 'GET /patients/{patientId}').pathCategories, ['health']);
    assert.deepEqual(operation(parsed, 'GET /patients/{patientId}').dataCategories, ['health', 'government-id', 'contact', 'credentials', 'personal']);
    assert.deepEqual(operation(parsed, 'POST /patients/{patientId}/diagnoses').pathCategories, ['health']);
    assert.deepEqual(operation(parsed, 'GET /status').dataCategories, []);
  });

  it('locates operations, parameters, properties, servers, schemes and security at their own lines', () => {
    const get = 'GET /patients/{patientId}';
    const put = 'PUT /patients/{patientId}';
    const at = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(operation(parsed, get).startLine, lineOf(CLINIC, '    get:'));
    assert.equal(operation(parsed, put).startLine, lineOf(CLINIC, '    put:'));
    assert.equal(operation(parsed, put).endLine, lineOf(CLINIC, "'4XX'"));
    assert.equal(at(get, []), lineOf(CLINIC, '    get:'));
    assert.equal(at(get, ['parameters', 0]), lineOf(CLINIC, '    PatientId:'));
    assert.equal(at(put, ['parameters', 1]), lineOf(CLINIC, '- name: email'));
    assert.equal(at(put, ['security']), lineOf(CLINIC, 'security: []'));
    assert.equal(at(get, ['security']), lineOf(CLINIC, 'security:'));
    assert.equal(at(put, ['requestBody', 'schema', 'properties', 1]), lineOf(CLINIC, '        ssn:'));
    assert.equal(at(put, ['requestBody', 'schema', 'properties', 6]), lineOf(CLINIC, '              phone:'));
    assert.equal(at(put, ['requestBody', 'schema', 'properties', 10, 'type']), lineOf(CLINIC, '        zip:'));
    assert.equal(at(put, ['requestBody', 'schema', 'objects', 0]), lineOf(CLINIC, '    Patient:'));
    assert.equal(at(get, ['responses', 1]), lineOf(CLINIC, "'401':"));
    assert.equal(at('Clinic API', ['servers', 2]), lineOf(CLINIC, 'http://legacy'));
    assert.equal(at('Clinic API', ['securitySchemes', 2]), lineOf(CLINIC, '    key:'));
    assert.equal(at('Clinic API', []), 1);
    assert.equal(parsed.locate('no such resource', []), undefined);
  });
});

const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Records", "version": "1" },
  "host": "records.example.org:8443",
  "basePath": "/api",
  "schemes": ["http", "https"],
  "consumes": ["application/json"],
  "securityDefinitions": {
    "basicAuth": { "type": "basic" },
    "token": { "type": "apiKey", "in": "query", "name": "access_token" },
    "legacy": { "type": "oauth2", "flow": "password", "tokenUrl": "https://a.example/t", "scopes": {} },
    "service": { "type": "oauth2", "flow": "application", "tokenUrl": "https://a.example/t", "scopes": {} },
    "web": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a.example/a", "tokenUrl": "https://a.example/t", "scopes": {} }
  },
  "paths": {
    "/records": {
      "post": {
        "schemes": ["https"],
        "security": [{ "basicAuth": [] }],
        "parameters": [
          { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Record" } },
          { "name": "note", "in": "formData", "type": "string", "maxLength": 10 },
          { "name": "limit", "in": "query", "type": "integer", "maximum": 50 }
        ],
        "responses": { "201": { "description": "created", "schema": { "$ref": "#/definitions/Record" } } }
      }
    }
  },
  "definitions": {
    "Record": {
      "type": "object",
      "additionalProperties": false,
      "properties": { "diagnosis": { "type": "string" }, "next": { "$ref": "#/definitions/Record" } }
    }
  }
}
`;

describe('loadOpenApi: Swagger 2.0', () => {
  const parsed = only(load('swagger.json', SWAGGER));

  it('reads a version YAML took for a number (unquoted swagger: 2.0, openapi: 3.1) as that version', () => {
    // Found on AWS SAM's official samples: `swagger: 2.0` was reported as unsupported version "2".
    const swagger = api(only(load('s.yaml', 'swagger: 2.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get: {responses: {"200": {description: ok}}}\n')));
    assert.deepEqual([swagger.dialect, swagger.version], ['swagger2', '2.0']);
    const openapi = api(only(load('o.yaml', 'openapi: 3.1\ninfo: {title: x, version: "1"}\npaths: {}\n')));
    assert.deepEqual([openapi.dialect, openapi.version], ['openapi3', '3.1']);
    const other = load('v.yaml', 'swagger: 1.2\ninfo: {title: x}\npaths: {}\n');
    assert.deepEqual(other.errors.map((e) => e.reason), ['unsupported OpenAPI version "1.2" (Evident reads 2.0 and 3.x)']);
  });

  it('validates against policies/schemas/openapi.json', () => assertValid(parsed.document));

  it('turns schemes, host and basePath into servers, at the line of each scheme', () => {
    const a = api(parsed);
    assert.equal(a.dialect, 'swagger2');
    assert.equal(a.version, '2.0');
    assert.deepEqual(a.servers, [
      { url: 'http://records.example.org:8443/api', scheme: 'http', host: 'records.example.org', local: false, level: 'root' },
      { url: 'https://records.example.org:8443/api', scheme: 'https', host: 'records.example.org', local: false, level: 'root' },
      { url: 'https://records.example.org:8443/api', scheme: 'https', host: 'records.example.org', local: false, level: 'operation' },
    ]);
    assert.equal(parsed.locate('Records', ['servers', 0])?.startLine, lineOf(SWAGGER, '"schemes": ["http"'));
    assert.equal(parsed.locate('Records', ['servers', 2])?.startLine, lineOf(SWAGGER, '"schemes": ["https"]'));
  });

  it('maps basic to http/basic and OAuth2 flow names to OpenAPI 3 names', () => {
    assert.deepEqual(
      api(parsed).securitySchemes.map((s) => [s.name, s.type, s.scheme, s.in, s.parameterName, s.flows]),
      [
        ['basicAuth', 'http', 'basic', null, null, []],
        ['legacy', 'oauth2', null, null, null, ['password']],
        ['service', 'oauth2', null, null, null, ['clientCredentials']],
        ['token', 'apiKey', null, 'query', 'access_token', []],
        ['web', 'oauth2', null, null, null, ['authorizationCode']],
      ],
    );
    assert.equal(api(parsed).security, null);
  });

  it('makes the body parameter the request body; formData and query stay parameters', () => {
    const post = operation(parsed, 'POST /records');
    assert.deepEqual(
      post.parameters.map((p) => [p.name, p.in, p.type, p.maxLength, p.maximum]),
      [
        ['note', 'formData', 'string', 10, null],
        ['limit', 'query', 'integer', null, 50],
      ],
    );
    assert.ok(post.requestBody !== null && 'schema' in post.requestBody);
    assert.deepEqual(post.requestBody.contentTypes, ['application/json']);
    const s = summary(post.requestBody.schema);
    assert.deepEqual(s.properties.map((p) => [p.path, p.type, p.dataCategories]), [
      ['diagnosis', 'string', ['health']],
      ['next', 'object', []],
    ]);
    assert.deepEqual(
      s.objects.map((o) => [o.path, o.additionalProperties]),
      [['', 'forbidden']],
    );
    assert.deepEqual(post.security, { source: 'operation', requirements: [['basicAuth']], explicitNone: false, authenticated: true, line: lineOf(SWAGGER, '"security"') });
    assert.equal(parsed.locate('POST /records', ['requestBody', 'schema', 'properties', 0])?.startLine, lineOf(SWAGGER, '"diagnosis"'));
    assert.equal(parsed.locate('POST /records', ['parameters', 1])?.startLine, lineOf(SWAGGER, '"name": "limit"'));
  });
});

describe('loadOpenApi: classifier configuration', () => {
  const text = [
    'openapi: 3.0.0',
    'info: {title: Visits, version: "1"}',
    'paths:',
    '  /visits:',
    '    get:',
    '      parameters:',
    '        - {name: visitReason, in: query, schema: {type: string, maxLength: 50}}',
    '        - {name: mrn, in: query, schema: {type: string, maxLength: 50}}',
    '      responses: {"200": {description: ok}}',
    '',
  ].join('\n');
  const categories = (result: LoadResult): string[][] => operation(only(result), 'GET /visits').parameters.map((p) => p.dataCategories);

  it('classifies with the dictionary by default', () => {
    assert.deepEqual(categories(load('v.yaml', text)), [[], ['health']]);
  });

  it('applies extraNames and ignoreNames of .evident.yml', () => {
    const result = loadOpenApi('.', [{ path: 'v.yaml', text }], { classifier: { extraNames: { health: ['visitReason'] }, ignoreNames: ['mrn'] } });
    assert.deepEqual(categories(result), [['health'], []]);
  });
});

describe('loadOpenApi: references and budgets', () => {
  it('treats reference cycles and broken pointers as unknown and terminates', () => {
    const text = [
      'openapi: 3.1.0',
      'info: {title: Loops, version: "1"}',
      'paths:',
      '  /a:',
      '    post:',
      '      requestBody: {$ref: "#/components/requestBodies/A"}',
      '      responses:',
      '        "200": {$ref: "#/components/responses/Missing"}',
      '        "201": {$ref: "#/components/responses/R~1x%20y"}',
      'components:',
      '  requestBodies:',
      '    A: {$ref: "#/components/requestBodies/B"}',
      '    B: {$ref: "#/components/requestBodies/A"}',
      '  responses:',
      '    R/x y: {description: escaped pointer}',
      '',
    ].join('\n');
    const parsed = only(load('loops.yaml', text));
    const post = operation(parsed, 'POST /a');
    assert.deepEqual(post.requestBody, { __unknown__: '#/components/requestBodies/A', refs: ['#/components/requestBodies/A'] });
    assert.deepEqual(post.responses, [
      { code: '200', contentTypes: [], schema: { __unknown__: '#/components/responses/Missing', refs: ['#/components/responses/Missing'] } },
      { code: '201', contentTypes: [], schema: null },
    ]);
    assert.deepEqual(api(parsed).unresolvedRefs, ['#/components/requestBodies/A', '#/components/responses/Missing']);
    assertValid(parsed.document);
  });

  it('lists the unresolved references of every operation that uses them, shared schemas included', () => {
    const text = [
      'openapi: 3.0.0',
      'info: {title: Shared, version: "1"}',
      'paths:',
      '  /a:',
      '    post:',
      '      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Note"}}}}',
      '      responses: {"200": {$ref: "common.yaml#/Ok"}}',
      '  /b:',
      '    put:',
      '      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Note"}}}}',
      '      responses: {"200": {$ref: "common.yaml#/Ok"}}',
      'components:',
      '  schemas:',
      '    Note:',
      '      type: object',
      '      properties:',
      '        author: {$ref: "people.yaml#/Person"}',
      '',
    ].join('\n');
    const parsed = only(load('shared.yaml', text));
    assert.deepEqual(operation(parsed, 'POST /a').unresolvedRefs, ['common.yaml#/Ok', 'people.yaml#/Person']);
    assert.deepEqual(operation(parsed, 'PUT /b').unresolvedRefs, ['common.yaml#/Ok', 'people.yaml#/Person']);
    const body = operation(parsed, 'PUT /b').requestBody;
    assert.ok(body !== null && 'schema' in body);
    assert.deepEqual(summary(body.schema).properties[0]!.type, { __unknown__: 'people.yaml#/Person', refs: ['people.yaml#/Person'] });
  });

  it('stops schema expansion at the property budget and says so', () => {
    const props = Array.from({ length: MAX_SUMMARY_PROPERTIES + 50 }, (_, i) => `        f${i}: {type: string, maxLength: 5}`);
    const text = ['openapi: 3.0.0', 'info: {title: Wide, version: "1"}', 'paths:', '  /w:', '    post:', '      requestBody:', '        content:', '          application/json:', '            schema:', '              properties:', ...props.map((p) => `        ${p}`), '      responses: {"200": {description: ok}}', ''].join('\n');
    const parsed = only(load('wide.yaml', text));
    const body = operation(parsed, 'POST /w').requestBody;
    assert.ok(body !== null && 'schema' in body);
    const s = summary(body.schema);
    assert.equal(s.properties.length, MAX_SUMMARY_PROPERTIES);
    assert.equal(s.truncated, true);
    assert.equal(api(parsed).truncated, true);
  });

  it('follows deeply nested self-references only to the depth limit', () => {
    const text = [
      'openapi: 3.0.0',
      'info: {title: Tree, version: "1"}',
      'paths:',
      '  /t:',
      '    get:',
      '      responses:',
      '        "200":',
      '          description: a tree',
      '          content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}',
      'components:',
      '  schemas:',
      '    Node:',
      '      type: object',
      '      properties:',
      '        children: {type: array, items: {$ref: "#/components/schemas/Node"}}',
      '        left: {$ref: "#/components/schemas/Leaf"}',
      '    Leaf:',
      '      type: object',
      '      properties:',
      '        up: {$ref: "#/components/schemas/Node"}',
      '',
    ].join('\n');
    const parsed = only(load('tree.yaml', text));
    const s = summary(operation(parsed, 'GET /t').responses[0]!.schema);
    assert.deepEqual(s.properties.map((p) => p.path), ['children', 'left', 'left.up']);
  });
});

describe('loadOpenApi: errors', () => {
  const cases: Array<[string, string, string, { reason: string; line?: number; column?: number }]> = [
    ['malformed YAML', 'bad.yaml', 'openapi: 3.0.0\npaths:\n  /a: [\n', { reason: 'deficient indentation', line: 4, column: 1 }],
    ['malformed JSON', 'bad.json', '{\n  "openapi": "3.0.0",\n  "paths": {\n    "/a": {"get" {}}\n  }\n}\n', { reason: 'missed comma between flow collection entries', line: 4, column: 18 }],
    ['JSON with a stray brace', 'brace.json', '{"openapi": "3.0.0", "paths": {"/a": {}}}}\n', { reason: 'end of the stream or a document separator is expected', line: 1, column: 42 }],
    ['paths as a sequence', 'seq.yaml', 'openapi: 3.0.0\ninfo: {title: x}\npaths:\n  - /a\n  - /b\n', { reason: '"paths" must be a mapping of path templates to path items, found a sequence', line: 4, column: 3 }],
    ['paths as a string', 'str.yaml', 'openapi: 3.0.0\npaths: /a\n', { reason: '"paths" must be a mapping of path templates to path items, found a string', line: 2, column: 8 }],
    ['an unsupported version', 'v4.yaml', 'openapi: "4.0"\npaths: {}\n', { reason: 'unsupported OpenAPI version "4.0" (Evident reads 2.0 and 3.x)', line: 1, column: 10 }],
    ['a duplicate path', 'dup.yaml', 'openapi: 3.0.0\npaths:\n  /a: {}\n  /a: {}\n', { reason: 'duplicated mapping key "/a"', line: 4, column: 3 }],
  ];
  for (const [name, file, text, expected] of cases) {
    it(`reports ${name} with its position`, () => {
      const result = load(file, text);
      assert.deepEqual(result.documents, []);
      assert.equal(result.errors.length, 1);
      const error = result.errors[0]!;
      assert.equal(error.file, file);
      if (expected.reason !== '') assert.equal(error.reason, expected.reason);
      else assert.ok(error.reason.length > 0 && !error.reason.includes('\n'));
      assert.equal(error.line, expected.line);
      if (expected.column !== undefined) assert.equal(error.column, expected.column);
    });
  }

  it('skips a file without a top-level version, and keeps loading the others', () => {
    const files: SourceText[] = [
      { path: 'b.yaml', text: 'openapi: 3.0.0\ninfo: {title: B, version: "1"}\npaths: {}\n' },
      { path: 'a.yaml', text: 'info: {title: not a spec}\n' },
      { path: 'c.yaml', text: 'openapi: 3.0.0\npaths: [\n' },
    ];
    const result = loadOpenApi('.', files);
    assert.deepEqual(result.skipped, [{ file: 'a.yaml', reason: 'YAML/JSON file without a top-level "openapi" or "swagger" version (not an OpenAPI document)' }]);
    assert.deepEqual(result.errors.map((e) => e.file), ['c.yaml']);
    assert.deepEqual(result.documents.map((d) => d.document.path), ['b.yaml']);
  });
});

describe('loadOpenApi: size', () => {
  it('loads a specification of 2,000 operations quickly, in slices, with exact lines', () => {
    const lines = ['openapi: 3.0.3', 'info: {title: Big, version: "1"}', 'paths:'];
    for (let i = 0; i < 1000; i++) {
      lines.push(
        `  /patients${i}/{id}:`,
        '    get:',
        '      parameters:',
        '        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}',
        '      responses:',
        '        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Patient"}}}}',
        '    delete:',
        '      security: []',
        '      responses: {"204": {description: gone}}',
      );
    }
    lines.push('components:', '  schemas:', '    Patient:', '      type: object', '      properties:', '        ssn: {type: string}', '        diagnosis: {type: string}', '');
    const text = lines.join('\n');
    const started = performance.now();
    const result = load('big.yaml', text);
    const ms = performance.now() - started;
    assert.deepEqual(result.errors, []);
    // Split into slices of MAX_OPERATIONS_PER_DOCUMENT operations, the Api resource in the first.
    assert.equal(result.documents.length, Math.ceil(2000 / MAX_OPERATIONS_PER_DOCUMENT));
    assert.deepEqual(
      result.documents.map((d) => d.document.resources.length),
      result.documents.map((_, i) => MAX_OPERATIONS_PER_DOCUMENT + (i === 0 ? 1 : 0)),
    );
    assert.deepEqual(result.documents.map((d) => d.document.resources.filter((r) => r.kind === 'Api').length), result.documents.map((_, i) => (i === 0 ? 1 : 0)));
    for (const d of result.documents) assert.deepEqual([d.document.path, d.document.files], ['big.yaml', ['big.yaml']]);
    const last = result.documents[result.documents.length - 1]!;
    assert.equal(operation(last, 'DELETE /patients999/{id}').security.line, lineOf(text, '/patients999/') + 7);
    assert.equal(last.locate('GET /patients500/{id}', ['parameters', 0])?.startLine, lineOf(text, '/patients500/') + 3);
    assert.ok(ms < 10_000, `took ${Math.round(ms)} ms`);
  });
});

describe('loadOpenApi: data categories of boolean fields', () => {
  const text = [
    'openapi: 3.0.3',
    'info: {title: Preferences, version: "1"}',
    'paths:',
    '  /me/preferences:',
    '    put:',
    '      parameters:',
    '        - {name: email, in: query, schema: {type: boolean}}',
    '        - {name: phone, in: query, schema: {type: string, maxLength: 20}}',
    '      requestBody:',
    '        content:',
    '          application/json:',
    '            schema:',
    '              type: object',
    '              properties:',
    '                sms: {type: boolean}',
    '                email: {type: boolean}',
    '                password: {type: boolean}',
    '                pregnant: {type: boolean}',
    '                contactEmail: {type: string, format: email}',
    '      responses: {"204": {description: saved}}',
    '',
  ].join('\n');
  const parsed = only(load('prefs.yaml', text));
  const put = operation(parsed, 'PUT /me/preferences');

  it('a boolean named like an address, a password or an identifier is a switch, not that data', () => {
    assertValid(parsed.document);
    assert.deepEqual(put.parameters.map((p) => [p.name, p.dataCategories]), [
      ['email', []],
      ['phone', ['contact']],
    ]);
    assert.ok(put.requestBody !== null && 'schema' in put.requestBody);
    assert.deepEqual(summary(put.requestBody.schema).properties.map((p) => [p.path, p.dataCategories]), [
      ['sms', []],
      ['email', []],
      ['password', []],
      ['pregnant', ['health']],
      ['contactEmail', ['contact']],
    ]);
    assert.deepEqual(put.dataCategories, ['health', 'contact']);
  });
});
