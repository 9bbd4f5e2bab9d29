/**
 * Static values on a parse-only AST, shared by the crypto, transport,
 * injection and XSS rules:
 * - {@link constantString} / {@link constantNumber}: the value of an
 *   expression when the source fixes it (literals, templates and
 *   concatenations of constants, `const` bindings, properties of `const`
 *   object literals);
 * - {@link stringParts}: a string-building expression (template literal,
 *   `+` concatenation, a `const` bound to one) split into constant text and
 *   dynamic parts, so that a rule can judge each dynamic part in its textual
 *   position (`WHERE name = '${x}'`).
 *
 * Only `const` bindings are followed (a `let` may be reassigned), lexically,
 * in any enclosing scope, declared textually before the use (see scope.ts);
 * imports and other files are not followed.
 */
import { ts } from './typescript.js';
import { findLocalBinding, skipOuterExpressions } from './scope.js';

const MAX_DEPTH = 8;

/** The initializer of the `const` a name is bound to (in any enclosing scope), or undefined (`let`, parameters, destructuring, imports). */
export function constInitializer(id: ts.Identifier): ts.Expression | undefined {
  const binding = findLocalBinding(id, { crossFunctions: true });
  if (binding === undefined || binding.source === undefined || binding.path.length > 0) return undefined;
  const declaration = binding.declaration;
  if (!ts.isVariableDeclaration(declaration)) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  return binding.source;
}

/** The name of a property name node (identifier, string, number, no-substitution template), else undefined. */
export function propertyNameOf(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text;
  }
  if (ts.isPrivateIdentifier(name)) return name.text.slice(1);
  if (ts.isComputedPropertyName(name)) {
    const expression = skipOuterExpressions(name.expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  }
  return undefined;
}

/** The initializer of property `name` in an object literal (last one wins, as at run time); spreads hide earlier ones. */
export function objectProperty(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property)) {
      if (propertyNameOf(property.name) === name) found = property.initializer;
    } else if (ts.isShorthandPropertyAssignment(property)) {
      if (property.name.text === name) found = property.name;
    } else if (ts.isSpreadAssignment(property)) {
      found = undefined;
    }
  }
  return found;
}

/** The property assignment node of `name` in an object literal (for reporting), else undefined. */
export function objectPropertyNode(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  let found: ts.ObjectLiteralElementLike | undefined;
  for (const property of object.properties) {
    if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && propertyNameOf(property.name) === name) {
      found = property;
    }
  }
  return found;
}

/** The object literal an expression is, directly or through a `const`; else undefined. */
export function objectLiteralOf(node: ts.Expression | undefined, depth = 0): ts.ObjectLiteralExpression | undefined {
  if (node === undefined || depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isObjectLiteralExpression(value)) return value;
  if (ts.isIdentifier(value)) return objectLiteralOf(constInitializer(value), depth + 1);
  return undefined;
}

