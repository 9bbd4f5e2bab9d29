/**
 * terraform-aws-modules/lambda/aws: the function, the permissions its
 * `allowed_triggers` create and the function's log group, read from the
 * module's main.tf and variables.tf (versions 1 to 8).
 *
 * Modelled:
 * - `aws_lambda_function.this` (name, runtime, handler, package type, KMS key,
 *   tags), created when `create`, `create_function` (and, from 2.35,
 *   `putin_khuylo`) are true and `create_layer` is false.
 * - One `aws_lambda_permission` per `allowed_triggers` entry, twice:
 *   `current_version_triggers[<key>]` (qualified with the published version)
 *   when `create_current_version_allowed_triggers` (default true) and
 *   `unqualified_alias_triggers[<key>]` when
 *   `create_unqualified_alias_allowed_triggers` (default true). Each has the
 *   entry's `principal`, else `<service>.amazonaws.com`; its `source_arn`,
 *   `source_account`, `principal_org_id`, `event_source_token`,
 *   `function_url_auth_type` and `action` (default lambda:InvokeFunction).
 *   Before 1.32 an `apigateway` service entry without `source_arn` got
 *   `<arn>/*\/*\/*`: when the pin admits those versions that source ARN is
 *   undecided. Allowed triggers exist from 1.2.0.
 * - `aws_cloudwatch_log_group.lambda` (`/aws/lambda/<function_name>`, or
 *   `logging_log_group`), created unless `use_existing_cloudwatch_log_group`,
 *   with `cloudwatch_logs_retention_in_days` (default null: never expires) and
 *   `cloudwatch_logs_kms_key_id` (default null: no customer managed key). The
 *   log group exists from 1.7.0; `attach_cloudwatch_logs_policy` only adds the
 *   IAM policy in every released version.
 * - `aws_lambda_function_url.this` (from 3.2.0), created when
 *   `create_lambda_function_url` is true (default false), with
 *   `authorization_type = var.authorization_type`, whose default is "NONE" in
 *   every release that has the URL (3.2.0 to 8.x): a public endpoint. The
 *   default is located at `create_lambda_function_url`, the argument that
 *   creates the URL; `authorization_type = null` (which the provider rejects,
 *   the argument is required) is undecided. `qualifier` is the published
 *   version when `create_unqualified_alias_lambda_function_url` is false
 *   (default true: none); `invoke_mode`, `cors` and `region` as given.
 *
 * Anything that exists only from a release the pin may not admit (an unpinned
 * call included, as for defaults that changed between versions) is not
 * created: its presence is what the checks report. The function URL is the
 * exception: it exists only when the call writes
 * `create_lambda_function_url = true`, an argument that releases before 3.2.0
 * reject, so every release with which the call plans creates it; it is left
 * out only when every release the pin admits is older. A switch passed as
 * null (Terraform rejects `null && …` and `!null`) or unknown creates nothing.
 *
 * The module adds no permission of its own for the function URL, and a
 * public one needs none: when it creates a URL with `authorization_type`
 * "NONE", the AWS provider adds the resource-policy statement that lets
 * everyone invoke it (FunctionURLAllowPublicAccess), so the URL alone makes
 * the function public (EVD-TF-210). An `allowed_triggers` entry that also
 * grants the URL (principal "*", `function_url_auth_type`) is a permission,
 * modelled as above. Not modelled: layers, the IAM role and its policies,
 * event source mappings, async event configuration, provisioned concurrency,
 * the S3 package object, and calls of the submodules (`//modules/alias`,
 * `deploy`, `docker-build`) and `//wrappers`.
 */
