/**
 * EVD-CODE-008: a sensitive field of an ORM schema stored without field-level
 * encryption (or, for credentials, without hashing).
 *
 * Schemas: Mongoose `new Schema`, Sequelize `define`/`init`, TypeORM (and
 * MikroORM) `@Entity` classes, and zod `z.object` schemas whose variable names
 * a stored model (`PatientModel`, `UserEntity`, `*Record`, `*Document`,
 * `*Row`, `*Table`); see schema-fields.ts. Prisma's `schema.prisma` is not
 * JS/TS and is not analysed.
 *
 * A field is reported when all of these hold:
 * 1. its name (with the path of a sub-document: `insurance.memberId`) is
 *    health data, a government identifier, financial data, credentials,
 *    biometric or genetic data (names, contact data and locations are not:
 *    field-level encryption of them is not expected);
 * 2. it stores a plain value: a string, number, buffer, mixed/JSON, date or
 *    array type (not a boolean, an ObjectId/`ref` reference, a sub-schema
 *    variable, a Sequelize `VIRTUAL` attribute);
 * 3. its name does not say it holds a protected form (`passwordHash`,
 *    `hashedPassword`, `ssnEncrypted`, `cardLast4`, `maskedSsn`);
 * 4. nothing in its definition protects it: an option, setter, transformer,
 *    custom type or decorator naming encryption or hashing (`set: encrypt`,
 *    `transformer: new EncryptionTransformer(…)`, `@Encrypted()`,
 *    `.transform(hash)`), or `encrypt: true`;
 * 5. for credentials only: it is not hidden from reads (`select: false`,
 *    class-transformer `@Exclude()`), the common pattern of a hash set by a
 *    service; for other data hiding does not change what is stored;
 * 6. no schema-level protection in the same file covers it: an encryption
 *    plugin (`schema.plugin(encrypt, { encryptedFields: [...] })`; without a
 *    field list it covers every field), or a hook that hashes or encrypts and
 *    mentions the field (Mongoose `schema.pre('save', …)`, Sequelize
 *    `hooks: { beforeCreate }` / `Model.beforeSave(…)` / `addHook`, TypeORM
 *    `@BeforeInsert()`/`@BeforeUpdate()` methods).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS, tokenizeName, type DataCategory } from '../engine/code/data-classifier.js';
import { SCHEMA_LIBRARY_LABELS, decoratorName, decoratorsOf, schemaOf, type SchemaDefinition, type SchemaField } from '../engine/code/schema-fields.js';
import { memberPath, skipOuterExpressions } from '../engine/code/scope.js';
import { objectLiteralOf, propertyNameOf } from '../engine/code/values.js';

/** Categories whose fields are expected to be encrypted (or hashed) in the store. */
const PROTECTED_CATEGORIES: ReadonlySet<DataCategory> = new Set<DataCategory>(['health', 'government-id', 'financial', 'credentials', 'biometric', 'genetic']);

/** Words that name encryption or hashing, in code (`encrypt`, `bcrypt.hash`, `EncryptionTransformer`, `argon2`). */
const PROTECTING_WORDS: ReadonlySet<string> = new Set([
  'encrypt', 'encrypted', 'encryption', 'encryptor', 'cipher', 'ciphertext', 'crypt', 'hash', 'hashed', 'hasher', 'bcrypt',
  'bcryptjs', 'argon', 'scrypt', 'pbkdf', 'hmac', 'digest', 'kms', 'seal', 'sealed', 'csfle',
]);

/** Words in a field name that say it holds a protected form of the data. */
const PROTECTED_NAME_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'digest', 'encrypted', 'encryption', 'enc', 'cipher', 'ciphertext', 'hmac', 'masked', 'redacted', 'salt', 'tokenized',
]);

