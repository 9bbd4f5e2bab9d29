/**
 * User templates (`--template <file.hbs>`): a Handlebars template rendered
 * with the scan result as its context and a fixed set of helpers
 * (docs/templates.md). HTML escaping stays on: `{{value}}` escapes
 * `& < > " ' \` =`; `{{{value}}}` writes raw text, at the template author's
 * risk — scanned content (messages, snippets, file names) is untrusted. Pure:
 * the caller reads the template file.
 */
import { handlebars } from './handlebars.js';
import type { Finding } from '../findings/finding.js';
import { UsageError } from '../errors.js';
import type { ControlResult, ScanResult } from '../scan-result.js';
import { bySeverity, frameworkName, frameworkTitle, locationText, severityRank } from './model.js';

/** What Handlebars passes as the last argument of a helper. */
interface HelperOptions {
  data?: { root?: unknown };
  fn?: unknown;
}

function isOptions(value: unknown): value is HelperOptions {
  return typeof value === 'object' && value !== null && 'data' in value && 'hash' in value;
}

/** The arguments a template gave, without Handlebars' trailing options object. */
function args(list: readonly unknown[]): { values: unknown[]; root: ScanResult | undefined } {
  const last = list[list.length - 1];
  if (!isOptions(last)) return { values: [...list], root: undefined };
  return { values: list.slice(0, -1), root: last.data?.root as ScanResult | undefined };
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The helpers every template can use, by name (docs/templates.md documents each). */
export const TEMPLATE_HELPERS: Readonly<Record<string, (...list: unknown[]) => unknown>> = {
  /** `{{#if (eq a b)}}`: strict equality. */
  eq: (...list) => {
    const [a, b] = args(list).values;
    return a === b;
  },
  /** `{{#if (ne a b)}}`: strict inequality. */
  ne: (...list) => {
    const [a, b] = args(list).values;
    return a !== b;
  },
  /** `{{#if (and a b …)}}`: every argument truthy. */
  and: (...list) => args(list).values.every(Boolean),
  /** `{{#if (or a b …)}}`: some argument truthy. */
  or: (...list) => args(list).values.some(Boolean),
  /** `{{#if (not a)}}`. */
  not: (...list) => !args(list).values[0],
  /** `{{json value}}` or `{{json value 2}}`: JSON text (escaped by `{{ }}` like any value). */
  json: (...list) => {
    const [value, indent] = args(list).values;
    return JSON.stringify(value ?? null, null, typeof indent === 'number' ? indent : undefined);
  },
  /** `{{upper "gdpr"}}` → `GDPR`. */
  upper: (...list) => asString(args(list).values[0]).toUpperCase(),
  /** `{{lower "HIPAA"}}` → `hipaa`. */
  lower: (...list) => asString(args(list).values[0]).toLowerCase(),
  /** `{{join list ", "}}`: the items of a list joined (default separator `, `). */
  join: (...list) => {
    const [items, separator] = args(list).values;
    return asArray(items).map(asString).join(typeof separator === 'string' ? separator : ', ');
  },
  /** `{{severityRank severity}}`: 1 (low) … 4 (critical), 0 otherwise. */
  severityRank: (...list) => severityRank(asString(args(list).values[0])),
  /** `{{#each (sortBySeverity findings)}}`: most severe first, canonical order within a severity. */
  sortBySeverity: (...list) => bySeverity(asArray(args(list).values[0]) as Finding[]),
  /** `{{#each (where findings "severity" "critical")}}`: the items whose (dotted) field equals the value; without a value, whose field is truthy. */
  where: (...list) => {
    const { values } = args(list);
    const [items, field, value] = values;
    const path = asString(field).split('.');
    const get = (item: unknown): unknown => path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
    return asArray(items).filter((item) => (values.length >= 3 ? get(item) === value : Boolean(get(item))));
  },
  /** `{{#each (unsuppressed findings)}}`: findings without an exception in force (what fails the build). */
  unsuppressed: (...list) => asArray(args(list).values[0]).filter((f) => !(f as Finding).suppression),
  /** `{{#each (controlsOf finding)}}` or `(controlsOf finding "hipaa")`: the control results of a finding's controls. */
  controlsOf: (...list) => {
    const { values, root } = args(list);
    const [finding, framework] = values as [Finding | undefined, unknown];
    if (!finding || !Array.isArray(finding.controls)) return [];
    const controls = root?.controls ?? [];
    return finding.controls
      .filter((ref) => typeof framework !== 'string' || ref.framework === framework)
      .map((ref) => controls.find((c) => c.framework === ref.framework && c.id === ref.id) ?? { framework: ref.framework, id: ref.id, title: '' });
  },
  /** `{{#each (findingsOf control)}}`: the unsuppressed findings that fail a control. */
  findingsOf: (...list) => {
    const { values, root } = args(list);
    const control = values[0] as ControlResult | undefined;
    if (!control || !Array.isArray(control.findings)) return [];
    const findings = root?.findings ?? [];
    return control.findings.flatMap((fp) => findings.filter((f) => f.fingerprint === fp).slice(0, 1));
  },
  /** `{{location finding}}` → `infra/db.tf:12:3`. */
  location: (...list) => {
    const finding = args(list).values[0] as Finding | undefined;
    return finding?.location ? locationText(finding.location) : '';
  },
  /** `{{frameworkName "hipaa"}}` → `HIPAA`. */
  frameworkName: (...list) => frameworkName(asString(args(list).values[0])),
  /** `{{frameworkTitle "hipaa"}}` → `HIPAA Security Rule`. */
  frameworkTitle: (...list) => frameworkTitle(asString(args(list).values[0])),
};

/** Throws a UsageError naming `name` when `source` is not a valid Handlebars template (checked before a scan). */
export function checkTemplate(source: string, name = '(inline)'): void {
  try {
    handlebars().parse(source);
  } catch (error) {
    throw templateError(error, name);
  }
}

function templateError(error: unknown, name: string): UsageError {
  const message = (error instanceof Error ? error.message : String(error)).split('\n').filter((l) => l.trim() !== '').join(' ');
  return new UsageError(`template ${name}: ${message}`, 'see docs/templates.md for the context and helpers');
}

/**
 * Renders a Handlebars template with the scan result as context. `name` names
 * the template in errors. A template that does not compile or fails while
 * rendering is a UsageError (exit code 2 in the CLI).
 */
export function renderTemplate(result: ScanResult, source: string, name = '(inline)'): string {
  const hbs = handlebars().create();
  for (const [helper, fn] of Object.entries(TEMPLATE_HELPERS)) hbs.registerHelper(helper, fn);
  try {
    const template = hbs.compile(source, { strict: false, noEscape: false });
    return template(result);
  } catch (error) {
    throw templateError(error, name);
  }
}
