/**
 * terraform-aws-modules/opensearch/aws: the domain, the CloudWatch log groups
 * it publishes to and the security group rules a call of the root module
 * creates, read from the module's main.tf and variables.tf (versions 1 and 2,
 * whose defaults for what is modelled here are the same).
 *
 * Modelled: `aws_opensearch_domain.this` with the blocks the module writes
 * from its object arguments, each only when the object is not empty (`{}`
 * turns the block off) and with the module's fallbacks for the keys it
 * omits: `encrypt_at_rest` (default `{ enabled = true }`; `enabled` falls
 * back to true, `kms_key_id` as written), `node_to_node_encryption` (default
 * `{ enabled = true }`), `domain_endpoint_options` (default HTTPS enforced
 * with `Policy-Min-TLS-1-2-2019-07`, which are also the fallbacks of its
 * keys), and one `log_publishing_options` block per entry of
 * `log_publishing_options` (default the index and search slow logs, no audit
 * log; `enabled` falls back to true, the log group ARN to the module's log
 * group). An unknown object gives its block unknown values; an unknown list
 * of log publishing options a dynamic block. `aws_cloudwatch_log_group.this["<log type>"]`
 * for each enabled entry when `create_cloudwatch_log_groups` is on (the
 * default): named `log_group_name` or `/aws/opensearch/<domain>/<log type>`,
 * retention from the entry's `log_group_retention_in_days`, else
 * `cloudwatch_log_group_retention_in_days` (default 60 days; written null it
 * reaches the log groups as null, since the variable is nullable, and a log
 * group without retention never expires), KMS key from the
 * entry's `log_group_kms_key_id`, else `cloudwatch_log_group_kms_key_id`.
 * `aws_security_group.this` and its `aws_vpc_security_group_ingress_rule.this["<key>"]`
 * rules (port 443 unless the entry gives its ports) when the domain is placed
 * in a VPC (`vpc_options` not empty) and `create_security_group` is on.
 *
 * Not modelled: fine-grained access control, the access policy, SAML
 * options, package associations, VPC endpoints, outbound connections, the log
 * resource policy, egress rules, and calls of the submodules
 * (`//modules/collection`, `//modules/serverless`), for which nothing is
 * created. The real address of the domain is `module.<call>.aws_opensearch_domain.this[0]`;
 * here it is `module.<call>.aws_opensearch_domain.this`.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, instanceName, passedNull, reference, ResourceBuilder, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';
import { ingressRules, member, setSourced } from './elasticache.js';

const DOMAIN = 'aws_opensearch_domain';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const SECURITY_GROUP = 'aws_security_group';

/** The module's default `log_publishing_options`: the slow logs, no audit log. */
const DEFAULT_LOG_PUBLISHING: HclValue = [{ log_type: 'INDEX_SLOW_LOGS' }, { log_type: 'SEARCH_SLOW_LOGS' }];

/** A block the module writes from an object argument: its module default, and each key with the fallback the module's try() gives (none: omitted). */
interface ObjectBlock {
  readonly name: string;
  readonly moduleDefault: JsonObject;
  readonly keys: ReadonlyArray<readonly [string, HclValue | undefined]>;
}

