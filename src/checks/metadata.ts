import type { InputType } from '../parsers/types.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FRAMEWORKS = ['hipaa', 'gdpr'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

/** Which inputs a check applies to: the input type and, optionally, the resource types/kinds it inspects. */
export interface Selector {
  input: InputType;
  /** Terraform resource types (`aws_s3_bucket`), Kubernetes kinds (`Deployment`); absent = every resource/file of the input type. */
  resources?: string[];
}

/**
 * Metadata of one check: the same fields for a Rego check's `# METADATA`
 * `custom:` block and a TS rule's `meta`. Validated by metadata.schema.json
 * (additionalProperties: false).
 */
export interface CheckMeta {
  /** Stable id, `EVD-<TARGET>-<NNN>`, never reused. */
  id: string;
  /** Readable name, also the file name (snake_case for Rego, kebab-case for TS rules). */
  slug: string;
  title: string;
  description: string;
  severity: Severity;
  remediation: string;
  selector: Selector;
  /** Control ids per framework, e.g. `{ hipaa: ['164.312(a)(2)(iv)'], gdpr: ['Art.32(1)(a)'] }`. */
  controls: Partial<Record<FrameworkId, string[]>>;
  /** One line per framework: why the check supports those controls. */
  rationale: Partial<Record<FrameworkId, string>>;
  references?: string[];
  aliases?: string[];
  deprecated?: boolean;
}

/** Where a check comes from: the compiled Rego bundle or a TS source-code rule. */
export type CheckEngine = 'rego' | 'code';

export interface CheckInfo extends CheckMeta {
  engine: CheckEngine;
  /** The source file of the check, relative to the package root. */
  source: string;
}
