import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlebars } from '../report/handlebars.js';
import { load } from 'js-yaml';
import { loadFramework } from '../controls/catalog.js';
import { packageRoot } from '../package-root.js';
import { FRAMEWORKS, type CheckInfo } from './metadata.js';
import { INPUT_LABELS } from '../parsers/types.js';

/** Raw examples of a Rego check (`<slug>.examples.yaml` beside the .rego). */
export interface CheckExamples {
  deny: Array<{ name: string; files: Record<string, string> }>;
  allow: Array<{ name: string; files: Record<string, string> }>;
}

const FRAMEWORK_NAMES = { hipaa: 'HIPAA Security Rule', gdpr: 'GDPR' } as const;

/** The raw examples of a Rego check (`<slug>.examples.yaml` beside its source). */
export function readExamples(check: Pick<CheckInfo, 'source'>): CheckExamples {
  return load(readFileSync(join(packageRoot, check.source.replace(/\.rego$/, '.examples.yaml')), 'utf8')) as CheckExamples;
}

let template: HandlebarsTemplateDelegate | undefined;

/**
 * The documentation page of a Rego check (docs/rules/<id>.md), rendered from
 * its metadata, the control catalogs and its raw examples with
 * templates/check-doc.md.hbs. Markdown, so Handlebars' HTML escaping is off.
 */
export function renderCheckDoc(check: CheckInfo, examples: CheckExamples = readExamples(check)): string {
  template ??= handlebars().compile(readFileSync(join(packageRoot, 'templates', 'check-doc.md.hbs'), 'utf8'), { noEscape: true, strict: false });
  const frameworks = FRAMEWORKS.filter((fw) => check.controls[fw]).map((fw) => {
    const catalog = new Map(loadFramework(fw).controls.map((c) => [c.id, c]));
    return {
      name: FRAMEWORK_NAMES[fw],
      rationale: check.rationale[fw] ?? '',
      controls: (check.controls[fw] ?? []).map((id) => {
        const control = catalog.get(id);
        return { id, title: control?.title ?? '(unknown control)', kind: control?.kind ?? '?', requirement: control?.requirement };
      }),
    };
  });
  const files = (example: { files: Record<string, string> }) =>
    Object.entries(example.files).map(([path, text]) => ({ path, text, lang: exampleLanguage(path) }));
  return template({
    ...check,
    input: INPUT_LABELS[check.selector.input],
    resources: check.selector.resources,
    // Terraform's kubernetes resources are judged as the objects they create (src/parsers/terraform-kubernetes.ts).
    alsoTerraform: check.selector.input === 'kubernetes',
    frameworks,
    deny: examples.deny.map((e) => ({ name: e.name, files: files(e) })),
    allow: examples.allow.map((e) => ({ name: e.name, files: files(e) })),
  });
}

/** The code-fence language of an example file, by its name. */
function exampleLanguage(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.tf') || name.endsWith('.tfvars')) return 'hcl';
  if (name.endsWith('.json')) return 'json';
  if (name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile') || name === 'containerfile') return 'dockerfile';
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv';
  return 'yaml';
}
