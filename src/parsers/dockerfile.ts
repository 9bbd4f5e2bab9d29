/**
 * Dockerfiles → one normalized document per file: one resource per build
 * stage (its base image, effective user, ENV/ARG values, RUN commands,
 * ADD/COPY sources, EXPOSE, HEALTHCHECK), each item with its exact lines.
 *
 * The syntax follows BuildKit's frontend: parser directives (`# escape=`),
 * line continuations with the escape character (comment and empty lines
 * inside a continuation are dropped), heredocs (`RUN <<EOF … EOF`, `<<-`,
 * quoted delimiters), `--flag=value` options, exec (JSON) and shell forms,
 * global `ARG`s before the first `FROM`, `FROM … AS name` stages.
 *
 * Variables in a base image (`FROM node:${NODE_VERSION}`) are substituted
 * with the global ARG defaults as `docker build` does without `--build-arg`;
 * a reference without a default leaves the image unknown (no check reports
 * on it).
 */
import { linesRange, locateByLines, splitLines } from './line-based.js';
import { referencesIn } from './dotenv.js';
import { isReferenceOrPlaceholder, secretHint, type SecretHint } from './secret-value.js';
import { loadEachFile, ParseError } from './types.js';
import type { LoadResult, NormalizedDocument, NormalizedResource, SourceText } from './types.js';
import type { BuildContextSource, ComposeBuildIndex } from './compose-builds.js';

/** The source prefix of a named build context that is a registry image. */
const DOCKER_IMAGE_SOURCE = 'docker-image://';

/** The unknown-value sentinel of policies/lib/values.rego. */
export interface UnknownValue {
  __unknown__: string;
  refs: string[];
}

const INSTRUCTIONS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** One instruction, with the lines it spans (continuations and heredoc bodies included). */
export interface Instruction {
  instruction: string;
  line: number;
  endLine: number;
  /** `--name=value` options (`--from`, `--chown`, `--mount`, `--checksum`, `--platform`…); a bare `--link` is "". */
  flags: Record<string, string>;
  /** The arguments after the options, continuations joined with a space. */
  args: string;
  form: 'shell' | 'exec';
  /** Exec form: the JSON array. */
  exec?: string[];
  /** Heredoc bodies, in order. */
  heredocs?: Array<{ delimiter: string; body: string }>;
}

/** The image a stage starts from. */
export interface BaseImage {
  /** The reference as written after substitution, or unknown when it uses an ARG without a default. */
  ref: string | UnknownValue;
  line: number;
  /** Repository (`node`, `ghcr.io/org/app`), tag and digest of a known reference. */
  name?: string;
  tag?: string | null;
  digest?: string | null;
  /** Tag `latest` without a digest, or no tag and no digest (which means `latest`); a digest pins the image whatever the tag. */
  latest?: boolean;
  untagged?: boolean;
  /** `FROM <earlier stage>`: not an image. */
  stage?: boolean;
  scratch?: boolean;
  /**
   * `FROM <name>` where a compose file that builds this Dockerfile names a
   * build context `name` (`build.additional_contexts`, src/parsers/compose-builds.ts):
   * its source (`service:base`, `docker-image://alpine:3.20`, a folder), null
   * when it uses an unset variable. For a `docker-image://` source, `ref` and
   * the image facts are those of the image it names; for any other, the
   * stage is built from the context, not from a registry image.
   */
  context?: { name: string; source: string | null };
}

export interface EnvEntry {
  key: string;
  /** The value, or unknown when it interpolates a variable. */
  value: string | UnknownValue;
  line: number;
  secret?: SecretHint;
}

export interface ArgEntry {
  key: string;
  /** The default, or null when the ARG has none. */
  default: string | null;
  line: number;
  secret?: SecretHint;
}

export interface UserEntry {
  /** The user as written (`app`, `1000:1000`, `root`), or unknown (`$APP_USER`). */
  value: string | UnknownValue;
  line: number;
  /** Set by the effective user of a stage built `FROM` an earlier stage that sets it. */
  inherited?: boolean;
}

