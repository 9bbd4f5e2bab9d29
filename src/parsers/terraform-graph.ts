/**
 * Which scanned Terraform module folders call which through a local `source`
 * (`./modules/db`, `../region`), and which resource types each declares: read
 * from the folders' text before any is loaded, as the Kustomizations are
 * (src/parsers/kustomize.ts), so that each module is still evaluated as soon
 * as it is loaded. Waiting until every module was loaded to relate them kept
 * every module's syntax tree alive and cost 25–35 % of a 1,000-file scan and
 * 45 MB of peak memory.
 *
 * What the checks do with it (src/parsers/terraform.ts sets both on the
 * document):
 * - `callers`: a module another scanned module calls is a child, which checks
 *   of root modules leave alone even when it declares a provider block
 *   (EVD-TF-042: Terraform's own test configurations, the AWS provider's
 *   examples);
 * - `declares` on a local module call: the resource types the called module
 *   declares, so that a bucket passed to a module that declares its
 *   versioning is not reported as unversioned (Trivy's test data).
 *
 * A `.tf.json` file is parsed as JSON. Native files are read line by line, not parsed: a block header starts a line
 * (`resource "type" "name" {`, `module "name" {`, labels quoted or not) and a
 * module's `source = "…"` is looked for up to the block's closing brace at
 * the start of a line (or the next block header). Lines in `#`/`//` comments
 * and in block comments that start a line are ignored. A header written
 * inside a heredoc would be taken for one; a module block not formatted this
 * way is missed, and its child is then judged as a root, as before.
 */
import { posix } from 'node:path';
import { compareStrings } from './hcl/values.js';
import type { SourceText } from './types.js';

export interface ModuleGraph {
  /** The scanned module folders that call `dir` through a local source, sorted; empty when none does. */
  callersOf(dir: string): readonly string[];
  /** The types of the resources the module folder `dir` declares, sorted; undefined when it is not a scanned module folder. */
  declaredIn(dir: string): readonly string[] | undefined;
}

const BLOCK_COMMENT = /^[ \t]*\/\*[\s\S]*?\*\//gm;
const RESOURCE_HEADER = /^[ \t]*resource[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]+"?[A-Za-z0-9_-]+"?[ \t]*\{/gm;
const MODULE_HEADER = /^[ \t]*module[ \t]+"?[A-Za-z0-9_-]+"?[ \t]*\{/gm;
const BLOCK_END = /^\}|^(?:resource|data|module|variable|output|provider)[ \t]+"?[A-Za-z0-9_-]|^(?:locals|terraform)[ \t]*\{/m;
const SOURCE = /^[ \t]*source[ \t]*=[ \t]*"([^"]*)"/m;

/** The resource types and module sources of a `.tf.json` file (src/parsers/terraform-json.ts); nothing when it is not valid JSON. */
function readJson(text: string, types: Set<string>, called: string[]): void {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return; // The loader reports it.
  }
  const object = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  for (const type of Object.keys(object(object(root)?.['resource']) ?? {})) if (type !== '//') types.add(type);
  for (const [name, call] of Object.entries(object(object(root)?.['module']) ?? {})) {
    for (const body of Array.isArray(call) ? call : [call]) {
      const source = object(body)?.['source'];
      if (name !== '//' && typeof source === 'string') called.push(source);
    }
  }
}

/** The folder a local module source names, from the calling folder; undefined for other sources. */
export function localModuleDir(callerDir: string, source: string): string | undefined {
  if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
  return posix.normalize(posix.join(callerDir, source)).replace(/\/+$/, '') || '.';
}

/** Indexes the module folders of a scan: folder (relative, POSIX, '.' for the root) → its `.tf` files. */
export function indexModuleGraph(folders: ReadonlyMap<string, readonly SourceText[]>): ModuleGraph {
  const declared = new Map<string, string[]>();
  const callers = new Map<string, Set<string>>();
  const sources = new Map<string, string[]>();
  for (const [dir, files] of folders) {
    const types = new Set<string>();
    const called: string[] = [];
    for (const file of files) {
      if (file.path.endsWith('.tf.json')) {
        readJson(file.text, types, called);
        continue;
      }
      if (!file.path.endsWith('.tf')) continue;
      const text = file.text.replace(BLOCK_COMMENT, '');
      for (const match of text.matchAll(RESOURCE_HEADER)) types.add(match[1]!);
      for (const match of text.matchAll(MODULE_HEADER)) {
        const body = text.slice(match.index + match[0].length);
        const end = BLOCK_END.exec(body);
        const source = SOURCE.exec(end === null ? body : body.slice(0, end.index));
        if (source !== null) called.push(source[1]!);
      }
    }
    declared.set(dir, [...types].sort(compareStrings));
    sources.set(dir, called);
  }
  for (const [dir, called] of sources) {
    for (const source of called) {
      const target = localModuleDir(dir, source);
      if (target === undefined || target === dir || !declared.has(target)) continue;
      (callers.get(target) ?? callers.set(target, new Set()).get(target)!).add(dir);
    }
  }
  return {
    callersOf: (dir) => [...(callers.get(dir) ?? [])].sort(compareStrings),
    declaredIn: (dir) => declared.get(dir),
  };
}
