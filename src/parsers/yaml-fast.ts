/**
 * A single-pass YAML parser for the subset that real manifests and templates
 * use, with node positions recorded on the way. It exists for speed: js-yaml's
 * `parseEvents` + `constructFromEvents`, plus a second `parseEvents` for the
 * position index of every file with a finding, dominate the scan of
 * Kubernetes and CloudFormation files.
 *
 * It either returns exactly what the js-yaml path of `loadYamlDocuments`
 * returns (values, document extents, quoted spans, node ranges) or gives up
 * (`undefined`), and the caller falls back to js-yaml, which then also makes
 * every error message. It never throws. When in doubt, it gives up: on
 * directives, complex keys, multi-line plain or quoted scalars, multi-line
 * flow collections, tabs used as separation, unknown tags, a node with both a
 * tag and an anchor, duplicate keys, anything malformed, nesting deeper than
 * the caller's limit and aliases beyond its budget (the limits the js-yaml
 * path enforces, so that it makes the error). Anchors, aliases and merge keys
 * (`<<: *base`, `<<: [*a, *b]`) are supported: the Kubernetes bench uses them.
 *
 * Scalars are typed through the schema's own implicit tag definitions, in the
 * order js-yaml's `Schema.resolveImplicitScalarTag` uses them, and local tags
 * (`!Ref`) through the schema's tag definitions, so the three schemas in use
 * (core, Kubernetes, CloudFormation) need no special code here. Block and
 * escaped quoted scalars are decoded by js-yaml's own `getScalarValue` from
 * the same offsets its parser would record.
 */
