/**
 * docker-compose files → one normalized document per file: one resource per
 * service with its image, privileges, host namespaces, environment, ports and
 * volumes in one shape whatever syntax the file uses (list or map
 * environment, short or long port and volume syntax), each item with its
 * place in the YAML so that a finding points at its line.
 *
 * Values are interpolated as compose does: `${VAR:-default}` and
 * `${VAR-default}` take the default, `$$` is a literal `$`, and a variable
 * without a default is unknown (it comes from the shell or a `.env` file at
 * run time), so no check reports on it.
 */
import { imageFacts, type UnknownValue } from './dockerfile.js';
import { referencesIn } from './dotenv.js';
import { secretHint, type SecretHint } from './secret-value.js';
import { isMapping, loadYamlDocuments, locatedByYamlPath, yamlPathThroughItems, type YamlStream } from './yaml.js';
import { loadEachFile, ParseError } from './types.js';
import type { LoadResult, NormalizedDocument, NormalizedResource, SourceText, ValuePath } from './types.js';

type YamlPath = Array<string | number>;

/** A value after interpolation: a string, or unknown. */
export type Interpolated = string | UnknownValue;

export interface ComposeImage {
  ref: Interpolated;
  name?: string;
  tag?: string | null;
  digest?: string | null;
  latest?: boolean;
  untagged?: boolean;
}

export interface ComposeEnv {
  key: string;
  /** null: `- KEY` / `KEY:` without a value (taken from the shell at run time). */
  value: Interpolated | null;
  yamlPath: YamlPath;
  secret?: SecretHint;
}

export interface ComposePort {
  /** Container port (or range). */
  target: string;
  /** Host port (or range); null when compose picks one. */
  published: string | null;
  /** Host address the port is bound to; null = every interface. */
  host_ip: string | null;
  /** Published on every host interface (no host IP, `0.0.0.0` or `::`). */
  all_interfaces: boolean;
  protocol: string;
  yamlPath: YamlPath;
}

export interface ComposeVolume {
  /** `bind`, `volume`, `tmpfs`, `npipe`, or `volume` for an anonymous short-syntax volume. */
  type: string;
  source: Interpolated | null;
  target: string;
  read_only: boolean;
  /** A bind mount of the Docker (or containerd/Podman) API socket. */
  docker_socket: boolean;
  yamlPath: YamlPath;
}

export interface ComposeService extends NormalizedResource {
  kind: 'service';
  name: string;
  /** null when the service has no `image` (built only). */
  image: ComposeImage | null;
  /** The service has a `build` section (its `image`, if any, names the result). */
  build: boolean;
  privileged: boolean | UnknownValue;
  network_mode: Interpolated | null;
  pid: Interpolated | null;
  ipc: Interpolated | null;
  cap_add: string[];
  user: Interpolated | null;
  read_only: boolean | UnknownValue;
  environment: ComposeEnv[];
  env_file: string[];
  ports: ComposePort[];
  volumes: ComposeVolume[];
  secrets: string[];
  /** The service mapping as written (before interpolation). */
  config: Record<string, unknown>;
}

export interface ComposeDocument extends NormalizedDocument {
  type: 'compose';
  resources: ComposeService[];
}

/** File names compose looks for, and the `docker-compose.<env>.yml` / `compose.<env>.yaml` variants. */
export function isComposeFileName(name: string): boolean {
  return /^(?:docker-compose|compose)(?:[.-][^/]*)?\.ya?ml$/i.test(name);
}

/** Top-level keys of the compose specification (`x-*` extensions aside). */
const COMPOSE_TOP_LEVEL = new Set(['version', 'name', 'services', 'volumes', 'networks', 'configs', 'secrets', 'include', 'models']);

/**
 * Content test for compose files of other names (`stack.yml`): a top-level
 * `services:` mapping, an `image:` or `build:` key somewhere below, and no
 * top-level key that compose does not know — so Helm values, Kubernetes
 * manifests and application settings that happen to have a `services:` key
 * are not taken for compose files.
 */
