/**
 * Shared recognisers for the web-hardening and JWT rules (EVD-CODE-050…058):
 * which call is jsonwebtoken's `sign`/`verify`/`decode`, a NestJS
 * `JwtService` call, a jose `new SignJWT(…)` chain, an options object and its
 * constant flags, a hard-coded secret value, and whether a file is browser
 * code. Parse-only, like the rest of the engine: imports of the same file are
 * followed (imports.ts), other files are not.
 */
import { ts } from './typescript.js';
import type { ReportDescriptor, RuleContext, SecretSpan } from './define-rule.js';
import type { ImportResolver } from './imports.js';
import { skipOuterExpressions } from './scope.js';
import { calleeName, constantNumber, constantString, constInitializer, objectLiteralOf, propertyNameOf, receiverOf, rootName } from './values.js';

/** Module names of jsonwebtoken (and the alias some projects install it under). */
const JSONWEBTOKEN_MODULES: ReadonlySet<string> = new Set(['jsonwebtoken', 'jwt']);
/** Local names that mean jsonwebtoken when the file does not say where they come from. */
const JSONWEBTOKEN_NAMES: ReadonlySet<string> = new Set(['jwt', 'jsonwebtoken']);

/** A jsonwebtoken function. */
export type JsonwebtokenFunction = 'sign' | 'verify' | 'decode';

/**
 * Which jsonwebtoken function a call is: `jwt.sign(…)` (receiver imported
 * from jsonwebtoken, or named `jwt`/`jsonwebtoken` when not imported from
 * another module), or `sign(…)` imported from it. `fastify.jwt.sign(…)` and
 * `this.jwtService.sign(…)` are not jsonwebtoken (other signatures).
 */
export function jsonwebtokenCall(call: ts.CallExpression, imports: ImportResolver): JsonwebtokenFunction | undefined {
  const name = calleeName(call);
  if (name !== 'sign' && name !== 'verify' && name !== 'decode') return undefined;
  const receiver = receiverOf(call);
  if (receiver === undefined) {
    const origin = imports.name(name);
    return origin !== undefined && JSONWEBTOKEN_MODULES.has(origin.module) ? name : undefined;
  }
  const inner = skipOuterExpressions(receiver);
  const origin = imports.resolve(inner);
  if (origin !== undefined) return JSONWEBTOKEN_MODULES.has(origin.module) && origin.name === '*' ? name : undefined;
  return ts.isIdentifier(inner) && JSONWEBTOKEN_NAMES.has(inner.text) ? name : undefined;
}

/**
 * The options argument of jsonwebtoken's `sign(payload, key, options?, callback?)`
 * and `verify(token, key, options?, callback?)`: the third argument, unless
 * a callback takes its place (`jwt.verify(token, key, (err, claims) => …)`),
 * in which case there are no options.
 */
export function jsonwebtokenOptions(call: ts.CallExpression): ts.Expression | undefined {
  const third = call.arguments[2];
  if (third === undefined) return undefined;
  const value = skipOuterExpressions(third);
  return ts.isArrowFunction(value) || ts.isFunctionExpression(value) ? undefined : third;
}

/**
 * Whether a jsonwebtoken key argument is no key at all: absent, `null`,
 * `undefined`, `void 0` or `''`. jsonwebtoken before v9 then accepts an
 * unsigned (`alg: none`) token; v9 rejects every signed one.
 */
export function isMissingKey(node: ts.Expression | undefined): boolean {
  if (node === undefined) return true;
  const value = skipOuterExpressions(node);
  if (value.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(value)) return true;
  if (ts.isIdentifier(value) && value.text === 'undefined') return true;
  return constantString(value) === '';
}

/**
 * Whether a call's receiver is a NestJS `JwtService` by name:
 * `this.jwtService.sign(…)`, `jwtService.verifyAsync(…)`, `this.jwt.sign(…)`
 * (a bare `jwt` is jsonwebtoken, a `this.jwt` field is the injected service).
 */
export function isJwtServiceCall(call: ts.CallExpression): boolean {
  const receiver = receiverOf(call);
  if (receiver === undefined) return false;
  const inner = skipOuterExpressions(receiver);
  if (ts.isIdentifier(inner)) return /^_?jwtService$/i.test(inner.text);
  if (!ts.isPropertyAccessExpression(inner)) return false;
  if (inner.expression.kind === ts.SyntaxKind.ThisKeyword && /^_?jwt$/i.test(inner.name.text)) return true;
  return /^_?jwtService$/i.test(inner.name.text);
}

