/**
 * Running `opa` the way the bundle is built: finding it, compiling policies to
 * wasm against the SDK's capabilities, and parsing a module to its JSON AST.
 * Used by npm run policies:build (scripts/build-policies.ts) and by the tests
 * that compile or parse Rego, so that they build and parse as the bundle does.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { CHECK_ENTRYPOINT, ENTRYPOINT } from '../src/checks/manifest.js';
import type { ParsedModule } from '../src/checks/triggers.js';
import { packageRoot } from '../src/package-root.js';

/**
 * The `opa` command to run: `$OPA`, else `opa` on the PATH, else `~/go/bin/opa` (where
 * `go install github.com/open-policy-agent/opa@v1.22.3` puts it); undefined when none runs.
 */
export function findOpa(): string | undefined {
  for (const candidate of [process.env.OPA, 'opa', join(homedir(), 'go', 'bin', 'opa')]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ['version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // the next one
    }
  }
  return undefined;
}

/**
 * Writes `capabilities.json` into `dir` and returns its path: the SDK's list of
 * built-ins that the wasm target plus the JS SDK support; compiling against it
 * makes an unsupported built-in a build error instead of a runtime "not
 * implemented". rego_v1 lets the compiler read v1 syntax.
 */
export function writeCapabilities(dir: string): string {
  const sdk = JSON.parse(readFileSync(join(packageRoot, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'), 'utf8')) as Record<string, unknown>;
  const path = join(dir, 'capabilities.json');
  writeFileSync(path, JSON.stringify({ ...sdk, features: ['rego_v1', 'keywords_in_refs'] }));
  return path;
}

/**
 * Compiles the Rego under `paths` (relative to `cwd`; tests, YAML and JSON
 * left out) with the bundle's two entrypoints, and returns the policy.wasm
 * opa emits (before any optimizer), undefined if it emits none. `tmp` holds
 * the capabilities and opa's bundle. Relative paths: opa embeds source
 * locations in the wasm, which must be byte-identical in every checkout.
 */
export function buildWasm(opa: string, cwd: string, paths: readonly string[], tmp: string): Buffer | undefined {
  const out = join(tmp, 'bundle.tar.gz');
  execFileSync(
    opa,
    [
      'build', '-t', 'wasm', '-e', ENTRYPOINT, '-e', CHECK_ENTRYPOINT,
      '--capabilities', writeCapabilities(tmp),
      '--ignore', '*_test.rego', '--ignore', '*.yaml', '--ignore', '*.yml', '--ignore', '*.json',
      '-o', out,
      ...paths,
    ],
    { cwd, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return untar(readFileSync(out)).get('policy.wasm');
}

/** The files of a .tar.gz, by name (ustar: 512-byte headers, octal sizes). */
function untar(gz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(gz);
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const full = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '');
    files.set(full, tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** A Rego file (relative to `cwd`, or absolute) as `opa parse` prints it: the module the trigger analysis reads (src/checks/triggers.ts). */
export async function parseRego(opa: string, file: string, cwd: string = packageRoot): Promise<ParsedModule> {
  const { stdout } = await promisify(execFile)(opa, ['parse', '--format', 'json', '--json-include', '-comments', file], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as ParsedModule;
}
