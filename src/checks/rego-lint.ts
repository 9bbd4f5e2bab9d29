/**
 * Source lints over the Rego policies that opa's own checks do not make
 * (scripts/build-policies.ts runs them before building the bundle).
 */

/**
 * `not x.key in S` is never true when `x` has no key `key` (opa 1.22, natively and in wasm): the
 * negation of `in` over an undefined operand is itself undefined, so a rule meant to exclude a few
 * values silently excludes everything that lacks the key. EVD-TF-237 and EVD-CFN-099 had it for
 * CodeBuild artifacts without a type, until Trivy's examples showed it. `not object.get(x, "key",
 * null) in S` says what is meant. Returns one message per offending line (comments and test files
 * aside).
 */
export function negatedMembershipProblems(source: string, text: string): string[] {
  if (source.endsWith('_test.rego')) return [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trimStart().startsWith('#')) return;
    const m = /\bnot\s+([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s+in\s/.exec(line);
    if (m !== null) problems.push(`${source}:${i + 1}: not ${m[1]} in …: never true when the key is absent; write not object.get(…, "key", null) in …`);
  });
  return problems;
}
