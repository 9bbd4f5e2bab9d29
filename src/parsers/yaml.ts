/**
 * Shared YAML loading for every YAML-based format (Kubernetes manifests today;
 * docker-compose, CloudFormation and GitHub workflows later).
 *
 * Loading is js-yaml 5's own two steps, `parseEvents` then
 * `constructFromEvents`, with one cheap pass over the event stream in between.
 * That pass finds each document's lines and refuses hostile input before any
 * value is built: nesting deeper than {@link MAX_YAML_DEPTH}, recursive
 * aliases (cyclic values) and alias "bombs" (aliases that would expand a
 * document far beyond its own size once something walks or serializes it).
 *
 * Positions of individual nodes are not kept: findings are rare, so the
 * position index of a document is built on the first `positionOf` call by
 * parsing that document's text again.
 *
 * Before all that, the fast path (yaml-fast.ts) tries the text: a one-pass
 * parser for the subset real manifests and templates use, which records node
 * positions as it goes and returns exactly what the steps above would, or
 * gives up, and then the steps above run (and make every error message).
 */
import {
  COLLECTION_STYLE,
  CORE_SCHEMA,
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  mergeTag,
  parseEvents,
} from 'js-yaml';
import type { Event, ScalarEvent, Schema } from 'js-yaml';
import { LineTable } from './line-table.js';
import { FastPositionIndex, parseYamlFast } from './yaml-fast.js';
import { blockHeaderStart, isBlankCode, NONE } from './yaml-text.js';
import { ParseError } from './types.js';
import type { NormalizedDocument, NormalizedResource, ParsedDocument, Range, ValuePath } from './types.js';

/** YAML 1.2 core schema plus merge keys (`<<: *base`), which js-yaml 5 leaves off by default. */
export const YAML_SCHEMA: Schema = CORE_SCHEMA.withTags(mergeTag);

/** Deepest nesting of collections (mappings and sequences) a document may have, aliases included. */
export const MAX_YAML_DEPTH = 200;

/** Default for {@link YamlLoadOptions.maxAliasNodes}. */
export const MAX_ALIAS_NODES = 100_000;

/** Options of {@link loadYamlDocuments}. */
export interface YamlLoadOptions {
  /** Tag schema. Default {@link YAML_SCHEMA}. */
  schema?: Schema;
  /** Deepest nesting of collections. Default {@link MAX_YAML_DEPTH}. */
  maxDepth?: number;
  /**
   * How many nodes the aliases of one document may add to it when expanded
   * (an alias of a 50-node mapping adds 50). Default {@link MAX_ALIAS_NODES}.
   */
  maxAliasNodes?: number;
  /**
   * A template opener such as `{{`. When set, {@link YamlStream.templateActions}
   * tells whether it occurs anywhere but inside quoted or block scalars and comments.
   */
  templateOpen?: string;
  /**
   * `auto` (default) tries the fast subset parser (yaml-fast.ts) and falls
   * back to js-yaml for anything outside its subset; `js-yaml` forces js-yaml
   * (tests compare the two).
   */
  engine?: 'auto' | 'js-yaml';
}

/** One document of a YAML stream. */
export interface YamlDocument {
  /** Position in the stream, from 0 (empty documents count). */
  index: number;
  /** The value as js-yaml constructs it; `null` for an empty document. */
  value: unknown;
  /**
   * 1-based first and last line of the document's content (comments and
   * `---` markers excluded). An empty document gets the line after the
   * previous document's content for both.
   */
  startLine: number;
  endLine: number;
}

/** The deepest node found for a path, and how many path segments it matched. */
export interface PositionMatch {
  range: Range;
  /** Number of leading path segments that exist; equals the path's length on an exact match. */
  depth: number;
}

