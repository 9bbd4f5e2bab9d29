import { load } from 'js-yaml';
import type { CheckMeta } from './metadata.js';

/**
 * Reads a Rego check's `# METADATA` package annotation from its source text —
 * at build time, into policies/bundle/manifest.json, and in tests to prove the
 * manifest is fresh. OPA's standard fields title, description and
 * related_resources give title, description and references; `custom` holds the
 * rest of Evident's metadata; the slug is the last segment of the package.
 */
export interface RegoCheckSource {
  packageName: string;
  /** `evident.checks.<input>.<slug>` → `<input>.<slug>`: the key main.rego tags findings with. */
  key: string;
  meta: CheckMeta;
}

export class RegoMetadataError extends Error {}

interface Annotation {
  title?: unknown;
  description?: unknown;
  related_resources?: unknown;
  custom?: Record<string, unknown>;
  [k: string]: unknown;
}

const PACKAGE_RE = /^package\s+([A-Za-z_][\w.]*)\s*$/m;

export function readRegoCheck(text: string, file: string): RegoCheckSource {
  const pkg = PACKAGE_RE.exec(text);
  if (!pkg?.[1]) throw new RegoMetadataError(`${file}: no package declaration`);
  const packageName = pkg[1];
  const parts = packageName.split('.');
  if (parts.length !== 4 || parts[0] !== 'evident' || parts[1] !== 'checks') {
    throw new RegoMetadataError(`${file}: package ${packageName} must be evident.checks.<input>.<slug>`);
  }
  const input = parts[2] as string;
  const slug = parts[3] as string;
  const annotation = readPackageAnnotation(text, file, pkg.index);
  const custom = annotation.custom ?? {};
  const references = Array.isArray(annotation.related_resources)
    ? annotation.related_resources.map((r) => (typeof r === 'string' ? r : (r as { ref?: unknown }).ref)).filter((r): r is string => typeof r === 'string')
    : undefined;
  const meta = {
    id: custom.id,
    slug,
    title: annotation.title,
    description: typeof annotation.description === 'string' ? annotation.description.trim() : annotation.description,
    ...Object.fromEntries(Object.entries(custom).filter(([k]) => k !== 'id')),
    ...(references && references.length > 0 ? { references } : {}),
  } as unknown as CheckMeta;
  if (typeof meta.remediation === 'string') meta.remediation = meta.remediation.trim();
  const selectorInput = (meta.selector as { input?: unknown } | undefined)?.input;
  if (selectorInput !== input) {
    throw new RegoMetadataError(`${file}: selector.input is ${String(selectorInput)} but the package is under evident.checks.${input}`);
  }
  return { packageName, key: `${input}.${slug}`, meta };
}

/** The `# METADATA` comment block that directly precedes the package line. */
function readPackageAnnotation(text: string, file: string, packageOffset: number): Annotation {
  const before = text.slice(0, packageOffset).split('\n');
  if (before[before.length - 1] === '') before.pop();
  const block: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const line = before[i] as string;
    if (!line.startsWith('#')) break;
    block.unshift(line);
  }
  const start = block.findIndex((l) => /^#\s*METADATA\s*$/.test(l));
  if (start < 0) throw new RegoMetadataError(`${file}: no # METADATA block before the package declaration`);
  const yamlText = block
    .slice(start + 1)
    .map((l) => l.replace(/^# ?/, ''))
    .join('\n');
  let parsed: unknown;
  try {
    parsed = load(yamlText);
  } catch (error) {
    throw new RegoMetadataError(`${file}: # METADATA is not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RegoMetadataError(`${file}: # METADATA must be a mapping`);
  }
  return parsed as Annotation;
}
