/**
 * terraform-aws-modules/cloudwatch/aws: the log group its `modules/log-group`
 * submodule creates, read from that submodule's main.tf and variables.tf
 * (the submodule passes these arguments to the log group unchanged, with the
 * same defaults, in every published version).
 *
 * Modelled: `aws_cloudwatch_log_group` with `retention_in_days` (the module's
 * default is null: log events never expire) and `kms_key_id` (default null:
 * no customer managed key), and its name, class and tags. Not modelled: the
 * log group's resource policies, and every other submodule (metric alarms,
 * metric filters, log streams, subscription filters, metric streams, query
 * definitions, CIS alarms…): nothing is created for those calls, nor for a
 * call of the root module.
 */
import type { HclValue } from '../hcl/values.js';
import { Inputs, numeric, ResourceBuilder, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const LOG_GROUP = 'aws_cloudwatch_log_group';

function expand(call: ModuleCall): SyntheticResource[] {
  if (call.submodule !== 'modules/log-group') return [];
  const inputs = new Inputs(call);
  // Nothing is created, or whether it is cannot be decided: model nothing.
  if (inputs.flag(['create'], true) !== true) return [];
  const group = new ResourceBuilder(LOG_GROUP).copy(inputs, ['name', 'name_prefix', 'kms_key_id', 'log_group_class', 'skip_destroy', 'region', 'tags']);
  const retention = inputs.lookup(['retention_in_days']);
  if (retention.present) group.set('retention_in_days', numeric(retention.value), ['retention_in_days']);
  return [group.build()];
}

export const cloudwatch: ModuleModel = {
  address: 'terraform-aws-modules/cloudwatch/aws',
  repository: 'terraform-aws-modules/terraform-aws-cloudwatch',
  outputs: {
    cloudwatch_log_group_name: `${LOG_GROUP}.this.name`,
    cloudwatch_log_group_arn: `${LOG_GROUP}.this.arn`,
  },
  expand,
};
