/**
 * Request input on a parse-only AST: values a client controls. Used by the
 * injection and XSS rules to tell "built from request input" (certain) from
 * "built from something else" (often trusted code).
 *
 * Sources, by name (no types):
 * - server requests: `req`/`request` (Express, Fastify, hapi) `.body`,
 *   `.query`, `.params`, `.headers`, `.cookies`, `.signedCookies`, `.payload`,
 *   `.files`, and `req.get(…)`, `req.header(…)`, `req.param(…)`; Koa `ctx.query`,
 *   `ctx.params`, `ctx.request.body`/`.query`, `ctx.get(…)`; AWS Lambda
 *   `event.body`, `event.queryStringParameters`, `event.pathParameters`,
 *   `event.headers`;
 * - NestJS parameters decorated with `@Body()`, `@Query()`, `@Param()`,
 *   `@Headers()` (and `@Req()`/`@Request()` parameters as request objects);
 * - the browser URL: `location.search`/`.hash`/`.href`/`.pathname` (also
 *   through `window.` and `document.`), `document.URL`, `document.documentURI`,
 *   `document.referrer`, `window.name`, `URLSearchParams#get` on those,
 *   react-router `useParams()` and `useSearchParams()`, Next.js `router.query`.
 *
 * Flow: local variables (`const { q } = req.query`, `const body = req.body`)
 * in the same function; string methods that keep the value (`trim`,
 * `toLowerCase`, `String(x)`, `decodeURIComponent`); `JSON.parse` (the
 * result is structured). Any other call ends it: validation, sanitising,
 * escaping, `Number(x)`.
 */
import { ts } from './typescript.js';
import { findLocalBinding, skipOuterExpressions, type BindingStep } from './scope.js';

/** A value a client controls. */
export interface RequestInput {
  /** How messages name it: `req.query.sort`, `@Body() dto`, `location.search`. */
  readonly label: string;
  /**
   * Whether the client can make it a structured value (an object or array
   * from a JSON body or an extended query string: `?email[$ne]=`), not only a
   * string. Route parameters and headers are strings.
   */
  readonly structured: boolean;
  /** A server request or the browser's URL. */
  readonly origin: 'server' | 'browser';
}

const MAX_DEPTH = 8;

/** Request fields: structured or not. */
const SERVER_FIELDS: ReadonlyMap<string, boolean> = new Map(Object.entries({
  body: true,
  query: true,
  params: false,
  headers: false,
  cookies: false,
  signedCookies: false,
  payload: true,
  files: true,
}));
const REQUEST_NAMES = new Set(['req', 'request']);
const REQUEST_GETTERS = new Set(['get', 'header', 'param']);
const LAMBDA_FIELDS = new Set(['body', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'headers']);
const LOCATION_FIELDS = new Set(['search', 'hash', 'href', 'pathname']);
const DOCUMENT_FIELDS = new Set(['URL', 'documentURI', 'referrer', 'baseURI']);
/** NestJS parameter decorators: structured unless a DTO class or a primitive type is declared. */
const NEST_INPUT_DECORATORS = new Set(['Body', 'Query', 'Param', 'Headers']);
const NEST_REQUEST_DECORATORS = new Set(['Req', 'Request']);
/** Methods whose result is still the (string) input. */
const KEEP_METHODS = new Set([
  'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase',
  'slice', 'substring', 'substr', 'padStart', 'padEnd', 'concat', 'normalize', 'at', 'split', 'join', 'valueOf',
]);
const KEEP_FUNCTIONS = new Set(['String', 'decodeURIComponent', 'decodeURI', 'unescape']);
const PRIMITIVE_TYPES = new Set([ts.SyntaxKind.StringKeyword, ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.BooleanKeyword]);

/** A member chain's root and names: `req.body.filter` → root `req`, names `body`, `filter` (`*` for a computed key). */
interface Chain {
  readonly root: ts.Expression;
  readonly names: readonly string[];
}

