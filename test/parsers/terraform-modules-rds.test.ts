// Registry module calls of terraform-aws-modules/rds and
// terraform-aws-modules/rds-aurora modelled as the resources the modules
// create (src/parsers/terraform-modules/rds.ts, rds-aurora.ts): the resources
// and their addresses, the defaults of each major version (unknown when the
// call pins none and they differ), the master password the module really
// passes, parameter groups, log groups, security group rules, locations at
// the call's arguments, and nothing for calls that create nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, loadModule as module } from '../helpers/terraform-modules.js';

/** One call of `source` with the given body lines (after `source` and an optional `version`). */
function call(name: string, source: string, version: string | undefined, body: string): string {
  return [`module "${name}" {`, `  source  = "${source}"`, ...(version === undefined ? [] : [`  version = "${version}"`]), body, '}', ''].join('\n');
}

const RDS = 'terraform-aws-modules/rds/aws';
const AURORA = 'terraform-aws-modules/rds-aurora/aws';

describe('terraform-modules: terraform-aws-modules/rds', () => {
  const parsed = module(`module "records" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.10.0"

  identifier          = "records"
  engine              = "postgres"
  family              = "postgres14"
  kms_key_id          = "arn:aws:kms:eu-central-1:111122223333:key/records"
  publicly_accessible = true
  password            = "not-passed"

  parameters = [
    {
      name  = "rds.force_ssl"
      value = "0"
    },
  ]
}

module "billing" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 3.5"

  identifier              = "billing"
  engine                  = "mysql"
  password                = "Billing-2019!"
  backup_retention_period = 1
  deletion_protection     = true
  auto_minor_version_upgrade = false
}

output "records_arn" {
  value = module.records.db_instance_arn
}
`);

  it('creates the instance and the parameter group as module.<call>.<type>.this, with the call recorded', () => {
    assert.deepEqual(ids(parsed), [
      'module.records.aws_db_instance.this',
      'module.records.aws_db_parameter_group.this',
      'module.billing.aws_db_instance.this',
      'module.billing.aws_db_parameter_group.this',
    ]);
    const instance = resources(parsed)[0]!;
    assert.deepEqual(instance.created_by, { call: 'module.records', source: RDS, module: RDS });
    assert.equal(instance.provider, 'aws');
    assert.equal(instance.module, 'module.records');
  });

  it('passes the arguments the instance takes, and the module defaults of the pinned version', () => {
    const records = config(parsed, 'module.records.aws_db_instance.this');
    assert.equal(records.engine, 'postgres');
    assert.equal(records.kms_key_id, 'arn:aws:kms:eu-central-1:111122223333:key/records');
    assert.equal(records.publicly_accessible, true);
    // Version 4 and later encrypt by default; version 6 manages the password, so the written one is not passed.
    assert.equal(records.storage_encrypted, true);
    assert.equal(records.manage_master_user_password, true);
    assert.equal(records.password, undefined);
    assert.equal(records.deletion_protection, false);
    assert.deepEqual(records.enabled_cloudwatch_logs_exports, []);
    assert.equal('backup_retention_period' in records, false);
    assert.deepEqual(records.parameter_group_name, { __unknown__: 'module.records.aws_db_parameter_group.this.id', refs: ['module.records.aws_db_parameter_group.this.id'] });

    const billing = config(parsed, 'module.billing.aws_db_instance.this');
    // Version 3: unencrypted by default, and the written password reaches the instance.
    assert.equal(billing.storage_encrypted, false);
    assert.equal(billing.password, 'Billing-2019!');
    assert.equal(billing.backup_retention_period, 1);
    assert.equal(billing.deletion_protection, true);
    // Passed when given; left out otherwise (the module's default, as the provider's, is true).
    assert.equal(billing.auto_minor_version_upgrade, false);
    assert.equal('auto_minor_version_upgrade' in records, false);
  });

  it('writes the parameter group from family and parameters', () => {
    assert.deepEqual(config(parsed, 'module.records.aws_db_parameter_group.this'), {
      family: 'postgres14',
      parameter: [{ name: 'rds.force_ssl', value: '0' }],
    });
    assert.deepEqual(config(parsed, 'module.billing.aws_db_parameter_group.this'), {});
  });

  it('locates a value at the call argument it came from, and a module default at the call', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(id, path)?.startLine;
    assert.equal(line('module.records.aws_db_instance.this', ['config', 'publicly_accessible']), 9);
    assert.equal(line('module.records.aws_db_instance.this', ['config', 'storage_encrypted']), 1);
    assert.equal(line('module.records.aws_db_instance.this', []), 1);
    assert.equal(line('module.records.aws_db_parameter_group.this', ['config', 'parameter', 0, 'value']), 15);
    assert.equal(line('module.records.aws_db_parameter_group.this', ['config', 'family']), 7);
    assert.equal(line('module.billing.aws_db_instance.this', ['config', 'password']), 26);
    assert.equal(line('module.billing.aws_db_instance.this', ['config', 'backup_retention_period']), 27);
  });

  it('lets an output of a call name the instance it creates', () => {
    const outputs = (JSON.parse(JSON.stringify(parsed.document)) as { outputs: Array<{ id: string; value: { refs: string[] } }> }).outputs;
    const output = outputs.find((o) => o.id === 'output.records_arn');
    assert.ok(output?.value.refs.includes('module.records.aws_db_instance.this.arn'), JSON.stringify(output));
  });

  it('leaves storage_encrypted and backup_retention_period unknown when no version is pinned', () => {
    const unpinned = module(call('db', RDS, undefined, '  identifier = "db"'));
    const db = config(unpinned, 'module.db.aws_db_instance.this');
    assert.ok(isUnknown(db.storage_encrypted));
    assert.ok(isUnknown(db.backup_retention_period));
    const v2 = config(module(call('db', RDS, '2.35.0', '  identifier = "db"')), 'module.db.aws_db_instance.this');
    assert.equal(v2.storage_encrypted, false);
    assert.ok(isUnknown(v2.backup_retention_period));
    const v4 = config(module(call('db', RDS, '4.7.0', '  identifier = "db"')), 'module.db.aws_db_instance.this');
    assert.equal(v4.storage_encrypted, true);
    assert.equal('backup_retention_period' in v4, false);
  });

  it('passes the written password only when no generated or managed password replaces it', () => {
    const password = (version: string | undefined, body: string): unknown => config(module(call('db', RDS, version, `  identifier = "db"\n${body}`)), 'module.db.aws_db_instance.this').password;
    const written = '  password = "Written-1"';
    // Up to version 3 create_random_password is off by default; 4 and 5 turn it on.
    assert.equal(password('3.4.0', written), 'Written-1');
    assert.deepEqual(password('5.9.0', written), { __unknown__: 'module.db.random_password.master_password.result', refs: ['module.db.random_password.master_password.result'] });
    assert.equal(password('5.9.0', `${written}\n  create_random_password = false`), 'Written-1');
    // A replica or a restore: what version 4 passes then changed within the major version.
    assert.ok(isUnknown(password('4.7.0', `${written}\n  snapshot_identifier = "snap"`)));
    // Version 6 manages it unless told not to.
    assert.equal(password('6.10.0', written), undefined);
    assert.equal(password('6.10.0', `${written}\n  manage_master_user_password = false`), 'Written-1');
    assert.ok(isUnknown(password('6.10.0', `${written}\n  manage_master_user_password = var.managed`)));
    // Version 7 takes no password (only the write-only password_wo).
    assert.equal(password('7.0.0', `${written}\n  manage_master_user_password = false`), undefined);
    const v7 = config(module(call('db', RDS, '7.0.0', '  identifier = "db"\n  manage_master_user_password = false\n  password_wo = "Wo-1"')), 'module.db.aws_db_instance.this');
    assert.equal(v7.password_wo, 'Wo-1');
    // No version: the default differs, so the password is unknown; a switch only version 6 has decides it.
    assert.ok(isUnknown(password(undefined, written)));
    assert.equal(password(undefined, `${written}\n  manage_master_user_password = false`), 'Written-1');
    assert.equal(password(undefined, `${written}\n  create_random_password = false`), 'Written-1');
  });

  it('creates nothing when the instance is not created or that cannot be decided', () => {
    for (const body of ['  create_db_instance = false', '  create_db_instance = var.create', '  putin_khuylo = false', '  create_rds_cluster = true']) {
      const parsed = module(`variable "create" {\n  type = bool\n}\n${call('db', RDS, '6.10.0', `  identifier = "db"\n  publicly_accessible = true\n${body}`)}`);
      assert.deepEqual(ids(parsed), [], body);
    }
    assert.deepEqual(ids(module(call('db', `${RDS}//modules/db_instance`, '6.10.0', '  identifier = "db"\n  publicly_accessible = true'))), []);
  });

  it('creates the parameter group only when the module does', () => {
    const groups = (version: string | undefined, body: string): string[] => ids(module(call('db', RDS, version, `  identifier = "db"\n  family = "postgres14"\n${body}`))).filter((id) => id.includes('parameter_group'));
    assert.deepEqual(groups('6.10.0', '  create_db_parameter_group = false'), []);
    assert.deepEqual(groups('6.10.0', '  create_db_parameter_group = var.create'), []);
    assert.deepEqual(groups('6.10.0', '  parameter_group_name = "shared"'), ['module.db.aws_db_parameter_group.this']);
    // Versions 1 and 2 used a given name instead of creating the group: undecided without a pin.
    assert.deepEqual(groups('2.20.0', '  parameter_group_name = "shared"'), []);
    assert.deepEqual(groups(undefined, '  parameter_group_name = "shared"'), []);
    assert.deepEqual(groups(undefined, ''), ['module.db.aws_db_parameter_group.this']);
  });

  it('writes parameters it cannot know as a dynamic block', () => {
    const group = (parameters: string): Record<string, unknown> =>
      config(module(`variable "extra" {\n  type = list(map(string))\n}\n${call('db', RDS, '6.10.0', `  identifier = "db"\n  family = "postgres14"\n  parameters = ${parameters}`)}`), 'module.db.aws_db_parameter_group.this');
    for (const parameters of ['var.extra', 'concat([{ name = "rds.force_ssl", value = "1" }], var.extra)', '[{ name = var.extra[0].name, value = "1" }]']) {
      const found = group(parameters);
      assert.equal(found.parameter, undefined, parameters);
      assert.ok(Array.isArray((found.dynamic as Record<string, unknown>).parameter), parameters);
    }
    assert.deepEqual(group('[{ name = "rds.force_ssl", value = var.extra[0].value, apply_method = "pending-reboot" }]').parameter, [
      { name: 'rds.force_ssl', value: { __unknown__: 'var.extra[0].value', refs: ['var.extra'] }, apply_method: 'pending-reboot' },
    ]);
  });

  it('creates a log group per exported log when create_cloudwatch_log_group is on', () => {
    const parsed = module(
      call(
        'db',
        RDS,
        '6.10.0',
        '  identifier = "db"\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n  create_cloudwatch_log_group = true\n  cloudwatch_log_group_kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/logs"',
      ),
    );
    assert.deepEqual(ids(parsed).filter((id) => id.includes('log_group')), ['module.db.aws_cloudwatch_log_group.this["postgresql"]', 'module.db.aws_cloudwatch_log_group.this["upgrade"]']);
    assert.deepEqual(config(parsed, 'module.db.aws_cloudwatch_log_group.this["upgrade"]'), {
      name: '/aws/rds/instance/db/upgrade',
      retention_in_days: 7,
      kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/logs',
    });
    const none = (body: string): string[] => ids(module(`variable "logs" {\n  type = list(string)\n}\n${call('db', RDS, '6.10.0', `  identifier = "db"\n  create_cloudwatch_log_group = true\n${body}`)}`)).filter((id) => id.includes('log_group'));
    assert.deepEqual(none('  enabled_cloudwatch_logs_exports = var.logs'), []);
    assert.deepEqual(none('  enabled_cloudwatch_logs_exports = ["postgresql"]\n  instance_use_identifier_prefix = true'), []);
  });
});

