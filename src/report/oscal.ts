/**
 * OSCAL 1.1.3 Assessment Results (JSON), for GRC tools that read NIST's
 * Open Security Controls Assessment Language. Valid against the NIST schema
 * (test/report/schemas/oscal_assessment-results_schema.json). The mapping
 * (docs/oscal.md explains it for users):
 *
 * - one `result` for the scan: `start`/`end` from `startedAt`/`durationMs`,
 *   `reviewed-controls` with one control selection per framework listing
 *   every control of the result;
 * - `observations`: one per finding (method TEST, type `finding`, the file as
 *   subject and relevant evidence, suppression and expired exception as
 *   props), one per check that ran (type `control-objective`: what the check
 *   looked at — the evidence behind a pass) and one per attestation (method
 *   EXAMINE, its evidence files and URLs as relevant evidence);
 * - `findings`: one per control, `target.type` objective-id, `target-id` the
 *   control as an OSCAL token (`hipaa-164.312_a_2_iv`; the citation is kept in
 *   the `control-id` prop), `status.state` satisfied (pass, not applicable) or
 *   not-satisfied (fail, manual), `status.reason` pass / fail / other, and
 *   the observations it rests on;
 * - `import-ap` points at a back-matter resource that describes the implicit
 *   assessment plan (the policy bundle and catalogs), since Evident has no
 *   OSCAL assessment plan document;
 * - every UUID is a version-5 UUID derived from the result's content (all of
 *   it but `durationMs`), so the same result renders to the same bytes.
 */
import type { Finding } from '../findings/finding.js';
import type { AttestationRecord, ControlResult, ScanResult } from '../scan-result.js';
import { endedAt, findingState, frameworkName, frameworkTitle, locationText, pathToUriReference, startedAtIso } from './model.js';
import type { Reporter } from './types.js';
import { canonicalJson, URL_NAMESPACE, uuidV5 } from './uuid.js';

export const OSCAL_VERSION = '1.1.3';
/** Namespace of Evident's OSCAL props. */
export const OSCAL_NS = 'https://evident.dev/ns/oscal';
/** The namespace every document's UUIDs derive from. */
const EVIDENT_NAMESPACE = uuidV5(URL_NAMESPACE, OSCAL_NS);

interface Prop {
  name: string;
  ns: string;
  value: string;
}

interface Evidence {
  href?: string;
  description: string;
}

interface Observation {
  uuid: string;
  title: string;
  description: string;
  props?: Prop[];
  methods: string[];
  types: string[];
  origins?: Array<{ actors: Array<{ type: 'tool'; 'actor-uuid': string }> }>;
  subjects?: Array<{ 'subject-uuid': string; type: string; title: string; props?: Prop[] }>;
  'relevant-evidence'?: Evidence[];
  collected: string;
  expires?: string;
  remarks?: string;
}

interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props: Prop[];
  target: {
    type: 'objective-id';
    'target-id': string;
    title: string;
    status: { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other'; remarks?: string };
    'implementation-status'?: { state: string };
  };
  'related-observations'?: Array<{ 'observation-uuid': string }>;
}

interface Resource {
  uuid: string;
  title: string;
  description?: string;
  props?: Prop[];
  rlinks?: Array<{ href: string; hashes?: Array<{ algorithm: 'SHA-256'; value: string }> }>;
  remarks?: string;
}

/** An OSCAL string value: one line, no leading/trailing white space (StringDatatype). */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Props with empty values left out (OSCAL values must be non-empty). */
function props(pairs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): Prop[] {
  const out: Prop[] = [];
  for (const [name, raw] of pairs) {
    if (raw === undefined) continue;
    const value = oneLine(String(raw));
    if (value !== '') out.push({ name, ns: OSCAL_NS, value });
  }
  return out;
}

/**
 * A control id as an OSCAL token (NCName), prefixed with its framework:
 * `164.312(a)(2)(iv)` → `hipaa-164.312_a_2_iv`, `Art.32(1)(a)` → `gdpr-art.32_1_a`.
 * Parenthesised parts become `_part`; other characters outside `[a-z0-9._-]` become `-`.
 */
export function controlToken(framework: string, id: string): string {
  const body = id
    .toLowerCase()
    .replace(/\(([^()]*)\)/g, '_$1')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return `${framework}-${body || 'control'}`;
}

/** A URL as an RFC 3986 reference: characters outside the URI set percent-encoded (existing escapes kept). */
function uriReference(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c));
}

