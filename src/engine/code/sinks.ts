/**
 * The sink catalogue: calls through which data leaves the program's control
 * (written to a log today; HTTP clients, third-party SDKs, browser storage,
 * responses and files are further {@link SinkKind}s of the same catalogue).
 *
 * Matching is by name on the parse-only AST (no types):
 * - a *receiver entry* matches `receiver.method(…)` when the receiver's last
 *   segment matches one of its patterns (`logger` matches `logger`,
 *   `this.logger` and `ctx.logger`; `*Logger` matches any name whose last word
 *   is `logger`: `auditLogger`, `AUDIT_LOGGER`) and the method is listed;
 * - a *factory entry* marks variables initialised from a call
 *   (`const audit = winston.createLogger(…)`, `const dbg = debug('app')`): the
 *   variable is then a receiver (`audit.info(…)`) or itself a sink function
 *   (`dbg(…)`). Variables are resolved lexically, in any enclosing scope.
 */
import { ts } from 'ts-morph';
import { tokenizeName } from './data-classifier.js';
import { findLocalBinding, memberPath, skipOuterExpressions } from './scope.js';

/** What kind of place a sink sends data to. Issue #4 adds `http-client`, `third-party`, `browser-storage`, `response`, `file`. */
export type SinkKind = 'logger';

/** `receiver.method(…)` calls. */
export interface ReceiverSinkEntry {
  readonly kind: SinkKind;
  /** Stable id of the entry, for tests and future configuration. */
  readonly id: string;
  /** Patterns of the receiver's last segment: a name, or `*Suffix` for "last word is `suffix`". */
  readonly receivers: readonly string[];
  readonly methods: readonly string[];
}

/** Calls that create a sink; variables initialised from them are sinks. */
export interface FactorySinkEntry {
  readonly kind: SinkKind;
  readonly id: string;
  /**
   * Callee paths (`winston.createLogger`, `pino`), `require(<module>)` forms
   * (`require('pino')` called directly), or `*.method` for a method of an
   * existing sink of the same kind (`logger.child(…)`).
   */
  readonly callees: readonly string[];
  /** `receiver`: the result has sink methods (`audit.info`); `function`: the result is called (`dbg(…)`). */
  readonly produces: 'receiver' | 'function';
  /** Methods of a produced receiver; defaults to the kind's receiver methods. */
  readonly methods?: readonly string[];
}

/** The catalogue: data, not scattered conditionals. */
export interface SinkCatalogue {
  readonly receivers: readonly ReceiverSinkEntry[];
  readonly factories: readonly FactorySinkEntry[];
}

const LOGGER_METHODS = [
  'log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http',
] as const;

/** Every sink Evident knows. */
export const SINK_CATALOGUE: SinkCatalogue = {
  receivers: [
    {
      kind: 'logger',
      id: 'console',
      receivers: ['console'],
      methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'],
    },
    {
      kind: 'logger',
      id: 'named-logger',
      // `log` also covers `req.log`, `fastify.log`, `this.log`; `logger` covers `this.logger`.
      receivers: ['log', 'logger', '*Logger', 'winston', 'pino', 'bunyan'],
      methods: LOGGER_METHODS,
    },
  ],
  factories: [
    {
      kind: 'logger',
      id: 'logger-factory',
      callees: ['winston.createLogger', 'bunyan.createLogger', 'createLogger', 'pino', "require('pino')", 'log4js.getLogger', '*.child'],
      produces: 'receiver',
    },
    {
      kind: 'logger',
      id: 'debug-factory',
      callees: ['debug', 'createDebug', "require('debug')"],
      produces: 'function',
    },
  ],
};

/** A call recognised as a sink. */
export interface SinkMatch {
  readonly kind: SinkKind;
  /** The catalogue entry's id. */
  readonly entry: string;
  /** How messages name the sink: the callee's source text, whitespace collapsed (`logger.info`, `this.logger.warn`). */
  readonly callee: string;
  /** The arguments that carry data to the sink. */
  readonly dataArguments: readonly ts.Expression[];
}

