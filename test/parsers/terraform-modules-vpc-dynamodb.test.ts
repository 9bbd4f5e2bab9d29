// Calls of terraform-aws-modules/vpc and terraform-aws-modules/dynamodb-table
// modelled as the VPCs, flow logs, log groups and tables the modules create
// (src/parsers/terraform-modules/vpc.ts, dynamodb-table.ts): defaults per
// major version, a flow log assumed when the pipeline decides, unknowns,
// nothing for calls that create nothing, and locations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, loadModule as module, locatedLine as line } from '../helpers/terraform-modules.js';

describe('terraform-modules: which network and table sources are modelled', () => {
  it('reads the registry addresses, the flow-log submodule and the GitHub repositories', () => {
    assert.equal(modelOf('terraform-aws-modules/vpc/aws')?.model.address, 'terraform-aws-modules/vpc/aws');
    assert.equal(modelOf('terraform-aws-modules/vpc/aws//modules/flow-log')?.submodule, 'modules/flow-log');
    assert.equal(modelOf('git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.8.1')?.ref?.major, 5);
    assert.equal(modelOf('terraform-aws-modules/dynamodb-table/aws')?.model.address, 'terraform-aws-modules/dynamodb-table/aws');
    assert.equal(modelOf('github.com/terraform-aws-modules/terraform-aws-dynamodb-table')?.model.address, 'terraform-aws-modules/dynamodb-table/aws');
  });
});

const VPC_CALLS = `module "main" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "main"
  cidr = "10.0.0.0/16"

  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  flow_log_cloudwatch_log_group_retention_in_days = 30
  flow_log_traffic_type                           = "REJECT"
}

module "plain" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
  cidr    = "10.1.0.0/16"
}

module "maybe_logged" {
  source          = "terraform-aws-modules/vpc/aws"
  version         = "5.8.1"
  enable_flow_log = var.flow_logs

  create_flow_log_cloudwatch_log_group = true
}

module "to_s3" {
  source                    = "terraform-aws-modules/vpc/aws"
  version                   = "5.8.1"
  enable_flow_log           = true
  flow_log_destination_type = "s3"
  flow_log_destination_arn  = "arn:aws:s3:::flow-logs"
}

module "off" {
  source     = "terraform-aws-modules/vpc/aws"
  version    = "5.8.1"
  create_vpc = false
}

module "maybe" {
  source     = "terraform-aws-modules/vpc/aws"
  version    = "5.8.1"
  create_vpc = var.create
}

module "endpoints" {
  source  = "terraform-aws-modules/vpc/aws//modules/vpc-endpoints"
  version = "5.8.1"
  vpc_id  = module.plain.vpc_id
}

module "plain_flow_log" {
  source  = "terraform-aws-modules/vpc/aws//modules/flow-log"
  version = "6.3.0"

  vpc_id = module.plain.vpc_id
}
`;

