/**
 * Large Kubernetes folders evaluated in parts.
 *
 * Manifests are one document per folder, so that checks can look across the
 * objects of a folder (a namespace without a NetworkPolicy). OPA's wasm
 * runtime slows down and grows with the size of one input: the 4,000 objects
 * of 2,000 manifests in one folder took 0.77–0.85 s to evaluate and a 64 MB
 * wasm heap (212 MB peak RSS), against 0.35–0.41 s and 127 MB for the same
 * manifests in 20 folders.
 *
 * A folder of more than {@link PART_SIZE} objects is evaluated in parts: each
 * part holds its share of the objects plus every object of the
 * {@link KUBERNETES_CONTEXT_KINDS}, the kinds that checks read while judging
 * another object. Each part keeps only the findings on its own objects, so
 * every object is judged exactly once, with the same context as in the whole
 * folder. A finding that names no object of the folder cannot be assigned to
 * a part: the folder is then evaluated whole, as before.
 * test/engine/parts.test.ts compares parts and whole folders on every
 * Kubernetes example of the checks, the test projects and a generated folder.
 */
import type { NormalizedDocument } from '../parsers/types.js';
import type { CheckFailure, RegoFinding } from './rego.js';

/**
 * Kinds whose objects a Kubernetes check reads when it judges another object:
 * NetworkPolicies (namespace_without_network_policy: a workload's namespace is
 * protected by any policy of that namespace; cluster-wide policies protect
 * all) and ServiceAccounts (service_account_token_automounted: a namespace's
 * `default` account may opt its pods out) and IngressClasses
 * (service_exposed: the Ingress controller's own Service). A check that starts reading
 * another kind across objects must add it here; the comparison test fails
 * otherwise when an example exercises it.
 */
export const KUBERNETES_CONTEXT_KINDS: ReadonlySet<string> = new Set([
  'NetworkPolicy',
  'CiliumNetworkPolicy',
  'GlobalNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'ServiceAccount',
  'IngressClass',
]);

/** Objects per part (and the largest folder evaluated whole): 200 was the fastest of 50–2,000 on the bench corpus. */
export const PART_SIZE = 200;

/** What evaluates one document (the policy engine). */
export interface DocumentEvaluator {
  evaluate(document: NormalizedDocument, onCheckFailure?: (failure: CheckFailure) => void): RegoFinding[];
}

/** The document's findings, evaluated in parts when it is a Kubernetes folder of more than `size` objects. */
export function evaluateInParts(
  engine: DocumentEvaluator,
  document: NormalizedDocument,
  onCheckFailure?: (failure: CheckFailure) => void,
  size: number = PART_SIZE,
): RegoFinding[] {
  const all = document.resources;
  if (document.type !== 'kubernetes' || all.length <= size) return engine.evaluate(document, onCheckFailure);
  const context = all.filter((resource) => KUBERNETES_CONTEXT_KINDS.has(String(resource['kind'])));
  // Patch fragments (KubernetesDocument.patches) go with the first part only: their findings are reported once.
  const patches = Array.isArray(document['patches']) ? (document['patches'] as Array<{ id: string }>) : [];
  const known = new Set([...all.map((resource) => resource.id), ...patches.map((patch) => patch.id)]);
  const findings: RegoFinding[] = [];
  // A check that fails on several parts is reported once, as for a folder evaluated whole.
  const failures = new Map<string, CheckFailure>();
  const collect = onCheckFailure === undefined ? undefined : (failure: CheckFailure): void => void (failures.has(failure.check) || failures.set(failure.check, failure));
  for (let start = 0; start < all.length; start += size) {
    const own = all.slice(start, start + size);
    const ids = new Set(own.map((resource) => resource.id));
    if (start === 0) for (const patch of patches) ids.add(patch.id);
    const resources = [...own, ...context.filter((resource) => !ids.has(resource.id))];
    const part: NormalizedDocument = { ...document, resources };
    if (start > 0) delete part['patches'];
    for (const finding of engine.evaluate(part, collect)) {
      if (finding.resource === undefined || !known.has(finding.resource)) return engine.evaluate(document, onCheckFailure);
      if (ids.has(finding.resource)) findings.push(finding);
    }
  }
  for (const failure of failures.values()) onCheckFailure?.(failure);
  return findings;
}