interface CompiledReceivers {
  readonly entry: ReceiverSinkEntry;
  readonly exact: ReadonlySet<string>;
  readonly suffixWords: ReadonlySet<string>;
  readonly methods: ReadonlySet<string>;
}

interface CompiledCatalogue {
  readonly receivers: readonly CompiledReceivers[];
  readonly methodNames: ReadonlySet<string>;
  readonly factories: readonly FactorySinkEntry[];
  /** Matches the text of a file that may call a factory (cheap pre-filter before any scope look-up). */
  readonly factoryHint: RegExp;
}

function compile(catalogue: SinkCatalogue): CompiledCatalogue {
  const receivers = catalogue.receivers.map((entry) => {
    const exact = new Set<string>();
    const suffixWords = new Set<string>();
    for (const pattern of entry.receivers) {
      if (pattern.startsWith('*')) suffixWords.add(tokenizeName(pattern.slice(1)).join(' '));
      else exact.add(pattern);
    }
    return { entry, exact, suffixWords, methods: new Set(entry.methods) };
  });
  const methodNames = new Set(receivers.flatMap((r) => [...r.methods]));
  const hints = new Set<string>();
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const factory of catalogue.factories) {
    for (const callee of factory.callees) {
      if (callee.startsWith('require(')) {
        hints.add(`require\\(\\s*['"\`]${escape(callee.slice(9, -2))}['"\`]`);
      } else if (callee.includes('.')) {
        hints.add(`\\.\\s*${escape(callee.slice(callee.lastIndexOf('.') + 1))}\\s*\\(`);
      } else {
        // a bare factory name called, not a method of the same name (`debug(` but not `logger.debug(`)
        hints.add(`(?<![.\\w$])${escape(callee)}\\s*\\(`);
      }
    }
  }
  return { receivers, methodNames, factories: catalogue.factories, factoryHint: new RegExp([...hints].join('|')) };
}

const COMPILED = compile(SINK_CATALOGUE);

function receiverMatches(compiled: CompiledReceivers, lastSegment: string): boolean {
  if (compiled.exact.has(lastSegment)) return true;
  if (compiled.suffixWords.size === 0) return false;
  const words = tokenizeName(lastSegment);
  const last = words[words.length - 1];
  return last !== undefined && compiled.suffixWords.has(last);
}

/** Per-file sink matcher: caches which local names are produced by factories. */
export type SinkMatcher = (call: ts.CallExpression) => SinkMatch | undefined;

function collapse(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').replace(/\s*\.\s*/g, '.').replace(/\?\.\s*/g, '?.');
  return collapsed.length > 80 ? `${collapsed.slice(0, 79)}…` : collapsed;
}

/**
 * Creates a sink matcher for one source file. Keep one per file and drop it
 * with the file: it caches look-ups of factory-produced variables.
 */