describe('terraform-modules: terraform-aws-modules/vpc', () => {
  const parsed = module(VPC_CALLS);

  it('creates the VPC, its flow log and the log group the arguments ask for', () => {
    assert.deepEqual(ids(parsed, 'module.main'), ['module.main.aws_vpc.this', 'module.main.aws_flow_log.this', 'module.main.aws_cloudwatch_log_group.flow_log']);
    assert.deepEqual(ids(parsed, 'module.plain'), ['module.plain.aws_vpc.this']);
    assert.deepEqual(ids(parsed, 'module.to_s3'), ['module.to_s3.aws_vpc.this', 'module.to_s3.aws_flow_log.this']);
  });

  it('assumes the flow log when enable_flow_log is unknown (it protects), but not its log group', () => {
    assert.deepEqual(ids(parsed, 'module.maybe_logged'), ['module.maybe_logged.aws_vpc.this', 'module.maybe_logged.aws_flow_log.this']);
    assert.ok(isUnknown(config(parsed, 'module.maybe_logged.aws_flow_log.this').log_destination));
  });

  it('creates nothing when create_vpc is false or unknown, nor for submodules it does not model', () => {
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.maybe'), []);
    assert.deepEqual(ids(parsed, 'module.endpoints'), []);
  });

  it('attaches the flow log to the VPC and delivers it to the log group', () => {
    const flowLog = config(parsed, 'module.main.aws_flow_log.this');
    assert.deepEqual(flowLog.vpc_id, { __unknown__: 'module.main.aws_vpc.this.id', refs: ['module.main.aws_vpc.this.id'] });
    assert.deepEqual(flowLog.log_destination, { __unknown__: 'module.main.aws_cloudwatch_log_group.flow_log.arn', refs: ['module.main.aws_cloudwatch_log_group.flow_log.arn'] });
    assert.equal(flowLog.traffic_type, 'REJECT');
    assert.equal(flowLog.log_destination_type, 'cloud-watch-logs');
    const s3 = config(parsed, 'module.to_s3.aws_flow_log.this');
    assert.equal(s3.log_destination, 'arn:aws:s3:::flow-logs');
    assert.equal(s3.traffic_type, 'ALL');
  });

  it('gives the log group the retention and key of the call (no default for either)', () => {
    const group = config(parsed, 'module.main.aws_cloudwatch_log_group.flow_log');
    assert.equal(group.retention_in_days, 30);
    assert.equal('kms_key_id' in group, false);
  });

  it('models the flow-log submodule: a flow log for the VPC the call names, and its log group kept 90 days by default', () => {
    assert.deepEqual(ids(parsed, 'module.plain_flow_log'), ['module.plain_flow_log.aws_flow_log.this', 'module.plain_flow_log.aws_cloudwatch_log_group.this']);
    // module.plain.vpc_id is the VPC the plain call creates.
    assert.deepEqual(config(parsed, 'module.plain_flow_log.aws_flow_log.this').vpc_id, {
      __unknown__: 'module.plain.vpc_id',
      refs: ['module.plain.aws_vpc.this.id', 'module.plain.vpc_id'],
    });
    assert.equal(config(parsed, 'module.plain_flow_log.aws_cloudwatch_log_group.this').retention_in_days, 90);
  });

  it('locates a value at the call argument it came from, and the rest at the call', () => {
    assert.equal(line(parsed, 'module.main.aws_vpc.this', ['config', 'cidr_block']), 6);
    assert.equal(line(parsed, 'module.main.aws_flow_log.this', ['config', 'traffic_type']), 11);
    assert.equal(line(parsed, 'module.main.aws_cloudwatch_log_group.flow_log', ['config', 'retention_in_days']), 10);
    assert.equal(line(parsed, 'module.main.aws_cloudwatch_log_group.flow_log', ['config', 'kms_key_id']), 1);
    assert.equal(line(parsed, 'module.plain.aws_vpc.this', []), 14);
  });
});

const TABLE_CALLS = `module "patients" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "4.2.0"

  name                               = "patients"
  hash_key                           = "id"
  point_in_time_recovery_enabled     = true
  server_side_encryption_enabled     = true
  server_side_encryption_kms_key_arn = aws_kms_key.k.arn

  replica_regions = [{ region_name = "us-east-1" }]
}

module "defaults_v4" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 4.0"
  name    = "defaults-v4"
}

module "defaults_v6" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 6.0"
  name    = "defaults-v6"
}

module "objects" {
  source = "terraform-aws-modules/dynamodb-table/aws"
  name   = "objects"

  point_in_time_recovery = {
    recovery_period_in_days = 14
  }
  server_side_encryption = {
    enabled = false
  }
  replicas = [{ region_name = "eu-west-1", kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/r" }]
}

module "unpinned" {
  source = "terraform-aws-modules/dynamodb-table/aws"
  name   = "unpinned"
}

module "pipeline" {
  source                         = "terraform-aws-modules/dynamodb-table/aws"
  version                        = "4.2.0"
  point_in_time_recovery_enabled = var.pitr
  server_side_encryption_enabled = var.sse
}

module "pipeline_v6" {
  source                 = "terraform-aws-modules/dynamodb-table/aws"
  version                = "6.0.0"
  point_in_time_recovery = var.pitr
}

module "autoscaled" {
  source              = "terraform-aws-modules/dynamodb-table/aws"
  version             = "4.2.0"
  autoscaling_enabled = true
}

module "off" {
  source       = "terraform-aws-modules/dynamodb-table/aws"
  version      = "4.2.0"
  create_table = false
}

module "off_v6" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "6.0.0"
  create  = false
}

module "maybe" {
  source       = "terraform-aws-modules/dynamodb-table/aws"
  create_table = var.create
}
`;