describe('terraform-modules: terraform-aws-modules/rds-aurora', () => {
  const parsed = module(`module "ehr" {
  source  = "terraform-aws-modules/rds-aurora/aws"
  version = "9.9.1"

  name                = "ehr"
  engine              = "aurora-postgresql"
  publicly_accessible = true
  instances = {
    writer = {}
    reader = {
      publicly_accessible = false
    }
  }
  master_password = "not-passed"

  security_group_rules = {
    anywhere = {
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  create_db_cluster_parameter_group     = true
  db_cluster_parameter_group_family     = "aurora-postgresql14"
  db_cluster_parameter_group_parameters = [{ name = "rds.force_ssl", value = 0 }]
  create_db_parameter_group             = true
  db_parameter_group_family             = "aurora-postgresql14"
}
`);

  it('creates the cluster, one instance per key, the cluster parameter group and the security group rules', () => {
    assert.deepEqual(ids(parsed), [
      'module.ehr.aws_rds_cluster.this',
      'module.ehr.aws_rds_cluster_parameter_group.this',
      'module.ehr.aws_rds_cluster_instance.this["writer"]',
      'module.ehr.aws_rds_cluster_instance.this["reader"]',
      'module.ehr.aws_security_group.this',
      'module.ehr.aws_security_group_rule.this["anywhere"]',
    ]);
  });

  it('passes the cluster arguments and the module defaults of the pinned version', () => {
    const cluster = config(parsed, 'module.ehr.aws_rds_cluster.this');
    assert.equal(cluster.cluster_identifier, 'ehr');
    assert.equal(cluster.storage_encrypted, true);
    assert.deepEqual(cluster.enabled_cloudwatch_logs_exports, []);
    assert.equal('deletion_protection' in cluster, false);
    assert.equal(cluster.manage_master_user_password, true);
    assert.equal(cluster.master_password, undefined);
    const v5 = config(module(call('c', AURORA, '5.2.0', '  name = "c"')), 'module.c.aws_rds_cluster.this');
    assert.equal(v5.deletion_protection, false);
  });

  it('gives each instance its own publicly_accessible, else the call\'s (before version 10)', () => {
    assert.equal(config(parsed, 'module.ehr.aws_rds_cluster_instance.this["writer"]').publicly_accessible, true);
    assert.equal(config(parsed, 'module.ehr.aws_rds_cluster_instance.this["reader"]').publicly_accessible, false);
    const v10 = module(call('c', AURORA, '10.0.0', '  name = "c"\n  instances = {\n    one = {}\n  }'));
    assert.equal('publicly_accessible' in config(v10, 'module.c.aws_rds_cluster_instance.this["one"]'), false);
  });

  it('creates the instances of replica_count up to version 5, public from the call or instances_parameters', () => {
    const v5 = module(call('c', AURORA, '5.2.0', '  name = "c"\n  replica_count = 3\n  instances_parameters = [{ publicly_accessible = true }]'));
    assert.deepEqual(
      ids(v5).filter((id) => id.includes('instance')),
      ['module.c.aws_rds_cluster_instance.this[0]', 'module.c.aws_rds_cluster_instance.this[1]', 'module.c.aws_rds_cluster_instance.this[2]'],
    );
    assert.equal(config(v5, 'module.c.aws_rds_cluster_instance.this[0]').publicly_accessible, true);
    assert.equal(config(v5, 'module.c.aws_rds_cluster_instance.this[1]').publicly_accessible, false);
    assert.equal(v5.locate('module.c.aws_rds_cluster_instance.this[0]', ['config', 'publicly_accessible'])?.startLine, 6);
  });

  it('keeps an entry\'s explicit publicly_accessible = null (try() returns it) instead of the call\'s', () => {
    const v8 = module(call('c', AURORA, '8.5.0', '  name = "c"\n  publicly_accessible = true\n  instances = {\n    one = { publicly_accessible = null }\n    two = {}\n  }'));
    assert.equal('publicly_accessible' in config(v8, 'module.c.aws_rds_cluster_instance.this["one"]'), false);
    assert.equal(config(v8, 'module.c.aws_rds_cluster_instance.this["two"]').publicly_accessible, true);
    const v5 = module(call('c', AURORA, '5.2.0', '  name = "c"\n  publicly_accessible = true\n  replica_count = 2\n  instances_parameters = [{ publicly_accessible = null }]'));
    assert.equal('publicly_accessible' in config(v5, 'module.c.aws_rds_cluster_instance.this[0]'), false);
    assert.equal(config(v5, 'module.c.aws_rds_cluster_instance.this[1]').publicly_accessible, true);
  });

  it('creates no instance it cannot decide', () => {
    const instances = (version: string | undefined, body: string): string[] =>
      ids(module(`variable "instances" {\n  type = any\n}\n${call('c', AURORA, version, `  name = "c"\n  publicly_accessible = true\n${body}`)}`)).filter((id) => id.includes('instance'));
    assert.deepEqual(instances('9.9.1', '  instances = var.instances'), []);
    assert.deepEqual(instances('9.9.1', '  engine_mode = "serverless"\n  instances = { one = {} }'), []);
    // No version and neither instances nor replica_count: version 6 and later create none, 5 and earlier one.
    assert.deepEqual(instances(undefined, ''), []);
    assert.deepEqual(instances(undefined, '  instances = { one = {} }'), ['module.c.aws_rds_cluster_instance.this["one"]']);
  });

  it('passes the written master password only when no generated or managed password replaces it', () => {
    const cluster = (version: string | undefined, body: string): Record<string, unknown> => config(module(call('c', AURORA, version, `  name = "c"\n${body}`)), 'module.c.aws_rds_cluster.this');
    assert.equal(cluster('9.9.1', '  master_password = "W-1"\n  manage_master_user_password = false').master_password, 'W-1');
    assert.equal(cluster('9.9.1', '  master_password = "W-1"\n  manage_master_user_password = false\n  is_primary_cluster = false').master_password, undefined);
    assert.ok(isUnknown(cluster('7.7.1', '  master_password = "W-1"').master_password));
    assert.equal(cluster('7.7.1', '  master_password = "W-1"\n  create_random_password = false').master_password, 'W-1');
    assert.equal(cluster('5.2.0', '  password = "W-1"\n  create_random_password = false').master_password, 'W-1');
    assert.ok(isUnknown(cluster('5.2.0', '  password = "W-1"').master_password));
    assert.ok(isUnknown(cluster(undefined, '  master_password = "W-1"').master_password));
    assert.equal(cluster(undefined, '  master_password = "W-1"\n  manage_master_user_password = false').master_password, 'W-1');
    const v10 = cluster('10.0.0', '  manage_master_user_password = false\n  master_password_wo = "W-1"');
    assert.equal(v10.master_password, undefined);
    assert.equal(v10.master_password_wo, 'W-1');
  });

  it('writes the cluster parameter group (a list up to 9, a map keyed by name from 10) and no instance parameter group', () => {
    assert.deepEqual(config(parsed, 'module.ehr.aws_rds_cluster_parameter_group.this'), {
      family: 'aurora-postgresql14',
      name: 'ehr',
      parameter: [{ name: 'rds.force_ssl', value: 0 }],
    });
    assert.equal(ids(parsed).some((id) => id.includes('aws_db_parameter_group')), false);
    const v10 = module(call('c', AURORA, '10.0.0', '  name = "c"\n  cluster_parameter_group = {\n    family = "aurora-mysql8.0"\n    parameters = {\n      require_secure_transport = { value = "OFF" }\n    }\n  }'));
    assert.deepEqual(config(v10, 'module.c.aws_rds_cluster_parameter_group.this').parameter, [{ name: 'require_secure_transport', value: 'OFF' }]);
    assert.equal(v10.locate('module.c.aws_rds_cluster_parameter_group.this', ['config', 'parameter', 0, 'value'])?.startLine, 8);
    const v9Off = module(`variable "on" {\n  type = bool\n}\n${call('c', AURORA, '9.9.1', '  name = "c"\n  create_db_cluster_parameter_group = var.on')}`);
    assert.deepEqual(ids(v9Off).filter((id) => id.includes('parameter_group')), []);
  });

  it('opens the cluster port in the security group rules, per version', () => {
    assert.deepEqual(config(parsed, 'module.ehr.aws_security_group_rule.this["anywhere"]'), {
      security_group_id: { __unknown__: 'module.ehr.aws_security_group.this.id', refs: ['module.ehr.aws_security_group.this.id'] },
      type: 'ingress',
      from_port: 5432,
      to_port: 5432,
      protocol: 'tcp',
      cidr_blocks: ['0.0.0.0/0'],
    });
    assert.equal(parsed.locate('module.ehr.aws_security_group_rule.this["anywhere"]', ['config', 'cidr_blocks', 0])?.startLine, 18);
    const v5 = module(call('c', AURORA, '5.2.0', '  name = "c"\n  engine = "aurora-mysql"\n  allowed_cidr_blocks = ["0.0.0.0/0"]'));
    assert.deepEqual(config(v5, 'module.c.aws_security_group_rule.cidr_ingress').from_port, 3306);
    const v10 = module(call('c', AURORA, '10.0.0', '  name = "c"\n  port = "6543"\n  security_group_ingress_rules = {\n    all = { cidr_ipv4 = "0.0.0.0/0" }\n  }'));
    const rule = config(v10, 'module.c.aws_vpc_security_group_ingress_rule.this["all"]');
    assert.equal(rule.cidr_ipv4, '0.0.0.0/0');
    assert.equal(rule.from_port, 6543);
    assert.equal(rule.to_port, 6543);
    // RDS for PostgreSQL Multi-AZ clusters: the module's port changed in version 8; unpinned it is unknown.
    const postgres = module(call('c', AURORA, undefined, '  name = "c"\n  engine = "postgres"\n  security_group_rules = { all = { cidr_blocks = ["0.0.0.0/0"] } }'));
    assert.ok(isUnknown(config(postgres, 'module.c.aws_security_group_rule.this["all"]').from_port));
    const noGroup = module(call('c', AURORA, '9.9.1', '  name = "c"\n  create_security_group = false\n  security_group_rules = { all = { cidr_blocks = ["0.0.0.0/0"] } }'));
    assert.deepEqual(ids(noGroup).filter((id) => id.includes('security_group')), []);
  });

  it('creates nothing when the cluster is not created or that cannot be decided', () => {
    for (const [version, body] of [
      ['9.9.1', '  create = false'],
      ['7.7.1', '  create_cluster = false'],
      ['9.9.1', '  create = var.create'],
      [undefined, '  create_cluster = false'],
    ] as const) {
      const parsed = module(`variable "create" {\n  type = bool\n}\n${call('c', AURORA, version, `  name = "c"\n  storage_encrypted = false\n  instances = { one = { publicly_accessible = true } }\n${body}`)}`);
      assert.deepEqual(ids(parsed), [], body);
    }
  });

  it('creates log groups for the exported logs when create_cloudwatch_log_group is on', () => {
    const logs = module(call('c', AURORA, '9.9.1', '  name = "c"\n  enabled_cloudwatch_logs_exports = ["audit"]\n  create_cloudwatch_log_group = true\n  cloudwatch_log_group_retention_in_days = 365'));
    assert.deepEqual(config(logs, 'module.c.aws_cloudwatch_log_group.this["audit"]'), { name: '/aws/rds/cluster/c/audit', retention_in_days: 365 });
    assert.equal(logs.locate('module.c.aws_cloudwatch_log_group.this["audit"]', ['config', 'retention_in_days'])?.startLine, 7);
  });
});
