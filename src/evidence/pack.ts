/**
 * Evidence pack assembly: runs a scan and writes a folder an auditor can keep
 * and check — the JSON result, every registered report format, the
 * attestations file and its evidence files, the config file, SHA256SUMS, and
 * manifest.json with the digests of all of these and of every file the scan
 * read (optionally signed with Ed25519). Layout: evidence/README.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { randomBytes, type KeyObject } from 'node:crypto';
import type { BundleManifest } from '../checks/manifest.js';
import { sha256 } from '../checks/manifest.js';
import type { CheckMeta } from '../checks/metadata.js';
import { buildCatalog } from '../checks/registry.js';
import { codeRuleChecks } from '../checks/code-rules.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_ATTESTATIONS_FILE } from '../controls/attestations.js';
import { DEFAULT_BUNDLE_DIR } from '../engine/rego.js';
import { scan, type ScanOptions, type ScannedFile } from '../engine/pipeline.js';
import { EvidencePackError } from '../errors.js';
import { compareStrings } from '../findings/order.js';
import { binaryReporters, reporters } from '../report/index.js';
import { findBrowser, printHtmlToPdf, requireBrowser } from '../report/pdf.js';
import type { BinaryReporter, ReportOptions } from '../report/types.js';
import type { ScanResult } from '../scan-result.js';
import { gitState } from './git-state.js';
import {
  CHECKSUMS_FILE,
  formatChecksums,
  MANIFEST_FILE,
  PUBLIC_KEY_FILE,
  serializeManifest,
  SIGNATURE_FILE,
  type PackFile,
  type PackManifest,
} from './manifest.js';
import { isKeyProblem, keyFingerprint, loadSigningKey, publicKeyPem, signBytes } from './signing.js';

/** Where each format's output goes in the pack; other formats get `reports/report.<format>`. */
const REPORT_PATHS: Readonly<Record<string, string>> = {
  json: 'result.json',
  html: 'reports/report.html',
  pdf: 'reports/report.pdf',
  text: 'reports/report.txt',
  markdown: 'reports/report.md',
  sarif: 'reports/results.sarif',
  junit: 'reports/junit.xml',
  csv: 'reports/findings.csv',
  'controls-csv': 'reports/controls.csv',
  oscal: 'reports/oscal-assessment-results.json',
};

export interface EvidencePackOptions extends Omit<ScanOptions, 'scannedFiles' | 'stats'> {
  /** The folder to create; it must not exist or be empty. */
  outDir: string;
  /** Ed25519 private key (PEM text) to sign manifest.json with. */
  signingKey?: string | Buffer;
  /** The command line to record (e.g. `['evident', 'evidence', 'export', …]`). */
  command?: string[];
  /** PDF report: `auto` (default) when a browser is found, `always` (error without one), `never`. */
  pdf?: 'auto' | 'always' | 'never';
  /** Browser for the PDF; default: findBrowser(). */
  browser?: string;
  /** The time recorded as the manifest's createdAt; default: the current time. */
  createdAt?: Date;
}

export interface EvidencePack {
  /** The pack folder (absolute). */
  dir: string;
  result: ScanResult;
  manifest: PackManifest;
}

/** A file to write into the pack. */
interface Entry {
  path: string;
  data: Uint8Array | string;
  role: PackFile['role'];
  format?: string;
  source?: string;
}

/**
 * Scans (as `scan()` with the same options) and writes the evidence pack.
 * The pack is assembled in a temporary sibling folder and renamed into place,
 * so a failed export leaves nothing behind. Throws EvidencePackError when the
 * folder is not empty, the key is not an Ed25519 private key, or a file
 * cannot be written; BrowserError when `pdf: 'always'` finds no browser.
 */