describe('terraform-modules: terraform-aws-modules/dynamodb-table', () => {
  const parsed = module(TABLE_CALLS);

  it('creates the table, named as the module names it', () => {
    assert.deepEqual(ids(parsed, 'module.patients'), ['module.patients.aws_dynamodb_table.this']);
    assert.deepEqual(ids(parsed, 'module.autoscaled'), ['module.autoscaled.aws_dynamodb_table.autoscaled']);
  });

  it('creates nothing when create_table (create from 6) is false or unknown', () => {
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.off_v6'), []);
    assert.deepEqual(ids(parsed, 'module.maybe'), []);
  });

  it('writes the blocks of versions up to 5 from the flags, false by default', () => {
    const patients = config(parsed, 'module.patients.aws_dynamodb_table.this');
    assert.deepEqual(patients.point_in_time_recovery, [{ enabled: true }]);
    assert.deepEqual(patients.server_side_encryption, [{ enabled: true, kms_key_arn: { __unknown__: 'aws_kms_key.k.arn', refs: ['aws_kms_key.k.arn'] } }]);
    assert.deepEqual(patients.replica, [{ region_name: 'us-east-1' }]);
    const defaults = config(parsed, 'module.defaults_v4.aws_dynamodb_table.this');
    assert.deepEqual(defaults.point_in_time_recovery, [{ enabled: false }]);
    assert.deepEqual(defaults.server_side_encryption, [{ enabled: false }]);
  });

  it('writes the blocks of version 6 from the objects: no recovery block by default, the AWS managed key by default', () => {
    const defaults = config(parsed, 'module.defaults_v6.aws_dynamodb_table.this');
    assert.equal('point_in_time_recovery' in defaults, false);
    assert.deepEqual(defaults.server_side_encryption, [{ enabled: true }]);
    // No pin, but the object arguments exist only from version 6; enabled defaults to true inside them.
    const objects = config(parsed, 'module.objects.aws_dynamodb_table.this');
    assert.deepEqual(objects.point_in_time_recovery, [{ enabled: true, recovery_period_in_days: 14 }]);
    assert.deepEqual(objects.server_side_encryption, [{ enabled: false }]);
    assert.deepEqual(objects.replica, [{ region_name: 'eu-west-1', kms_key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/r' }]);
  });

  it('leaves what the version or the pipeline decides unknown', () => {
    const unpinned = config(parsed, 'module.unpinned.aws_dynamodb_table.this');
    assert.equal(unpinned.server_side_encryption instanceof Array, true);
    assert.ok(isUnknown((unpinned.server_side_encryption as Array<Record<string, unknown>>)[0]!.enabled));
    // Point-in-time recovery is off in both generations.
    assert.equal('point_in_time_recovery' in unpinned, false);
    const pipeline = config(parsed, 'module.pipeline.aws_dynamodb_table.this');
    assert.ok(isUnknown((pipeline.point_in_time_recovery as Array<Record<string, unknown>>)[0]!.enabled));
    assert.ok(isUnknown((pipeline.server_side_encryption as Array<Record<string, unknown>>)[0]!.enabled));
    const v6 = config(parsed, 'module.pipeline_v6.aws_dynamodb_table.this');
    assert.ok(isUnknown((v6.point_in_time_recovery as Array<Record<string, unknown>>)[0]!.enabled));
  });

  it('locates a value at the call argument it came from, and the rest at the call', () => {
    assert.equal(line(parsed, 'module.patients.aws_dynamodb_table.this', ['config', 'point_in_time_recovery', 0, 'enabled']), 7);
    assert.equal(line(parsed, 'module.patients.aws_dynamodb_table.this', ['config', 'server_side_encryption', 0, 'enabled']), 8);
    assert.equal(line(parsed, 'module.patients.aws_dynamodb_table.this', ['config', 'replica', 0, 'region_name']), 11);
    assert.equal(line(parsed, 'module.objects.aws_dynamodb_table.this', ['config', 'server_side_encryption', 0, 'enabled']), 34);
    assert.equal(line(parsed, 'module.defaults_v4.aws_dynamodb_table.this', ['config', 'point_in_time_recovery', 0, 'enabled']), 14);
  });
});

describe('terraform-modules: findings on network and table module calls', () => {
  it('reports through the existing checks, at the argument, and nothing on calls that create nothing or that only the pipeline decides', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'vpc.tf': VPC_CALLS, 'tables.tf': TABLE_CALLS });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061')
        .map((f) => [f.ruleId, f.resource, f.location.file.replace(/^.*\//, ''), f.location.startLine]);
      const byOrder = (a: unknown[], b: unknown[]): number => String(a).localeCompare(String(b));
      assert.deepEqual(
        found.sort(byOrder),
        [
          // module.plain has a flow log through the submodule call; module.main's log group keeps 30 days, without a key.
          ['EVD-TF-019', 'module.main.aws_cloudwatch_log_group.flow_log', 'vpc.tf', 1],
          ['EVD-TF-021', 'module.main.aws_cloudwatch_log_group.flow_log', 'vpc.tf', 10],
          ['EVD-TF-019', 'module.plain_flow_log.aws_cloudwatch_log_group.this', 'vpc.tf', 54],
          ['EVD-TF-021', 'module.plain_flow_log.aws_cloudwatch_log_group.this', 'vpc.tf', 54],
          ['EVD-TF-009', 'module.defaults_v4.aws_dynamodb_table.this', 'tables.tf', 14],
          ['EVD-TF-052', 'module.defaults_v4.aws_dynamodb_table.this', 'tables.tf', 14],
          ['EVD-TF-052', 'module.defaults_v6.aws_dynamodb_table.this', 'tables.tf', 20],
          ['EVD-TF-009', 'module.objects.aws_dynamodb_table.this', 'tables.tf', 34],
          ['EVD-TF-052', 'module.unpinned.aws_dynamodb_table.this', 'tables.tf', 39],
          ['EVD-TF-009', 'module.autoscaled.aws_dynamodb_table.autoscaled', 'tables.tf', 57],
          ['EVD-TF-052', 'module.autoscaled.aws_dynamodb_table.autoscaled', 'tables.tf', 57],
        ].sort(byOrder),
      );
    } finally {
      cleanup();
    }
  });
});

describe('terraform-modules: dynamodb-table arguments both generations declare', () => {
  // Version 6 still declares autoscaling_enabled/_read/_write/_indexes (next to
  // create, point_in_time_recovery, server_side_encryption = { enabled = true }…),
  // so an unpinned call that only uses them may be either generation.
  const TEXT = `module "scaled" {
  source              = "terraform-aws-modules/dynamodb-table/aws"
  name                = "scaled"
  hash_key            = "id"
  billing_mode        = "PROVISIONED"
  autoscaling_enabled = true
  autoscaling_read    = { max_capacity = 10 }
}
`;
  const parsed = module(TEXT);

  it('leaves the encryption default unknown (the AWS owned key up to 5, the AWS managed key from 6), recovery off in both', () => {
    const table = config(parsed, 'module.scaled.aws_dynamodb_table.autoscaled');
    assert.ok(isUnknown((table.server_side_encryption as Array<Record<string, unknown>>)[0]!.enabled));
    assert.equal('point_in_time_recovery' in table, false);
  });

  it('reports the missing point-in-time recovery only', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'tables.tf': TEXT });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings.filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061').map((f) => [f.ruleId, f.resource]);
      assert.deepEqual(found, [['EVD-TF-052', 'module.scaled.aws_dynamodb_table.autoscaled']]);
    } finally {
      cleanup();
    }
  });
});