export function createSinkMatcher(sourceFile: ts.SourceFile): SinkMatcher {
  const text = sourceFile.text;
  let mayHaveFactories: boolean | undefined;
  const hasFactories = (): boolean => {
    mayHaveFactories ??= COMPILED.factoryHint.test(text);
    return mayHaveFactories;
  };
  const produced = new Map<ts.Node, { kind: SinkKind; id: string; produces: 'receiver' | 'function'; methods: ReadonlySet<string> } | null>();

  /** Which sink an expression evaluates to, when it is a factory call. */
  const factoryOf = (
    expression: ts.Expression,
    depth: number,
  ): { kind: SinkKind; id: string; produces: 'receiver' | 'function'; methods: ReadonlySet<string> } | undefined => {
    const call = skipOuterExpressions(expression);
    if (!ts.isCallExpression(call) || depth > 4) return undefined;
    const callee = skipOuterExpressions(call.expression);
    let path: string | undefined;
    if (ts.isCallExpression(callee)) {
      const inner = skipOuterExpressions(callee.expression);
      const argument = callee.arguments[0];
      if (ts.isIdentifier(inner) && inner.text === 'require' && argument !== undefined && ts.isStringLiteral(argument)) {
        path = `require('${argument.text}')`;
      }
    } else {
      path = memberPath(callee)?.join('.');
    }
    for (const factory of COMPILED.factories) {
      const methods = new Set(factory.methods ?? COMPILED.methodNames);
      for (const pattern of factory.callees) {
        if (pattern.startsWith('*.')) {
          if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== pattern.slice(2)) continue;
          const receiver = resolveReceiver(callee.expression, depth + 1);
          if (receiver !== undefined && receiver.kind === factory.kind) {
            return { kind: factory.kind, id: factory.id, produces: factory.produces, methods };
          }
        } else if (path === pattern) {
          return { kind: factory.kind, id: factory.id, produces: factory.produces, methods };
        }
      }
    }
    return undefined;
  };

  /** A local name initialised from a factory, resolved lexically (any enclosing scope). */
  const producedBy = (
    name: ts.Identifier,
    depth: number,
  ): { kind: SinkKind; id: string; produces: 'receiver' | 'function'; methods: ReadonlySet<string> } | undefined => {
    if (!hasFactories()) return undefined;
    const binding = findLocalBinding(name, { crossFunctions: true });
    if (binding === undefined || binding.source === undefined || binding.path.length > 0) return undefined;
    const cached = produced.get(binding.declaration);
    if (cached !== undefined) return cached ?? undefined;
    const result = factoryOf(binding.source, depth);
    produced.set(binding.declaration, result ?? null);
    return result;
  };

  /** The receiver entry (or produced receiver) an expression is, if any. */
  const resolveReceiver = (
    receiver: ts.Expression,
    depth: number,
  ): { kind: SinkKind; id: string; methods: ReadonlySet<string> } | undefined => {
    const path = memberPath(receiver);
    const last = path?.[path.length - 1];
    if (last !== undefined) {
      for (const compiled of COMPILED.receivers) {
        if (receiverMatches(compiled, last)) return { kind: compiled.entry.kind, id: compiled.entry.id, methods: compiled.methods };
      }
    }
    const inner = skipOuterExpressions(receiver);
    if (ts.isIdentifier(inner)) {
      const factory = producedBy(inner, depth);
      if (factory !== undefined && factory.produces === 'receiver') return factory;
    } else if (ts.isCallExpression(inner) && hasFactories()) {
      const factory = factoryOf(inner, depth);
      if (factory !== undefined && factory.produces === 'receiver') return factory;
    }
    return undefined;
  };

  return (call: ts.CallExpression): SinkMatch | undefined => {
    const callee = skipOuterExpressions(call.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (!COMPILED.methodNames.has(method)) return undefined;
      const receiver = resolveReceiver(callee.expression, 0);
      if (receiver === undefined || !receiver.methods.has(method)) return undefined;
      return { kind: receiver.kind, entry: receiver.id, callee: collapse(callee.getText(sourceFile)), dataArguments: call.arguments };
    }
    if (ts.isIdentifier(callee)) {
      const factory = producedBy(callee, 0);
      if (factory === undefined || factory.produces !== 'function') return undefined;
      return { kind: factory.kind, entry: factory.id, callee: callee.text, dataArguments: call.arguments };
    }
    if (ts.isCallExpression(callee) && hasFactories()) {
      // `require('debug')('app')(…)`, `debug('app')(…)`
      const factory = factoryOf(callee, 0);
      if (factory === undefined || factory.produces !== 'function') return undefined;
      return { kind: factory.kind, entry: factory.id, callee: collapse(callee.getText(sourceFile)), dataArguments: call.arguments };
    }
    return undefined;
  };
}