/** A loaded YAML file: its documents and a lazily built position index. */
export interface YamlStream {
  file: string;
  documents: YamlDocument[];
  /** Only computed with {@link YamlLoadOptions.templateOpen}; otherwise false. */
  templateActions: boolean;
  /**
   * The source range of the node at `path` (object keys and array indexes)
   * in document `docIndex`: for a mapping key, the range of its value node
   * (the key itself when the value is empty). Lines and columns are 1-based;
   * `endColumn` is exclusive (SARIF convention). Paths through aliases
   * continue inside the anchored node; keys brought in by a merge (`<<`) are
   * found where they are written. Undefined when the path does not exist.
   */
  positionOf(docIndex: number, path: ValuePath): Range | undefined;
  /** Like {@link YamlStream.positionOf}, but falls back to the deepest existing ancestor. */
  nearestPositionOf(docIndex: number, path: ValuePath): PositionMatch | undefined;
}

/**
 * Parses a YAML stream (one or more `---`-separated documents).
 *
 * @throws ParseError with a one-line message and 1-based line/column when the
 * text is not valid YAML, has a duplicate key, nests deeper than allowed, has
 * a recursive alias, or has aliases that expand beyond the budget.
 */
export function loadYamlDocuments(text: string, fileName: string, options: YamlLoadOptions = {}): YamlStream {
  let current = text;
  for (let fixes = 0; ; fixes++) {
    try {
      return loadYamlDocumentsStrictly(current, fileName, options);
    } catch (error) {
      const lenient = fixes < MAX_FLOW_CLOSER_FIXES ? indentFlowCloser(current, error) : undefined;
      if (lenient === undefined) throw error;
      current = lenient;
    }
  }
}

/** How many closing brackets {@link indentFlowCloser} re-indents in one file before the error stands. */
const MAX_FLOW_CLOSER_FIXES = 20;

/**
 * kubectl (go-yaml) and PyYAML accept a flow sequence or mapping whose closing
 * `]` or `}` sits at the indentation of its key:
 *
 *     args: [
 *         "--port", "8080",
 *     ]
 *
 * js-yaml rejects it ("deficient indentation"). Whitespace before a flow
 * closer means nothing, so when that is the error and its line holds only the
 * closer, the line is indented like the line above it and parsed again: the
 * same values, the same line numbers.
 */
function indentFlowCloser(text: string, error: unknown): string | undefined {
  if (!(error instanceof ParseError) || error.line === undefined || !error.message.startsWith('deficient indentation')) return undefined;
  const lines = text.split('\n');
  const index = error.line - 1;
  const line = lines[index];
  if (line === undefined || !/^[ \t]*[\]}]/.test(line)) return undefined;
  const indentOf = (l: string): number => l.length - l.trimStart().length;
  let above = index - 1;
  while (above >= 0 && lines[above]!.trim() === '') above--;
  if (above < 0 || indentOf(lines[above]!) <= indentOf(line)) return undefined;
  lines[index] = ' '.repeat(indentOf(lines[above]!)) + line.trimStart();
  return lines.join('\n');
}