function chainOf(node: ts.Expression): Chain {
  const names: string[] = [];
  let current = skipOuterExpressions(node);
  for (;;) {
    if (ts.isPropertyAccessExpression(current)) {
      names.push(current.name.text);
      current = skipOuterExpressions(current.expression);
    } else if (ts.isElementAccessExpression(current)) {
      const key = skipOuterExpressions(current.argumentExpression);
      names.push(ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key) ? key.text : '*');
      current = skipOuterExpressions(current.expression);
    } else {
      break;
    }
  }
  return { root: current, names: names.reverse() };
}

function decoratorNames(parameter: ts.ParameterDeclaration): string[] {
  const decorators = ts.canHaveDecorators(parameter) ? (ts.getDecorators(parameter) ?? []) : [];
  const names: string[] = [];
  for (const decorator of decorators) {
    const expression = decorator.expression;
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    if (ts.isIdentifier(callee)) names.push(callee.text);
  }
  return names;
}

/** A NestJS input parameter: `@Query('q') q: string`, `@Body() dto: CreateDto`. */
function nestParameter(parameter: ts.ParameterDeclaration): RequestInput | 'request' | undefined {
  const names = decoratorNames(parameter);
  if (names.length === 0) return undefined;
  if (names.some((n) => NEST_REQUEST_DECORATORS.has(n))) return 'request';
  const decorator = names.find((n) => NEST_INPUT_DECORATORS.has(n));
  if (decorator === undefined) return undefined;
  const type = parameter.type;
  // A declared DTO class or primitive is taken as validated in shape (ValidationPipe); any, unknown, object, Record or none is not.
  const typed = type !== undefined && (PRIMITIVE_TYPES.has(type.kind) || (ts.isTypeReferenceNode(type) && !(ts.isIdentifier(type.typeName) && type.typeName.text === 'Record')));
  const structured = (decorator === 'Body' || decorator === 'Query') && !typed;
  const name = ts.isIdentifier(parameter.name) ? parameter.name.text : 'param';
  return { label: `@${decorator}() ${name}`, structured, origin: 'server' };
}

/** Whether an identifier is a request object: named `req`/`request`, or a NestJS `@Req()` parameter. */
function isRequestObject(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (!ts.isIdentifier(value)) return false;
  if (REQUEST_NAMES.has(value.text)) return true;
  const binding = findLocalBinding(value, { crossFunctions: false });
  return binding !== undefined && ts.isParameter(binding.declaration) && nestParameter(binding.declaration) === 'request';
}

function isKoaContext(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  return ts.isIdentifier(value) && (value.text === 'ctx' || value.text === 'context');
}

function labelOf(chain: Chain, rootText: string, length: number): string {
  let label = rootText;
  for (let i = 0; i < length && i < chain.names.length; i++) {
    const name = chain.names[i] as string;
    label += name === '*' ? '[…]' : `.${name}`;
  }
  return label;
}

/** Whether an expression is the browser's location object. */
function isLocation(node: ts.Expression): boolean {
  const chain = chainOf(node);
  if (!ts.isIdentifier(chain.root)) return false;
  const root = chain.root.text;
  if (root === 'location' && chain.names.length === 0) return true;
  return (root === 'window' || root === 'document' || root === 'globalThis') && chain.names.length === 1 && chain.names[0] === 'location';
}

/**
 * The request input an expression is or directly carries (through local
 * variables of the same function and string methods), else undefined.
 * Templates and concatenations are not looked into: callers split them
 * first (see values.ts `stringParts`).
 */
export function requestInputOf(node: ts.Expression): RequestInput | undefined {
  return visit(node, 0);
}

function visit(input: ts.Expression, depth: number): RequestInput | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = skipOuterExpressions(input);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return member(node, depth);
  if (ts.isIdentifier(node)) return identifier(node, depth);
  if (ts.isCallExpression(node)) return call(node, depth);
  if (ts.isConditionalExpression(node)) return visit(node.whenTrue, depth + 1) ?? visit(node.whenFalse, depth + 1);
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      return visit(node.left, depth + 1) ?? visit(node.right, depth + 1);
    }
  }
  return undefined;
}

