// The model of terraform-aws-modules/ec2-instance in
// src/parsers/terraform-modules/ec2-instance.ts: which resource a call creates
// (instance, ignore_ami instance, spot request, 6.x EBS volumes, or none), the
// metadata options of each major version (IMDSv1 left on by default before 6,
// off from 6, undecided when the version cannot be told), the volume blocks in
// each generation's shape, user data, the outputs that name the instance, and
// where a finding on a value is shown; then the findings of EVD-TF-199,
// EVD-TF-067, EVD-TF-179 and EVD-TF-007 on such calls.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, isUnknown, lineOf, locatedLine, loadModule as module } from '../helpers/terraform-modules.js';

const SOURCE = 'terraform-aws-modules/ec2-instance/aws';

/** One call with the given body lines (after `source` and an optional `version`). */
function call(name: string, version: string | undefined, body: string, source = SOURCE): string {
  return [`module "${name}" {`, `  source  = "${source}"`, ...(version === undefined ? [] : [`  version = "${version}"`]), `  name    = "${name}"`, body, '}', ''].join('\n');
}

type Block = Record<string, unknown>;
const metadata = (cfg: Record<string, unknown>): Block[] | undefined => cfg.metadata_options as Block[] | undefined;
const dynamicNames = (cfg: Record<string, unknown>): string[] => Object.keys((cfg.dynamic ?? {}) as object).sort();