/** Whether a call is `<receiver>.<method>(…)` with the receiver an identifier of that name (`JwtModule.register`). */
export function isStaticCall(call: ts.CallExpression, receiverName: string, methods: readonly string[]): boolean {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !methods.includes(callee.name.text)) return false;
  const receiver = skipOuterExpressions(callee.expression);
  return ts.isIdentifier(receiver) && receiver.text === receiverName;
}

/**
 * The calls of a jose chain that starts with `new SignJWT(…)`, outermost
 * last: `new SignJWT(p).setProtectedHeader(h).sign(k)` → [setProtectedHeader, sign].
 */
export function chainCalls(start: ts.Expression): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  let current: ts.Node = start;
  for (;;) {
    let parent = current.parent;
    while (parent !== undefined && ts.isParenthesizedExpression(parent)) {
      current = parent;
      parent = parent.parent;
    }
    if (parent === undefined || !ts.isPropertyAccessExpression(parent) || parent.expression !== current) return calls;
    const call = parent.parent;
    if (call === undefined || !ts.isCallExpression(call) || call.expression !== parent) return calls;
    calls.push(call);
    current = call;
  }
}

/** Whether an expression is `new <name>(…)` with `name` a plain identifier. */
export function isNewOf(node: ts.Expression, names: readonly string[]): boolean {
  const value = skipOuterExpressions(node);
  return ts.isNewExpression(value) && ts.isIdentifier(value.expression) && names.includes(value.expression.text);
}

/** What the source says about an options argument. */
export type OptionsState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'literal'; readonly object: ts.ObjectLiteralExpression }
  | { readonly kind: 'unknown' };

/**
 * An options argument: absent (or `undefined`), an object literal (directly
 * or through a `const`), or unknown. A `const` object that the file changes
 * afterwards (`sess.cookie.secure = true`, `Object.assign(opts, …)`, the
 * express-session README's production set-up) is unknown.
 */
export function optionsOf(node: ts.Expression | undefined): OptionsState {
  if (node === undefined) return { kind: 'absent' };
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value) && value.text === 'undefined') return { kind: 'absent' };
  const object = objectLiteralOf(value);
  if (object === undefined || (ts.isIdentifier(value) && isMutated(value))) return { kind: 'unknown' };
  return { kind: 'literal', object };
}

/** Whether the file assigns to a member of the object a name holds (`name.x = …`, `name.x.y = …`) or passes it to `Object.assign` first. */
function isMutated(name: ts.Identifier): boolean {
  let mutated = false;
  forEachDescendant(name.getSourceFile(), (node) => {
    if (mutated) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = skipOuterExpressions(node.left);
      if ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && rootName(target) === name.text) mutated = true;
    } else if (ts.isCallExpression(node) && calleeName(node) === 'assign') {
      const first = node.arguments[0];
      if (first !== undefined && ts.isIdentifier(skipOuterExpressions(first)) && (skipOuterExpressions(first) as ts.Identifier).text === name.text) mutated = true;
    }
  });
  return mutated;
}

/** Whether an object literal has a spread (`{ ...defaults }`): missing keys may then come from it. */
export function hasSpread(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((property) => ts.isSpreadAssignment(property));
}

/** Whether an object literal declares a key (any value), ignoring spreads. */
export function hasKey(object: ts.ObjectLiteralExpression, name: string): boolean {
  return object.properties.some(
    (property) =>
      (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) || ts.isMethodDeclaration(property)) &&
      property.name !== undefined &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
      property.name.text === name,
  );
}

/** The constant boolean an expression is (`true`, `false`, `!0`, `!1`), or undefined. */
export function constantBoolean(node: ts.Expression | undefined): boolean | undefined {
  if (node === undefined) return undefined;
  const value = skipOuterExpressions(node);
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = skipOuterExpressions(value.operand);
    if (ts.isNumericLiteral(operand)) return Number(operand.text) === 0;
    const inner = constantBoolean(operand);
    return inner === undefined ? undefined : !inner;
  }
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    return initializer === undefined ? undefined : constantBoolean(initializer);
  }
  return undefined;
}

