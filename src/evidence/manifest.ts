/**
 * The evidence pack's manifest (evidence/schemas/pack-manifest.schema.json):
 * its type, the fixed file names of a pack, and the SHA256SUMS listing derived
 * from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, formatErrors } from '../json-schema.js';
import { packageRoot } from '../package-root.js';
import type { ScanSummary } from '../scan-result.js';

/** The manifest, signed when the pack is signed. */
export const MANIFEST_FILE = 'manifest.json';
/** Raw 64-byte Ed25519 signature of manifest.json's exact bytes. */
export const SIGNATURE_FILE = 'manifest.sig';
/** The signer's public key (SPKI PEM), a convenience copy: trust its fingerprint, not the file. */
export const PUBLIC_KEY_FILE = 'public-key.pem';
/** `sha256sum -c` listing of the pack's files (itself listed in the manifest). */
export const CHECKSUMS_FILE = 'SHA256SUMS';
/** Files of a pack that the manifest cannot list: itself and what signs it. */
export const UNLISTED_FILES: readonly string[] = [MANIFEST_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE];

export type PackFileRole = 'result' | 'report' | 'checksums' | 'attestations' | 'evidence' | 'config';

/** A file of the pack. */
export interface PackFile {
  /** Relative to the pack folder, POSIX separators. */
  path: string;
  sha256: string;
  bytes: number;
  role: PackFileRole;
  /** For reports: the format that wrote it. */
  format?: string;
  /** For copied files: where they came from, relative to the scan root. */
  source?: string;
}

/** A file the scan read. */
export interface ScannedFileEntry {
  path: string;
  sha256: string;
  bytes: number;
}

export interface PackManifest {
  schemaVersion: '1.0';
  kind: 'evident-evidence-pack';
  createdAt: string;
  tool: { name: string; version: string };
  opaVersion: string;
  command: string[];
  scan: {
    target: string;
    startedAt: string;
    frameworks: string[];
    findings: Pick<ScanSummary['findings'], 'total' | 'new' | 'suppressed' | 'baselined' | 'expired'>;
  };
  git: { commit: string | null; dirty: boolean; path: string } | null;
  policyBundle: { digest: string; wasmSha256: string; checks: number };
  config: { file: string; sha256: string; bytes: number } | null;
  signing: { algorithm: 'Ed25519'; publicKeyFingerprint: string; signatureFile: typeof SIGNATURE_FILE; publicKeyFile: typeof PUBLIC_KEY_FILE } | null;
  files: PackFile[];
  scanned: ScannedFileEntry[];
  warnings: string[];
}

let validator: ReturnType<typeof compile<PackManifest>> | undefined;

/** Validates a parsed manifest against the schema; returns one line per problem (empty when valid). */
export function manifestProblems(value: unknown): string[] {
  validator ??= compile<PackManifest>(
    JSON.parse(readFileSync(join(packageRoot, 'evidence', 'schemas', 'pack-manifest.schema.json'), 'utf8')) as Record<string, unknown>,
  );
  return validator(value) ? [] : formatErrors(validator.errors);
}

/**
 * The SHA256SUMS text for the given files: `<hex>  <path>` per line, sorted by
 * path, as `sha256sum` prints it and `sha256sum -c` reads it.
 */
export function formatChecksums(files: ReadonlyArray<{ path: string; sha256: string }>): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** Serializes the manifest: two-space JSON with a final newline (the signed bytes). */
export function serializeManifest(manifest: PackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
