/**
 * The sensitive-data classifier shared by every source-code rule.
 *
 * Two levels:
 * - {@link classifyName}: a name (identifier, property, parameter, column or
 *   schema field) → the categories of personal data it denotes.
 * - {@link classifyExpression}: an expression → the categories of every name
 *   whose *value* flows into it (member chains, object literals, template
 *   literals, concatenations, serialisation wrappers, spreads), plus light
 *   data flow through local variables.
 *
 * Name matching is token-based, never substring-based: a name is split into
 * words (camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * digits), each word is lower-cased and de-pluralised, and the longest known
 * phrase is matched at each position (`insuranceMemberId` → `insurance member
 * id`). The *head* (the last word) then decides what the value is:
 * - covered by a sensitive phrase → the value is that data (`patientSSN`, `dob`);
 * - covered by a "not sensitive" phrase → nothing (`raceCondition`, `pageToken`);
 * - an opaque or meta word (`id`, `count`, `regex`, `url`, `name`, `hash`, …) →
 *   nothing: `patientId` is a surrogate key, `passwordPolicyUrl` a URL,
 *   `fileName` a file's name;
 * - a container word (`record`, `data`, `details`, `list`, …) → the value holds
 *   whatever the other words say, including person nouns (`patientRecord` →
 *   health, `userProfile` → personal);
 * - any other word → only the strong sensitive words count (`diagnosisCode` →
 *   health, `userAgent` → nothing: `user` alone is a weak word).
 * A leading boolean prefix (`is`, `has`, `should`, …) drops the categories
 * whose *presence* is not the data itself (`hasPassword`, `isEmailVerified`),
 * but keeps health, genetic and personal facts (`isPregnant`, `hasHiv`).
 *
 * A header read by a constant name (`req.header('Origin')`, `req.get(…)`,
 * `ctx.get(…)`, `headers.get(…)`, `getHeader(…)`) is classified by that name,
 * as `req.headers.origin` is: `Authorization` is credentials, `Origin` nothing.
 * All the request headers together (`req.headers`) are credentials.
 *
 * `server.address()` (a listener's or socket's network address), its
 * properties and the locals taken from it are not contact data, whatever
 * they are named (`const { address, port } = server.address()`).
 */
import { ts } from './typescript.js';
import { findLocalBinding, memberName, skipOuterExpressions, type BindingStep } from './scope.js';
import {
  CACHE_LIMIT,
  DATA_CATEGORY_LABELS,
  classifyNameWith,
  classifyWords,
  isRedactionName,
  lexiconFor,
  normalizeWord,
  orderCategories,
  tokenizeName,
  type ClassifierOptions,
  type DataCategory,
  type NameResult,
} from './names.js';

export {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  classifyName,
  isOpaqueName,
  isRecordName,
  isRedactionName,
  tokenizeName,
  type ClassifierOptions,
  type DataCategory,
} from './names.js';


// ---------------------------------------------------------------------------
// Expression classification

/** One reason an expression is sensitive: a category and the name (or note) that showed it. */
export interface DataMatch {
  readonly category: DataCategory;
  /** The source name (`ssn`, `patientSSN`) or a note (`request body`). */
  readonly term: string;
}

/** What an expression carries. */
export interface Classification {
  /** In {@link DATA_CATEGORIES} order, unique. */
  readonly categories: readonly DataCategory[];
  /** Unique (category, term) pairs, grouped by category in category order, terms in source order. */
  readonly matches: readonly DataMatch[];
}

/** Options of {@link classifyExpression}. */
export interface ExpressionClassifierOptions extends ClassifierOptions {
  /** Follow local variables to their initializers (default true). */
  readonly dataFlow?: boolean;
}

/** Functions whose result carries their arguments' data. */
const PASS_THROUGH_CALLS = new Set([
  'JSON.stringify', 'JSON.parse', 'util.format', 'util.formatWithOptions', 'util.inspect', 'format', 'inspect',
  'sprintf', 'String', 'Object.assign', 'Object.values', 'Object.entries', 'Object.fromEntries', 'Array.from',
  'Array.of', 'Buffer.from', 'encodeURIComponent', 'encodeURI', 'structuredClone', 'Promise.resolve', 'stringify',
]);

