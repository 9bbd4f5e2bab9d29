/**
 * terraform-aws-modules/vpc/aws: the VPC and its flow log, read from the
 * module's main.tf and vpc-flow-logs.tf (versions 2 to 6, whose flow log
 * arguments have kept their names and defaults), and the flow-log submodule
 * (`//modules/flow-log`, from version 6.3).
 *
 * Modelled (root module): the VPC (`aws_vpc.this`, unless `create_vpc` or
 * `putin_khuylo` is false); the flow log (`aws_flow_log.this`, attached to
 * the VPC) when `enable_flow_log` is true, or unknown, since a flow log
 * protects; its CloudWatch log group (`aws_cloudwatch_log_group.flow_log`)
 * when `create_flow_log_cloudwatch_log_group` is true and the destination is
 * not S3, with `flow_log_cloudwatch_log_group_retention_in_days` and
 * `flow_log_cloudwatch_log_group_kms_key_id` (both default null: logs kept
 * forever, no customer-managed key). Flow-log submodule: the flow log for
 * the caller's `vpc_id` (or subnet, ENI, transit gateway) and, by default,
 * its log group (`aws_cloudwatch_log_group.this`, 90 days, no key; a
 * retention set to null reaches the submodule as null, logs kept forever, and
 * a destination type set to null creates no log group). The public subnets
 * (`aws_subnet.public`, one resource for the list) only when the call sets
 * `map_public_ip_on_launch` and `public_subnets` is a known non-empty list
 * (with `one_nat_gateway_per_az`, at least as long as `azs`): the argument's
 * default changed between major versions, and the version a call resolves
 * to is not always known, so a call that leaves it out is not judged. Not
 * modelled: the other subnets, route tables, gateways, network ACLs, the default
 * security group, VPC endpoints, the flow log IAM role and policy (no check
 * reads them from this module), and the other submodules.
 */
import type { HclValue } from '../hcl/values.js';
import { Inputs, passedNull, reference, ResourceBuilder, undecided, type ModuleCall, type ModuleModel, type SyntheticResource } from './model.js';

const VPC = 'aws_vpc';
const FLOW_LOG = 'aws_flow_log';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const SUBNET = 'aws_subnet';

/** A string argument: its value (possibly unknown) when given, else the module's default. */
function stringOr(inputs: Inputs, name: string, fallback: string): HclValue {
  const found = inputs.lookup([name]);
  return found.present ? found.value : fallback;
}

/** Sets `key` from the call argument `name` when given, else to `fallback` (when defined). */
function setFrom(builder: ResourceBuilder, inputs: Inputs, key: string, name: string, fallback?: HclValue): void {
  const found = inputs.lookup([name]);
  if (found.present) builder.set(key, found.value, [name]);
  else if (fallback !== undefined) builder.set(key, fallback);
}

/** The root module: the VPC, its flow log and the flow log's log group. */
function vpcResources(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create_vpc'], true) !== true || inputs.flag(['putin_khuylo'], true) !== true) return [];
  const vpc = new ResourceBuilder(VPC);
  setFrom(vpc, inputs, 'cidr_block', 'cidr');
  vpc.copy(inputs, ['instance_tenancy', 'enable_dns_hostnames', 'enable_dns_support', 'tags']);
  const resources = [vpc.build()];
  const subnets = publicSubnets(call, inputs);
  if (subnets !== undefined) resources.push(subnets);

  // A flow log whose existence is undecided is assumed: it protects.
  const enabled = inputs.flag(['enable_flow_log'], false);
  if (enabled === false) return resources;

  const destinationType = stringOr(inputs, 'flow_log_destination_type', 'cloud-watch-logs');
  const wantGroup = inputs.flag(['create_flow_log_cloudwatch_log_group'], false);
  // The log group exists only when that is decided (it is what the log group checks report on).
  const group = enabled === true && wantGroup === true && typeof destinationType === 'string' && destinationType !== 's3';
  const groupUndecided = !group && wantGroup !== false && destinationType !== 's3';

  const flowLog = new ResourceBuilder(FLOW_LOG).set('vpc_id', reference(call, VPC, 'this', 'id'));
  setFrom(flowLog, inputs, 'log_destination_type', 'flow_log_destination_type', 'cloud-watch-logs');
  setFrom(flowLog, inputs, 'traffic_type', 'flow_log_traffic_type', 'ALL');
  if (group) flowLog.set('log_destination', reference(call, LOG_GROUP, 'flow_log', 'arn'));
  else if (groupUndecided) flowLog.set('log_destination', undecided(call, 'the flow log destination'));
  else setFrom(flowLog, inputs, 'log_destination', 'flow_log_destination_arn');
  setFrom(flowLog, inputs, 'max_aggregation_interval', 'flow_log_max_aggregation_interval');
  resources.push(flowLog.build());

  if (group) {
    const logGroup = new ResourceBuilder(LOG_GROUP, 'flow_log').set('name', undecided(call, 'the flow log group name'));
    setFrom(logGroup, inputs, 'retention_in_days', 'flow_log_cloudwatch_log_group_retention_in_days');
    setFrom(logGroup, inputs, 'kms_key_id', 'flow_log_cloudwatch_log_group_kms_key_id');
    setFrom(logGroup, inputs, 'log_group_class', 'flow_log_cloudwatch_log_group_class');
    resources.push(logGroup.build());
  }
  return resources;
}

