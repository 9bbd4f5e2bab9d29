/**
 * The named build contexts that compose files give the Dockerfiles they build
 * (`build.additional_contexts`), so that the Dockerfile parser reads
 * `FROM base` as the context `base` rather than an image `base` from a
 * registry (`latest`, as the image reference would say).
 *
 * A service's Dockerfile is `build.dockerfile` (default `Dockerfile`) under
 * `build.context` (default `.`), both relative to the compose file's folder;
 * a context that is a URL (a Git repository, a tarball) builds files that are
 * not scanned, and is left out. `additional_contexts` is a mapping (`base:
 * service:base`) or a list (`- base=service:base`). Values are interpolated
 * as compose does; one that uses a variable without a default is unknown
 * (null): the name is still a context, of unknown source.
 *
 * When several compose files (or services) build one Dockerfile and give one
 * context name different sources, the first in path order (then service
 * order) is kept: deterministic, and a file scanned alone gets the same.
 */
import { posix } from 'node:path';
import { interpolate } from './compose.js';
import { compareByPath, type SourceText } from './types.js';
import { isMapping, loadYamlDocuments } from './yaml.js';

/** A named build context: its source as written after interpolation (`service:base`, `docker-image://alpine:3.20`, `../shared`), or null when it uses an unset variable. */
export type BuildContextSource = string | null;

export interface ComposeBuildIndex {
  /** The named contexts of the builds of one Dockerfile (a path relative to the scan root, POSIX), by name; undefined when no scanned compose file names any. */
  contextsOf(dockerfile: string): ReadonlyMap<string, BuildContextSource> | undefined;
}

/** Builds the index from the compose files of a scan (files that do not parse are skipped: the compose loader reports them). */
export function indexComposeBuilds(files: readonly SourceText[]): ComposeBuildIndex {
  const byDockerfile = new Map<string, Map<string, BuildContextSource>>();
  for (const file of [...files].sort(compareByPath)) {
    for (const build of buildsOf(file)) {
      const contexts = byDockerfile.get(build.dockerfile) ?? new Map<string, BuildContextSource>();
      for (const [name, source] of build.contexts) if (!contexts.has(name)) contexts.set(name, source);
      if (contexts.size > 0) byDockerfile.set(build.dockerfile, contexts);
    }
  }
  return { contextsOf: (dockerfile) => byDockerfile.get(dockerfile) };
}

interface Build {
  dockerfile: string;
  contexts: Array<[string, BuildContextSource]>;
}

/** The builds of one compose file's services that name contexts, with the Dockerfile each builds. */
function buildsOf(file: SourceText): Build[] {
  // Most compose files name no context: they are not parsed a second time (the compose loader parses them).
  if (!file.text.includes('additional_contexts')) return [];
  let root: unknown;
  try {
    const stream = loadYamlDocuments(file.text, file.path);
    if (stream.documents.length !== 1) return [];
    root = stream.documents[0]!.value;
  } catch {
    return [];
  }
  if (!isMapping(root) || !isMapping(root.services)) return [];
  const out: Build[] = [];
  for (const service of Object.values(root.services)) {
    if (!isMapping(service) || !isMapping(service.build)) continue;
    const contexts = namedContexts(service.build.additional_contexts);
    if (contexts.length === 0) continue;
    const dockerfile = dockerfileOf(posix.dirname(file.path), service.build.context, service.build.dockerfile);
    if (dockerfile !== undefined) out.push({ dockerfile, contexts });
  }
  return out;
}

/** The Dockerfile a build reads, relative to the scan root; undefined for a remote or absolute context, or a path that is not known text. */
function dockerfileOf(dir: string, context: unknown, dockerfile: unknown): string | undefined {
  const contextPath = context === undefined || context === null ? '.' : known(context);
  const dockerfilePath = dockerfile === undefined || dockerfile === null ? 'Dockerfile' : known(dockerfile);
  if (contextPath === undefined || dockerfilePath === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(contextPath) || posix.isAbsolute(contextPath) || posix.isAbsolute(dockerfilePath)) return undefined;
  const path = posix.normalize(posix.join(dir, contextPath, dockerfilePath));
  return path.startsWith('../') ? undefined : path;
}

/** A string value after interpolation; undefined when not a string or it uses an unset variable. */
function known(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = interpolate(value);
  return typeof text === 'string' ? text : undefined;
}

/** `additional_contexts` as [name, source] pairs: a mapping, or a list of `name=source`. */
function namedContexts(value: unknown): Array<[string, BuildContextSource]> {
  const pairs: Array<[string, unknown]> = [];
  if (isMapping(value)) pairs.push(...Object.entries(value));
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      if (eq > 0) pairs.push([item.slice(0, eq), item.slice(eq + 1)]);
    }
  }
  return pairs.flatMap(([name, source]): Array<[string, BuildContextSource]> => {
    if (name === '' || (typeof source !== 'string' && source !== null)) return [];
    return [[name, typeof source === 'string' ? (known(source) ?? null) : null]];
  });
}
