// The models of terraform-aws-modules/lambda, ecr and secrets-manager in
// src/parsers/terraform-modules: the resources a call creates, their values
// (with the module's defaults per version), what stays unknown, calls that
// create nothing, the outputs that name a created resource, and where a
// finding on a value is shown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, isUnknown, lineOf, locatedLine, loadModule as module } from '../helpers/terraform-modules.js';

describe('terraform-modules: which lambda, ecr and secrets-manager sources are modelled', () => {
  it('reads the registry addresses and GitHub sources', () => {
    const cases: Array<[string, string, number | undefined]> = [
      ['terraform-aws-modules/lambda/aws', 'terraform-aws-modules/lambda/aws', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-lambda.git?ref=v7.20.1', 'terraform-aws-modules/lambda/aws', 7],
      ['terraform-aws-modules/ecr/aws', 'terraform-aws-modules/ecr/aws', undefined],
      ['github.com/terraform-aws-modules/terraform-aws-ecr?ref=v2.3.0', 'terraform-aws-modules/ecr/aws', 2],
      ['registry.terraform.io/terraform-aws-modules/secrets-manager/aws', 'terraform-aws-modules/secrets-manager/aws', undefined],
      ['git@github.com:terraform-aws-modules/terraform-aws-secrets-manager.git?ref=v1.3.1', 'terraform-aws-modules/secrets-manager/aws', 1],
    ];
    for (const [source, address, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, address, source);
      assert.equal(found?.ref?.major, major, source);
    }
  });
});

const LAMBDA = `variable "trigger_principal" {
  type = string
}

variable "create_intake" {
  type = bool
}

module "intake" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "7.20.1"
  function_name = "intake"
  handler       = "index.handler"
  runtime       = "python3.12"

  cloudwatch_logs_retention_in_days = 30

  allowed_triggers = {
    Public = {
      principal = "*"
    }
    Partner = {
      principal      = "*"
      source_account = "444455556666"
    }
    Bucket = {
      service    = "s3"
      source_arn = "arn:aws:s3:::clinic-uploads"
    }
    Pipeline = {
      principal = var.trigger_principal
    }
    Url = {
      principal              = "*"
      action                 = "lambda:InvokeFunctionUrl"
      function_url_auth_type = "NONE"
    }
  }
}

module "quiet" {
  source                                  = "terraform-aws-modules/lambda/aws"
  version                                 = "~> 6.5"
  function_name                           = "quiet"
  cloudwatch_logs_retention_in_days       = "400"
  cloudwatch_logs_kms_key_id              = "arn:aws:kms:eu-central-1:111122223333:key/logs"
  create_current_version_allowed_triggers = false
  allowed_triggers = {
    Events = {
      principal  = "events.amazonaws.com"
      source_arn = "arn:aws:events:eu-central-1:111122223333:rule/nightly"
    }
  }
}

module "existing_logs" {
  source                            = "terraform-aws-modules/lambda/aws"
  version                           = "7.20.1"
  function_name                     = "existing"
  use_existing_cloudwatch_log_group = true
}

module "old_api" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "1.30.0"
  function_name = "old-api"
  allowed_triggers = {
    Api = {
      principal = "*"
      service   = "apigateway"
      arn       = "arn:aws:execute-api:eu-central-1:111122223333:abc123"
    }
  }
}

module "very_old" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "1.5.0"
  function_name = "very-old"
  allowed_triggers = {
    Open = { principal = "*" }
  }
}

module "first" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "1.1.0"
  function_name = "first"
  allowed_triggers = {
    Open = { principal = "*" }
  }
}

module "unpinned" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "unpinned"
  allowed_triggers = {
    Open = { principal = "*" }
  }
}

module "off" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "7.20.1"
  create        = false
  function_name = "off"
  allowed_triggers = {
    Open = { principal = "*" }
  }
}

module "maybe" {
  source          = "terraform-aws-modules/lambda/aws"
  version         = "7.20.1"
  create_function = var.create_intake
  function_name   = "maybe"
}

module "layer" {
  source       = "terraform-aws-modules/lambda/aws"
  version      = "7.20.1"
  create_layer = true
  layer_name   = "shared"
}

module "null_switch" {
  source                            = "terraform-aws-modules/lambda/aws"
  version                           = "7.20.1"
  function_name                     = "null-switch"
  use_existing_cloudwatch_log_group = null
}

module "pipeline_triggers" {
  source           = "terraform-aws-modules/lambda/aws"
  version          = "7.20.1"
  function_name    = "pipeline"
  allowed_triggers = var.triggers
}

resource "aws_cloudwatch_log_subscription_filter" "intake" {
  name            = "intake"
  log_group_name  = module.intake.lambda_cloudwatch_log_group_name
  filter_pattern  = ""
  destination_arn = module.intake.lambda_function_arn
}
`;

describe('terraform-modules: terraform-aws-modules/lambda', () => {
  const parsed = module(LAMBDA);
  const permission = (call: string, kind: string, key: string): Record<string, unknown> => config(parsed, `module.${call}.aws_lambda_permission.${kind}["${key}"]`);
  const group = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_cloudwatch_log_group.lambda`);

  it('creates the function, two permissions per allowed trigger and the log group', () => {
    const keys = ['Public', 'Partner', 'Bucket', 'Pipeline', 'Url'];
    assert.deepEqual(ids(parsed, 'module.intake'), [
      'module.intake.aws_lambda_function.this',
      ...keys.map((k) => `module.intake.aws_lambda_permission.current_version_triggers["${k}"]`),
      ...keys.map((k) => `module.intake.aws_lambda_permission.unqualified_alias_triggers["${k}"]`),
      'module.intake.aws_cloudwatch_log_group.lambda',
    ]);
    // create_current_version_allowed_triggers = false: only the unqualified permission.
    assert.deepEqual(ids(parsed, 'module.quiet'), [
      'module.quiet.aws_lambda_function.this',
      'module.quiet.aws_lambda_permission.unqualified_alias_triggers["Events"]',
      'module.quiet.aws_cloudwatch_log_group.lambda',
    ]);
  });

  it('builds each permission from its entry: principal, service principal, narrowing arguments', () => {
    const open = permission('intake', 'current_version_triggers', 'Public');
    assert.equal(open.principal, '*');
    assert.equal(open.action, 'lambda:InvokeFunction');
    assert.equal(open.source_arn, undefined);
    assert.ok(isUnknown(open.qualifier));
    assert.equal(permission('intake', 'unqualified_alias_triggers', 'Public').qualifier, undefined);
    assert.equal(permission('intake', 'current_version_triggers', 'Partner').source_account, '444455556666');
    const bucket = permission('intake', 'current_version_triggers', 'Bucket');
    assert.equal(bucket.principal, 's3.amazonaws.com');
    assert.equal(bucket.source_arn, 'arn:aws:s3:::clinic-uploads');
    assert.ok(isUnknown(permission('intake', 'current_version_triggers', 'Pipeline').principal));
    const url = permission('intake', 'unqualified_alias_triggers', 'Url');
    assert.equal(url.action, 'lambda:InvokeFunctionUrl');
    assert.equal(url.function_url_auth_type, 'NONE');
  });

  it('leaves the API Gateway source ARN of versions before 1.32 undecided', () => {
    const api = permission('old_api', 'current_version_triggers', 'Api');
    assert.equal(api.principal, '*');
    assert.ok(isUnknown(api.source_arn));
  });

  it('gives the log group the module\'s defaults: no retention, no key; or the retention and key given', () => {
    const intake = group('intake');
    assert.equal(intake.name, '/aws/lambda/intake');
    assert.equal(intake.retention_in_days, 30);
    assert.equal('kms_key_id' in intake, false);
    const quiet = group('quiet');
    assert.equal(quiet.retention_in_days, 400);
    assert.equal(quiet.kms_key_id, 'arn:aws:kms:eu-central-1:111122223333:key/logs');
  });

  it('creates no log group for an existing one, before 1.7.0 (1.5.0 has the permissions) or unpinned, and no permissions before 1.2.0 or unpinned', () => {
    assert.deepEqual(ids(parsed, 'module.existing_logs'), ['module.existing_logs.aws_lambda_function.this']);
    assert.deepEqual(ids(parsed, 'module.very_old'), [
      'module.very_old.aws_lambda_function.this',
      'module.very_old.aws_lambda_permission.current_version_triggers["Open"]',
      'module.very_old.aws_lambda_permission.unqualified_alias_triggers["Open"]',
    ]);
    assert.deepEqual(ids(parsed, 'module.first'), ['module.first.aws_lambda_function.this']);
    assert.deepEqual(ids(parsed, 'module.unpinned'), ['module.unpinned.aws_lambda_function.this']);
    // 1.30: triggers yes, log group yes (from 1.7).
    assert.deepEqual(ids(parsed, 'module.old_api'), [
      'module.old_api.aws_lambda_function.this',
      'module.old_api.aws_lambda_permission.current_version_triggers["Api"]',
      'module.old_api.aws_lambda_permission.unqualified_alias_triggers["Api"]',
      'module.old_api.aws_cloudwatch_log_group.lambda',
    ]);
  });

  it('creates nothing when create is false, create_function is unknown or a layer is built; no log group for a null switch; no permissions for unknown triggers', () => {
    for (const call of ['off', 'maybe', 'layer']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
    assert.deepEqual(ids(parsed, 'module.null_switch'), ['module.null_switch.aws_lambda_function.this']);
    assert.deepEqual(ids(parsed, 'module.pipeline_triggers'), ['module.pipeline_triggers.aws_lambda_function.this', 'module.pipeline_triggers.aws_cloudwatch_log_group.lambda']);
  });

  it('lets the outputs name the function and its log group', () => {
    const filter = config(parsed, 'aws_cloudwatch_log_subscription_filter.intake');
    assert.deepEqual((filter.log_group_name as { refs: string[] }).refs[0], 'module.intake.aws_cloudwatch_log_group.lambda.name');
    assert.deepEqual((filter.destination_arn as { refs: string[] }).refs[0], 'module.intake.aws_lambda_function.this.arn');
  });

  it('locates a principal at the entry, a retention at its argument and a default at the call', () => {
    assert.equal(locatedLine(parsed, 'module.intake.aws_lambda_permission.current_version_triggers["Public"]', ['config', 'principal']), lineOf(LAMBDA, 'Public = {') + 1);
    assert.equal(locatedLine(parsed, 'module.intake.aws_cloudwatch_log_group.lambda', ['config', 'retention_in_days']), lineOf(LAMBDA, 'cloudwatch_logs_retention_in_days = 30'));
    assert.equal(locatedLine(parsed, 'module.intake.aws_cloudwatch_log_group.lambda', ['config', 'kms_key_id']), lineOf(LAMBDA, 'module "intake"'));
  });
});

// The function URL (main.tf: aws_lambda_function_url.this, from 3.2.0):
// authorization_type defaults to "NONE" (variables.tf), a public endpoint.
const LAMBDA_URL = `variable "url_auth" {
  type = string
}

variable "create_url" {
  type = bool
}

module "public_url" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "7.20.1"
  function_name = "public-url"

  create_lambda_function_url = true # public
}

module "iam_url" {
  source        = "terraform-aws-modules/lambda/aws"
  version       = "~> 6.0"
  function_name = "iam-url"

  create_lambda_function_url                   = true
  create_unqualified_alias_lambda_function_url = false
  authorization_type                           = "AWS_IAM"
  invoke_mode                                  = "RESPONSE_STREAM"
  cors = {
    allow_origins = ["https://clinic.example"]
    allow_methods = ["POST"]
  }
}

module "explicit_none" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "~> 8.0"
  function_name              = "explicit-none"
  create_lambda_function_url = true
  authorization_type         = "NONE" # explicit
}

module "pipeline_url" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "7.20.1"
  function_name              = "pipeline-url"
  create_lambda_function_url = true
  authorization_type         = var.url_auth
}

