/**
 * Evidence pack verification: every file listed in manifest.json is present
 * with its SHA-256, no file was added, SHA256SUMS agrees with the manifest,
 * and — for a signed pack — manifest.sig is a valid Ed25519 signature of
 * manifest.json by the recorded (or the given) key.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { sha256 } from '../checks/manifest.js';
import { EvidencePackError, UsageError } from '../errors.js';
import { compareStrings } from '../findings/order.js';
import {
  CHECKSUMS_FILE,
  formatChecksums,
  MANIFEST_FILE,
  manifestProblems,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  UNLISTED_FILES,
  type PackManifest,
} from './manifest.js';
import { isKeyProblem, keyFingerprint, loadVerifyKey, verifyBytes } from './signing.js';

export interface VerifyOptions {
  /** The signer's Ed25519 public key (PEM), obtained out of band: checks who signed, not only that the signature matches. */
  publicKey?: string | Buffer;
}

export interface VerifyReport {
  /** True when there is no problem. */
  ok: boolean;
  /** One line per problem: a changed, removed or added file, a bad signature, an invalid manifest. */
  problems: string[];
  /** Information that is not a problem (e.g. which key signed the pack). */
  notes: string[];
  /** Files whose digests were checked. */
  checked: number;
  signature: 'unsigned' | 'valid' | 'invalid';
  /** Fingerprint of the key the manifest names, for a signed pack. */
  signer?: string;
  manifest?: PackManifest;
}

/**
 * Verifies the pack in `dir`. Throws EvidencePackError when `dir` is not a
 * folder and UsageError when the given public key is not an Ed25519 key;
 * everything wrong with the pack itself is listed in `problems`.
 */
export function verifyEvidencePack(dir: string, options: VerifyOptions = {}): VerifyReport {
  const root = resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new EvidencePackError(`${dir} is not a folder`, 'give the folder written by evident evidence export');
  const givenKey = options.publicKey === undefined ? undefined : verifyKey(options.publicKey);

  const problems: string[] = [];
  const notes: string[] = [];
  const fail = (problem: string): VerifyReport => ({ ok: false, problems: [problem], notes, checked: 0, signature: 'invalid' });

  let manifestBytes: Buffer;
  try {
    manifestBytes = readFileSync(join(root, MANIFEST_FILE));
  } catch {
    return fail(`removed: ${MANIFEST_FILE} (not an evidence pack, or its manifest was deleted)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    return fail(`changed: ${MANIFEST_FILE} is not valid JSON`);
  }
  const invalid = manifestProblems(parsed);
  if (invalid.length > 0) {
    return { ok: false, problems: invalid.map((p) => `changed: ${MANIFEST_FILE} does not match pack-manifest.schema.json: ${p}`), notes, checked: 0, signature: 'invalid' };
  }
  const manifest = parsed as PackManifest;

  // Files on disk against the manifest.
  const onDisk = listFiles(root, problems);
  const listed = new Map<string, PackManifest['files'][number]>();
  for (const f of manifest.files) {
    if (listed.has(f.path)) problems.push(`changed: ${MANIFEST_FILE} lists ${f.path} twice`);
    else if (UNLISTED_FILES.includes(f.path)) problems.push(`changed: ${MANIFEST_FILE} lists ${f.path}, which it cannot cover`);
    else listed.set(f.path, f);
  }
  let checked = 0;
  for (const [path, entry] of [...listed].sort(([a], [b]) => compareStrings(a, b))) {
    if (!onDisk.has(path)) {
      problems.push(`removed: ${path}`);
      continue;
    }
    const actual = sha256(readFileSync(join(root, ...path.split('/'))));
    checked++;
    if (actual !== entry.sha256) problems.push(`changed: ${path} (sha256 ${actual}, the manifest records ${entry.sha256})`);
    else if (path === CHECKSUMS_FILE && readFileSync(join(root, CHECKSUMS_FILE), 'utf8') !== formatChecksums(manifest.files.filter((f) => f.path !== CHECKSUMS_FILE))) {
      problems.push(`changed: ${CHECKSUMS_FILE} does not list the files of ${MANIFEST_FILE}`);
    }
  }
  const signatureFiles = new Set(manifest.signing ? [SIGNATURE_FILE, PUBLIC_KEY_FILE] : []);
  for (const path of [...onDisk].sort(compareStrings)) {
    if (path === MANIFEST_FILE || listed.has(path) || signatureFiles.has(path)) continue;
    problems.push(`added: ${path}${UNLISTED_FILES.includes(path) ? ' (the manifest records no signature)' : ''}`);
  }

  // The signature.
  let signature: VerifyReport['signature'] = 'unsigned';
  const signing = manifest.signing;
  if (signing === null) {
    if (givenKey) problems.push(`signature: the pack is not signed (${MANIFEST_FILE} records no signing key), but a public key was given`);
  } else {
    signature = 'invalid';
    const key = signerKey(root, signing.publicKeyFingerprint, givenKey, onDisk, problems);
    if (!onDisk.has(SIGNATURE_FILE)) {
      problems.push(`removed: ${SIGNATURE_FILE} (${MANIFEST_FILE} says the pack is signed)`);
    } else if (key) {
      if (verifyBytes(manifestBytes, readFileSync(join(root, SIGNATURE_FILE)), key)) {
        signature = 'valid';
        notes.push(
          givenKey
            ? `signature valid: ${MANIFEST_FILE} was signed with the given key ${signing.publicKeyFingerprint}`
            : `signature valid, by the key ${signing.publicKeyFingerprint} that the pack names; give --public-key with the signer's key to check who signed`,
        );
      } else {
        problems.push(`changed: ${SIGNATURE_FILE} is not a valid signature of ${MANIFEST_FILE} by ${givenKey ? 'the given key' : `key ${signing.publicKeyFingerprint}`} (the manifest or the signature was changed)`);
      }
    }
  }

  return {
    ok: problems.length === 0,
    problems,
    notes,
    checked,
    signature,
    ...(signing ? { signer: signing.publicKeyFingerprint } : {}),
    manifest,
  };
}