/** `YYYY-MM-DD` → that day at `time` UTC; anything else → `fallback`. */
function dayTime(day: string, time: string, fallback: string): string {
  return /^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T${time}Z`)) ? `${day}T${time}Z` : fallback;
}

/** Renders the result as OSCAL Assessment Results (pretty-printed JSON). */
export const renderOscal: Reporter = (result: ScanResult) => {
  // Every UUID of the document derives from its content (durationMs aside).
  const namespace = uuidV5(EVIDENT_NAMESPACE, canonicalJson({ ...result, durationMs: 0 }));
  const uuid = (kind: string, key = ''): string => uuidV5(namespace, `${kind}:${key}`);
  const start = startedAtIso(result);
  const toolUuid = uuid('component', 'tool');
  const planUuid = uuid('resource', 'assessment-plan');
  const origins = [{ actors: [{ type: 'tool' as const, 'actor-uuid': toolUuid }] }];

  // Back-matter resources: files with findings and attestation evidence files, by path.
  const files = new Map<string, Resource>();
  const fileResource = (path: string, sha256?: string, missing?: boolean): Resource => {
    let resource = files.get(path);
    if (!resource) {
      resource = { uuid: uuid('resource', `file:${path}`), title: path, rlinks: [{ href: pathToUriReference(path) }] };
      files.set(path, resource);
    }
    const link = resource.rlinks?.[0];
    if (sha256 !== undefined && link && !link.hashes) link.hashes = [{ algorithm: 'SHA-256', value: sha256 }];
    if (missing) resource.props = props([['missing', 'true']]);
    return resource;
  };

  // Observations: findings, checks that ran, attestations.
  const findingObservations = new Map<string, Observation>();
  for (const f of result.findings) {
    const file = fileResource(f.location.file);
    findingObservations.set(f.fingerprint, findingObservation(f, uuid('observation', `finding:${f.fingerprint}`), file, origins, start));
  }
  const checkObservations = new Map<string, Observation>();
  for (const run of result.checks) {
    if (run.skipped !== undefined) continue;
    checkObservations.set(run.id, {
      uuid: uuid('observation', `check:${run.id}`),
      title: `${run.id} ${run.title}`,
      description:
        `Check ${run.id} (${run.severity}) ran on ${run.applicable} applicable resource${run.applicable === 1 ? '' : 's'} or file${run.applicable === 1 ? '' : 's'} ` +
        `and reported ${run.findings} finding${run.findings === 1 ? '' : 's'}.`,
      props: props([['check-id', run.id], ['severity', run.severity], ['applicable', run.applicable], ['findings', run.findings], ['engine', run.engine]]),
      methods: ['TEST'],
      types: ['control-objective'],
      origins,
      collected: start,
    });
  }
  const attestationObservations = new Map<AttestationRecord, Observation>();
  result.attestations.forEach((a, i) => {
    attestationObservations.set(a, attestationObservation(a, uuid('observation', `attestation:${i}`), fileResource, start));
  });

  const findings = result.controls.map((c) => controlFinding(c, uuid('finding', `${c.framework}:${c.id}`), {
    checks: checkObservations,
    findings: findingObservations,
    attestation: result.attestations.find((a) => a.applied && a.control === `${c.framework}:${c.id}`),
    attestations: attestationObservations,
    result,
  }));
  // Tokens must stay unique within the document.
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.target['target-id']) ?? 0;
    seen.set(f.target['target-id'], n + 1);
    if (n > 0) f.target['target-id'] = `${f.target['target-id']}-${n + 1}`;
  }
  const tokenOf = new Map(result.controls.map((c, i) => [`${c.framework}:${c.id}`, (findings[i] as OscalFinding).target['target-id']]));

  const selections = result.frameworks
    .map((fw) => {
      const ids = result.controls.filter((c) => c.framework === fw).map((c) => ({ 'control-id': tokenOf.get(`${fw}:${c.id}`) as string }));
      return ids.length === 0
        ? undefined
        : { description: `${frameworkTitle(fw)} controls evaluated by ${result.tool.name}`, props: props([['framework', fw]]), 'include-controls': ids };
    })
    .filter((s) => s !== undefined);

  const s = result.summary.findings;
  const statusText = result.frameworks
    .map((fw) => {
      const c = result.summary.controls[fw];
      return c ? `${frameworkName(fw)}: ${c.pass} pass, ${c.fail} fail, ${c.manual} manual, ${c.not_applicable} not applicable` : undefined;
    })
    .filter((t) => t !== undefined)
    .join('; ');
  const remarks = [
    ...result.errors.map((e) => `Parse error: ${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.reason}`),
    ...result.warnings.map((w) => `Warning: ${w.file !== undefined ? `${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ` : ''}${w.message}`),
    ...(result.diff ? [`Diff scan: only files changed since ${result.diff.since} were reported on; control statuses are partial.`] : []),
  ];

  const observations = [...findingObservations.values(), ...checkObservations.values(), ...attestationObservations.values()];
  const document = {
    'assessment-results': {
      uuid: uuid('assessment-results'),
      metadata: {
        title: `${result.tool.name} assessment results: ${result.target}`,
        'last-modified': start,
        version: result.tool.version,
        'oscal-version': OSCAL_VERSION,
        props: props([
          ['tool', `${result.tool.name} ${result.tool.version}`],
          ['policy-bundle-digest', result.policyBundle.digest],
          ['opa-version', result.policyBundle.opaVersion],
          ['target', result.target],
        ]),
        remarks: `Generated by ${result.tool.name} from the scan result of ${result.target} (scan result schema ${result.schemaVersion}).`,
      },
      'import-ap': {
        href: `#${planUuid}`,
        remarks: `${result.tool.name} works without an OSCAL assessment plan; this points at the back-matter resource that describes the implicit plan: its policy bundle applied to the target.`,
      },
      results: [
        {
          uuid: uuid('result'),
          title: `${result.tool.name} scan of ${result.target}`,
          description:
            `${result.tool.name} ${result.tool.version} scanned ${result.target}: ${result.coverage.files} files (${result.coverage.parsed} parsed), ${result.coverage.lines} lines. ` +
            `Findings: ${s.new} new, ${s.baselined} baselined, ${s.suppressed} suppressed, ${s.expired} with an expired exception. Controls: ${statusText || 'none'}.`,
          start,
          end: endedAt(result),
          props: props([
            ['files', result.coverage.files],
            ['files-parsed', result.coverage.parsed],
            ['lines', result.coverage.lines],
            ['files-skipped', result.coverage.skipped.length],
            ['files-ignored', result.coverage.ignored],
            ['parse-errors', result.errors.length],
            ['findings-new', s.new],
            ['findings-baselined', s.baselined],
            ['findings-suppressed', s.suppressed],
            ['findings-expired', s.expired],
            ['fail-on', result.config.failOn],
            ...(result.diff ? [['diff-since', result.diff.since] as const] : []),
          ]),
          'local-definitions': {
            components: [
              {
                uuid: toolUuid,
                type: 'software',
                title: `${result.tool.name} ${result.tool.version}`,
                description: 'Compliance-as-code scanner: Rego policies compiled to WebAssembly on infrastructure configuration, TypeScript rules on JS/TS source.',
                props: props([['version', result.tool.version], ['policy-bundle-digest', result.policyBundle.digest]]),
                status: { state: 'operational' },
              },
            ],
          },
          'reviewed-controls': {
            'control-selections': selections.length > 0 ? selections : [{ 'include-all': {} }],
          },
          ...(observations.length > 0 ? { observations } : {}),
          ...(findings.length > 0 ? { findings } : {}),
          ...(remarks.length > 0 ? { remarks: remarks.join('\n') } : {}),
        },
      ],
      'back-matter': {
        resources: [
          {
            uuid: planUuid,
            title: `${result.tool.name} assessment plan (implicit)`,
            description:
              `The checks of policy bundle ${result.policyBundle.digest} (${result.checks.filter((c) => c.skipped === undefined).length} enabled) applied to ${result.target}, ` +
              `for the controls of ${result.frameworks.map(frameworkTitle).join(', ') || 'no framework'}.`,
            props: props([['policy-bundle-digest', result.policyBundle.digest], ['frameworks', result.frameworks.join(' ')]]),
          },
          ...[...files.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)),
        ],
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