module "null_auth" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "7.20.1"
  function_name              = "null-auth"
  create_lambda_function_url = true
  authorization_type         = null
}

module "spanning" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "~> 3.0"
  function_name              = "spanning"
  create_lambda_function_url = true
}

module "unpinned_url" {
  source                     = "terraform-aws-modules/lambda/aws"
  function_name              = "unpinned-url"
  create_lambda_function_url = true
}

module "too_old" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "3.1.0"
  function_name              = "too-old"
  create_lambda_function_url = true
}

module "maybe_url" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "7.20.1"
  function_name              = "maybe-url"
  create_lambda_function_url = var.create_url
}

module "no_url" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "7.20.1"
  function_name              = "no-url"
  create_lambda_function_url = false
  authorization_type         = "NONE"
}

module "url_off" {
  source                     = "terraform-aws-modules/lambda/aws"
  version                    = "7.20.1"
  create_function            = false
  function_name              = "url-off"
  create_lambda_function_url = true
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/clinic/public-url"
  type  = "String"
  value = module.public_url.lambda_function_url
}
`;

describe('terraform-modules: terraform-aws-modules/lambda function URL', () => {
  const parsed = module(LAMBDA_URL);
  const url = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_lambda_function_url.this`);
  const urlIds = (call: string): string[] => ids(parsed, `module.${call}`).filter((id) => id.includes('aws_lambda_function_url'));

  it('creates the URL with create_lambda_function_url = true, from 3.2.0 (a pin that admits it, or none)', () => {
    for (const call of ['public_url', 'iam_url', 'explicit_none', 'pipeline_url', 'null_auth', 'spanning', 'unpinned_url']) {
      assert.deepEqual(urlIds(call), [`module.${call}.aws_lambda_function_url.this`], call);
    }
    assert.deepEqual(ids(parsed, 'module.public_url'), [
      'module.public_url.aws_lambda_function.this',
      'module.public_url.aws_cloudwatch_log_group.lambda',
      'module.public_url.aws_lambda_function_url.this',
    ]);
  });

  it('creates none by default, when false or unknown, before 3.2.0, or without a function', () => {
    for (const call of ['too_old', 'maybe_url', 'no_url']) assert.deepEqual(urlIds(call), [], call);
    assert.deepEqual(ids(parsed, 'module.url_off'), []);
  });

  it('defaults authorization_type to "NONE" (a public URL); keeps the type given; an unknown or null type is undecided', () => {
    assert.deepEqual(url('public_url'), {
      function_name: { __unknown__: 'module.public_url.aws_lambda_function.this.function_name', refs: ['module.public_url.aws_lambda_function.this.function_name'] },
      authorization_type: 'NONE',
    });
    assert.equal(url('spanning').authorization_type, 'NONE');
    assert.equal(url('unpinned_url').authorization_type, 'NONE');
    assert.equal(url('explicit_none').authorization_type, 'NONE');
    assert.ok(isUnknown(url('pipeline_url').authorization_type));
    assert.ok(isUnknown(url('null_auth').authorization_type));
  });

  it('passes AWS_IAM, the published version as qualifier, the invoke mode and the CORS settings', () => {
    assert.deepEqual(url('iam_url'), {
      function_name: { __unknown__: 'module.iam_url.aws_lambda_function.this.function_name', refs: ['module.iam_url.aws_lambda_function.this.function_name'] },
      qualifier: { __unknown__: 'module.iam_url.aws_lambda_function.this.version', refs: ['module.iam_url.aws_lambda_function.this.version'] },
      authorization_type: 'AWS_IAM',
      invoke_mode: 'RESPONSE_STREAM',
      cors: [{ allow_origins: ['https://clinic.example'], allow_methods: ['POST'] }],
    });
  });

  it('lets lambda_function_url name the URL', () => {
    assert.deepEqual(config(parsed, 'aws_ssm_parameter.endpoint').value, {
      __unknown__: 'module.public_url.lambda_function_url',
      refs: ['module.public_url.aws_lambda_function_url.this.function_url', 'module.public_url.lambda_function_url'],
    });
  });

  it('locates the default type at create_lambda_function_url, and a type given at its argument', () => {
    assert.equal(locatedLine(parsed, 'module.public_url.aws_lambda_function_url.this', ['config', 'authorization_type']), lineOf(LAMBDA_URL, '= true # public'));
    assert.equal(locatedLine(parsed, 'module.explicit_none.aws_lambda_function_url.this', ['config', 'authorization_type']), lineOf(LAMBDA_URL, '= "NONE" # explicit'));
    assert.equal(locatedLine(parsed, 'module.iam_url.aws_lambda_function_url.this', ['config', 'authorization_type']), lineOf(LAMBDA_URL, '= "AWS_IAM"'));
  });
});

