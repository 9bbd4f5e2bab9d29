/**
 * terraform-aws-modules/apigateway-v2/aws: the HTTP/WebSocket API, its stage,
 * the stage's access-log group and the custom domain name a call creates, read
 * from the module's main.tf and variables.tf. Version 5 rewrote the module, so
 * the model has two readings:
 *
 * - Before version 5: the API (`create && create_api_gateway`), the stage
 *   `aws_apigatewayv2_stage.default` (`create && create_default_stage`, default
 *   true), whose `access_log_settings` exist only when
 *   `default_stage_access_log_destination_arn` is given (with
 *   `default_stage_access_log_format` in the versions that require both, or
 *   `create_default_stage_access_log_group` in the last 4.x releases, default
 *   false), and the domain name (`create_api_domain_name`, default true).
 * - From version 5: the API (`create`), the stage `aws_apigatewayv2_stage.this`
 *   (`create && create_stage`, default true) and `stage_access_log_settings`,
 *   an object whose attributes are all optional and whose default is `{}`:
 *   the stage always has access_log_settings, sent by default
 *   (`create_log_group`, default true) to a log group the module creates
 *   (`retention_in_days` from `log_group_retention_in_days`, default 30, a
 *   null attribute also 30; `kms_key_id` from `log_group_kms_key_id`, default
 *   none), or with `create_log_group = false` to `destination_arn`. An
 *   explicit `stage_access_log_settings = null` (no access logs where the
 *   module accepts it) is left undecided: the stage gets access_log_settings
 *   whose values are unknown, and no log group. The domain name is created
 *   with `create_domain_name` (default false).
 *
 * With no version pinned, or a pin that admits both readings, a resource is
 * created only when both readings create it, and the stage's access logs are
 * unknown unless both readings agree; the version-5 log group is not created.
 * The domain name is `aws_apigatewayv2_domain_name`, whose security policy the
 * module sets to TLS_1_2 in every version (EVD-TF-032 reads the REST API's
 * `aws_api_gateway_domain_name`, which this module never creates). Nothing is
 * created with `create` false or unknown. Not modelled: routes, integrations,
 * authorizers, VPC links, API mappings, Route 53 records, the ACM
 * certificate, and calls of `//wrappers`.
 */
import { isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, reference, ResourceBuilder, undecided, written, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const API = 'aws_apigatewayv2_api';
const STAGE = 'aws_apigatewayv2_stage';
const DOMAIN = 'aws_apigatewayv2_domain_name';
const LOG_GROUP = 'aws_cloudwatch_log_group';

/** The major version from which the module has its version-5 arguments. */
const REWRITE = 5;

/** What a reading says a switch is: true, false, or undecided. */
type Tri = boolean | undefined;

/** Both readings: the value when they agree, undefined otherwise. */
function agree(before: Tri, after: Tri): Tri {
  return before === after ? before : undefined;
}

/** The stage's access_log_settings block and the argument it came from; undefined when the stage has none. */
interface AccessLogs {
  readonly block: JsonObject;
  readonly from: ValuePath | undefined;
}

/** Access logs whose settings cannot be read: present (they protect), with unknown values. */
function unknownLogs(call: ModuleCall, from: ValuePath | undefined): AccessLogs {
  const value = undecided(call, 'the stage access log settings');
  return { block: { destination_arn: value, format: value }, from };
}

/** Before version 5: the stage's access logs, or null when it has none. */
function logsBefore(call: ModuleCall, inputs: Inputs): AccessLogs | null {
  const arn = inputs.lookup(['default_stage_access_log_destination_arn']);
  const format = inputs.lookup(['default_stage_access_log_format']);
  const group = inputs.flag(['create_default_stage_access_log_group'], false);
  if (!arn.present && group === false) return null;
  if (arn.present && format.present && group === false) {
    return { block: { destination_arn: arn.value, format: format.value }, from: ['default_stage_access_log_destination_arn'] };
  }
  // Only the destination (some 4.x releases need the format too), or a log group of the module: undecided, assumed present.
  return unknownLogs(call, arn.present ? ['default_stage_access_log_destination_arn'] : ['create_default_stage_access_log_group']);
}

/** From version 5: the stage's access logs and whether the module creates their log group. */
function logsAfter(call: ModuleCall, inputs: Inputs): { logs: AccessLogs; createGroup: Tri } {
  const raw = call.inputs.stage_access_log_settings;
  if (raw === null) return { logs: unknownLogs(call, ['stage_access_log_settings']), createGroup: false };
  const settings = inputs.object(['stage_access_log_settings']);
  if (raw !== undefined && (settings === undefined || isUnknownValue(settings))) {
    return { logs: unknownLogs(call, ['stage_access_log_settings']), createGroup: undefined };
  }
  const given: JsonObject = settings ?? {};
  const createGroup = inputs.flag(['stage_access_log_settings', 'create_log_group'], true);
  const from: ValuePath | undefined = raw === undefined ? undefined : ['stage_access_log_settings'];
  const format = given.format !== undefined && given.format !== null ? given.format : undecided(call, 'the default access log format');
  let destination: HclValue;
  if (createGroup === true) destination = reference(call, LOG_GROUP, 'this', 'arn');
  else if (createGroup === false) destination = given.destination_arn ?? undecided(call, 'the access log destination');
  else destination = undecided(call, 'the access log destination');
  return { logs: { block: { destination_arn: destination, format }, from }, createGroup };
}

/** From version 5: the log group the module creates for the stage's access logs. */
function accessLogGroup(call: ModuleCall, inputs: Inputs): SyntheticResource {
  const settings = inputs.object(['stage_access_log_settings']) ?? {};
  const group = new ResourceBuilder(LOG_GROUP);
  const name = settings.log_group_name;
  if (name !== undefined && name !== null) group.set('name', name, ['stage_access_log_settings', 'log_group_name']);
  else group.set('name', undecided(call, 'the access log group name'));
  const retention = settings.log_group_retention_in_days;
  if (retention !== undefined && retention !== null) {
    group.set('retention_in_days', typeof retention === 'string' && /^\d+$/.test(retention) ? Number(retention) : retention, ['stage_access_log_settings', 'log_group_retention_in_days']);
  } else {
    // optional(number, 30): absent or null, the attribute is 30.
    group.set('retention_in_days', 30, written(call, 'stage_access_log_settings') ? ['stage_access_log_settings'] : undefined);
  }
  const key = settings.log_group_kms_key_id;
  if (key !== undefined && key !== null) group.set('kms_key_id', key, ['stage_access_log_settings', 'log_group_kms_key_id']);
  const logClass = settings.log_group_class;
  if (logClass !== undefined && logClass !== null) group.set('log_group_class', logClass, ['stage_access_log_settings', 'log_group_class']);
  group.copy(inputs, ['tags']);
  return group.build();
}

function expand(call: ModuleCall): SyntheticResource[] {
  // The wrappers create one API per `items` entry (with `defaults`): not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];
  const major = call.major;
  const before = major === undefined || major < REWRITE;
  const after = major === undefined || major >= REWRITE;
  // create_api_gateway exists only before version 5 (where the stage needs the API).
  if (before && inputs.flag(['create_api_gateway'], true) !== true) return [];

  const resources: SyntheticResource[] = [];
  const apiId = reference(call, API, 'this', 'id');
  resources.push(new ResourceBuilder(API).copy(inputs, ['name', 'description', 'protocol_type', 'body', 'disable_execute_api_endpoint', 'tags']).build());

  // The stage.
  const stageBefore: Tri = before ? inputs.flag(['create_default_stage'], true) : undefined;
  const stageAfter: Tri = after ? inputs.flag(['create_stage'], true) : undefined;
  const createStage = major === undefined ? agree(stageBefore, stageAfter) : before ? stageBefore : stageAfter;
  if (createStage === true) {
    let logs: AccessLogs | null;
    let createGroup: Tri = false;
    if (major !== undefined && before) logs = logsBefore(call, inputs);
    else if (major !== undefined) ({ logs, createGroup } = logsAfter(call, inputs));
    else {
      // Both readings: version 5 always has access logs and version 4 may not; what they hold is undecided.
      logs = unknownLogs(call, logsBefore(call, inputs)?.from ?? (written(call, 'stage_access_log_settings') ? ['stage_access_log_settings'] : undefined));
    }
    const stage = new ResourceBuilder(STAGE, before && !after ? 'default' : 'this').set('api_id', apiId);
    // `$default` before version 5; `stage_name` (default `$default`) from it.
    const stageName = inputs.lookup(['stage_name']);
    if (!stageName.present || (before && !after)) stage.set('name', '$default');
    else stage.set('name', before ? undecided(call, 'the stage name') : stageName.value, ['stage_name']);
    if (logs !== null) stage.set('access_log_settings', [logs.block], logs.from);
    resources.push(stage.build());
    if (createGroup === true) resources.push(accessLogGroup(call, inputs));
  }

  // The custom domain name (TLS_1_2 in every version).
  const domainBefore: Tri = before ? inputs.flag(['create_api_domain_name'], true) : undefined;
  const domainAfter: Tri = after ? inputs.flag(['create_domain_name'], false) : undefined;
  const createDomain = major === undefined ? agree(domainBefore, domainAfter) : before ? domainBefore : domainAfter;
  if (createDomain === true) {
    const certificate = inputs.lookup(['domain_name_certificate_arn']);
    resources.push(
      new ResourceBuilder(DOMAIN)
        .copy(inputs, ['domain_name', 'tags'])
        .set('domain_name_configuration', [
          {
            certificate_arn: certificate.present ? certificate.value : undecided(call, 'the domain certificate'),
            endpoint_type: 'REGIONAL',
            security_policy: 'TLS_1_2',
          },
        ])
        .build(),
    );
  }
  return resources;
}

/** Outputs of both readings (prefixed `apigatewayv2_`/`default_apigatewayv2_stage_` before version 5). */
export const apigatewayV2: ModuleModel = {
  address: 'terraform-aws-modules/apigateway-v2/aws',
  repository: 'terraform-aws-modules/terraform-aws-apigateway-v2',
  outputs: {
    api_id: `${API}.this.id`,
    api_arn: `${API}.this.arn`,
    api_execution_arn: `${API}.this.execution_arn`,
    stage_id: `${STAGE}.this.id`,
    stage_arn: `${STAGE}.this.arn`,
    domain_name_id: `${DOMAIN}.this.id`,
    domain_name_arn: `${DOMAIN}.this.arn`,
    stage_access_logs_cloudwatch_log_group_arn: `${LOG_GROUP}.this.arn`,
    stage_access_logs_cloudwatch_log_group_name: `${LOG_GROUP}.this.name`,
    apigatewayv2_api_id: `${API}.this.id`,
    apigatewayv2_api_arn: `${API}.this.arn`,
    apigatewayv2_api_execution_arn: `${API}.this.execution_arn`,
    default_apigatewayv2_stage_id: `${STAGE}.default.id`,
    default_apigatewayv2_stage_arn: `${STAGE}.default.arn`,
    apigatewayv2_domain_name_id: `${DOMAIN}.this.id`,
    apigatewayv2_domain_name_arn: `${DOMAIN}.this.arn`,
  },
  expand,
};
