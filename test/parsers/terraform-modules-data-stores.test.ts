// Calls of terraform-aws-modules/elasticache, terraform-aws-modules/opensearch
// and terraform-aws-modules/redshift modelled as the resources the modules
// create (src/parsers/terraform-modules/elasticache.ts, opensearch.ts,
// redshift.ts): the resources and their addresses, the module defaults of
// each major version (unknown when the call pins none and they differ), the
// blocks and passwords the modules really pass, log groups, security group
// rules, unknowns, locations at the call's arguments, and nothing for calls
// that create nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, isUnknown, lineOf, loadModule as module, locatedLine as line } from '../helpers/terraform-modules.js';

/** One call of `source` with the given body lines (after `source` and an optional `version`). */
function call(name: string, source: string, version: string | undefined, body: string): string {
  return [`module "${name}" {`, `  source  = "${source}"`, ...(version === undefined ? [] : [`  version = "${version}"`]), body, '}', ''].join('\n');
}

/** The variables the calls of these tests may reference (values only the pipeline knows). */
const VARIABLES = ['flag', 'text', 'object', 'list'].map((name) => `variable "${name}" {}\n`).join('');

const ELASTICACHE = 'terraform-aws-modules/elasticache/aws';
const OPENSEARCH = 'terraform-aws-modules/opensearch/aws';
const REDSHIFT = 'terraform-aws-modules/redshift/aws';

describe('terraform-modules: which data store sources are modelled', () => {
  it('reads the registry addresses and the GitHub repositories of the three modules', () => {
    assert.equal(modelOf(ELASTICACHE)?.model.address, ELASTICACHE);
    assert.equal(modelOf('git::https://github.com/terraform-aws-modules/terraform-aws-elasticache.git?ref=v1.7.0')?.ref?.major, 1);
    assert.equal(modelOf(OPENSEARCH)?.model.address, OPENSEARCH);
    assert.equal(modelOf('github.com/terraform-aws-modules/terraform-aws-opensearch')?.model.address, OPENSEARCH);
    assert.equal(modelOf(REDSHIFT)?.model.address, REDSHIFT);
    assert.equal(modelOf('git@github.com:terraform-aws-modules/terraform-aws-redshift.git?ref=v6.1.0')?.ref?.major, 6);
  });
});

