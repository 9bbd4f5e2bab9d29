/**
 * Ed25519 signing of the manifest: `node:crypto` `sign(null, bytes, key)`,
 * compatible with `openssl pkeyutl -verify -rawin` (evidence/README.md).
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { sha256 } from '../checks/manifest.js';

/** What a key's text turned out to be. */
export type KeyProblem = { problem: string };

/** Loads an Ed25519 private key from PEM text; a problem when it is not one. */
export function loadSigningKey(pem: string | Buffer): KeyObject | KeyProblem {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    return { problem: 'not a PEM private key' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { problem: `an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519` };
  return key;
}

/** Loads an Ed25519 public key from PEM text (a private key's PEM gives its public key); a problem when it is not one. */
export function loadVerifyKey(pem: string | Buffer): KeyObject | KeyProblem {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    return { problem: 'not a PEM public key' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { problem: `an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519` };
  return key;
}

/** `sha256:<hex>` of the public key's DER SubjectPublicKeyInfo (`openssl pkey -pubin -outform DER | sha256sum`). */
export function keyFingerprint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${sha256(pub.export({ type: 'spki', format: 'der' }))}`;
}

/** The public key's SPKI PEM. */
export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return String(pub.export({ type: 'spki', format: 'pem' }));
}

/** The raw 64-byte Ed25519 signature of `data`. */
export function signBytes(data: Uint8Array, key: KeyObject): Buffer {
  return sign(null, data, key);
}

/** Whether `signature` is a valid Ed25519 signature of `data` by `key`. */
export function verifyBytes(data: Uint8Array, signature: Uint8Array, key: KeyObject): boolean {
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

export function isKeyProblem(value: KeyObject | KeyProblem): value is KeyProblem {
  return 'problem' in value;
}
