import type { CheckInfo } from '../checks/metadata.js';
import type { Finding } from '../findings/finding.js';
import type { CheckRun, ControlResult, ControlStatus } from '../scan-result.js';
import type { Framework } from './catalog.js';
import { controlIdsOf, type CustomMappings } from './custom.js';

/**
 * Findings + what each check saw → a status per control of each framework:
 *
 * - `fail`: an unsuppressed finding of a mapped check;
 * - `pass`: an automated control whose mapped checks ran on applicable inputs and found nothing;
 * - `manual`: no check maps to the control, or the control is only partly
 *   automatable — clean checks are recorded as its basis, but configuration
 *   cannot prove the rest of the requirement (an attestation can) — or a
 *   mapped check could not be evaluated on some input (see the errors);
 * - `not_applicable`: an automated control whose checks found no applicable
 *   input in the scanned files.
 *
 * Built-in frameworks take the check → control links from check metadata;
 * custom frameworks (`custom`) from their mapping file. Attestations are
 * applied afterwards (attestations.ts).
 */
export function evaluateControls(
  frameworks: readonly Framework[],
  checks: readonly CheckInfo[],
  runs: ReadonlyMap<string, CheckRun>,
  findings: readonly Finding[],
  custom?: CustomMappings,
): ControlResult[] {
  const results: ControlResult[] = [];
  for (const framework of frameworks) {
    const fw = framework.framework;
    const mapped = new Map<string, CheckInfo[]>();
    for (const check of checks) {
      for (const id of controlIdsOf(check, fw, custom)) {
        const list = mapped.get(id) ?? [];
        list.push(check);
        mapped.set(id, list);
      }
    }
    const failing = new Map<string, string[]>();
    for (const finding of findings) {
      if (finding.suppression) continue;
      for (const ref of finding.controls) {
        if (ref.framework !== fw) continue;
        const list = failing.get(ref.id) ?? [];
        list.push(finding.fingerprint);
        failing.set(ref.id, list);
      }
    }
    for (const control of framework.controls) {
      const basisChecks = (mapped.get(control.id) ?? [])
        .map((c) => runs.get(c.id))
        .filter((r): r is CheckRun => r !== undefined && r.skipped === undefined)
        .map((r) => ({ id: r.id, applicable: r.applicable, findings: r.findings, ...(r.errors !== undefined ? { errors: r.errors } : {}) }));
      const failed = failing.get(control.id) ?? [];
      const { status, reason } = decide(control.kind, basisChecks, failed.length);
      results.push({
        framework: fw,
        id: control.id,
        title: control.title,
        kind: control.kind,
        status,
        basis: { checks: basisChecks, reason },
        findings: failed,
      });
    }
  }
  return results;
}

function decide(
  kind: Framework['controls'][number]['kind'],
  checks: ReadonlyArray<{ id: string; applicable: number; errors?: number }>,
  failed: number,
): { status: ControlStatus; reason: string } {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (failed > 0) {
    return { status: 'fail', reason: `${plural(failed, 'unsuppressed finding')} of mapped checks` };
  }
  // A check that could not be evaluated somewhere proves nothing there: not a pass.
  // Per check: two checks failing on one input are two inputs of neither.
  const errored = checks.filter((c) => (c.errors ?? 0) > 0);
  if (errored.length > 0) {
    const each = errored.map((c, i) => `${c.id}${i === 0 ? ' could not be evaluated' : ''} on ${plural(c.errors ?? 0, 'input')}`);
    return { status: 'manual', reason: `${each.join(', ')} (see the scan's errors); the control needs review` };
  }
  if (checks.length === 0) {
    return { status: 'manual', reason: 'no automated check maps to this control; it needs documentary evidence' };
  }
  const applicable = checks.reduce((sum, c) => sum + c.applicable, 0);
  const ran = checks.filter((c) => c.applicable > 0).length;
  if (applicable === 0) {
    if (kind === 'automated') {
      return { status: 'not_applicable', reason: `none of the ${plural(checks.length, 'mapped check')} found an applicable resource or file in the scan` };
    }
    return { status: 'manual', reason: `no applicable input for the ${plural(checks.length, 'mapped check')}; the control needs documentary evidence` };
  }
  const clean = `${plural(ran, 'mapped check')} ran on ${plural(applicable, 'applicable input')} and found no violation`;
  if (kind === 'automated') return { status: 'pass', reason: clean };
  return { status: 'manual', reason: `${clean}, but configuration covers only part of this control; the rest needs documentary evidence` };
}