export async function buildEvidencePack(options: EvidencePackOptions): Promise<EvidencePack> {
  const outDir = resolve(options.outDir);
  checkOutDir(outDir);
  const key = options.signingKey === undefined ? undefined : signingKey(options.signingKey);
  const browser = options.pdf === 'never' ? undefined : options.pdf === 'always' ? (options.browser ?? requireBrowser()) : (options.browser ?? findBrowser());

  const { outDir: _out, signingKey: _key, command, pdf: _pdf, browser: _browser, createdAt, ...scanOptions } = options;
  const scannedFiles: ScannedFile[] = [];
  const result = await scan({ ...scanOptions, scannedFiles });
  const root = resolve(result.target);
  // Git state before anything is written (the pack may be inside the work tree).
  const git = gitState(root);
  const warnings: string[] = [];

  const bundleDir = options.bundleDir ?? DEFAULT_BUNDLE_DIR;
  const bundle = readBundleManifest(bundleDir, result);
  const reportOptions: ReportOptions = { checks: catalogMeta(bundle, await codeRuleMeta()) };

  const entries: Entry[] = [];
  for (const format of Object.keys(reporters).sort() as Array<keyof typeof reporters>) {
    entries.push({ path: REPORT_PATHS[format] ?? `reports/report.${format}`, data: reporters[format](result, reportOptions), role: format === 'json' ? 'result' : 'report', format });
  }
  const binary: Array<[string, BinaryReporter]> = Object.entries(binaryReporters).sort(([a], [b]) => compareStrings(a, b));
  for (const [format, render] of binary) {
    const path = REPORT_PATHS[format] ?? `reports/report.${format}`;
    if (format === 'pdf') {
      if (browser === undefined) {
        if (options.pdf !== 'never') warnings.push('no PDF report: no headless Chromium or Chrome was found (set EVIDENT_CHROMIUM to one)');
        continue;
      }
      // Print the very HTML that is in the pack.
      const html = entries.find((e) => e.format === 'html')?.data;
      const bytes = await printHtmlToPdf(typeof html === 'string' ? html : reporters.html(result, reportOptions), { browser });
      entries.push({ path, data: bytes, role: 'report', format });
      continue;
    }
    entries.push({ path, data: await render(result, reportOptions), role: 'report', format });
  }

  // The config file, as read for the scan (copied: it says what was excluded and disabled).
  let config: PackManifest['config'] = null;
  if (result.config.file !== null) {
    const full = isAbsolute(result.config.file) ? result.config.file : resolve(root, result.config.file);
    const bytes = readSource(full, 'config file');
    config = { file: result.config.file, sha256: sha256(bytes), bytes: bytes.length };
    entries.push({ path: `config/${basename(full)}`, data: bytes, role: 'config', source: result.config.file });
  }

  // Attestations: the file and every evidence file it names (as recorded in the result).
  const attestationsFile = attestationsPath(root, scanOptions.configPath);
  if (attestationsFile !== undefined) {
    entries.push({
      path: `attestations/${basename(attestationsFile)}`,
      data: readSource(resolve(root, attestationsFile), 'attestations file'),
      role: 'attestations',
      source: attestationsFile,
    });
  }
  const copied = new Set<string>();
  for (const record of result.attestations) {
    for (const evidence of record.evidence) {
      if (!('file' in evidence) || evidence.missing === true) continue;
      // The attestations parser keeps evidence paths inside the scan root; normalize away `./` segments.
      const path = `attestations/evidence/${posix.normalize(evidence.file).replace(/^\.\//, '')}`;
      if (copied.has(path)) continue;
      copied.add(path);
      const bytes = readSource(resolve(root, evidence.file), 'attestation evidence file');
      if (evidence.sha256 !== undefined && sha256(bytes) !== evidence.sha256) {
        warnings.push(`attestation evidence ${evidence.file} changed after the scan read it (the copy in the pack is the newer file)`);
      }
      entries.push({ path, data: bytes, role: 'evidence', source: evidence.file });
    }
  }

  const files: PackFile[] = entries.map((e) => fileEntry(e));
  const checksums = formatChecksums(files);
  entries.push({ path: CHECKSUMS_FILE, data: checksums, role: 'checksums' });
  files.push(fileEntry(entries[entries.length - 1] as Entry));
  files.sort((a, b) => compareStrings(a.path, b.path));

  const manifest: PackManifest = {
    schemaVersion: '1.0',
    kind: 'evident-evidence-pack',
    createdAt: (createdAt ?? new Date()).toISOString(),
    tool: result.tool,
    opaVersion: result.policyBundle.opaVersion,
    command: command ?? [],
    scan: {
      target: result.target,
      startedAt: result.startedAt,
      frameworks: result.frameworks,
      findings: {
        total: result.summary.findings.total,
        new: result.summary.findings.new,
        suppressed: result.summary.findings.suppressed,
        baselined: result.summary.findings.baselined,
        expired: result.summary.findings.expired,
      },
    },
    git: git ?? null,
    policyBundle: { digest: result.policyBundle.digest, wasmSha256: bundle.wasm.sha256, checks: result.policyBundle.checks },
    config,
    signing: key ? { algorithm: 'Ed25519', publicKeyFingerprint: keyFingerprint(key), signatureFile: SIGNATURE_FILE, publicKeyFile: PUBLIC_KEY_FILE } : null,
    files,
    scanned: [...scannedFiles].sort((a, b) => compareStrings(a.path, b.path)).map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
    warnings,
  };
  const manifestText = serializeManifest(manifest);
  const unlisted: Array<{ path: string; data: Uint8Array | string }> = [{ path: MANIFEST_FILE, data: manifestText }];
  if (key) {
    unlisted.push({ path: SIGNATURE_FILE, data: signBytes(Buffer.from(manifestText, 'utf8'), key) });
    unlisted.push({ path: PUBLIC_KEY_FILE, data: publicKeyPem(key) });
  }

  writePack(outDir, [...entries, ...unlisted]);
  return { dir: outDir, result, manifest };
}