/** The constant value of a string-valued expression, or undefined when it is not fixed by the source. */
export function constantString(node: ts.Expression, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  switch (value.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return (value as ts.StringLiteral).text;
    case ts.SyntaxKind.TemplateExpression: {
      const template = value as ts.TemplateExpression;
      let text = template.head.text;
      for (const span of template.templateSpans) {
        const part = constantPrimitive(span.expression, depth + 1);
        if (part === undefined) return undefined;
        text += part + span.literal.text;
      }
      return text;
    }
    case ts.SyntaxKind.BinaryExpression: {
      const binary = value as ts.BinaryExpression;
      if (binary.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
      const left = constantPrimitive(binary.left, depth + 1);
      if (left === undefined) return undefined;
      const right = constantPrimitive(binary.right, depth + 1);
      if (right === undefined) return undefined;
      return left + right;
    }
    case ts.SyntaxKind.Identifier: {
      const initializer = constInitializer(value as ts.Identifier);
      return initializer === undefined ? undefined : constantString(initializer, depth + 1);
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      // `CONFIG.baseUrl` where `const CONFIG = { baseUrl: '…' }`
      const access = value as ts.PropertyAccessExpression;
      const object = objectLiteralOf(access.expression, depth + 1);
      const property = object === undefined ? undefined : objectProperty(object, access.name.text);
      return property === undefined ? undefined : constantString(property, depth + 1);
    }
    default:
      return undefined;
  }
}

/** A constant string, or a constant number as a string (for concatenations). */
function constantPrimitive(node: ts.Expression, depth: number): string | undefined {
  const text = constantString(node, depth);
  if (text !== undefined) return text;
  const number = constantNumber(node, depth);
  return number === undefined ? undefined : String(number);
}

/** The constant value of a numeric expression: literals (`100_000`), `-n`, `+ - * / ** %` of constants, `const` bindings. */
export function constantNumber(node: ts.Expression, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isNumericLiteral(value)) {
    const number = Number(value.text.replace(/_/g, ''));
    return Number.isFinite(number) ? number : undefined;
  }
  if (ts.isPrefixUnaryExpression(value)) {
    const operand = constantNumber(value.operand, depth + 1);
    if (operand === undefined) return undefined;
    if (value.operator === ts.SyntaxKind.MinusToken) return -operand;
    if (value.operator === ts.SyntaxKind.PlusToken) return operand;
    return undefined;
  }
  if (ts.isBinaryExpression(value)) {
    const left = constantNumber(value.left, depth + 1);
    if (left === undefined) return undefined;
    const right = constantNumber(value.right, depth + 1);
    if (right === undefined) return undefined;
    switch (value.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
        return left + right;
      case ts.SyntaxKind.MinusToken:
        return left - right;
      case ts.SyntaxKind.AsteriskToken:
        return left * right;
      case ts.SyntaxKind.SlashToken:
        return left / right;
      case ts.SyntaxKind.AsteriskAsteriskToken:
        return left ** right;
      default:
        return undefined;
    }
  }
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    return initializer === undefined ? undefined : constantNumber(initializer, depth + 1);
  }
  if (ts.isPropertyAccessExpression(value)) {
    const object = objectLiteralOf(value.expression, depth + 1);
    const property = object === undefined ? undefined : objectProperty(object, value.name.text);
    return property === undefined ? undefined : constantNumber(property, depth + 1);
  }
  return undefined;
}

/** Whether an expression is a literal or a constant built from literals (string, number, boolean, null, undefined, regex). */
export function isConstantValue(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  switch (value.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.BigIntLiteral:
      return true;
    case ts.SyntaxKind.Identifier:
      if ((value as ts.Identifier).text === 'undefined') return true;
      break;
    default:
      break;
  }
  return constantString(value) !== undefined || constantNumber(value) !== undefined;
}

/** One piece of a string-building expression: constant text, or a dynamic expression. */
export type StringPart = { readonly text: string; readonly node?: undefined } | { readonly text?: undefined; readonly node: ts.Expression };

/**
 * Splits a string-building expression into constant text and dynamic parts:
 * template literals, `+` chains, and `const` names bound to either (followed
 * through up to {@link MAX_DEPTH} bindings). Constant sub-expressions are
 * folded into text; adjacent texts are merged. Any other expression is one
 * dynamic part.
 */
export function stringParts(node: ts.Expression): StringPart[] {
  const out: StringPart[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && last.text !== undefined) out[out.length - 1] = { text: last.text + text };
    else out.push({ text });
  };
  const visit = (input: ts.Expression, depth: number): void => {
    const value = skipOuterExpressions(input);
    const constant = depth > MAX_DEPTH ? undefined : constantPrimitive(value, depth);
    if (constant !== undefined) {
      pushText(constant);
      return;
    }
    if (depth <= MAX_DEPTH) {
      if (ts.isTemplateExpression(value)) {
        pushText(value.head.text);
        for (const span of value.templateSpans) {
          visit(span.expression, depth + 1);
          pushText(span.literal.text);
        }
        return;
      }
      if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken && isStringy(value)) {
        visit(value.left, depth + 1);
        visit(value.right, depth + 1);
        return;
      }
      if (ts.isIdentifier(value)) {
        const initializer = constInitializer(value);
        if (initializer !== undefined && isStringBuilder(initializer)) {
          visit(initializer, depth + 1);
          return;
        }
      }
    }
    out.push({ node: value });
  };
  visit(node, 0);
  return out;
}

/** Whether a `+` chain contains a string or template literal (so it is a concatenation, not arithmetic). */
function isStringy(node: ts.BinaryExpression): boolean {
  let current: ts.Expression = node;
  for (;;) {
    const value = skipOuterExpressions(current);
    if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      if (isStringLiteralLike(value.right)) return true;
      current = value.left;
      continue;
    }
    return isStringLiteralLike(value);
  }
}

function isStringLiteralLike(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  return ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTemplateExpression(value);
}