/** Types that cannot hold the data in plain form, or hold a reference to it. */
const NON_PLAIN_TYPES: ReadonlySet<string> = new Set(['boolean', 'bool', 'objectid', 'virtual', 'uuid', 'uuidv1', 'uuidv4']);
/** Type names that store a value as is. */
const PLAIN_TYPES: ReadonlySet<string> = new Set([
  'string', 'number', 'buffer', 'mixed', 'object', 'array', 'map', 'date', 'bigint', 'decimal128', 'text', 'char', 'citext',
  'integer', 'int', 'float', 'double', 'decimal', 'real', 'json', 'jsonb', 'blob', 'dateonly', 'enum', 'varchar', 'tinytext',
  'mediumtext', 'longtext', 'numeric', 'smallint', 'bytea', 'record',
]);

/** Last words of zod schema variables that describe stored rows. */
const MODEL_WORDS: ReadonlySet<string> = new Set(['model', 'entity', 'record', 'document', 'doc', 'row', 'table']);

/** Hook registrations: `schema.pre('save', fn)`, `Model.beforeCreate(fn)`, `Model.addHook('beforeSave', fn)`. */
const HOOK_METHODS: ReadonlySet<string> = new Set(['pre', 'beforeCreate', 'beforeSave', 'beforeUpdate', 'beforeBulkCreate', 'beforeValidate', 'beforeUpsert', 'addHook']);
const ENTITY_HOOK_DECORATORS: ReadonlySet<string> = new Set(['BeforeInsert', 'BeforeUpdate', 'BeforeCreate']);
/** Option keys of an encryption plugin that list the fields it encrypts, and those it leaves out. */
const PLUGIN_FIELD_KEYS: ReadonlySet<string> = new Set(['encryptedFields', 'fields', 'encrypt']);
const PLUGIN_EXCLUDE_KEYS: ReadonlySet<string> = new Set(['excludeFromEncryption', 'exclude']);

function words(text: string): string[] {
  return tokenizeName(text);
}

function mentionsProtection(text: string): boolean {
  return words(text).some((w) => PROTECTING_WORDS.has(w));
}

/** `cardLast4`, `ssnHash`, `encryptedSsn`: names of a protected form. */
function namesProtectedForm(name: string): boolean {
  const parts = words(name);
  return parts.some((w, i) => PROTECTED_NAME_WORDS.has(w) || (w === 'last' && /^[0-9]+$/.test(parts[i + 1] ?? '')));
}

/** The lower-cased last name of a type expression: `Schema.Types.ObjectId` → `objectid`, `DataTypes.STRING(64)` → `string`, `[String]` → `string`. */
function typeName(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isArrayLiteralExpression(node)) return node.elements.length === 0 ? 'array' : typeName(node.elements[0]);
  if (ts.isExpression(node)) {
    const value = skipOuterExpressions(node);
    if (ts.isStringLiteral(value)) return value.text.toLowerCase();
    if (ts.isCallExpression(value)) {
      const path = memberPath(value.expression);
      // z.string().min(9) → string; DataTypes.STRING(64) → string
      if (path === undefined && ts.isPropertyAccessExpression(value.expression)) return typeName(rootCall(value));
      return path?.[path.length - 1]?.toLowerCase();
    }
    const path = memberPath(value);
    return path?.[path.length - 1]?.toLowerCase();
  }
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return 'string';
    case ts.SyntaxKind.NumberKeyword:
      return 'number';
    case ts.SyntaxKind.BooleanKeyword:
      return 'boolean';
    case ts.SyntaxKind.ArrayType:
      return typeName((node as ts.ArrayTypeNode).elementType);
    case ts.SyntaxKind.TypeReference: {
      const name = (node as ts.TypeReferenceNode).typeName;
      return (ts.isIdentifier(name) ? name.text : name.right.text).toLowerCase();
    }
    case ts.SyntaxKind.UnionType:
      return typeName((node as ts.UnionTypeNode).types.find((t) => t.kind !== ts.SyntaxKind.NullKeyword && t.kind !== ts.SyntaxKind.UndefinedKeyword && !ts.isLiteralTypeNode(t)));
    default:
      return undefined;
  }
}

