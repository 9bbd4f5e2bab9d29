import { createHash } from 'node:crypto';
import type { RawFinding } from './finding.js';

/**
 * A fingerprint that survives unrelated edits and lines inserted above the
 * finding: it hashes the rule, the file and what was found — the resource
 * address and the path inside it for IaC, the whitespace-normalized source
 * text for code — never the line number. Identical findings in one file get
 * an occurrence number so every fingerprint in a result is unique.
 */
export function assignFingerprints<T extends RawFinding & { path?: ReadonlyArray<string | number> }>(
  findings: readonly T[],
): Array<T & { fingerprint: string }> {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const what = finding.resource !== undefined
      ? `resource:${finding.resource}:${(finding.path ?? []).join('.')}`
      : `text:${normalize(finding.snippet ?? finding.message)}`;
    const base = `${finding.ruleId}\u0000${finding.location.file}\u0000${what}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, fingerprint };
  });
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