function loadYamlDocumentsStrictly(text: string, fileName: string, options: YamlLoadOptions): YamlStream {
  const schema = options.schema ?? YAML_SCHEMA;
  const limits: WalkLimits = {
    maxDepth: options.maxDepth ?? MAX_YAML_DEPTH,
    maxAliasNodes: options.maxAliasNodes ?? MAX_ALIAS_NODES,
  };
  const fast = options.engine === 'js-yaml' ? undefined : parseYamlFast(text, schema, limits.maxDepth, limits.maxAliasNodes);
  let scan: ScanResult;
  let values: unknown[];
  if (fast !== undefined) {
    scan = { documents: fast.spans, quotedSpans: fast.quotedSpans };
    values = fast.values;
  } else {
    const events = parseStream(text, fileName, limits.maxDepth);
    scan = scanEvents(events, text, limits);
    try {
      values = constructFromEvents(events, {
        source: text,
        filename: fileName,
        schema,
        // The alias budget above bounds merge work; js-yaml's own limit counts
        // across the whole stream and trips on long multi-document files.
        maxTotalMergeKeys: -1,
      });
    } catch (error) {
      throw toParseError(error, text);
    }
  }
  const templateActions =
    options.templateOpen === undefined ? false : hasTemplateActions(text, options.templateOpen, scan.quotedSpans);

  const counter = new LineCounter(text);
  const documents: YamlDocument[] = [];
  let cursor = 0; // where the next document's `---` may be
  for (let i = 0; i < scan.documents.length; i++) {
    const span = scan.documents[i]!;
    let startLine: number;
    let endLine: number;
    if (span.start === NONE) {
      // An empty document: its `---` line.
      DOCUMENT_MARKER.lastIndex = cursor;
      const marker = DOCUMENT_MARKER.exec(text);
      const at = marker === null ? cursor : marker.index;
      cursor = marker === null ? cursor : at + 3;
      startLine = endLine = counter.lineAt(at);
    } else {
      startLine = counter.lineAt(span.start);
      endLine = counter.lineAt(Math.max(span.start, span.end - 1));
      cursor = span.end;
    }
    documents.push({ index: i, value: values[i] ?? null, startLine, endLine });
  }

  const startLines = documents.map((doc) => doc.startLine);
  const index =
    fast !== undefined
      ? new FastPositionIndex(text, fast, startLines)
      : new PositionIndex(text, fileName, scan.documents, startLines, limits.maxDepth);
  return {
    file: fileName,
    documents,
    templateActions,
    positionOf(docIndex, path) {
      const match = index.nearest(docIndex, path);
      return match !== undefined && match.depth === path.length ? match.range : undefined;
    },
    nearestPositionOf(docIndex, path) {
      return index.nearest(docIndex, path);
    },
  };
}

/**
 * Whether a loaded value is a mapping (a plain object; not null, not a
 * sequence): the test every YAML-based parser makes before reading keys.
 */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The ParsedDocument of a one-document YAML file whose resources know their
 * own YAML path (compose services, workflow jobs): locate() maps a resource
 * path with `yamlPathOf` and returns the nearest node that exists on it, so a
 * finding on a key that is absent points at its parent.
 */
export function locatedByYamlPath<R extends NormalizedResource>(
  document: NormalizedDocument & { resources: R[] },
  stream: YamlStream,
  yamlPathOf: (resource: R, path: ValuePath) => ValuePath,
): ParsedDocument {
  const resources: readonly R[] = document.resources;
  const byId = new Map(resources.map((r) => [r.id, r]));
  return {
    document,
    locate(resourceId, path) {
      const resource = byId.get(resourceId);
      return resource === undefined ? undefined : stream.nearestPositionOf(0, yamlPathOf(resource, path))?.range;
    },
  };
}

/**
 * Maps a path inside a normalized resource (as Rego reports it) back to the
 * YAML: `base` + the same path, except where the path passes an item that
 * recorded its own place in the file (a `yamlPath` array, as compose and
 * workflow items do): from the deepest such item on, the path continues
 * under that item's YAML path. Items are normalized from several syntaxes
 * (list or map environment, short or long ports), so their path in the
 * resource is not their path in the file.
 */
export function yamlPathThroughItems(resource: Record<string, unknown>, base: ValuePath, path: ValuePath): Array<string | number> {
  let current: unknown = resource;
  let mapped: Array<string | number> = [...base, ...path];
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<string | number, unknown>)[path[i]!];
    if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
      const own = (current as Record<string, unknown>).yamlPath;
      if (Array.isArray(own)) mapped = [...(own as Array<string | number>), ...path.slice(i + 1)];
    }
  }
  return mapped;
}

// ---------------------------------------------------------------------------
// Parsing and errors

const DOCUMENT_MARKER = /^---(?=[ \t\r\n]|$)/gm;

interface WalkLimits {
  maxDepth: number;
  maxAliasNodes: number;
}

function parseStream(text: string, fileName: string, maxDepth: number): Event[] {
  try {
    // js-yaml counts every node (scalars too) towards maxDepth; the margin
    // lets the scan below apply the exact collection-depth limit.
    return parseEvents(text, { filename: fileName, maxDepth: maxDepth + 2 });
  } catch (error) {
    throw toParseError(error, text, maxDepth);
  }
}

