import { createHash } from 'node:crypto';
import type { RawFinding } from './finding.js';

/**
 * A fingerprint that survives unrelated edits and lines inserted above the
 * finding: it hashes the rule, the file and what was found — the resource
 * address and the path inside it for IaC (see {@link stablePath}), the
 * whitespace-normalized source text for code — never the line number, so
 * lines inserted above and edits elsewhere in the file leave it unchanged.
 * Identical findings in one file get an occurrence number (in line order) so
 * every fingerprint in a result is unique.
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

/**
 * The path of a finding inside its resource with array indexes replaced by
 * the element's `name` where it has one (`containers[name=api].env[name=DB_PASSWORD]`),
 * so that adding or reordering sibling containers, env vars or named blocks
 * does not change the fingerprint. Steps that cannot be followed stay as given.
 */
export function stablePath(resource: unknown, path: ReadonlyArray<string | number>): Array<string | number> {
  let node: unknown = resource;
  return path.map((step) => {
    const next = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
    node = next;
    if (typeof step !== 'number' || next === null || typeof next !== 'object' || Array.isArray(next)) return step;
    const name = (next as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? `[name=${name}]` : step;
  });
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