function member(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): RequestInput | undefined {
  const chain = chainOf(node);
  const first = chain.names[0];
  if (first === undefined) return undefined;
  const root = chain.root;
  // req.body…, request.query…
  if (isRequestObject(root)) {
    const structured = SERVER_FIELDS.get(first);
    if (structured === undefined) return undefined;
    return { label: labelOf(chain, (root as ts.Identifier).text, chain.names.length), structured, origin: 'server' };
  }
  if (isKoaContext(root)) {
    const rootText = (root as ts.Identifier).text;
    if (first === 'request') {
      const second = chain.names[1];
      const structured = second === undefined ? undefined : SERVER_FIELDS.get(second);
      if (structured === undefined) return undefined;
      return { label: labelOf(chain, rootText, chain.names.length), structured, origin: 'server' };
    }
    if (first === 'query' || first === 'params' || first === 'headers') {
      return { label: labelOf(chain, rootText, chain.names.length), structured: first === 'query', origin: 'server' };
    }
    return undefined;
  }
  if (ts.isIdentifier(root)) {
    const rootText = root.text;
    if (rootText === 'event' && LAMBDA_FIELDS.has(first)) {
      return { label: labelOf(chain, rootText, chain.names.length), structured: false, origin: 'server' };
    }
    // location.search, window.location.hash, document.URL, window.name
    if (rootText === 'location' && LOCATION_FIELDS.has(first)) {
      return { label: labelOf(chain, rootText, chain.names.length), structured: false, origin: 'browser' };
    }
    if ((rootText === 'window' || rootText === 'document' || rootText === 'globalThis') && first === 'location') {
      const second = chain.names[1];
      if (second !== undefined && LOCATION_FIELDS.has(second)) {
        return { label: labelOf(chain, rootText, chain.names.length), structured: false, origin: 'browser' };
      }
    }
    if (rootText === 'document' && DOCUMENT_FIELDS.has(first) && chain.names.length === 1) {
      return { label: `document.${first}`, structured: false, origin: 'browser' };
    }
    if (rootText === 'window' && first === 'name' && chain.names.length === 1) {
      return { label: 'window.name', structured: false, origin: 'browser' };
    }
    // Next.js: const router = useRouter(); router.query.x
    if (first === 'query' && isHookResult(root, 'useRouter')) {
      return { label: labelOf(chain, rootText, chain.names.length), structured: false, origin: 'browser' };
    }
  }
  // A member of an input: const body = req.body; body.filter
  const base = visitRoot(root, depth);
  if (base === undefined) return undefined;
  return { ...base, label: labelOf(chain, base.label, chain.names.length) };
}

/** The input a chain's root carries (an identifier bound to input, a call returning it). */
function visitRoot(root: ts.Expression, depth: number): RequestInput | undefined {
  if (ts.isIdentifier(root)) return identifier(root, depth);
  if (ts.isCallExpression(root)) return call(root, depth);
  return undefined;
}

/** Whether an identifier is bound to the result of a React hook (`const router = useRouter()`). */
function isHookResult(id: ts.Identifier, hook: string): boolean {
  const binding = findLocalBinding(id, { crossFunctions: true });
  if (binding === undefined || binding.source === undefined) return false;
  const source = skipOuterExpressions(binding.source);
  return ts.isCallExpression(source) && ts.isIdentifier(source.expression) && source.expression.text === hook;
}

function identifier(node: ts.Identifier, depth: number): RequestInput | undefined {
  const binding = findLocalBinding(node, { crossFunctions: false });
  if (binding === undefined) return undefined;
  const declaration = binding.declaration;
  if (ts.isParameter(declaration)) {
    const nest = nestParameter(declaration);
    return nest === 'request' ? undefined : nest;
  }
  if (binding.source === undefined) return undefined;
  const source = skipOuterExpressions(binding.source);
  // react-router: const { id } = useParams(); const [params] = useSearchParams();
  if (ts.isCallExpression(source) && ts.isIdentifier(source.expression)) {
    const hook = source.expression.text;
    if (hook === 'useParams' || hook === 'useSearchParams') return { label: `${hook}()`, structured: false, origin: 'browser' };
  }
  const base = visit(source, depth + 1);
  if (base === undefined) return undefined;
  return binding.path.length === 0 ? base : { ...base, label: pathLabel(base.label, binding.path) };
}

