/**
 * What a scan loads: an infrastructure-only scan without config, waiver,
 * attestation or baseline files must not load ajv (≈ 55 ms, plus ≈ 80 ms to
 * compile the config schema), the TypeScript compiler (0.1–0.7 s), nor Node's
 * fetch implementation (undici, 35–45 ms: opa-wasm's loadPolicy touches the
 * global Response; the engine uses loadPolicySync on a module it compiled), nor
 * Handlebars (≈ 47 ms; only HTML, PDF, --template and rule docs need it).
 * Checked in a fresh process, whose module lists start empty.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';
import { runModuleScript } from '../helpers/cli.js';

interface Loaded {
  undici: boolean;
  ajv: boolean;
  typescript: boolean;
  handlebars: boolean;
  findings: number;
}

function loadedBy(target: string): Loaded {
  const script = `
    import { createRequire } from 'node:module';
    const { scan } = await import(${JSON.stringify(new URL('../../src/index.ts', import.meta.url).href)});
    const result = await scan({ paths: [${JSON.stringify(target)}] });
    const cached = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({
      undici: process.moduleLoadList.some((name) => name.includes('undici')),
      ajv: cached.some((path) => path.includes('/node_modules/ajv/')),
      typescript: cached.some((path) => path.endsWith('typescript.js')),
      handlebars: cached.some((path) => path.includes('/node_modules/handlebars/')),
      findings: result.findings.length,
    }));`;
  return runModuleScript<Loaded>(script);
}

describe('what a scan loads', () => {
  it('an infrastructure-only scan without config files loads neither ajv, the TypeScript compiler, undici nor Handlebars', () => {
    const loaded = loadedBy(join(packageRoot, 'examples', 'clinic', 'infra'));
    assert.ok(loaded.findings > 0, 'the example must make findings');
    assert.deepEqual(
      { undici: loaded.undici, ajv: loaded.ajv, typescript: loaded.typescript, handlebars: loaded.handlebars },
      { undici: false, ajv: false, typescript: false, handlebars: false },
    );
  });

  it('a scan with JS/TS files loads the compiler (and still not undici)', () => {
    const loaded = loadedBy(join(packageRoot, 'examples', 'clinic'));
    assert.deepEqual({ undici: loaded.undici, typescript: loaded.typescript, handlebars: loaded.handlebars }, { undici: false, typescript: true, handlebars: false });
  });
});