/** A build stage. */
export interface DockerStage extends NormalizedResource {
  kind: 'stage';
  index: number;
  /** `AS name`, or null. */
  name: string | null;
  /** The last stage: the image `docker build` produces without `--target`. */
  final: boolean;
  from: BaseImage;
  /** The user the stage's commands and container run as: its last USER, or the one of the stage it is built from; null when none sets one (the base image's default, root for most). */
  user: UserEntry | null;
  instructions: Instruction[];
  env: EnvEntry[];
  args: ArgEntry[];
  runs: Array<{ command: string; line: number; endLine: number; form: 'shell' | 'exec' }>;
  adds: Array<{ instruction: 'ADD' | 'COPY'; sources: string[]; destination: string; line: number; endLine: number; remote: boolean; checksum: boolean; fromStage: string | null }>;
  exposes: Array<{ port: string; line: number }>;
  healthcheck: { none: boolean; line: number } | null;
}

/** A global ARG (before the first FROM), locatable for findings. */
export interface GlobalArg extends NormalizedResource, ArgEntry {
  kind: 'arg';
}

export interface DockerfileDocument extends NormalizedDocument {
  type: 'dockerfile';
  /** ARGs declared before the first FROM: usable in FROM lines. */
  globalArgs: GlobalArg[];
  resources: DockerStage[];
}

// ---------------------------------------------------------------------------
// Logical lines

interface RawInstruction {
  keyword: string;
  /** Text after the keyword, continuations joined. */
  rest: string;
  line: number;
  endLine: number;
  /** Line of each character run joined into `rest`: [offset in rest, line]. */
  lineStarts: Array<[number, number]>;
  heredocs: Array<{ delimiter: string; body: string }>;
}

/** Parser directives: only at the top, before any instruction, comment or blank line. */
function directives(lines: readonly string[]): { escape: string } {
  let escape = '\\';
  for (const line of lines) {
    const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(\S+)\s*$/.exec(line);
    if (m === null) break;
    if (m[1]!.toLowerCase() === 'escape') {
      if (m[2] !== '\\' && m[2] !== '`') throw new ParseError(`invalid escape directive "${m[2]}" (must be \\ or \`)`, lines.indexOf(line) + 1);
      escape = m[2]!;
    }
  }
  return { escape };
}

/** A heredoc opener at the start of a word (`cat <<EOF`, `<<-'END'`); `a<<b` inside a word is not one. */
const HEREDOC = /(?:^|\s)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

function splitInstructions(lines: readonly string[]): RawInstruction[] {
  const { escape } = directives(lines);
  const out: RawInstruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]!;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const startLine = i + 1;
    const lineStarts: Array<[number, number]> = [];
    let joined = '';
    let current = text.trimStart();
    for (;;) {
      lineStarts.push([joined.length, i + 1]);
      const continued = endsWithEscape(current, escape);
      joined += continued ? current.replace(/\s*$/, '').slice(0, -1).trimEnd() : current;
      if (!continued) break;
      // Next non-comment, non-empty line continues the instruction.
      const last = i;
      i++;
      while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.trimStart().startsWith('#'))) i++;
      if (i >= lines.length) {
        i = last; // a continuation on the last line: the instruction ends there
        break;
      }
      current = lines[i]!.trimStart();
      joined += ' ';
    }
    const m = /^([A-Za-z]+)(?:\s+|$)/.exec(joined);
    if (m === null) throw new ParseError(`line ${startLine} does not start with an instruction`, startLine, text.length - text.trimStart().length + 1);
    const keyword = m[1]!.toUpperCase();
    if (!INSTRUCTIONS.has(keyword)) throw new ParseError(`unknown instruction "${m[1]}"`, startLine, text.length - text.trimStart().length + 1);
    const rest = joined.slice(m[0].length);
    const shift = m[0].length;
    const instruction: RawInstruction = {
      keyword,
      rest,
      line: startLine,
      endLine: i + 1,
      lineStarts: lineStarts.map(([offset, line]) => [Math.max(0, offset - shift), line]),
      heredocs: [],
    };
    // Heredocs (RUN, COPY, ADD): bodies follow the instruction line, each ended by its delimiter alone on a line.
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      HEREDOC.lastIndex = 0;
      for (let h = HEREDOC.exec(rest); h !== null; h = HEREDOC.exec(rest)) {
        const strip = h[1] === '-';
        const delimiter = h[3]!;
        const body: string[] = [];
        const opened = i + 1;
        for (;;) {
          i++;
          if (i >= lines.length) throw new ParseError(`unterminated heredoc <<${delimiter} (no line "${delimiter}" after line ${opened})`, opened);
          const l = strip ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
          if (l === delimiter || l.trimEnd() === delimiter) break;
          body.push(l);
        }
        instruction.heredocs.push({ delimiter, body: body.join('\n') });
      }
      instruction.endLine = i + 1;
    }
    out.push(instruction);
    i++;
  }
  return out;
}

