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
 * templates (docs/performance.md).
 *
 * The analysis is deliberately narrow and sound: anything it does not
 * recognise (a `default` or `else`, a generator under `not`, `every` or
 * inside a value that is not a comprehension, a check reading parameters or
 * providers) gives no triggers, and the check is evaluated on every document
 * of its input type, as before. A name is a rule of the package only where no
 * scope declares it, as in Rego: a function's parameters and the variables of
 * a body (and, in a comprehension, of the enclosing bodies) are variables,
 * and one not bound to a literal gives no triggers. test/engine/triggers.test.ts compares gated
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

/** The strings of a literal string, or of a literal list or set of strings. */
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

/** The keys (`side` 0) or values (1) of a literal object, when they are all strings. */
function objectStrings(term: Term, side: 0 | 1): string[] | undefined {
  const out: string[] = [];
  for (const pair of term.value as Array<[Term, Term]>) {
    if (pair[side].type !== 'string') return undefined;
    out.push(String(pair[side].value));
  }
  return out;
}

/** The variables a term declares where it is a pattern (a parameter, the left of `:=`, a `some` variable). */
function varsIn(term: Term, out: string[] = []): string[] {
  if (term.type === 'var') out.push(String(term.value));
  else if ((term.type === 'array' || term.type === 'set') && Array.isArray(term.value)) for (const item of term.value as Term[]) varsIn(item, out);
  else if (term.type === 'object' && Array.isArray(term.value)) for (const [key, value] of term.value as Array<[Term, Term]>) varsIn(value, varsIn(key, out));
  return out;
}

/**
 * What a local variable stands for: the term of its single `x := E`, an
 * element (or key) of a collection (`some x in C`, `some k, v in C`), or
 * undefined (bound otherwise, or more than once).
 */
type Binding = { assigned: Term } | { element: Term; key: boolean } | undefined;

/**
 * The variables of a body: its own, then those of the enclosing bodies (a
 * comprehension sees its rule's) and the rule's parameters. A name in a body
 * is a rule of the package only when no scope declares it.
 */
interface Scope {
  module: ParsedModule;
  vars: ReadonlyMap<string, Binding>;
  parent?: Scope;
}

/** The binding of `name` and the scope it is bound in; undefined when it is not a local variable. */
function lookup(scope: Scope, name: string): { binding: Binding; scope: Scope } | undefined {
  for (let s: Scope | undefined = scope; s !== undefined; s = s.parent) if (s.vars.has(name)) return { binding: s.vars.get(name), scope: s };
  return undefined;
}