/** Methods whose result carries their receiver's data (`x.toString()`, `list.filter(…)`); `concat` adds its arguments. */
export const PASS_THROUGH_METHODS: ReadonlySet<string> = new Set([
  'toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toLocaleString', 'trim',
  'trimStart', 'trimEnd', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'concat', 'join', 'split', 'replace',
  'replaceAll', 'normalize', 'valueOf', 'toJSON', 'toISOString', 'toDateString', 'toLocaleDateString', 'at', 'flat',
  'filter', 'find', 'findLast', 'sort', 'reverse', 'toSorted', 'toReversed', 'values', 'get',
]);

/** Methods whose result is what their callback returns (`patients.map((p) => p.ssn)`). */
const MAPPING_METHODS = new Set(['map', 'flatMap']);

/** First words of function names whose result is not the data (`validateEmail`, `sendEmail`). */
const ACTION_VERBS = new Set(
  [
    'validate', 'check', 'verify', 'is', 'has', 'can', 'should', 'send', 'set', 'update', 'delete', 'remove', 'save',
    'store', 'handle', 'reset', 'change', 'create', 'register', 'notify', 'log', 'emit', 'dispatch', 'submit',
    'process', 'sync', 'clear', 'add', 'insert', 'upsert', 'write', 'track', 'count', 'require', 'import', 'on',
  ].map(normalizeWord),
);

/** First words of function names that return the data named by the rest (`getPatientSsn`, `formatAddress`). */
const GETTER_VERBS = new Set(
  [
    'get', 'fetch', 'load', 'find', 'read', 'lookup', 'select', 'extract', 'format', 'build', 'compute', 'to',
    'serialize', 'stringify', 'describe', 'summarize', 'render', 'as', 'pick', 'query', 'retrieve', 'resolve',
    'decrypt', 'decode', 'parse', 'unmask',
  ].map(normalizeWord),
);

const MAX_DEPTH = 24;
const MAX_FLOW_HOPS = 6;
/** Marks a local variable initialised from a redaction call. */
const REDACTED: readonly DataMatch[] = Object.freeze([]);

/** The last name of an expression, for the receiver prefix of a member chain: `req.body` → `body`, `getPatient()` → `getPatient`. */
function expressionName(node: ts.Expression): string | undefined {
  const inner = skipOuterExpressions(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
    return memberName(inner) ?? expressionName(inner.expression);
  }
  if (ts.isCallExpression(inner)) return expressionName(inner.expression);
  return undefined;
}

const LAST_WORDS = new Map<string, string | undefined>();

/** The last normalized word of a name (cached: names repeat across files). */
function lastWord(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (LAST_WORDS.has(name)) return LAST_WORDS.get(name);
  const words = tokenizeName(name);
  const last = words[words.length - 1];
  if (LAST_WORDS.size >= CACHE_LIMIT) LAST_WORDS.clear();
  LAST_WORDS.set(name, last);
  return last;
}

/** The dotted text of a callee made of identifiers only, for the pass-through table. */
function calleePath(node: ts.Expression): string | undefined {
  const inner = skipOuterExpressions(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) {
    const left = calleePath(inner.expression);
    return left === undefined ? undefined : `${left}.${inner.name.text}`;
  }
  return undefined;
}

function isConstantLiteral(node: ts.Expression): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
      return true;
    default:
      return ts.isIdentifier(node) && node.text === 'undefined';
  }
}

const BOOLEAN_OPERATORS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.InstanceOfKeyword,
  ts.SyntaxKind.InKeyword,
]);

/** `!x`, `a === b`, `x instanceof Y`, `Boolean(x)`, `typeof x`: values that say something *about* the data. */
function isBooleanExpression(node: ts.Expression): boolean {
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isTypeOfExpression(node)) return true;
  if (ts.isBinaryExpression(node)) return BOOLEAN_OPERATORS.has(node.operatorToken.kind);
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    return ts.isIdentifier(callee) && callee.text === 'Boolean';
  }
  return false;
}