/**
 * The public subnets (`count = length(public_subnets)` when the call creates
 * them), when the call sets map_public_ip_on_launch; undefined otherwise, and
 * when their creation is undecided (a subnet that exposes is not assumed).
 */
function publicSubnets(call: ModuleCall, inputs: Inputs): SyntheticResource | undefined {
  const list = inputs.get(['public_subnets']);
  if (!Array.isArray(list) || list.length === 0 || !inputs.lookup(['map_public_ip_on_launch']).present) return undefined;
  // `!var.one_nat_gateway_per_az || length(public_subnets) >= length(azs)`: no public subnet otherwise.
  const perAz = inputs.flag(['one_nat_gateway_per_az'], false);
  if (perAz === undefined) return undefined;
  if (perAz) {
    const azs = inputs.get(['azs']);
    if (!Array.isArray(azs) || list.length < azs.length) return undefined;
  }
  const subnet = new ResourceBuilder(SUBNET, 'public').set('vpc_id', reference(call, VPC, 'this', 'id'));
  setFrom(subnet, inputs, 'map_public_ip_on_launch', 'map_public_ip_on_launch');
  return subnet.build();
}

/** The flow-log submodule: one flow log for what the caller names, and by default its log group. */
function flowLogResources(call: ModuleCall, inputs: Inputs): SyntheticResource[] {
  if (inputs.flag(['create'], true) !== true) return [];
  // log_destination_type = null: `var.log_destination_type == "cloud-watch-logs"` is false, so no log group
  // (the flow log itself gets the provider's default type).
  const destinationType = passedNull(call, 'log_destination_type') ? null : stringOr(inputs, 'log_destination_type', 'cloud-watch-logs');
  const wantGroup = inputs.flag(['create_cloudwatch_log_group'], true);
  const group = wantGroup === true && destinationType === 'cloud-watch-logs';
  const groupUndecided = !group && wantGroup !== false && destinationType !== null && (typeof destinationType !== 'string' || destinationType === 'cloud-watch-logs');

  const flowLog = new ResourceBuilder(FLOW_LOG);
  for (const name of ['vpc_id', 'subnet_id', 'eni_id', 'transit_gateway_id', 'transit_gateway_attachment_id']) setFrom(flowLog, inputs, name, name);
  setFrom(flowLog, inputs, 'log_destination_type', 'log_destination_type', 'cloud-watch-logs');
  setFrom(flowLog, inputs, 'traffic_type', 'traffic_type', 'ALL');
  if (group) flowLog.set('log_destination', reference(call, LOG_GROUP, 'this', 'arn'));
  else if (groupUndecided) flowLog.set('log_destination', undecided(call, 'the flow log destination'));
  else setFrom(flowLog, inputs, 'log_destination', 'log_destination');
  const resources = [flowLog.build()];

  if (group) {
    const logGroup = new ResourceBuilder(LOG_GROUP).set('name', undecided(call, 'the flow log group name'));
    // Null is passed on as null: the log events never expire, not the default 90 days.
    setFrom(logGroup, inputs, 'retention_in_days', 'cloudwatch_log_group_retention_in_days', passedNull(call, 'cloudwatch_log_group_retention_in_days') ? undefined : 90);
    setFrom(logGroup, inputs, 'kms_key_id', 'cloudwatch_log_group_kms_key_id');
    setFrom(logGroup, inputs, 'log_group_class', 'cloudwatch_log_group_class');
    resources.push(logGroup.build());
  }
  return resources;
}

function expand(call: ModuleCall): SyntheticResource[] {
  const inputs = new Inputs(call);
  if (call.major !== undefined && call.major < 2) return [];
  if (call.submodule === '') return vpcResources(call, inputs);
  if (call.submodule === 'modules/flow-log') return flowLogResources(call, inputs);
  return [];
}

export const vpc: ModuleModel = {
  address: 'terraform-aws-modules/vpc/aws',
  repository: 'terraform-aws-modules/terraform-aws-vpc',
  outputs: {
    vpc_id: `${VPC}.this.id`,
    vpc_arn: `${VPC}.this.arn`,
    vpc_cidr_block: `${VPC}.this.cidr_block`,
    vpc_owner_id: `${VPC}.this.owner_id`,
    vpc_flow_log_id: `${FLOW_LOG}.this.id`,
  },
  expand,
};