/** Turns anything js-yaml throws into a one-line ParseError with 1-based positions. */
function toParseError(error: unknown, text: string, maxDepth = MAX_YAML_DEPTH): ParseError {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    let reason = error.reason;
    if (mark === undefined) return new ParseError(oneLine(reason));
    let column = mark.column + 1;
    // js-yaml marks a node by its value; point at its opening quote or `*` like the position index does.
    const before = text.charAt(mark.position - 1);
    const opener = before === '"' || before === "'" || (before === '*' && reason.startsWith('unidentified alias'));
    if (opener && mark.column > 0) column--;
    if (reason.startsWith('nesting exceeded maxDepth')) reason = depthMessage(maxDepth);
    else if (reason === 'object-based map does not support complex keys') {
      // js-yaml marks the document's start: point at the first key written as a mapping, a list or `? `.
      const at = complexKeyAt(text);
      const message = 'a mapping key that is itself a mapping or a list (a YAML complex key) is not supported';
      return at === undefined ? new ParseError(message) : new ParseError(message, at.line, at.column);
    } else if (reason === 'duplicated mapping key') {
      const key = keyTextAt(text, opener ? mark.position - 1 : mark.position);
      if (key !== undefined) reason = `duplicated mapping key "${key}"`;
    }
    return new ParseError(oneLine(reason), mark.line + 1, column);
  }
  if (error instanceof ParseError) return error;
  return new ParseError(oneLine(error instanceof Error ? error.message : String(error)));
}

/** The 1-based line and column of the first line that starts with a key written as a flow mapping or list (`{}: x`, `[a, b]: x`) or with `? `. */
function complexKeyAt(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const m = /^(\s*(?:-\s+)?)(?:\?(?:\s|$)|[[{][^#]*?[\]}]\s*:(?:\s|$))/.exec(line);
    if (m !== null) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return undefined;
}

function depthMessage(maxDepth: number): string {
  return `YAML nesting deeper than ${maxDepth} levels`;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The text of the mapping key that starts at `offset`, for error messages. */
function keyTextAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 200);
  const match = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\n]*?))[ \t]*:(?:[ \t\n]|$)/.exec(rest);
  if (match === null) return undefined;
  const key = match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3] ?? '';
  return key.length > 0 && key.length <= 100 ? key : undefined;
}

function errorAt(text: string, offset: number, message: string): ParseError {
  const { line, column } = new LineTable(text, 0, offset, 1).position(offset);
  return new ParseError(message, line, column);
}

// ---------------------------------------------------------------------------
// Offsets → lines

/** Maps string offsets to 1-based lines, scanning forward: fast for increasing offsets, correct for any. */
class LineCounter {
  private readonly text: string;
  private line = 1;
  private start = 0; // offset of the current line's first character

  constructor(text: string) {
    this.text = text;
  }

  lineAt(offset: number): number {
    if (offset < this.start) {
      this.line = 1;
      this.start = 0;
    }
    for (;;) {
      const nl = this.text.indexOf('\n', this.start);
      if (nl === -1 || nl >= offset) return this.line;
      this.line++;
      this.start = nl + 1;
    }
  }
}

// ---------------------------------------------------------------------------
// Node extents from events (shared by the load-time scan and the index)

/** First offset of a node's properties (tag, `&anchor`), or NONE. */
function propertiesStart(event: { anchorStart: number; tagStart: number }): number {
  const anchor = event.anchorStart === NONE ? NONE : event.anchorStart - 1; // include '&'
  if (event.tagStart === NONE) return anchor;
  return anchor === NONE ? event.tagStart : Math.min(anchor, event.tagStart);
}

/** [start, end) of a scalar's text including quotes or block header; start is NONE for an empty scalar. */
function scalarExtent(text: string, event: ScalarEvent): [number, number] {
  let start = event.valueStart;
  let end = event.valueEnd;
  const props = propertiesStart(event);
  if (start === NONE) return props === NONE ? [NONE, NONE] : [props, Math.max(event.anchorEnd, event.tagEnd)]; // `key: !!null`
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      start -= 1;
      end += 1;
      break;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      const header = blockHeaderStart(text, start);
      while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
      if (header !== NONE) {
        start = header;
        if (end <= start) end = start + 1;
      }
      break;
    }
    default:
      break;
  }
  return [props === NONE ? start : Math.min(props, start), end];
}

