/**
 * Trigger kinds of a Rego check, derived from its code at bundle build time.
 *
 * A check is *triggered by* a set of resource types when it can only report
 * something on a document that has a resource of one of those types: every
 * definition of its `deny` rule iterates, at the top level of its body, over
 * the resources of literal types (`some r in cfn.resources("AWS::S3::Bucket")`,
 * `tf.resources_of({"aws_lb", "aws_alb"})`), directly or through a rule or
 * function (of the check or of a library) whose every definition does. When
 * none of those types is in a document, the deny set is empty, and the
 * entrypoint (policies/main/main.rego) skips the check there without
 * evaluating it: the fixed cost of a check that finds nothing, a look-up per
 * `resources(…)` call, is most of the evaluation of small CloudFormation
 * templates (README Performance).
 *
 * The analysis is deliberately narrow and sound: anything it does not
 * recognise (a `default` or `else`, a generator under `not`, `every` or
 * inside a value that is not a comprehension, a check reading parameters or
 * providers) gives no triggers, and the check is evaluated on every document
 * of its input type, as before. test/engine/triggers.test.ts compares gated
 * and ungated evaluation on every Terraform and CloudFormation example and
 * test project.
 *
 * Input: modules as printed by `opa parse --format json` (rules with `head`,
 * `body`, `default`, `else`; terms as `{type, value}`).
 */

/** A term of opa's JSON AST. */
interface Term {
  type: string;
  value: unknown;
}

interface Expr {
  negated?: boolean;
  terms: Term[] | Term | { symbols: Term[] };
  with?: unknown[];
}

interface Rule {
  head: { name?: string; ref?: Term[]; args?: Term[]; key?: Term; value?: Term };
  body: Expr[];
  default?: boolean;
  else?: Rule;
}

/** A module as `opa parse --format json` prints it. */
export interface ParsedModule {
  package: { path: Term[] };
  imports?: Array<{ path: Term; alias?: string }>;
  rules?: Rule[];
}

/** Functions that return the resources of literal types: `<library package>.<function>`. */
const RESOURCE_FUNCTIONS = new Set([
  'data.evident.lib.terraform.resources',
  'data.evident.lib.terraform.resources_of',
  'data.evident.lib.cloudformation.resources',
  'data.evident.lib.cloudformation.resources_of',
]);

/** Input types whose checks are gated by trigger kinds (their documents' resources have a `type`). */
export const GATED_INPUT_TYPES: ReadonlySet<string> = new Set(['terraform', 'cloudformation']);

type Guard = ReadonlySet<string> | undefined;

function refPath(term: Term): string[] | undefined {
  if (term.type !== 'ref' || !Array.isArray(term.value)) return undefined;
  const parts: string[] = [];
  for (const [i, part] of (term.value as Term[]).entries()) {
    if (i === 0 ? part.type !== 'var' : part.type !== 'string') return undefined;
    parts.push(String(part.value));
  }
  return parts;
}

function packageName(module: ParsedModule): string {
  return (refPath({ type: 'ref', value: module.package.path }) ?? []).join('.');
}

function literalStrings(term: Term): string[] | undefined {
  if (term.type === 'string') return [String(term.value)];
  if ((term.type === 'array' || term.type === 'set') && Array.isArray(term.value)) {
    const out: string[] = [];
    for (const item of term.value as Term[]) {
      if (item.type !== 'string') return undefined;
      out.push(String(item.value));
    }
    return out;
  }
  return undefined;
}

/** The keys of a literal object, when they are all strings. */
function objectKeys(term: Term): string[] | undefined {
  const out: string[] = [];
  for (const pair of term.value as Array<[Term, Term]>) {
    if (pair[0].type !== 'string') return undefined;
    out.push(String(pair[0].value));
  }
  return out;
}

/** `input.resources`. */
function isInputResources(term: Term): boolean {
  const path = refPath(term);
  return path !== undefined && path.length === 2 && path[0] === 'input' && path[1] === 'resources';
}

/** `x.type == "T"` (either side) among the expressions: {T}; a generator over input.resources with it is guarded by T. */
function typeTest(body: readonly Expr[], element: string): Guard {
  for (const expr of body) {
    const terms = expr.terms;
    if (!Array.isArray(terms) || terms.length !== 3 || refPath(terms[0]!)?.join('.') !== 'equal') continue;
    for (const [left, right] of [[terms[1]!, terms[2]!], [terms[2]!, terms[1]!]] as const) {
      const path = refPath(left);
      if (path !== undefined && path.length === 2 && path[0] === element && path[1] === 'type' && right.type === 'string') return new Set([String(right.value)]);
    }
  }
  return undefined;
}

/** Derives trigger kinds for the checks of a set of modules (checks and the libraries they use). */
export class TriggerAnalysis {
  /** Rule definitions by full name (`data.<package>.<rule>`), with the module they are in. */
  readonly #rules = new Map<string, Array<{ rule: Rule; module: ParsedModule }>>();
  readonly #aliases = new Map<ParsedModule, Map<string, string>>();
  readonly #memo = new Map<string, Guard>();
  readonly #active = new Set<string>();

