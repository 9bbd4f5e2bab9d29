/**
 * Fields of ORM and validation schemas, on a parse-only AST: which names a
 * model stores, so that rules can classify them like any other name.
 *
 * {@link schemaOf} recognises one schema definition per node:
 * - **Mongoose**: `new Schema({...})`, `new mongoose.Schema({...})`. A field
 *   is `name: String`, `name: { type: String, … }` (options) or `name: [String]`;
 *   a nested object without `type` is a sub-document whose fields are yielded
 *   with a dotted path (`insurance.memberId`), as are the fields of an array
 *   of such objects (`visits: [{ reason: String }]`). `new Schema` nested in
 *   a field is a schema of its own (visited on its own).
 * - **Sequelize**: `sequelize.define('Name', { attrs }, options?)` and
 *   `Model.init({ attrs }, { sequelize, … })`. An attribute is
 *   `name: DataTypes.STRING` or `name: { type: DataTypes.STRING, … }`.
 * - **TypeORM / MikroORM**: a class decorated `@Entity(…)`; its properties
 *   decorated `@Column`, `@PrimaryColumn`, `@Property`, … are fields, and the
 *   decorator's object argument is the options.
 * - **zod**: `z.object({...})` (also `zod.object`, `z.strictObject`); nested
 *   `z.object` calls are schemas of their own.
 * Prisma models live in `schema.prisma`, which is not JS/TS: not analysed.
 *
 * The schema's name is the variable it is assigned to (`const PatientSchema =
 * new Schema(…)`), the model name (`model('Patient', new Schema(…))`,
 * `define('Patient', …)`, `Patient.init(…)`) or the class name.
 */
import { ts } from './typescript.js';
import { memberPath, skipOuterExpressions } from './scope.js';
import { propertyNameOf } from './values.js';

/** The library a schema is written for. */
export type SchemaLibrary = 'mongoose' | 'sequelize' | 'typeorm' | 'zod';

/** How messages name each library. */
export const SCHEMA_LIBRARY_LABELS: Readonly<Record<SchemaLibrary, string>> = {
  mongoose: 'Mongoose schema',
  sequelize: 'Sequelize model',
  typeorm: 'TypeORM entity',
  zod: 'zod schema',
};

/** One field of a schema. */
export interface SchemaField {
  /** The field's own name. */
  readonly name: string;
  /** Dotted path from the schema's root: `insurance.memberId`; equal to `name` at the top level. */
  readonly path: string;
  /**
   * Where findings point: the `name: definition` property of an object-literal
   * schema, or the name of an entity class property (its decorators may sit on
   * the lines above).
   */
  readonly node: ts.Node;
  /**
   * The field's definition: the property's initializer (`String`,
   * `{ type: String, … }`, `DataTypes.STRING`, `z.string().min(9)`) or, for
   * an entity class, the property declaration.
   */
  readonly definition: ts.Node;
  /** The type expression when one is written: `String`, `DataTypes.STRING`, `[String]`'s `String`; the TS type of an entity property. */
  readonly type?: ts.Node;
  /** The field's options object: `{ type: String, select: false }`, `@Column({ … })`'s argument. */
  readonly options?: ts.ObjectLiteralExpression;
}

/** One schema definition. */
export interface SchemaDefinition {
  readonly library: SchemaLibrary;
  /** The model or schema name when known: `PatientSchema`, `Patient`. */
  readonly name?: string;
  /** The local variable (or class) the schema or model is bound to, for finding its plugins and hooks; not set for object keys. */
  readonly binding?: string;
  /** The node that defines the schema: `new Schema(…)`, `sequelize.define(…)`, the class, `z.object(…)`. */
  readonly node: ts.Node;
  readonly fields: readonly SchemaField[];
}

const ENTITY_DECORATORS = new Set(['Entity', 'ViewEntity', 'Embeddable']);
const COLUMN_DECORATORS = new Set([
  'Column', 'PrimaryColumn', 'PrimaryGeneratedColumn', 'CreateDateColumn', 'UpdateDateColumn', 'DeleteDateColumn',
  'VersionColumn', 'ObjectIdColumn', 'Property', 'PrimaryKey', 'Enum',
]);
const ZOD_OBJECTS = new Set(['z.object', 'z.strictObject', 'z.looseObject', 'zod.object', 'zod.strictObject']);
/** Method names of the calls that can define a schema (a cheap test before any allocation). */
const SCHEMA_METHODS = new Set(['object', 'strictObject', 'looseObject', 'define', 'init']);
const MAX_NESTING = 6;

