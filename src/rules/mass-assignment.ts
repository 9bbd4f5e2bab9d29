/**
 * EVD-CODE-047: mass assignment — the whole request body given to an ORM
 * create or update, so the client chooses which fields of the record change.
 *
 * Reported, anywhere in a file (not only in recognised route handlers):
 * - Mongoose, Sequelize, TypeORM, Prisma, Knex-style writes whose values
 *   argument is the whole body: `Model.create(req.body)`, `new Model(req.body)`,
 *   `Model.build(body)`, `insert…(req.body)`, `repo.save(body)`,
 *   `Model.update(req.body, { where })` / `repo.update(id, body)`,
 *   `updateOne/updateMany/findByIdAndUpdate/findOneAndUpdate/replaceOne(filter,
 *   req.body)`, `repo.merge(entity, body)`, `Object.assign(doc, req.body)`,
 *   `doc.set(req.body)`;
 * - the body spread into those values (`{ ...req.body, updatedBy }`), or given
 *   as Prisma `data`/`create`/`update`, Mongo `$set`, Sequelize `values`.
 * "The whole body" is `req.body`/`request.body`/`ctx.request.body`/
 * `request.payload`, a local bound to it (also the rest of a destructuring:
 * `const { role, ...rest } = req.body` keeps every other field), and a NestJS
 * `@Body()` parameter (no field name) typed `any`, `object`, `Record<…>`,
 * `Partial<…>`, an interface or type literal, or not typed.
 * Not reported: a body that went through a schema (any call ends it:
 * `schema.parse(req.body)`), fields picked one by one (`{ name: req.body.name }`),
 * NestJS DTO classes (validated and whitelisted by a ValidationPipe), and
 * routes whose chain validates with celebrate/Joi, express-openapi-validator or
 * a Fastify `schema` (they reject unknown keys).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { requestInputOf } from '../engine/code/request-input.js';
import { chainHas, decoratorCall, enclosingRoute, routeModelFor } from '../engine/code/routes.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, propertyNameOf, receiverOf, shortText } from '../engine/code/values.js';

/** Write methods → the indexes of their values arguments. */
const WRITE_ARGUMENTS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ['create', [0]], ['build', [0]], ['insert', [0]], ['insertOne', [0]], ['insertMany', [0]], ['bulkCreate', [0]],
  ['save', [0]], ['upsert', [0]], ['createMany', [0]],
  ['update', [0, 1]], ['updateOne', [1]], ['updateMany', [1]], ['findByIdAndUpdate', [1]], ['findOneAndUpdate', [1]],
  ['replaceOne', [1]], ['findOneAndReplace', [1]], ['updateById', [1]], ['merge', [1, 2, 3]], ['assign', [1, 2, 3]], ['set', [0]],
]);
/** Keys of an options object that hold the values written. */
const VALUE_KEYS: ReadonlySet<string> = new Set(['data', 'create', 'update', '$set', 'values', '$setOnInsert']);
/** Receivers that are not data stores. */
const NOT_STORES = /^(?:res|reply|response|ctx|context|console|logger|log|JSON|Promise|Reflect|headers|cache|map|searchParams|params|url|form|_|lodash|R|deepmerge|config|options|settings)$/i;
/** Constructors that are not models. */
const BUILTIN_CLASSES: ReadonlySet<string> = new Set(['Error', 'Date', 'URL', 'URLSearchParams', 'Map', 'Set', 'RegExp', 'Promise', 'Buffer', 'Array', 'Object', 'Headers', 'Response', 'Request', 'Blob', 'FormData']);
/** Nest `@Body()` parameter types that do not whitelist fields. */
const RAW_TYPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.AnyKeyword, ts.SyntaxKind.UnknownKeyword, ts.SyntaxKind.ObjectKeyword, ts.SyntaxKind.TypeLiteral]);
const RAW_GENERICS: ReadonlySet<string> = new Set(['Record', 'Partial', 'Omit', 'Pick', 'Required', 'DeepPartial', 'QueryDeepPartialEntity']);
/** Chain validators that reject or strip unknown keys (express-validator does not). */
const STRICT_VALIDATOR = /celebrate|joi|openapi|schema|zod|yup|ajv|Pipe/i;

/** Whether a type name is declared in this file as an interface or type alias (not a class a ValidationPipe could use). */
function isShapeOnlyType(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name);
}

/** A NestJS whole-body parameter that no ValidationPipe whitelists: `@Body() body: any`, `@Body() patch: Partial<Patient>`. */
function rawNestBody(parameter: ts.ParameterDeclaration): boolean {
  const decorators = ts.canHaveDecorators(parameter) ? (ts.getDecorators(parameter) ?? []) : [];
  const body = decorators.map(decoratorCall).find((d) => d?.name === 'Body');
  if (body === undefined) return false;
  // @Body('field') is one field; @Body(new ValidationPipe()) / @Body(schemaPipe) validates.
  if (body.args.length > 0) return false;
  const type = parameter.type;
  if (type === undefined || RAW_TYPE_KINDS.has(type.kind)) return true;
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const name = type.typeName.text;
    return RAW_GENERICS.has(name) || isShapeOnlyType(parameter.getSourceFile(), name);
  }
  return false;
}