describe('terraform-modules: vpc flow-log submodule arguments set to null', () => {
  // The submodule's variables are nullable: null reaches it, not the default.
  // retention_in_days = null keeps the events forever; with log_destination_type
  // = null, `var.log_destination_type == "cloud-watch-logs"` is false and no log
  // group is created.
  const TEXT = `variable "retention" {
  type    = number
  default = null
}

module "forever" {
  source  = "terraform-aws-modules/vpc/aws//modules/flow-log"
  version = "6.3.0"
  vpc_id  = "vpc-0123456789abcdef0"

  cloudwatch_log_group_retention_in_days = var.retention
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/k"
}

module "no_group" {
  source               = "terraform-aws-modules/vpc/aws//modules/flow-log"
  version              = "6.3.0"
  vpc_id               = "vpc-0123456789abcdef0"
  log_destination_type = null
  log_destination      = "arn:aws:logs:eu-central-1:111122223333:log-group:flow"
}
`;
  const parsed = module(TEXT);

  it('gives the log group no retention (not the default 90 days) when the call passes null', () => {
    assert.equal('retention_in_days' in config(parsed, 'module.forever.aws_cloudwatch_log_group.this'), false);
  });

  it('creates no log group when log_destination_type is null, and delivers to log_destination', () => {
    assert.deepEqual(ids(parsed, 'module.no_group'), ['module.no_group.aws_flow_log.this']);
    assert.equal(config(parsed, 'module.no_group.aws_flow_log.this').log_destination, 'arn:aws:logs:eu-central-1:111122223333:log-group:flow');
  });

  it('reports the unbounded retention, not a short one, and nothing on the log group that is not created', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'flow.tf': TEXT });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings.filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061').map((f) => [f.ruleId, f.resource]);
      assert.deepEqual(found, [['EVD-TF-020', 'module.forever.aws_cloudwatch_log_group.this']]);
    } finally {
      cleanup();
    }
  });
});

