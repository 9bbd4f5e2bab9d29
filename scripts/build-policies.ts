/**
 * Compiles policies/ into the committed bundle: policies/bundle/policy.wasm
 * (opa build -t wasm, one aggregating entrypoint and one per check, then binaryen's wasm-opt),
 * manifest.json (check metadata extracted from the sources' # METADATA, source
 * digests, opa and optimizer versions) and catalogs.json (the built-in control catalogs of policies/frameworks/,
 * parsed and validated, each with the digest of its YAML).
 * Needs `opa` (v1.x): $OPA, `opa` on PATH, or ~/go/bin/opa.
 *
 *   npm run policies:build            rebuild the bundle
 *   npm run policies:build -- --check fail (exit 1) if the committed bundle is stale
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECK_ENTRYPOINT, ENTRYPOINT, orderMeta, sha256, sourceDigests, type BundleManifest } from '../src/checks/manifest.js';
import metadataSchema from '../src/checks/metadata.schema.json' with { type: 'json' };
import { readRegoCheck, RegoMetadataError } from '../src/checks/rego-metadata.js';
import { compile, formatErrors } from '../src/json-schema.js';
import { compileCatalogs } from '../src/controls/catalog.js';
import { CatalogError } from '../src/errors.js';
import { packageRoot } from '../src/package-root.js';
import { buildWasm, findOpa, parseRego } from './find-opa.js';
import { GATED_INPUT_TYPES, TriggerAnalysis, type ParsedModule } from '../src/checks/triggers.js';
import { regoLintProblems } from '../src/checks/rego-lint.js';

const root = packageRoot;
const policies = join(root, 'policies');
const bundleDir = join(policies, 'bundle');
const checkOnly = process.argv.includes('--check');

function fail(message: string): never {
  console.error(`policies:build: ${message}`);
  process.exit(1);
}

function extractChecks(sources: string[]): BundleManifest['checks'] {
  const validate = compile(metadataSchema as Record<string, unknown>);
  const checks: BundleManifest['checks'] = [];
  const problems: string[] = [];
  for (const source of sources.filter((s) => s.startsWith('policies/checks/'))) {
    try {
      const { key, meta } = readRegoCheck(readFileSync(join(root, source), 'utf8'), source);
      if (!validate(meta)) {
        problems.push(`${source}: invalid metadata: ${formatErrors(validate.errors).join('; ')}`);
        continue;
      }
      if (!source.endsWith(`/${meta.slug}.rego`)) problems.push(`${source}: file name must be the slug (${meta.slug}.rego)`);
      if (!existsSync(join(root, source.replace(/\.rego$/, '_test.rego')))) problems.push(`${source}: missing ${meta.slug}_test.rego`);
      checks.push({ ...orderMeta(meta), key, source });
    } catch (error) {
      if (error instanceof RegoMetadataError) problems.push(error.message);
      else throw error;
    }
  }
  const ids = new Map<string, string>();
  const keys = new Set<string>();
  for (const check of checks) {
    const other = ids.get(check.id);
    if (other) problems.push(`${check.source}: id ${check.id} already used by ${other}`);
    ids.set(check.id, check.source);
    if (keys.has(check.key)) problems.push(`${check.source}: two checks named ${check.key}`);
    keys.add(check.key);
  }
  if (problems.length > 0) fail(`check metadata problems:\n  ${problems.join('\n  ')}`);
  return checks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Adds `triggers` (src/checks/triggers.ts) to the checks of the gated input
 * types whose code shows them, from every source parsed with `opa parse`
 * (four at a time). Returns how many checks are gated.
 */
async function addTriggers(checks: BundleManifest['checks'], sources: string[]): Promise<number> {
  const modules: ParsedModule[] = [];
  const queue = [...sources];
  const parseNext = async (): Promise<void> => {
    for (let source = queue.shift(); source !== undefined; source = queue.shift()) modules.push(await parseRego(opa, source, root));
  };
  await Promise.all(Array.from({ length: 4 }, parseNext));
  const analysis = new TriggerAnalysis(modules);
  let gated = 0;
  for (const check of checks) {
    // check.key is `<selector.input>.<slug>`: the package evident.checks.<input>.<slug> (readRegoCheck).
    if (!GATED_INPUT_TYPES.has(check.selector.input)) continue;
    const triggers = analysis.triggersOf(`data.evident.checks.${check.selector.input}.${check.slug}`);
    if (triggers === undefined) continue;
    check.triggers = triggers;
    gated++;
  }
  return gated;
}

