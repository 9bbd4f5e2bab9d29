import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compile, formatErrors } from '../../src/json-schema.js';
import { packageRoot } from '../../src/package-root.js';
import { buildEvidencePack, FORMAT_NAMES, verifyEvidencePack, type EvidencePack, type PackManifest, type ScanResult } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

const CLINIC = join(packageRoot, 'examples/clinic');
const manifestSchema = compile<PackManifest>(JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/pack-manifest.schema.json'), 'utf8')) as Record<string, unknown>);
const resultSchema = compile<ScanResult>(JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/scan-result.schema.json'), 'utf8')) as Record<string, unknown>);
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const has = (command: string): boolean => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

function keyPair(): { privatePem: string; publicPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
    fingerprint: `sha256:${sha256(publicKey.export({ type: 'spki', format: 'der' }))}`,
  };
}

/** Every file under `dir`, relative, POSIX, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('evidence pack of the bundled example', () => {
  const work = mkdtempSync(join(tmpdir(), 'evident-pack-'));
  const key = keyPair();
  let unsigned: EvidencePack;
  let signed: EvidencePack;
  /** A fresh copy of a pack to tamper with. */
  const copy = (pack: EvidencePack, name: string): string => {
    const dir = join(work, name);
    cpSync(pack.dir, dir, { recursive: true });
    return dir;
  };

  before(async () => {
    unsigned = await buildEvidencePack({ paths: [CLINIC], outDir: join(work, 'unsigned'), pdf: 'never', command: ['evident', 'evidence', 'export'] });
    signed = await buildEvidencePack({ paths: [CLINIC], outDir: join(work, 'signed'), pdf: 'never', signingKey: key.privatePem });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes a manifest that matches its schema and lists every file of the pack with its SHA-256', () => {
    const text = readFileSync(join(unsigned.dir, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(text) as PackManifest;
    assert.ok(manifestSchema(manifest), formatErrors(manifestSchema.errors).join('\n'));
    assert.deepEqual(manifest, unsigned.manifest);
    assert.deepEqual(manifest.files.map((f) => f.path), filesUnder(unsigned.dir).filter((p) => p !== 'manifest.json'));
    for (const f of manifest.files) {
      const bytes = readFileSync(join(unsigned.dir, f.path));
      assert.equal(f.sha256, sha256(bytes), f.path);
      assert.equal(f.bytes, bytes.length, f.path);
    }
    assert.deepEqual(manifest.command, ['evident', 'evidence', 'export']);
    assert.equal(manifest.signing, null);
    assert.deepEqual(manifest.warnings, []);
  });

  it('holds the JSON result and every registered report format', () => {
    const result = JSON.parse(readFileSync(join(unsigned.dir, 'result.json'), 'utf8')) as ScanResult;
    assert.ok(resultSchema(result), formatErrors(resultSchema.errors).join('\n'));
    assert.deepEqual(result, unsigned.result);
    const formats = unsigned.manifest.files.filter((f) => f.format !== undefined).map((f) => f.format);
    assert.deepEqual(formats.sort(), [...FORMAT_NAMES].sort());
    assert.equal(unsigned.manifest.files.find((f) => f.format === 'html')?.path, 'reports/report.html');
    assert.equal(unsigned.manifest.files.find((f) => f.format === 'json')?.role, 'result');
  });

  it('records the digest of every scanned file, the policy bundle, the versions and the git state', () => {
    const m = unsigned.manifest;
    assert.equal(m.scanned.length, unsigned.result.coverage.files);
    for (const f of m.scanned) assert.equal(f.sha256, sha256(readFileSync(join(CLINIC, f.path))), f.path);
    assert.ok(m.scanned.some((f) => f.path === 'infra/storage.tf'));
    const bundle = JSON.parse(readFileSync(join(packageRoot, 'policies/bundle/manifest.json'), 'utf8')) as { wasm: { sha256: string }; opaVersion: string };
    assert.equal(m.policyBundle.wasmSha256, bundle.wasm.sha256);
    assert.equal(m.policyBundle.wasmSha256, sha256(readFileSync(join(packageRoot, 'policies/bundle/policy.wasm'))));
    assert.equal(m.policyBundle.digest, `sha256:${sha256(readFileSync(join(packageRoot, 'policies/bundle/manifest.json')))}`);
    assert.equal(m.opaVersion, bundle.opaVersion);
    assert.equal(m.tool.name, 'evident');
    assert.equal(m.config, null);
    if (has('git') && m.git !== null) {
      assert.equal(m.git.commit, execFileSync('git', ['rev-parse', 'HEAD'], { cwd: CLINIC, encoding: 'utf8' }).trim());
      assert.equal(m.git.path, 'examples/clinic');
    }
  });

  it('writes SHA256SUMS in the format of sha256sum, and sha256sum -c accepts it', () => {
    const sums = readFileSync(join(unsigned.dir, 'SHA256SUMS'), 'utf8');
    const expected = unsigned.manifest.files.filter((f) => f.path !== 'SHA256SUMS').map((f) => `${f.sha256}  ${f.path}\n`).join('');
    assert.equal(sums, expected);
    if (has('sha256sum')) {
      const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: unsigned.dir, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
    }
  });

  it('verifies an intact pack, signed or not', () => {
    const plain = verifyEvidencePack(unsigned.dir);
    assert.deepEqual(plain.problems, []);
    assert.equal(plain.ok, true);
    assert.equal(plain.signature, 'unsigned');
    assert.equal(plain.checked, unsigned.manifest.files.length);
    const withKey = verifyEvidencePack(signed.dir, { publicKey: key.publicPem });
    assert.deepEqual(withKey.problems, []);
    assert.equal(withKey.signature, 'valid');
    assert.equal(withKey.signer, key.fingerprint);
    const withoutKey = verifyEvidencePack(signed.dir);
    assert.equal(withoutKey.ok, true);
    assert.match(withoutKey.notes.join('\n'), /give --public-key/);
  });

  it('signs the exact manifest bytes with Ed25519 and records the key fingerprint', () => {
    assert.deepEqual(signed.manifest.signing, { algorithm: 'Ed25519', publicKeyFingerprint: key.fingerprint, signatureFile: 'manifest.sig', publicKeyFile: 'public-key.pem' });
    assert.equal(statSync(join(signed.dir, 'manifest.sig')).size, 64);
    assert.equal(readFileSync(join(signed.dir, 'public-key.pem'), 'utf8'), key.publicPem);
    if (spawnSync('openssl', ['version']).status === 0) {
      const pub = join(work, 'pub.pem');
      writeFileSync(pub, key.publicPem);
      const check = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig'], { cwd: signed.dir, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
      assert.match(check.stdout, /Signature Verified Successfully/);
    }
  });

  it('reports a changed byte in any file, naming it', () => {
    for (const path of ['reports/report.html', 'result.json', 'SHA256SUMS']) {
      const dir = copy(signed, `byte-${path.replace(/\W/g, '-')}`);
      const file = join(dir, path);
      const bytes = readFileSync(file);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(file, bytes);
      const report = verifyEvidencePack(dir, { publicKey: key.publicPem });
      assert.equal(report.ok, false);
      assert.equal(report.problems.length, 1, report.problems.join('\n'));
      assert.match(report.problems[0] ?? '', new RegExp(`^changed: ${path.replace(/\./g, '\\.')} \\(sha256 [0-9a-f]{64}, the manifest records [0-9a-f]{64}\\)$`));
    }
  });

  it('reports a removed file and an added file', () => {
    const removed = copy(unsigned, 'removed');
    unlinkSync(join(removed, 'reports/report.md'));
    assert.deepEqual(verifyEvidencePack(removed).problems, ['removed: reports/report.md']);
    const added = copy(unsigned, 'added');
    writeFileSync(join(added, 'reports/extra.txt'), 'not part of the pack\n');
    writeFileSync(join(added, 'notes.txt'), 'x');
    assert.deepEqual(verifyEvidencePack(added).problems, ['added: notes.txt', 'added: reports/extra.txt']);
    const sig = copy(unsigned, 'stray-signature');
    writeFileSync(join(sig, 'manifest.sig'), Buffer.alloc(64));
    assert.deepEqual(verifyEvidencePack(sig).problems, ['added: manifest.sig (the manifest records no signature)']);
  });

  it('reports a tampered manifest: by the signature when signed, by the digests when not', () => {
    const signedCopy = copy(signed, 'manifest-signed');
    const text = readFileSync(join(signedCopy, 'manifest.json'), 'utf8');
    writeFileSync(join(signedCopy, 'manifest.json'), text.replace(/"createdAt": "[^"]+"/, '"createdAt": "2000-01-01T00:00:00.000Z"'));
    const bySignature = verifyEvidencePack(signedCopy, { publicKey: key.publicPem });
    assert.deepEqual(bySignature.problems, ['changed: manifest.sig is not a valid signature of manifest.json by the given key (the manifest or the signature was changed)']);
    assert.equal(bySignature.signature, 'invalid');
    // Without --public-key, the pack's own key still catches it.
    assert.equal(verifyEvidencePack(signedCopy).ok, false);

    const unsignedCopy = copy(unsigned, 'manifest-unsigned');
    const manifest = JSON.parse(readFileSync(join(unsignedCopy, 'manifest.json'), 'utf8')) as PackManifest;
    const target = manifest.files.find((f) => f.path === 'result.json');
    assert.ok(target);
    target.sha256 = '0'.repeat(64);
    writeFileSync(join(unsignedCopy, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const problems = verifyEvidencePack(unsignedCopy).problems;
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.equal(problems[0], 'changed: SHA256SUMS does not list the files of manifest.json');
    assert.match(problems[1] ?? '', /^changed: result\.json \(sha256 [0-9a-f]{64}, the manifest records 0{64}\)$/);

    const broken = copy(unsigned, 'manifest-broken');
    writeFileSync(join(broken, 'manifest.json'), '{"schemaVersion": "1.0"');
    assert.deepEqual(verifyEvidencePack(broken).problems, ['changed: manifest.json is not valid JSON']);
    const gone = copy(unsigned, 'manifest-gone');
    unlinkSync(join(gone, 'manifest.json'));
    assert.equal(verifyEvidencePack(gone).problems[0], 'removed: manifest.json (not an evidence pack, or its manifest was deleted)');
  });

  it('reports a wrong public key, a replaced public-key.pem, a missing signature, and a key given for an unsigned pack', () => {
    const other = keyPair();
    const wrong = verifyEvidencePack(signed.dir, { publicKey: other.publicPem });
    assert.deepEqual(wrong.problems, [`signature: the pack was signed by key ${key.fingerprint}, not by the given key ${other.fingerprint}`]);
    const replaced = copy(signed, 'replaced-key');
    writeFileSync(join(replaced, 'public-key.pem'), other.publicPem);
    assert.deepEqual(verifyEvidencePack(replaced).problems, [`changed: public-key.pem is key ${other.fingerprint}, but manifest.json names ${key.fingerprint}`]);
    const unsignedSig = copy(signed, 'no-sig');
    unlinkSync(join(unsignedSig, 'manifest.sig'));
    assert.deepEqual(verifyEvidencePack(unsignedSig, { publicKey: key.publicPem }).problems, ['removed: manifest.sig (manifest.json says the pack is signed)']);
    assert.deepEqual(verifyEvidencePack(unsigned.dir, { publicKey: key.publicPem }).problems, [
      'signature: the pack is not signed (manifest.json records no signing key), but a public key was given',
    ]);
  });

  it('refuses a non-empty output folder and a key that is not Ed25519', async () => {
    await assert.rejects(buildEvidencePack({ paths: [CLINIC], outDir: unsigned.dir, pdf: 'never' }), { name: 'EvidencePackError', message: /already exists and is not an empty folder/ });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    await assert.rejects(buildEvidencePack({ paths: [CLINIC], outDir: join(work, 'rsa'), pdf: 'never', signingKey: String(rsa) }), { name: 'EvidencePackError', message: /an rsa key, not Ed25519/ });
    assert.equal(existsSync(join(work, 'rsa')), false);
  });
});

describe('evidence pack with a config, attestations and evidence files, in a git repository', () => {
  const project = tempProject({
    '.evident.yml': 'failOn: high\n',
    'infra/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    '.evident/attestations.yaml': [
      'attestations:',
      '  - control: hipaa:164.308(a)(1)(ii)(A)',
      '    status: implemented',
      '    statement: Annual risk analysis.',
      '    owner: Security Officer',
      '    date: 2025-01-01',
      '    expires: 2999-01-01',
      '    evidence:',
      '      - file: docs/risk-analysis.txt',
      '',
    ].join('\n'),
    'docs/risk-analysis.txt': 'Risk analysis 2025\n',
  });
  const out = mkdtempSync(join(tmpdir(), 'evident-pack-out-'));
  after(() => {
    project.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it('copies the config, the attestations file and its evidence, with their sources and digests', async () => {
    const pack = await buildEvidencePack({ paths: [project.dir], outDir: join(out, 'a'), pdf: 'never' });
    const byPath = new Map(pack.manifest.files.map((f) => [f.path, f]));
    assert.deepEqual(byPath.get('config/.evident.yml'), { path: 'config/.evident.yml', sha256: sha256('failOn: high\n'), bytes: 13, role: 'config', source: '.evident.yml' });
    assert.equal(byPath.get('attestations/attestations.yaml')?.source, '.evident/attestations.yaml');
    const evidence = byPath.get('attestations/evidence/docs/risk-analysis.txt');
    assert.equal(evidence?.sha256, sha256('Risk analysis 2025\n'));
    assert.equal(evidence?.role, 'evidence');
    const recorded = pack.result.attestations[0]?.evidence[0];
    assert.ok(recorded && 'sha256' in recorded && recorded.sha256 === evidence?.sha256, 'the copy is the file the scan hashed');
    assert.deepEqual(pack.manifest.config, { file: '.evident.yml', sha256: sha256('failOn: high\n'), bytes: 13 });
    assert.equal(pack.manifest.git, null, 'a temp folder is not in a git work tree');
    assert.ok(verifyEvidencePack(pack.dir).ok);
  });

  it('records the commit, and whether the scanned folder had uncommitted changes', { skip: has('git') ? false : 'git is not installed' }, async () => {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Evident Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: project.dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'initial');
    const head = git('rev-parse', 'HEAD').trim();
    const clean = await buildEvidencePack({ paths: [project.dir], outDir: join(out, 'clean'), pdf: 'never' });
    assert.deepEqual(clean.manifest.git, { commit: head, dirty: false, path: '.' });
    appendFileSync(join(project.dir, 'infra/main.tf'), '# changed\n');
    const dirty = await buildEvidencePack({ paths: [project.dir], outDir: join(out, 'dirty'), pdf: 'never' });
    assert.deepEqual(dirty.manifest.git, { commit: head, dirty: true, path: '.' });
  });
});

describe('evident evidence export / verify', () => {
  const work = mkdtempSync(join(tmpdir(), 'evident-pack-cli-'));
  const key = keyPair();
  const keyFile = join(work, 'signing.pem');
  const pubFile = join(work, 'signing.pub.pem');
  const pack = join(work, 'pack');
  let exported: ReturnType<typeof runCli>;
  before(() => {
    writeFileSync(keyFile, key.privatePem);
    writeFileSync(pubFile, key.publicPem);
    exported = runCli(['evidence', 'export', 'examples/clinic', '--out', pack, '--sign-key', keyFile]);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('exports a signed pack (exit 0, one line on stderr) with the command line recorded', () => {
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.stdout, '');
    assert.match(exported.stderr, new RegExp(`evident: wrote evidence pack .*pack \\(\\d+ files, 14 scanned files hashed, signed by ${key.fingerprint}\\)`));
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as PackManifest;
    assert.deepEqual(manifest.command, ['evident', 'evidence', 'export', 'examples/clinic', '--out', pack, '--sign-key', keyFile]);
    // The PDF is in the pack exactly when a browser was found.
    const pdf = manifest.files.find((f) => f.format === 'pdf');
    if (pdf) assert.equal(readFileSync(join(pack, pdf.path)).subarray(0, 5).toString('latin1'), '%PDF-');
    else assert.match(manifest.warnings.join('\n'), /no PDF report/);
  });

  it('verify exits 0 on the intact pack and 1 listing each problem after tampering', () => {
    const ok = runCli(['evidence', 'verify', pack, '--public-key', pubFile]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /intact \(\d+ files match manifest\.json; signature valid\)\n$/);
    const tampered = join(work, 'tampered');
    cpSync(pack, tampered, { recursive: true });
    appendFileSync(join(tampered, 'reports/report.txt'), 'x');
    unlinkSync(join(tampered, 'reports/results.sarif'));
    writeFileSync(join(tampered, 'extra.json'), '{}');
    const bad = runCli(['evidence', 'verify', tampered, '--public-key', pubFile]);
    assert.equal(bad.code, 1, bad.stderr);
    const lines = bad.stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^changed: reports\/report\.txt \(sha256 /);
    assert.equal(lines[1], 'removed: reports/results.sarif');
    assert.equal(lines[2], 'added: extra.json');
    assert.match(lines[lines.length - 1] ?? '', /: 3 problems$/);
    const wrongKey = join(work, 'other.pub.pem');
    writeFileSync(wrongKey, keyPair().publicPem);
    assert.equal(runCli(['evidence', 'verify', pack, '--public-key', wrongKey]).code, 1);
  });

  it('exits 2 on usage errors', () => {
    const missing = runCli(['evidence', 'verify', join(work, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^evident: .*nope is not a folder\nhint: /);
    const garbageKey = join(work, 'garbage.pem');
    writeFileSync(garbageKey, 'not a key\n');
    const badKey = runCli(['evidence', 'verify', pack, '--public-key', garbageKey]);
    assert.equal(badKey.code, 2);
    assert.match(badKey.stderr, /the public key is not a PEM public key/);
    const exists = runCli(['evidence', 'export', 'examples/clinic', '--out', pack, '--no-pdf']);
    assert.equal(exists.code, 2);
    assert.match(exists.stderr, /already exists and is not an empty folder/);
    const noOut = runCli(['evidence', 'export', 'examples/clinic']);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /Missing required argument: out/);
    const noSub = runCli(['evidence']);
    assert.equal(noSub.code, 2);
  });
});