function verifyKey(pem: string | Buffer): KeyObject {
  const key = loadVerifyKey(pem);
  if (isKeyProblem(key)) throw new UsageError(`the public key is ${key.problem}`, 'give the signer\'s Ed25519 public key in PEM (openssl pkey -in key.pem -pubout)');
  return key;
}

/**
 * The key to check the signature with: the given one (which must be the key
 * the manifest names), else the pack's public-key.pem (whose fingerprint must
 * be the one the manifest names). Undefined, with a problem, when neither works.
 */
function signerKey(root: string, fingerprint: string, given: KeyObject | undefined, onDisk: ReadonlySet<string>, problems: string[]): KeyObject | undefined {
  if (given) {
    const actual = keyFingerprint(given);
    if (actual !== fingerprint) {
      problems.push(`signature: the pack was signed by key ${fingerprint}, not by the given key ${actual}`);
      return undefined;
    }
    return given;
  }
  if (!onDisk.has(PUBLIC_KEY_FILE)) {
    problems.push(`removed: ${PUBLIC_KEY_FILE} (give the signer's key with --public-key)`);
    return undefined;
  }
  const key = loadVerifyKey(readFileSync(join(root, PUBLIC_KEY_FILE)));
  if (isKeyProblem(key)) {
    problems.push(`changed: ${PUBLIC_KEY_FILE} is ${key.problem}`);
    return undefined;
  }
  const actual = keyFingerprint(key);
  if (actual !== fingerprint) {
    problems.push(`changed: ${PUBLIC_KEY_FILE} is key ${actual}, but ${MANIFEST_FILE} names ${fingerprint}`);
    return undefined;
  }
  return key;
}

/** Every file under `root`, relative POSIX paths; anything that is not a regular file or folder is a problem. */
function listFiles(root: string, problems: string[]): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const full = join(dir, entry.name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full, rel);
      else if (stat.isFile()) out.add(rel);
      else problems.push(`added: ${rel} (not a regular file)`);
    }
  };
  walk(root, '');
  return out;
}
