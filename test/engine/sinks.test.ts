// The sink catalogue: what each call, `new` or assignment sends data to.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ts } from '../../src/engine/code/typescript.js';
import { SINK_CATALOGUE, SINK_KINDS, createSinkMatcher, type SinkNode } from '../../src/engine/code/index.js';

interface Seen {
  kind: string;
  entry: string;
  callee: string;
  vendor?: string;
  category?: string;
  data: string[];
  target?: string;
  key?: string;
  query?: string;
  options?: string;
}

/** Every sink in `code`, by line: `line → what the matcher says` about the outermost sink of the line. */
function sinks(code: string, filename = 'src/a.ts'): Record<number, Seen> {
  const sourceFile = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, true, filename.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const match = createSinkMatcher(sourceFile);
  const out: Record<number, Seen> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isBinaryExpression(node)) {
      const found = match(node as SinkNode);
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      if (found !== undefined && out[line] === undefined) {
        const text = (n: ts.Node | undefined): string | undefined => n?.getText(sourceFile);
        const seen: Seen = { kind: found.kind, entry: found.entry, callee: found.callee, data: found.dataArguments.map((a) => a.getText(sourceFile)) };
        if (found.vendor !== undefined) seen.vendor = found.vendor;
        if (found.category !== undefined) seen.category = found.category;
        for (const role of ['target', 'key', 'query', 'options'] as const) {
          const value = text(found[role]);
          if (value !== undefined) seen[role] = value;
        }
        out[line] = seen;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

describe('sink catalogue: data', () => {
  test('entry ids are unique and every kind has entries', () => {
    const ids = [...SINK_CATALOGUE.receivers, ...SINK_CATALOGUE.factories, ...(SINK_CATALOGUE.properties ?? [])].map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const kind of SINK_KINDS) assert.ok(SINK_CATALOGUE.receivers.some((e) => e.kind === kind), kind);
  });

  test('every third-party entry names its vendor and category; factories name existing receivers', () => {
    for (const entry of SINK_CATALOGUE.receivers.filter((e) => e.kind === 'third-party')) {
      assert.ok(entry.vendor && entry.category, entry.id);
    }
    const receivers = new Set(SINK_CATALOGUE.receivers.map((e) => e.id));
    for (const factory of SINK_CATALOGUE.factories) if (factory.receiver !== undefined) assert.ok(receivers.has(factory.receiver), factory.id);
  });
});

describe('sink catalogue: matching', () => {
  test('HTTP clients: globals, imports under other names, factory instances, argument roles', () => {
    const code = [
      "import ax from 'axios';", // 1
      "import { request } from 'undici';",
      'const api = ax.create({ baseURL });',
      'fetch(url, { body });', // 4
      'window.fetch(url);',
      "api.post('/x', patient);",
      'ax({ url });',
      "request('https://api.stripe.com/v1/charges', { body });", // 8
      'superagent.get(url).query({ q });',
      "$.get('/x', data);",
      'map.get(url);', // 11
    ].join('\n');
    assert.deepEqual(sinks(code), {
      4: { kind: 'http-client', entry: 'fetch', callee: 'fetch', data: ['url', '{ body }'], target: 'url' },
      5: { kind: 'http-client', entry: 'fetch', callee: 'window.fetch', data: ['url'], target: 'url' },
      6: { kind: 'http-client', entry: 'axios', callee: 'api.post', data: ["'/x'", 'patient'], target: "'/x'" },
      7: { kind: 'http-client', entry: 'axios', callee: 'ax', data: ['{ url }'], target: '{ url }' },
      8: {
        kind: 'http-client',
        entry: 'undici',
        callee: 'request',
        vendor: 'Stripe',
        category: 'payments',
        data: ["'https://api.stripe.com/v1/charges'", '{ body }'],
        target: "'https://api.stripe.com/v1/charges'",
      },
      9: { kind: 'http-client', entry: 'superagent', callee: 'superagent.get(url).query', data: ['{ q }'], query: '{ q }' },
      10: { kind: 'http-client', entry: 'jquery-ajax', callee: '$.get', data: ["'/x'", 'data'], target: "'/x'", query: 'data' },
    });
  });

  test('third parties: vendor and category; require, named imports, factories and method paths', () => {
    const code = [
      "const Sentry = require('@sentry/node');", // 1
      "import { captureException } from '@sentry/react';",
      "import OpenAI from 'openai';",
      'const ai = new OpenAI();',
      "const sms = require('twilio')(sid, token);", // 5
      'const model = genAI.getGenerativeModel({ model });',
      'Sentry.setUser(user);', // 7
      'captureException(err);',
      'ai.chat.completions.create(request);',
      'sms.messages.create(message);', // 10
      'model.generateContent(prompt);',
      "gtag('event', 'x', params);",
      'client.messages.create(message);', // 13: unknown client
    ].join('\n');
    assert.deepEqual(sinks(code), {
      7: { kind: 'third-party', entry: 'sentry', callee: 'Sentry.setUser', vendor: 'Sentry', category: 'error-tracking', data: ['user'] },
      8: { kind: 'third-party', entry: 'sentry', callee: 'captureException', vendor: 'Sentry', category: 'error-tracking', data: ['err'] },
      9: { kind: 'third-party', entry: 'openai', callee: 'ai.chat.completions.create', vendor: 'OpenAI', category: 'llm', data: ['request'] },
      10: { kind: 'third-party', entry: 'twilio', callee: 'sms.messages.create', vendor: 'Twilio', category: 'messaging', data: ['message'] },
      11: { kind: 'third-party', entry: 'gemini-model', callee: 'model.generateContent', vendor: 'Google Gemini', category: 'llm', data: ['prompt'] },
      12: { kind: 'third-party', entry: 'google-analytics', callee: 'gtag', vendor: 'Google Analytics', category: 'analytics', data: ["'event'", "'x'", 'params'] },
    });
  });

  test('browser storage, URLs, responses and files; assignments and fluent calls', () => {
    const code = [
      "localStorage.setItem('k', v);", // 1
      'sessionStorage.token = t;',
      'document.cookie = c;',
      "res.status(201).cookie('sid', s, opts);",
      "const store = tx.objectStore('p');", // 5
      'store.put(record);',
      'new URL(path, base);',
      "url.searchParams.set('q', v);",
      'res.redirect(301, target);', // 9
      'location.href = target;',
      'res.status(500).json(body);',
      'ctx.body = body;',
      "fs.writeFileSync('a.csv', csv);", // 13
      "const out = fs.createWriteStream('b');",
      'out.write(line);',
      'this.count = 1;', // 16: not a sink
    ].join('\n');
    assert.deepEqual(sinks(code), {
      1: { kind: 'browser-storage', entry: 'web-storage', callee: 'localStorage.setItem', data: ['v'], key: "'k'" },
      2: { kind: 'browser-storage', entry: 'web-storage-property', callee: 'sessionStorage.token', data: ['t'], key: 'token' },
      3: { kind: 'browser-storage', entry: 'document-cookie', callee: 'document.cookie', data: ['c'] },
      4: { kind: 'browser-storage', entry: 'express-cookie', callee: 'res.status(201).cookie', data: ['s'], key: "'sid'", options: 'opts' },
      6: { kind: 'browser-storage', entry: 'indexeddb', callee: 'store.put', data: ['record'] },
      7: { kind: 'url', entry: 'url-constructor', callee: 'URL', data: ['path'], target: 'path' },
      8: { kind: 'url', entry: 'search-params', callee: 'url.searchParams.set', data: ['v'], key: "'q'" },
      9: { kind: 'url', entry: 'express-redirect', callee: 'res.redirect', data: ['target'], target: 'target' },
      10: { kind: 'url', entry: 'location-property', callee: 'location.href', data: ['target'] },
      11: { kind: 'response', entry: 'express-response', callee: 'res.status(500).json', data: ['body'] },
      12: { kind: 'response', entry: 'koa-body', callee: 'ctx.body', data: ['body'] },
      13: { kind: 'file', entry: 'fs', callee: 'fs.writeFileSync', data: ['csv'], target: "'a.csv'" },
      15: { kind: 'file', entry: 'fs-write-stream', callee: 'out.write', data: ['line'] },
    });
  });

  test('loggers keep their behaviour (names, factories, child loggers, debug functions)', () => {
    const code = ["const log = pino();", 'const audit = log.child({});', "const dbg = require('debug')('app');", 'audit.info(x);', 'dbg(y);', 'console.table(z);'].join('\n');
    assert.deepEqual(sinks(code), {
      4: { kind: 'logger', entry: 'logger-factory', callee: 'audit.info', data: ['x'] },
      5: { kind: 'logger', entry: 'debug-factory', callee: 'dbg', data: ['y'] },
      6: { kind: 'logger', entry: 'console', callee: 'console.table', data: ['z'] },
    });
  });

  test('factory pre-filter: bare factory calls across white space, after another name, and names only in comments or strings', () => {
    // `pino (` and `createDebug\n(` are bare calls; `myPino(` and `logger.debug(` are not; the comment
    // and the string mention factories without calling them, so nothing here is bound to a factory but
    // the first two. The pre-filter reads the parser's names first (sinks.ts, mayCallFactory).
    const code = [
      "import pino from 'pino';",
      "import createDebug from 'debug';",
      'const out = pino ({});',
      "const dbg = createDebug\n('app');",
      'out.info(a);',
      'dbg(b);',
      '// const other = axios.create(); other.post(url, c);',
      "const text = 'winston.createLogger(';",
    ].join('\n');
    assert.deepEqual(sinks(code), {
      6: { kind: 'logger', entry: 'logger-factory', callee: 'out.info', data: ['a'] },
      7: { kind: 'logger', entry: 'debug-factory', callee: 'dbg', data: ['b'] },
    });
    const notBare = ['const out = myPino();', 'const dbg = logger.debug(x);', 'out.info(a);', 'dbg(b);'].join('\n');
    assert.deepEqual(sinks(notBare), { 2: { kind: 'logger', entry: 'named-logger', callee: 'logger.debug', data: ['x'] } });
  });

  test('a parameter shadows an import of the same name', () => {
    const code = "import axios from 'axios';\nfunction f(axios2, fetchLike) {\n  fetchLike(url);\n}";
    assert.deepEqual(sinks(code), {});
  });
});
