/**
 * The YAML short forms of CloudFormation's intrinsic functions (`!Ref`,
 * `!Sub`, `!GetAtt`, …) as js-yaml tags that construct the long JSON form
 * (`{"Ref": …}`, `{"Fn::Sub": …}`), so a YAML and a JSON template normalize
 * to the same value. Any other local tag (`!Foo`) is left unknown to js-yaml,
 * which rejects it; the parser turns that into a clear reason.
 */
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, mergeTag } from 'js-yaml';
import type { Schema, TagDefinition } from 'js-yaml';

/** Short tag → long key. `!Ref` and `!Condition` keep their names; every other function is `Fn::<Name>`. */
export const INTRINSIC_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

/**
 * Tags that only take a scalar (a condition name). `!Ref` is not one of
 * them: with the AWS::LanguageExtensions transform its argument may be an
 * intrinsic function (`!Ref {Fn::Sub: …}`, or `!Ref` over an indented
 * `Ref: LoopIdentifier` in a Fn::ForEach), which the long form
 * `{"Ref": {…}}` already allows. Fn::ForEach expansion turns
 * `!Ref {Ref: Identifier}` into a plain Ref to the item; any other Ref whose
 * argument is not a plain string the resolver reads as unknown.
 */
const SCALAR_ONLY = new Set(['!Condition']);

/** `!GetAtt Res.Attr` → `["Res", "Attr"]` (split at the first dot, as CloudFormation does). */
function getAttScalar(source: string): string[] {
  const dot = source.indexOf('.');
  return dot === -1 ? [source] : [source.slice(0, dot), source.slice(dot + 1)];
}

function wrap(key: string, value: unknown): Record<string, unknown> {
  return { [key]: value };
}

function tagsFor(tag: string, key: string): TagDefinition[] {
  const scalar = defineScalarTag<Record<string, unknown>>(tag, {
    resolve: (source) => wrap(key, tag === '!GetAtt' ? getAttScalar(source) : source),
    identify: () => false,
  });
  if (SCALAR_ONLY.has(tag)) return [scalar];
  const sequence = defineSequenceTag<unknown[], Record<string, unknown>>(tag, {
    create: () => [],
    addItem: (carrier, item) => {
      carrier.push(item);
    },
    finalize: (carrier) => wrap(key, carrier),
    identify: () => false,
  });
  const mapping = defineMappingTag<Map<string, unknown>, Record<string, unknown>>(tag, {
    create: () => new Map(),
    addPair: (carrier, k, v) => {
      carrier.set(String(k), v);
      return '';
    },
    has: (carrier, k) => carrier.has(String(k)),
    keys: (result) => Object.keys(result),
    get: (result, k) => result[String(k)],
    finalize: (carrier) => wrap(key, Object.fromEntries(carrier)),
    identify: () => false,
  });
  return [scalar, sequence, mapping];
}

/** YAML 1.2 core schema, merge keys, and every intrinsic short form. */
export const CLOUDFORMATION_YAML_SCHEMA: Schema = CORE_SCHEMA.withTags(
  mergeTag,
  ...Object.entries(INTRINSIC_TAGS).flatMap(([tag, key]) => tagsFor(tag, key)),
);

/**
 * js-yaml's message for a tag it does not know (`unknown scalar tag !<!Foo>`)
 * → a reason a template author can act on; undefined for other messages.
 */
export function describeTagError(message: string): string | undefined {
  const match = /unknown (scalar|sequence|mapping) tag !<([^>]*)>/.exec(message);
  if (match === null) return undefined;
  const [, kind, tag] = match as unknown as [string, string, string];
  if (Object.hasOwn(INTRINSIC_TAGS, tag)) {
    return `${tag} takes a scalar (a condition name), not a ${kind}`;
  }
  return `unknown YAML tag ${tag} (not a CloudFormation intrinsic function short form)`;
}
