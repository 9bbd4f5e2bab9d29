import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The `opa` command to run: `$OPA`, else `opa` on the PATH, else `~/go/bin/opa` (where
 * `go install github.com/open-policy-agent/opa@v1.22.3` puts it); undefined when none runs.
 * Used by npm run policies:build and by the tests that compile or parse Rego.
 */
export function findOpa(): string | undefined {
  for (const candidate of [process.env.OPA, 'opa', join(homedir(), 'go', 'bin', 'opa')]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ['version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // the next one
    }
  }
  return undefined;
}
