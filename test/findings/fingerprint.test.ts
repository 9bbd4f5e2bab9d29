import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../src/index.js';
import { stablePath } from '../../src/findings/fingerprint.js';
import { tempProject } from '../helpers/temp-project.js';

/** Scans `files`, returning `ruleId file:line` → fingerprint. */
async function fingerprints(files: Record<string, string>): Promise<Map<string, string>> {
  const { dir, cleanup } = tempProject(files);
  try {
    const result = await scan({ paths: [dir] });
    return new Map(result.findings.map((f) => [`${f.ruleId} ${f.resource ?? f.snippet}`, f.fingerprint]));
  } finally {
    cleanup();
  }
}

const TF = `resource "aws_db_instance" "db" {
  engine              = "postgres"
  publicly_accessible = true
}
`;
const TF_EDITED = `# Reporting database.
locals {
  owner = "analytics"
}

resource "aws_db_instance" "db" {
  engine              = "postgres16"
  instance_class      = "db.t4g.small"
  publicly_accessible = true
}
`;

const K8S = `apiVersion: batch/v1
kind: Job
metadata:
  name: export
  namespace: clinic
spec:
  template:
    spec:
      containers:
        - name: export
          image: export:1
          env:
            - name: DB_PASSWORD
              value: hunter2hunter2
`;
const K8S_EDITED = `# Nightly export.
apiVersion: batch/v1
kind: Job
metadata:
  name: export
  namespace: clinic
  labels:
    team: billing
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: proxy:2
        - name: export
          image: export:2
          env:
            - name: REGION
              value: eu-west-1
            - name: DB_PASSWORD
              value: hunter2hunter2
`;

const TS = `export function note(ssn: string): void {
  console.log('note added for', ssn);
}
`;
const TS_EDITED = `import { audit } from './audit.js';

// Notes API.
export function note(ssn: string): void {
  audit('note');
  console.log('note added for', ssn);
  return;
}
`;

describe('fingerprints survive lines inserted above and unrelated edits', () => {
  for (const [name, path, before, after, key] of [
    ['Terraform', 'main.tf', TF, TF_EDITED, 'EVD-TF-003 aws_db_instance.db'],
    ['Kubernetes (a container and an env var added before the finding)', 'job.yaml', K8S, K8S_EDITED, 'EVD-K8S-001 Job/clinic/export'],
    ['source code', 'src/notes.ts', TS, TS_EDITED, "EVD-CODE-001 console.log('note added for', ssn)"],
  ] as const) {
    it(name, async () => {
      const a = await fingerprints({ [path]: before });
      const b = await fingerprints({ [path]: after });
      assert.ok(a.has(key), `${key} found in ${[...a.keys()].join(', ')}`);
      assert.equal(b.get(key), a.get(key));
    });
  }

  it('change when what was found changes', async () => {
    const a = await fingerprints({ 'src/notes.ts': TS });
    const b = await fingerprints({ 'src/notes.ts': TS.replace("'note added for'", "'note saved for'") });
    assert.notEqual([...a.values()][0], [...b.values()][0]);
  });
});

describe('stablePath', () => {
  it('names array elements that have a name, and keeps every other step', () => {
    const resource = { podSpec: { containers: [{ name: 'api', env: [{ name: 'A' }, { value: 'x' }], ports: [80] }] } };
    assert.deepEqual(stablePath(resource, ['podSpec', 'containers', 0, 'env', 0, 'value']), ['podSpec', 'containers', '[name=api]', 'env', '[name=A]', 'value']);
    assert.deepEqual(stablePath(resource, ['podSpec', 'containers', 0, 'env', 1, 'value']), ['podSpec', 'containers', '[name=api]', 'env', 1, 'value']);
    assert.deepEqual(stablePath(resource, ['podSpec', 'containers', 0, 'ports', 0]), ['podSpec', 'containers', '[name=api]', 'ports', 0]);
    assert.deepEqual(stablePath(undefined, ['config', 'acl']), ['config', 'acl']);
  });
});