/** Whether an expression builds a string from parts (template literal, concatenation with a literal). */
export function isStringBuilder(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (ts.isTemplateExpression(value)) return true;
  return ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken && isStringy(value);
}

/** The text of the constant parts of {@link stringParts}, with `${…}` for each dynamic part. */
export function partsText(parts: readonly StringPart[]): string {
  let text = '';
  for (const part of parts) text += part.text ?? '${…}';
  return text;
}

let lastCall: ts.Node | undefined;
let lastCallName: string | undefined;

/**
 * The last name of a call's callee: `exec` for `exec(…)`, `cp.exec(…)` and
 * `require('x').exec(…)`; undefined otherwise. The engine hands each call to
 * every rule in turn, so the last answer is kept (one entry, no allocation).
 */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  if (call === lastCall) return lastCallName;
  lastCallName = computeCalleeName(call);
  lastCall = call;
  return lastCallName;
}

function computeCalleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isElementAccessExpression(callee)) {
    const key = skipOuterExpressions(callee.argumentExpression);
    if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) return key.text;
  }
  return undefined;
}

/** The receiver of a method call (`a.b` for `a.b.c(…)`), or undefined for a plain function call. */
export function receiverOf(call: ts.CallExpression | ts.NewExpression): ts.Expression | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) return callee.expression;
  return undefined;
}

/** The name of the leftmost identifier of a member/call chain (`res` for `res.status(400).send`), else undefined. */
export function rootName(node: ts.Expression): string | undefined {
  let current = skipOuterExpressions(node);
  for (;;) {
    if (ts.isIdentifier(current)) return current.text;
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current)) {
      current = skipOuterExpressions(current.expression);
      continue;
    }
    if (current.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    return undefined;
  }
}

/** The last name of an expression: `x` for `x`, `b` for `a.b`, `a['b']`, `getB` for `getB()`. */
export function lastName(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value) || ts.isPrivateIdentifier(value)) return value.text;
  if (ts.isPropertyAccessExpression(value)) return value.name.text;
  if (ts.isElementAccessExpression(value)) {
    const key = skipOuterExpressions(value.argumentExpression);
    if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) return key.text;
    return undefined;
  }
  if (ts.isCallExpression(value)) return lastName(value.expression);
  return undefined;
}

/**
 * The name a value is stored under: the variable of `const x = <value>`, the
 * key of `{ x: <value> }`, the member of `a.x = <value>`, the class field of
 * `x = <value>`, the parameter of `(x = <value>) =>`. Looks through
 * parentheses, `await`, `as`, `!`, `??`/`||` fallbacks and conditionals.
 */
export function receivingName(value: ts.Node): { name: string; holder: ts.Node } | undefined {
  let child: ts.Node = value;
  let parent: ts.Node | undefined = value.parent;
  while (parent !== undefined) {
    switch (parent.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.AwaitExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        break;
      case ts.SyntaxKind.ConditionalExpression:
        if ((parent as ts.ConditionalExpression).condition === child) return undefined;
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const binary = parent as ts.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) break;
        if ((operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) && binary.right === child) {
          const name = lastName(binary.left);
          return name === undefined ? undefined : { name, holder: binary };
        }
        return undefined;
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const declaration = parent as ts.VariableDeclaration;
        if (declaration.initializer !== child || !ts.isIdentifier(declaration.name)) return undefined;
        return { name: declaration.name.text, holder: declaration };
      }
      case ts.SyntaxKind.PropertyAssignment: {
        const property = parent as ts.PropertyAssignment;
        if (property.initializer !== child) return undefined;
        const name = propertyNameOf(property.name);
        return name === undefined ? undefined : { name, holder: property };
      }
      case ts.SyntaxKind.PropertyDeclaration:
      case ts.SyntaxKind.Parameter:
      case ts.SyntaxKind.BindingElement: {
        const declaration = parent as ts.PropertyDeclaration | ts.ParameterDeclaration | ts.BindingElement;
        if (declaration.initializer !== child) return undefined;
        const name = propertyNameOf(declaration.name);
        return name === undefined ? undefined : { name, holder: declaration };
      }
      default:
        return undefined;
    }
    child = parent;
    parent = parent.parent;
  }
  return undefined;
}

/** The name of the function a node is in: a declaration's or method's name, or the name a function expression is stored under. */
export function enclosingFunctionName(node: ts.Node): string | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current !== undefined) {
    if (ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current) || ts.isGetAccessorDeclaration(current)) {
      return current.name === undefined ? undefined : propertyNameOf(current.name);
    }
    if (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) {
      if (current.name !== undefined) return current.name.text;
      return receivingName(current)?.name;
    }
    if (ts.isClassLike(current) || ts.isSourceFile(current)) return undefined;
    current = current.parent;
  }
  return undefined;
}