const ECR = `module "images" {
  source          = "terraform-aws-modules/ecr/aws"
  version         = "2.3.0"
  repository_name = "clinic/intake"
}

module "mutable" {
  source                          = "terraform-aws-modules/ecr/aws"
  version                         = "2.3.0"
  repository_name                 = "clinic/legacy"
  repository_image_tag_mutability = "MUTABLE"
  repository_image_scan_on_push   = false # off
}

module "null_mutability" {
  source                          = "terraform-aws-modules/ecr/aws"
  version                         = "1.6.0"
  repository_name                 = "clinic/null"
  repository_image_tag_mutability = null
  repository_image_scan_on_push   = null
}

module "pipeline" {
  source                          = "terraform-aws-modules/ecr/aws"
  repository_name                 = "clinic/pipeline"
  repository_image_tag_mutability = var.mutability
  repository_image_scan_on_push   = var.scan
}

module "public" {
  source          = "terraform-aws-modules/ecr/aws"
  version         = "2.3.0"
  repository_name = "clinic-public"
  repository_type = "public"
}

module "off" {
  source            = "terraform-aws-modules/ecr/aws"
  version           = "2.3.0"
  create_repository = false
  repository_name   = "clinic/off"
}

module "maybe" {
  source                                 = "terraform-aws-modules/ecr/aws"
  version                                = "2.3.0"
  create                                 = var.create_registry
  repository_name                        = "clinic/maybe"
  manage_registry_scanning_configuration = true
}
`;

