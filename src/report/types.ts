import type { ScanResult } from '../scan-result.js';

export interface ReportOptions {
  /** ANSI colours (text format only). The CLI sets it on a TTY without NO_COLOR. */
  color?: boolean;
}

/** A reporter is pure: (result, options) → the whole output. No fs, no console, no clock. */
export type Reporter = (result: ScanResult, options?: ReportOptions) => string;