import { CHOMPING_MODE, EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type {
  MappingTagDefinition,
  ScalarEvent,
  ScalarTagDefinition,
  Schema,
  SequenceTagDefinition,
} from 'js-yaml';
import { LineTable } from './line-table.js';
import { blockHeaderStart, isBlankCode, NONE } from './yaml-text.js';
import type { Range, ValuePath } from './types.js';


/**
 * Node ranges of one collection: what the position index needs, and no more.
 * Its children's entries are slots `first` to `first + count - 1` of the
 * file's {@link PosStore} (one store per file keeps allocation low: a big
 * stream retains all of them).
 */
export interface PosCollection {
  /** [start, end) of the collection in the file, properties (tag, anchor) included. */
  start: number;
  end: number;
  mapping: boolean;
  first: number;
  count: number;
  /** Sources of merge keys (`<<`), in precedence order. */
  merges: PosCollection[] | null;
}

/** Child entries of every collection of a file, by slot. */
export interface PosStore {
  /** A mapping entry's key text as written (unescaped); '' for a sequence item. */
  keys: string[];
  /** [start, end) of the child value per slot; NONE for an empty sequence item. */
  ranges: number[];
  /** The child when it is a collection (for an alias: the anchored collection), else null. */
  kids: Array<PosCollection | null>;
}

/** What {@link parseYamlFast} returns for a stream it handles. */
export interface FastYaml {
  values: unknown[];
  /** Per document, [start, end) of its root node; start is NONE for an empty document. */
  spans: Array<{ start: number; end: number }>;
  /** [valueStart, valueEnd) of quoted and block scalars, in order (for template detection). */
  quotedSpans: number[];
  /** Per document, the root collection's ranges (null for a scalar or empty root). */
  roots: Array<PosCollection | null>;
  store: PosStore;
}

/** The deepest node found for a path, and how many path segments it matched. */
export interface FastPositionMatch {
  range: Range;
  depth: number;
}

/**
 * Parses `text` with `schema`, or returns undefined when the text is outside
 * the supported subset (or invalid, or nests deeper than `maxDepth`).
 */
export function parseYamlFast(text: string, schema: Schema, maxDepth: number, maxAliasNodes: number): FastYaml | undefined {
  if (!isPlausible(text)) return undefined;
  try {
    return new FastParser(text, resolverFor(schema), maxDepth, maxAliasNodes).parseStream();
  } catch {
    // GIVE_UP, or anything unexpected (a tag's own code throwing, a stack overflow): js-yaml decides.
    return undefined;
  }
}

/** Position lookups over a {@link FastYaml} result, matching the js-yaml-based index. */
export class FastPositionIndex {
  private readonly text: string;
  private readonly parsed: FastYaml;
  private readonly startLines: readonly number[];
  /** Line starts per document, from its first line (a finding in one document of a big stream indexes only that one). */
  private readonly lines = new Map<number, LineTable>();

  /** `startLines`: each document's first line (YamlDocument.startLine). */
  constructor(text: string, parsed: FastYaml, startLines: readonly number[]) {
    this.text = text;
    this.parsed = parsed;
    this.startLines = startLines;
  }

  nearest(docIndex: number, path: ValuePath): FastPositionMatch | undefined {
    const span = this.parsed.spans[docIndex];
    if (span === undefined || span.start === NONE) return undefined;
    let start = span.start;
    let end = span.end;
    let node = this.parsed.roots[docIndex] ?? null;
    let depth = 0;
    for (const segment of path) {
      if (node === null) break;
      const slot = findChild(this.parsed.store, node, segment, 0);
      if (slot === NONE) break;
      const childStart = this.parsed.store.ranges[2 * slot]!;
      if (childStart === NONE) break;
      start = childStart;
      end = this.parsed.store.ranges[2 * slot + 1]!;
      node = this.parsed.store.kids[slot] ?? null;
      depth++;
    }
    return { range: this.linesOf(docIndex, span).range(start, end), depth };
  }

  private linesOf(docIndex: number, span: { start: number; end: number }): LineTable {
    let lines = this.lines.get(docIndex);
    if (lines === undefined) {
      const from = this.text.lastIndexOf('\n', span.start - 1) + 1;
      lines = new LineTable(this.text, from, span.end, this.startLines[docIndex]!);
      this.lines.set(docIndex, lines);
    }
    return lines;
  }
}

/**
 * The collection and index of a path segment's node, as the js-yaml-based
 * index finds it: by index in a sequence, by key in a mapping (the first
 * occurrence), else in the mapping's merge sources.
 */
function findChild(store: PosStore, node: PosCollection, segment: string | number, hops: number): number {
  if (!node.mapping) {
    const index = typeof segment === 'number' ? segment : /^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : NaN;
    return Number.isInteger(index) && index >= 0 && index < node.count ? node.first + index : NONE;
  }
  const key = String(segment);
  for (let slot = node.first; slot < node.first + node.count; slot++) if (store.keys[slot] === key) return slot;
  if (node.merges === null || hops > 100) return NONE;
  for (const source of node.merges) {
    const found = findChild(store, source, key, hops + 1);
    if (found !== NONE) return found;
  }
  return NONE;
}

// ---------------------------------------------------------------------------
// Cheap whole-text refusals

/** js-yaml's non-printable pattern: such text is an error (or a corner we leave to js-yaml). */
const NON_PRINTABLE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether the text may be in the subset at all: no control characters, no lone CR, no BOM past the start. */
function isPlausible(text: string): boolean {
  // The simple class first (a fast scan); the surrogate pair checks only when surrogates occur.
  if (CONTROL.test(text) || (SURROGATE.test(text) && NON_PRINTABLE.test(text))) return false;
  if (text.indexOf('\uFEFF', 1) !== -1) return false;
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 0x0a) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Tag resolution, taken from the schema's own definitions

interface LocalTag {
  scalar?: ScalarTagDefinition;
  sequence?: SequenceTagDefinition;
  mapping?: MappingTagDefinition;
}

interface Resolver {
  /** Implicit scalar tags that may match a first character, in schema order (as js-yaml dispatches them). */
  byFirstChar: Map<string, ScalarTagDefinition[]>;
  /** Implicit scalar tags with no first-character constraint. */
  anyFirstChar: ScalarTagDefinition[];
  /** The default scalar tag (`!!str`). */
  str: ScalarTagDefinition;
  /** Tags named `!Name` (primary handle), matched exactly. */
  local: Map<string, LocalTag>;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const resolvers = new WeakMap<Schema, Resolver>();

/** The resolver of a schema, built once from `schema.tags` the way js-yaml's Schema constructor builds its own. */
function resolverFor(schema: Schema): Resolver {
  const cached = resolvers.get(schema);
  if (cached !== undefined) return cached;
  const implicit: ScalarTagDefinition[] = [];
  const local = new Map<string, LocalTag>();
  let str: ScalarTagDefinition | undefined;
  for (const tag of schema.tags) {
    if (tag.nodeKind === 'scalar' && tag.implicit) implicit.push(tag);
    if (tag.matchByTagPrefix) continue;
    if (tag.nodeKind === 'scalar' && tag.tagName === 'tag:yaml.org,2002:str') str = tag;
    if (!tag.tagName.startsWith('!')) continue;
    const entry = local.get(tag.tagName) ?? {};
    if (tag.nodeKind === 'scalar') entry.scalar = tag;
    else if (tag.nodeKind === 'sequence') entry.sequence = tag;
    else entry.mapping = tag;
    local.set(tag.tagName, entry);
  }
  const anyFirstChar = implicit.filter((tag) => tag.implicitFirstChars === null);
  const keys = new Set<string>();
  for (const tag of implicit) for (const key of tag.implicitFirstChars ?? []) keys.add(key);
  const byFirstChar = new Map<string, ScalarTagDefinition[]>();
  for (const key of keys) {
    byFirstChar.set(
      key,
      implicit.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1),
    );
  }
  if (str === undefined) throw new Error('schema without a default scalar tag');
  const resolver: Resolver = { byFirstChar, anyFirstChar, str, local };
  resolvers.set(schema, resolver);
  return resolver;
}

// ---------------------------------------------------------------------------
// The parser

/** Thrown (never escapes {@link parseYamlFast}) to fall back to js-yaml. */
const GIVE_UP = new Error('outside the fast YAML subset');

function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const COMMA = 0x2c;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const BANG = 0x21;
const AMP = 0x26;
const STAR = 0x2a;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const PIPE = 0x7c;
const GT = 0x3e;
const BOM = 0xfeff;

function isEol(c: number): boolean {
  return c === LF || c === CR;
}

/** Space, tab, line break, or the end of the text (NaN from charCodeAt). */
function isWsOrEolOrEnd(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || Number.isNaN(c);
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Characters allowed in a local tag's suffix here: a subset of YAML's, with nothing to percent-decode. */
function isTagChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === DASH || c === 0x5f || c === DOT;
}

/** The properties read before a node: a tag or an anchor (never both here). */
interface Props {
  /** Offset of the `!` or `&`. */
  start: number;
  /** The tag's name (`!Ref`) and the schema's definitions for it; undefined for an anchor. */
  tag: string | undefined;
  defs: LocalTag | undefined;
  anchor: string | undefined;
}

/** What a node was constructed as, for merge keys (js-yaml merges only untagged mappings). */
const enum Kind {
  Scalar,
  Mapping,
  Sequence,
  /** Constructed by a tag of the schema: never a merge source. */
  Tagged,
}

/** A defined anchor: the node's value and everything a later alias of it needs. */
interface Anchor {
  /** True while the anchored collection is being parsed (an alias to it would be recursive). */
  open: boolean;
  value: unknown;
  kind: Kind;
  /** For a sequence: whether every item is an untagged mapping. */
  mappingsOnly: boolean;
  pos: PosCollection | null;
  /** Nodes in the subtree, aliases expanded, keys included (the js-yaml path's alias budget unit). */
  size: number;
  /** Collection levels in the subtree, aliases expanded. */
  height: number;
}

/** How a node may be written where it is parsed (js-yaml's contexts, reduced to what matters here). */
const enum Place {
  /** The document root on its own line. */
  Root,
  /** The document root on the `---` line: no block collections. */
  MarkerLine,
  /** A mapping value on the key's line: no block collections, no implicit keys. */
  InlineValue,
  /** A node on a line of its own (below a key or `-`), or after `- ` (compact). */
  Block,
}

class FastParser {
  private readonly text: string;
  private readonly n: number;
  private readonly resolver: Resolver;
  private readonly maxDepth: number;
  private readonly maxAliasNodes: number;
  private pos = 0;
  private lineStart = 0;
  /** Leading spaces of the current line; valid when the last skip crossed a line break. */
  private lineIndent = 0;
  /** Collections currently open. */
  private depth = 0;
  /** Set by readScalarText: whether the scalar just read was plain (not quoted). */
  private scalarPlain = false;
  private readonly quotedSpans: number[] = [];
  // Entries of the collections being parsed, as stacks: a finished collection
  // copies its own to exact-size arrays (pushing into per-collection arrays
  // over-allocates, and a big stream keeps them all).
  private readonly scratchKeys: string[] = [];
  private readonly scratchRanges: number[] = [];
  private readonly scratchKids: Array<PosCollection | null> = [];
  private readonly store: PosStore = { keys: [], ranges: [], kids: [] };
  /** Heights of the key and child stacks (the arrays only grow; entries above are stale). */
  private keyTop = 0;
  private childTop = 0;
  /** Keys (as strings) of the block mappings being parsed, for the duplicate check of small mappings. */
  private readonly scratchNames: string[] = [];
  private nameTop = 0;
  /** Anchors of the current document. */
  private anchors = new Map<string, Anchor>();
  /** Nodes the aliases of the current document added. */
  private aliasNodes = 0;
  /** Set by resolvePlain: the scalar resolved to the merge tag (`<<`). */
  private resolvedMerge = false;
  /** Set by keyString: the key's value was a string (js-yaml's merge overrides only match string keys). */
  private keyWasString = true;

  // The last parsed node: its range, collection ranges, kind, size and height.
  private nodeStart = NONE;
  private nodeEnd = NONE;
  private nodePos: PosCollection | null = null;
  private nodeKind = Kind.Scalar;
  private nodeMappingsOnly = false;
  private nodeIsAlias = false;
  private nodeSize = 1;
  private nodeHeight = 0;

  constructor(text: string, resolver: Resolver, maxDepth: number, maxAliasNodes: number) {
    this.text = text;
    this.n = text.length;
    this.resolver = resolver;
    this.maxDepth = maxDepth;
    this.maxAliasNodes = maxAliasNodes;
  }

  parseStream(): FastYaml {
    const values: unknown[] = [];
    const spans: Array<{ start: number; end: number }> = [];
    const roots: Array<PosCollection | null> = [];
    if (this.text.charCodeAt(0) === BOM) {
      this.pos = 1;
      this.lineStart = 1;
    }
    while (this.pos < this.n) {
      this.skipSeparation();
      if (this.pos >= this.n) break;
      this.readDocument(values, spans, roots);
    }
    return { values, spans, quotedSpans: this.quotedSpans, roots, store: this.store };
  }

  // -- documents -------------------------------------------------------------

  private readDocument(values: unknown[], spans: Array<{ start: number; end: number }>, roots: Array<PosCollection | null>): void {
    const text = this.text;
    if (this.pos !== this.lineStart) giveUp(); // content not at column 0 (an indented root)
    const first = text.charCodeAt(this.pos);
    if (first === 0x25 /* % */) giveUp(); // directives
    let onMarkerLine = false;
    if (this.atMarker(DASH)) {
      const markerLine = this.lineStart;
      this.pos += 3;
      this.skipSeparation();
      onMarkerLine = this.lineStart === markerLine && this.pos < this.n;
    } else if (this.atMarker(DOT)) {
      this.pos += 3;
      this.skipSeparation();
      return; // a stray document end: no document
    }

    this.anchors = new Map();
    this.aliasNodes = 0;
    let value: unknown = null;
    let start = NONE;
    let end = NONE;
    let root: PosCollection | null = null;
    const empty = this.pos >= this.n || this.atDocumentBoundary();
    if (!empty) {
      if (!onMarkerLine && this.pos !== this.lineStart) giveUp();
      value = this.parseNode(-1, onMarkerLine ? Place.MarkerLine : Place.Root, undefined);
      start = this.nodeStart;
      end = this.nodeEnd;
      root = this.nodePos;
      if (this.nodeIsAlias) giveUp();
    }
    values.push(value);
    spans.push({ start, end });
    roots.push(root);

    this.skipSeparation();
    let explicitEnd = false;
    if (this.pos < this.n && this.atMarker(DOT)) {
      explicitEnd = true;
      const markerLine = this.lineStart;
      this.pos += 3;
      this.skipSeparation();
      if (this.lineStart === markerLine && this.pos < this.n) giveUp();
    }
    if (!explicitEnd && this.pos < this.n && !this.atDocumentBoundary()) {
      giveUp(); // more content after the root: a multi-line root scalar, or bad indentation
    }
  }

  /** `---` or `...` at the current position, at the start of a line, followed by white space or the end. */
  private atMarker(c: number): boolean {
    const text = this.text;
    const p = this.pos;
    return (
      p === this.lineStart &&
      text.charCodeAt(p) === c &&
      text.charCodeAt(p + 1) === c &&
      text.charCodeAt(p + 2) === c &&
      isWsOrEolOrEnd(text.charCodeAt(p + 3))
    );
  }

  private atDocumentBoundary(): boolean {
    return this.atMarker(DASH) || this.atMarker(DOT);
  }

  // -- white space -------------------------------------------------------------

  /**
   * js-yaml's `skipSeparationSpace` with comments: spaces, comments and line
   * breaks. Tabs give up (YAML forbids them in indentation and js-yaml tracks
   * them in ways not worth copying). Returns the number of line breaks.
   */
  private skipSeparation(): number {
    const text = this.text;
    const n = this.n;
    let breaks = 0;
    let p = this.pos;
    let separated = p === this.lineStart || isWsOrEolOrEnd(text.charCodeAt(p - 1));
    while (p < n) {
      let c = text.charCodeAt(p);
      while (c === SPACE) {
        separated = true;
        c = text.charCodeAt(++p);
      }
      if (c === TAB) giveUp();
      if (c === HASH && separated) {
        const nl = text.indexOf('\n', p);
        p = nl === -1 ? n : nl;
        if (p === n) break;
        if (text.charCodeAt(p - 1) === CR) p--;
        c = text.charCodeAt(p);
      }
      if (c === CR) c = text.charCodeAt(++p);
      if (c !== LF) break;
      p++;
      breaks++;
      separated = true;
      this.lineStart = p;
      let indent = 0;
      while (text.charCodeAt(p) === SPACE) {
        p++;
        indent++;
      }
      this.lineIndent = indent;
    }
    this.pos = p;
    return breaks;
  }

  /** Skips spaces on the current line; gives up on a tab. */
  private skipSpaces(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === SPACE) c = text.charCodeAt(++this.pos);
    if (c === TAB) giveUp();
  }

  // -- nodes -------------------------------------------------------------------

  /**
   * Parses the node that starts at the current position (its first
   * character, a property or content). `parentIndent` is the indentation of
   * the enclosing block collection (-1 at the root). Sets the node* fields.
   */
  private parseNode(parentIndent: number, place: Place, props: Props | undefined): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    const column = this.pos - this.lineStart;
    const blockCollections = place === Place.Root || place === Place.Block;

    if (c === BANG || c === AMP) {
      if (props !== undefined) giveUp(); // a tag and an anchor, or two of one
      const prop = c === BANG ? this.readTag(false) : this.readAnchor(false);
      const lineBefore = this.lineStart;
      this.skipSeparation();
      if (this.lineStart === lineBefore) {
        if (this.pos >= this.n || isEol(text.charCodeAt(this.pos))) giveUp(); // an empty node with properties
        // On the property's line a mapping would have a key with properties: js-yaml's, not ours.
        return this.parseNode(parentIndent, place === Place.MarkerLine ? place : Place.InlineValue, prop);
      }
      // The node is on a later line.
      if (this.pos >= this.n || this.atDocumentBoundary() || place === Place.MarkerLine) giveUp();
      if (this.lineIndent > parentIndent) return this.parseNode(parentIndent, Place.Block, prop);
      if (this.lineIndent === parentIndent && place === Place.InlineValue && this.atSequenceEntry()) {
        return this.parseBlockSequence(parentIndent, prop);
      }
      return giveUp();
    }
    if (c === STAR) {
      if (props !== undefined) giveUp();
      const value = this.readAlias(false);
      this.refuseImplicitKey();
      return value;
    }
    if (c === 0x40 /* @ */ || c === 0x60 /* ` */ || c === 0x25 /* % */) giveUp();
    if (c === 0x3f /* ? */ && isWsOrEolOrEnd(text.charCodeAt(this.pos + 1))) giveUp(); // a complex key
    if (c === DASH && isWsOrEolOrEnd(text.charCodeAt(this.pos + 1))) {
      if (!blockCollections) giveUp();
      return this.parseBlockSequence(column, props);
    }
    if (c === LBRACKET || c === LBRACE) {
      const value = this.parseFlowCollection(props);
      this.refuseImplicitKey();
      return value;
    }
    if (c === PIPE || c === GT) return this.parseBlockScalar(parentIndent + 1, props);
    if (c === COLON && isWsOrEolOrEnd(text.charCodeAt(this.pos + 1))) giveUp();

    // A scalar, or the first key of a block mapping.
    const start = this.pos;
    const source = this.readScalarText(c, false);
    const plain = this.scalarPlain;
    const end = this.pos;
    this.skipSpaces();
    if (text.charCodeAt(this.pos) === COLON && isWsOrEolOrEnd(text.charCodeAt(this.pos + 1))) {
      // `a: b: c`, or a key with properties on its own line (the place is then inline)
      if (!blockCollections) giveUp();
      return this.parseBlockMapping(column, start, end, source, plain, props);
    }
    this.pos = end;
    return this.scalarValue(source, plain, start, end, props);
  }

  /** After a flow collection or an alias used as a value: a `:` would make it a key. */
  private refuseImplicitKey(): void {
    const save = this.pos;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) === COLON) giveUp();
    this.pos = save;
  }

  /** The value of a scalar node (resolved through the tag or the schema); sets the node* fields. */
  private scalarValue(source: string, plain: boolean, start: number, end: number, props: Props | undefined): unknown {
    this.setScalar(props === undefined ? start : props.start, end);
    const value = props?.defs !== undefined ? this.taggedScalar(source, props) : plain ? this.resolvePlain(source) : source;
    if (props?.anchor !== undefined) this.defineAnchor(props.anchor, value);
    return value;
  }

  private setScalar(start: number, end: number): void {
    this.nodeStart = start;
    this.nodeEnd = end;
    this.nodePos = null;
    this.nodeKind = Kind.Scalar;
    this.nodeIsAlias = false;
    this.nodeSize = 1;
    this.nodeHeight = 0;
  }

  /** A plain scalar's value: the first implicit tag of the schema that resolves it, else a string. */
  private resolvePlain(source: string): unknown {
    const resolver = this.resolver;
    const candidates = resolver.byFirstChar.get(source.charAt(0)) ?? resolver.anyFirstChar;
    for (let i = 0; i < candidates.length; i++) {
      const tag = candidates[i]!;
      const value = tag.resolve(source, false, tag.tagName);
      if (value !== NOT_RESOLVED) {
        this.resolvedMerge = tag.tagName === MERGE_TAG;
        return value;
      }
    }
    this.resolvedMerge = false;
    return resolver.str.resolve(source, false, resolver.str.tagName);
  }

  /**
   * A mapping key's own string (js-yaml's mapTag.addPair: `String(key)`), or
   * undefined for a merge key (a plain `<<` the schema resolves to the merge tag).
   */
  private keyString(source: string, plain: boolean): string | undefined {
    let key: unknown = source;
    if (plain) {
      key = this.resolvePlain(source);
      if (this.resolvedMerge) return undefined;
    }
    this.keyWasString = typeof key === 'string';
    if (key !== null && typeof key === 'object') giveUp();
    const name = String(key);
    if (name === '__proto__') giveUp();
    return name;
  }

  /** Opens a collection: depth limit, and its anchor marked open (an alias inside it would be recursive). */
  private enter(props: Props | undefined): void {
    if (++this.depth > this.maxDepth) giveUp();
    if (props?.anchor !== undefined) {
      if (this.anchors.get(props.anchor)?.open === true) giveUp(); // see defineAnchor
      this.anchors.set(props.anchor, { open: true, value: null, kind: Kind.Scalar, mappingsOnly: false, pos: null, size: 0, height: 0 });
    }
  }

  /**
   * Records the last parsed node under an anchor name. Redefining a name
   * inside the collection that defines it gives up: js-yaml's constructor
   * and its load-time scan then disagree on which node the name means.
   */
  private defineAnchor(name: string, value: unknown, closing = false): void {
    if (!closing && this.anchors.get(name)?.open === true) giveUp();
    this.anchors.set(name, {
      open: false,
      value,
      kind: this.nodeKind,
      mappingsOnly: this.nodeMappingsOnly,
      pos: this.nodePos,
      size: this.nodeSize,
      height: this.nodeHeight,
    });
  }

  /** Whether the current position is a block sequence entry indicator (`-` + white space). */
  private atSequenceEntry(): boolean {
    return this.text.charCodeAt(this.pos) === DASH && isWsOrEolOrEnd(this.text.charCodeAt(this.pos + 1));
  }

  // -- block collections -------------------------------------------------------------

  private parseBlockMapping(
    indent: number,
    firstKeyStart: number,
    firstKeyEnd: number,
    firstKey: string,
    firstPlain: boolean,
    props: Props | undefined,
  ): unknown {
    const text = this.text;
    this.enter(props);
    const mappingTag = props?.defs === undefined ? undefined : props.defs.mapping;
    if (props?.defs !== undefined && mappingTag === undefined) giveUp();
    const carrier: unknown = mappingTag === undefined ? {} : mappingTag.create(props!.tag!);
    const object = carrier as Record<string, unknown>;
    let overridable: Set<string> | undefined; // keys a merge brought in, which explicit keys may replace
    const keyBase = this.keyTop;
    const childBase = this.childTop;
    const nameBase = this.nameTop;
    let merges: PosCollection[] | null = null;
    const start = props === undefined ? firstKeyStart : props.start;
    let end = firstKeyStart + 1;
    let size = 1;
    let height = 0;

    let keyStart = firstKeyStart;
    let keyEnd = firstKeyEnd;
    let keySource = firstKey;
    let keyPlain = firstPlain;
    for (;;) {
      // At the `:` after the key.
      const entryLine = this.lineStart;
      this.pos++;
      const key = this.keyString(keySource, keyPlain);
      const keyWasString = this.keyWasString;
      if (keyEnd > end) end = keyEnd;
      const value = this.parseValue(indent, true);
      let valueStart = this.nodeStart;
      let valueEnd = this.nodeEnd;
      if (valueStart === NONE) {
        valueStart = keyStart; // `key:` with no value: point at the key
        valueEnd = keyEnd;
      } else if (valueEnd > end) end = valueEnd;
      this.pushKey(keySource);
      this.pushChild(valueStart, valueEnd);
      size += 1 + this.nodeSize;
      if (this.nodeHeight > height) height = this.nodeHeight;
      if (key === undefined) {
        if (mappingTag !== undefined) giveUp();
        overridable ??= new Set();
        this.merge(object, overridable, value);
        merges ??= [];
        this.mergeSources(merges);
      } else if (mappingTag === undefined) {
        if (overridable === undefined && this.nameTop - nameBase < 16) {
          // A few keys, none merged: compare strings (cheaper than a property lookup by a fresh string).
          const names = this.scratchNames;
          for (let i = nameBase; i < this.nameTop; i++) if (names[i] === key) giveUp();
          names[this.nameTop++] = key;
        } else {
          const previous = object[key];
          // A duplicate, unless it replaces a merged key (js-yaml compares the key's value: only strings match).
          if (previous !== undefined && Object.hasOwn(object, key) && !(keyWasString && overridable?.has(key) === true)) giveUp();
        }
        object[key] = value;
        overridable?.delete(key);
      } else {
        if (mappingTag.has(carrier, key)) giveUp();
        if (mappingTag.addPair(carrier, key, value) !== '') giveUp();
      }

      this.skipSeparation();
      if (this.pos >= this.n) break;
      if (this.lineStart === entryLine) giveUp(); // something after the value on its line
      if (this.atDocumentBoundary()) break;
      if (this.lineIndent < indent) break;
      if (this.lineIndent > indent) giveUp();
      // The next key.
      const c = text.charCodeAt(this.pos);
      keyStart = this.pos;
      if (c === DQUOTE) {
        keySource = this.readDoubleQuoted();
        keyPlain = false;
      } else if (c === QUOTE) {
        keySource = this.readSingleQuoted();
        keyPlain = false;
      } else {
        keySource = this.readPlain(false);
        keyPlain = true;
      }
      keyEnd = this.pos;
      this.skipSpaces();
      if (text.charCodeAt(this.pos) !== COLON || !isWsOrEolOrEnd(text.charCodeAt(this.pos + 1))) giveUp();
    }
    this.depth--;
    this.nameTop = nameBase;
    const value = mappingTag === undefined || mappingTag.carrierIsResult ? carrier : mappingTag.finalize(carrier);
    this.setCollection(start, end, this.takeEntries(start, end, keyBase, childBase, merges), size, height + 1);
    this.nodeKind = mappingTag === undefined ? Kind.Mapping : Kind.Tagged;
    if (props?.anchor !== undefined) this.defineAnchor(props.anchor, value, true);
    return value;
  }

  /** Records the last parsed node as the next child of the collection being parsed. */
  private pushChild(start: number, end: number): void {
    const top = this.childTop++;
    this.scratchRanges[2 * top] = start;
    this.scratchRanges[2 * top + 1] = end;
    this.scratchKids[top] = this.nodePos;
  }

  private pushKey(key: string): void {
    this.scratchKeys[this.keyTop++] = key;
  }

  /** The position record of a finished collection whose entries start at these scratch stack heights. */
  private takeEntries(start: number, end: number, keyBase: number, childBase: number, merges: PosCollection[] | null): PosCollection {
    const { keys, ranges, kids } = this.store;
    const first = kids.length;
    const count = this.childTop - childBase;
    const scratchRanges = this.scratchRanges;
    const scratchKids = this.scratchKids;
    const scratchKeys = this.scratchKeys;
    const mapping = keyBase !== NONE;
    for (let i = 0; i < count; i++) {
      const slot = childBase + i;
      ranges.push(scratchRanges[2 * slot]!, scratchRanges[2 * slot + 1]!);
      kids.push(scratchKids[slot]!);
      keys.push(mapping ? scratchKeys[keyBase + i]! : '');
    }
    this.childTop = childBase;
    if (mapping) this.keyTop = keyBase;
    return { start, end, mapping, first, count, merges };
  }

  private setCollection(start: number, end: number, pos: PosCollection, size: number, height: number): void {
    this.nodeStart = start;
    this.nodeEnd = end;
    this.nodePos = pos;
    this.nodeIsAlias = false;
    this.nodeMappingsOnly = false;
    this.nodeSize = size;
    this.nodeHeight = height;
  }

  /**
   * Applies a merge key's value (the last parsed node) as js-yaml does: an
   * untagged mapping, or a sequence of them (at most 100), adds the keys the
   * mapping does not have yet, in order; explicit keys may replace them later.
   */
  private merge(object: Record<string, unknown>, overridable: Set<string>, value: unknown): void {
    if (this.nodeKind === Kind.Mapping) {
      mergeKeys(object, overridable, value as Record<string, unknown>);
      return;
    }
    if (this.nodeKind !== Kind.Sequence || !this.nodeMappingsOnly) giveUp();
    const sources = value as Array<Record<string, unknown>>;
    if (sources.length > 100) giveUp();
    for (const source of sources) mergeKeys(object, overridable, source);
  }

  /** The merge value's position sources, as the js-yaml-based index records them. */
  private mergeSources(merges: PosCollection[]): void {
    const pos = this.nodePos;
    if (pos === null) giveUp();
    if (this.nodeIsAlias || pos.mapping) {
      merges.push(pos); // the index looks through an alias (even of a sequence) as one source
      return;
    }
    for (let slot = pos.first; slot < pos.first + pos.count; slot++) {
      const item = this.store.kids[slot] ?? null;
      if (item === null) giveUp();
      merges.push(item);
    }
  }

  private parseBlockSequence(indent: number, props: Props | undefined): unknown {
    this.enter(props);
    const sequenceTag = props?.defs === undefined ? undefined : props.defs.sequence;
    if (props?.defs !== undefined && sequenceTag === undefined) giveUp();
    const carrier: unknown = sequenceTag === undefined ? [] : sequenceTag.create(props!.tag!);
    const childBase = this.childTop;
    const start = props === undefined ? this.pos : props.start;
    let end = this.pos + 1;
    let count = 0;
    let size = 1;
    let height = 0;
    let mappingsOnly = true;
    for (;;) {
      // At the `-`.
      const entryLine = this.lineStart;
      this.pos++;
      const value = this.parseValue(indent, false);
      if (this.nodeStart !== NONE && this.nodeEnd > end) end = this.nodeEnd;
      this.pushChild(this.nodeStart, this.nodeEnd);
      size += this.nodeSize;
      if (this.nodeHeight > height) height = this.nodeHeight;
      if (this.nodeKind !== Kind.Mapping) mappingsOnly = false;
      if (sequenceTag === undefined) (carrier as unknown[]).push(value);
      else if (sequenceTag.addItem(carrier, value, count)) giveUp();
      count++;

      this.skipSeparation();
      if (this.pos >= this.n) break;
      if (this.lineStart === entryLine) giveUp();
      if (this.atDocumentBoundary()) break;
      if (this.lineIndent < indent) break;
      if (this.lineIndent > indent) giveUp();
      if (!this.atSequenceEntry()) break; // the parent decides (a key after a same-indent sequence)
    }
    this.depth--;
    const value = sequenceTag === undefined || sequenceTag.carrierIsResult ? carrier : sequenceTag.finalize(carrier);
    this.setCollection(start, end, this.takeEntries(start, end, NONE, childBase, null), size, height + 1);
    this.nodeKind = sequenceTag === undefined ? Kind.Sequence : Kind.Tagged;
    this.nodeMappingsOnly = mappingsOnly;
    if (props?.anchor !== undefined) this.defineAnchor(props.anchor, value, true);
    return value;
  }

  /**
   * The value after a mapping key's `:` or a sequence entry's `-` (the
   * current position is just after the indicator). `indent` is the
   * collection's. An absent value is null with no range.
   */
  private parseValue(indent: number, inMapping: boolean): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (this.pos < this.n && !isWsOrEolOrEnd(c)) giveUp();
    const breaks = this.skipSeparation();
    if (this.pos >= this.n || (breaks > 0 && this.atDocumentBoundary())) return this.emptyNode();
    if (breaks === 0) return this.parseNode(indent, inMapping ? Place.InlineValue : Place.Block, undefined);
    if (this.lineIndent > indent) return this.parseNode(indent, Place.Block, undefined);
    if (inMapping && this.lineIndent === indent && this.atSequenceEntry()) return this.parseBlockSequence(indent, undefined);
    return this.emptyNode();
  }

  private emptyNode(): null {
    this.setScalar(NONE, NONE);
    return null;
  }

  // -- flow collections (on one line) --------------------------------------------------

  private parseFlowCollection(props: Props | undefined): unknown {
    const text = this.text;
    this.enter(props);
    const open = this.pos;
    const isMapping = text.charCodeAt(open) === LBRACE;
    const close = isMapping ? RBRACE : RBRACKET;
    const defs = props?.defs;
    const mappingTag = isMapping ? defs?.mapping : undefined;
    const sequenceTag = isMapping ? undefined : defs?.sequence;
    if (defs !== undefined && mappingTag === undefined && sequenceTag === undefined) giveUp();
    const tagName = props?.tag ?? '';
    let carrier: unknown;
    if (isMapping) carrier = mappingTag === undefined ? {} : mappingTag.create(tagName);
    else carrier = sequenceTag === undefined ? [] : sequenceTag.create(tagName);
    const keyBase = isMapping ? this.keyTop : NONE;
    const childBase = this.childTop;
    let count = 0;
    let size = 1;
    let height = 0;
    let mappingsOnly = true;
    this.pos++;
    this.skipFlowSpaces();
    if (text.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (isMapping) {
          const c = text.charCodeAt(this.pos);
          let keySource: string;
          let keyPlain = false;
          if (c === DQUOTE) keySource = this.readDoubleQuoted();
          else if (c === QUOTE) keySource = this.readSingleQuoted();
          else {
            keySource = this.readPlain(true);
            keyPlain = true;
          }
          const key = this.keyString(keySource, keyPlain);
          if (key === undefined) giveUp(); // a merge key in a flow mapping
          this.skipFlowSpaces();
          if (text.charCodeAt(this.pos) !== COLON) giveUp(); // `{a}`: a key without a value
          this.pos++;
          this.skipFlowSpaces();
          const next = text.charCodeAt(this.pos);
          if (next === COMMA || next === close) giveUp(); // `{a: }`
          const value = this.parseFlowNode();
          this.pushKey(keySource);
          this.pushChild(this.nodeStart, this.nodeEnd);
          size += 1 + this.nodeSize;
          if (mappingTag === undefined) {
            const object = carrier as Record<string, unknown>;
            if (object[key] !== undefined && Object.hasOwn(object, key)) giveUp();
            object[key] = value;
          } else {
            if (mappingTag.has(carrier, key)) giveUp();
            if (mappingTag.addPair(carrier, key, value) !== '') giveUp();
          }
        } else {
          const value = this.parseFlowNode();
          this.pushChild(this.nodeStart, this.nodeEnd);
          size += this.nodeSize;
          if (this.nodeKind !== Kind.Mapping) mappingsOnly = false;
          if (sequenceTag === undefined) (carrier as unknown[]).push(value);
          else if (sequenceTag.addItem(carrier, value, count)) giveUp();
        }
        if (this.nodeHeight > height) height = this.nodeHeight;
        count++;
        this.skipFlowSpaces();
        const c = text.charCodeAt(this.pos);
        if (c === close) break;
        if (c !== COMMA) giveUp(); // a pair in a sequence, a missing comma, a line break
        this.pos++;
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) === close || text.charCodeAt(this.pos) === COMMA) giveUp(); // trailing or double comma
      }
    }
    this.pos++; // the closing bracket
    this.depth--;
    let value = carrier;
    if (mappingTag !== undefined && !mappingTag.carrierIsResult) value = mappingTag.finalize(carrier);
    if (sequenceTag !== undefined && !sequenceTag.carrierIsResult) value = sequenceTag.finalize(carrier);
    const start = props === undefined ? open : props.start;
    this.setCollection(start, this.pos, this.takeEntries(start, this.pos, keyBase, childBase, null), size, height + 1);
    if (mappingTag !== undefined || sequenceTag !== undefined) this.nodeKind = Kind.Tagged;
    else this.nodeKind = isMapping ? Kind.Mapping : Kind.Sequence;
    this.nodeMappingsOnly = !isMapping && mappingsOnly;
    if (props?.anchor !== undefined) this.defineAnchor(props.anchor, value, true);
    return value;
  }

  /** Spaces inside a flow collection; a line break, a comment or a tab gives up (one-line flow only). */
  private skipFlowSpaces(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === SPACE) c = text.charCodeAt(++this.pos);
    if (c === TAB || c === HASH || isEol(c) || this.pos >= this.n) giveUp();
  }

  /** One entry of a flow collection: a nested collection, an alias, a quoted or plain scalar, with a property. */
  private parseFlowNode(): unknown {
    const text = this.text;
    let props: Props | undefined;
    let c = text.charCodeAt(this.pos);
    if (c === BANG || c === AMP) {
      props = c === BANG ? this.readTag(true) : this.readAnchor(true);
      this.skipFlowSpaces();
      c = text.charCodeAt(this.pos);
    }
    if (c === LBRACKET || c === LBRACE) return this.parseFlowCollection(props);
    if (c === STAR && props === undefined) return this.readAlias(true);
    if (c === BANG || c === AMP || c === STAR || c === 0x3f || c === COLON) giveUp();
    const start = this.pos;
    const source = this.readScalarText(c, true);
    return this.scalarValue(source, this.scalarPlain, start, this.pos, props);
  }

  /**
   * Reads the scalar that starts with character `c` at the current position:
   * double-quoted, single-quoted or plain (then {@link scalarPlain} is set; a
   * field, not a returned pair, to allocate nothing per scalar).
   */
  private readScalarText(c: number, inFlow: boolean): string {
    this.scalarPlain = c !== DQUOTE && c !== QUOTE;
    if (c === DQUOTE) return this.readDoubleQuoted();
    if (c === QUOTE) return this.readSingleQuoted();
    return this.readPlain(inFlow);
  }

  // -- properties and aliases ---------------------------------------------------------

  /** A tag property (`!Name`): only local tags the schema defines; anything else gives up. Must be followed by a space. */
  private readTag(inFlow: boolean): Props {
    const text = this.text;
    const start = this.pos;
    let p = start + 1;
    while (p < this.n && isTagChar(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (p === start + 1 || !(inFlow ? c === SPACE : isWsOrEolOrEnd(c))) giveUp();
    const name = text.slice(start, p);
    const defs = this.resolver.local.get(name);
    if (defs === undefined) giveUp();
    this.pos = p;
    return { start, tag: name, defs, anchor: undefined };
  }

  /** An anchor property (`&name`); must be followed by a space (or, in block context, a line break). */
  private readAnchor(inFlow: boolean): Props {
    const start = this.pos;
    const p = this.nameEnd(start + 1);
    const c = this.text.charCodeAt(p);
    if (!(inFlow ? c === SPACE : isWsOrEolOrEnd(c))) giveUp();
    this.pos = p;
    return { start, tag: undefined, defs: undefined, anchor: this.text.slice(start + 1, p) };
  }

  /** End of an anchor or alias name (js-yaml: up to white space or a flow indicator); gives up on an empty name. */
  private nameEnd(from: number): number {
    const text = this.text;
    let p = from;
    while (p < this.n) {
      const c = text.charCodeAt(p);
      if (isWsOrEolOrEnd(c) || isFlowIndicator(c)) break;
      p++;
    }
    if (p === from) giveUp();
    return p;
  }

  /**
   * An alias (`*name`): the anchored value itself (js-yaml shares it), with
   * the js-yaml path's limits (unknown or recursive alias, expansion budget,
   * depth through the alias) turned into giving up.
   */
  private readAlias(inFlow: boolean): unknown {
    const start = this.pos;
    const end = this.nameEnd(start + 1);
    if (!inFlow && !isWsOrEolOrEnd(this.text.charCodeAt(end))) giveUp();
    const anchor = this.anchors.get(this.text.slice(start + 1, end));
    if (anchor === undefined || anchor.open) giveUp();
    this.aliasNodes += anchor.size;
    if (this.aliasNodes > this.maxAliasNodes) giveUp();
    if (this.depth + anchor.height > this.maxDepth) giveUp();
    this.pos = end;
    this.nodeStart = start;
    this.nodeEnd = end;
    this.nodePos = anchor.pos;
    this.nodeKind = anchor.kind;
    this.nodeMappingsOnly = anchor.mappingsOnly;
    this.nodeIsAlias = true;
    this.nodeSize = anchor.size;
    this.nodeHeight = anchor.height;
    return anchor.value;
  }

  // -- scalars -------------------------------------------------------------------

  /**
   * A plain scalar on one line (js-yaml's readPlainScalar without the
   * multi-line part: callers give up when a more indented line follows).
   * Leaves the position just after its last non-space character.
   */
  private readPlain(inFlow: boolean): string {
    const text = this.text;
    const n = this.n;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (
      Number.isNaN(first) ||
      isWsOrEolOrEnd(first) ||
      first === HASH || first === 0x26 || first === 0x2a || first === BANG || first === PIPE || first === GT ||
      first === QUOTE || first === DQUOTE || first === 0x25 || first === 0x40 || first === 0x60 || isFlowIndicator(first)
    ) {
      giveUp();
    }
    if (first === 0x3f || first === DASH || first === COLON) {
      const next = text.charCodeAt(start + 1);
      if (isWsOrEolOrEnd(next) || (inFlow && isFlowIndicator(next))) giveUp();
    }
    if (start === this.lineStart && (this.atMarker(DASH) || this.atMarker(DOT))) giveUp();
    let p = start;
    let end = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === COLON) {
        const next = text.charCodeAt(p + 1);
        if (isWsOrEolOrEnd(next) || (inFlow && isFlowIndicator(next))) break;
      } else if (c === HASH) {
        const prev = text.charCodeAt(p - 1);
        if (prev === SPACE || prev === TAB) break;
      } else if (c === LF || c === CR) {
        break;
      } else if (c === TAB) {
        giveUp();
      } else if (inFlow && isFlowIndicator(c)) {
        break;
      }
      if (c !== SPACE) end = p + 1;
      p++;
    }
    this.pos = end;
    return text.slice(start, end);
  }

  /** A single-quoted scalar on one line. Leaves the position after the closing quote. */
  private readSingleQuoted(): string {
    const text = this.text;
    const valueStart = this.pos + 1;
    let p = valueStart;
    let simple = true;
    for (;;) {
      const q = text.indexOf("'", p);
      if (q === -1) giveUp();
      if (text.charCodeAt(q + 1) === QUOTE) {
        simple = false;
        p = q + 2;
        continue;
      }
      p = q;
      break;
    }
    for (let i = valueStart; i < p; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 && c !== TAB) giveUp(); // a line break (multi-line) or a control character
    }
    this.pos = p + 1;
    this.quotedSpans.push(valueStart, p);
    return simple ? text.slice(valueStart, p) : this.decode(valueStart, p, SCALAR_STYLE.SINGLE_QUOTED);
  }

  /** A double-quoted scalar on one line, escapes checked as js-yaml checks them. */
  private readDoubleQuoted(): string {
    const text = this.text;
    const n = this.n;
    const valueStart = this.pos + 1;
    let p = valueStart;
    let simple = true;
    for (;;) {
      if (p >= n) giveUp();
      const c = text.charCodeAt(p);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        simple = false;
        const e = text.charCodeAt(p + 1);
        if (isSimpleEscape(e)) {
          p += 2;
          continue;
        }
        const hex = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
        if (hex === 0) giveUp(); // unknown escape, or a line continuation
        for (let i = 0; i < hex; i++) if (!isHex(text.charCodeAt(p + 2 + i))) giveUp();
        if (hex === 8 && parseInt(text.slice(p + 2, p + 10), 16) > 0x10ffff) giveUp();
        p += 2 + hex;
        continue;
      }
      if (c < 0x20 && c !== TAB) giveUp(); // a line break (multi-line) or a control character
      p++;
    }
    this.pos = p + 1;
    this.quotedSpans.push(valueStart, p);
    return simple ? text.slice(valueStart, p) : this.decode(valueStart, p, SCALAR_STYLE.DOUBLE_QUOTED);
  }

  /** js-yaml's own decoding of a scalar from its offsets. */
  private decode(valueStart: number, valueEnd: number, style: ScalarEvent['style'], chomping: ScalarEvent['chomping'] = CHOMPING_MODE.CLIP, indent = -1): string {
    const event: ScalarEvent = {
      type: EVENT_ID.SCALAR,
      valueStart,
      valueEnd,
      anchorStart: NONE,
      anchorEnd: NONE,
      tagStart: NONE,
      tagEnd: NONE,
      style,
      chomping,
      indent,
      fast: false,
    };
    return getScalarValue(this.text, event);
  }

  /**
   * A literal or folded block scalar: js-yaml's readBlockScalar, giving up
   * where it throws. `parentIndent` is js-yaml's (the enclosing collection's
   * indentation + 1). Leaves the position at the first non-space character
   * of the first line after the scalar (or the end).
   */
  private parseBlockScalar(parentIndent: number, props: Props | undefined): unknown {
    const text = this.text;
    const n = this.n;
    const header = this.pos;
    const style = text.charCodeAt(header) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let chomping: ScalarEvent['chomping'] = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detectedIndent = false;
    let p = header + 1;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x2b /* + */ || c === DASH) {
        if (chomping !== CHOMPING_MODE.CLIP) giveUp();
        chomping = c === 0x2b ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
        p++;
      } else if (c >= 0x30 && c <= 0x39) {
        if (c === 0x30 || detectedIndent) giveUp();
        indent = parentIndent + (c - 0x30) - 1;
        detectedIndent = true;
        p++;
      } else break;
    }
    let hadWhitespace = false;
    for (let c = text.charCodeAt(p); c === SPACE || c === TAB; c = text.charCodeAt(++p)) hadWhitespace = true;
    if (hadWhitespace && text.charCodeAt(p) === HASH) {
      while (p < n && !isEol(text.charCodeAt(p))) p++;
    }
    if (text.charCodeAt(p) === CR) p++;
    if (text.charCodeAt(p) === LF) p++;
    else if (p < n) giveUp(); // content after the header
    this.lineStart = p;

    let contentIndent = detectedIndent ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = p;
    let valueEnd = p;
    let lineIndent = 0;
    while (p < n) {
      const linePosition = p;
      let column = 0;
      while (text.charCodeAt(linePosition + column) === SPACE) column++;
      const first = text.charCodeAt(linePosition + column);
      if (linePosition + column >= n) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        p = n;
        lineIndent = column;
        break;
      }
      this.pos = linePosition;
      this.lineStart = linePosition;
      if (this.atDocumentBoundary()) {
        lineIndent = 0;
        break;
      }
      const blank = isEol(first);
      if (!detectedIndent && contentIndent === -1 && blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
      if (!detectedIndent && contentIndent === -1 && !blank) {
        if (first === TAB && column < parentIndent) giveUp();
        if (column >= parentIndent && column < maxLeadingIndent) giveUp();
      }
      if (contentIndent === -1 && !blank && column < parentIndent) {
        p = linePosition + column;
        lineIndent = column;
        break;
      }
      if (!detectedIndent && !blank && contentIndent === -1) contentIndent = column;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column < requiredIndent) {
        p = linePosition + column;
        lineIndent = column;
        break;
      }
      const nl = text.indexOf('\n', linePosition + column);
      p = nl === -1 ? n : nl + 1;
      valueEnd = p;
    }
    this.pos = p;
    this.lineIndent = lineIndent;
    if (p < n && text.charCodeAt(p) === TAB) giveUp();
    this.quotedSpans.push(valueStart, valueEnd);
    const source = this.decode(valueStart, valueEnd, style, chomping, contentIndent);

    // The range, as the js-yaml-based index computes it: from the header to the last non-blank character.
    let end = valueEnd;
    while (end > valueStart && isBlankCode(text.charCodeAt(end - 1))) end--;
    let start = valueStart;
    const headerAt = blockHeaderStart(text, valueStart);
    if (headerAt !== NONE) {
      start = headerAt;
      if (end <= start) end = start + 1;
    }
    this.setScalar(props === undefined ? start : Math.min(props.start, start), end);
    const value = props?.defs !== undefined ? this.taggedScalar(source, props) : source;
    if (props?.anchor !== undefined) this.defineAnchor(props.anchor, value);
    return value;
  }

  /** A scalar constructed by its local tag (`!Ref Foo`); gives up when the tag takes no scalar or refuses it. */
  private taggedScalar(source: string, props: Props): unknown {
    const scalarTag = props.defs?.scalar;
    if (scalarTag === undefined) giveUp();
    const value = scalarTag.resolve(source, true, props.tag!);
    if (value === NOT_RESOLVED) giveUp();
    this.nodeKind = Kind.Tagged;
    return value;
  }
}

/** js-yaml's mergeKeys for plain objects: keys the target lacks are added, and may be overridden later. */
function mergeKeys(target: Record<string, unknown>, overridable: Set<string>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    if (Object.hasOwn(target, key)) continue;
    target[key] = source[key];
    overridable.add(key);
  }
}

function isSimpleEscape(c: number): boolean {
  return (
    c === 0x30 || c === 0x61 || c === 0x62 || c === 0x74 || c === TAB || c === 0x6e || c === 0x76 || c === 0x66 ||
    c === 0x72 || c === 0x65 || c === SPACE || c === DQUOTE || c === 0x2f || c === BACKSLASH || c === 0x4e ||
    c === 0x5f || c === 0x4c || c === 0x50
  );
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