describe('terraform-modules: terraform-aws-modules/ecr', () => {
  const parsed = module(ECR);
  const repo = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_ecr_repository.this`);

  it('creates the private repository, nothing for a public one or create_repository = false, and only the scanning configuration when create is unknown', () => {
    for (const call of ['images', 'mutable', 'null_mutability', 'pipeline']) assert.deepEqual(ids(parsed, `module.${call}`), [`module.${call}.aws_ecr_repository.this`]);
    for (const call of ['public', 'off']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
    assert.deepEqual(ids(parsed, 'module.maybe'), ['module.maybe.aws_ecr_registry_scanning_configuration.this']);
  });

  it('uses the module\'s defaults (immutable tags, scan on push), and the values given', () => {
    assert.equal(repo('images').image_tag_mutability, 'IMMUTABLE');
    assert.deepEqual(repo('images').image_scanning_configuration, [{ scan_on_push: true }]);
    assert.equal(repo('mutable').image_tag_mutability, 'MUTABLE');
    assert.deepEqual(repo('mutable').image_scanning_configuration, [{ scan_on_push: false }]);
  });

  it('reads a null mutability as the provider\'s default and a null scan switch as undecided; keeps unknowns', () => {
    assert.equal('image_tag_mutability' in repo('null_mutability'), false);
    const scan = repo('null_mutability').image_scanning_configuration as Array<Record<string, unknown>>;
    assert.ok(isUnknown(scan[0]!.scan_on_push));
    assert.ok(isUnknown(repo('pipeline').image_tag_mutability));
    assert.ok(isUnknown((repo('pipeline').image_scanning_configuration as Array<Record<string, unknown>>)[0]!.scan_on_push));
  });

  it('locates the mutability and the scan switch at their arguments', () => {
    assert.equal(locatedLine(parsed, 'module.mutable.aws_ecr_repository.this', ['config', 'image_tag_mutability']), lineOf(ECR, '= "MUTABLE"'));
    assert.equal(locatedLine(parsed, 'module.mutable.aws_ecr_repository.this', ['config', 'image_scanning_configuration', 0, 'scan_on_push']), lineOf(ECR, '= false # off'));
    assert.equal(locatedLine(parsed, 'module.images.aws_ecr_repository.this', ['config', 'image_tag_mutability']), lineOf(ECR, 'module "images"'));
  });
});

const SECRETS = `module "db" {
  source     = "terraform-aws-modules/secrets-manager/aws"
  version    = "1.3.1"
  name       = "clinic/db"
  kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/secrets"
}

module "api" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"
  name    = "clinic/api"
}

module "managed" {
  source     = "terraform-aws-modules/secrets-manager/aws"
  version    = "1.3.1"
  name       = "clinic/managed"
  kms_key_id = "alias/aws/secretsmanager"
}

module "pipeline" {
  source     = "terraform-aws-modules/secrets-manager/aws"
  version    = "1.3.1"
  name       = "clinic/pipeline"
  kms_key_id = var.key
}

module "off" {
  source = "terraform-aws-modules/secrets-manager/aws"
  create = false
  name   = "clinic/off"
}

module "maybe" {
  source = "terraform-aws-modules/secrets-manager/aws"
  create = var.create_secret
  name   = "clinic/maybe"
}
`;

describe('terraform-modules: terraform-aws-modules/secrets-manager', () => {
  const parsed = module(SECRETS);
  const secret = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_secretsmanager_secret.this`);

  it('creates the secret, and nothing when create is false or unknown', () => {
    for (const call of ['db', 'api', 'managed', 'pipeline']) assert.deepEqual(ids(parsed, `module.${call}`), [`module.${call}.aws_secretsmanager_secret.this`]);
    for (const call of ['off', 'maybe']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
  });

  it('passes kms_key_id (none by default), and keeps an unknown key', () => {
    assert.equal(secret('db').kms_key_id, 'arn:aws:kms:eu-central-1:111122223333:key/secrets');
    assert.equal('kms_key_id' in secret('api'), false);
    assert.equal(secret('managed').kms_key_id, 'alias/aws/secretsmanager');
    assert.ok(isUnknown(secret('pipeline').kms_key_id));
    assert.equal(secret('api').name, 'clinic/api');
  });

  it('locates the key at its argument', () => {
    assert.equal(locatedLine(parsed, 'module.managed.aws_secretsmanager_secret.this', ['config', 'kms_key_id']), lineOf(SECRETS, '"alias/aws/secretsmanager"'));
  });
});