/** How messages name the whole body an expression is, or undefined when it is not the whole body. */
function wholeBody(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value)) {
    const binding = findLocalBinding(value, { crossFunctions: false });
    if (binding !== undefined && ts.isParameter(binding.declaration)) return rawNestBody(binding.declaration) ? `@Body() ${value.text}` : undefined;
  }
  const input = requestInputOf(value);
  if (input === undefined || !input.structured || input.origin !== 'server') return undefined;
  return /(?:^|\.)(?:body|payload)$/.test(input.label) ? input.label : undefined;
}

/** The whole body carried by a values argument: itself, spread into it, or under `data`/`$set`/…. */
function bodyInValues(node: ts.Expression, depth = 0): string | undefined {
  const direct = wholeBody(node);
  if (direct !== undefined || depth > 3) return direct;
  const value = skipOuterExpressions(node);
  if (!ts.isObjectLiteralExpression(value)) return undefined;
  for (const property of value.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = wholeBody(property.expression);
      if (spread !== undefined) return `...${spread}`;
    } else if (ts.isPropertyAssignment(property) && VALUE_KEYS.has(propertyNameOf(property.name) ?? '')) {
      const inner = bodyInValues(property.initializer, depth + 1);
      if (inner !== undefined) return inner;
    } else if (ts.isShorthandPropertyAssignment(property) && VALUE_KEYS.has(property.name.text)) {
      const inner = wholeBody(property.name);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

export const massAssignment = defineRule({
  meta: {
    id: 'EVD-CODE-047',
    slug: 'mass-assignment',
    title: 'Whole request body written to a database record (mass assignment)',
    description:
      'The whole request body — or a spread of it — is passed to an ORM create or update (`Model.create(req.body)`, ' +
      '`new Model(req.body)`, `findByIdAndUpdate(id, req.body)`, `Object.assign(doc, req.body)`, TypeORM ' +
      '`repo.save(body)`/`repo.merge(entity, body)`, Prisma `data: req.body`), so the client decides which fields change: ' +
      'it can set `role`, `isAdmin`, `ownerId`, `verified` or another patient\'s id. Not reported when the body went ' +
      'through a schema (any call ends the body), when fields are picked one by one, for NestJS DTO classes, and for ' +
      'routes whose chain validates with a schema that rejects unknown keys (celebrate, a Fastify route schema). The ' +
      'analysis is per file.',
    severity: 'high',
    remediation:
      'Pick the fields the client may set (`const { name, phone } = req.body`, lodash `pick`), or validate with a schema ' +
      'that strips unknown keys (zod `.strip()`/`.strict()`, Joi, a class-validator DTO with `ValidationPipe({ whitelist: true })`) ' +
      'and write the validated value.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(c)(1)', '164.312(a)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'A client that sets arbitrary fields can alter ePHI it may not change (164.312(c)(1)) and grant itself access, such as a role or an owner id (164.312(a)(1)).',
      gdpr:
        'Letting the client choose which fields are written undermines the integrity of processing (Art.32(1)(b)); only the fields needed should be accepted, by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/915.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html',
      'https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const validatedByChain = (node: ts.Node): boolean => {
      const route = enclosingRoute(node, routeModelFor(sourceFile));
      return route !== undefined && route.chain.some((entry) => entry.roles.has('validation') && STRICT_VALIDATOR.test(entry.label));
    };
    const report = (node: ts.Node, body: string, target: string): void => {
      if (validatedByChain(node)) return;
      context.report({
        node,
        message: `Whole request body (${body}) written by ${target}: the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys`,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression](node) {
        const name = calleeName(node);
        if (name === undefined) return;
        const indexes = WRITE_ARGUMENTS.get(name);
        if (indexes === undefined) return;
        const receiver = receiverOf(node);
        if (receiver === undefined) return;
        const receiverValue = skipOuterExpressions(receiver);
        const receiverName = ts.isIdentifier(receiverValue) ? receiverValue.text : ts.isPropertyAccessExpression(receiverValue) ? receiverValue.name.text : '';
        if (NOT_STORES.test(receiverName)) return;
        if (name === 'assign' && receiverName !== 'Object') return;
        if (name !== 'assign' && receiverName === 'Object') return;
        if (name === 'set' && node.arguments.length !== 1) return;
        if (name === 'assign') {
          // Object.assign({}, req.body) copies; Object.assign(doc, req.body) writes into a record.
          const target = node.arguments[0];
          if (target === undefined || ts.isObjectLiteralExpression(skipOuterExpressions(target))) return;
        }
        for (const index of indexes) {
          const argument = node.arguments[index];
          if (argument === undefined) continue;
          const body = bodyInValues(argument);
          if (body === undefined) continue;
          report(node, body, `${shortText(node.expression, sourceFile)}()`);
          return;
        }
      },
      [ts.SyntaxKind.NewExpression](node) {
        const callee = skipOuterExpressions(node.expression);
        if (!ts.isIdentifier(callee) || !/^[A-Z]/.test(callee.text) || BUILTIN_CLASSES.has(callee.text) || /Error$|Exception$/.test(callee.text)) return;
        const argument = node.arguments?.[0];
        if (argument === undefined) return;
        const body = bodyInValues(argument);
        if (body !== undefined) report(node, body, `new ${callee.text}()`);
      },
    };
  },
});
