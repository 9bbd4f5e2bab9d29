import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCheckDoc } from './checks/doc.js';
import type { CheckCatalog } from './checks/registry.js';
import type { CheckInfo } from './checks/metadata.js';
import type { Framework } from './controls/catalog.js';
import { UsageError } from './errors.js';
import { packageRoot } from './package-root.js';

/**
 * `evident explain <check-id | framework:control-id>`: for a check, its page
 * (what it looks for, why it maps to each control, how to fix it, examples);
 * for a control, what it requires, guidance for auditors, how its status is
 * decided and the checks that evidence it.
 */
export function explain(subject: string, catalog: CheckCatalog, frameworks: readonly Framework[]): string {
  const control = /^([a-z][a-z0-9-]*):(.+)$/.exec(subject);
  if (control) return explainControl(control[1] as string, control[2] as string, catalog, frameworks);
  let check: CheckInfo;
  try {
    check = catalog.resolve(subject);
  } catch {
    throw new UsageError(`nothing to explain for ${subject}`, 'give a check id (evident checks) or <framework>:<control id>, e.g. hipaa:164.312(a)(2)(iv)');
  }
  const page = check.engine === 'rego' ? renderCheckDoc(check) : readFileSync(join(packageRoot, 'docs', 'rules', `${check.id}.md`), 'utf8');
  return page.replace(/^<!--.*-->\n/, '');
}

const STATUS_RULES: Record<string, string> = {
  automated:
    'automated: fails on an unsuppressed finding of a mapped check; passes when the mapped checks ran on applicable inputs and found nothing; not applicable when they found nothing to look at.',
  partly:
    'partly automated: fails on an unsuppressed finding of a mapped check; otherwise manual, because configuration shows only part of the requirement — an attestation can settle it.',
  manual: 'manual: no scan can decide it; an attestation (.evident/attestations.yaml) turns it into pass or not applicable.',
};

function explainControl(frameworkId: string, id: string, catalog: CheckCatalog, frameworks: readonly Framework[]): string {
  const framework = frameworks.find((f) => f.framework === frameworkId);
  if (!framework) throw new UsageError(`unknown framework ${frameworkId}`, `known frameworks: ${frameworks.map((f) => f.framework).join(', ')}`);
  const control = framework.controls.find((c) => c.id === id);
  if (!control) throw new UsageError(`${frameworkId} has no control ${id}`, `list them with: evident controls --framework ${frameworkId}`);
  const group = framework.groups.find((g) => g.id === control.group);
  const checks = catalog.checks.filter((c) => (c.controls as Record<string, string[] | undefined>)[frameworkId]?.includes(id));
  const lines = [
    `${frameworkId}:${control.id} ${control.title}`,
    `${framework.title} · ${group ? `${group.id} ${group.title}` : control.group}${control.requirement ? ` · ${control.requirement}` : ''} · ${control.kind}`,
    ...(control.parent ? [`Part of ${control.parent}`] : []),
    '',
    'What it requires',
    wrap(control.description),
    '',
    'Guidance for auditors',
    wrap(control.guidance),
    '',
    'How Evident decides its status',
    wrap(STATUS_RULES[control.kind] ?? ''),
    '',
    checks.length === 0 ? 'No check maps to this control.' : `Checks that evidence it (${checks.length})`,
  ];
  for (const check of checks) {
    lines.push(`  ${check.id.padEnd(13)} ${check.severity.padEnd(8)} ${check.title}`);
    const why = (check.rationale as Record<string, string | undefined>)[frameworkId];
    if (why) lines.push(wrap(`why: ${why}`, 16));
  }
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, indent = 2, width = 96): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      out.push(' '.repeat(indent) + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(' '.repeat(indent) + line);
  return out.join('\n');
}