describe('terraform-modules: terraform-aws-modules/elasticache', () => {
  const text = `module "sessions" {
  source  = "terraform-aws-modules/elasticache/aws"
  version = "1.7.0"

  replication_group_id       = "sessions"
  node_type                  = "cache.t4g.small"
  kms_key_arn                = "arn:aws:kms:eu-central-1:111122223333:key/cache"
  transit_encryption_enabled = false
  auth_token                 = "Session-Token-1234"

  vpc_id = "vpc-1"
  security_group_rules = {
    anywhere = {
      cidr_ipv4 = "0.0.0.0/0"
    }
    tls = {
      cidr_ipv4 = "10.0.0.0/8"
      from_port = 6380
      to_port   = 6380
    }
    out = {
      type      = "egress"
      cidr_ipv4 = "0.0.0.0/0"
    }
  }
}

output "sessions_arn" {
  value = module.sessions.replication_group_arn
}
`;
  const parsed = module(text);

  it('creates the replication group, the default slow-log group and the security group with its ingress rules', () => {
    assert.deepEqual(ids(parsed), [
      'module.sessions.aws_elasticache_replication_group.this',
      'module.sessions.aws_cloudwatch_log_group.this["slow-log"]',
      'module.sessions.aws_security_group.this',
      'module.sessions.aws_vpc_security_group_ingress_rule.this["anywhere"]',
      'module.sessions.aws_vpc_security_group_ingress_rule.this["tls"]',
    ]);
  });

  it('passes the module defaults (redis, encrypted at rest and in transit) and what the call writes', () => {
    assert.deepEqual(config(parsed, 'module.sessions.aws_elasticache_replication_group.this'), {
      replication_group_id: 'sessions',
      node_type: 'cache.t4g.small',
      engine: 'redis',
      at_rest_encryption_enabled: true,
      transit_encryption_enabled: false,
      kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/cache',
      auth_token: 'Session-Token-1234',
    });
  });

  it('names the slow-log group after the replication group, with 14 days and no key', () => {
    assert.deepEqual(config(parsed, 'module.sessions.aws_cloudwatch_log_group.this["slow-log"]'), { name: '/aws/elasticache/sessions', retention_in_days: 14 });
  });

  it('opens the engine port unless a rule gives its ports', () => {
    const open = config(parsed, 'module.sessions.aws_vpc_security_group_ingress_rule.this["anywhere"]');
    assert.equal(open.ip_protocol, 'tcp');
    assert.equal(open.cidr_ipv4, '0.0.0.0/0');
    assert.equal(open.from_port, 6379);
    assert.equal(open.to_port, 6379);
    assert.equal(config(parsed, 'module.sessions.aws_vpc_security_group_ingress_rule.this["tls"]').from_port, 6380);
  });

  it('locates values at the call arguments they came from, and module defaults at the call', () => {
    const group = 'module.sessions.aws_elasticache_replication_group.this';
    assert.equal(line(parsed, group, ['config', 'transit_encryption_enabled']), lineOf(text, 'transit_encryption_enabled = false'));
    assert.equal(line(parsed, group, ['config', 'auth_token']), lineOf(text, 'auth_token '));
    assert.equal(line(parsed, group, ['config', 'at_rest_encryption_enabled']), 1);
    // The first `cidr_ipv4 = "0.0.0.0/0"`, in the `anywhere` entry (the egress entry has the same line).
    assert.equal(line(parsed, 'module.sessions.aws_vpc_security_group_ingress_rule.this["anywhere"]', ['config', 'cidr_ipv4']), lineOf(text, 'anywhere = {') + 1);
  });

  it('lets an output of a call name the replication group', () => {
    const outputs = (JSON.parse(JSON.stringify(parsed.document)) as { outputs: Array<{ id: string; value: { refs: string[] } }> }).outputs;
    const output = outputs.find((o) => o.id === 'output.sessions_arn');
    assert.ok(output?.value.refs.includes('module.sessions.aws_elasticache_replication_group.this.arn'), JSON.stringify(output));
  });

  it('passes the KMS key only with at-rest encryption, and unknowns as unknowns', () => {
    const group = (body: string): Record<string, unknown> =>
      config(module(`${VARIABLES}${call('c', ELASTICACHE, '2.0.0', `  replication_group_id = "c"\n  kms_key_arn = "k"\n${body}`)}`), 'module.c.aws_elasticache_replication_group.this');
    assert.equal(group('  at_rest_encryption_enabled = false').kms_key_id, undefined);
    const unknown = group('  at_rest_encryption_enabled = var.flag\n  transit_encryption_enabled = var.flag\n  engine = var.text');
    assert.ok(isUnknown(unknown.at_rest_encryption_enabled));
    assert.ok(isUnknown(unknown.transit_encryption_enabled));
    assert.ok(isUnknown(unknown.kms_key_id));
    assert.ok(isUnknown(unknown.engine));
    assert.equal(group('  engine = "valkey"').engine, 'valkey');
  });

  it('creates the group of a global datastore as .global, and leaves a secondary member its inherited encryption', () => {
    const primary = module(call('p', ELASTICACHE, '1.7.0', '  replication_group_id = "p"\n  create_primary_global_replication_group = true\n  log_delivery_configuration = {}'));
    assert.deepEqual(ids(primary).filter((id) => id.includes('replication_group')), ['module.p.aws_elasticache_replication_group.global']);
    assert.equal(config(primary, 'module.p.aws_elasticache_replication_group.global').at_rest_encryption_enabled, true);
    const secondary = config(
      module(call('s', ELASTICACHE, '1.7.0', '  replication_group_id = "s"\n  create_secondary_global_replication_group = true\n  global_replication_group_id = "g"\n  transit_encryption_enabled = false')),
      'module.s.aws_elasticache_replication_group.global',
    );
    assert.ok(isUnknown(secondary.at_rest_encryption_enabled));
    assert.ok(isUnknown(secondary.transit_encryption_enabled));
    assert.equal(secondary.engine, undefined);
  });

  it('creates a log group per CloudWatch delivery entry that does not opt out, for every engine but memcached', () => {
    const groups = (body: string): string[] => ids(module(`${VARIABLES}${call('c', ELASTICACHE, '1.7.0', `  replication_group_id = "c"\n  create_security_group = false\n${body}`)}`)).filter((id) => id.includes('log_group'));
    const entries = `  log_delivery_configuration = {
    slow-log = {
      destination_type = "cloudwatch-logs"
      log_format       = "json"
      cloudwatch_log_group_name = "custom"
      cloudwatch_log_group_retention_in_days = 400
      cloudwatch_log_group_kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/logs"
    }
    engine-log = {
      destination_type = "kinesis-firehose"
      destination      = "stream"
      log_format       = "json"
    }
    other = {
      destination_type = "cloudwatch-logs"
      log_format       = "text"
      create_cloudwatch_log_group = false
    }
  }`;
    assert.deepEqual(groups(entries), ['module.c.aws_cloudwatch_log_group.this["slow-log"]']);
    const parsed = module(call('c', ELASTICACHE, '1.7.0', `  replication_group_id = "c"\n${entries}`));
    assert.deepEqual(config(parsed, 'module.c.aws_cloudwatch_log_group.this["slow-log"]'), {
      name: '/aws/elasticache/custom',
      retention_in_days: 400,
      kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/logs',
    });
    assert.deepEqual(groups('  engine = "memcached"'), []);
    assert.deepEqual(groups('  engine = var.text'), []);
    assert.deepEqual(groups('  log_delivery_configuration = var.object'), []);
    assert.deepEqual(groups('  log_delivery_configuration = {}'), []);
    // The log groups exist even when no cache is created.
    assert.deepEqual(groups('  create_replication_group = false'), ['module.c.aws_cloudwatch_log_group.this["slow-log"]']);
  });

  it('opens the memcached port for a memcached call, and leaves undecided rules out', () => {
    const rules = (body: string): string[] => ids(module(`${VARIABLES}${call('c', ELASTICACHE, '1.7.0', `  cluster_id = "c"\n${body}`)}`)).filter((id) => id.includes('ingress_rule'));
    const memcached = module(call('c', ELASTICACHE, '1.7.0', '  cluster_id = "c"\n  engine = "memcached"\n  security_group_rules = { all = { cidr_ipv4 = "0.0.0.0/0" } }'));
    assert.equal(config(memcached, 'module.c.aws_vpc_security_group_ingress_rule.this["all"]').from_port, 11211);
    assert.deepEqual(rules('  security_group_rules = var.object'), []);
    assert.deepEqual(rules('  security_group_rules = { a = { type = var.text, cidr_ipv4 = "0.0.0.0/0" } }'), []);
    assert.deepEqual(rules('  create_security_group = false\n  security_group_rules = { a = { cidr_ipv4 = "0.0.0.0/0" } }'), []);
  });

  it('reads the ingress rules of version 2 from security_group_ingress_rules, with the ports each rule gives', () => {
    // Version 2 (docs/UPGRADE-2.0.md, variables.tf at the 2.0 commit) replaced security_group_rules with
    // security_group_ingress_rules/security_group_egress_rules: from_port = each.value.from_port,
    // to_port = try(coalesce(each.value.to_port, each.value.from_port)); no engine-port default.
    const parsed = (version: string | undefined, body: string): ReturnType<typeof module> =>
      module(`${VARIABLES}${call('c', ELASTICACHE, version, `  replication_group_id = "c"\n  log_delivery_configuration = {}\n${body}`)}`);
    const rules = (version: string | undefined, body: string): string[] => ids(parsed(version, body)).filter((id) => id.includes('ingress_rule'));
    const old = '  security_group_rules = { anywhere = { cidr_ipv4 = "0.0.0.0/0" } }';
    // A version 2 call has no security_group_rules: no rule from it (it was reported on the Redis port before).
    assert.deepEqual(rules('2.0.0', old), []);
    assert.deepEqual(rules('1.7.0', old), ['module.c.aws_vpc_security_group_ingress_rule.this["anywhere"]']);
    const v2 = parsed(
      '2.0.0',
      `  security_group_ingress_rules = {
    redis = { cidr_ipv4 = "0.0.0.0/0", from_port = 6379 }
    range = { cidr_ipv4 = "10.0.0.0/8", from_port = "6379", to_port = "6380", ip_protocol = null }
    bare  = { cidr_ipv4 = "0.0.0.0/0" }
    peers = { referenced_security_group_id = "self", from_port = 6379 }
  }`,
    );
    const redis = config(v2, 'module.c.aws_vpc_security_group_ingress_rule.this["redis"]');
    assert.deepEqual([redis.ip_protocol, redis.cidr_ipv4, redis.from_port, redis.to_port], ['tcp', '0.0.0.0/0', 6379, 6379]);
    const range = config(v2, 'module.c.aws_vpc_security_group_ingress_rule.this["range"]');
    assert.deepEqual([range.ip_protocol, range.from_port, range.to_port], ['tcp', 6379, 6380]);
    const bare = config(v2, 'module.c.aws_vpc_security_group_ingress_rule.this["bare"]');
    assert.ok(isUnknown(bare.from_port));
    assert.ok(isUnknown(bare.to_port));
    assert.deepEqual(config(v2, 'module.c.aws_vpc_security_group_ingress_rule.this["peers"]').referenced_security_group_id, {
      __unknown__: 'module.c.aws_security_group.this.id',
      refs: ['module.c.aws_security_group.this.id'],
    });
    // Without a version, the argument the call uses tells which version it was written for.
    assert.equal(config(parsed(undefined, old), 'module.c.aws_vpc_security_group_ingress_rule.this["anywhere"]').from_port, 6379);
    assert.ok(isUnknown(config(parsed(undefined, '  security_group_ingress_rules = { a = { cidr_ipv4 = "0.0.0.0/0" } }'), 'module.c.aws_vpc_security_group_ingress_rule.this["a"]').from_port));
  });

  it('reads the log delivery entries as each version does: try() in version 1, typed defaults in version 2', () => {
    const groups = (version: string | undefined, entry: string): ReturnType<typeof module> =>
      module(call('c', ELASTICACHE, version, `  replication_group_id = "c"\n  create_security_group = false\n  log_delivery_configuration = {\n    slow-log = { ${entry} }\n  }`));
    const slow = 'module.c.aws_cloudwatch_log_group.this["slow-log"]';
    // A retention written null: version 1 passes it on (never expires), version 2 makes it 14 days, no version: unknown.
    const nulled = 'destination_type = "cloudwatch-logs", log_format = "json", cloudwatch_log_group_retention_in_days = null';
    assert.equal(config(groups('1.7.0', nulled), slow).retention_in_days, undefined);
    assert.equal(config(groups('2.0.0', nulled), slow).retention_in_days, 14);
    assert.ok(isUnknown(config(groups(undefined, nulled), slow).retention_in_days));
    // No destination type: version 1 creates no group (try(v.destination_type, "")), version 2 defaults it to cloudwatch-logs.
    const untyped = 'log_format = "json"';
    assert.deepEqual(ids(groups('1.7.0', untyped)).filter((id) => id.includes('log_group')), []);
    assert.deepEqual(ids(groups('2.0.0', untyped)).filter((id) => id.includes('log_group')), [slow]);
    assert.deepEqual(ids(groups(undefined, untyped)).filter((id) => id.includes('log_group')), []);
    // A switch written null is true in version 2 (optional(bool, true)).
    assert.deepEqual(ids(groups('2.0.0', 'destination_type = "cloudwatch-logs", create_cloudwatch_log_group = null')).filter((id) => id.includes('log_group')), [slow]);
  });

  it('creates nothing when the call is switched off, undecided, a submodule or a pre-1.0 ref', () => {
    for (const body of ['  create = false', '  create = var.flag']) {
      assert.deepEqual(ids(module(`${VARIABLES}${call('c', ELASTICACHE, '1.7.0', `  replication_group_id = "c"\n  at_rest_encryption_enabled = false\n${body}`)}`)), [], body);
    }
    assert.deepEqual(ids(module(call('c', `${ELASTICACHE}//modules/serverless-cache`, '1.7.0', '  cache_name = "c"'))), []);
    assert.deepEqual(ids(module(call('c', 'git::https://github.com/terraform-aws-modules/terraform-aws-elasticache.git?ref=v0.1.0', undefined, '  replication_group_id = "c"'))), []);
    // An undecided replication group switch leaves the group out (the log and security groups remain).
    const undecidedGroup = module(`${VARIABLES}${call('c', ELASTICACHE, '1.7.0', '  replication_group_id = "c"\n  create_replication_group = var.flag\n  at_rest_encryption_enabled = false')}`);
    assert.deepEqual(ids(undecidedGroup).filter((id) => id.includes('replication_group')), []);
  });
});

