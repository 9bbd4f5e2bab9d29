import { tempProject } from './temp-project.js';

/** Markup and template payloads planted in every place a scan copies text from a scanned file. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  template: '{{constructor}}',
  url: 'javascript:alert(1)',
  svg: '<svg onload=alert(1)>',
  iframe: "'><iframe src=javascript:alert(1)>",
} as const;

const { script, img, template, url, svg, iframe } = PAYLOADS;

/**
 * A scan target whose file names, Terraform values and comments, Kubernetes
 * names and values, source strings, suppression reasons, waivers and
 * attestations carry the payloads, so that they reach finding messages,
 * resources, snippets, skipped files, parse errors, warnings, suppressions
 * and attestations of the result.
 */
export function hostileProject(): { dir: string; cleanup: () => void } {
  return tempProject({
    // Terraform: a file name with markup, values and trailing comments in the snippets, an inline suppression reason.
    [`infra/${img}.tf`]: [
      'resource "aws_db_instance" "records" {',
      `  identifier          = "${script.replace(/"/g, '')}"`,
      `  publicly_accessible = true # ${script} ${img.replace(/"/g, "'")} ${template}`,
      `  engine              = "${url}"`,
      '}',
      '',
      `# evident-ignore EVD-TF-002 -- ${script} accepted by ${template}`,
      'resource "aws_db_instance" "archive" {',
      `  storage_encrypted = false # ${svg} ${url}`,
      '}',
      '',
    ].join('\n'),
    // A binary file (skipped) and a file that is not valid UTF-8 (a read error), both with markup in their names.
    [`infra/${svg}.tf`]: Buffer.from([0x72, 0x00, 0x01, 0x02]),
    [`infra/${iframe}.tf`]: Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]),
    // Kubernetes: names, namespace, container name and values with markup.
    [`k8s/${template}.yaml`]: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: "${script}"`,
      `  namespace: '${img}'`,
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: "${svg}"`,
      `          image: "${url}"`,
      '          securityContext:',
      `            privileged: true # ${script} ${template}`,
      '          env:',
      '            - name: DB_PASSWORD',
      `              value: "${script}"`,
      '',
    ].join('\n'),
    // A YAML file that is not a manifest (skipped), and a broken manifest (a parse error).
    [`k8s/${img}.yaml`]: `title: "${script}"\n`,
    [`k8s/broken-${svg}.yaml`]: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: [${script}\n  labels: {${img}\n`,
    // Source: a log call whose snippet carries the payloads, in a file whose name does too.
    [`src/${svg}.ts`]: [
      "import pino from 'pino';",
      'const logger = pino();',
      'export function show(patient: { diagnosis: string; ssn: string }): void {',
      `  logger.info(\`${script} \${patient.diagnosis} ${img} ${template} ${url}\`);`,
      '}',
      '',
    ].join('\n'),
    // Waivers: one in force (reason and approver with markup), one expired, one without matches.
    '.evident/waivers.yaml': [
      'waivers:',
      '  - check: EVD-K8S-002',
      '    path: "k8s/**"',
      `    reason: "${script} ${template}"`,
      `    approvedBy: '${img}'`,
      '    expires: 2999-12-31',
      '  - check: EVD-TF-003',
      '    path: "infra/**"',
      `    reason: "${svg} expired"`,
      `    approvedBy: "${url}"`,
      '    expires: 2000-01-01',
      '',
    ].join('\n'),
    // Attestations: statement, owner and evidence file name with markup; one pointing at a missing file.
    '.evident/attestations.yaml': [
      'attestations:',
      '  - control: hipaa:164.308(a)(1)(ii)(A)',
      '    status: implemented',
      `    statement: "${script} ${template}"`,
      `    owner: '${img}'`,
      '    date: 2025-01-01',
      '    expires: 2999-01-01',
      '    evidence:',
      `      - file: "docs/${svg}.txt"`,
      `      - url: "https://example.org/${encodeURIComponent(script)}"`,
      '  - control: gdpr:Art.30(1)',
      '    status: implemented',
      `    statement: "${iframe}"`,
      `    owner: "${url}"`,
      '    date: 2025-01-01',
      '    expires: 2999-01-01',
      '    evidence:',
      `      - file: "docs/missing-${svg}.txt"`,
      '',
    ].join('\n'),
    [`docs/${svg}.txt`]: `Risk analysis 2025 ${script}\n`,
  });
}
