/**
 * The JSON policy document that an `aws_iam_policy_document` data source of a
 * registry module renders from statements its caller passes as objects
 * (`key_statements` of terraform-aws-modules/kms, `inline_policy_permissions`
 * of terraform-aws-modules/iam//modules/iam-role, `queue_policy_statements`
 * of terraform-aws-modules/sqs, `topic_policy_statements` of
 * terraform-aws-modules/sns), merged with the module's `source_*` and
 * `override_*` policy documents, for the models of those modules (kms.ts,
 * iam.ts, sqs.ts, sns.ts).
 *
 * Rendered as the data source does: `principals` blocks become `Principal`
 * (`"*"` when a block of type `"*"` names `"*"`, otherwise identifiers by
 * type), `condition` blocks become `Condition: { test: { variable: values } }`,
 * a list of one action, resource, identifier or value becomes a string, an
 * absent effect is `Allow`, an empty `sid` is no Sid. Source documents come
 * first; a statement of the data source's own replaces the source statement
 * with the same Sid, and a statement of an override document replaces any
 * earlier one with the same Sid.
 *
 * A part that cannot be read (an unknown list, a condition whose test or
 * variable is unknown, conditions under a key the module's version may not
 * read) stays the unknown sentinel in its place, which checks never report;
 * the known statements around it stay readable (the `partial` of the policy,
 * which `document()` in policies/lib/aws.rego reads, or for the sqs and sns
 * models JSON text with the sentinels in place). A document whose
 * statements cannot be listed at all (an unknown statement list, a source
 * document that is not JSON, a statement of unknown Sid that could replace
 * another) is unknown as a whole.
 */