function isFunctionExpression(node: ts.Expression): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node);
}

/** Whether an expression is a call of a redaction function (`redact(x)`, `crypto.createHash(…).update(x).digest('hex')`). */
export function isRedactionCall(node: ts.Expression): boolean {
  const inner = skipOuterExpressions(node);
  if (!ts.isCallExpression(inner)) return false;
  const name = expressionName(inner.expression);
  return name !== undefined && isRedactionName(name);
}

/** Methods that read one header by name: `req.header('Origin')`, `req.get('Authorization')`, `res.getHeader(…)`, `headers.get(…)`. */
const HEADER_GETTERS = new Set(['header', 'getHeader', 'get']);
/** Receivers (last word) on which `get('<name>')` reads a header. */
const HEADER_RECEIVERS = new Set(['req', 'request', 'header', 'headers', 'ctx', 'context']);

/** The header a call reads by a constant name, or undefined when it is not such a call. */
function headerNameOf(node: ts.CallExpression, method: string): string | undefined {
  if (!HEADER_GETTERS.has(method)) return undefined;
  const argument = node.arguments[0];
  if (argument === undefined || !(ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))) return undefined;
  if (method === 'get') {
    const callee = node.expression as ts.PropertyAccessExpression;
    const receiver = lastWord(expressionName(callee.expression));
    if (receiver === undefined || !HEADER_RECEIVERS.has(receiver)) return undefined;
  }
  return argument.text;
}