/**
 * The offset just after the closing bracket of a flow collection whose last
 * content ends at `from`, or NONE when the next significant character is
 * not `close` (an implicit single-pair mapping inside a flow sequence).
 */
function flowClose(text: string, from: number, close: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === close) return i + 1;
    if (isBlankCode(c) || c === 0x2c /* , */ || c === 0x3a /* : */ || c === 0x3f /* ? */) {
      i++;
    } else if (c === 0x23 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else {
      return NONE;
    }
  }
  return NONE;
}

// ---------------------------------------------------------------------------
// The load-time scan: document extents, depth, alias budget, recursive aliases

interface DocumentSpan {
  /** Offset of the first content character, NONE for an empty document. */
  start: number;
  /** Offset just after the last content character. */
  end: number;
}

interface ScanResult {
  documents: DocumentSpan[];
  /** [start, end) of quoted and block scalars, in order (for template detection). */
  quotedSpans: number[];
}

interface ScanFrame {
  /** False for the document level. */
  collection: boolean;
  flow: boolean;
  mapping: boolean;
  start: number;
  /** Furthest content end seen inside. */
  end: number;
  /** Nodes in the subtree, aliases expanded. */
  size: number;
  /** While open: the tallest child; once closed: collection levels in the subtree, aliases expanded. */
  height: number;
  anchor: string | undefined;
}

interface AnchorInfo {
  open: boolean;
  size: number;
  height: number;
}

function scanEvents(events: Event[], text: string, limits: WalkLimits): ScanResult {
  const documents: DocumentSpan[] = [];
  const quotedSpans: number[] = [];
  const stack: ScanFrame[] = [];
  let anchors = new Map<string, AnchorInfo>();
  let aliasNodes = 0;
  let depth = 0; // collections currently open

  /** Hands a finished node (its extent, expanded size and height) to the open collection or document. */
  const close = (start: number, end: number, size: number, height: number): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    parent.size += size;
    if (height > parent.height) parent.height = height;
    if (start !== NONE) {
      if (parent.start === NONE) parent.start = start;
      if (end > parent.end) parent.end = end;
    }
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        anchors = new Map();
        aliasNodes = 0;
        stack.push(newFrame(false, false, false, NONE, NONE, 0, undefined));
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        depth++;
        if (depth > limits.maxDepth) throw errorAt(text, event.start, depthMessage(limits.maxDepth));
        const props = propertiesStart(event);
        const anchor = event.anchorStart === NONE ? undefined : text.slice(event.anchorStart, event.anchorEnd);
        if (anchor !== undefined) anchors.set(anchor, { open: true, size: 0, height: 0 });
        const start = props === NONE ? event.start : Math.min(props, event.start);
        const frame = newFrame(true, event.style === COLLECTION_STYLE.FLOW, event.type === EVENT_ID.MAPPING, start, event.start + 1, 1, anchor);
        stack.push(frame);
        break;
      }
      case EVENT_ID.SCALAR: {
        const [start, end] = scalarExtent(text, event);
        if (event.style !== SCALAR_STYLE.PLAIN && event.valueStart !== NONE) {
          quotedSpans.push(event.valueStart, event.valueEnd);
        }
        if (event.anchorStart !== NONE) anchors.set(text.slice(event.anchorStart, event.anchorEnd), { open: false, size: 1, height: 0 });
        close(start, end, 1, 0);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const target = anchors.get(name);
        const start = event.anchorStart - 1;
        if (target === undefined) {
          close(start, event.anchorEnd, 1, 0); // js-yaml reports the unknown alias
          break;
        }
        if (target.open) throw errorAt(text, start, `recursive YAML alias "*${oneLine(name)}"`);
        aliasNodes += target.size;
        if (aliasNodes > limits.maxAliasNodes) {
          throw errorAt(text, start, `too many YAML aliases (they expand to more than ${limits.maxAliasNodes} nodes)`);
        }
        if (depth + target.height > limits.maxDepth) throw errorAt(text, start, depthMessage(limits.maxDepth));
        close(start, event.anchorEnd, target.size, target.height);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame === undefined) break;
        if (!frame.collection) {
          documents.push({ start: frame.start, end: frame.end });
          break;
        }
        depth--;
        if (frame.flow) {
          const end = flowClose(text, frame.end, frame.mapping ? 0x7d : 0x5d);
          if (end !== NONE) frame.end = end;
        }
        frame.height += 1;
        if (frame.anchor !== undefined) anchors.set(frame.anchor, { open: false, size: frame.size, height: frame.height });
        close(frame.start, frame.end, frame.size, frame.height);
        break;
      }
      default:
        break;
    }
  }
  return { documents, quotedSpans };
}

