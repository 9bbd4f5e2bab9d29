import type { CheckMeta } from '../checks/metadata.js';
import type { ScanResult } from '../scan-result.js';

export interface ReportOptions {
  /** ANSI colours (text format only). The CLI sets it on a TTY without NO_COLOR. */
  color?: boolean;
  /**
   * Metadata of the checks (description, remediation, references, slug) for
   * formats that describe their rules (SARIF). The result names its checks but
   * does not carry this prose; without it, rules are described by their titles.
   * The CLI passes the installed catalog (`listChecks()`).
   */
  checks?: ReadonlyArray<CheckMeta>;
}

/** A reporter is pure: (result, options) → the whole output. No fs, no console, no clock. */
export type Reporter = (result: ScanResult, options?: ReportOptions) => string;

/**
 * A binary format (pdf): rendered asynchronously to bytes by an external
 * program. The CLI writes it only to a file (--output), never to stdout.
 */
export type BinaryReporter = (result: ScanResult, options?: ReportOptions) => Promise<Uint8Array>;