/** `server.address()`, `socket.address()`: Node's network address of a listener or socket, not a postal address. */
function isNetworkAddressCall(node: ts.Expression): boolean {
  const inner = skipOuterExpressions(node);
  if (!ts.isCallExpression(inner) || inner.arguments.length > 0) return false;
  const callee = skipOuterExpressions(inner.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'address';
}

/** A local initialised from `server.address()` (`const info = server.address()`). */
function isNetworkAddressLocal(node: ts.Expression): boolean {
  const inner = skipOuterExpressions(node);
  if (!ts.isIdentifier(inner)) return false;
  const binding = findLocalBinding(inner, { crossFunctions: false });
  return binding?.source !== undefined && binding.path.length === 0 && isNetworkAddressCall(binding.source);
}

/** How a member's match is named: its label, `card.number` when the receiver's word completed the phrase, else the property. */
function memberTerm(result: NameResult, receiverName: string | undefined, name: string): string {
  if (result.label !== undefined) return result.label;
  return result.prefixed === true && receiverName !== undefined ? `${receiverName}.${name}` : name;
}

function finish(matches: readonly DataMatch[]): Classification {
  const seen = new Set<string>();
  const unique: DataMatch[] = [];
  for (const match of matches) {
    const k = `${match.category}\u0000${match.term}`;
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(match);
  }
  const categories = orderCategories(unique.map((m) => m.category));
  const ordered = categories.flatMap((c) => unique.filter((m) => m.category === c));
  return { categories, matches: ordered };
}

/** Per-call options of an {@link ExpressionClassifier}. */
export interface ClassifyCallOptions {
  /**
   * Keys of a top-level object literal whose properties are not looked at
   * (the recipients of a message: `to`, `cc`); also applied to the object
   * literal a local variable is initialised from (`const msg = {…}; send(msg)`).
   */
  readonly ignoreKeys?: ReadonlySet<string>;
}

/** Classifies expressions of one file; keeps a per-instance cache of local-variable results (drop it with the file). */
export type ExpressionClassifier = (node: ts.Expression, options?: ClassifyCallOptions) => Classification;

/**
 * Creates an expression classifier for one file. Its data flow is light and
 * documented:
 * - a local `const`/`let`/`var` (including destructuring and `for…of`
 *   variables) declared *textually before* the use, in the *same function*
 *   (no closures, no module-level variables read inside functions), with an
 *   initializer, carries the initializer's data: `const { ssn } = patient`,
 *   `const msg = \`Patient ${p.diagnosis}\``;
 * - a variable initialised from a redaction call (`const s = mask(p.ssn)`)
 *   is clean whatever its name;
 * - later assignments (`x = …`), parameters, imports, function results and
 *   other files are not followed (a parameter is judged by its name only).
 */
export function createExpressionClassifier(options?: ExpressionClassifierOptions): ExpressionClassifier {
  const lexicon = lexiconFor(options === undefined ? undefined : stripFlowOption(options));
  const dataFlow = options?.dataFlow ?? true;
  const flowCache = new Map<ts.Node, Map<string, readonly DataMatch[]>>();

  const nameMatches = (name: string, prefix: string | undefined, term: string): DataMatch[] => {
    const result = classifyNameWith(lexicon, name, prefix);
    const shown = result.label ?? term;
    return result.categories.map((category) => ({ category, term: shown }));
  };

  const identifier = (node: ts.Identifier, depth: number, hops: number): DataMatch[] => {
    if (node.text === 'undefined') return [];
    const own = nameMatches(node.text, undefined, node.text);
    if (!dataFlow || hops >= MAX_FLOW_HOPS) return own;
    const binding = findLocalBinding(node, { crossFunctions: false });
    if (binding === undefined || binding.source === undefined) return own;
    let perDeclaration = flowCache.get(binding.declaration);
    if (perDeclaration === undefined) flowCache.set(binding.declaration, (perDeclaration = new Map()));
    let flowed = perDeclaration.get(node.text);
    if (flowed === undefined) {
      flowed =
        (binding.path.length === 0 && isRedactionCall(binding.source)) || isNetworkAddressCall(binding.source)
          ? REDACTED
          : followPath(binding.source, binding.path, depth + 1, hops + 1);
      perDeclaration.set(node.text, flowed);
    }
    // A variable initialised from a redaction call (or from `server.address()`) is clean whatever its name.
    return flowed === REDACTED ? [] : [...own, ...flowed];
  };

  /** The data of `source` followed along destructuring steps; property steps behave like member access. */
  const followPath = (source: ts.Expression, path: readonly BindingStep[], depth: number, hops: number): DataMatch[] => {
    let value = (): DataMatch[] => visit(source, depth, hops);
    let receiverName = expressionName(source);
    for (const step of path) {
      if (step.kind !== 'property') continue; // element and rest steps keep the receiver's data
      const receiver = value;
      const receiverText = receiverName;
      const name = step.name;
      value = () => {
        const result = classifyNameWith(lexicon, name, lastWord(receiverText));
        if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: memberTerm(result, receiverText, name) }));
        return result.head === 'container' ? receiver() : [];
      };
      receiverName = name;
    }
    return value();
  };

  const member = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number, hops: number): DataMatch[] => {
    const name = memberName(node);
    if (name === undefined) {
      // `list[0]`, `record[key]`: an element of the receiver.
      return visit(node.expression, depth + 1, hops);
    }
    // `server.address().address`, also through a local (`const info = server.address(); info.address`).
    if (name === 'address' && (isNetworkAddressCall(node.expression) || isNetworkAddressLocal(node.expression))) return [];
    const receiverName = expressionName(node.expression);
    const result = classifyNameWith(lexicon, name, lastWord(receiverName));
    if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: memberTerm(result, receiverName, name) }));
    if (result.head === 'container') return visit(node.expression, depth + 1, hops);
    return [];
  };

  const call = (node: ts.CallExpression, depth: number, hops: number): DataMatch[] => {
    if (isNetworkAddressCall(node)) return [];
    const callee = skipOuterExpressions(node.expression);
    const name = expressionName(callee);
    if (name !== undefined && isRedactionName(name)) return [];
    const path = calleePath(callee);
    if (path === 'require') return [];
    const args = (): DataMatch[] => node.arguments.flatMap((a) => visit(a, depth + 1, hops));
    if (path !== undefined && PASS_THROUGH_CALLS.has(path)) return args();
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const headerName = headerNameOf(node, method);
      if (headerName !== undefined) {
        // `req.header('Authorization')` is `req.headers.authorization`: the header's name decides, not "request headers".
        const result = classifyNameWith(lexicon, headerName, 'header');
        return result.categories.map((category) => ({ category, term: memberTerm(result, 'header', headerName) }));
      }
      if (PASS_THROUGH_METHODS.has(method)) {
        const receiver = visit(callee.expression, depth + 1, hops);
        return method === 'concat' ? [...receiver, ...args()] : receiver;
      }
      if (MAPPING_METHODS.has(method)) {
        const callback = node.arguments[0];
        if (callback !== undefined && ts.isArrowFunction(callback) && !ts.isBlock(callback.body)) {
          return visit(callback.body, depth + 1, hops);
        }
        return [];
      }
    }
    if (name === undefined) return [];
    const words = tokenizeName(name);
    const first = words[0];
    if (first === undefined || ACTION_VERBS.has(first)) return [];
    const rest = GETTER_VERBS.has(first) ? words.slice(1) : words;
    if (rest.length === 0) return [];
    const prefix = ts.isPropertyAccessExpression(callee) ? lastWord(expressionName(callee.expression)) : undefined;
    const result = classifyWords(lexicon, rest, prefix);
    if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: result.label ?? `${name}()` }));
    if (result.head === 'container' && ts.isPropertyAccessExpression(callee)) return visit(callee.expression, depth + 1, hops);
    return [];
  };

  const objectLiteral = (node: ts.ObjectLiteralExpression, depth: number, hops: number, ignoreKeys?: ReadonlySet<string>): DataMatch[] => {
    const out: DataMatch[] = [];
    for (const property of node.properties) {
      if (ignoreKeys !== undefined && !ts.isSpreadAssignment(property) && property.name !== undefined) {
        const name = ts.isComputedPropertyName(property.name) ? undefined : propertyNameText(property.name);
        if (name !== undefined && ignoreKeys.has(name)) continue;
      }
      if (ts.isPropertyAssignment(property)) {
        const value = skipOuterExpressions(property.initializer);
        if (isRedactionCall(value) || isFunctionExpression(value)) continue;
        out.push(...visit(value, depth + 1, hops));
        // A strong key names the value (`{ ssn: x }`) unless the value is a constant or a boolean about
        // the data; a person noun as key names the related record (`{ user: user.id }`), not the value.
        const keyName = ts.isComputedPropertyName(property.name) ? undefined : propertyNameText(property.name);
        if (keyName !== undefined && !isConstantLiteral(value) && !isBooleanExpression(value)) {
          const keyResult = classifyNameWith(lexicon, keyName, undefined);
          if (keyResult.weakOnly !== true) out.push(...keyResult.categories.map((category) => ({ category, term: keyResult.label ?? keyName })));
        }
      } else if (ts.isShorthandPropertyAssignment(property)) {
        out.push(...identifier(property.name, depth + 1, hops));
      } else if (ts.isSpreadAssignment(property)) {
        out.push(...visit(property.expression, depth + 1, hops));
      }
    }
    return out;
  };

  const visit = (input: ts.Expression, depth: number, hops: number): DataMatch[] => {
    if (depth > MAX_DEPTH) return [];
    const node = skipOuterExpressions(input);
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return identifier(node as ts.Identifier, depth, hops);
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
        return member(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, depth, hops);
      case ts.SyntaxKind.CallExpression:
        return call(node as ts.CallExpression, depth, hops);
      case ts.SyntaxKind.NewExpression:
        return ((node as ts.NewExpression).arguments ?? []).flatMap((a) => visit(a, depth + 1, hops));
      case ts.SyntaxKind.ObjectLiteralExpression:
        return objectLiteral(node as ts.ObjectLiteralExpression, depth, hops);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return (node as ts.ArrayLiteralExpression).elements.flatMap((e) => visit(e, depth + 1, hops));
      case ts.SyntaxKind.SpreadElement:
        return visit((node as ts.SpreadElement).expression, depth + 1, hops);
      case ts.SyntaxKind.TemplateExpression:
        return (node as ts.TemplateExpression).templateSpans.flatMap((s) => visit(s.expression, depth + 1, hops));
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const template = (node as ts.TaggedTemplateExpression).template;
        return ts.isTemplateExpression(template) ? visit(template, depth + 1, hops) : [];
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        return [...visit(conditional.whenTrue, depth + 1, hops), ...visit(conditional.whenFalse, depth + 1, hops)];
      }
      case ts.SyntaxKind.BinaryExpression:
        return binary(node as ts.BinaryExpression, depth, hops);
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression;
        return unary.operator === ts.SyntaxKind.PlusToken || unary.operator === ts.SyntaxKind.MinusToken
          ? visit(unary.operand, depth + 1, hops)
          : [];
      }
      default:
        return [];
    }
  };

  const binary = (node: ts.BinaryExpression, depth: number, hops: number): DataMatch[] => {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return [...visit(node.left, depth + 1, hops), ...visit(node.right, depth + 1, hops)];
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.CommaToken:
        return visit(node.right, depth + 1, hops);
      default:
        return [];
    }
  };

  /** The top of a classification with keys to ignore: an object literal, directly or through one local (not cached). */
  const withIgnoredKeys = (input: ts.Expression, ignoreKeys: ReadonlySet<string>): DataMatch[] => {
    const node = skipOuterExpressions(input);
    if (ts.isObjectLiteralExpression(node)) return objectLiteral(node, 0, 0, ignoreKeys);
    if (ts.isIdentifier(node) && dataFlow) {
      const binding = findLocalBinding(node, { crossFunctions: false });
      const source = binding?.source === undefined ? undefined : skipOuterExpressions(binding.source);
      if (binding !== undefined && binding.path.length === 0 && source !== undefined && ts.isObjectLiteralExpression(source)) {
        return [...nameMatches(node.text, undefined, node.text), ...objectLiteral(source, 1, 1, ignoreKeys)];
      }
    }
    return visit(node, 0, 0);
  };

  return (node: ts.Expression, callOptions?: ClassifyCallOptions): Classification =>
    finish(callOptions?.ignoreKeys === undefined ? visit(node, 0, 0) : withIgnoredKeys(node, callOptions.ignoreKeys));
}