// Submodules and wrappers create other resources than the root module: the
// lambda alias submodule creates permissions on an alias and no log group
// (modules/alias/main.tf), ecr's repository-template a creation template
// (modules/repository-template/main.tf), the wrappers one module per `items`
// entry. Modelled as the root module they would create a log group without
// retention or key, or a secret without a key, that the call never creates.
const SUBMODULES = `module "alias" {
  source        = "terraform-aws-modules/lambda/aws//modules/alias"
  version       = "7.20.1"
  name          = "live"
  function_name = "intake"
  allowed_triggers = {
    Bucket = {
      service    = "s3"
      source_arn = "arn:aws:s3:::clinic-uploads"
    }
  }
}

module "lambda_wrappers" {
  source  = "terraform-aws-modules/lambda/aws//wrappers"
  version = "7.20.1"
  defaults = {
    cloudwatch_logs_retention_in_days = 400
  }
  items = {
    intake = { function_name = "intake" }
  }
}

module "template" {
  source               = "terraform-aws-modules/ecr/aws//modules/repository-template"
  version              = "2.4.0"
  prefix               = "clinic"
  image_tag_mutability = "IMMUTABLE"
}

module "secret_wrappers" {
  source  = "terraform-aws-modules/secrets-manager/aws//wrappers"
  version = "1.3.1"
  defaults = {
    kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/secrets"
  }
  items = {
    db = { name = "clinic/db" }
  }
}
`;

describe('terraform-modules: lambda, ecr and secrets-manager submodules and wrappers', () => {
  it('creates nothing for a submodule or wrappers call (they do not create the root module\'s resources)', () => {
    const parsed = module(SUBMODULES);
    for (const call of ['alias', 'lambda_wrappers', 'template', 'secret_wrappers']) assert.deepEqual(ids(parsed, `module.${call}`), [], call);
  });
});
