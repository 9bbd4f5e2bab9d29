// The model of terraform-aws-modules/autoscaling in
// src/parsers/terraform-modules/autoscaling.ts: which launch template or
// launch configuration a call creates per major version, their metadata
// options (IMDSv1 allowed by default up to 8.x, tokens required from 9.0),
// block devices and user data, what stays undecided, and where the checks
// (EVD-TF-199, EVD-TF-067, EVD-TF-179) report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, isUnknown, lineOf, locatedLine, loadModule as module } from '../helpers/terraform-modules.js';

describe('terraform-modules: which autoscaling sources are modelled', () => {
  it('reads the registry address and the GitHub sources, not the wrappers', () => {
    const cases: Array<[string, string, number | undefined, string]> = [
      ['terraform-aws-modules/autoscaling/aws', 'terraform-aws-modules/autoscaling/aws', undefined, ''],
      ['registry.terraform.io/terraform-aws-modules/autoscaling/aws', 'terraform-aws-modules/autoscaling/aws', undefined, ''],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-autoscaling.git?ref=v6.10.0', 'terraform-aws-modules/autoscaling/aws', 6, ''],
      ['github.com/terraform-aws-modules/terraform-aws-autoscaling//wrappers?ref=v8.0.0', 'terraform-aws-modules/autoscaling/aws', 8, 'wrappers'],
    ];
    for (const [source, address, major, submodule] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, address, source);
      assert.equal(found?.ref?.major, major, source);
      assert.equal(found?.submodule, submodule, source);
    }
  });
});

const SOURCE = 'terraform-aws-modules/autoscaling/aws';

// Metadata options per version, and the switches that create a template.
const TEMPLATES = `variable "imds" {
  type = any
}

variable "make_template" {
  type = bool
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
}

module "v6_default" {
  source        = "${SOURCE}"
  version       = "~> 6.5"
  name          = "v6-default"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

module "v9_default" {
  source        = "${SOURCE}"
  version       = "9.0.1"
  name          = "v9-default"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

module "v9_optional" {
  source  = "${SOURCE}"
  version = "~> 9.0"
  name    = "v9-optional"

  metadata_options = {
    http_tokens = "optional" # v9 optional
  }
}

module "v9_partial" {
  source  = "${SOURCE}"
  version = "~> 9.0"
  name    = "v9-partial"

  metadata_options = {
    http_put_response_hop_limit = 2
  }
}

module "v9_null" {
  source           = "${SOURCE}"
  version          = "~> 9.0"
  name             = "v9-null"
  metadata_options = null
}

module "v8_partial" {
  source  = "${SOURCE}"
  version = "~> 8.0"
  name    = "v8-partial"

  metadata_options = { # v8 partial
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 2
  }
}

module "v8_empty" {
  source           = "${SOURCE}"
  version          = "8.3.0"
  name             = "v8-empty"
  metadata_options = {}
}

module "v8_null" {
  source           = "${SOURCE}"
  version          = "8.3.0"
  name             = "v8-null"
  metadata_options = null
}

module "v7_required" {
  source  = "${SOURCE}"
  version = "7.7.0"
  name    = "v7-required"

  metadata_options = {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

module "v6_variable" {
  source           = "${SOURCE}"
  version          = "~> 6.5"
  name             = "v6-variable"
  metadata_options = var.imds
}

module "v8_al2023" {
  source   = "${SOURCE}"
  version  = "~> 8.0"
  name     = "v8-al2023"
  image_id = data.aws_ami.al2023.id
}

module "v5_1" {
  source  = "${SOURCE}"
  version = "~> 5.1"
  name    = "v5-1"
}

module "unpinned_template" {
  source                 = "${SOURCE}"
  name                   = "unpinned-template"
  create_launch_template = true
}

module "range_template" {
  source               = "${SOURCE}"
  version              = ">= 6.0"
  name                 = "range-template"
  launch_template_name = "range"
}

module "unpinned_minimal" {
  source        = "${SOURCE}"
  name          = "unpinned-minimal"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}

module "v6_no_template" {
  source                 = "${SOURCE}"
  version                = "~> 6.5"
  name                   = "v6-no-template"
  create_launch_template = false
  launch_template        = "shared-template"
}

module "v7_external_id" {
  source             = "${SOURCE}"
  version            = "~> 7.0"
  name               = "v7-external-id"
  launch_template_id = "lt-0123456789abcdef0"
}

module "v6_group_off" {
  source  = "${SOURCE}"
  version = "~> 6.5"
  name    = "v6-group-off"
  create  = false
}

module "v6_unknown_switch" {
  source                 = "${SOURCE}"
  version                = "~> 6.5"
  name                   = "v6-unknown-switch"
  create_launch_template = var.make_template
}

module "v9_v5_arguments" {
  source           = "${SOURCE}"
  version          = "~> 9.0"
  name             = "v9-v5-arguments"
  user_data_base64 = "IyEvYmluL2Jhc2g="
}

module "wrapped" {
  source = "${SOURCE}//wrappers"
  items = {
    one = { name = "one" }
  }
}

module "from_git" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-autoscaling.git?ref=v6.10.0"
  name   = "from-git"
}

resource "aws_ssm_parameter" "template" {
  name  = "/clinic/portal/launch-template"
  type  = "String"
  value = module.v6_default.launch_template_id
}
`;

