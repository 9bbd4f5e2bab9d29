/**
 * Source lints over the Rego policies that opa's own checks do not make:
 * scripts/build-policies.ts runs regoLintProblems over every source before it
 * builds the bundle, and fails on any problem. Comment lines are not read.
 */

/** Every problem of one policy source (`source`: its path, for the messages). */
export function regoLintProblems(source: string, text: string): string[] {
  return [...sprintfProblems(source, text), ...negatedMembershipProblems(source, text)];
}

/** The code lines of a source with their 1-based numbers (comment lines left out). */
function codeLines(text: string): Array<[line: string, number: number]> {
  return text
    .split('\n')
    .map((line, i): [string, number] => [line, i + 1])
    .filter(([line]) => !line.trimStart().startsWith('#'));
}

/**
 * In wasm, sprintf is the host's JS implementation (sprintf-js), not Go's fmt:
 * %q, %v and friends fail at evaluation time ("unexpected placeholder"), which
 * opa test (native) does not show. Allow only the verbs both agree on, in
 * sprintf and in finding.format (which falls back to sprintf). A sprintf whose
 * format has only %s should be finding.format: built in wasm code, without a
 * host call (policies/lib/finding.rego, which is not judged).
 */
export function sprintfProblems(source: string, text: string): string[] {
  if (source.endsWith('lib/finding.rego')) return [];
  const problems: string[] = [];
  for (const [line, number] of codeLines(text)) {
    for (const m of line.matchAll(/(finding\.format|sprintf)\(\s*"((?:[^"\\]|\\.)*)"/g)) {
      // %% is a literal percent sign, which both implementations write (the expression read it as two bare % until this was tested).
      const verbs = [...(m[2] ?? '').matchAll(/%(?:%|[^%]?)/g)].map((verb) => verb[0]);
      for (const verb of verbs) {
        if (verb !== '%s' && verb !== '%d' && verb !== '%%') problems.push(`${source}:${number}: ${m[1]} verb ${verb} is not supported in wasm (use %s or %d)`);
      }
      if (m[1] === 'sprintf' && verbs.every((verb) => verb === '%s')) {
        problems.push(`${source}:${number}: a format with only %s: use finding.format (built in wasm, no host call), not sprintf`);
      }
    }
  }
  return problems;
}

/**
 * `not x.key in S` is never true when `x` has no key `key` (opa 1.22, natively and in wasm): the
 * negation of `in` over an undefined operand is itself undefined, so a rule meant to exclude a few
 * values silently excludes everything that lacks the key. EVD-TF-237 and EVD-CFN-099 had it for
 * CodeBuild artifacts without a type, until Trivy's examples showed it. `not object.get(x, "key",
 * null) in S` says what is meant. Test files are not judged.
 */
export function negatedMembershipProblems(source: string, text: string): string[] {
  if (source.endsWith('_test.rego')) return [];
  const problems: string[] = [];
  for (const [line, number] of codeLines(text)) {
    const m = /\bnot\s+([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s+in\s/.exec(line);
    if (m !== null) problems.push(`${source}:${number}: not ${m[1]} in …: never true when the key is absent; write not object.get(…, "key", null) in …`);
  }
  return problems;
}