/** The first call of a chain: `z.string()` for `z.string().min(9).max(11)`. */
function rootCall(call: ts.CallExpression): ts.CallExpression {
  let current = call;
  for (;;) {
    const callee = skipOuterExpressions(current.expression);
    if (!ts.isPropertyAccessExpression(callee)) return current;
    const inner = skipOuterExpressions(callee.expression);
    if (!ts.isCallExpression(inner)) return current;
    current = inner;
  }
}

/** Whether a field stores a plain value (see rule 2 above). */
function storesPlainValue(schema: SchemaDefinition, field: SchemaField): boolean {
  if (field.options !== undefined && field.options.properties.some((p) => p.name !== undefined && propertyNameOf(p.name as ts.PropertyName) === 'ref')) return false;
  if (schema.library === 'typeorm') {
    const declared = field.options === undefined ? undefined : field.options.properties.find((p) => ts.isPropertyAssignment(p) && propertyNameOf(p.name) === 'type');
    const name = declared !== undefined && ts.isPropertyAssignment(declared) ? typeName(declared.initializer) : typeName(field.type);
    return name === undefined || !NON_PLAIN_TYPES.has(name);
  }
  const name = typeName(field.type);
  if (name === undefined) return schema.library === 'zod';
  if (NON_PLAIN_TYPES.has(name)) return false;
  // Mongoose: an unknown identifier is a sub-schema (its own fields are checked where it is defined).
  return schema.library !== 'mongoose' || PLAIN_TYPES.has(name);
}

/** `select: false`, `@Exclude()`: the field is hidden from reads. */
function hiddenFromReads(field: SchemaField): boolean {
  const select = field.options?.properties.find((p) => ts.isPropertyAssignment(p) && propertyNameOf(p.name) === 'select');
  if (select !== undefined && ts.isPropertyAssignment(select) && skipOuterExpressions(select.initializer).kind === ts.SyntaxKind.FalseKeyword) return true;
  return ts.isPropertyDeclaration(field.definition) && decoratorsOf(field.definition).some((d) => decoratorName(d) === 'Exclude');
}

/** `encrypt: true`, a setter/transformer/type/decorator naming encryption or hashing. */
function protectedInDefinition(field: SchemaField, sourceFile: ts.SourceFile): boolean {
  const options = field.options;
  if (options !== undefined) {
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property)) {
        if ((ts.isMethodDeclaration(property) || ts.isShorthandPropertyAssignment(property)) && mentionsProtection(property.getText(sourceFile))) return true;
        continue;
      }
      const key = propertyNameOf(property.name) ?? '';
      const value = skipOuterExpressions(property.initializer);
      if (mentionsProtection(key) && value.kind === ts.SyntaxKind.TrueKeyword) return true;
      if (key !== 'ref' && key !== 'default' && mentionsProtection(property.initializer.getText(sourceFile))) return true;
    }
    return false;
  }
  const definition = field.definition;
  if (ts.isPropertyDeclaration(definition)) {
    return decoratorsOf(definition).some((d) => mentionsProtection(d.getText(sourceFile)));
  }
  return mentionsProtection(definition.getText(sourceFile));
}

/** Names a hook body refers to (members and string literals), when it hashes or encrypts; undefined when it does neither. */
function hookFields(body: ts.Node, sourceFile: ts.SourceFile): Set<string> | undefined {
  let protects = false;
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && mentionsProtection(node.expression.getText(sourceFile))) protects = true;
    if (ts.isPropertyAccessExpression(node)) names.add(node.name.text);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(body);
  return protects ? names : undefined;
}

/** The function argument of a hook registration: the last function-like argument. */
function hookFunction(call: ts.CallExpression): ts.Node | undefined {
  for (let i = call.arguments.length - 1; i >= 0; i--) {
    const argument = skipOuterExpressions(call.arguments[i] as ts.Expression);
    if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) return argument;
  }
  return undefined;
}