function findingObservation(f: Finding, uuid: string, file: Resource, origins: Observation['origins'], collected: string): Observation {
  const s = f.suppression;
  const e = f.expiredSuppression;
  const remarks = [
    ...(s ? [`Suppressed (${s.kind}${s.by ? `, by ${s.by}` : ''}${s.expires ? `, until ${s.expires}` : ''}): ${s.reason}`] : []),
    ...(e ? [`Exception expired (${e.kind}${e.by ? `, by ${e.by}` : ''}${e.expires ? `, on ${e.expires}` : ''}): ${e.reason}`] : []),
  ];
  return {
    uuid,
    title: `${f.ruleId} ${f.title}`,
    description: f.message,
    props: props([
      ['check-id', f.ruleId],
      ['severity', f.severity],
      ['fingerprint', f.fingerprint],
      ['state', findingState(f)],
      ['suppression', s?.kind],
      ['expired-exception', e?.kind],
      ...(f.dataCategories ?? []).map((c) => ['data-category', c] as const),
      ...f.controls.map((c) => ['control', `${c.framework}:${c.id}`] as const),
    ]),
    methods: ['TEST'],
    types: ['finding'],
    origins,
    subjects: [
      {
        'subject-uuid': file.uuid,
        type: 'resource',
        title: f.resource !== undefined ? `${f.resource} (${f.location.file})` : f.location.file,
        ...(f.resource !== undefined ? { props: props([['resource', f.resource]]) } : {}),
      },
    ],
    'relevant-evidence': [
      {
        href: `#${file.uuid}`,
        description: `${locationText(f.location)}${f.snippet !== undefined ? `: ${f.snippet}` : ''}`,
      },
    ],
    collected,
    ...(remarks.length > 0 ? { remarks: remarks.join('\n') } : {}),
  };
}