/** An expression neither negated nor under `with`: what it binds or iterates holds in the body. */
function isPlain(expr: Expr): boolean {
  return expr.negated !== true && (expr.with === undefined || expr.with.length === 0);
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

  /** The full name a ref stands for, when it names a rule or an imported package's rule (never a local variable). */
  #resolve(scope: Scope, path: readonly string[]): string | undefined {
    const [head, ...rest] = path;
    if (head === undefined || lookup(scope, head) !== undefined) return undefined;
    const imported = this.#aliases.get(scope.module)?.get(head);
    if (imported !== undefined) return [imported, ...rest].join('.');
    if (rest.length === 0) return `${packageName(scope.module)}.${head}`;
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
    // The parameters of a function are variables: whatever the caller passes.
    const parameters: Scope = { module, vars: new Map((rule.head.args ?? []).flatMap((arg) => varsIn(arg)).map((name) => [name, undefined])) };
    const scope = this.#scope(rule.body, parameters);
    const value = rule.head.key === undefined ? rule.head.value : undefined;
    if (value !== undefined && /comprehension$|^call$|^ref$/.test(value.type)) {
      // A comprehension, or another collection (`xs := cfn.resources_of([…])`): the rule's value is
      // that collection, its variables those of the body.
      const inner = this.#collectionGuard(value, scope);
      if (inner !== undefined) return inner;
    }
    return this.#bodyGuard(rule.body, scope);
  }

  /**
   * The scope of a body within `parent`: every variable the body declares or
   * binds (`x := E`, `x = E`, `some`, patterns), with what it stands for when
   * its expression is neither negated nor under `with`.
   */
  #scope(body: readonly Expr[], parent: Scope): Scope {
    const vars = new Map<string, Binding>();
    const bind = (name: string, binding: Binding): void => {
      vars.set(name, vars.has(name) ? undefined : binding);
    };
    for (const expr of body) {
      const plain = isPlain(expr);
      const terms = expr.terms;
      if (Array.isArray(terms)) {
        const operator = terms[0] === undefined ? undefined : refPath(terms[0])?.join('.');
        const [, target, value] = terms;
        if (operator !== 'assign' && operator !== 'eq' && operator !== 'unify') continue;
        if (target?.type === 'var') bind(String(target.value), plain && value !== undefined ? { assigned: value } : undefined);
        else if (operator === 'assign' && target !== undefined) for (const name of varsIn(target)) bind(name, undefined);
      } else if ('symbols' in terms) {
        for (const symbol of terms.symbols) {
          // `some x`; `some x in C`, `some k, v in C`: internal.member_2 / member_3 whose last argument is C.
          const args = symbol.type === 'call' && Array.isArray(symbol.value) ? (symbol.value as Term[]).slice(1) : [symbol];
          const collection = symbol.type === 'call' ? args.pop() : undefined;
          for (const [i, arg] of args.entries()) {
            if (arg.type === 'var' && plain && collection !== undefined) bind(String(arg.value), { element: collection, key: args.length === 2 && i === 0 });
            else for (const name of varsIn(arg)) bind(name, undefined);
          }
        }
      }
    }
    return { module: parent.module, vars, parent };
  }

  /** The guard of the first top-level generator of a body (whose scope is `scope`) over guarded resources. */
  #bodyGuard(body: readonly Expr[], scope: Scope): Guard {
    const positive = body.filter(isPlain);
    for (const expr of positive) {
      const terms = expr.terms;
      if (Array.isArray(terms) || !('symbols' in terms)) continue;
      for (const symbol of terms.symbols) {
        // `some x in E` / `some k, v in E`: a call of internal.member_2 / member_3 whose last argument is E.
        if (symbol.type !== 'call' || !Array.isArray(symbol.value)) continue;
        const [operator, ...args] = symbol.value as Term[];
        const name = operator === undefined ? undefined : refPath(operator)?.join('.');
        if (name !== 'internal.member_2' && name !== 'internal.member_3') continue;
        const collection = args[args.length - 1];
        const resolved = collection === undefined ? undefined : this.#follow(collection, scope);
        if (resolved === undefined || resolved.local) continue;
        const element = args[args.length - 2];
        const guard = isInputResources(resolved.term) && element?.type === 'var' ? typeTest(positive, String(element.value)) : this.#collectionGuard(resolved.term, resolved.scope);
        if (guard !== undefined) return guard;
      }
    }
    return undefined;
  }

  /**
   * The term a term stands for, with the scope it is in: a local variable
   * bound by `x := E` stands for E (followed through such variables). The
   * result is `local` when it is a variable bound otherwise (its binding is in
   * the result's scope); a name no scope declares stands for itself (a rule of
   * the package, if any). Undefined for variables bound to each other in a cycle.
   */
  #follow(term: Term, scope: Scope): { term: Term; scope: Scope; local: boolean } | undefined {
    const seen = new Set<Term>();
    for (let current = { term, scope }; ; ) {
      if (current.term.type !== 'var') return { ...current, local: false };
      const found = lookup(current.scope, String(current.term.value));
      if (found === undefined) return { ...current, local: false };
      if (found.binding === undefined || !('assigned' in found.binding)) return { term: current.term, scope: found.scope, local: true };
      if (seen.has(found.binding.assigned)) return undefined;
      seen.add(found.binding.assigned);
      current = { term: found.binding.assigned, scope: found.scope };
    }
  }

  /**
   * The strings `term` can only be, when they are literal: a string or a
   * literal list or set of strings; a variable bound by `t := …` to one, by
   * `some t in C` (the strings of C, or of its values when C is an object) or
   * `some t, _ in O` (the keys of O); or a rule whose single definition is a
   * literal (`kind := "…"`, `server_types := ["…", …]`), of the check's package
   * or of a library it imports (`azure.app_service_types`). Of a list, its
   * strings: `resources(<list>)` is empty, so the list's strings are as sound a
   * guard as any.
   */
  #literals(term: Term, scope: Scope): string[] | undefined {
    const resolved = this.#follow(term, scope);
    if (resolved === undefined) return undefined;
    if (resolved.local) {
      // An element or key of a literal collection, or unknown.
      const binding = resolved.scope.vars.get(String(resolved.term.value));
      if (binding === undefined || !('element' in binding)) return undefined;
      const collection = this.#literalValue(binding.element, resolved.scope);
      if (collection?.type === 'object') return objectStrings(collection, binding.key ? 0 : 1);
      return !binding.key && (collection?.type === 'array' || collection?.type === 'set') ? literalStrings(collection) : undefined;
    }
    const value = this.#literalValue(resolved.term, resolved.scope);
    return value === undefined ? undefined : literalStrings(value);
  }

  /**
   * The term itself when it is not a variable or a reference, the term a local
   * variable is bound to by `:=`, or the literal value of the single,
   * unconditional definition of the rule a name or an imported package's
   * reference stands for.
   */
  #literalValue(term: Term, scope: Scope): Term | undefined {
    const resolved = this.#follow(term, scope);
    if (resolved === undefined || resolved.local) return undefined;
    if (resolved.term.type !== 'var' && resolved.term.type !== 'ref') return resolved.term;
    // A rule of the package (`kinds`), or of an imported one (`azure.app_service_types`).
    const path = resolved.term.type === 'var' ? [String(resolved.term.value)] : refPath(resolved.term);
    const full = path === undefined ? undefined : this.#resolve(resolved.scope, path);
    const definitions = full === undefined ? undefined : this.#rules.get(full);
    if (definitions === undefined || definitions.length !== 1) return undefined;
    const { rule } = definitions[0]!;
    const trivial = rule.body.length === 1 && !Array.isArray(rule.body[0]!.terms) && (rule.body[0]!.terms as Term).type === 'boolean';
    if (rule.default === true || rule.else !== undefined || rule.head.key !== undefined || rule.head.args !== undefined || !trivial) return undefined;
    return rule.head.value;
  }

  /** When the collection `term` (in `scope`) is empty (or undefined) unless one of the kinds is present. */
  #collectionGuard(term: Term, scope: Scope): Guard {
    const resolved = this.#follow(term, scope);
    if (resolved === undefined || resolved.local) return undefined;
    ({ term, scope } = resolved);
    // A name no scope declares: a rule of this package.
    if (term.type === 'var') return this.#ruleGuard(`${packageName(scope.module)}.${String(term.value)}`);
    if (/comprehension$/.test(term.type)) {
      const body = (term.value as { body: Expr[] }).body;
      return this.#bodyGuard(body, this.#scope(body, scope));
    }
    if (term.type === 'call' && Array.isArray(term.value)) {
      const [operator, ...args] = term.value as Term[];
      const path = operator === undefined ? undefined : refPath(operator);
      const full = path === undefined ? undefined : this.#resolve(scope, path);
      if (full === undefined) return undefined;
      if (RESOURCE_FUNCTIONS.has(full)) {
        const kinds = args.length === 1 ? this.#literals(args[0]!, scope) : undefined;
        return kinds === undefined ? undefined : new Set(kinds);
      }
      return this.#ruleGuard(full);
    }
    const path = refPath(term);
    const full = path === undefined ? undefined : this.#resolve(scope, path);
    return full === undefined ? undefined : this.#ruleGuard(full);
  }
}
