/**
 * EVD-CODE-029: a WebSocket opened over cleartext `ws://` to a remote host.
 *
 * Reported: `new WebSocket(url)` (browser, `ws`, `isomorphic-ws`; also a class
 * imported from `ws` under another name), `new ReconnectingWebSocket(url)`,
 * `new W3CWebSocket(url)`, `new Sockette(url)`, and socket.io `io(url)`, when
 * the URL's constant head is `ws://<host>` (see EVD-CODE-028 for how URLs are
 * read and which hosts are exempt).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { isExemptHost, urlTargetOf } from '../engine/code/urls.js';
import { calleeName } from '../engine/code/values.js';

const SOCKET_CLASSES = new Set(['WebSocket', 'ReconnectingWebSocket', 'W3CWebSocket', 'Sockette', 'WebSocketClient']);
const SOCKET_MODULES = new Set(['ws', 'isomorphic-ws', 'reconnecting-websocket', 'websocket', 'sockette']);

export const cleartextWebsocket = defineRule({
  meta: {
    id: 'EVD-CODE-029',
    slug: 'cleartext-websocket',
    title: 'WebSocket over cleartext ws://',
    description:
      'A WebSocket is opened with a `ws://` URL to a remote host (`new WebSocket(\'ws://…\')`, socket.io `io(\'ws://…\')`). ' +
      'Every message in both directions, and the cookies or tokens sent in the handshake, cross the network unencrypted.',
    severity: 'medium',
    remediation: 'Use `wss://` (WebSocket over TLS); terminate TLS at the server or its proxy.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'ePHI exchanged over an unencrypted WebSocket is not guarded against interception (164.312(e)(1)) nor encrypted in transit (164.312(e)(2)(ii)).',
      gdpr: 'Personal data in WebSocket messages travels without the encryption in transit that Art.32(1)(a) names as an appropriate measure.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket/WebSocket',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = context.sourceFile.text.includes('ws://');
    const check = (node: ts.Node, url: ts.Expression, where: string): void => {
      const target = urlTargetOf(url);
      if (target === undefined || target.scheme !== 'ws' || isExemptHost(target.host)) return;
      context.report({ node, message: `Cleartext WebSocket to ${target.host} (${where}): messages are not encrypted; use wss://` });
    };
    return {
      [ts.SyntaxKind.NewExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        const url = node.arguments?.[0];
        if (name === undefined || url === undefined) return;
        const origin = ts.isIdentifier(node.expression) ? imports.name(node.expression.text) : undefined;
        if (SOCKET_CLASSES.has(name) || (origin !== undefined && SOCKET_MODULES.has(origin.module))) check(node, url, `new ${name}()`);
      },
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const url = node.arguments[0];
        if (url !== undefined && ts.isIdentifier(node.expression) && node.expression.text === 'io') check(node, url, 'io()');
      },
    };
  },
});