/**
 * The name a value is stored under: a variable (`const X = value`, `X = value`;
 * `variable` true) or an object key (`{ x: value }`), looking through
 * parentheses, `as` and `satisfies`.
 */
function assignedName(node: ts.Node): { name: string; variable: boolean } | undefined {
  let current: ts.Node = node;
  for (let i = 0; i < 4; i++) {
    const parent: ts.Node | undefined = current.parent;
    if (parent === undefined) return undefined;
    if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name)) return { name: parent.name.text, variable: true };
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === current) {
      const path = memberPath(parent.left);
      const last = path?.[path.length - 1];
      return last === undefined ? undefined : { name: last, variable: path?.length === 1 };
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === current) {
      const key = propertyNameOf(parent.name);
      return key === undefined ? undefined : { name: key, variable: false };
    }
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) {
      current = parent;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The schema's name and binding from where it is stored: the binding only when it is a variable. */
function naming(node: ts.Node, preferred?: string): { name?: string; binding?: string } {
  const assigned = assignedName(node);
  const name = preferred ?? assigned?.name;
  return {
    ...(name !== undefined ? { name } : {}),
    ...(assigned?.variable === true ? { binding: assigned.name } : {}),
  };
}

/** `model('Patient', schema)` / `mongoose.model('Patient', schema)`: the model name a schema is given to, if any. */
function modelName(node: ts.Node): string | undefined {
  const parent = node.parent;
  if (parent === undefined || !ts.isCallExpression(parent) || parent.arguments[1] !== node) return undefined;
  const path = memberPath(parent.expression);
  if (path?.[path.length - 1] !== 'model') return undefined;
  const first = parent.arguments[0];
  return first !== undefined && ts.isStringLiteral(first) ? first.text : undefined;
}

function hasTypeKey(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameOf(p.name) === 'type');
}

function typeOf(object: ts.ObjectLiteralExpression): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameOf(property.name) === 'type') return property.initializer;
  }
  return undefined;
}

/** Mongoose fields of an object literal, recursing into sub-documents. */
function mongooseFields(object: ts.ObjectLiteralExpression, prefix: string, depth: number, out: SchemaField[]): void {
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const name = propertyNameOf(property.name);
    if (name === undefined) continue;
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const value = ts.isPropertyAssignment(property) ? skipOuterExpressions(property.initializer) : property.name;
    let element = value;
    if (ts.isArrayLiteralExpression(value) && value.elements.length === 1) element = skipOuterExpressions(value.elements[0] as ts.Expression);
    if (ts.isObjectLiteralExpression(element)) {
      if (!hasTypeKey(element)) {
        if (depth < MAX_NESTING && element.properties.length > 0) mongooseFields(element, path, depth + 1, out);
        continue;
      }
      const declared = typeOf(element);
      const type = declared !== undefined && ts.isArrayLiteralExpression(skipOuterExpressions(declared))
        ? (skipOuterExpressions(declared) as ts.ArrayLiteralExpression).elements[0]
        : declared;
      out.push({ name, path, node: property, definition: value, ...(type !== undefined ? { type } : {}), options: element });
      continue;
    }
    out.push({ name, path, node: property, definition: value, type: element });
  }
}

/** Sequelize attributes of an object literal. */
function sequelizeFields(object: ts.ObjectLiteralExpression): SchemaField[] {
  const out: SchemaField[] = [];
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = propertyNameOf(property.name);
    if (name === undefined) continue;
    const value = skipOuterExpressions(property.initializer);
    if (ts.isObjectLiteralExpression(value)) {
      const type = typeOf(value);
      out.push({ name, path: name, node: property, definition: value, ...(type !== undefined ? { type } : {}), options: value });
    } else {
      out.push({ name, path: name, node: property, definition: value, type: value });
    }
  }
  return out;
}

/** zod fields of an object literal (nested `z.object` calls are schemas of their own). */
function zodFields(object: ts.ObjectLiteralExpression): SchemaField[] {
  const out: SchemaField[] = [];
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = propertyNameOf(property.name);
    if (name === undefined) continue;
    out.push({ name, path: name, node: property, definition: property.initializer, type: property.initializer });
  }
  return out;
}

/** The name of a decorator (`@Column()`, `@orm.Column`, `@Entity`), else undefined. */
export function decoratorName(decorator: ts.Decorator): string | undefined {
  const expression = skipOuterExpressions(decorator.expression);
  const callee = ts.isCallExpression(expression) ? skipOuterExpressions(expression.expression) : expression;
  const path = memberPath(callee);
  return path?.[path.length - 1];
}

