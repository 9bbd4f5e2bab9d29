/**
 * EVD-CODE-031: TLS allowed below version 1.2, or weak cipher suites.
 *
 * Reported, for constant values:
 * - `minVersion: 'TLSv1' | 'TLSv1.1' | 'SSLv3'` and `maxVersion` set that low
 *   (Node `tls`/`https` options, `tls.createSecureContext`, agents);
 * - `secureProtocol: 'TLSv1_method' | 'TLSv1_1_method' | 'SSLv3_method' |
 *   'TLSv1_client_method' | …` (a method pinned to an old version);
 * - `tls.DEFAULT_MIN_VERSION = 'TLSv1' | 'TLSv1.1'`;
 * - `ciphers: '…'` that enables (does not exclude with `!` or `-`) NULL,
 *   anonymous (aNULL, ADH, AECDH), EXPORT, RC4, DES/3DES or MD5 suites.
 * `secureProtocol: 'TLS_method'` / `'SSLv23_method'` negotiate the best
 * version and are not reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { constantString, propertyNameOf } from '../engine/code/values.js';

const OLD_VERSIONS = new Set(['tlsv1', 'tlsv1.0', 'tlsv1.1', 'sslv3', 'sslv2']);
const OLD_METHOD = /^(?:TLSv1|TLSv1_1|SSLv3|SSLv2)_(?:client_|server_)?method$/;
const WEAK_SUITE = /(?:^|[-+_])(?:NULL|eNULL|aNULL|ADH|AECDH|EXPORT|EXP|RC4|DES|3DES|DES-CBC3|MD5)(?:$|[-+_])/i;

/** The weak suites a cipher string enables, or an empty list. */
export function weakSuites(ciphers: string): string[] {
  const weak: string[] = [];
  for (const raw of ciphers.split(/[:,\s]+/)) {
    const token = raw.trim();
    if (token === '' || token.startsWith('!') || token.startsWith('-') || token.startsWith('@')) continue;
    const name = token.startsWith('+') ? token.slice(1) : token;
    if (WEAK_SUITE.test(name)) weak.push(name);
  }
  return weak;
}

/** Why a TLS option's constant value is weak, or undefined. */
function weakness(key: string, value: ts.Expression): string | undefined {
  const text = constantString(value);
  if (text === undefined) return undefined;
  switch (key) {
    case 'minVersion':
    case 'maxVersion':
    case 'DEFAULT_MIN_VERSION':
    case 'DEFAULT_MAX_VERSION':
      return OLD_VERSIONS.has(text.toLowerCase()) ? `${key} '${text}' allows a protocol version below TLS 1.2` : undefined;
    case 'secureProtocol':
      return OLD_METHOD.test(text) ? `secureProtocol '${text}' pins a protocol version below TLS 1.2` : undefined;
    case 'ciphers': {
      const weak = weakSuites(text);
      return weak.length > 0 ? `ciphers enable weak suites (${weak.slice(0, 3).join(', ')}${weak.length > 3 ? ', …' : ''})` : undefined;
    }
    default:
      return undefined;
  }
}

const KEYS = new Set(['minVersion', 'maxVersion', 'secureProtocol', 'ciphers']);

export const weakTlsProtocol = defineRule({
  meta: {
    id: 'EVD-CODE-031',
    slug: 'weak-tls-protocol',
    title: 'TLS below version 1.2 or weak cipher suites',
    description:
      "TLS options allow protocol versions below TLS 1.2 (`minVersion: 'TLSv1'`, `secureProtocol: 'TLSv1_method'`, " +
      "`tls.DEFAULT_MIN_VERSION = 'TLSv1.1'`) or enable weak cipher suites (NULL, anonymous, EXPORT, RC4, DES, 3DES, " +
      'MD5). TLS 1.0 and 1.1 are deprecated (RFC 8996) and the weak suites can be broken or downgraded to.',
    severity: 'medium',
    remediation:
      "Leave Node's defaults (TLS 1.2 minimum and a strong suite list) or set `minVersion: 'TLSv1.2'` (better 'TLSv1.3'); " +
      'remove custom `ciphers` strings, or exclude weak suites explicitly.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'Deprecated TLS versions and weak suites do not provide the transmission security and encryption in transit that 164.312(e)(1) and 164.312(e)(2)(ii) ask for (NIST SP 800-52r2 requires TLS 1.2 or later).',
      gdpr: 'Encryption in transit with deprecated protocols is not state of the art, as Art.32(1)(a) requires.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/326.html',
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://www.rfc-editor.org/rfc/rfc8996',
      'https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions',
    ],
  },
  create(context) {
    return {
      [ts.SyntaxKind.PropertyAssignment](node) {
        const key = propertyNameOf(node.name);
        if (key === undefined || !KEYS.has(key)) return;
        const reason = weakness(key, node.initializer);
        if (reason !== undefined) context.report({ node, message: `Weak TLS configuration: ${reason}` });
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target)) return;
        const key = target.name.text;
        if (key !== 'DEFAULT_MIN_VERSION' && key !== 'DEFAULT_MAX_VERSION') return;
        const reason = weakness(key, node.right);
        if (reason !== undefined) context.report({ node, message: `Weak TLS configuration: tls.${reason}` });
      },
    };
  },
});