export function looksLikeCompose(text: string): boolean {
  if (!/^services[ \t]*:[ \t]*(?:#.*)?$/m.test(text) || !/^[ \t]+(?:image|build)[ \t]*:/m.test(text)) return false;
  for (const m of text.matchAll(/^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"-][^\n:]*?))[ \t]*:(?:[ \t]|$)/gm)) {
    const key = m[1] ?? m[2] ?? m[3] ?? '';
    if (!COMPOSE_TOP_LEVEL.has(key) && !key.startsWith('x-')) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Interpolation

/** Compose interpolation; unknown when a variable without a default is used. */
export function interpolate(value: string): Interpolated {
  let unresolved = false;
  const out = value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, braced: string | undefined, op: string | undefined, word: string | undefined) => {
    if (match === '$$') return '$';
    if (braced !== undefined && op !== undefined && (op === ':-' || op === '-')) return word ?? '';
    unresolved = true;
    return match;
  });
  return unresolved ? { __unknown__: value, refs: referencesIn(value) } : out;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function interpolatedOrNull(value: unknown): Interpolated | null {
  const text = scalarText(value);
  return text === undefined ? null : interpolate(text);
}

function booleanOf(value: unknown): boolean | UnknownValue {
  if (value === true) return true;
  if (typeof value === 'string') {
    const v = interpolate(value);
    if (typeof v !== 'string') return v;
    return /^(?:true|yes|1)$/i.test(v);
  }
  return false;
}

// ---------------------------------------------------------------------------
// Services

function imageOf(value: unknown): ComposeImage | null {
  const text = scalarText(value);
  if (text === undefined) return null;
  const ref = interpolate(text);
  if (typeof ref !== 'string') return { ref };
  return { ref, ...imageFacts(ref) };
}

function environmentOf(value: unknown, base: YamlPath): ComposeEnv[] {
  const out: ComposeEnv[] = [];
  const add = (key: string, raw: unknown, yamlPath: YamlPath): void => {
    const text = scalarText(raw);
    const entry: ComposeEnv = { key, value: text === undefined ? null : interpolate(text), yamlPath };
    if (typeof entry.value === 'string' && text === entry.value) {
      const secret = secretHint(key, entry.value);
      if (secret !== undefined) entry.secret = secret;
    }
    out.push(entry);
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const text = scalarText(item);
      if (text === undefined) return;
      const eq = text.indexOf('=');
      add(eq === -1 ? text : text.slice(0, eq), eq === -1 ? null : text.slice(eq + 1), [...base, i]);
    });
  } else if (isMapping(value)) {
    for (const [key, raw] of Object.entries(value)) add(key, raw, [...base, key]);
  }
  return out;
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.map((v) => (isMapping(v) ? scalarText(v.source ?? v.path) : scalarText(v))).filter((v): v is string => v !== undefined);
}

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

/** Short syntax `[host_ip:][published:]target[/protocol]` or long syntax. */
function portsOf(value: unknown, base: YamlPath): ComposePort[] {
  if (!Array.isArray(value)) return [];
  const out: ComposePort[] = [];
  value.forEach((item, i) => {
    const yamlPath = [...base, i];
    if (isMapping(item)) {
      const target = scalarText(item.target);
      if (target === undefined) return;
      const host = scalarText(item.host_ip) ?? null;
      const published = scalarText(item.published) ?? null;
      out.push({ target, published, host_ip: host, all_interfaces: host === null || ALL_INTERFACES.has(host), protocol: scalarText(item.protocol) ?? 'tcp', yamlPath });
      return;
    }
    const raw = scalarText(item);
    if (raw === undefined) return;
    const text = interpolate(raw);
    if (typeof text !== 'string') return; // unknown binding: never reported
    const slash = text.lastIndexOf('/');
    const protocol = slash === -1 ? 'tcp' : text.slice(slash + 1);
    const spec = slash === -1 ? text : text.slice(0, slash);
    // An IPv6 host is bracketed: [::1]:5432:5432.
    const v6 = /^\[([^\]]*)\]:(.*)$/.exec(spec);
    const parts = v6 === null ? spec.split(':') : [v6[1]!, ...v6[2]!.split(':')];
    let host: string | null = null;
    let published: string | null = null;
    let target: string;
    if (parts.length >= 3) {
      host = parts.slice(0, parts.length - 2).join(':');
      published = parts[parts.length - 2]! || null;
      target = parts[parts.length - 1]!;
    } else if (parts.length === 2) {
      published = parts[0]! || null;
      target = parts[1]!;
    } else {
      target = parts[0]!;
    }
    out.push({ target, published, host_ip: host, all_interfaces: host === null || ALL_INTERFACES.has(host), protocol, yamlPath });
  });
  return out;
}

const SOCKET = /(?:^|\/)(?:docker|containerd|podman|crio)\.sock$/;

/** Short syntax `[source:]target[:mode]` or long syntax. */
function volumesOf(value: unknown, base: YamlPath): ComposeVolume[] {
  if (!Array.isArray(value)) return [];
  const out: ComposeVolume[] = [];
  value.forEach((item, i) => {
    const yamlPath = [...base, i];
    if (isMapping(item)) {
      const type = scalarText(item.type) ?? 'volume';
      const sourceText = scalarText(item.source);
      const source = sourceText === undefined ? null : interpolate(sourceText);
      out.push({
        type,
        source,
        target: scalarText(item.target) ?? '',
        read_only: item.read_only === true,
        docker_socket: type === 'bind' && typeof source === 'string' && SOCKET.test(source),
        yamlPath,
      });
      return;
    }
    const raw = scalarText(item);
    if (raw === undefined) return;
    const parts = raw.split(':');
    if (parts.length === 1) {
      out.push({ type: 'volume', source: null, target: raw, read_only: false, docker_socket: false, yamlPath });
      return;
    }
    const source = interpolate(parts[0]!);
    const mode = parts.length >= 3 ? parts[2]! : '';
    const bind = typeof source !== 'string' || /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(raw);
    out.push({
      type: bind ? 'bind' : 'volume',
      source,
      target: parts[1]!,
      read_only: mode.split(',').includes('ro'),
      docker_socket: typeof source === 'string' && SOCKET.test(source),
      yamlPath,
    });
  });
  return out;
}

function serviceOf(name: string, config: Record<string, unknown>, file: string, lines: { startLine: number; endLine: number }): ComposeService {
  const base: YamlPath = ['services', name];
  return {
    id: `service/${name}`,
    kind: 'service',
    file,
    startLine: lines.startLine,
    endLine: lines.endLine,
    name,
    image: imageOf(config.image),
    build: config.build !== undefined && config.build !== null,
    privileged: booleanOf(config.privileged),
    network_mode: interpolatedOrNull(config.network_mode),
    pid: interpolatedOrNull(config.pid),
    ipc: interpolatedOrNull(config.ipc),
    cap_add: Array.isArray(config.cap_add) ? config.cap_add.map(scalarText).filter((v): v is string => v !== undefined) : [],
    user: interpolatedOrNull(config.user),
    read_only: booleanOf(config.read_only),
    environment: environmentOf(config.environment, [...base, 'environment']),
    env_file: stringList(config.env_file),
    ports: portsOf(config.ports, [...base, 'ports']),
    volumes: volumesOf(config.volumes, [...base, 'volumes']),
    secrets: stringList(config.secrets),
    config,
  };
}

/** Parses one compose file. @throws ParseError for invalid YAML or a file that is not a mapping with a `services` mapping. */
export function parseCompose(text: string, file: string): { document: ComposeDocument; stream: YamlStream } {
  const stream = loadYamlDocuments(text, file);
  if (stream.documents.length !== 1) throw new ParseError(`a compose file holds one YAML document, found ${stream.documents.length}`);
  const root = stream.documents[0]!.value;
  if (root === null) return { document: { type: 'compose', path: file, files: [file], resources: [] }, stream };
  if (!isMapping(root)) throw new ParseError('a compose file must be a mapping', stream.documents[0]!.startLine);
  const services = root.services ?? {};
  if (!isMapping(services)) throw new ParseError('"services" must be a mapping of service names to services', stream.positionOf(0, ['services'])?.startLine);
  const resources: ComposeService[] = [];
  const textLines = text.split('\n');
  for (const [name, config] of Object.entries(services)) {
    const range = stream.positionOf(0, ['services', name]);
    if (!isMapping(config)) {
      if (config === null) continue; // `web:` with nothing: compose fills defaults; nothing to check
      throw new ParseError(`service "${name}" must be a mapping`, range?.startLine, range?.startColumn);
    }
    const lines = range === undefined ? { startLine: 1, endLine: 1 } : { startLine: keyLine(textLines, name, range.startLine), endLine: range.endLine };
    resources.push(serviceOf(name, config, file, lines));
  }
  return { document: { type: 'compose', path: file, files: [file], resources }, stream };
}

/** The line of a mapping key (a service, a job): the line above its block mapping, unless the mapping starts on the key's line (`web: {…}`). */
export function keyLine(lines: readonly string[], name: string, valueLine: number): number {
  const own = lines[valueLine - 1] ?? '';
  const trimmed = own.trimStart();
  if ([`${name}:`, `"${name}":`, `'${name}':`].some((key) => trimmed.startsWith(key))) return valueLine;
  return Math.max(1, valueLine - 1);
}

/**
 * Maps a path inside a service (as Rego reports it) to YAML: through an
 * item's `yamlPath` when the path passes one, else the same key under the
 * service (`["privileged"]` → `services.<name>.privileged`).
 */
export function yamlPathOf(resource: Record<string, unknown>, base: YamlPath, path: ValuePath): YamlPath {
  // `config` is the service's raw mapping: its keys are the service's own keys.
  if (path[0] === 'config') return [...base, ...path.slice(1)];
  return yamlPathThroughItems(resource, base, path);
}

/** Loads the compose files of one directory: one document per file. */
export function loadCompose(_dir: string, files: SourceText[]): LoadResult {
  return loadEachFile(files, (file) => {
    const { document, stream } = parseCompose(file.text, file.path);
    return locatedByYamlPath(document, stream, (service, path) => yamlPathOf(service, ['services', service.name], path));
  });
}