function attestationObservation(
  a: AttestationRecord,
  uuid: string,
  fileResource: (path: string, sha256?: string, missing?: boolean) => Resource,
  start: string,
): Observation {
  const evidence: Evidence[] = a.evidence.map((e) => {
    if ('url' in e) return { href: uriReference(e.url), description: e.url };
    const resource = fileResource(e.file, e.sha256, e.missing === true);
    return { href: `#${resource.uuid}`, description: `${e.file}${e.missing ? ' (missing)' : ''}` };
  });
  return {
    uuid,
    title: `Attestation of ${a.control} by ${a.owner}`,
    description: a.statement !== '' ? a.statement : `${a.control} declared ${a.status.replace(/_/g, ' ')} by ${a.owner}.`,
    props: props([['control', a.control], ['attestation-status', a.status], ['owner', a.owner], ['date', a.date], ['applied', a.applied]]),
    methods: ['EXAMINE'],
    types: ['control-objective'],
    ...(evidence.length > 0 ? { 'relevant-evidence': evidence } : {}),
    collected: dayTime(a.date, '00:00:00', start),
    expires: dayTime(a.expires, '23:59:59', start),
    ...(a.problem !== undefined ? { remarks: `Not applied: ${a.problem}` } : {}),
  };
}

const IMPLEMENTATION: Readonly<Record<AttestationRecord['status'], string | undefined>> = {
  implemented: 'implemented',
  alternative: 'alternative',
  not_applicable: 'not-applicable',
  not_implemented: undefined,
};

function controlFinding(
  c: ControlResult,
  uuid: string,
  context: {
    checks: ReadonlyMap<string, Observation>;
    findings: ReadonlyMap<string, Observation>;
    attestation: AttestationRecord | undefined;
    attestations: ReadonlyMap<AttestationRecord, Observation>;
    result: ScanResult;
  },
): OscalFinding {
  const status: OscalFinding['target']['status'] =
    c.status === 'pass'
      ? { state: 'satisfied', reason: 'pass' }
      : c.status === 'fail'
        ? { state: 'not-satisfied', reason: 'fail' }
        : c.status === 'not_applicable'
          ? { state: 'satisfied', reason: 'other', remarks: `Not applicable: ${c.basis.reason}` }
          : { state: 'not-satisfied', reason: 'other', remarks: `Not assessed automatically (manual control): ${c.basis.reason}` };
  const implementation = c.basis.attestation ? IMPLEMENTATION[c.basis.attestation.status] : c.status === 'not_applicable' ? 'not-applicable' : undefined;
  const related: string[] = [];
  for (const b of c.basis.checks) {
    const o = context.checks.get(b.id);
    if (o) related.push(o.uuid);
  }
  const attested = context.attestation ? context.attestations.get(context.attestation) : undefined;
  if (attested) related.push(attested.uuid);
  for (const f of context.result.findings) {
    if (!f.controls.some((r) => r.framework === c.framework && r.id === c.id)) continue;
    const o = context.findings.get(f.fingerprint);
    if (o && !related.includes(o.uuid)) related.push(o.uuid);
  }
  return {
    uuid,
    title: `${frameworkName(c.framework)} ${c.id} ${c.title}`,
    description: c.basis.reason,
    props: props([
      ['framework', c.framework],
      ['control-id', c.id],
      ['status', c.status],
      ['kind', c.kind],
      ['open-findings', c.findings.length],
      ['partial', c.partial === true ? 'true' : undefined],
    ]),
    target: {
      type: 'objective-id',
      'target-id': controlToken(c.framework, c.id),
      title: `${c.id} ${c.title}`,
      status,
      ...(implementation !== undefined ? { 'implementation-status': { state: implementation } } : {}),
    },
    ...(related.length > 0 ? { 'related-observations': related.map((u) => ({ 'observation-uuid': u })) } : {}),
  };
}