/** What a plugin registration protects: every field (`'all'`), listed fields, or nothing. */
function pluginFields(call: ts.CallExpression, sourceFile: ts.SourceFile): { all: boolean; fields: Set<string>; excluded: Set<string> } | undefined {
  const plugin = call.arguments[0];
  if (plugin === undefined || !mentionsProtection(plugin.getText(sourceFile))) return undefined;
  const options = call.arguments[1] === undefined ? undefined : objectLiteralOf(call.arguments[1]);
  const fields = new Set<string>();
  const excluded = new Set<string>();
  let listed = false;
  for (const property of options?.properties ?? []) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name) ?? '';
    const list = skipOuterExpressions(property.initializer);
    if (!ts.isArrayLiteralExpression(list)) continue;
    const target = PLUGIN_FIELD_KEYS.has(key) ? fields : PLUGIN_EXCLUDE_KEYS.has(key) ? excluded : undefined;
    if (target === undefined) continue;
    if (target === fields) listed = true;
    for (const element of list.elements) if (ts.isStringLiteral(element)) target.add(element.text);
  }
  return { all: !listed, fields, excluded };
}

/** Schema-level protection collected in one file: per schema binding, the fields covered. */
interface Protection {
  all: boolean;
  readonly fields: Set<string>;
  readonly excluded: Set<string>;
}