/** The decorators of a node (TypeScript keeps them among the modifiers). */
export function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

/** The first object-literal argument of a decorator call: `@Column({ … })`, `@Column('text', { … })`. */
function decoratorOptions(decorator: ts.Decorator): ts.ObjectLiteralExpression | undefined {
  const expression = skipOuterExpressions(decorator.expression);
  if (!ts.isCallExpression(expression)) return undefined;
  for (const argument of expression.arguments) {
    const value = skipOuterExpressions(argument);
    if (ts.isObjectLiteralExpression(value)) return value;
  }
  return undefined;
}

function entityFields(node: ts.ClassLikeDeclaration): SchemaField[] {
  const out: SchemaField[] = [];
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member)) continue;
    const name = propertyNameOf(member.name);
    if (name === undefined) continue;
    const column = decoratorsOf(member).find((d) => COLUMN_DECORATORS.has(decoratorName(d) ?? ''));
    if (column === undefined) continue;
    const options = decoratorOptions(column);
    out.push({
      name,
      path: name,
      node: member.name,
      definition: member,
      ...(member.type !== undefined ? { type: member.type } : {}),
      ...(options !== undefined ? { options } : {}),
    });
  }
  return out;
}

/**
 * The schema a node defines, if it is one: a `new Schema(…)` (Mongoose), a
 * `define`/`init` call (Sequelize), an `@Entity` class (TypeORM), or a
 * `z.object(…)` call (zod). Call it from visitors of `NewExpression`,
 * `CallExpression` and `ClassDeclaration`/`ClassExpression`.
 */
export function schemaOf(node: ts.Node): SchemaDefinition | undefined {
  if (ts.isNewExpression(node)) {
    const constructor = skipOuterExpressions(node.expression);
    const last = ts.isIdentifier(constructor) ? constructor.text : ts.isPropertyAccessExpression(constructor) ? constructor.name.text : undefined;
    if (last !== 'Schema') return undefined;
    const path = memberPath(node.expression);
    if (path?.[path.length - 1] !== 'Schema' || (path.length > 1 && path[0] !== 'mongoose')) return undefined;
    const first = node.arguments?.[0];
    if (first === undefined) return undefined;
    const object = skipOuterExpressions(first);
    if (!ts.isObjectLiteralExpression(object)) return undefined;
    const fields: SchemaField[] = [];
    mongooseFields(object, '', 0, fields);
    return { library: 'mongoose', ...naming(node, modelName(node)), node, fields };
  }
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !SCHEMA_METHODS.has(callee.name.text)) return undefined;
    const path = memberPath(callee);
    if (path === undefined) return undefined;
    const dotted = path.join('.');
    const first = node.arguments[0] === undefined ? undefined : skipOuterExpressions(node.arguments[0]);
    const second = node.arguments[1] === undefined ? undefined : skipOuterExpressions(node.arguments[1]);
    if (ZOD_OBJECTS.has(dotted) && first !== undefined && ts.isObjectLiteralExpression(first)) {
      return { library: 'zod', ...naming(node), node, fields: zodFields(first) };
    }
    const method = path[path.length - 1];
    if (method === 'define' && path.length > 1 && first !== undefined && ts.isStringLiteral(first) && second !== undefined && ts.isObjectLiteralExpression(second)) {
      return { library: 'sequelize', ...naming(node, first.text), node, fields: sequelizeFields(second) };
    }
    if (
      method === 'init' &&
      path.length === 2 &&
      first !== undefined &&
      ts.isObjectLiteralExpression(first) &&
      second !== undefined &&
      ts.isObjectLiteralExpression(second) &&
      second.properties.some((p) => p.name !== undefined && propertyNameOf(p.name as ts.PropertyName) === 'sequelize')
    ) {
      const model = path[0] as string;
      return { library: 'sequelize', name: model, binding: model, node, fields: sequelizeFields(first) };
    }
    return undefined;
  }
  if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
    if (node.modifiers === undefined || !decoratorsOf(node).some((d) => ENTITY_DECORATORS.has(decoratorName(d) ?? ''))) return undefined;
    const named = node.name === undefined ? naming(node) : { name: node.name.text, binding: node.name.text };
    return { library: 'typeorm', ...named, node, fields: entityFields(node) };
  }
  return undefined;
}