function newFrame(
  collection: boolean,
  flow: boolean,
  mapping: boolean,
  start: number,
  end: number,
  size: number,
  anchor: string | undefined,
): ScanFrame {
  return { collection, flow, mapping, start, end, size, height: 0, anchor };
}

/**
 * Whether `open` occurs outside quoted/block scalars and comments. Plain
 * scalars count: `name: app-{{ .Values.x }}` is a template, not a string.
 */
function hasTemplateActions(text: string, open: string, quotedSpans: number[]): boolean {
  let span = 0;
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + open.length)) {
    if (isWorkflowExpression(text, at) || isCloudInitVariable(text, at)) continue;
    while (span < quotedSpans.length && quotedSpans[span + 1]! <= at) span += 2;
    const inQuoted = span < quotedSpans.length && quotedSpans[span]! <= at;
    if (inQuoted) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/(?:^|[ \t])#/.test(text.slice(lineStart, at))) continue; // in a comment
    return true;
  }
  return false;
}

/**
 * Whether the `{{` at `at` opens a `${{ … }}` expression (GitHub Actions,
 * Gitea, Forgejo and Azure Pipelines write their expressions so): data in a
 * plain YAML value, not a template action. Workflow files outside
 * `.github/workflows/` (act's and actionlint's test data) were skipped as
 * templated and their secrets went unseen. A Go/Helm action right after a `$`
 * starts with `.`, `-`, `$` or `/*` (`${{ .Values.host }}`) and stays one.
 */
function isWorkflowExpression(text: string, at: number): boolean {
  if (at === 0 || text[at - 1] !== '$' || !text.startsWith('{{', at)) return false;
  const first = /\S/.exec(text.slice(at + 2, at + 66))?.[0];
  return first !== undefined && !'.-$/'.includes(first);
}

/**
 * Whether the `{{` at `at` opens a reference to cloud-init's instance data, `{{ ds.meta_data.hostname }}`,
 * `{{ v1.local_hostname }}` or one of v1's top-level aliases (`{{ local_hostname }}`): the Jinja
 * that cloud-init renders in the commands and files of Cluster API's kubeadm configurations, data
 * of the manifest. A Go/Helm action cannot start so (a name without a leading `.` or `$` is a
 * function call, and templates define none of these), so a manifest whose only `{{` are these is
 * not a Helm template.
 */
function isCloudInitVariable(text: string, at: number): boolean {
  return CLOUD_INIT_VARIABLE.test(text.slice(at, at + 160));
}

const CLOUD_INIT_VARIABLE =
  /^\{\{\s*(?:(?:ds|v1|v2|merged_cfg|sys_info)(?:\.[A-Za-z0-9_-]+)+|local_hostname|instance_id|cloud_name|cloud_id|region|availability_zone|platform|distro|machine|kernel_release)\s*\}\}/;

/**
 * Whether the text has a `{{` that is not a `${{ … }}` workflow expression:
 * what makes a file that YAML cannot parse a template rather than broken
 * YAML (src/parsers/config.ts, src/parsers/kubernetes.ts).
 */