/** The constant strings of an array literal (directly or through a `const`), or undefined when any element is not constant. */
export function constantStrings(node: ts.Expression | undefined): string[] | undefined {
  if (node === undefined) return undefined;
  let value = skipOuterExpressions(node);
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    if (initializer === undefined) return undefined;
    value = skipOuterExpressions(initializer);
  }
  if (!ts.isArrayLiteralExpression(value)) return undefined;
  const out: string[] = [];
  for (const element of value.elements) {
    const text = ts.isSpreadElement(element) ? undefined : constantString(element);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

/** `process.env.X` or `process.env['X']`. */
export function isEnvRead(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (!ts.isPropertyAccessExpression(value) && !ts.isElementAccessExpression(value)) return false;
  const base = skipOuterExpressions(value.expression);
  return ts.isPropertyAccessExpression(base) && base.name.text === 'env' && ts.isIdentifier(base.expression) && base.expression.text === 'process';
}

const MAX_DEPTH = 6;

/** A secret fixed by the source: its literal nodes (to mask) and how the value reaches its use, for messages. */
export interface HardcodedSecret {
  readonly literals: ts.Node[];
  /** `a literal`, `a constant string`, `string literals`, `the constant KEY, line 4`, `a fallback for process.env.X`. */
  readonly how: string;
}

/**
 * A secret fixed by the source, or undefined: a non-empty string or template
 * literal, an array of such, `Buffer.from(…)`, `new TextEncoder().encode(…)`,
 * a `const` bound to one, or the fallback of an environment variable
 * (`process.env.SESSION_SECRET || '…'`: the fallback ships and is used
 * whenever the variable is unset).
 */
export function hardcodedSecret(node: ts.Expression, sourceFile: ts.SourceFile, depth = 0): HardcodedSecret | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    return value.text === '' ? undefined : { literals: [value], how: 'a literal' };
  }
  if (ts.isTemplateExpression(value)) {
    const text = constantString(value);
    return text === undefined || text === '' ? undefined : { literals: [value], how: 'a constant string' };
  }
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    const inner = initializer === undefined ? undefined : hardcodedSecret(initializer, sourceFile, depth + 1);
    if (initializer === undefined || inner === undefined) return undefined;
    const line = sourceFile.getLineAndCharacterOfPosition(initializer.getStart(sourceFile)).line + 1;
    return { literals: inner.literals, how: `the constant ${value.text}, line ${line}` };
  }
  if (ts.isBinaryExpression(value)) {
    const operator = value.operatorToken.kind;
    if ((operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) && isEnvRead(value.left)) {
      const fallback = hardcodedSecret(value.right, sourceFile, depth + 1);
      if (fallback === undefined) return undefined;
      const env = skipOuterExpressions(value.left);
      const name = ts.isPropertyAccessExpression(env) ? env.name.text : 'an environment variable';
      return { literals: fallback.literals, how: `a fallback for process.env.${name}` };
    }
    return undefined;
  }
  if (ts.isArrayLiteralExpression(value)) {
    if (value.elements.length === 0) return undefined;
    const literals: ts.Node[] = [];
    for (const element of value.elements) {
      const inner = hardcodedSecret(element, sourceFile, depth + 1);
      if (inner === undefined) return undefined;
      literals.push(...inner.literals);
    }
    return { literals, how: 'string literals' };
  }
  if (ts.isCallExpression(value)) {
    // Buffer.from('…', 'hex'), new TextEncoder().encode('…')
    const name = calleeName(value);
    const receiver = receiverOf(value);
    const first = value.arguments[0];
    if (first === undefined || receiver === undefined) return undefined;
    const inner = skipOuterExpressions(receiver);
    const isBuffer = name === 'from' && ts.isIdentifier(inner) && inner.text === 'Buffer';
    const isEncoder = name === 'encode' && isNewOf(inner, ['TextEncoder']);
    return isBuffer || isEncoder ? hardcodedSecret(first, sourceFile, depth + 1) : undefined;
  }
  return undefined;
}

/** The literal nodes of a secret fixed by the source ({@link hardcodedSecret}), or undefined. */
export function hardcodedSecretLiterals(node: ts.Expression): ts.Node[] | undefined {
  return hardcodedSecret(node, node.getSourceFile())?.literals;
}

/** The innermost function (declaration, expression, arrow, method, accessor, constructor) around a node, or undefined at module level. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current !== undefined) {
    if (
      ts.isFunctionDeclaration(current) ||
      ts.isFunctionExpression(current) ||
      ts.isArrowFunction(current) ||
      ts.isMethodDeclaration(current) ||
      ts.isConstructorDeclaration(current) ||
      ts.isGetAccessorDeclaration(current) ||
      ts.isSetAccessorDeclaration(current)
    ) {
      return current;
    }
    current = current.parent;
  }
  return undefined;
}

/** Calls a visitor on every node under `root` (pre-order), not entering nested functions when `ownBodyOnly`. */
export function forEachDescendant(root: ts.Node, visit: (node: ts.Node) => void, ownBodyOnly = false): void {
  const stack: ts.Node[] = [];
  ts.forEachChild(root, (child) => {
    stack.push(child);
  });
  stack.reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    visit(node);
    if (ownBodyOnly && ts.isFunctionLike(node)) continue;
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ts.Node);
  }
}