const NUMERIC_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'BigInt', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.abs', 'Math.min', 'Math.max']);
const NUMERIC_METHODS = new Set(['toFixed', 'toPrecision', 'getTime', 'valueOf', 'indexOf', 'findIndex', 'getFullYear', 'getMonth', 'getDate']);
const NUMERIC_MEMBERS = new Set(['length', 'size', 'byteLength']);
const ARITHMETIC = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);

/** Whether an expression always yields a number: literals, arithmetic, `i + 1`, `Number(x)`, `parseInt(x)`, `Math.*`, `.length`, `.toFixed()`. */
export function isNumericExpression(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (ts.isNumericLiteral(value) || ts.isBigIntLiteral(value)) return true;
  if (ts.isPrefixUnaryExpression(value)) {
    return value.operator === ts.SyntaxKind.PlusToken || value.operator === ts.SyntaxKind.MinusToken || value.operator === ts.SyntaxKind.TildeToken;
  }
  if (ts.isPostfixUnaryExpression(value)) return true;
  if (ts.isBinaryExpression(value)) {
    const operator = value.operatorToken.kind;
    if (ARITHMETIC.has(operator)) return true;
    if (operator === ts.SyntaxKind.PlusToken) {
      return isNumericExpression(value.left) && isNumericExpression(value.right) || ts.isNumericLiteral(skipOuterExpressions(value.right)) || ts.isNumericLiteral(skipOuterExpressions(value.left));
    }
    return false;
  }
  if (ts.isPropertyAccessExpression(value)) return NUMERIC_MEMBERS.has(value.name.text);
  if (ts.isCallExpression(value)) {
    const callee = skipOuterExpressions(value.expression);
    if (ts.isIdentifier(callee)) return NUMERIC_FUNCTIONS.has(callee.text);
    if (ts.isPropertyAccessExpression(callee)) {
      if (NUMERIC_METHODS.has(callee.name.text)) return true;
      const receiver = skipOuterExpressions(callee.expression);
      return ts.isIdentifier(receiver) && NUMERIC_FUNCTIONS.has(`${receiver.text}.${callee.name.text}`);
    }
    return false;
  }
  if (ts.isConditionalExpression(value)) return isNumericExpression(value.whenTrue) && isNumericExpression(value.whenFalse);
  return constantNumber(value) !== undefined;
}

/** Whether a name is written in SCREAMING_CASE (a constant by convention: `PATIENT_TABLE`). */
export function isScreamingCase(name: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(name) && /[A-Z]{2}/.test(name);
}