describe('terraform-modules: terraform-aws-modules/autoscaling launch templates', () => {
  const parsed = module(TEMPLATES);
  const template = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_launch_template.this`);
  const metadata = (call: string): unknown => template(call).metadata_options;

  it('creates the launch template by default from 5.1 (create_launch_template, not tied to create), and none for an external or unknown one', () => {
    for (const call of ['v6_default', 'v9_default', 'v5_1', 'v7_external_id', 'v6_group_off', 'from_git', 'unpinned_template', 'range_template']) {
      assert.deepEqual(ids(parsed, `module.${call}`), [`module.${call}.aws_launch_template.this`], call);
    }
    for (const call of ['v6_no_template', 'v6_unknown_switch', 'unpinned_minimal', 'wrapped', 'v9_v5_arguments']) {
      assert.deepEqual(ids(parsed, `module.${call}`), [], call);
    }
  });

  it('writes no metadata_options block by default before 9 (IMDSv1 allowed), nor for an empty map in 6 to 8', () => {
    for (const call of ['v6_default', 'v5_1', 'v8_empty', 'from_git', 'v8_al2023']) assert.equal(metadata(call), undefined, call);
  });

  it('requires tokens by default from 9.0, also inside an object that leaves them out; null writes no block', () => {
    assert.deepEqual(metadata('v9_default'), [{ http_endpoint: 'enabled', http_put_response_hop_limit: 1, http_tokens: 'required' }]);
    assert.deepEqual(metadata('v9_partial'), [{ http_endpoint: 'enabled', http_put_response_hop_limit: 2, http_tokens: 'required' }]);
    assert.deepEqual(metadata('v9_optional'), [{ http_endpoint: 'enabled', http_put_response_hop_limit: 1, http_tokens: 'optional' }]);
    assert.equal(metadata('v9_null'), undefined);
  });

  it('passes the given metadata options as they are before 9', () => {
    assert.deepEqual(metadata('v8_partial'), [{ http_endpoint: 'enabled', http_put_response_hop_limit: 2 }]);
    assert.deepEqual(metadata('v7_required'), [{ http_endpoint: 'enabled', http_tokens: 'required' }]);
  });

  it('leaves the metadata options undecided for an unknown value, a null in 6 to 8, and a call whose versions differ', () => {
    for (const call of ['v6_variable', 'v8_null', 'unpinned_template', 'range_template']) {
      const lt = template(call);
      assert.equal(lt.metadata_options, undefined, call);
      const dynamic = (lt.dynamic as Record<string, Array<Record<string, unknown>>>).metadata_options!;
      assert.ok(isUnknown(dynamic[0]!.for_each), call);
    }
  });

  it('passes the image, so the check can tell an Amazon Linux 2023 image', () => {
    assert.equal(template('v6_default').image_id, 'ami-0c55b159cbfafe1f0');
    assert.deepEqual((template('v8_al2023').image_id as { refs: string[] }).refs, ['data.aws_ami.al2023.id']);
  });

  it('lets the outputs name the template', () => {
    const parameter = config(parsed, 'aws_ssm_parameter.template');
    assert.equal((parameter.value as { refs: string[] }).refs[0], 'module.v6_default.aws_launch_template.this.id');
  });

  it('locates given metadata options at the argument and defaults at the call', () => {
    const lt = (call: string): string => `module.${call}.aws_launch_template.this`;
    assert.equal(locatedLine(parsed, lt('v9_optional'), ['config', 'metadata_options', 0, 'http_tokens']), lineOf(TEMPLATES, 'http_tokens = "optional" # v9 optional'));
    assert.equal(locatedLine(parsed, lt('v8_partial'), ['config', 'metadata_options', 0]), lineOf(TEMPLATES, 'metadata_options = { # v8 partial'));
    assert.equal(locatedLine(parsed, lt('v6_default'), []), lineOf(TEMPLATES, 'module "v6_default"'));
    assert.equal(locatedLine(parsed, lt('v9_default'), ['config', 'metadata_options', 0, 'http_tokens']), lineOf(TEMPLATES, 'module "v9_default"'));
  });
});

// Versions 2 to 5.0: the launch configuration, and 4.0 to 5.0's template switch.
const CONFIGURATIONS = `module "v4_template" {
  source    = "${SOURCE}"
  version   = "~> 4.0"
  name      = "v4-template"
  create_lt = true
  use_lt    = true

  user_data_base64 = base64encode(<<-EOT
    #!/bin/bash
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY
  EOT
  )

  block_device_mappings = [
    {
      device_name = "/dev/xvdb"
      ebs = {
        volume_size = 200 # v4 data disk
      }
    }
  ]
}

module "v4_external" {
  source          = "${SOURCE}"
  version         = "~> 4.0"
  name            = "v4-external"
  use_lt          = true
  launch_template = "shared-template"
}

module "v4_configuration" {
  source    = "${SOURCE}"
  version   = "4.11.0"
  name      = "v4-configuration"
  create_lc = true
  use_lc    = true

  metadata_options = {
    http_tokens = "optional" # v4 lc optional
  }

  root_block_device = [
    {
      volume_size = 50
      encrypted   = false # v4 root
    }
  ]

  ebs_block_device = [
    {
      device_name = "/dev/xvdf"
      volume_size = 100
    }
  ]
}

module "v5_0" {
  source    = "${SOURCE}"
  version   = "5.0.0"
  name      = "v5-0"
  create_lc = true
  create_lt = true
}

module "v5_spanning" {
  source  = "${SOURCE}"
  version = "~> 5.0"
  name    = "v5-spanning"
}

module "v3_configuration" {
  source  = "${SOURCE}"
  version = "~> 3.5"
  name    = "v3-configuration"

  user_data = <<-EOT
    #!/bin/bash
    export DB_PASSWORD=Clinic-Pr0d-2024
  EOT

  root_block_device = [
    {
      volume_size = 50
      encrypted   = true
    }
  ]

  ebs_block_device = [
    {
      device_name = "/dev/sdf"
      encrypted   = false # v3 ebs
    }
  ]
}

module "v3_spanning" {
  source  = "${SOURCE}"
  version = "~> 3.0"
  name    = "v3-spanning"

  root_block_device = [
    {
      encrypted = false
    }
  ]
}

module "v3_1" {
  source  = "${SOURCE}"
  version = "3.1.0"
  name    = "v3-1"

  root_block_device = [
    {
      encrypted = false
    }
  ]
}

module "v3_off" {
  source               = "${SOURCE}"
  version              = "~> 3.8"
  name                 = "v3-off"
  create_lc            = false
  launch_configuration = "existing-lc"
}

module "v2_configuration" {
  source  = "${SOURCE}"
  version = "2.12.0"
  name    = "v2-configuration"
}

module "unpinned_configuration" {
  source    = "${SOURCE}"
  name      = "unpinned-configuration"
  create_lc = true
}

module "v1" {
  source  = "${SOURCE}"
  version = "1.2.0"
  name    = "v1"
}
`;

describe('terraform-modules: terraform-aws-modules/autoscaling launch configurations', () => {
  const parsed = module(CONFIGURATIONS);
  const lc = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_launch_configuration.this`);
  const lt = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_launch_template.this`);

  it('creates the configuration by default in 2 and 3, with create_lc in 4.0 to 5.0, and the template only with create_lt there', () => {
    const expected: Record<string, string[]> = {
      v4_template: ['module.v4_template.aws_launch_template.this'],
      v4_external: [],
      v4_configuration: ['module.v4_configuration.aws_launch_configuration.this'],
      v5_0: ['module.v5_0.aws_launch_configuration.this', 'module.v5_0.aws_launch_template.this'],
      // 5.0 creates nothing by default, 5.1 a template: undecided.
      v5_spanning: [],
      v3_configuration: ['module.v3_configuration.aws_launch_configuration.this'],
      v3_spanning: ['module.v3_spanning.aws_launch_configuration.this'],
      v3_1: ['module.v3_1.aws_launch_configuration.this'],
      v3_off: [],
      v2_configuration: ['module.v2_configuration.aws_launch_configuration.this'],
      // create_lc exists in 2 to 5.0 only: a configuration in each.
      unpinned_configuration: ['module.unpinned_configuration.aws_launch_configuration.this'],
      v1: [],
    };
    for (const [call, created] of Object.entries(expected)) assert.deepEqual(ids(parsed, `module.${call}`), created, call);
  });

  it('gives the 4.x template the base64 user data and an ebs block per mapping', () => {
    const template = lt('v4_template');
    assert.ok(isUnknown(template.user_data));
    assert.match((template.user_data as { __unknown__: string }).__unknown__, /^base64encode\(<<-EOT/);
    assert.deepEqual(template.block_device_mappings, [{ device_name: '/dev/xvdb', ebs: [{ volume_size: 200 }] }]);
    assert.equal(template.metadata_options, undefined);
  });

  it('passes metadata options and block devices to the configuration', () => {
    const configuration = lc('v4_configuration');
    assert.deepEqual(configuration.metadata_options, [{ http_tokens: 'optional' }]);
    assert.deepEqual(configuration.root_block_device, [{ encrypted: false, volume_size: 50 }]);
    assert.deepEqual(configuration.ebs_block_device, [{ device_name: '/dev/xvdf', volume_size: 100 }]);
    // No metadata options before 4.
    assert.equal(lc('v3_configuration').metadata_options, undefined);
    assert.equal(lc('v2_configuration').metadata_options, undefined);
  });

  it("drops the root block's encrypted in 3.0 and 3.1, and leaves it undecided for a pin that admits 3.0 and 3.2", () => {
    assert.deepEqual(lc('v3_1').root_block_device, [{}]);
    assert.ok(isUnknown((lc('v3_spanning').root_block_device as Array<Record<string, unknown>>)[0]!.encrypted));
    assert.deepEqual(lc('v3_configuration').root_block_device, [{ encrypted: true, volume_size: 50 }]);
  });

  it('passes the plain user data to the configuration', () => {
    assert.match(lc('v3_configuration').user_data as string, /export DB_PASSWORD=Clinic-Pr0d-2024/);
  });

  it('locates block devices and user data at the call arguments', () => {
    const id = (call: string, type: string): string => `module.${call}.${type}.this`;
    assert.equal(locatedLine(parsed, id('v4_configuration', 'aws_launch_configuration'), ['config', 'root_block_device', 0, 'encrypted']), lineOf(CONFIGURATIONS, 'encrypted   = false # v4 root'));
    assert.equal(locatedLine(parsed, id('v3_configuration', 'aws_launch_configuration'), ['config', 'ebs_block_device', 0, 'encrypted']), lineOf(CONFIGURATIONS, 'encrypted   = false # v3 ebs'));
    assert.equal(locatedLine(parsed, id('v4_template', 'aws_launch_template'), ['config', 'block_device_mappings', 0, 'ebs', 0]), lineOf(CONFIGURATIONS, 'ebs = {\n        volume_size = 200'));
    assert.equal(locatedLine(parsed, id('v4_template', 'aws_launch_template'), ['config', 'user_data']), lineOf(CONFIGURATIONS, 'user_data_base64 = base64encode'));
  });
});

// Block device mappings and user data of the current template.
const DEVICES = `variable "disks" {
  type = any
}

variable "boot_script" {
  type = string
}

module "v6_disks" {
  source  = "${SOURCE}"
  version = "~> 6.5"
  name    = "v6-disks"

  block_device_mappings = [
    {
      device_name = "/dev/xvda"
      ebs = {
        volume_size = 30
      }
    },
    {
      device_name = "/dev/xvdb" # unencrypted data disk
      ebs = {
        volume_size = 200
      }
    },
    {
      device_name = "/dev/xvdc"
      ebs = [
        {
          volume_size = 100
          encrypted   = false # list form
        }
      ]
    },
    {
      device_name = "/dev/xvdd"
      no_device   = "1"
    },
    {
      device_name = "/dev/xvde"
      ebs = {
        snapshot_id = "snap-0123456789abcdef0"
      }
    },
    {
      device_name = "/dev/xvdf"
      ebs = {
        volume_size = 500
        encrypted   = true
        kms_key_id  = "arn:aws:kms:eu-central-1:111122223333:key/data"
      }
    }
  ]

  user_data = base64encode(<<-EOT
    #!/bin/bash
    export API_TOKEN=tok-9f2c81ab77d0
  EOT
  )
}

module "v9_disks" {
  source  = "${SOURCE}"
  version = "~> 9.0"
  name    = "v9-disks"

  block_device_mappings = [
    {
      device_name = "/dev/xvdb"
      ebs = {
        volume_size = 200
        encrypted   = false # v9 data disk
      }
    }
  ]

  user_data = var.boot_script
}

module "v6_variable_disks" {
  source                = "${SOURCE}"
  version               = "~> 6.5"
  name                  = "v6-variable-disks"
  block_device_mappings = var.disks
}

module "v7_base64_literal" {
  source    = "${SOURCE}"
  version   = "7.7.0"
  name      = "v7-base64-literal"
  user_data = "IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPUNsaW5pYy1QcjBkLUJhc2U2NAo="
}

module "v5_user_data" {
  source  = "${SOURCE}"
  version = "~> 5.1"
  name    = "v5-user-data"

  user_data_base64 = base64encode(<<-EOT
    #!/bin/bash
    echo "password: Welcome-To-Clinic-1" > /etc/app.yaml
  EOT
  )
}
`;

describe('terraform-modules: terraform-aws-modules/autoscaling block devices and user data', () => {
  const parsed = module(DEVICES);
  const lt = (call: string): Record<string, unknown> => config(parsed, `module.${call}.aws_launch_template.this`);

  it('writes one mapping per entry, with its ebs block as an object or a list', () => {
    assert.deepEqual(lt('v6_disks').block_device_mappings, [
      { device_name: '/dev/xvda', ebs: [{ volume_size: 30 }] },
      { device_name: '/dev/xvdb', ebs: [{ volume_size: 200 }] },
      { device_name: '/dev/xvdc', ebs: [{ encrypted: false, volume_size: 100 }] },
      { device_name: '/dev/xvdd', no_device: '1' },
      { device_name: '/dev/xvde', ebs: [{ snapshot_id: 'snap-0123456789abcdef0' }] },
      { device_name: '/dev/xvdf', ebs: [{ encrypted: true, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/data', volume_size: 500 }] },
    ]);
    assert.deepEqual(lt('v9_disks').block_device_mappings, [{ device_name: '/dev/xvdb', ebs: [{ encrypted: false, volume_size: 200 }] }]);
  });

  it('leaves unknown mappings to a dynamic block', () => {
    const template = lt('v6_variable_disks');
    assert.equal(template.block_device_mappings, undefined);
    assert.ok(isUnknown((template.dynamic as Record<string, Array<Record<string, unknown>>>).block_device_mappings![0]!.for_each));
  });

  it('takes the template user data (base64) from user_data from 6.0 and from user_data_base64 in 5.x', () => {
    assert.match((lt('v6_disks').user_data as { __unknown__: string }).__unknown__, /API_TOKEN/);
    assert.match((lt('v5_user_data').user_data as { __unknown__: string }).__unknown__, /Welcome-To-Clinic-1/);
    assert.deepEqual((lt('v9_disks').user_data as { refs: string[] }).refs, ['var.boot_script']);
    assert.equal(lt('v7_base64_literal').user_data, 'IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPUNsaW5pYy1QcjBkLUJhc2U2NAo=');
  });
});

describe('terraform-modules: findings on autoscaling module calls', () => {
  it('reports IMDSv1, unencrypted volumes and credentials in user data at the argument or the call, and nothing undecided', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'templates.tf': TEMPLATES, 'configurations.tf': CONFIGURATIONS, 'devices.tf': DEVICES });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.resource?.startsWith('module.') && f.ruleId !== 'EVD-TF-061')
        .map((f) => [f.ruleId, f.resource, f.location.file.replace(/^.*\//, ''), f.location.startLine] as const);
      const t = (needle: string): number => lineOf(TEMPLATES, needle);
      const c = (needle: string): number => lineOf(CONFIGURATIONS, needle);
      const d = (needle: string): number => lineOf(DEVICES, needle);
      const byOrder = (a: readonly unknown[], b: readonly unknown[]): number => String(a).localeCompare(String(b));
      assert.deepEqual(
        [...found].sort(byOrder),
        [
          // IMDSv1 allowed: no block by default up to 8.x (at the call), http_tokens "optional" or left out of a given block (at the argument), null in 9.
          ['EVD-TF-199', 'module.v6_default.aws_launch_template.this', 'templates.tf', t('module "v6_default"')],
          ['EVD-TF-199', 'module.v5_1.aws_launch_template.this', 'templates.tf', t('module "v5_1"')],
          ['EVD-TF-199', 'module.v8_empty.aws_launch_template.this', 'templates.tf', t('module "v8_empty"')],
          ['EVD-TF-199', 'module.v7_external_id.aws_launch_template.this', 'templates.tf', t('module "v7_external_id"')],
          ['EVD-TF-199', 'module.v6_group_off.aws_launch_template.this', 'templates.tf', t('module "v6_group_off"')],
          ['EVD-TF-199', 'module.from_git.aws_launch_template.this', 'templates.tf', t('module "from_git"')],
          ['EVD-TF-199', 'module.v9_null.aws_launch_template.this', 'templates.tf', t('module "v9_null"')],
          ['EVD-TF-199', 'module.v9_optional.aws_launch_template.this', 'templates.tf', t('http_tokens = "optional" # v9 optional')],
          ['EVD-TF-199', 'module.v8_partial.aws_launch_template.this', 'templates.tf', t('metadata_options = { # v8 partial')],
          ['EVD-TF-199', 'module.v4_template.aws_launch_template.this', 'configurations.tf', c('module "v4_template"')],
          ['EVD-TF-199', 'module.v4_configuration.aws_launch_configuration.this', 'configurations.tf', c('http_tokens = "optional" # v4 lc optional')],
          ['EVD-TF-199', 'module.v5_0.aws_launch_configuration.this', 'configurations.tf', c('module "v5_0"')],
          ['EVD-TF-199', 'module.v5_0.aws_launch_template.this', 'configurations.tf', c('module "v5_0"')],
          ['EVD-TF-199', 'module.v3_configuration.aws_launch_configuration.this', 'configurations.tf', c('module "v3_configuration"')],
          ['EVD-TF-199', 'module.v3_spanning.aws_launch_configuration.this', 'configurations.tf', c('module "v3_spanning"')],
          ['EVD-TF-199', 'module.v3_1.aws_launch_configuration.this', 'configurations.tf', c('module "v3_1"')],
          ['EVD-TF-199', 'module.v2_configuration.aws_launch_configuration.this', 'configurations.tf', c('module "v2_configuration"')],
          ['EVD-TF-199', 'module.unpinned_configuration.aws_launch_configuration.this', 'configurations.tf', c('module "unpinned_configuration"')],
          ['EVD-TF-199', 'module.v6_disks.aws_launch_template.this', 'devices.tf', d('module "v6_disks"')],
          ['EVD-TF-199', 'module.v6_variable_disks.aws_launch_template.this', 'devices.tf', d('module "v6_variable_disks"')],
          ['EVD-TF-199', 'module.v5_user_data.aws_launch_template.this', 'devices.tf', d('module "v5_user_data"')],
          ['EVD-TF-199', 'module.v7_base64_literal.aws_launch_template.this', 'devices.tf', d('module "v7_base64_literal"')],
          // Volumes: encrypted = false at the argument, left out at the entry; not the root device, a snapshot or a suppressed device.
          ['EVD-TF-067', 'module.v4_template.aws_launch_template.this', 'configurations.tf', c('ebs = {\n        volume_size = 200')],
          ['EVD-TF-067', 'module.v4_configuration.aws_launch_configuration.this', 'configurations.tf', c('encrypted   = false # v4 root')],
          ['EVD-TF-067', 'module.v4_configuration.aws_launch_configuration.this', 'configurations.tf', c('device_name = "/dev/xvdf"') - 1],
          ['EVD-TF-067', 'module.v3_configuration.aws_launch_configuration.this', 'configurations.tf', c('encrypted   = false # v3 ebs')],
          ['EVD-TF-067', 'module.v6_disks.aws_launch_template.this', 'devices.tf', d('device_name = "/dev/xvdb" # unencrypted data disk') + 1],
          ['EVD-TF-067', 'module.v6_disks.aws_launch_template.this', 'devices.tf', d('encrypted   = false # list form')],
          ['EVD-TF-067', 'module.v9_disks.aws_launch_template.this', 'devices.tf', d('encrypted   = false # v9 data disk')],
          // Credentials in the user data, at the argument they are written in.
          ['EVD-TF-179', 'module.v4_template.aws_launch_template.this', 'configurations.tf', c('user_data_base64 = base64encode')],
          ['EVD-TF-179', 'module.v3_configuration.aws_launch_configuration.this', 'configurations.tf', c('user_data = <<-EOT')],
          ['EVD-TF-179', 'module.v6_disks.aws_launch_template.this', 'devices.tf', d('user_data = base64encode')],
          ['EVD-TF-179', 'module.v5_user_data.aws_launch_template.this', 'devices.tf', d('user_data_base64 = base64encode')],
          // A literal base64 string (what the template takes from 6.0) is decoded by the check.
          ['EVD-TF-179', 'module.v7_base64_literal.aws_launch_template.this', 'devices.tf', d('user_data = "IyEv')],
        ].sort(byOrder),
      );
    } finally {
      cleanup();
    }
  });
});