import { collectUnknownRefs, isObjectValue, isUnknownValue, isWhollyKnown, unknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { undecided, type JsonObject, type ModuleCall } from './model.js';

/** The entries a `for_each` over a statement map or list visits (a map in key order), or undefined when it is unknown. */
export function eachEntry(value: HclValue | undefined): Array<[string | number, HclValue]> | undefined {
  if (value === undefined || value === null) return [];
  if (isUnknownValue(value)) return undefined;
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (isObjectValue(value)) return Object.keys(value).sort().map((key) => [key, value[key]!]);
  return undefined;
}

/** A list value, or undefined when it is unknown or not a list; `null`/absent is the empty list. */
export function listOf(value: HclValue | undefined): HclValue[] | undefined {
  if (value === undefined || value === null) return [];
  if (isUnknownValue(value) || !Array.isArray(value)) return undefined;
  return value;
}

/** One value, or a list of several, as the data source renders identifiers, actions and values. */
function oneOrMany(values: HclValue[]): HclValue {
  return values.length === 1 ? values[0]! : values;
}

/** A known object: not null, a list or the unknown sentinel. */
function isBlock(value: HclValue): value is JsonObject {
  return value !== null && !isUnknownValue(value) && isObjectValue(value);
}

/** `principals` / `not_principals` blocks as the policy's `Principal` / `NotPrincipal`; undefined when there is none. */
export function principalJson(call: ModuleCall, blocks: HclValue | undefined): HclValue | undefined {
  const list = listOf(blocks);
  if (list === undefined) return undecided(call, 'the statement principals');
  if (list.length === 0) return undefined;
  const byType = new Map<string, HclValue[]>();
  for (const block of list) {
    if (!isBlock(block)) return undecided(call, 'the statement principals');
    const type = block.type;
    if (typeof type !== 'string') return undecided(call, 'the statement principal type');
    const ids = listOf(block.identifiers);
    if (ids === undefined) {
      // The identifiers are not known: the principal of this type is not known either.
      byType.set(type, [...(byType.get(type) ?? []), undecided(call, `the ${type} principals`)]);
      continue;
    }
    // Anyone, whatever the other blocks name (as the checks read a data source's statement).
    if (type === '*' && ids.includes('*')) return '*';
    byType.set(type, [...(byType.get(type) ?? []), ...ids]);
  }
  const out: JsonObject = {};
  for (const [type, ids] of byType) out[type] = oneOrMany(ids);
  return out;
}

/**
 * The `condition` blocks of one or more lists (in order) as the policy's
 * `Condition`; undefined when there is none, unknown when a list or block
 * cannot be read. A test and variable given again are merged as the provider
 * merges them: a single value replaces what was there, a list of several is
 * added to a list before it and dropped after a single value.
 */
export function conditionJson(call: ModuleCall, lists: ReadonlyArray<HclValue | undefined>): HclValue | undefined {
  // Per test, per variable: the value rendered so far, or undefined when it is not known.
  const tests = new Map<string, Map<string, HclValue | undefined>>();
  for (const blocks of lists) {
    const list = listOf(blocks);
    if (list === undefined) return undecided(call, 'the statement conditions');
    for (const block of list) {
      if (!isBlock(block)) return undecided(call, 'the statement conditions');
      const { test, variable } = block;
      if (typeof test !== 'string' || typeof variable !== 'string') return undecided(call, 'the statement conditions');
      const variables = tests.get(test) ?? new Map<string, HclValue | undefined>();
      tests.set(test, variables);
      const values = listOf(block.values);
      const before = variables.get(variable);
      let value: HclValue | undefined;
      if (values === undefined) value = undefined;
      else if (values.length === 1) value = values[0]!;
      else if (!variables.has(variable)) value = values;
      else value = before === undefined ? undefined : Array.isArray(before) ? [...before, ...values] : before;
      variables.set(variable, value);
    }
  }
  if (tests.size === 0) return undefined;
  const out: { [test: string]: JsonObject } = {};
  for (const [test, variables] of tests) {
    const rendered: JsonObject = (out[test] = {});
    for (const [variable, value] of variables) rendered[variable] = value === undefined ? undecided(call, `the values of condition ${variable}`) : value;
  }
  return out;
}

/** How a module turns the caller's statement objects into the data source's `statement` blocks. */
export interface StatementOptions {
  /**
   * The keys of a statement object whose condition blocks the module reads
   * (all of them, merged in this order), as far as the call's version tells:
   * `['condition']` for kms from version 4, `['condition', 'conditions']` for
   * sqs from version 5, none when the version is not known.
   */
  readonly conditionKeys: readonly string[];
  /**
   * Every key that holds condition blocks in some version of the module. One
   * that is written but not in `conditionKeys` makes the statement's
   * `Condition` unknown: the caller meant a restriction that the module may
   * drop, and the statement may be wider than written.
   */
  readonly conditionSpellings: readonly string[];
  /** The map key is the Sid of a statement without one (`coalesce(sid, key)`); otherwise such a statement has no Sid. */
  readonly sidFromKey: boolean;
  /** The `resources` of a statement that names none (the ARN of the queue or topic the module creates); none when undefined. */
  readonly defaultResources?: HclValue;
}

/** A list argument (`actions`, `resources`…) as the policy writes it: one item as a string; anything else as given. */
function listJson(value: HclValue): HclValue {
  return Array.isArray(value) ? oneOrMany(value) : value;
}

/**
 * The JSON statement the data source renders from one statement object given
 * to the module (`key` is its map key or list index), or an unknown when the
 * object cannot be read.
 */
export function statementJson(call: ModuleCall, key: string | number, value: HclValue, options: StatementOptions): HclValue {
  if (!isBlock(value)) return undecided(call, 'a policy statement');
  const given = (name: string): HclValue | undefined => (value[name] === undefined || value[name] === null ? undefined : value[name]);
  const out: JsonObject = {};
  const sid = given('sid');
  if (sid !== undefined && sid !== '') out.Sid = sid;
  else if (options.sidFromKey && typeof key === 'string') out.Sid = key;
  out.Effect = given('effect') ?? 'Allow';
  const lists: ReadonlyArray<readonly [string, string, HclValue | undefined]> = [
    ['actions', 'Action', undefined],
    ['not_actions', 'NotAction', undefined],
    ['resources', 'Resource', options.defaultResources],
    ['not_resources', 'NotResource', undefined],
  ];
  for (const [name, json, fallback] of lists) {
    const list = given(name) ?? fallback;
    if (list !== undefined) out[json] = listJson(list);
  }
  const principal = principalJson(call, given('principals'));
  if (principal !== undefined) out.Principal = principal;
  const notPrincipal = principalJson(call, given('not_principals'));
  if (notPrincipal !== undefined) out.NotPrincipal = notPrincipal;
  const unread = options.conditionSpellings.filter((name) => !options.conditionKeys.includes(name) && given(name) !== undefined);
  const condition =
    unread.length > 0
      ? undecided(call, `the statement conditions (${unread.join(', ')} is not read by every version the call admits)`)
      : conditionJson(call, options.conditionKeys.map(given));
  if (condition !== undefined) out.Condition = condition;
  return out;
}

/** A statement of a document being assembled, with the call argument it comes from. */
export interface SourcedStatement {
  readonly statement: HclValue;
  readonly from: ValuePath;
}

/** Whether a rendered statement grants to everyone (`Principal` `"*"` or `AWS` `"*"`), for locating a finding on it. */
export function grantsToAnyone(statement: HclValue): boolean {
  if (!isBlock(statement)) return false;
  const principal = statement.Principal;
  if (principal === undefined || !isBlock(principal)) return principal === '*';
  const aws = principal.AWS;
  return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
}

/** The parts of the document, as the module's data source receives them. */
export interface DocumentParts {
  /** The statements the data source declares itself (rendered, in order); undefined when they cannot be listed. */
  readonly statements: readonly HclValue[] | undefined;
  /** `source_policy_documents`: JSON documents whose statements come first. */
  readonly source?: HclValue;
  /** `override_policy_documents`: JSON documents whose statements replace those with the same Sid. */
  readonly override?: HclValue;
  /**
   * Give a document with unknown parts as JSON text too, each unknown written
   * in its place as its sentinel object (`{"__unknown__": …}`, which the checks
   * read as unknown), instead of an unknown whose `partial` is the document.
   * The sqs and sns models give their policies this way.
   */
  readonly unknownsInText?: boolean;
}

const UNDECIDED = Symbol('undecided');
type Decided<T> = T | typeof UNDECIDED;

/** The statements of one policy document (JSON text, or `jsonencode()` of a partly known value). */
function documentStatements(document: HclValue): Decided<HclValue[]> {
  let parsed: HclValue;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document) as HclValue;
    } catch {
      return UNDECIDED;
    }
  } else if (isUnknownValue(document) && document.partial !== undefined) {
    parsed = document.partial;
  } else {
    return UNDECIDED;
  }
  if (!isBlock(parsed)) return UNDECIDED;
  const statement = parsed.Statement;
  if (statement === undefined || statement === null) return [];
  if (isUnknownValue(statement)) return UNDECIDED;
  return Array.isArray(statement) ? statement : [statement];
}