/**
 * Binaryen's optimizer over the wasm opa emits. opa's code generator writes
 * every Rego rule as unoptimized wasm (a local per temporary, redundant
 * blocks and copies); V8 runs most of a scan's evaluation on its baseline
 * (Liftoff) code, which executes that as written. -O3 made evaluation in a
 * cold scan 17–34 % faster on the IaC bench (interleaved runs, see
 * docs/performance.md); -O2, -O4 and -Os measured within a few percent of it.
 * Semantics are unchanged (the same exports and imports; every test evaluates
 * the optimized module), and the output is deterministic for one binaryen
 * version, pinned in package.json so that --check compares like with like.
 */
const WASM_OPT_FLAGS = ['-O3'];

function binaryenVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/binaryen/package.json'), 'utf8')) as { version: string }).version;
}

function optimize(compiled: Buffer, tmp: string): Buffer {
  const wasmOpt = join(root, 'node_modules/binaryen/bin/wasm-opt');
  if (!existsSync(wasmOpt)) fail('binaryen (wasm-opt) is not installed: run npm install');
  const input = join(tmp, 'opa.wasm');
  const output = join(tmp, 'policy.wasm');
  writeFileSync(input, compiled);
  execFileSync(process.execPath, [wasmOpt, ...WASM_OPT_FLAGS, input, '-o', output], { stdio: ['ignore', 'inherit', 'inherit'] });
  return readFileSync(output);
}

/** The lints of src/checks/rego-lint.ts over every policy source. */
function lint(sources: string[]): void {
  const problems = sources.flatMap((source) => regoLintProblems(source, readFileSync(join(root, source), 'utf8')));
  if (problems.length > 0) fail(problems.join('\n  '));
}

const opa = findOpa() ?? fail('opa not found. Install it with: go install github.com/open-policy-agent/opa@v1.22.3 (or set $OPA)');
const opaVersion = /Version:\s*(\S+)/.exec(execFileSync(opa, ['version'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
const sources = sourceDigests(policies, root);
const checks = extractChecks(Object.keys(sources));
lint(Object.keys(sources));
const gated = await addTriggers(checks, Object.keys(sources));

const tmp = mkdtempSync(join(tmpdir(), 'evident-policies-'));
try {
  const compiled = buildWasm(opa, root, ['policies/checks', 'policies/lib', 'policies/main'], tmp);
  if (!compiled) fail('opa build produced no policy.wasm');
  const wasm = optimize(compiled, tmp);
  const manifest: BundleManifest = {
    schemaVersion: 1,
    entrypoint: ENTRYPOINT,
    checkEntrypoint: CHECK_ENTRYPOINT,
    opaVersion,
    wasm: { file: 'policy.wasm', sha256: sha256(wasm), optimizer: `wasm-opt ${WASM_OPT_FLAGS.join(' ')} (binaryen ${binaryenVersion()})` },
    sources,
    checks,
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  let catalogsText: string;
  try {
    catalogsText = `${JSON.stringify(compileCatalogs(), null, 2)}\n`;
  } catch (error) {
    if (error instanceof CatalogError) fail(error.message);
    throw error;
  }
  // The bundle's files, fresh from this build: compared byte for byte with the committed ones (--check) or written.
  const outputs: Array<[name: string, fresh: Buffer]> = [
    ['policy.wasm', wasm],
    ['manifest.json', Buffer.from(manifestText)],
    ['catalogs.json', Buffer.from(catalogsText)],
  ];
  if (checkOnly) {
    const stale = outputs.filter(([name, fresh]) => {
      const path = join(bundleDir, name);
      return !existsSync(path) || !readFileSync(path).equals(fresh);
    });
    if (stale.length > 0) {
      fail(`the committed bundle is stale (${stale.map(([name]) => name).join(', ')} differ from a fresh build): run npm run policies:build and commit policies/bundle`);
    }
    console.log(`policies:build: bundle is up to date (${checks.length} checks, opa ${opaVersion})`);
  } else {
    for (const [name, fresh] of outputs) writeFileSync(join(bundleDir, name), fresh);
    console.log(`policies:build: wrote policies/bundle (${checks.length} checks, ${gated} gated by resource type, ${wasm.length} bytes of wasm, opa ${opaVersion})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