function stripFlowOption(options: ExpressionClassifierOptions): ClassifierOptions | undefined {
  return options.extraNames === undefined && options.ignoreNames === undefined ? undefined : options;
}

function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  return undefined;
}

/**
 * The data an expression carries (see {@link createExpressionClassifier} for
 * what is followed). Needs a source file parsed with parent pointers. Prefer
 * one {@link createExpressionClassifier} per file when classifying many
 * expressions.
 */
export function classifyExpression(node: ts.Expression, options?: ExpressionClassifierOptions): Classification {
  return createExpressionClassifier(options)(node);
}

/** The classification of a name seen outside an expression (a storage key, a cookie name): each category with the name as term. */
export function namedClassification(term: string, categories: readonly DataCategory[]): Classification {
  return finish(categories.map((category) => ({ category, term })));
}

/** Several classifications as one (for a call with several data arguments): unique matches, categories in order. */
export function mergeClassifications(classifications: readonly Classification[]): Classification {
  return finish(classifications.flatMap((c) => c.matches));
}

/**
 * A sentence fragment naming the categories and the names that showed them:
 * `Health data (diagnosis) and government identifier (ssn)`. At most three
 * names per category.
 */
export function describeClassification(classification: Classification): string {
  const parts = classification.categories.map((category) => {
    const terms = classification.matches.filter((m) => m.category === category).map((m) => m.term);
    const shown = terms.slice(0, 3).join(', ') + (terms.length > 3 ? ', …' : '');
    return `${DATA_CATEGORY_LABELS[category]} (${shown})`;
  });
  const sentence =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