export function hasTemplateOpen(text: string): boolean {
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) if (!isWorkflowExpression(text, at)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// The position index, built per document on demand

interface PosNode {
  /** [start, end) offsets into the file; start is NONE when the node has no text (empty value). */
  start: number;
  end: number;
  keys?: Map<string, PosNode>;
  items?: PosNode[];
  /** Sources of merge keys (`<<`), in precedence order. */
  merges?: PosNode[];
  /** For an alias: the anchored node. */
  target?: PosNode;
  /** Set on a plain, untagged `<<` key. */
  mergeKey?: boolean;
}

interface BuildFrame {
  /** Undefined for the document level. */
  node: PosNode | undefined;
  flow: boolean;
  /** Mapping state: the pending key (undefined = expecting a key; null = a key we cannot name). */
  key: string | null | undefined;
  keyNode: PosNode | undefined;
}

/** After this many documents of one file were indexed one by one, index the rest in one pass. */
const WHOLE_FILE_AFTER = 64;

interface IndexedDocument {
  root: PosNode | null;
  lines: LineTable;
}

class PositionIndex {
  private readonly text: string;
  private readonly fileName: string;
  private readonly spans: DocumentSpan[];
  private readonly startLines: number[];
  private readonly maxDepth: number;
  private readonly indexed = new Map<number, IndexedDocument | null>();
  private builtOne = 0;

  constructor(text: string, fileName: string, spans: DocumentSpan[], startLines: number[], maxDepth: number) {
    this.text = text;
    this.fileName = fileName;
    this.spans = spans;
    this.startLines = startLines;
    this.maxDepth = maxDepth;
  }

  nearest(docIndex: number, path: ValuePath): PositionMatch | undefined {
    const doc = this.document(docIndex);
    if (doc === null || doc.root === null || doc.root.start === NONE) return undefined;
    let node = doc.root;
    let depth = 0;
    for (const segment of path) {
      const child = childOf(node, segment, 0);
      if (child === undefined || child.start === NONE) break;
      node = child;
      depth++;
    }
    return { range: doc.lines.range(node.start, node.end), depth };
  }

  private document(docIndex: number): IndexedDocument | null {
    const cached = this.indexed.get(docIndex);
    if (cached !== undefined) return cached;
    const span = this.spans[docIndex];
    if (span === undefined || span.start === NONE) return null;
    // Many documents of one file asked for (a finding in each): one pass over the file is cheaper.
    const one = this.builtOne < WHOLE_FILE_AFTER ? this.buildOne(span, this.startLines[docIndex] ?? 1) : undefined;
    const doc = one ?? this.buildAll(docIndex);
    this.builtOne++;
    this.indexed.set(docIndex, doc);
    return doc;
  }

  /**
   * Parses only the document's own text, from the start of its first line to
   * the end of its last (the content ends at the last node: a last `key:`
   * with no value would lose its `:` and read as a scalar).
   */
  private buildOne(span: DocumentSpan, startLine: number): IndexedDocument | undefined {
    const from = this.text.lastIndexOf('\n', span.start - 1) + 1;
    const lineEnd = this.text.indexOf('\n', span.end - 1);
    const slice = this.text.slice(from, lineEnd === -1 ? this.text.length : Math.max(span.end, lineEnd));
    let events: Event[];
    try {
      events = parseEvents(slice, { filename: this.fileName, maxDepth: this.maxDepth + 2 });
    } catch {
      return undefined; // e.g. it relies on a %TAG directive: parse the whole file instead
    }
    const roots = buildTrees(events, slice, from);
    const root = roots.length === 1 ? roots[0] : undefined;
    if (root === undefined || root === null || root.start !== span.start) return undefined;
    return { root, lines: new LineTable(this.text, from, span.end, startLine) };
  }

  private buildAll(docIndex: number): IndexedDocument | null {
    const events = parseEvents(this.text, { filename: this.fileName, maxDepth: this.maxDepth + 2 });
    const roots = buildTrees(events, this.text, 0);
    const lines = new LineTable(this.text, 0, this.text.length, 1);
    roots.forEach((root, i) => {
      if (!this.indexed.has(i)) this.indexed.set(i, { root, lines });
    });
    return this.indexed.get(docIndex) ?? null;
  }
}

/** The child of a node by key or index, looking through aliases and merge keys. */
function childOf(node: PosNode, segment: string | number, hops: number): PosNode | undefined {
  let container = node;
  while (container.target !== undefined) container = container.target;
  if (container.items !== undefined) {
    const index = typeof segment === 'number' ? segment : /^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : NaN;
    return Number.isInteger(index) ? container.items[index] : undefined;
  }
  if (container.keys === undefined) return undefined;
  const key = String(segment);
  const direct = container.keys.get(key);
  if (direct !== undefined || container.merges === undefined || hops > 100) return direct;
  for (const source of container.merges) {
    const merged = childOf(source, key, hops + 1);
    if (merged !== undefined) return merged;
  }
  return undefined;
}

/** Builds one position tree per document; offsets are shifted by `base`. */
function buildTrees(events: Event[], text: string, base: number): Array<PosNode | null> {
  const roots: Array<PosNode | null> = [];
  const stack: BuildFrame[] = [];
  let anchors = new Map<string, PosNode>();
  let docRoot: PosNode | null = null;

  /** Adds a finished node to the open collection; `keyText` names it if it is a mapping key. */
  const attach = (node: PosNode, keyText: string | null): void => {
    const frame = stack[stack.length - 1];
    const parent = frame?.node;
    if (frame === undefined || parent === undefined) {
      docRoot = node;
      return;
    }
    if (node.start !== NONE) {
      if (node.end > parent.end) parent.end = node.end;
    }
    if (parent.items !== undefined) {
      parent.items.push(node);
      return;
    }
    if (frame.key === undefined) {
      frame.key = keyText;
      frame.keyNode = node;
      return;
    }
    const key = frame.key;
    const keyNode = frame.keyNode;
    frame.key = undefined;
    frame.keyNode = undefined;
    if (key === null || parent.keys === undefined) return;
    if (node.start === NONE && keyNode !== undefined) {
      // `key:` with no value: point at the key.
      node.start = keyNode.start;
      node.end = keyNode.end;
    }
    if (keyNode?.mergeKey === true) {
      const sources = node.items !== undefined ? node.items : [node];
      parent.merges = parent.merges === undefined ? [...sources] : [...parent.merges, ...sources];
    }
    if (!parent.keys.has(key)) parent.keys.set(key, node);
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        anchors = new Map();
        docRoot = null;
        stack.length = 0;
        stack.push({ node: undefined, flow: false, key: undefined, keyNode: undefined });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const props = propertiesStart(event);
        const start = (props === NONE ? event.start : Math.min(props, event.start)) + base;
        const end = event.start + 1 + base;
        const node: PosNode = event.type === EVENT_ID.MAPPING ? { start, end, keys: new Map() } : { start, end, items: [] };
        if (event.anchorStart !== NONE) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
        stack.push({ node, flow: event.style === COLLECTION_STYLE.FLOW, key: undefined, keyNode: undefined });
        break;
      }
      case EVENT_ID.SCALAR: {
        const [start, end] = scalarExtent(text, event);
        const node: PosNode = start === NONE ? { start: NONE, end: NONE } : { start: start + base, end: end + base };
        let keyText: string | null = null;
        const frame = stack[stack.length - 1];
        if (frame?.node?.keys !== undefined && frame.key === undefined) {
          keyText = event.valueStart === NONE ? 'null' : getScalarValue(text, event);
          if (keyText === '<<' && event.style === SCALAR_STYLE.PLAIN && event.tagStart === NONE) node.mergeKey = true;
        }
        if (event.anchorStart !== NONE) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
        attach(node, keyText);
        break;
      }
      case EVENT_ID.ALIAS: {
        const node: PosNode = { start: event.anchorStart - 1 + base, end: event.anchorEnd + base };
        const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        if (target !== undefined) node.target = target;
        attach(node, null);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame === undefined) break;
        const node = frame.node;
        if (node === undefined) {
          roots.push(docRoot);
          break;
        }
        if (frame.flow) {
          const end = flowClose(text, node.end - base, node.keys !== undefined ? 0x7d : 0x5d);
          if (end !== NONE) node.end = end + base;
        }
        attach(node, null);
        break;
      }
      default:
        break;
    }
  }
  return roots;
}