/** The source text of a node, whitespace collapsed, cut to `max` characters (for messages). */
export function shortText(node: ts.Node, sourceFile: ts.SourceFile, max = 40): string {
  const text = node.getText(sourceFile).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The outermost call of a method chain that starts at `call`:
 * `createHash('md5')` → `createHash('md5').update(x).digest('hex')`.
 */
export function outermostChainCall(call: ts.CallExpression): ts.CallExpression {
  let current: ts.CallExpression = call;
  for (;;) {
    const access = current.parent;
    if (access === undefined || !ts.isPropertyAccessExpression(access) || access.expression !== current) return current;
    const next = access.parent;
    if (next === undefined || !ts.isCallExpression(next) || next.expression !== access) return current;
    current = next;
  }
}

/** TypeScript's parser records the text of every identifier (and property-name or module-specifier string) of a file. */
function identifierTable(sourceFile: ts.SourceFile): ReadonlyMap<string, string> | undefined {
  const table = (sourceFile as unknown as { identifiers?: unknown }).identifiers;
  return table instanceof Map ? (table as ReadonlyMap<string, string>) : undefined;
}

/**
 * Whether a file contains an identifier spelled like one of `names` (also
 * property names and module specifiers): a constant-time first test for rules
 * that only apply to files using some API. Reads TypeScript's internal
 * `SourceFile.identifiers` table, defensively; without it, searches the text.
 */
export function hasAnyIdentifier(sourceFile: ts.SourceFile, names: readonly string[]): boolean {
  const table = identifierTable(sourceFile);
  if (table === undefined) return names.some((name) => sourceFile.text.includes(name));
  for (const name of names) if (table.has(name)) return true;
  return false;
}

/**
 * The node to report for a problem in a call: the call itself, or — when the
 * call is the tail of a chain that starts on an earlier line
 * (`repo\n  .createQueryBuilder()\n  .where(…)`) — the node from the
 * method name on, so that the location and snippet point at the right line.
 */
export function callReportNode(call: ts.CallExpression): ts.Node {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return call;
  const sourceFile = call.getSourceFile();
  const callLine = sourceFile.getLineAndCharacterOfPosition(call.getStart(sourceFile)).line;
  const nameLine = sourceFile.getLineAndCharacterOfPosition(callee.name.getStart(sourceFile)).line;
  if (callLine === nameLine) return call;
  return call.arguments[0] ?? callee.name;
}

const NUMERIC_TYPES = new Set<ts.SyntaxKind>([ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.BooleanKeyword, ts.SyntaxKind.BigIntKeyword]);

/** Whether a type annotation is `number`, `boolean`, `bigint`, a numeric literal type, or a union of those. */
function isNumericType(type: ts.TypeNode | undefined): boolean {
  if (type === undefined) return false;
  if (NUMERIC_TYPES.has(type.kind)) return true;
  if (ts.isLiteralTypeNode(type)) return ts.isNumericLiteral(type.literal) || type.literal.kind === ts.SyntaxKind.TrueKeyword || type.literal.kind === ts.SyntaxKind.FalseKeyword;
  if (ts.isUnionTypeNode(type)) return type.types.every((t) => isNumericType(t) || t.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
  if (ts.isParenthesizedTypeNode(type)) return isNumericType(type.type);
  return false;
}

/** The type of a member of a type literal or of a same-file interface/class/type alias named by a type reference. */
function typeOfMember(type: ts.TypeNode | undefined, name: string, sourceFile: ts.SourceFile): ts.TypeNode | undefined {
  if (type === undefined) return undefined;
  if (ts.isTypeLiteralNode(type)) {
    const member = type.members.find((m) => ts.isPropertySignature(m) && propertyNameOf(m.name) === name) as ts.PropertySignature | undefined;
    return member?.type;
  }
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) return memberType(sourceFile, type.typeName.text, name);
  return undefined;
}

/**
 * The declared type of a local name: a parameter's or variable's annotation
 * (same function), also for a name destructured from an annotated parameter
 * (`({ count }: { count: number })`, React props).
 */
function declaredType(id: ts.Identifier): ts.TypeNode | undefined {
  const binding = findLocalBinding(id, { crossFunctions: false });
  if (binding === undefined) return undefined;
  const declaration = binding.declaration;
  if (!ts.isParameter(declaration) && !ts.isVariableDeclaration(declaration)) return undefined;
  if (binding.path.length === 0) return declaration.type;
  const step = binding.path[0];
  if (binding.path.length === 1 && step !== undefined && step.kind === 'property') return typeOfMember(declaration.type, step.name, id.getSourceFile());
  return undefined;
}

/** The type of property `name` in an interface, type literal alias or class declared at the top of the file. */
function memberType(sourceFile: ts.SourceFile, typeName: string, name: string): ts.TypeNode | undefined {
  for (const statement of sourceFile.statements) {
    let members: ts.NodeArray<ts.TypeElement | ts.ClassElement> | undefined;
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === typeName) members = statement.members;
    else if (ts.isClassDeclaration(statement) && statement.name?.text === typeName) members = statement.members;
    else if (ts.isTypeAliasDeclaration(statement) && statement.name.text === typeName && ts.isTypeLiteralNode(statement.type)) members = statement.type.members;
    if (members === undefined) continue;
    for (const member of members) {
      if ((ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) && propertyNameOf(member.name) === name) return member.type;
    }
  }
  return undefined;
}

/**
 * Whether the source declares a value to be a number or boolean: a local or
 * parameter annotated `number` (`count: number`), or a property of a local
 * whose annotated type is an interface, class or type literal of the same
 * file that declares the property so (`message.id` with
 * `interface Message { id: number }`). No type checker: other files and
 * inferred types are not looked at.
 */
export function isDeclaredNumeric(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value)) return isNumericType(declaredType(value));
  if (ts.isPropertyAccessExpression(value)) {
    const base = skipOuterExpressions(value.expression);
    if (!ts.isIdentifier(base)) return false;
    return isNumericType(typeOfMember(declaredType(base), value.name.text, value.getSourceFile()));
  }
  return false;
}
