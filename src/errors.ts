/**
 * Typed, user-facing errors. The library throws these; the CLI turns them into
 * one line on stderr (plus a hint) and exit code 2. Anything else that reaches
 * the CLI is an internal error.
 */
export class EvidentError extends Error {
  /** A short next step for the user, printed after the message. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** A flag or argument the user gave is wrong. */
export class UsageError extends EvidentError {}

/** The configuration file is missing, unreadable or invalid. */
export class ConfigError extends EvidentError {}

/** The compiled policy bundle is missing, corrupt or cannot be evaluated. */
export class PolicyBundleError extends EvidentError {}

/** A control catalog is invalid. */
export class CatalogError extends EvidentError {}

/** No headless browser to print a PDF with, or the browser failed. */
export class BrowserError extends EvidentError {}

/** An evidence pack cannot be written or read (not a verification failure: those are listed as problems). */
export class EvidencePackError extends EvidentError {}

/** Turns whatever a library (e.g. opa-wasm, which throws strings and plain objects) threw into a message. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