/** Folders whose code runs in the browser (by convention). */
const BROWSER_FOLDERS = /(?:^|\/)(?:client|web|frontend|front-end|browser|ui|public|static|components|pages(?!\/api))(?:\/|$)/;
/** UI framework modules: a file importing one is view code. */
const UI_MODULES: ReadonlySet<string> = new Set(['react', 'react-dom', 'vue', '@angular/core', 'svelte', 'preact', 'solid-js', 'next/router', 'next/navigation']);

/**
 * Whether a file is browser-side code: a `.jsx`/`.tsx`/`.vue`/`.svelte` file,
 * a file under a client/web/frontend/ui/components folder (Next.js
 * `pages/api` excepted), or a file importing a UI framework.
 */
export function isBrowserFile(file: string, sourceFile: ts.SourceFile): boolean {
  if (/\.(?:jsx|tsx|vue|svelte)$/.test(file)) return true;
  if (BROWSER_FOLDERS.test(file.toLowerCase())) return true;
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && UI_MODULES.has(statement.moduleSpecifier.text)) return true;
  }
  return false;
}

/**
 * A duration as jsonwebtoken (`expiresIn`) and jose (`setExpirationTime`)
 * read it, in seconds: a number is seconds; a string is parsed like the `ms`
 * package (`'15m'`, `'2 days'`, `'1y'`; digits alone are milliseconds).
 * Undefined when not constant or not parseable.
 */
export function durationSeconds(node: ts.Expression, numbersAreSeconds = true): number | undefined {
  const value = skipOuterExpressions(node);
  const text = constantString(value);
  if (text !== undefined) return parseDuration(text);
  if (!numbersAreSeconds) return undefined;
  return constantNumber(value);
}

const UNIT_SECONDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:ms|msecs?|milliseconds?)$/, 0.001],
  [/^(?:s|secs?|seconds?)$/, 1],
  [/^(?:m|mins?|minutes?)$/, 60],
  [/^(?:h|hrs?|hours?)$/, 3600],
  [/^(?:d|days?)$/, 86_400],
  [/^(?:w|weeks?)$/, 604_800],
  [/^(?:y|yrs?|years?)$/, 31_557_600],
];

/** `'30d'` → 2592000; `'120'` → 0.12 (milliseconds, as `ms` reads it); undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (match === null) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '') return amount / 1000;
  const entry = UNIT_SECONDS.find(([pattern]) => pattern.test(unit));
  return entry === undefined ? undefined : amount * entry[1];
}


/** Option names that hold signing keys and session secrets. */
const SECRET_OPTION_NAMES: ReadonlySet<string> = new Set([
  'secret', 'secrets', 'secretOrKey', 'secretOrPrivateKey', 'secretOrPublicKey', 'privateKey', 'publicKey', 'key', 'keys', 'password',
]);

/**
 * The hard-coded secrets inside a node about to be reported, to be masked in
 * its snippet: the key argument of `sign(…)`/`verify(…)` calls and the values
 * of secret-named options (`secret`, `secretOrKey`, `privateKey`, `keys`, …).
 * A finding of these rules often points at a call that also holds a literal
 * key (EVD-CODE-027's finding); its snippet must not show it either.
 */
export function secretSpansIn(root: ts.Node): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const add = (value: ts.Expression | undefined): void => {
    const literals = value === undefined ? undefined : hardcodedSecretLiterals(value);
    if (literals !== undefined) for (const literal of literals) spans.push({ node: literal });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 'sign' || name === 'verify' || name === 'jwtVerify') add(node.arguments[1]);
      if (name === 'sign' && node.arguments.length === 1) add(node.arguments[0]); // jose SignJWT(…).sign(key)
    } else if (ts.isPropertyAssignment(node)) {
      const key = propertyNameOf(node.name);
      if (key !== undefined && SECRET_OPTION_NAMES.has(key)) add(node.initializer);
    }
  };
  visit(root);
  forEachDescendant(root, visit);
  return spans;
}

/** `context.report` with {@link secretSpansIn} of the reported node added to its secrets. */
export function maskedReporter(context: RuleContext): (descriptor: ReportDescriptor) => void {
  return (descriptor) => context.report({ ...descriptor, secrets: [...(descriptor.secrets ?? []), ...secretSpansIn(descriptor.node)] });
}