export const unencryptedSensitiveField = defineRule({
  meta: {
    id: 'EVD-CODE-008',
    slug: 'unencrypted-sensitive-field',
    title: 'Sensitive schema field stored without encryption or hashing',
    description:
      'A field of a Mongoose, Sequelize, TypeORM or zod model stores health data, a government identifier, financial ' +
      'data, biometric or genetic data in plaintext (no field-level encryption plugin, setter or transformer), or a ' +
      'password or secret without hashing. Anyone with read access to the database, its backups or exports sees the ' +
      'values; database-level encryption at rest does not protect them from the application\'s own users or a leaked ' +
      'connection string.',
    severity: 'high',
    remediation:
      'Encrypt the field at the application layer (MongoDB client-side field level encryption, mongoose-encryption / ' +
      'mongoose-field-encryption with `encryptedFields`, a Sequelize setter or a TypeORM `transformer` using a KMS-held ' +
      'key), store only a masked or truncated form where that suffices (`ssnLast4`), and hash passwords and secrets ' +
      'with bcrypt, scrypt or argon2 in a pre-save hook.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.308(a)(5)(ii)(D)'],
      gdpr: ['Art.25(1)', 'Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'ePHI stored without encryption misses the encryption and decryption specification (164.312(a)(2)(iv)); passwords stored without hashing defeat password management safeguards (164.308(a)(5)(ii)(D)).',
      gdpr:
        'Encryption and pseudonymisation of stored personal data are the measures Art.32(1)(a) names, and field-level protection of special-category and identifying data is data protection by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/312.html',
      'https://cwe.mitre.org/data/definitions/256.html',
      'https://www.mongodb.com/docs/manual/core/csfle/',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const schemas: SchemaDefinition[] = [];
    const protections = new Map<string, Protection>();
    const protectionOf = (binding: string): Protection => {
      let found = protections.get(binding);
      if (found === undefined) protections.set(binding, (found = { all: false, fields: new Set(), excluded: new Set() }));
      return found;
    };
    const addHook = (binding: string, fn: ts.Node | undefined): void => {
      if (fn === undefined) return;
      const fields = hookFields(fn, sourceFile);
      if (fields !== undefined) for (const name of fields) protectionOf(binding).fields.add(name);
    };

    const visitSchema = (node: ts.Node): void => {
      const schema = schemaOf(node);
      if (schema === undefined) return;
      if (schema.library === 'zod') {
        const names = words(schema.binding ?? '');
        if (!MODEL_WORDS.has(names[names.length - 1] ?? '')) return;
      }
      schemas.push(schema);
      if (schema.binding === undefined) return;
      const binding = schema.binding;
      if (schema.library === 'sequelize' && ts.isCallExpression(node)) {
        // define('Name', attrs, { hooks }) / Model.init(attrs, { sequelize, hooks })
        const options = objectLiteralOf(node.arguments[propertyNameOfCallee(node) === 'init' ? 1 : 2]);
        const hooks = options?.properties.find((p) => ts.isPropertyAssignment(p) && propertyNameOf(p.name) === 'hooks');
        const object = hooks !== undefined && ts.isPropertyAssignment(hooks) ? objectLiteralOf(hooks.initializer) : undefined;
        for (const hook of object?.properties ?? []) addHook(binding, ts.isPropertyAssignment(hook) ? hook.initializer : hook);
      }
      if (schema.library === 'typeorm' && (ts.isClassDeclaration(node) || ts.isClassExpression(node))) {
        for (const member of node.members) {
          if (ts.isMethodDeclaration(member) && decoratorsOf(member).some((d) => ENTITY_HOOK_DECORATORS.has(decoratorName(d) ?? ''))) addHook(binding, member);
        }
      }
    };

    return {
      [ts.SyntaxKind.NewExpression]: visitSchema,
      [ts.SyntaxKind.ClassDeclaration]: visitSchema,
      [ts.SyntaxKind.ClassExpression]: visitSchema,
      [ts.SyntaxKind.CallExpression](node) {
        visitSchema(node);
        const callee = skipOuterExpressions(node.expression);
        if (!ts.isPropertyAccessExpression(callee)) return;
        const method = callee.name.text;
        if (method !== 'plugin' && !HOOK_METHODS.has(method)) return;
        const receiver = memberPath(callee.expression);
        const binding = receiver?.[receiver.length - 1];
        if (binding === undefined) return;
        if (method === 'plugin') {
          const covered = pluginFields(node, sourceFile);
          if (covered === undefined) return;
          const protection = protectionOf(binding);
          protection.all ||= covered.all;
          for (const name of covered.fields) protection.fields.add(name);
          for (const name of covered.excluded) protection.excluded.add(name);
        } else {
          addHook(binding, hookFunction(node));
        }
      },
      exit() {
        for (const schema of schemas) {
          const protection = schema.binding === undefined ? undefined : protections.get(schema.binding);
          for (const field of schema.fields) {
            const categories = context.classify(field.path).filter((c) => PROTECTED_CATEGORIES.has(c));
            if (categories.length === 0 || namesProtectedForm(field.name)) continue;
            if (!storesPlainValue(schema, field) || protectedInDefinition(field, sourceFile)) continue;
            const credentialsOnly = categories.every((c) => c === 'credentials');
            if (credentialsOnly && hiddenFromReads(field)) continue;
            if (protection !== undefined && !protection.excluded.has(field.path)) {
              if (protection.all || protection.fields.has(field.path) || protection.fields.has(field.name)) continue;
            }
            const ordered = DATA_CATEGORIES.filter((c) => categories.includes(c));
            const labels = ordered.map((c) => DATA_CATEGORY_LABELS[c]).join(', ');
            const where = `${SCHEMA_LIBRARY_LABELS[schema.library]}${schema.name !== undefined ? ` ${schema.name}` : ''}`;
            const how = credentialsOnly
              ? 'is stored without hashing: no hashing hook, setter or transformer in this file'
              : 'is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file';
            context.report({ node: field.node, message: `Field ${field.path} of ${where} (${labels}) ${how}`, dataCategories: ordered });
          }
        }
      },
    };
  },
});

/** The method name of a call's callee (`init` for `Patient.init(…)`). */
function propertyNameOfCallee(call: ts.CallExpression): string | undefined {
  const callee = skipOuterExpressions(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}