function fileEntry(e: Entry): PackFile {
  const bytes = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
  return {
    path: e.path,
    sha256: sha256(bytes),
    bytes: bytes.byteLength,
    role: e.role,
    ...(e.format !== undefined ? { format: e.format } : {}),
    ...(e.source !== undefined ? { source: e.source } : {}),
  };
}

function checkOutDir(outDir: string): void {
  if (!existsSync(outDir)) return;
  let empty: boolean;
  try {
    empty = statSync(outDir).isDirectory() && readdirSync(outDir).length === 0;
  } catch (error) {
    throw new EvidencePackError(`cannot use ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!empty) throw new EvidencePackError(`${outDir} already exists and is not an empty folder`, 'give a new folder to --out: a pack is never written over another');
}

function signingKey(pem: string | Buffer): KeyObject {
  const key = loadSigningKey(pem);
  if (isKeyProblem(key)) throw new EvidencePackError(`the signing key is ${key.problem}`, 'generate one with: openssl genpkey -algorithm ed25519 -out evident-signing.pem');
  return key;
}

/** The attestations file the scan read, relative to the root (as the pipeline finds it), or undefined. */
function attestationsPath(root: string, configPath: string | undefined): string | undefined {
  const { config } = loadConfig(root, configPath);
  const path = config.attestations ?? DEFAULT_ATTESTATIONS_FILE;
  return existsSync(resolve(root, path)) ? relative(root, resolve(root, path)).split('\\').join('/') : undefined;
}

function readSource(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new EvidencePackError(`cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The bundle manifest the scan used (its digest must be the result's). */
function readBundleManifest(dir: string, result: ScanResult): BundleManifest {
  const text = readSource(join(dir, 'manifest.json'), 'policy bundle manifest');
  if (`sha256:${sha256(text)}` !== result.policyBundle.digest) {
    throw new EvidencePackError(`the policy bundle in ${dir} changed during the export`, 'run the export again');
  }
  return JSON.parse(text.toString('utf8')) as BundleManifest;
}

/** Metadata of the source-code rules, for reporters that describe their rules (SARIF). */
async function codeRuleMeta(): Promise<Array<{ meta: CheckMeta; source: string }>> {
  return codeRuleChecks();
}

function catalogMeta(bundle: BundleManifest, code: Awaited<ReturnType<typeof codeRuleMeta>>): NonNullable<ReportOptions['checks']> {
  return buildCatalog(bundle, code).checks;
}

/** Writes every entry into a temporary sibling folder, then renames it to `outDir`. */
function writePack(outDir: string, entries: ReadonlyArray<{ path: string; data: Uint8Array | string }>): void {
  const parent = dirname(outDir);
  let tmp: string;
  try {
    mkdirSync(parent, { recursive: true });
    // mkdir (not mkdtemp, which makes the folder private): the pack gets the umask's permissions.
    tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    mkdirSync(tmp);
  } catch (error) {
    throw new EvidencePackError(`cannot create ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the --out path');
  }
  try {
    for (const e of entries) {
      const full = join(tmp, ...e.path.split('/'));
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, e.data);
    }
    if (existsSync(outDir)) rmdirSync(outDir);
    renameSync(tmp, outDir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (error instanceof EvidencePackError) throw error;
    throw new EvidencePackError(`cannot write ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the --out path');
  }
}