function pathLabel(label: string, path: readonly BindingStep[]): string {
  let out = label;
  for (const step of path) out += step.kind === 'property' ? `.${step.name}` : step.kind === 'element' ? '[…]' : '';
  return out;
}

function call(node: ts.CallExpression, depth: number): RequestInput | undefined {
  const callee = skipOuterExpressions(node.expression);
  if (ts.isIdentifier(callee)) {
    const argument = node.arguments[0];
    if (KEEP_FUNCTIONS.has(callee.text) && argument !== undefined) {
      const inner = visit(argument, depth + 1);
      return inner === undefined ? undefined : { ...inner, structured: false };
    }
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const receiver = skipOuterExpressions(callee.expression);
  // req.get('x'), req.header('x'), req.param('x'), ctx.get('x')
  if (REQUEST_GETTERS.has(method) && (isRequestObject(receiver) || (method === 'get' && isKoaContext(receiver)))) {
    return { label: `${(receiver as ts.Identifier).text}.${method}()`, structured: false, origin: 'server' };
  }
  // JSON.parse(input): structured
  if (method === 'parse' && ts.isIdentifier(receiver) && receiver.text === 'JSON') {
    const argument = node.arguments[0];
    const inner = argument === undefined ? undefined : visit(argument, depth + 1);
    return inner === undefined ? undefined : { ...inner, structured: true };
  }
  // new URLSearchParams(location.search).get('q'), searchParams.get('q'), url.searchParams.get('q')
  if (method === 'get' || method === 'getAll') {
    if (isUrlParams(receiver, depth)) return { label: `${shortText(receiver)}.${method}()`, structured: false, origin: 'browser' };
    return undefined;
  }
  if (KEEP_METHODS.has(method)) {
    const inner = visit(receiver, depth + 1);
    return inner === undefined ? undefined : { ...inner, structured: false };
  }
  return undefined;
}

function shortText(node: ts.Expression): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return `${shortText(skipOuterExpressions(node.expression))}.${node.name.text}`;
  if (ts.isNewExpression(node)) return `new ${shortText(skipOuterExpressions(node.expression))}(…)`;
  return '…';
}

/** `new URLSearchParams(<browser input>)`, a name bound to one, `useSearchParams()`, or `new URL(location.href).searchParams`. */
function isUrlParams(node: ts.Expression, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const value = skipOuterExpressions(node);
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === 'URLSearchParams') {
    const argument = value.arguments?.[0];
    return argument !== undefined && (visit(argument, depth + 1) !== undefined || isLocation(argument));
  }
  if (ts.isPropertyAccessExpression(value) && value.name.text === 'searchParams') {
    const url = skipOuterExpressions(value.expression);
    if (ts.isNewExpression(url) && ts.isIdentifier(url.expression) && url.expression.text === 'URL') {
      const argument = url.arguments?.[0];
      return argument !== undefined && visit(argument, depth + 1) !== undefined;
    }
    return ts.isIdentifier(url) && boundTo(url, (source) => isUrlOfInput(source, depth + 1));
  }
  if (ts.isIdentifier(value)) {
    return boundTo(value, (source, path) => {
      if (ts.isCallExpression(source) && ts.isIdentifier(source.expression) && source.expression.text === 'useSearchParams') return true;
      return path.length === 0 && isUrlParams(source, depth + 1);
    });
  }
  return false;
}

function isUrlOfInput(source: ts.Expression, depth: number): boolean {
  if (!ts.isNewExpression(source) || !ts.isIdentifier(source.expression) || source.expression.text !== 'URL') return false;
  const argument = source.arguments?.[0];
  return argument !== undefined && visit(argument, depth) !== undefined;
}

function boundTo(id: ts.Identifier, test: (source: ts.Expression, path: readonly BindingStep[]) => boolean): boolean {
  const binding = findLocalBinding(id, { crossFunctions: true });
  if (binding === undefined || binding.source === undefined) return false;
  return test(skipOuterExpressions(binding.source), binding.path);
}