function endsWithEscape(line: string, escape: string): boolean {
  return line.replace(/\s+$/, '').endsWith(escape);
}

/** The physical line of an offset inside an instruction's joined text (binary search: an ENV may span thousands of lines). */
function lineAt(raw: RawInstruction, offset: number): number {
  const starts = raw.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0) return raw.line;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]![0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]![1];
}

// ---------------------------------------------------------------------------
// Words, flags and forms

/** Leading `--name=value` / `--name` options. */
function takeFlags(rest: string): { flags: Record<string, string>; args: string; offset: number } {
  const flags: Record<string, string> = {};
  let offset = 0;
  for (;;) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|\S*))?\s*/.exec(rest.slice(offset));
    if (m === null) break;
    const value = m[2] ?? '';
    flags[m[1]!.toLowerCase()] = value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
    offset += m[0].length;
  }
  return { flags, args: rest.slice(offset).trim(), offset };
}

/** Exec form: `["a", "b"]`. Text that starts like one (`["`) but is not a JSON array of strings is an error. */
function execForm(args: string, line: number): string[] | undefined {
  if (!/^\[\s*"/.test(args)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    // The text itself is not quoted: errors are not redacted, and an argument may be a secret.
    throw new ParseError('exec form is not a valid JSON array (use double quotes: ["cmd", "arg"])', line);
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) throw new ParseError('exec form must be a JSON array of strings', line);
  return parsed as string[];
}

/** Splits shell-like words, honouring quotes and backslash escapes; returns each word with its offset. */
function words(text: string): Array<{ word: string; offset: number }> {
  const out: Array<{ word: string; offset: number }> = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let word = '';
    while (i < text.length && !/\s/.test(text.charAt(i))) {
      const c = text.charAt(i);
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        const stop = end === -1 ? text.length : end;
        let inner = text.slice(i + 1, stop);
        if (c === '"') inner = inner.replace(/\\(["\\$])/g, '$1');
        word += inner;
        i = stop + 1;
      } else if (c === '\\' && i + 1 < text.length) {
        word += text.charAt(i + 1);
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    out.push({ word, offset: start });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Variables

/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alt}` substituted from `vars`; undefined when one has no value. */
function substitute(text: string, vars: ReadonlyMap<string, string | null>): string | undefined {
  let unresolved = false;
  const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = vars.get(name);
    const set = value !== undefined && value !== null && value !== '';
    if (op === '-') return set ? value : word ?? '';
    if (op === '+') return set ? word ?? '' : '';
    if (!set) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : out;
}

function unknown(expression: string): UnknownValue {
  return { __unknown__: expression, refs: referencesIn(expression) };
}

// ---------------------------------------------------------------------------
// Images

/** Splits an image reference into repository, tag and digest. */
export function parseImageRef(ref: string): { name: string; tag: string | null; digest: string | null } {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: null, digest };
}

/**
 * What the checks need of an image reference: its parts, whether it means
 * `latest` (tag latest without a digest, or neither tag nor digest: a digest
 * pins the image whatever the tag says), and whether it is untagged.
 */
export function imageFacts(ref: string): { name: string; tag: string | null; digest: string | null; latest: boolean; untagged: boolean } {
  const image = parseImageRef(ref);
  const untagged = image.tag === null && image.digest === null;
  return { ...image, latest: untagged || (image.tag === 'latest' && image.digest === null), untagged };
}

function baseImage(
  args: string,
  line: number,
  globals: ReadonlyMap<string, string | null>,
  stages: ReadonlySet<string>,
  contexts: ReadonlyMap<string, BuildContextSource> | undefined,
): { from: BaseImage; name: string | null } {
  const parts = words(args).map((w) => w.word);
  if (parts.length === 0) throw new ParseError('FROM needs an image', line);
  if (parts.length !== 1 && !(parts.length === 3 && parts[1]!.toLowerCase() === 'as')) {
    throw new ParseError(`FROM takes an image and an optional "AS name", got ${parts.length} words`, line);
  }
  const name = parts.length === 3 ? parts[2]! : null;
  const written = parts[0]!;
  const resolved = substitute(written, globals);
  if (resolved === undefined) return { from: { ref: unknown(written), line }, name };
  if (stages.has(resolved.toLowerCase())) return { from: { ref: resolved, line, stage: true }, name };
  // A named build context replaces the image of that name (BuildKit matches the reference as written).
  if (contexts?.has(resolved) === true) {
    const source = contexts.get(resolved)!;
    const context = { name: resolved, source };
    const image = source?.startsWith(DOCKER_IMAGE_SOURCE) === true ? source.slice(DOCKER_IMAGE_SOURCE.length) : undefined;
    return { from: image !== undefined && image !== '' ? { ref: image, line, ...imageFacts(image), context } : { ref: resolved, line, context }, name };
  }
  if (resolved.toLowerCase() === 'scratch') return { from: { ref: resolved, line, scratch: true }, name };
  return { from: { ref: resolved, line, ...imageFacts(resolved) }, name };
}

// ---------------------------------------------------------------------------
// ENV and ARG

/** `ENV a=1 b="two words"` or the legacy `ENV key the value`. */
function envEntries(raw: RawInstruction, args: string, argsOffset: number, vars: ReadonlyMap<string, string | null>): EnvEntry[] {
  const list = words(args);
  const entries: Array<{ key: string; value: string; offset: number }> = [];
  if (list.length > 0 && !list[0]!.word.includes('=')) {
    const key = list[0]!.word;
    const valueText = args.slice(list[0]!.offset + key.length).trim();
    entries.push({ key, value: words(valueText).map((w) => w.word).join(' '), offset: list[0]!.offset });
  } else {
    for (const { word, offset } of list) {
      const eq = word.indexOf('=');
      if (eq <= 0) throw new ParseError('ENV needs key=value pairs (a word without "=" follows the first pair)', lineAt(raw, argsOffset + offset));
      entries.push({ key: word.slice(0, eq), value: word.slice(eq + 1), offset });
    }
  }
  return entries.map((e) => {
    const line = lineAt(raw, argsOffset + e.offset);
    const usesVariable = /\$[{A-Za-z_]/.test(e.value);
    const resolved = usesVariable ? substitute(e.value, vars) : e.value;
    const entry: EnvEntry = { key: e.key, value: resolved === undefined ? unknown(e.value) : resolved, line };
    if (!usesVariable) {
      const secret = secretHint(e.key, e.value);
      if (secret !== undefined) entry.secret = secret;
    }
    return entry;
  });
}

/** `ARG name`, `ARG name=default`, several per instruction. */
function argEntries(raw: RawInstruction, args: string, argsOffset: number): ArgEntry[] {
  return words(args).map(({ word, offset }) => {
    const eq = word.indexOf('=');
    const key = eq === -1 ? word : word.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new ParseError(`invalid ARG name "${key}"`, lineAt(raw, argsOffset + offset));
    const entry: ArgEntry = { key, default: eq === -1 ? null : word.slice(eq + 1), line: lineAt(raw, argsOffset + offset) };
    if (entry.default !== null && !isReferenceOrPlaceholder(entry.default)) {
      const secret = secretHint(key, entry.default);
      if (secret !== undefined) entry.secret = secret;
    }
    return entry;
  });
}

// ---------------------------------------------------------------------------
// The document

/** Parses one Dockerfile. @throws ParseError (unknown instruction, unterminated heredoc, malformed exec form, no FROM…) with its line. */
export function parseDockerfile(text: string, file: string, contexts?: ReadonlyMap<string, BuildContextSource>): DockerfileDocument {
  const lines = splitLines(text);
  const raws = splitInstructions(lines);
  const globalArgs: GlobalArg[] = [];
  const globals = new Map<string, string | null>();
  const stages: DockerStage[] = [];
  const stageNames = new Set<string>();
  let stage: DockerStage | undefined;
  let stageVars = new Map<string, string | null>();

  for (const raw of raws) {
    const { flags, args, offset } = takeFlags(raw.rest);
    const argsOffset = offset + (raw.rest.slice(offset).length - raw.rest.slice(offset).trimStart().length);
    if (raw.keyword === 'FROM') {
      const { from, name } = baseImage(args, raw.line, globals, stageNames, contexts);
      const parent = from.stage === true ? stages.find((s) => s.name !== null && s.name.toLowerCase() === String(from.ref).toLowerCase()) : undefined;
      stage = {
        id: name !== null ? `stage/${name}` : `stage/${stages.length}`,
        kind: 'stage',
        file,
        startLine: raw.line,
        endLine: raw.endLine,
        index: stages.length,
        name,
        final: false,
        from,
        user: parent?.user ? { ...parent.user, inherited: true } : null,
        instructions: [],
        env: [],
        args: [],
        runs: [],
        adds: [],
        exposes: [],
        healthcheck: null,
      };
      if (flags.platform !== undefined) (stage as Record<string, unknown>).platform = flags.platform;
      stages.push(stage);
      if (name !== null) stageNames.add(name.toLowerCase());
      stageVars = new Map(globals);
      stage.instructions.push(instructionOf(raw, flags, args, 'shell'));
      continue;
    }
    if (stage === undefined) {
      if (raw.keyword !== 'ARG') throw new ParseError(`${raw.keyword} before the first FROM (only ARG may come first)`, raw.line);
      for (const entry of argEntries(raw, args, argsOffset)) {
        globals.set(entry.key, entry.default);
        globalArgs.push({ ...entry, id: `arg/${entry.key}`, kind: 'arg', file, startLine: entry.line, endLine: entry.line });
      }
      continue;
    }
    const exec = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK', 'ADD', 'COPY', 'VOLUME'].includes(raw.keyword) ? execForm(raw.keyword === 'HEALTHCHECK' ? args.replace(/^CMD\s+/i, '') : args, raw.line) : undefined;
    const instruction = instructionOf(raw, flags, args, exec === undefined ? 'shell' : 'exec', exec);
    stage.instructions.push(instruction);
    stage.endLine = raw.endLine;
    switch (raw.keyword) {
      case 'ARG':
        for (const entry of argEntries(raw, args, argsOffset)) {
          // A stage ARG without a default takes the global one (`ARG VERSION` re-declared after FROM).
          stageVars.set(entry.key, entry.default ?? globals.get(entry.key) ?? null);
          stage.args.push(entry);
        }
        break;
      case 'ENV':
        for (const entry of envEntries(raw, args, argsOffset, stageVars)) {
          stageVars.set(entry.key, typeof entry.value === 'string' ? entry.value : null);
          stage.env.push(entry);
        }
        break;
      case 'USER': {
        const written = words(args)[0]?.word ?? '';
        if (written === '') throw new ParseError('USER needs a user name or id', raw.line);
        const resolved = /\$/.test(written) ? substitute(written, stageVars) : written;
        stage.user = { value: resolved === undefined ? unknown(written) : resolved, line: raw.line };
        break;
      }
      case 'RUN': {
        const heredocs = raw.heredocs.map((h) => h.body).join('\n');
        const command = exec !== undefined ? exec.join(' ') : heredocs === '' ? args : `${args}\n${heredocs}`;
        stage.runs.push({ command, line: raw.line, endLine: raw.endLine, form: instruction.form });
        break;
      }
      case 'ADD':
      case 'COPY': {
        const parts = exec ?? words(args).map((w) => w.word);
        if (parts.length < 2 && raw.heredocs.length === 0) throw new ParseError(`${raw.keyword} needs a source and a destination`, raw.line);
        const sources = parts.slice(0, -1);
        stage.adds.push({
          instruction: raw.keyword,
          sources,
          destination: parts[parts.length - 1] ?? '',
          line: raw.line,
          endLine: raw.endLine,
          remote: raw.keyword === 'ADD' && sources.some((s) => /^(?:https?|git|ssh):\/\//i.test(s) || /^git@/.test(s)),
          checksum: flags.checksum !== undefined && flags.checksum !== '',
          fromStage: flags.from ?? null,
        });
        break;
      }
      case 'EXPOSE':
        for (const { word } of words(args)) stage.exposes.push({ port: word, line: raw.line });
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = { none: /^NONE$/i.test(args.trim()), line: raw.line };
        break;
      default:
        break;
    }
  }
  if (stages.length === 0) throw new ParseError('no FROM instruction', raws.length > 0 ? raws[0]!.line : 1);
  stages[stages.length - 1]!.final = true;
  return { type: 'dockerfile', path: file, files: [file], globalArgs, resources: stages };
}

function instructionOf(raw: RawInstruction, flags: Record<string, string>, args: string, form: 'shell' | 'exec', exec?: string[]): Instruction {
  const instruction: Instruction = { instruction: raw.keyword, line: raw.line, endLine: raw.endLine, flags, args, form };
  if (exec !== undefined) instruction.exec = exec;
  if (raw.heredocs.length > 0) instruction.heredocs = raw.heredocs;
  return instruction;
}

/**
 * Whether a file name is a Dockerfile: `Dockerfile`, `Dockerfile.<variant>`,
 * `<name>.dockerfile`, `Containerfile` (any case).
 */
export function isDockerfileName(name: string): boolean {
  const n = name.toLowerCase();
  if (n.endsWith('.dockerignore')) return false;
  if (n === 'dockerfile' || n === 'containerfile' || n.endsWith('.dockerfile')) return true;
  // `Dockerfile.prod`, `Dockerfile-ubi8`, `Dockerfile_dev`, `Containerfile.alpine`; but `dockerfile.go`,
  // `dockerfile_test.go` or `Dockerfile-notes.md` is code or text about Dockerfiles.
  return /^(?:docker|container)file[._-]./.test(n) && !(n.includes('.') && NOT_DOCKERFILE_EXTENSIONS.has(n.slice(n.lastIndexOf('.') + 1)));
}

/**
 * Extensions that make `dockerfile.<ext>` a source or text file, not a
 * Dockerfile variant (found on real code: Trivy's and Buildkit's
 * `dockerfile.go`). JS/TS extensions never get here (src/discover/classify.ts
 * takes them as source first).
 */
const NOT_DOCKERFILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'go', 'py', 'rb', 'rs', 'java', 'kt', 'scala', 'cs', 'c', 'h', 'cc', 'cpp', 'hpp', 'php', 'swift', 'lua', 'pl', 'ex', 'exs', 'hs', 'clj', 'dart',
  'md', 'markdown', 'rst', 'txt', 'adoc', 'html', 'htm', 'xml', 'json', 'yaml', 'yml', 'toml', 'ini', 'patch', 'diff',
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs',
]);

/** Loads the Dockerfiles of one directory: one document per file. */
export function loadDockerfiles(_dir: string, files: SourceText[], builds?: ComposeBuildIndex): LoadResult {
  return loadEachFile(files, (file) => {
    const document = parseDockerfile(file.text, file.path, builds?.contextsOf(file.path));
    const lines = splitLines(file.text);
    const byId = new Map<string, NormalizedResource>([...document.resources, ...document.globalArgs].map((r) => [r.id, r]));
    return {
      document,
      locate(resourceId, path) {
        const resource = byId.get(resourceId);
        return resource === undefined ? undefined : locateByLines(resource, path, lines) ?? linesRange(lines, resource.startLine, resource.endLine);
      },
    };
  });
}