const BLOCKS: readonly ObjectBlock[] = [
  { name: 'encrypt_at_rest', moduleDefault: { enabled: true }, keys: [['enabled', true], ['kms_key_id', undefined]] },
  { name: 'node_to_node_encryption', moduleDefault: { enabled: true }, keys: [['enabled', true]] },
  {
    name: 'domain_endpoint_options',
    moduleDefault: { enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-2-2019-07' },
    keys: [
      ['enforce_https', true],
      ['tls_security_policy', 'Policy-Min-TLS-1-2-2019-07'],
      ['custom_endpoint_enabled', undefined],
      ['custom_endpoint', undefined],
    ],
  },
];

/**
 * Writes the block of `dynamic "<name>" { for_each = length(var.<name>) > 0 ? [var.<name>] : [] }`:
 * none for an empty object, the module default's block when the argument is
 * absent, unknown values when the argument is unknown or not an object.
 */
function setObjectBlock(call: ModuleCall, inputs: Inputs, domain: ResourceBuilder, spec: ObjectBlock): void {
  const found = inputs.lookup([spec.name]);
  const object = found.present ? inputs.object([spec.name]) : spec.moduleDefault;
  if (object === undefined || isUnknownValue(object)) {
    const value = found.present && isUnknownValue(found.value) ? found.value : undecided(call, `the ${spec.name} block`);
    domain.set(spec.name, [Object.fromEntries(spec.keys.map(([key]) => [key, value]))], [spec.name]);
    return;
  }
  if (Object.keys(object).length === 0) return;
  const from: ValuePath | undefined = found.present ? [spec.name] : undefined;
  const block: JsonObject = {};
  const origins: Array<readonly [string, ValuePath]> = [];
  for (const [key, fallback] of spec.keys) {
    const value = member(call, object, key, fallback, from);
    if (value === undefined) continue;
    block[key] = value.value;
    if (value.from !== undefined) origins.push([key, value.from]);
  }
  domain.set(spec.name, [block], from);
  for (const [key, origin] of origins) domain.origin([spec.name, 0, key], origin);
}

/** The entries of `log_publishing_options` (the module default when absent), or undefined when the list is unknown or not a list. */
function publishingEntries(inputs: Inputs): { entries: HclValue[]; given: boolean } | undefined {
  const found = inputs.lookup(['log_publishing_options']);
  const value = found.present ? found.value : DEFAULT_LOG_PUBLISHING;
  return Array.isArray(value) ? { entries: value, given: found.present } : undefined;
}

/** The `log_publishing_options` blocks: one per entry, or a dynamic block whose content is not known. */
function setLogPublishing(call: ModuleCall, inputs: Inputs, domain: ResourceBuilder): void {
  const list = publishingEntries(inputs);
  const undecidable = (): void => {
    domain.dynamicBlock('log_publishing_options', inputs.get(['log_publishing_options']) ?? null, ['log_publishing_options']);
  };
  if (list === undefined) return undecidable();
  const blocks: JsonObject[] = [];
  const origins: Array<readonly [number, ValuePath]> = [];
  for (const [i, entry] of list.entries.entries()) {
    // The module keys its for_each by log_type: an entry without a known one leaves the blocks undecided.
    if (entry === null || isUnknownValue(entry) || typeof entry !== 'object' || Array.isArray(entry)) return undecidable();
    const logType = entry.log_type;
    if (logType === undefined || logType === null) return undecidable();
    const from: ValuePath | undefined = list.given ? ['log_publishing_options', i] : undefined;
    const group = typeof logType === 'string' ? instanceName('this', logType) : undefined;
    const arn =
      member(call, entry, 'cloudwatch_log_group_arn', undefined, from) ??
      ({ value: group === undefined ? undecided(call, 'the ARN of the log group') : reference(call, LOG_GROUP, group, 'arn'), from: undefined } as const);
    const enabled = member(call, entry, 'enabled', true, from)!;
    blocks.push({ cloudwatch_log_group_arn: arn.value, enabled: enabled.value, log_type: logType });
    if (from !== undefined) origins.push([i, from]);
  }
  if (blocks.length === 0) return;
  domain.set('log_publishing_options', blocks, list.given ? ['log_publishing_options'] : undefined);
  for (const [i, origin] of origins) domain.origin(['log_publishing_options', i], origin);
}

/** The log groups of the enabled log publishing entries (see the header); undecided ones are left out. */
function logGroups(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create_cloudwatch_log_groups'], true) !== true) return [];
  const list = publishingEntries(inputs);
  if (list === undefined) return [];
  const domainName = inputs.get(['domain_name']) ?? '';
  const retention = inputs.lookup(['cloudwatch_log_group_retention_in_days']);
  // `cloudwatch_log_group_retention_in_days = null` is passed on (the variable is nullable): no retention.
  const retentionNull = passedNull(call, 'cloudwatch_log_group_retention_in_days');
  const kms = inputs.lookup(['cloudwatch_log_group_kms_key_id']);
  const out: SyntheticResource[] = [];
  for (const [i, entry] of list.entries.entries()) {
    if (entry === null || isUnknownValue(entry) || typeof entry !== 'object' || Array.isArray(entry)) continue;
    if (entry.enabled !== undefined && entry.enabled !== true) continue;
    const logType = entry.log_type;
    if (typeof logType !== 'string') continue;
    const name = instanceName('this', logType);
    const from: ValuePath | undefined = list.given ? ['log_publishing_options', i] : undefined;
    const group = new ResourceBuilder(LOG_GROUP, name);
    const own = member(call, entry, 'log_group_name', undefined, from);
    if (own !== undefined) group.set('name', own.value, own.from);
    else group.set('name', typeof domainName === 'string' ? `/aws/opensearch/${domainName}/${logType}` : undecided(call, `the name of the ${logType} log group`));
    // try(entry.x, var.x): an entry's null reaches the log group as null (no retention: never expire; no key).
    const days = entry.log_group_retention_in_days;
    if (days === undefined) {
      if (!retentionNull) group.set('retention_in_days', retention.present ? retention.value : 60, retention.present ? ['cloudwatch_log_group_retention_in_days'] : undefined);
    }
    else if (days !== null) group.set('retention_in_days', days, [...(from ?? []), 'log_group_retention_in_days']);
    const key = entry.log_group_kms_key_id;
    if (key === undefined) {
      if (kms.present) group.set('kms_key_id', kms.value, ['cloudwatch_log_group_kms_key_id']);
    } else if (key !== null) group.set('kms_key_id', key, [...(from ?? []), 'log_group_kms_key_id']);
    const region = member(call, entry, 'region', undefined, from);
    if (region !== undefined) setSourced(group, 'region', region);
    else group.copy(inputs, ['region']);
    out.push(group.build());
  }
  return out;
}

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or what is created cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];

  const domain = new ResourceBuilder(DOMAIN).copy(inputs, ['domain_name', 'engine_version', 'ip_address_type', 'region']);
  for (const spec of BLOCKS) setObjectBlock(call, inputs, domain, spec);
  setLogPublishing(call, inputs, domain);
  const resources: SyntheticResource[] = [domain.build(), ...logGroups(call, inputs)];

  // The security group exists for a domain in a VPC; an unknown vpc_options leaves it (and its rules) undecided.
  const vpc = inputs.object(['vpc_options']);
  const inVpc = vpc !== undefined && !isUnknownValue(vpc) && Object.keys(vpc).length > 0;
  if (inVpc && inputs.flag(['create_security_group'], true) === true) {
    resources.push(new ResourceBuilder(SECURITY_GROUP).copy(inputs, ['region']).build());
    resources.push(...ingressRules(call, inputs, 443));
  }
  return resources;
}

export const opensearch: ModuleModel = {
  address: 'terraform-aws-modules/opensearch/aws',
  repository: 'terraform-aws-modules/terraform-aws-opensearch',
  outputs: {
    domain_arn: `${DOMAIN}.this.arn`,
    domain_id: `${DOMAIN}.this.domain_id`,
    domain_name: `${DOMAIN}.this.domain_name`,
    domain_endpoint: `${DOMAIN}.this.endpoint`,
    domain_dashboard_endpoint: `${DOMAIN}.this.dashboard_endpoint`,
    security_group_id: `${SECURITY_GROUP}.this.id`,
    security_group_arn: `${SECURITY_GROUP}.this.arn`,
  },
  expand,
};