/** The statements of a list of policy documents, in order. */
function documentsStatements(documents: HclValue | undefined): Decided<HclValue[]> {
  const list = listOf(documents);
  if (list === undefined) return UNDECIDED;
  const out: HclValue[] = [];
  for (const document of list) {
    const statements = documentStatements(document);
    if (statements === UNDECIDED) return UNDECIDED;
    out.push(...statements);
  }
  return out;
}

/** The Sid of a rendered statement: undefined when it has none, undecided when it is not known. */
function sidOf(statement: HclValue): Decided<string | undefined> {
  if (isUnknownValue(statement)) return UNDECIDED;
  if (statement === null || !isObjectValue(statement)) return undefined;
  const sid = statement.Sid;
  if (sid === undefined || sid === null || sid === '') return undefined;
  return typeof sid === 'string' ? sid : UNDECIDED;
}

/**
 * Adds `statements` to `merged`, each replacing the statement with the same
 * Sid among the first `replaceable` ones (among all, when undefined), or
 * appended when there is none; undecided when a statement whose Sid is not
 * known could replace one.
 */
function mergeBySid(merged: HclValue[], statements: readonly HclValue[], replaceable?: number): Decided<HclValue[]> {
  for (const statement of statements) {
    const sid = sidOf(statement);
    const candidates = merged.slice(0, replaceable ?? merged.length);
    if (sid === UNDECIDED && candidates.length > 0) return UNDECIDED;
    const at = sid === undefined || sid === UNDECIDED ? -1 : candidates.findIndex((s) => sidOf(s) === sid);
    if (at >= 0) merged[at] = statement;
    else merged.push(statement);
  }
  return merged;
}

/**
 * The policy argument the data source's `.json` gives: the JSON text when
 * every part is known (or, with `unknownsInText`, whenever the statements can
 * be listed), otherwise an unknown whose `partial` is the document (checks
 * read its known statements); an unknown without `partial` when the
 * statements cannot be listed (see the header). `what` names the policy in
 * the unknown (`the key policy`).
 */
export function policyDocument(call: ModuleCall, what: string, parts: DocumentParts): HclValue {
  const source = documentsStatements(parts.source);
  const override = documentsStatements(parts.override);
  if (parts.statements === undefined || source === UNDECIDED || override === UNDECIDED) return undecided(call, what);
  // The data source's own statements replace source statements only (a Sid repeated among them is an error);
  // an override statement replaces any statement before it.
  const own = mergeBySid([...source], parts.statements, source.length);
  const all = own === UNDECIDED ? UNDECIDED : mergeBySid(own, override);
  if (all === UNDECIDED) return undecided(call, what);
  const document: JsonObject = { Version: '2012-10-17', Statement: all };
  if (parts.unknownsInText === true || isWhollyKnown(document)) return JSON.stringify(document);
  const refs = new Set<string>();
  collectUnknownRefs(document, refs);
  return unknownValue(`${what} (computed by ${call.id})`, [...refs].sort(), document);
}