const PUBLIC_SUBNET_CALLS = `module "edge" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "3.19.0"

  azs                     = ["eu-west-1a", "eu-west-1b"]
  public_subnets          = ["10.0.101.0/24", "10.0.102.0/24"]
  map_public_ip_on_launch = true
}

module "private_only" {
  source                  = "terraform-aws-modules/vpc/aws"
  version                 = "3.7.0"
  private_subnets         = ["10.0.1.0/24"]
  map_public_ip_on_launch = true
}

module "default_setting" {
  source         = "terraform-aws-modules/vpc/aws"
  version        = "3.19.0"
  public_subnets = ["10.0.101.0/24"]
}

module "per_az_short" {
  source                  = "terraform-aws-modules/vpc/aws"
  version                 = "5.8.1"
  azs                     = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  public_subnets          = ["10.0.101.0/24"]
  one_nat_gateway_per_az  = true
  map_public_ip_on_launch = true
}

module "off" {
  source                  = "terraform-aws-modules/vpc/aws"
  version                 = "5.8.1"
  public_subnets          = ["10.0.101.0/24"]
  map_public_ip_on_launch = false
}
`;

describe('terraform-modules: terraform-aws-modules/vpc public subnets', () => {
  const parsed = module(PUBLIC_SUBNET_CALLS);

  it('creates the public subnets with the map_public_ip_on_launch the call sets, and none it cannot tell', () => {
    assert.deepEqual(ids(parsed, 'module.edge'), ['module.edge.aws_vpc.this', 'module.edge.aws_subnet.public']);
    assert.equal(config(parsed, 'module.edge.aws_subnet.public').map_public_ip_on_launch, true);
    assert.equal(line(parsed, 'module.edge.aws_subnet.public', ['config', 'map_public_ip_on_launch']), 7);
    // No public subnet at all, a default that changed between versions, fewer subnets than zones with one NAT gateway per zone.
    assert.deepEqual(ids(parsed, 'module.private_only'), ['module.private_only.aws_vpc.this']);
    assert.deepEqual(ids(parsed, 'module.default_setting'), ['module.default_setting.aws_vpc.this']);
    assert.deepEqual(ids(parsed, 'module.per_az_short'), ['module.per_az_short.aws_vpc.this']);
    assert.equal(config(parsed, 'module.off.aws_subnet.public').map_public_ip_on_launch, false);
  });
});
