/**
 * URLs built in source code: the scheme and host of a URL expression when
 * the source fixes them (a literal, a constant, or a template/concatenation
 * whose constant head contains the whole host: `` `http://api.acme.com/${path}` ``),
 * and which hosts are local or internal. Shared by the transport rules.
 */
import { ts } from './typescript.js';
import { isLocalOrReservedHost } from './secrets.js';
import { skipOuterExpressions } from './scope.js';
import { constInitializer, stringParts } from './values.js';

/** The fixed beginning of a URL. */
export interface UrlTarget {
  /** Lower-cased scheme without `:` (`http`, `ws`, `postgres`). */
  readonly scheme: string;
  /** Lower-cased host (without port or brackets). */
  readonly host: string;
  /** The constant text the URL starts with (up to the first dynamic part). */
  readonly text: string;
  /** The string literal holding the URL when there is one (directly or through a `const`), for masking. */
  readonly literal?: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateHead;
}

const URL_HEAD = /^\s*([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^/:?#\s]*)/i;
const MAX_DEPTH = 6;

function literalOf(node: ts.Expression, depth: number): UrlTarget['literal'] {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value;
  if (ts.isTemplateExpression(value)) return value.head;
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) return literalOf(value.left, depth + 1);
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    return initializer === undefined ? undefined : literalOf(initializer, depth + 1);
  }
  return undefined;
}

/** The scheme and host of a URL expression, when its constant head contains the whole host; else undefined. */
export function urlTargetOf(node: ts.Expression): UrlTarget | undefined {
  const parts = stringParts(node);
  const head = parts[0];
  if (head === undefined || head.text === undefined) return undefined;
  const match = URL_HEAD.exec(head.text);
  if (match === null) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const rawHost = match[2] ?? '';
  // The host is complete when something follows it in the constant text, or the URL is entirely constant.
  const complete = match[0].length < head.text.length || parts.length === 1;
  if (!complete || rawHost === '') return undefined;
  const host = rawHost.replace(/^\[|\]$/g, '').toLowerCase();
  const literal = literalOf(node, 0);
  return literal === undefined ? { scheme, host, text: head.text } : { scheme, host, text: head.text, literal };
}

/**
 * Hosts where cleartext is normal or unavoidable: loopback and documentation
 * hosts, single-label names (container and Kubernetes service names, often
 * behind a mesh that adds mTLS), Kubernetes service DNS (`*.svc`,
 * `*.svc.cluster.local`), and cloud instance metadata endpoints
 * (`169.254.169.254`, `metadata.google.internal`), which only speak HTTP.
 */
export function isExemptHost(host: string): boolean {
  if (isLocalOrReservedHost(host)) return true;
  if (!host.includes('.') && !host.includes(':')) return true;
  if (host.startsWith('169.254.') || host === 'metadata.google.internal' || host === 'fd00:ec2::254') return true;
  return host.endsWith('.svc') || host.endsWith('.svc.cluster.local') || host.includes('.svc.');
}