import { isObjectValue, isUnknownValue, type HclValue } from '../hcl/values.js';
import type { ValuePath } from '../types.js';
import { Inputs, instanceName, numeric, passedNull, reference, releasedSince, ResourceBuilder, switchOf, undecided, type JsonObject, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const FUNCTION = 'aws_lambda_function';
const PERMISSION = 'aws_lambda_permission';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const URL = 'aws_lambda_function_url';

/** The first releases with allowed triggers (1.2.0), the log group (1.7.0), without the API Gateway source ARN fallback (1.32.0), and with the function URL (3.2.0). */
const TRIGGERS_SINCE: readonly [number, number] = [1, 2];
const LOG_GROUP_SINCE: readonly [number, number] = [1, 7];
const NO_APIGATEWAY_FALLBACK_SINCE: readonly [number, number] = [1, 32];
const FUNCTION_URL_SINCE: readonly [number, number] = [3, 2];

/** The `cors` keys the module passes to the URL's cors block (`try(cors.value.<key>, null)`). */
const CORS_KEYS: readonly string[] = ['allow_credentials', 'allow_headers', 'allow_methods', 'allow_origins', 'expose_headers', 'max_age'];

/** The arguments of an `allowed_triggers` entry the permission takes with the same name (`try(each.value.x, null)`). */
const TRIGGER_ARGUMENTS: readonly string[] = ['source_arn', 'source_account', 'principal_org_id', 'event_source_token', 'function_url_auth_type'];

function has(entry: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(entry, key);
}

/** The permission one `allowed_triggers` entry creates, under the resource name `name`. */
function permission(call: ModuleCall, name: string, key: string, value: HclValue, qualified: boolean): SyntheticResource {
  const from: ValuePath = ['allowed_triggers', key];
  const builder = new ResourceBuilder(PERMISSION, instanceName(name, key)).set('function_name', reference(call, FUNCTION, 'this', 'function_name'));
  if (qualified) builder.set('qualifier', reference(call, FUNCTION, 'this', 'version'));
  if (value === null || isUnknownValue(value) || !isObjectValue(value)) {
    // An entry whose content is not known: what it grants is undecided.
    return builder.set('principal', undecided(call, `the principal of allowed_triggers.${key}`), from).build();
  }
  const entry = value;
  builder.set('statement_id', key);
  builder.set('action', has(entry, 'action') ? (entry.action ?? undecided(call, 'the action')) : 'lambda:InvokeFunction', has(entry, 'action') ? [...from, 'action'] : undefined);

  // try(each.value.principal, format("%s.amazonaws.com", try(each.value.service, "")))
  if (has(entry, 'principal')) {
    const principal = entry.principal;
    const known = typeof principal === 'string' || isUnknownValue(principal);
    builder.set('principal', known ? (principal as HclValue) : undecided(call, `the principal of allowed_triggers.${key}`), [...from, 'principal']);
  } else if (has(entry, 'service')) {
    const service = entry.service;
    builder.set('principal', typeof service === 'string' ? `${service}.amazonaws.com` : undecided(call, `the principal of allowed_triggers.${key}`), [...from, 'service']);
  } else {
    builder.set('principal', '.amazonaws.com', from);
  }

  for (const argument of TRIGGER_ARGUMENTS) {
    if (has(entry, argument)) builder.set(argument, entry[argument] ?? null, [...from, argument]);
  }
  // Before 1.32: lookup(each.value, "source_arn", service == "apigateway" ? "${arn}/*/*/*" : null).
  if (!has(entry, 'source_arn') && has(entry, 'service') && (entry.service === 'apigateway' || typeof entry.service !== 'string')) {
    if (releasedSince(call, NO_APIGATEWAY_FALLBACK_SINCE) !== true) builder.set('source_arn', undecided(call, `the source ARN of allowed_triggers.${key}`), [...from, 'service']);
  }
  return builder.build();
}

function permissions(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (releasedSince(call, TRIGGERS_SINCE) !== true) return [];
  const triggers = inputs.get(['allowed_triggers']);
  // Absent or empty: none. Unknown, or not a map: which permissions exist is undecided, and their presence is what is reported.
  if (triggers === undefined || triggers === null || isUnknownValue(triggers) || !isObjectValue(triggers)) return [];
  const out: SyntheticResource[] = [];
  const kinds: ReadonlyArray<readonly [string, string, boolean]> = [
    ['create_current_version_allowed_triggers', 'current_version_triggers', true],
    ['create_unqualified_alias_allowed_triggers', 'unqualified_alias_triggers', false],
  ];
  for (const [flag, name, qualified] of kinds) {
    if (switchOf(call, inputs, flag, true) !== true) continue;
    for (const [key, value] of Object.entries(triggers)) out.push(permission(call, name, key, value as HclValue, qualified));
  }
  return out;
}

function logGroup(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (releasedSince(call, LOG_GROUP_SINCE) !== true) return [];
  if (switchOf(call, inputs, 'use_existing_cloudwatch_log_group', false) !== false) return [];
  const group = new ResourceBuilder(LOG_GROUP, 'lambda');
  // coalesce(var.logging_log_group, "/aws/lambda/${var.lambda_at_edge ? "us-east-1." : ""}${var.function_name}")
  const given = inputs.get(['logging_log_group']);
  const functionName = inputs.get(['function_name']);
  const edge = inputs.flag(['lambda_at_edge'], false);
  if (given !== undefined && given !== '') group.set('name', given, ['logging_log_group']);
  else if (typeof functionName === 'string' && edge !== undefined) group.set('name', `/aws/lambda/${edge ? 'us-east-1.' : ''}${functionName}`, ['function_name']);
  else group.set('name', undecided(call, 'the log group name'));
  const retention = inputs.lookup(['cloudwatch_logs_retention_in_days']);
  if (retention.present) group.set('retention_in_days', numeric(retention.value), ['cloudwatch_logs_retention_in_days']);
  const key = inputs.lookup(['cloudwatch_logs_kms_key_id']);
  if (key.present) group.set('kms_key_id', key.value, ['cloudwatch_logs_kms_key_id']);
  const passed: ReadonlyArray<readonly [string, string]> = [
    ['log_group_class', 'cloudwatch_logs_log_group_class'],
    ['skip_destroy', 'cloudwatch_logs_skip_destroy'],
    ['region', 'region'],
  ];
  for (const [argument, name] of passed) {
    const found = inputs.lookup([name]);
    if (found.present) group.set(argument, found.value, [name]);
  }
  return [group.build()];
}

/** `aws_lambda_function_url.this`, when `create_lambda_function_url` is true. */
function functionUrl(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  // Absent (default false), false, null or unknown: no URL, or none that is known to exist.
  if (switchOf(call, inputs, 'create_lambda_function_url', false) !== true) return [];
  // Every release the pin admits is older than 3.2.0: they reject the argument, the call does not plan.
  if (releasedSince(call, FUNCTION_URL_SINCE) === false) return [];
  const url = new ResourceBuilder(URL).set('function_name', reference(call, FUNCTION, 'this', 'function_name'));

  // qualifier = var.create_unqualified_alias_lambda_function_url ? null : aws_lambda_function.this[0].version
  const unqualified = switchOf(call, inputs, 'create_unqualified_alias_lambda_function_url', true);
  if (unqualified === false) url.set('qualifier', reference(call, FUNCTION, 'this', 'version'), ['create_unqualified_alias_lambda_function_url']);
  else if (unqualified === undefined) url.set('qualifier', undecided(call, 'the function URL qualifier'), ['create_unqualified_alias_lambda_function_url']);

  // authorization_type = var.authorization_type (default "NONE"; a null is sent as null, which the provider rejects).
  const authorization = inputs.lookup(['authorization_type']);
  if (passedNull(call, 'authorization_type')) url.set('authorization_type', undecided(call, 'the function URL authorization type'), ['authorization_type']);
  else if (authorization.present) url.set('authorization_type', authorization.value, ['authorization_type']);
  else url.set('authorization_type', 'NONE', ['create_lambda_function_url']);

  // dynamic "cors" { for_each = length(keys(var.cors)) == 0 ? [] : [var.cors] }
  const cors = inputs.lookup(['cors']);
  if (cors.present) {
    if (isUnknownValue(cors.value)) url.set('cors', cors.value, ['cors']);
    else if (isObjectValue(cors.value) && Object.keys(cors.value).length > 0) {
      const given = cors.value;
      const block: JsonObject = {};
      for (const key of CORS_KEYS) if (has(given, key)) block[key] = given[key] ?? null;
      url.set('cors', [block], ['cors']);
    }
  }
  url.copy(inputs, ['invoke_mode', 'region']);
  return [url.build()];
}

function expand(call: ModuleCall): SyntheticResource[] {
  // The submodules (alias, deploy, docker-build) and the wrappers create other resources (an alias's
  // permissions, no log group; the wrappers one function per `items` entry): not modelled.
  if (call.submodule !== '') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided: model nothing.
  if (switchOf(call, inputs, 'create', true) !== true) return [];
  if (switchOf(call, inputs, 'putin_khuylo', true) !== true) return [];
  if (switchOf(call, inputs, 'create_function', true) !== true) return [];
  if (switchOf(call, inputs, 'create_layer', false) !== false) return [];

  const fn = new ResourceBuilder(FUNCTION).copy(inputs, ['function_name', 'description', 'handler', 'runtime', 'package_type', 'image_uri', 'kms_key_arn', 'architectures', 'region', 'tags']);
  return [fn.build(), ...permissions(call, inputs), ...logGroup(call, inputs), ...functionUrl(call, inputs)];
}

export const lambda: ModuleModel = {
  address: 'terraform-aws-modules/lambda/aws',
  repository: 'terraform-aws-modules/terraform-aws-lambda',
  outputs: {
    lambda_function_arn: `${FUNCTION}.this.arn`,
    lambda_function_name: `${FUNCTION}.this.function_name`,
    lambda_function_invoke_arn: `${FUNCTION}.this.invoke_arn`,
    lambda_function_qualified_arn: `${FUNCTION}.this.qualified_arn`,
    lambda_function_version: `${FUNCTION}.this.version`,
    lambda_cloudwatch_log_group_arn: `${LOG_GROUP}.lambda.arn`,
    lambda_cloudwatch_log_group_name: `${LOG_GROUP}.lambda.name`,
    lambda_function_url: `${URL}.this.function_url`,
    lambda_function_url_id: `${URL}.this.url_id`,
  },
  expand,
};