describe('terraform-modules: which ec2-instance sources are modelled', () => {
  it('reads the registry address and the GitHub sources, with the major a git ref pins', () => {
    const cases: Array<[string, number | undefined]> = [
      ['terraform-aws-modules/ec2-instance/aws', undefined],
      ['registry.terraform.io/terraform-aws-modules/ec2-instance/aws', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-ec2-instance.git?ref=v5.7.1', 5],
      ['github.com/terraform-aws-modules/terraform-aws-ec2-instance?ref=v6.1.1', 6],
    ];
    for (const [source, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, 'terraform-aws-modules/ec2-instance/aws', source);
      assert.equal(found?.ref?.major, major, source);
    }
  });
});

describe('terraform-modules: terraform-aws-modules/ec2-instance metadata options', () => {
  const text = [
    call('v2', '2.21.0', ''),
    call('v3', '3.6.0', ''),
    call('v4', '~> 4.3', ''),
    call('v5', '5.7.1', ''),
    call('v6', '6.1.1', ''),
    call('git_v5', undefined, '', 'git::https://github.com/terraform-aws-modules/terraform-aws-ec2-instance.git?ref=v5.7.1'),
    call('unpinned', undefined, ''),
    call('straddling', '>= 5.0, < 7.0', ''),
    call('unpinned_v6_args', undefined, '  ebs_volumes = { "/dev/sdf" = { size = 10, encrypted = true } }'),
    call('unpinned_v6_root', undefined, '  root_block_device = { encrypted = true }'),
    call('unpinned_legacy_args', undefined, '  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = true }]'),
    call('v5_required', '~> 5.6', '  metadata_options = {\n    http_tokens = "required"\n  }'),
    call('v5_endpoint_only', '5.7.1', '  metadata_options = {\n    http_endpoint = "enabled" # v5 endpoint\n  }'),
    call('v6_endpoint_only', '6.1.1', '  metadata_options = {\n    http_endpoint = "enabled"\n  }'),
    call('unpinned_endpoint_only', undefined, '  metadata_options = {\n    http_endpoint = "enabled"\n  }'),
    call('v5_optional', '5.7.1', '  metadata_options = {\n    http_tokens = "optional" # v5 optional\n  }'),
    call('v5_empty', '5.7.1', '  metadata_options = {}'),
    call('v4_empty', '4.3.0', '  metadata_options = {} # v4 empty'),
    call('v6_empty', '6.1.1', '  metadata_options = {}'),
    call('v6_null', '6.1.1', '  metadata_options = null'),
    call('v6_null_ami', '6.1.1', '  ami              = "ami-0123456789abcdef0"\n  metadata_options = null'),
    call('v6_null_al2', '6.1.1', '  ami_ssm_parameter = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"\n  metadata_options  = null'),
    call('v4_null', '4.3.0', '  metadata_options = null'),
    call('v5_null', '5.7.1', '  metadata_options = null'),
    call('v5_variable', '5.7.1', '  metadata_options = var.metadata'),
    call('v5_tokens_variable', '5.7.1', '  metadata_options = {\n    http_tokens = var.tokens\n  }'),
    call('v5_template', '5.7.1', '  metadata_options = {}\n  launch_template  = { id = "lt-0123456789abcdef0" }'),
    call('v5_template_variable', '5.7.1', '  launch_template = var.template'),
    call('v5_template_empty', '5.7.1', '  launch_template = {}'),
    call('unpinned_v2_args', undefined, '  instance_count = 1'),
    call('unpinned_v2_none', undefined, '  instance_count = 0'),
    call('v5_ssm_variable', '5.7.1', '  ami_ssm_parameter = var.ami_parameter'),
    call('v6_null_tokens', '6.1.1', '  metadata_options = {\n    http_tokens = null\n  }'),
  ].join('\n');
  const parsed = module(text);
  const instance = (name: string): Record<string, unknown> => config(parsed, `module.${name}.aws_instance.this`);

  it('writes no block in 2.x, "optional" in 3.x to 5.x and "required" in 6.x by default', () => {
    assert.equal(metadata(instance('v2')), undefined);
    assert.deepEqual(dynamicNames(instance('v2')), []);
    for (const name of ['v3', 'v4', 'v5', 'git_v5']) {
      assert.deepEqual(metadata(instance(name)), [{ http_endpoint: 'enabled', http_tokens: 'optional', http_put_response_hop_limit: 1 }], name);
    }
    assert.deepEqual(metadata(instance('v6')), [{ http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 }]);
  });

  it('leaves the default undecided when the version cannot be told, and reads the generation from the arguments', () => {
    for (const name of ['unpinned', 'straddling']) {
      assert.equal(metadata(instance(name)), undefined, name);
      assert.deepEqual(dynamicNames(instance(name)), ['metadata_options'], name);
    }
    assert.equal(metadata(instance('unpinned_v6_args'))![0]!.http_tokens, 'required');
    assert.equal(metadata(instance('unpinned_v6_root'))![0]!.http_tokens, 'required');
    assert.equal(metadata(instance('unpinned_legacy_args'))![0]!.http_tokens, 'optional');
    // instance_count: a 2.x call (no block by default), which creates nothing with 0.
    assert.equal(metadata(instance('unpinned_v2_args')), undefined);
    assert.deepEqual(dynamicNames(instance('unpinned_v2_args')), []);
    assert.deepEqual(ids(parsed, 'module.unpinned_v2_none'), []);
  });

  it('fills what a given map leaves out with the version\'s defaults, undecided without a version', () => {
    assert.deepEqual(metadata(instance('v5_required')), [{ http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 }]);
    assert.equal(metadata(instance('v5_endpoint_only'))![0]!.http_tokens, 'optional');
    assert.equal(metadata(instance('v6_endpoint_only'))![0]!.http_tokens, 'required');
    assert.ok(isUnknown(metadata(instance('unpinned_endpoint_only'))![0]!.http_tokens));
    assert.equal(metadata(instance('v5_optional'))![0]!.http_tokens, 'optional');
    assert.ok(isUnknown(metadata(instance('v5_tokens_variable'))![0]!.http_tokens));
    // optional(string, "required") replaces a null with its default.
    assert.equal(metadata(instance('v6_null_tokens'))![0]!.http_tokens, 'required');
  });

  it('reads an empty map as no block in 5.x and a block of defaults in 4.x and 6.x', () => {
    assert.equal(metadata(instance('v5_empty')), undefined);
    assert.deepEqual(dynamicNames(instance('v5_empty')), []);
    assert.equal(metadata(instance('v4_empty'))![0]!.http_tokens, 'optional');
    assert.equal(metadata(instance('v6_empty'))![0]!.http_tokens, 'required');
  });

  it('reads null as no block in 4.x and 6.x, undecided in 5.x (the module fails on it); an unknown map is undecided', () => {
    for (const name of ['v6_null', 'v6_null_ami', 'v4_null']) {
      assert.equal(metadata(instance(name)), undefined, name);
      assert.deepEqual(dynamicNames(instance(name)), [], name);
    }
    for (const name of ['v5_null', 'v5_variable']) assert.deepEqual(dynamicNames(instance(name)), ['metadata_options'], name);
  });

  it('gives the instance the AMI of the version\'s default SSM parameter, or the one given', () => {
    assert.equal(instance('v6').ami, 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64');
    assert.equal(instance('v5').ami, 'resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2');
    assert.equal(instance('v6_null_ami').ami, 'ami-0123456789abcdef0');
    assert.equal(instance('v6_null_al2').ami, 'resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2');
    assert.ok(isUnknown(instance('unpinned').ami));
    assert.ok(isUnknown(instance('v5_ssm_variable').ami));
  });

  it('writes a given launch template, a dynamic block for an unknown one, none for an empty map', () => {
    assert.deepEqual(instance('v5_template').launch_template, [{ id: 'lt-0123456789abcdef0' }]);
    assert.deepEqual(dynamicNames(instance('v5_template_variable')), ['launch_template']);
    assert.equal('launch_template' in instance('v5_template_empty'), false);
    assert.deepEqual(dynamicNames(instance('v5_template_empty')), []);
  });

  it('locates a module default at the call, a given map and its keys at their arguments', () => {
    const at = (name: string, path: Array<string | number>): number | undefined => locatedLine(parsed, `module.${name}.aws_instance.this`, path);
    assert.equal(at('v5', ['config', 'metadata_options', 0, 'http_tokens']), lineOf(text, 'module "v5"'));
    assert.equal(at('v5_optional', ['config', 'metadata_options', 0, 'http_tokens']), lineOf(text, '# v5 optional'));
    // A key the module fills is shown at the map it fills.
    assert.equal(at('v5_endpoint_only', ['config', 'metadata_options', 0, 'http_tokens']), lineOf(text, '# v5 endpoint') - 1);
    assert.equal(at('v4_empty', ['config', 'metadata_options', 0, 'http_tokens']), lineOf(text, '# v4 empty'));
    assert.equal(at('v5_variable', ['config', 'dynamic', 'metadata_options']), lineOf(text, 'metadata_options = var.metadata'));
  });
});

describe('terraform-modules: terraform-aws-modules/ec2-instance volumes', () => {
  const text = [
    call(
      'v5',
      '5.7.1',
      [
        '  root_block_device = [',
        '    {',
        '      encrypted   = false # v5 root',
        '      volume_size = 50',
        '    },',
        '  ]',
        '  ebs_block_device = [',
        '    {',
        '      device_name = "/dev/sdf" # v5 sdf',
        '      volume_size = 100',
        '    },',
        '    {',
        '      device_name = "/dev/sdg"',
        '      encrypted   = true',
        '      kms_key_id  = "arn:aws:kms:eu-central-1:111122223333:key/data"',
        '    },',
        '    {',
        '      device_name = "/dev/sdh"',
        '      snapshot_id = "snap-0123456789abcdef0"',
        '    },',
        '  ]',
      ].join('\n'),
    ),
    call('v6', '6.1.1', ['  region = "eu-west-1"', '  root_block_device = {', '    encrypted = false # v6 root', '    size      = 50', '    type      = "gp3"', '  }', '  ebs_volumes = {', '    "/dev/sdf" = {', '      size = 100 # v6 sdf', '    }', '    "/dev/sdg" = {', '      encrypted = true # v6 sdg', '    }', '    data = {', '      snapshot_id = "snap-0123456789abcdef0"', '      type        = "io2"', '    }', '  }'].join('\n')),
    call('v6_list_root', '6.1.1', '  root_block_device = [{ encrypted = false }]'),
    call('v5_object_root', '5.7.1', '  root_block_device = { encrypted = false }'),
    call('v5_variable', '5.7.1', '  root_block_device = var.root\n  ebs_block_device  = [var.data_volume]'),
    call('v2_spanning', '~> 2.0', '  instance_count   = 1\n  root_block_device = [{ encrypted = false }]\n  ebs_block_device  = [{ device_name = "/dev/sdf", encrypted = true }, { device_name = "/dev/sdg" }]'),
    call('v2_spanning_tells', '~> 2.0', '  user_data_base64 = "IyEvYmluL2Jhc2gK"\n  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = false }]'),
    call('v2_recent', '2.21.0', '  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = false }]'),
    call('v2_old', '2.5.0', '  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = false }]'),
    call('v6_off', '6.1.1', '  create      = false\n  ebs_volumes = { "/dev/sdf" = { size = 10 } }'),
    call('v6_spot', '6.1.1', '  create_spot_instance = true\n  ebs_volumes = { "/dev/sdf" = { size = 10 } }'),
    call('v6_volume_variable', '6.1.1', '  ebs_volumes = { logs = var.log_volume }'),
    call('v6_volumes_variable', '6.1.1', '  ebs_volumes = var.volumes'),
    call('unpinned_legacy', undefined, '  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = true }]'),
    call('unpinned_legacy_tells', undefined, '  create = true\n  ebs_block_device = [{ device_name = "/dev/sdf", encrypted = true }]'),
  ].join('\n');
  const parsed = module(text);
  const instance = (name: string): Record<string, unknown> => config(parsed, `module.${name}.aws_instance.this`);

  it('writes one block per list entry before 6, passing encryption, key, device and snapshot', () => {
    const cfg = instance('v5');
    assert.deepEqual(cfg.root_block_device, [{ encrypted: false, volume_size: 50 }]);
    assert.deepEqual(cfg.ebs_block_device, [
      { device_name: '/dev/sdf', volume_size: 100 },
      { device_name: '/dev/sdg', encrypted: true, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/data' },
      { device_name: '/dev/sdh', snapshot_id: 'snap-0123456789abcdef0' },
    ]);
  });

  it('writes 6.x\'s root object as one block and each ebs_volumes entry as an aws_ebs_volume', () => {
    assert.deepEqual(instance('v6').root_block_device, [{ encrypted: false, volume_size: 50, volume_type: 'gp3' }]);
    assert.equal('ebs_block_device' in instance('v6'), false);
    assert.deepEqual(ids(parsed, 'module.v6'), [
      'module.v6.aws_instance.this',
      'module.v6.aws_ebs_volume.this["/dev/sdf"]',
      'module.v6.aws_ebs_volume.this["/dev/sdg"]',
      'module.v6.aws_ebs_volume.this["data"]',
    ]);
    assert.deepEqual(config(parsed, 'module.v6.aws_ebs_volume.this["/dev/sdf"]'), { region: 'eu-west-1', size: 100, type: 'gp3' });
    assert.deepEqual(config(parsed, 'module.v6.aws_ebs_volume.this["/dev/sdg"]'), { region: 'eu-west-1', encrypted: true, type: 'gp3' });
    assert.deepEqual(config(parsed, 'module.v6.aws_ebs_volume.this["data"]'), { region: 'eu-west-1', snapshot_id: 'snap-0123456789abcdef0', type: 'io2' });
    assert.equal(instance('v6').region, 'eu-west-1');
    // The volumes are attached to the spot instance too.
    assert.deepEqual(ids(parsed, 'module.v6_spot'), ['module.v6_spot.aws_spot_instance_request.this', 'module.v6_spot.aws_ebs_volume.this["/dev/sdf"]']);
  });

  it('leaves an unknown volume entry\'s encryption undecided, and creates no volume from an unknown map', () => {
    assert.ok(isUnknown(config(parsed, 'module.v6_volume_variable.aws_ebs_volume.this["logs"]').encrypted));
    assert.deepEqual(ids(parsed, 'module.v6_volumes_variable'), ['module.v6_volumes_variable.aws_instance.this']);
  });

  it('leaves a value of the other generation\'s shape, or an unknown one, a dynamic block whose content is not known', () => {
    assert.deepEqual(dynamicNames(instance('v6_list_root')), ['root_block_device']);
    assert.equal('root_block_device' in instance('v6_list_root'), false);
    assert.deepEqual(dynamicNames(instance('v5_object_root')), ['root_block_device']);
    assert.deepEqual(dynamicNames(instance('v5_variable')), ['ebs_block_device', 'root_block_device']);
  });

  it('leaves the encryption a 2.x range over 2.7 may not pass undecided, unless an argument tells a later release', () => {
    const spanning = instance('v2_spanning');
    assert.ok(isUnknown((spanning.root_block_device as Block[])[0]!.encrypted));
    assert.ok(isUnknown((spanning.ebs_block_device as Block[])[0]!.encrypted));
    assert.deepEqual((spanning.ebs_block_device as Block[])[1], { device_name: '/dev/sdg' });
    assert.deepEqual(instance('v2_spanning_tells').ebs_block_device, [{ device_name: '/dev/sdf', encrypted: false }]);
    assert.deepEqual(instance('v2_recent').ebs_block_device, [{ device_name: '/dev/sdf', encrypted: false }]);
    assert.deepEqual(ids(parsed, 'module.v2_old'), []);
    // Unpinned, before 6 by its arguments: 2.0 to 2.6 remain possible unless an argument of a later release is used.
    assert.ok(isUnknown((instance('unpinned_legacy').ebs_block_device as Block[])[0]!.encrypted));
    assert.deepEqual(instance('unpinned_legacy_tells').ebs_block_device, [{ device_name: '/dev/sdf', encrypted: true }]);
  });

  it('creates no volume when create is false', () => {
    assert.deepEqual(ids(parsed, 'module.v6_off'), []);
  });

  it('locates an entry and its encryption at the call\'s arguments', () => {
    const at = (id: string, path: Array<string | number>): number | undefined => locatedLine(parsed, id, path);
    assert.equal(at('module.v5.aws_instance.this', ['config', 'root_block_device', 0, 'encrypted']), lineOf(text, '# v5 root'));
    assert.equal(at('module.v5.aws_instance.this', ['config', 'ebs_block_device', 0]), lineOf(text, '# v5 sdf') - 1);
    assert.equal(at('module.v6.aws_instance.this', ['config', 'root_block_device', 0, 'encrypted']), lineOf(text, '# v6 root'));
    assert.equal(at('module.v6.aws_ebs_volume.this["/dev/sdg"]', ['config', 'encrypted']), lineOf(text, '# v6 sdg'));
  });
});

describe('terraform-modules: terraform-aws-modules/ec2-instance resources and switches', () => {
  const text = [
    call('plain', '5.7.1', '  instance_type = "t3.small"\n  user_data = "#!/bin/bash\\necho hello"\n  user_data_base64 = "IyEvYmluL2Jhc2gK"'),
    call('off', '5.7.1', '  create = false'),
    call('maybe', '5.7.1', '  create = var.create_instance'),
    call('null_create', '5.7.1', '  create = null'),
    call('declined', '5.7.1', '  putin_khuylo = false'),
    call('spot', '5.7.1', '  create_spot_instance = true\n  user_data = "#!/bin/bash"\n  associate_public_ip_address = true'),
    call('maybe_spot', '5.7.1', '  create_spot_instance = var.spot'),
    call('ignore_ami', '5.7.1', '  ignore_ami_changes = true'),
    call('maybe_ignore_ami', '5.7.1', '  ignore_ami_changes = var.ignore'),
    call('v2_none', '2.21.0', '  instance_count = 0'),
    call('v2_two', '2.21.0', '  instance_count = 2'),
    call('v1', '1.25.0', ''),
    call('wrappers', '5.7.1', '  items = { one = {} }', `${SOURCE}//wrappers`),
    'resource "aws_eip" "web" {\n  instance = module.plain.id\n}\n',
    'resource "aws_eip" "spot" {\n  instance = module.spot.spot_instance_id\n}\n',
  ].join('\n');
  const parsed = module(text);

  it('creates aws_instance.this with the user data the call gives', () => {
    assert.deepEqual(ids(parsed, 'module.plain'), ['module.plain.aws_instance.this']);
    const cfg = config(parsed, 'module.plain.aws_instance.this');
    assert.equal(cfg.user_data, '#!/bin/bash\necho hello');
    assert.equal(cfg.user_data_base64, 'IyEvYmluL2Jhc2gK');
    assert.equal(cfg.instance_type, 't3.small');
    assert.equal('associate_public_ip_address' in cfg, false, 'null by default: the subnet decides');
  });

  it('passes associate_public_ip_address as given', () => {
    assert.equal(config(parsed, 'module.spot.aws_spot_instance_request.this').associate_public_ip_address, true);
  });

  it('creates nothing when create or putin_khuylo is false, unknown or null, or instance_count is 0; nothing for 1.x or the wrappers', () => {
    for (const name of ['off', 'maybe', 'null_create', 'declined', 'v2_none', 'v1', 'wrappers']) assert.deepEqual(ids(parsed, `module.${name}`), [], name);
    assert.deepEqual(ids(parsed, 'module.v2_two'), ['module.v2_two.aws_instance.this']);
  });

  it('creates the spot request instead of the instance, and the ignore_ami instance; nothing when the switch is unknown', () => {
    assert.deepEqual(ids(parsed, 'module.spot'), ['module.spot.aws_spot_instance_request.this']);
    assert.equal(config(parsed, 'module.spot.aws_spot_instance_request.this').user_data, '#!/bin/bash');
    assert.deepEqual(ids(parsed, 'module.ignore_ami'), ['module.ignore_ami.aws_instance.ignore_ami']);
    assert.equal((config(parsed, 'module.ignore_ami.aws_instance.ignore_ami').metadata_options as Block[])[0]!.http_tokens, 'optional');
    assert.deepEqual(ids(parsed, 'module.maybe_spot'), []);
    assert.deepEqual(ids(parsed, 'module.maybe_ignore_ami'), []);
  });

  it('lets the id output name the instance, and spot_instance_id the spot request\'s instance', () => {
    assert.deepEqual((config(parsed, 'aws_eip.web').instance as { refs: string[] }).refs[0], 'module.plain.aws_instance.this.id');
    assert.deepEqual((config(parsed, 'aws_eip.spot').instance as { refs: string[] }).refs[0], 'module.spot.aws_spot_instance_request.this.spot_instance_id');
  });
});

// The checks on module-created instances: IMDSv1 (EVD-TF-199), instance volume
// encryption (EVD-TF-067), user data credentials (EVD-TF-179) and, for 6.x's
// volumes, EVD-TF-007.
const SCANNED = `variable "metadata" {
  type = map(string)
}

module "legacy_web" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.6"
  name    = "legacy-web"
  ami     = "ami-0123456789abcdef0"

  root_block_device = [{ encrypted = false }] # legacy root
  ebs_block_device = [
    { device_name = "/dev/sdf", volume_size = 100 }, # legacy sdf
    { device_name = "/dev/sdg", encrypted = true },
  ]

  user_data = <<-EOT
    #!/bin/bash
    export DB_PASSWORD=Clinic-Records-2024
  EOT
}

module "hardened" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.6"
  name    = "hardened"
  ami     = "ami-0123456789abcdef0"

  metadata_options  = { http_tokens = "required" }
  root_block_device = [{ encrypted = true }]
  ebs_block_device  = [{ device_name = "/dev/sdf", encrypted = true }]
  user_data         = "#!/bin/bash\\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)"
}

module "optional_tokens" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"
  name    = "optional-tokens"

  metadata_options = {
    http_tokens = "optional" # optional tokens
  }
}

module "current" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"
  name    = "current"

  root_block_device = { encrypted = false } # current root
  ebs_volumes = {
    "/dev/sdf" = { size = 100 } # current sdf
    "/dev/sdg" = { encrypted = true }
  }
}

module "current_no_metadata" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"
  name    = "current-no-metadata"
  ami     = "ami-0123456789abcdef0"

  metadata_options = null # no metadata
}

module "current_al2023" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "6.1.1"
  name    = "current-al2023"

  metadata_options = null
}

module "spot" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "5.7.1"
  name    = "spot"

  create_spot_instance = true
  metadata_options     = { http_tokens = "required" }
  user_data            = "export AWS_ACCESS_KEY_ID=AKIA2OGYBAH6STMMNXNN" # spot user data
}

module "unpinned" {
  source = "terraform-aws-modules/ec2-instance/aws"
  name   = "unpinned"
}

module "pipeline" {
  source           = "terraform-aws-modules/ec2-instance/aws"
  version          = "5.7.1"
  name             = "pipeline"
  metadata_options = var.metadata
}

module "off" {
  source    = "terraform-aws-modules/ec2-instance/aws"
  version   = "5.7.1"
  name      = "off"
  create    = false
  user_data = "export DB_PASSWORD=Clinic-Records-2024"
}
`;

describe('terraform-modules: the checks on ec2-instance calls', () => {
  it('reports IMDSv1, unencrypted volumes and user data credentials at the call, and nothing undecided', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'main.tf': SCANNED });
    try {
      const result = await scan({ paths: [dir] });
      const rules = new Set(['EVD-TF-199', 'EVD-TF-067', 'EVD-TF-179', 'EVD-TF-007']);
      const found = result.findings
        .filter((f) => rules.has(f.ruleId))
        .map((f) => [f.ruleId, f.resource, f.location.startLine] as const)
        .sort((a, b) => String(a).localeCompare(String(b)));
      const at = (needle: string): number => lineOf(SCANNED, needle);
      assert.deepEqual(
        found,
        [
          ['EVD-TF-199', 'module.legacy_web.aws_instance.this', at('module "legacy_web"')],
          ['EVD-TF-067', 'module.legacy_web.aws_instance.this', at('# legacy root')],
          ['EVD-TF-067', 'module.legacy_web.aws_instance.this', at('# legacy sdf')],
          ['EVD-TF-179', 'module.legacy_web.aws_instance.this', at('user_data = <<-EOT')],
          ['EVD-TF-199', 'module.optional_tokens.aws_instance.this', at('# optional tokens')],
          ['EVD-TF-067', 'module.current.aws_instance.this', at('# current root')],
          ['EVD-TF-007', 'module.current.aws_ebs_volume.this["/dev/sdf"]', at('module "current"')],
          ['EVD-TF-199', 'module.current_no_metadata.aws_instance.this', at('module "current_no_metadata"')],
          ['EVD-TF-179', 'module.spot.aws_spot_instance_request.this', at('# spot user data')],
        ].sort((a, b) => String(a).localeCompare(String(b))),
      );
    } finally {
      cleanup();
    }
  });
});