describe('terraform-modules: terraform-aws-modules/opensearch', () => {
  const text = `module "search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "2.2.0"

  domain_name = "records"

  encrypt_at_rest = {
    enabled    = false
    kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/search"
  }
  node_to_node_encryption = {}
  domain_endpoint_options = {
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }

  log_publishing_options = [
    { log_type = "AUDIT_LOGS", log_group_retention_in_days = 365 },
    { log_type = "INDEX_SLOW_LOGS", enabled = false },
  ]
  cloudwatch_log_group_kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/logs"

  vpc_options = {
    subnet_ids = ["subnet-1"]
  }
  security_group_rules = {
    anywhere = {
      cidr_ipv4 = "0.0.0.0/0"
    }
  }
}
`;
  const parsed = module(text);
  const domain = 'module.search.aws_opensearch_domain.this';

  it('creates the domain, a log group per enabled publishing entry, and the security group of a VPC domain', () => {
    assert.deepEqual(ids(parsed), [
      domain,
      'module.search.aws_cloudwatch_log_group.this["AUDIT_LOGS"]',
      'module.search.aws_security_group.this',
      'module.search.aws_vpc_security_group_ingress_rule.this["anywhere"]',
    ]);
  });

  it('writes the blocks from the objects with the module fallbacks, and none for an empty object', () => {
    const found = config(parsed, domain);
    assert.equal(found.domain_name, 'records');
    assert.deepEqual(found.encrypt_at_rest, [{ enabled: false, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/search' }]);
    assert.equal(found.node_to_node_encryption, undefined);
    assert.deepEqual(found.domain_endpoint_options, [{ enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-0-2019-07' }]);
    assert.deepEqual(found.log_publishing_options, [
      { cloudwatch_log_group_arn: { __unknown__: 'module.search.aws_cloudwatch_log_group.this["AUDIT_LOGS"].arn', refs: ['module.search.aws_cloudwatch_log_group.this["AUDIT_LOGS"].arn'] }, enabled: true, log_type: 'AUDIT_LOGS' },
      { cloudwatch_log_group_arn: { __unknown__: 'module.search.aws_cloudwatch_log_group.this["INDEX_SLOW_LOGS"].arn', refs: ['module.search.aws_cloudwatch_log_group.this["INDEX_SLOW_LOGS"].arn'] }, enabled: false, log_type: 'INDEX_SLOW_LOGS' },
    ]);
  });

  it('gives the log group its name, the entry retention and the call key', () => {
    assert.deepEqual(config(parsed, 'module.search.aws_cloudwatch_log_group.this["AUDIT_LOGS"]'), {
      name: '/aws/opensearch/records/AUDIT_LOGS',
      retention_in_days: 365,
      kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/logs',
    });
    assert.equal(config(parsed, 'module.search.aws_vpc_security_group_ingress_rule.this["anywhere"]').from_port, 443);
  });

  it('locates block values at the call arguments', () => {
    assert.equal(line(parsed, domain, ['config', 'encrypt_at_rest', 0, 'enabled']), lineOf(text, 'enabled    = false'));
    assert.equal(line(parsed, domain, ['config', 'domain_endpoint_options', 0, 'tls_security_policy']), lineOf(text, 'tls_security_policy'));
    assert.equal(line(parsed, domain, ['config', 'domain_endpoint_options', 0, 'enforce_https']), lineOf(text, 'domain_endpoint_options = {'));
    assert.equal(line(parsed, domain, ['config', 'log_publishing_options', 1]), lineOf(text, 'INDEX_SLOW_LOGS'));
    assert.equal(line(parsed, domain, []), 1);
  });

  it('uses the module defaults: encryption everywhere, HTTPS with TLS 1.2, the slow logs kept 60 days', () => {
    const defaults = module(call('d', OPENSEARCH, '1.7.0', '  domain_name = "d"'));
    const found = config(defaults, 'module.d.aws_opensearch_domain.this');
    assert.deepEqual(found.encrypt_at_rest, [{ enabled: true }]);
    assert.deepEqual(found.node_to_node_encryption, [{ enabled: true }]);
    assert.deepEqual(found.domain_endpoint_options, [{ enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-2-2019-07' }]);
    assert.deepEqual(
      (found.log_publishing_options as Array<Record<string, unknown>>).map((b) => b.log_type),
      ['INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS'],
    );
    assert.deepEqual(ids(defaults), ['module.d.aws_opensearch_domain.this', 'module.d.aws_cloudwatch_log_group.this["INDEX_SLOW_LOGS"]', 'module.d.aws_cloudwatch_log_group.this["SEARCH_SLOW_LOGS"]']);
    assert.deepEqual(config(defaults, 'module.d.aws_cloudwatch_log_group.this["SEARCH_SLOW_LOGS"]'), { name: '/aws/opensearch/d/SEARCH_SLOW_LOGS', retention_in_days: 60 });
  });

  it('keeps unknown objects and lists unknown', () => {
    const parsed = module(`${VARIABLES}${call('u', OPENSEARCH, '2.2.0', '  domain_name = "u"\n  encrypt_at_rest = var.object\n  node_to_node_encryption = { enabled = var.flag }\n  log_publishing_options = var.list')}`);
    const found = config(parsed, 'module.u.aws_opensearch_domain.this');
    const rest = (found.encrypt_at_rest as Array<Record<string, unknown>>)[0]!;
    assert.ok(isUnknown(rest.enabled));
    assert.ok(isUnknown((found.node_to_node_encryption as Array<Record<string, unknown>>)[0]!.enabled));
    assert.equal(found.log_publishing_options, undefined);
    assert.ok(Array.isArray((found.dynamic as Record<string, unknown>).log_publishing_options));
    assert.deepEqual(ids(parsed), ['module.u.aws_opensearch_domain.this']);
    // An unknown log type is kept in its block (it may be the audit log), and gets no log group.
    const typed = module(`${VARIABLES}${call('t', OPENSEARCH, '2.2.0', '  domain_name = "t"\n  log_publishing_options = [{ log_type = var.text }]')}`);
    assert.ok(isUnknown((config(typed, 'module.t.aws_opensearch_domain.this').log_publishing_options as Array<Record<string, unknown>>)[0]!.log_type));
    assert.deepEqual(ids(typed), ['module.t.aws_opensearch_domain.this']);
  });

  it('gives the log groups no retention when the call writes the retention as null', () => {
    // cloudwatch_log_group_retention_in_days is a nullable number: null reaches the log group (never expires), not 60 days.
    const parsed = module(call('n', OPENSEARCH, '2.2.0', '  domain_name = "n"\n  cloudwatch_log_group_retention_in_days = null\n  log_publishing_options = [{ log_type = "AUDIT_LOGS" }, { log_type = "INDEX_SLOW_LOGS", log_group_retention_in_days = 400 }]'));
    assert.deepEqual(config(parsed, 'module.n.aws_cloudwatch_log_group.this["AUDIT_LOGS"]'), { name: '/aws/opensearch/n/AUDIT_LOGS' });
    assert.equal(config(parsed, 'module.n.aws_cloudwatch_log_group.this["INDEX_SLOW_LOGS"]').retention_in_days, 400);
  });

  it('creates no log group when the call turns them off, and no security group outside a VPC', () => {
    assert.deepEqual(ids(module(call('n', OPENSEARCH, '2.2.0', '  domain_name = "n"\n  create_cloudwatch_log_groups = false\n  security_group_rules = { a = { cidr_ipv4 = "0.0.0.0/0" } }'))), ['module.n.aws_opensearch_domain.this']);
    assert.deepEqual(
      ids(module(`${VARIABLES}${call('v', OPENSEARCH, '2.2.0', '  domain_name = "v"\n  create_cloudwatch_log_groups = false\n  vpc_options = var.object\n  security_group_rules = { a = { cidr_ipv4 = "0.0.0.0/0" } }')}`)),
      ['module.v.aws_opensearch_domain.this'],
    );
  });

  it('creates nothing when the call is switched off, undecided or a submodule', () => {
    for (const body of ['  create = false', '  create = var.flag']) {
      assert.deepEqual(ids(module(`${VARIABLES}${call('o', OPENSEARCH, '2.2.0', `  domain_name = "o"\n  encrypt_at_rest = { enabled = false }\n${body}`)}`)), [], body);
    }
    assert.deepEqual(ids(module(call('o', `${OPENSEARCH}//modules/collection`, '2.2.0', '  name = "o"'))), []);
  });
});

describe('terraform-modules: terraform-aws-modules/redshift', () => {
  const text = `module "warehouse" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "6.1.0"

  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  kms_key_arn            = "arn:aws:kms:eu-central-1:111122223333:key/warehouse"
  create_random_password = false
  master_password        = "Warehouse-Password-1"

  parameter_group_parameters = {
    require_ssl = {
      name  = "require_ssl"
      value = "false"
    }
  }

  create_cloudwatch_log_group = true
  logging = {
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "useractivitylog"]
  }
}

module "legacy" {
  source  = "terraform-aws-modules/redshift/aws"
  version = "3.4.1"

  cluster_identifier      = "legacy"
  cluster_node_type       = "dc2.large"
  cluster_database_name   = "legacy"
  cluster_master_username = "admin"
  cluster_master_password = "Legacy-Password-1"
  vpc_security_group_ids  = ["sg-1"]
}

output "warehouse_arn" {
  value = module.warehouse.cluster_arn
}
`;
  const parsed = module(text);

  it('creates the cluster, the parameter group and a log group per exported log', () => {
    assert.deepEqual(ids(parsed), [
      'module.warehouse.aws_redshift_cluster.this',
      'module.warehouse.aws_redshift_parameter_group.this',
      'module.warehouse.aws_cloudwatch_log_group.this["connectionlog"]',
      'module.warehouse.aws_cloudwatch_log_group.this["useractivitylog"]',
      'module.legacy.aws_redshift_cluster.this',
      'module.legacy.aws_redshift_parameter_group.this',
    ]);
  });

  it('passes the defaults of version 4 and later and the written password when no random one replaces it', () => {
    const cluster = config(parsed, 'module.warehouse.aws_redshift_cluster.this');
    assert.equal(cluster.encrypted, true);
    assert.equal(cluster.kms_key_id, 'arn:aws:kms:eu-central-1:111122223333:key/warehouse');
    assert.equal(cluster.master_password, 'Warehouse-Password-1');
    assert.deepEqual(cluster.cluster_parameter_group_name, { __unknown__: 'module.warehouse.aws_redshift_parameter_group.this.id', refs: ['module.warehouse.aws_redshift_parameter_group.this.id'] });
    assert.deepEqual(config(parsed, 'module.warehouse.aws_redshift_parameter_group.this').parameter, [{ name: 'require_ssl', value: 'false' }]);
    // The module's default retention is 0 (never expire) in every released version that creates these groups (5.3.0 on).
    assert.deepEqual(config(parsed, 'module.warehouse.aws_cloudwatch_log_group.this["useractivitylog"]'), { name: '/aws/redshift/cluster/warehouse/useractivitylog', retention_in_days: 0 });
    assert.equal(config(parsed, 'module.warehouse.aws_redshift_parameter_group.this').family, 'redshift-1.0');
  });

  it('passes the defaults of version 3: unencrypted, and a parameter group without SSL', () => {
    const cluster = config(parsed, 'module.legacy.aws_redshift_cluster.this');
    assert.equal(cluster.encrypted, false);
    assert.equal(cluster.node_type, 'dc2.large');
    assert.equal(cluster.master_password, 'Legacy-Password-1');
    assert.deepEqual(config(parsed, 'module.legacy.aws_redshift_parameter_group.this').parameter, [{ name: 'require_ssl', value: 'false' }]);
  });

  it('locates values at the call arguments, and module defaults at the call', () => {
    assert.equal(line(parsed, 'module.warehouse.aws_redshift_cluster.this', ['config', 'master_password']), lineOf(text, 'master_password        ='));
    assert.equal(line(parsed, 'module.warehouse.aws_redshift_parameter_group.this', ['config', 'parameter', 0, 'value']), lineOf(text, 'value = "false"'));
    assert.equal(line(parsed, 'module.legacy.aws_redshift_cluster.this', ['config', 'master_password']), lineOf(text, 'cluster_master_password'));
    assert.equal(line(parsed, 'module.legacy.aws_redshift_cluster.this', ['config', 'encrypted']), lineOf(text, 'module "legacy"'));
  });

  it('lets an output of a call name the cluster', () => {
    const outputs = (JSON.parse(JSON.stringify(parsed.document)) as { outputs: Array<{ id: string; value: { refs: string[] } }> }).outputs;
    const output = outputs.find((o) => o.id === 'output.warehouse_arn');
    assert.ok(output?.value.refs.includes('module.warehouse.aws_redshift_cluster.this.arn'), JSON.stringify(output));
  });

  it('passes the password the module really passes, per version', () => {
    const cluster = (version: string | undefined, body: string): Record<string, unknown> =>
      config(module(`${VARIABLES}${call('w', REDSHIFT, version, `  cluster_identifier = "w"\n  node_type = "ra3.xlplus"\n${body}`)}`), 'module.w.aws_redshift_cluster.this');
    const written = '  master_password = "Written-1"';
    // Versions 4 to 6 generate one by default.
    assert.deepEqual(cluster('5.5.0', written).master_password, { __unknown__: 'module.w.random_password.master_password.result', refs: ['module.w.random_password.master_password.result'] });
    // Redshift manages it, or a snapshot is restored: none.
    const managed = cluster('6.1.0', `${written}\n  create_random_password = false\n  manage_master_password = true`);
    assert.equal(managed.master_password, undefined);
    assert.equal(managed.manage_master_password, true);
    assert.equal(cluster('6.1.0', `${written}\n  create_random_password = false\n  snapshot_identifier = "snap"`).master_password, undefined);
    assert.ok(isUnknown(cluster('6.1.0', `${written}\n  create_random_password = false\n  manage_master_password = var.flag`).master_password));
    // Version 7 has no random password.
    assert.equal(cluster('7.0.0', written).master_password, 'Written-1');
    assert.equal(cluster('7.0.0', '  master_password_wo = "Write-Only-1"').master_password_wo, 'Write-Only-1');
    // No version: the random-password default differs, so the written password is unknown.
    assert.ok(isUnknown(cluster(undefined, written).master_password));
    assert.equal(cluster(undefined, `${written}\n  create_random_password = false`).master_password, 'Written-1');
    assert.equal(cluster(undefined, '').master_password, undefined);
  });

  it('leaves the defaults of an unpinned version 2 or 3 call unknown', () => {
    const parsed = module(call('l', REDSHIFT, undefined, '  cluster_identifier = "l"\n  cluster_node_type = "dc2.large"\n  cluster_master_password = "Legacy-2"'));
    assert.ok(isUnknown(config(parsed, 'module.l.aws_redshift_cluster.this').encrypted));
    assert.equal(config(parsed, 'module.l.aws_redshift_cluster.this').master_password, 'Legacy-2');
    assert.ok(isUnknown((config(parsed, 'module.l.aws_redshift_parameter_group.this').parameter as Array<Record<string, unknown>>)[0]!.value));
    // Version 3 with an existing parameter group: none is created.
    const named = module(call('l', REDSHIFT, '3.4.1', '  cluster_identifier = "l"\n  cluster_node_type = "dc2.large"\n  parameter_group_name = "shared"'));
    assert.deepEqual(ids(named), ['module.l.aws_redshift_cluster.this']);
    assert.equal(config(named, 'module.l.aws_redshift_cluster.this').cluster_parameter_group_name, 'shared');
  });

  it('uses the given or the default parameter group when the call creates none, and leaves an undecided one unknown', () => {
    const group = (body: string): { ids: string[]; name: unknown } => {
      const parsed = module(`${VARIABLES}${call('w', REDSHIFT, '6.1.0', `  cluster_identifier = "w"\n${body}`)}`);
      return { ids: ids(parsed), name: config(parsed, 'module.w.aws_redshift_cluster.this').cluster_parameter_group_name };
    };
    assert.deepEqual(group('  create_parameter_group = false\n  parameter_group_name = "shared"'), { ids: ['module.w.aws_redshift_cluster.this'], name: 'shared' });
    assert.deepEqual(group('  create_parameter_group = false'), { ids: ['module.w.aws_redshift_cluster.this'], name: undefined });
    const undecidedGroup = group('  create_parameter_group = var.flag');
    assert.deepEqual(undecidedGroup.ids, ['module.w.aws_redshift_cluster.this']);
    assert.ok(isUnknown(undecidedGroup.name));
  });

  it('passes arguments written as null on as the module does', () => {
    const parsed = (version: string, body: string): ReturnType<typeof module> => module(call('w', REDSHIFT, version, `  cluster_identifier = "w"\n${body}`));
    // Version 3: encrypted = null reaches the cluster as null (the provider's default, not the module's false, applies).
    const legacy = parsed('3.4.1', '  cluster_node_type = "dc2.large"\n  encrypted = null\n  require_ssl = null');
    assert.ok(isUnknown(config(legacy, 'module.w.aws_redshift_cluster.this').encrypted));
    assert.ok(isUnknown((config(legacy, 'module.w.aws_redshift_parameter_group.this').parameter as Array<Record<string, unknown>>)[0]!.value));
    assert.equal(config(legacy, 'module.w.aws_redshift_parameter_group.this').family, 'redshift-1.0');
    // A log group retention written null: none (never expires).
    const logs = parsed('6.1.0', '  create_cloudwatch_log_group = true\n  cloudwatch_log_group_retention_in_days = null\n  logging = { log_exports = ["connectionlog"] }');
    assert.deepEqual(config(logs, 'module.w.aws_cloudwatch_log_group.this["connectionlog"]'), { name: '/aws/redshift/cluster/w/connectionlog' });
    // Version 7 defaults the parameter group family to redshift-2.0.
    assert.equal(config(parsed('7.0.0', ''), 'module.w.aws_redshift_parameter_group.this').family, 'redshift-2.0');
  });

  it('creates the security group rules of version 7, on the cluster port unless a rule gives its ports', () => {
    const parsed = (version: string | undefined, body: string): ReturnType<typeof module> =>
      module(call('w', REDSHIFT, version, `  cluster_identifier = "w"\n  manage_master_password = true\n  vpc_id = "vpc-1"\n${body}`));
    const rules = '  security_group_ingress_rules = {\n    anywhere = { cidr_ipv4 = "0.0.0.0/0" }\n    bi = { cidr_ipv4 = "10.0.0.0/8", from_port = 5440 }\n  }';
    const v7 = parsed('7.0.0', rules);
    assert.deepEqual(ids(v7).filter((id) => id.includes('security_group')), [
      'module.w.aws_security_group.this',
      'module.w.aws_vpc_security_group_ingress_rule.this["anywhere"]',
      'module.w.aws_vpc_security_group_ingress_rule.this["bi"]',
    ]);
    const open = config(v7, 'module.w.aws_vpc_security_group_ingress_rule.this["anywhere"]');
    assert.deepEqual([open.ip_protocol, open.cidr_ipv4, open.from_port, open.to_port], ['tcp', '0.0.0.0/0', 5439, 5439]);
    assert.deepEqual([config(v7, 'module.w.aws_vpc_security_group_ingress_rule.this["bi"]').from_port, config(v7, 'module.w.aws_vpc_security_group_ingress_rule.this["bi"]').to_port], [5440, 5440]);
    assert.equal(config(parsed('7.0.0', `  port = 5500\n${rules}`), 'module.w.aws_vpc_security_group_ingress_rule.this["anywhere"]').from_port, 5500);
    // Versions before 7 create no security group; without a version, the argument tells.
    assert.deepEqual(ids(parsed('6.1.0', '')).filter((id) => id.includes('security_group')), []);
    assert.deepEqual(ids(parsed(undefined, rules)).filter((id) => id.includes('ingress_rule')), [
      'module.w.aws_vpc_security_group_ingress_rule.this["anywhere"]',
      'module.w.aws_vpc_security_group_ingress_rule.this["bi"]',
    ]);
    assert.deepEqual(ids(parsed('7.0.0', `  create_security_group = false\n${rules}`)).filter((id) => id.includes('security_group')), []);
  });

  it('creates nothing when the call is switched off, undecided, a version 1 call or a submodule', () => {
    for (const body of ['  create = false', '  create = var.flag']) {
      assert.deepEqual(ids(module(`${VARIABLES}${call('w', REDSHIFT, '6.1.0', `  cluster_identifier = "w"\n  encrypted = false\n${body}`)}`)), [], body);
    }
    assert.deepEqual(ids(module(call('w', REDSHIFT, '1.7.0', '  cluster_identifier = "w"\n  cluster_node_type = "dc2.large"'))), []);
    assert.deepEqual(ids(module(call('w', `${REDSHIFT}//modules/x`, '6.1.0', '  cluster_identifier = "w"'))), []);
  });
});
