// The models of terraform-aws-modules/msk-kafka-cluster, apigateway-v2 and
// ssm-parameter in src/parsers/terraform-modules: the resources a call
// creates, their values (with the module's defaults per major version), what
// stays unknown, calls that create nothing, the outputs that name a created
// resource, and where a finding on a value is shown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, isUnknown, lineOf, loadModule as module, locatedLine } from '../helpers/terraform-modules.js';

describe('terraform-modules: which msk, apigateway-v2 and ssm-parameter sources are modelled', () => {
  it('reads the registry addresses and GitHub sources', () => {
    const cases: Array<[string, string, string, number | undefined]> = [
      ['terraform-aws-modules/msk-kafka-cluster/aws', 'terraform-aws-modules/msk-kafka-cluster/aws', '', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-msk-kafka-cluster.git?ref=v2.6.0', 'terraform-aws-modules/msk-kafka-cluster/aws', '', 2],
      ['terraform-aws-modules/apigateway-v2/aws', 'terraform-aws-modules/apigateway-v2/aws', '', undefined],
      ['github.com/terraform-aws-modules/terraform-aws-apigateway-v2?ref=v5.2.0', 'terraform-aws-modules/apigateway-v2/aws', '', 5],
      ['terraform-aws-modules/ssm-parameter/aws', 'terraform-aws-modules/ssm-parameter/aws', '', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-ssm-parameter.git?ref=v1.1.2', 'terraform-aws-modules/ssm-parameter/aws', '', 1],
    ];
    for (const [source, address, submodule, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, address, source);
      assert.equal(found?.submodule, submodule, source);
      assert.equal(found?.ref?.major, major, source);
    }
  });
});

const MSK = `variable "client_broker" {
  type = string
}

variable "log_group" {
  type = bool
}

module "events" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                                   = "events"
  encryption_at_rest_kms_key_arn         = "arn:aws:kms:eu-central-1:111122223333:key/events"
  cloudwatch_log_group_retention_in_days = "400"
  cloudwatch_log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
}

module "plain" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "3.0.0"

  name                                = "plain"
  encryption_in_transit_client_broker = "PLAINTEXT"
  encryption_in_transit_in_cluster    = "false"
}

module "defaults" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 1.2"
}

module "nulls" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                                   = "nulls"
  encryption_in_transit_client_broker    = null
  encryption_in_transit_in_cluster       = null
  cloudwatch_log_group_retention_in_days = null
}

module "pipeline" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                                = "pipeline"
  encryption_in_transit_client_broker = var.client_broker
  create_cloudwatch_log_group         = var.log_group
}

module "off" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  create                              = false
  encryption_in_transit_client_broker = "TLS_PLAINTEXT"
}

module "serverless" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws//modules/serverless"
  version = "~> 2.6"
  name    = "serverless"
}

resource "aws_cloudwatch_metric_alarm" "lag" {
  alarm_name = "lag"
  dimensions = {
    Cluster = module.events.arn
  }
}
`;

describe('terraform-modules: terraform-aws-modules/msk-kafka-cluster', () => {
  const parsed = module(MSK);

  it('creates the cluster and, unless switched off, its log group; nothing when create is false or for the serverless submodule', () => {
    assert.deepEqual(ids(parsed, 'module.events'), ['module.events.aws_msk_cluster.this', 'module.events.aws_cloudwatch_log_group.this']);
    assert.deepEqual(ids(parsed, 'module.defaults'), ['module.defaults.aws_msk_cluster.this', 'module.defaults.aws_cloudwatch_log_group.this']);
    assert.deepEqual(ids(parsed, 'module.pipeline'), ['module.pipeline.aws_msk_cluster.this']);
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.serverless'), []);
  });

  it('leaves the transit settings to the provider (TLS, true) unless given; converts "false"; keeps an unknown', () => {
    assert.deepEqual(config(parsed, 'module.events.aws_msk_cluster.this').encryption_info, [
      { encryption_in_transit: [{}], encryption_at_rest_kms_key_arn: 'arn:aws:kms:eu-central-1:111122223333:key/events' },
    ]);
    assert.deepEqual(config(parsed, 'module.plain.aws_msk_cluster.this').encryption_info, [{ encryption_in_transit: [{ client_broker: 'PLAINTEXT', in_cluster: false }] }]);
    assert.deepEqual(config(parsed, 'module.nulls.aws_msk_cluster.this').encryption_info, [{ encryption_in_transit: [{}] }]);
    assert.equal(config(parsed, 'module.defaults.aws_msk_cluster.this').cluster_name, 'msk');
    const pipeline = config(parsed, 'module.pipeline.aws_msk_cluster.this').encryption_info as Array<{ encryption_in_transit: Array<{ client_broker: unknown }> }>;
    assert.ok(isUnknown(pipeline[0]!.encryption_in_transit[0]!.client_broker));
  });

  it('gives the log group the module\'s defaults: retention 0, no key; an explicit null retention is none', () => {
    assert.deepEqual(config(parsed, 'module.events.aws_cloudwatch_log_group.this'), {
      name: '/aws/msk/events',
      retention_in_days: 400,
      kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/logs',
    });
    assert.deepEqual(config(parsed, 'module.defaults.aws_cloudwatch_log_group.this'), { name: '/aws/msk/msk', retention_in_days: 0 });
    assert.deepEqual(config(parsed, 'module.nulls.aws_cloudwatch_log_group.this'), { name: '/aws/msk/nulls' });
  });

  it('lets arn name the cluster, and locates the transit settings at their arguments', () => {
    assert.deepEqual(config(parsed, 'aws_cloudwatch_metric_alarm.lag').dimensions, {
      Cluster: { __unknown__: 'module.events.arn', refs: ['module.events.arn', 'module.events.aws_msk_cluster.this.arn'] },
    });
    const transit = ['config', 'encryption_info', 0, 'encryption_in_transit', 0];
    assert.equal(locatedLine(parsed, 'module.plain.aws_msk_cluster.this', [...transit, 'client_broker']), lineOf(MSK, 'encryption_in_transit_client_broker = "PLAINTEXT"'));
    assert.equal(locatedLine(parsed, 'module.plain.aws_msk_cluster.this', [...transit, 'in_cluster']), lineOf(MSK, 'encryption_in_transit_in_cluster    = "false"'));
    assert.equal(locatedLine(parsed, 'module.defaults.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(MSK, 'module "defaults"'));
    assert.equal(locatedLine(parsed, 'module.events.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(MSK, '= "400"'));
  });
});

// Public access (main.tf: broker_node_group_info's dynamic "connectivity_info"
// over broker_node_connectivity_info, with public_access { type }): `any`,
// default {} in version 2; an object with optional attributes, default
// null, in version 3.
const MSK_PUBLIC = `variable "connectivity" {
  type = any
}

variable "access_type" {
  type = string
}

module "public" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name                        = "public"
  broker_node_instance_type   = "kafka.m5.large"
  broker_node_client_subnets  = ["subnet-0a1", "subnet-0b2"]
  broker_node_security_groups = ["sg-0123"]
  broker_node_connectivity_info = {
    public_access = {
      type = "SERVICE_PROVIDED_EIPS" # public
    }
    vpc_connectivity = {
      client_authentication = {
        sasl = { iam = true }
      }
    }
  }
}

module "disabled" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "3.0.0"

  name = "disabled"
  broker_node_connectivity_info = {
    public_access = { type = "DISABLED" }
  }
}

module "vpc_only" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"

  name = "vpc-only"
  broker_node_connectivity_info = {
    vpc_connectivity = {
      client_authentication = { tls = true }
    }
  }
}

module "empty" {
  source                        = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                       = "~> 2.6"
  name                          = "empty"
  broker_node_connectivity_info = {}
}

module "null_info" {
  source                        = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                       = "3.0.0"
  name                          = "null-info"
  broker_node_connectivity_info = null
}

module "pipeline_info" {
  source                        = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                       = "~> 2.6"
  name                          = "pipeline-info"
  broker_node_connectivity_info = var.connectivity
}

module "pipeline_type" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"
  name    = "pipeline-type"
  broker_node_connectivity_info = {
    public_access = { type = var.access_type }
  }
}

module "public_off" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "~> 2.6"
  create  = false
  name    = "public-off"
  broker_node_connectivity_info = {
    public_access = { type = "SERVICE_PROVIDED_EIPS" }
  }
}
`;

describe('terraform-modules: terraform-aws-modules/msk-kafka-cluster public access', () => {
  const parsed = module(MSK_PUBLIC);
  const group = (call: string): Record<string, unknown> => (config(parsed, `module.${call}.aws_msk_cluster.this`).broker_node_group_info as Array<Record<string, unknown>>)[0]!;

  it('carries broker_node_connectivity_info into broker_node_group_info\'s connectivity_info, with the arguments given', () => {
    assert.deepEqual(group('public'), {
      instance_type: 'kafka.m5.large',
      client_subnets: ['subnet-0a1', 'subnet-0b2'],
      security_groups: ['sg-0123'],
      connectivity_info: [{ public_access: [{ type: 'SERVICE_PROVIDED_EIPS' }] }],
    });
    assert.deepEqual(group('disabled'), { connectivity_info: [{ public_access: [{ type: 'DISABLED' }] }] });
    assert.deepEqual(group('vpc_only'), { connectivity_info: [{}] });
  });

  it('gives no connectivity_info when the argument is absent, empty or null; keeps an unknown argument or type', () => {
    assert.deepEqual(group('empty'), {});
    assert.deepEqual(group('null_info'), {});
    assert.ok(isUnknown(group('pipeline_info').connectivity_info));
    const typed = group('pipeline_type').connectivity_info as Array<{ public_access: Array<{ type: unknown }> }>;
    assert.ok(isUnknown(typed[0]!.public_access[0]!.type));
    assert.deepEqual(ids(parsed, 'module.public_off'), []);
  });

  it('locates the public access type at the type the call writes', () => {
    const path = ['config', 'broker_node_group_info', 0, 'connectivity_info', 0, 'public_access', 0, 'type'];
    assert.equal(locatedLine(parsed, 'module.public.aws_msk_cluster.this', path), lineOf(MSK_PUBLIC, '"SERVICE_PROVIDED_EIPS" # public'));
    assert.equal(locatedLine(parsed, 'module.disabled.aws_msk_cluster.this', path), lineOf(MSK_PUBLIC, '{ type = "DISABLED" }'));
  });
});

const APIGW = `variable "logs" {
  type = any
}

module "v5_default" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"
  name    = "v5-default"
}

module "v5_given" {
  source     = "terraform-aws-modules/apigateway-v2/aws"
  version    = "5.2.0"
  name       = "v5-given"
  stage_name = "prod"

  stage_access_log_settings = {
    log_group_name              = "/clinic/api"
    log_group_retention_in_days = 400
    log_group_kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/logs"
  }
}

module "v5_external" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 6.0"

  create_domain_name = true
  domain_name        = "api.clinic.example"

  stage_access_log_settings = {
    create_log_group = false
    destination_arn  = "arn:aws:logs:eu-central-1:111122223333:log-group:api"
    format           = "$context.requestId"
  }
}

module "v5_null" {
  source                    = "terraform-aws-modules/apigateway-v2/aws"
  version                   = "~> 5.0"
  stage_access_log_settings = null
}

module "v5_pipeline" {
  source                    = "terraform-aws-modules/apigateway-v2/aws"
  version                   = "~> 5.0"
  stage_access_log_settings = var.logs
}

module "v4_none" {
  source                 = "terraform-aws-modules/apigateway-v2/aws"
  version                = "4.0.0"
  create_api_domain_name = false
}

module "v4_logged" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 4.0"

  domain_name                              = "portal.clinic.example"
  default_stage_access_log_destination_arn = "arn:aws:logs:eu-central-1:111122223333:log-group:portal"
  default_stage_access_log_format          = "$context.requestId"
}

module "v4_no_format" {
  source                                   = "terraform-aws-modules/apigateway-v2/aws"
  version                                  = "~> 4.0"
  create_api_domain_name                   = false
  default_stage_access_log_destination_arn = "arn:aws:logs:eu-central-1:111122223333:log-group:portal"
}

module "unpinned" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = ">= 4.0"
}

module "off" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"
  create  = false
}

module "no_api" {
  source             = "terraform-aws-modules/apigateway-v2/aws"
  version            = "~> 4.0"
  create_api_gateway = false
}

module "no_stage" {
  source       = "terraform-aws-modules/apigateway-v2/aws"
  version      = "~> 5.0"
  create_stage = false
}
`;

describe('terraform-modules: terraform-aws-modules/apigateway-v2', () => {
  const parsed = module(APIGW);
  const stageLogs = (id: string): unknown => config(parsed, id).access_log_settings;

  it('creates the API, the stage, the version-5 access-log group and the domain name by each version\'s switches', () => {
    assert.deepEqual(ids(parsed, 'module.v5_default'), [
      'module.v5_default.aws_apigatewayv2_api.this',
      'module.v5_default.aws_apigatewayv2_stage.this',
      'module.v5_default.aws_cloudwatch_log_group.this',
    ]);
    assert.deepEqual(ids(parsed, 'module.v5_external'), [
      'module.v5_external.aws_apigatewayv2_api.this',
      'module.v5_external.aws_apigatewayv2_stage.this',
      'module.v5_external.aws_apigatewayv2_domain_name.this',
    ]);
    assert.deepEqual(ids(parsed, 'module.v4_none'), ['module.v4_none.aws_apigatewayv2_api.this', 'module.v4_none.aws_apigatewayv2_stage.default']);
    assert.deepEqual(ids(parsed, 'module.v4_logged'), [
      'module.v4_logged.aws_apigatewayv2_api.this',
      'module.v4_logged.aws_apigatewayv2_stage.default',
      'module.v4_logged.aws_apigatewayv2_domain_name.this',
    ]);
    // Unpinned: the stage exists in both readings, the log group and the domain name only in one.
    assert.deepEqual(ids(parsed, 'module.unpinned'), ['module.unpinned.aws_apigatewayv2_api.this', 'module.unpinned.aws_apigatewayv2_stage.this']);
    assert.deepEqual(ids(parsed, 'module.v5_null'), ['module.v5_null.aws_apigatewayv2_api.this', 'module.v5_null.aws_apigatewayv2_stage.this']);
    assert.deepEqual(ids(parsed, 'module.v5_pipeline'), ['module.v5_pipeline.aws_apigatewayv2_api.this', 'module.v5_pipeline.aws_apigatewayv2_stage.this']);
    assert.deepEqual(ids(parsed, 'module.no_stage'), ['module.no_stage.aws_apigatewayv2_api.this']);
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.no_api'), []);
  });

  it('sends version-5 access logs to the module\'s log group by default, with its 30-day retention', () => {
    const logs = stageLogs('module.v5_default.aws_apigatewayv2_stage.this') as Array<{ destination_arn: unknown }>;
    assert.deepEqual((logs[0]!.destination_arn as { refs: string[] }).refs, ['module.v5_default.aws_cloudwatch_log_group.this.arn']);
    const group = config(parsed, 'module.v5_default.aws_cloudwatch_log_group.this');
    assert.equal(group.retention_in_days, 30);
    assert.equal(group.kms_key_id, undefined);
    assert.deepEqual(
      { ...config(parsed, 'module.v5_given.aws_cloudwatch_log_group.this') },
      { name: '/clinic/api', retention_in_days: 400, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/logs' },
    );
    assert.equal(config(parsed, 'module.v5_given.aws_apigatewayv2_stage.this').name, 'prod');
    const external = stageLogs('module.v5_external.aws_apigatewayv2_stage.this') as Array<Record<string, unknown>>;
    assert.deepEqual(external, [{ destination_arn: 'arn:aws:logs:eu-central-1:111122223333:log-group:api', format: '$context.requestId' }]);
  });

  it('gives the version-4 stage access logs only with a destination; leaves undecided settings unknown, never absent', () => {
    assert.equal(stageLogs('module.v4_none.aws_apigatewayv2_stage.default'), undefined);
    assert.deepEqual(stageLogs('module.v4_logged.aws_apigatewayv2_stage.default'), [
      { destination_arn: 'arn:aws:logs:eu-central-1:111122223333:log-group:portal', format: '$context.requestId' },
    ]);
    for (const id of ['module.v4_no_format.aws_apigatewayv2_stage.default', 'module.unpinned.aws_apigatewayv2_stage.this', 'module.v5_null.aws_apigatewayv2_stage.this', 'module.v5_pipeline.aws_apigatewayv2_stage.this']) {
      const logs = stageLogs(id) as Array<{ destination_arn: unknown }> | undefined;
      assert.ok(logs !== undefined && isUnknown(logs[0]!.destination_arn), id);
    }
  });

  it('sets the domain name\'s security policy to TLS_1_2, as every version does', () => {
    const domain = config(parsed, 'module.v5_external.aws_apigatewayv2_domain_name.this');
    assert.equal(domain.domain_name, 'api.clinic.example');
    assert.equal((domain.domain_name_configuration as Array<{ security_policy: string }>)[0]!.security_policy, 'TLS_1_2');
  });

  it('locates a missing access-log block at the call, and the log group\'s retention at its argument', () => {
    assert.equal(locatedLine(parsed, 'module.v4_none.aws_apigatewayv2_stage.default', ['config']), lineOf(APIGW, 'module "v4_none"'));
    assert.equal(locatedLine(parsed, 'module.v5_given.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(APIGW, 'log_group_retention_in_days = 400'));
    assert.equal(locatedLine(parsed, 'module.v5_default.aws_cloudwatch_log_group.this', ['config', 'retention_in_days']), lineOf(APIGW, 'module "v5_default"'));
  });
});

const SSM = `variable "secure" {
  type = bool
}

variable "password" {
  type      = string
  sensitive = true
}

module "db_password" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"
  name    = "/clinic/db/password"
  value   = var.password
}

module "api_token" {
  source      = "terraform-aws-modules/ssm-parameter/aws"
  version     = "~> 2.0"
  name        = "/clinic/api/token"
  value       = var.password
  secure_type = true
  key_id      = "alias/config"
}

module "hosts" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"
  name    = "/clinic/hosts"
  values  = ["a", "b"]
}

module "typed" {
  source      = "terraform-aws-modules/ssm-parameter/aws"
  version     = "~> 1.1"
  name        = "/clinic/smtp/password"
  type        = "String"
  secure_type = true
  key_id      = "alias/config"
}

module "nulls" {
  source      = "terraform-aws-modules/ssm-parameter/aws"
  version     = "~> 1.1"
  name        = "/clinic/null/secret"
  type        = null
  secure_type = null
}

module "pipeline" {
  source      = "terraform-aws-modules/ssm-parameter/aws"
  version     = "~> 1.1"
  name        = "/clinic/pipeline/secret"
  secure_type = var.secure
}

module "ignored" {
  source               = "terraform-aws-modules/ssm-parameter/aws"
  version              = "~> 1.1"
  name                 = "/clinic/ignored"
  ignore_value_changes = true
}

module "off" {
  source  = "terraform-aws-modules/ssm-parameter/aws"
  version = "~> 1.1"
  create  = false
  name    = "/clinic/off/password"
  type    = "String"
}

resource "aws_iam_policy" "read" {
  name   = "read"
  policy = module.db_password.ssm_parameter_arn
}
`;

describe('terraform-modules: terraform-aws-modules/ssm-parameter', () => {
  const parsed = module(SSM);
  const type = (id: string): unknown => config(parsed, id).type;

  it('creates the parameter (as ignore_value when value changes are ignored), and nothing when create is false', () => {
    assert.deepEqual(ids(parsed, 'module.db_password'), ['module.db_password.aws_ssm_parameter.this']);
    assert.deepEqual(ids(parsed, 'module.ignored'), ['module.ignored.aws_ssm_parameter.ignore_value']);
    assert.deepEqual(ids(parsed, 'module.off'), []);
  });

  it('computes the type as the module does: type, else StringList for values, else SecureString or String by secure_type', () => {
    assert.equal(type('module.db_password.aws_ssm_parameter.this'), 'String');
    assert.equal(type('module.api_token.aws_ssm_parameter.this'), 'SecureString');
    assert.equal(config(parsed, 'module.api_token.aws_ssm_parameter.this').key_id, 'alias/config');
    assert.equal(type('module.hosts.aws_ssm_parameter.this'), 'StringList');
    assert.equal(type('module.typed.aws_ssm_parameter.this'), 'String');
    assert.equal(config(parsed, 'module.typed.aws_ssm_parameter.this').key_id, undefined);
    assert.equal(type('module.nulls.aws_ssm_parameter.this'), 'String');
    assert.ok(isUnknown(type('module.pipeline.aws_ssm_parameter.this')));
    assert.equal(config(parsed, 'module.db_password.aws_ssm_parameter.this').name, '/clinic/db/password');
  });

  it('lets ssm_parameter_arn name the parameter, and locates the type at the argument it came from', () => {
    assert.deepEqual(config(parsed, 'aws_iam_policy.read').policy, {
      __unknown__: 'module.db_password.ssm_parameter_arn',
      refs: ['module.db_password.aws_ssm_parameter.this.arn', 'module.db_password.ssm_parameter_arn'],
    });
    assert.equal(locatedLine(parsed, 'module.typed.aws_ssm_parameter.this', ['config', 'type']), lineOf(SSM, 'type        = "String"'));
    assert.equal(locatedLine(parsed, 'module.db_password.aws_ssm_parameter.this', ['config', 'type']), lineOf(SSM, 'module "db_password"'));
  });
});

// The wrappers create one module per `items` entry, with `defaults`: modelled
// as the root module, a version-4 call would get a stage without access logs
// whatever the items say.
const WRAPPERS = `module "api_wrappers" {
  source  = "terraform-aws-modules/apigateway-v2/aws//wrappers"
  version = "4.0.0"
  defaults = {
    default_stage_access_log_destination_arn = "arn:aws:logs:eu-central-1:111122223333:log-group:api"
    default_stage_access_log_format          = "$context.requestId"
  }
  items = {
    portal = { name = "portal" }
  }
}

module "ssm_wrappers" {
  source  = "terraform-aws-modules/ssm-parameter/aws//wrappers"
  version = "1.1.2"
  defaults = {
    secure_type = true
  }
  items = {
    db_password = { name = "/clinic/prod/db/password" }
  }
}
`;

describe('terraform-modules: apigateway-v2 and ssm-parameter wrappers', () => {
  it('creates nothing for a wrappers call (it does not create the root module\'s resources)', () => {
    const parsed = module(WRAPPERS);
    for (const call of ['api_wrappers', 'ssm_wrappers']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
  });
});

// Broker logs (main.tf: logging_info { broker_logs { cloudwatch_logs, firehose, s3 } }, each
// enabled by its variable, false by default; no block for Express brokers).
const MSK_LOGS = `variable "instance_type" {
  type = string
}

module "logged" {
  source                  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                 = "2.6.0"
  name                    = "logged"
  cloudwatch_logs_enabled = true
}

module "quiet" {
  source  = "terraform-aws-modules/msk-kafka-cluster/aws"
  version = "2.6.0"
  name    = "quiet"
}

module "express" {
  source                    = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                   = "2.11.0"
  name                      = "express"
  broker_node_instance_type = "express.m7g.large"
}

module "chosen" {
  source                    = "terraform-aws-modules/msk-kafka-cluster/aws"
  version                   = "2.11.0"
  name                      = "chosen"
  broker_node_instance_type = var.instance_type
}
`;

describe('terraform-modules: terraform-aws-modules/msk-kafka-cluster broker logs', () => {
  const parsed = module(MSK_LOGS);
  const logs = (cw: unknown, fh: unknown, s3: unknown): unknown => [{ broker_logs: [{ cloudwatch_logs: [{ enabled: cw }], firehose: [{ enabled: fh }], s3: [{ enabled: s3 }] }] }];

  it('writes every destination, enabled as the call says and false by default; none for Express brokers; unknown with the instance type', () => {
    assert.deepEqual(config(parsed, 'module.logged.aws_msk_cluster.this').logging_info, logs(true, false, false));
    assert.deepEqual(config(parsed, 'module.quiet.aws_msk_cluster.this').logging_info, logs(false, false, false));
    assert.equal('logging_info' in config(parsed, 'module.express.aws_msk_cluster.this'), false);
    const chosen = config(parsed, 'module.chosen.aws_msk_cluster.this') as { dynamic?: { logging_info?: Array<{ for_each: unknown }> } };
    assert.ok(isUnknown(chosen.dynamic?.logging_info?.[0]?.for_each));
  });

  it('reports the cluster that sends its broker logs nowhere, at the call', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'main.tf': MSK_LOGS });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId === 'EVD-TF-244').map((f) => [f.resource, f.location.startLine]),
        [['module.quiet.aws_msk_cluster.this', lineOf(MSK_LOGS, 'module "quiet"')]],
      );
    } finally {
      cleanup();
    }
  });
});