  constructor(modules: readonly ParsedModule[]) {
    for (const module of modules) {
      const pkg = packageName(module);
      const aliases = new Map<string, string>();
      for (const imported of module.imports ?? []) {
        const path = refPath(imported.path);
        if (path === undefined) continue;
        aliases.set(imported.alias ?? path[path.length - 1]!, path.join('.'));
      }
      this.#aliases.set(module, aliases);
      for (const rule of module.rules ?? []) {
        const name = rule.head.name ?? (rule.head.ref !== undefined && rule.head.ref.length === 1 ? String(rule.head.ref[0]!.value) : undefined);
        if (name === undefined) continue;
        const full = `${pkg}.${name}`;
        const list = this.#rules.get(full) ?? [];
        list.push({ rule, module });
        this.#rules.set(full, list);
      }
    }
  }

  /**
   * The resource types that trigger the check of package `pkg` (e.g.
   * `data.evident.checks.cloudformation.kms_key_rotation_disabled`), sorted;
   * undefined when its code does not show that it reports only on them.
   */
  triggersOf(pkg: string): string[] | undefined {
    const guard = this.#ruleGuard(`${pkg}.deny`);
    return guard === undefined ? undefined : [...guard].sort();
  }

  /** The full name a ref in `module` stands for, when it names a rule or an imported package's rule. */
  #resolve(module: ParsedModule, path: readonly string[]): string | undefined {
    const [head, ...rest] = path;
    if (head === undefined) return undefined;
    const imported = this.#aliases.get(module)?.get(head);
    if (imported !== undefined) return [imported, ...rest].join('.');
    if (rest.length === 0) return `${packageName(module)}.${head}`;
    return undefined;
  }

  /** A guard common to every definition of a rule or function; undefined if any definition has none. */
  #ruleGuard(full: string): Guard {
    if (this.#memo.has(full)) return this.#memo.get(full);
    const definitions = this.#rules.get(full);
    if (definitions === undefined || this.#active.has(full)) return undefined;
    this.#active.add(full);
    let union: Set<string> | undefined = new Set();
    for (const { rule, module } of definitions) {
      const guard = this.#definitionGuard(rule, module);
      if (guard === undefined) {
        union = undefined;
        break;
      }
      for (const kind of guard) union.add(kind);
    }
    this.#active.delete(full);
    this.#memo.set(full, union);
    return union;
  }

  /** When one definition of a rule can give a non-empty collection (or a set member) only if one of the kinds is present. */
  #definitionGuard(rule: Rule, module: ParsedModule): Guard {
    if (rule.default === true || rule.else !== undefined) return undefined;
    // A comprehension value: empty unless its own body can succeed.
    const value = rule.head.key === undefined ? rule.head.value : undefined;
    if (value !== undefined && /comprehension$|^call$|^ref$/.test(value.type)) {
      // A comprehension, or another collection (`xs := cfn.resources_of([…])`): the rule's value is that collection.
      const inner = this.#collectionGuard(value, module);
      if (inner !== undefined) return inner;
    }
    return this.#bodyGuard(rule.body, module);
  }

  /** The guard of the first top-level generator of a body over guarded resources. */
  #bodyGuard(body: readonly Expr[], module: ParsedModule): Guard {
    // Variables the body binds: `x := E` (E kept: a generator over x is one over E), and any other binding.
    const assigned = new Map<string, Term | undefined>();
    const generated = new Map<string, { collection: Term; key: boolean }>();
    const positive = body.filter((expr) => expr.negated !== true && (expr.with === undefined || expr.with.length === 0));
    for (const expr of positive) {
      const terms = expr.terms;
      if (Array.isArray(terms)) {
        const operator = terms[0] === undefined ? undefined : refPath(terms[0])?.join('.');
        const target = terms[1];
        if ((operator === 'assign' || operator === 'eq' || operator === 'unify') && target?.type === 'var') {
          assigned.set(String(target.value), assigned.has(String(target.value)) ? undefined : terms[2]);
        }
      } else if ('symbols' in terms) {
        for (const symbol of terms.symbols) {
          const args = symbol.type === 'call' ? (symbol.value as Term[]).slice(1) : [symbol];
          const collection = symbol.type === 'call' ? args.pop() : undefined;
          for (const [i, arg] of args.entries()) {
            if (arg.type !== 'var') continue;
            const name = String(arg.value);
            // `some x in C`: x is an element of C; `some k, v in C`: k a key, v an element.
            const seen = assigned.has(name) || generated.has(name);
            assigned.set(name, undefined);
            if (!seen && collection !== undefined) generated.set(name, { collection, key: args.length === 2 && i === 0 });
            else generated.delete(name);
          }
        }
      }
    }
    const bound = (term: Term): string[] | undefined => this.#literals(term, module, assigned, generated);
    for (const expr of positive) {
      const terms = expr.terms;
      if (Array.isArray(terms) || !('symbols' in terms)) continue;
      for (const symbol of terms.symbols) {
        // `some x in E` / `some k, v in E`: a call of internal.member_2 / member_3 whose last argument is E.
        if (symbol.type !== 'call' || !Array.isArray(symbol.value)) continue;
        const [operator, ...args] = symbol.value as Term[];
        const name = operator === undefined ? undefined : refPath(operator)?.join('.');
        if (name !== 'internal.member_2' && name !== 'internal.member_3') continue;
        let collection: Term | undefined = args[args.length - 1];
        if (collection?.type === 'var' && assigned.has(String(collection.value))) collection = assigned.get(String(collection.value));
        if (collection === undefined) continue;
        const element = args[args.length - 2];
        const guard = isInputResources(collection) && element?.type === 'var' ? typeTest(positive, String(element.value)) : this.#collectionGuard(collection, module, bound);
        if (guard !== undefined) return guard;
      }
    }
    return undefined;
  }

  /**
   * The strings `term` can only be, when they are literal: a string, a var
   * bound in the body by `some t in C` (the strings of C) or `some t, _ in O`
   * (the keys of O) or `t := "…"`, or a rule whose single definition is a
   * literal (`server_types := ["…", …]`).
   */
  #literals(term: Term, module: ParsedModule, assigned: ReadonlyMap<string, Term | undefined>, generated: ReadonlyMap<string, { collection: Term; key: boolean }>, depth = 0): string[] | undefined {
    if (depth > 4) return undefined;
    const direct = literalStrings(term);
    if (direct !== undefined) return term.type === 'string' ? direct : undefined;
    if (term.type !== 'var') return undefined;
    const name = String(term.value);
    const from = generated.get(name);
    if (from !== undefined) {
      const collection = this.#literalValue(from.collection, module);
      if (collection === undefined) return undefined;
      if (from.key) return collection.type === 'object' ? objectKeys(collection) : undefined;
      return collection.type === 'array' || collection.type === 'set' ? literalStrings(collection) : undefined;
    }
    if (assigned.has(name)) {
      const value = assigned.get(name);
      return value === undefined ? undefined : this.#literals(value, module, new Map(), new Map(), depth + 1);
    }
    const value = this.#literalValue(term, module);
    return value?.type === 'string' ? [String(value.value)] : undefined;
  }

  /** A literal term itself, or the literal value of the single, unconditional definition of the rule it names. */
  #literalValue(term: Term, module: ParsedModule): Term | undefined {
    if (term.type !== 'var') return term.type === 'ref' ? undefined : term;
    const definitions = this.#rules.get(`${packageName(module)}.${String(term.value)}`);
    if (definitions === undefined || definitions.length !== 1) return undefined;
    const { rule } = definitions[0]!;
    const trivial = rule.body.length === 1 && !Array.isArray(rule.body[0]!.terms) && (rule.body[0]!.terms as Term).type === 'boolean';
    if (rule.default === true || rule.else !== undefined || rule.head.key !== undefined || rule.head.args !== undefined || !trivial) return undefined;
    return rule.head.value;
  }

  /** The strings of a rule whose single definition is a literal list or set of strings. */
  #literalList(term: Term, module: ParsedModule): string[] | undefined {
    const value = term.type === 'var' ? this.#literalValue(term, module) : undefined;
    return value !== undefined && (value.type === 'array' || value.type === 'set') ? literalStrings(value) : undefined;
  }

  /** When the collection `term` is empty (or undefined) unless one of the kinds is present. */
  #collectionGuard(term: Term, module: ParsedModule, bound?: (term: Term) => string[] | undefined): Guard {
    // A bare name in a body: a rule of this package (local variables were resolved by the caller).
    if (term.type === 'var') return this.#ruleGuard(`${packageName(module)}.${String(term.value)}`);
    if (/comprehension$/.test(term.type)) return this.#bodyGuard((term.value as { body: Expr[] }).body, module);
    if (term.type === 'call' && Array.isArray(term.value)) {
      const [operator, ...args] = term.value as Term[];
      const path = operator === undefined ? undefined : refPath(operator);
      const full = path === undefined ? undefined : this.#resolve(module, path);
      if (full === undefined) return undefined;
      if (RESOURCE_FUNCTIONS.has(full)) {
        const arg = args.length === 1 ? args[0]! : undefined;
        // resources_of also takes a rule holding a literal list or set (`resources_of(server_types)`).
        const kinds = arg === undefined ? undefined : (literalStrings(arg) ?? bound?.(arg) ?? (full.endsWith('.resources_of') ? this.#literalList(arg, module) : undefined));
        return kinds === undefined ? undefined : new Set(kinds);
      }
      return this.#ruleGuard(full);
    }
    const path = refPath(term);
    const full = path === undefined ? undefined : this.#resolve(module, path);
    return full === undefined ? undefined : this.#ruleGuard(full);
  }
}
