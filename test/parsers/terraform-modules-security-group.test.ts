// The model of terraform-aws-modules/security-group/aws and its preset
// submodules (src/parsers/terraform-modules/security-group.ts): the security
// group and ingress rules a call creates, their values, what stays unknown,
// and where a finding on them is shown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, lineOf, loadModule as module, locatedLine as line } from '../helpers/terraform-modules.js';

const groupRef = (call: string): unknown => ({ __unknown__: `${call}.aws_security_group.this.id`, refs: [`${call}.aws_security_group.this.id`] });

describe('terraform-modules: which security-group sources are modelled', () => {
  it('reads the registry address, preset submodules and GitHub sources', () => {
    const cases: Array<[string, string, number | undefined]> = [
      ['terraform-aws-modules/security-group/aws', '', undefined],
      ['terraform-aws-modules/security-group/aws//modules/ssh', 'modules/ssh', undefined],
      ['registry.terraform.io/terraform-aws-modules/security-group/aws//modules/postgresql', 'modules/postgresql', undefined],
      ['git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/rdp?ref=v5.1.2', 'modules/rdp', 5],
    ];
    for (const [source, submodule, major] of cases) {
      const found = modelOf(source);
      assert.equal(found?.model.address, 'terraform-aws-modules/security-group/aws', source);
      assert.equal(found?.submodule, submodule, source);
      assert.equal(found?.ref?.major, major, source);
    }
  });
});

const ROOT = `module "bastion" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.1"

  name   = "bastion"
  vpc_id = "vpc-1"

  ingress_cidr_blocks = [
    "10.8.0.0/16",
    "0.0.0.0/0",
  ]
  ingress_rules = ["ssh-tcp", "https-443-tcp", "not-a-rule"]

  ingress_with_cidr_blocks = [
    {
      rule        = "postgresql-tcp"
      cidr_blocks = "10.20.0.0/16,0.0.0.0/0"
    },
    {
      from_port   = "3306"
      to_port     = 3306
      protocol    = "tcp"
      description = "MySQL from the defaults"
    },
    {
      rule        = "redis-tcp"
      cidr_blocks = var.cache_cidrs
    },
  ]
  ingress_with_ipv6_cidr_blocks = [
    {
      rule             = "rdp-tcp"
      ipv6_cidr_blocks = "::/0"
    },
  ]
  ingress_with_source_security_group_id = [
    {
      rule                     = "mysql-tcp"
      source_security_group_id = "sg-app"
    },
  ]
  ingress_with_self = [
    {
      rule = "all-all"
    },
  ]

  computed_ingress_with_cidr_blocks = [
    {
      rule        = "mssql-tcp"
      cidr_blocks = "0.0.0.0/0"
    },
    {
      rule        = "oracle-db-tcp"
      cidr_blocks = "0.0.0.0/0"
    },
  ]
  number_of_computed_ingress_with_cidr_blocks = 1

  computed_ingress_rules           = ["rdp-tcp"]
  number_of_computed_ingress_rules = var.count_of_rules
}
`;

describe('terraform-modules: terraform-aws-modules/security-group, versions 1 to 5', () => {
  const parsed = module(ROOT);

  it('creates the group and one aws_security_group_rule per rule, addressed with its count index', () => {
    assert.deepEqual(ids(parsed, 'module.bastion'), [
      'module.bastion.aws_security_group.this',
      'module.bastion.aws_security_group_rule.ingress_rules[0]',
      'module.bastion.aws_security_group_rule.ingress_rules[1]',
      'module.bastion.aws_security_group_rule.ingress_rules[2]',
      'module.bastion.aws_security_group_rule.ingress_with_source_security_group_id[0]',
      'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[0]',
      'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[1]',
      'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[2]',
      'module.bastion.aws_security_group_rule.ingress_with_ipv6_cidr_blocks[0]',
      'module.bastion.aws_security_group_rule.ingress_with_self[0]',
      'module.bastion.aws_security_group_rule.computed_ingress_with_cidr_blocks[0]',
    ]);
    const group = resources(parsed).find((r) => r.id === 'module.bastion.aws_security_group.this')!;
    assert.deepEqual(group.created_by, { call: 'module.bastion', source: 'terraform-aws-modules/security-group/aws', module: 'terraform-aws-modules/security-group/aws' });
    assert.deepEqual(group.config, { name_prefix: 'bastion-', description: 'Security Group managed by Terraform', vpc_id: 'vpc-1' });
  });

  it('gives a named rule the ports of the rules table and the default source lists', () => {
    assert.deepEqual(config(parsed, 'module.bastion.aws_security_group_rule.ingress_rules[0]'), {
      type: 'ingress',
      security_group_id: groupRef('module.bastion'),
      cidr_blocks: ['10.8.0.0/16', '0.0.0.0/0'],
      ipv6_cidr_blocks: [],
      description: 'SSH',
      from_port: 22,
      to_port: 22,
      protocol: 'tcp',
    });
    assert.equal(config(parsed, 'module.bastion.aws_security_group_rule.ingress_rules[1]').from_port, 443);
    // A name missing from the table: the rule exists, its ports are unknown.
    const unknownRule = config(parsed, 'module.bastion.aws_security_group_rule.ingress_rules[2]');
    for (const key of ['from_port', 'to_port', 'protocol']) assert.ok(isUnknown(unknownRule[key]), key);
  });

  it('splits the comma-separated cidr_blocks of a map, or falls back to ingress_cidr_blocks', () => {
    const named = config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[0]');
    assert.deepEqual([named.cidr_blocks, named.from_port, named.to_port, named.protocol, named.description], [['10.20.0.0/16', '0.0.0.0/0'], 5432, 5432, 'tcp', 'Ingress Rule']);
    const explicit = config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[1]');
    assert.deepEqual([explicit.cidr_blocks, explicit.from_port, explicit.to_port, explicit.description], [['10.8.0.0/16', '0.0.0.0/0'], 3306, 3306, 'MySQL from the defaults']);
    assert.ok(isUnknown(config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_cidr_blocks[2]').cidr_blocks));
    const ipv6 = config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_ipv6_cidr_blocks[0]');
    assert.deepEqual([ipv6.ipv6_cidr_blocks, ipv6.from_port, ipv6.cidr_blocks], [['::/0'], 3389, undefined]);
  });

  it('reads cidr_blocks written as a list (the module\'s split() rejects it) as that list', () => {
    const listed = module(`module "sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "4.3.0"
  ingress_with_cidr_blocks = [
    { from_port = 22, to_port = 22, protocol = "tcp", cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] },
  ]
}
`);
    assert.deepEqual(config(listed, 'module.sg.aws_security_group_rule.ingress_with_cidr_blocks[0]').cidr_blocks, ['10.0.0.0/8', '0.0.0.0/0']);
    assert.equal(line(listed, 'module.sg.aws_security_group_rule.ingress_with_cidr_blocks[0]', ['config', 'cidr_blocks', 1]), 5);
  });

  it('opens source-group and self rules to no CIDR', () => {
    const fromGroup = config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_source_security_group_id[0]');
    assert.deepEqual([fromGroup.source_security_group_id, fromGroup.from_port, fromGroup.cidr_blocks], ['sg-app', 3306, undefined]);
    const self = config(parsed, 'module.bastion.aws_security_group_rule.ingress_with_self[0]');
    assert.deepEqual([self.self, self.protocol, self.cidr_blocks], [true, '-1', undefined]);
  });

  it('creates number_of_computed_* computed rules, and none when that number is unknown', () => {
    assert.deepEqual(config(parsed, 'module.bastion.aws_security_group_rule.computed_ingress_with_cidr_blocks[0]').cidr_blocks, ['0.0.0.0/0']);
    assert.ok(!ids(parsed, 'module.bastion').includes('module.bastion.aws_security_group_rule.computed_ingress_with_cidr_blocks[1]'));
    assert.ok(!ids(parsed, 'module.bastion').some((id) => id.includes('computed_ingress_rules')));
  });

  it('locates a rule\'s values at the call arguments they came from', () => {
    const line = (id: string, path: Array<string | number>): number | undefined => parsed.locate(`module.bastion.aws_security_group_rule.${id}`, path)?.startLine;
    assert.equal(line('ingress_rules[0]', ['config', 'cidr_blocks', 1]), lineOf(ROOT, '"0.0.0.0/0",'));
    assert.equal(line('ingress_rules[0]', ['config', 'from_port']), lineOf(ROOT, 'ingress_rules = ['));
    assert.equal(line('ingress_with_cidr_blocks[0]', ['config', 'cidr_blocks', 1]), lineOf(ROOT, '"10.20.0.0/16,0.0.0.0/0"'));
    assert.equal(line('ingress_with_cidr_blocks[1]', ['config', 'cidr_blocks', 1]), lineOf(ROOT, '"0.0.0.0/0",'));
    assert.equal(line('ingress_with_cidr_blocks[1]', ['config', 'from_port']), lineOf(ROOT, 'from_port   = "3306"'));
    assert.equal(line('ingress_with_ipv6_cidr_blocks[0]', ['config', 'ipv6_cidr_blocks', 0]), lineOf(ROOT, 'ipv6_cidr_blocks = "::/0"'));
    assert.equal(line('ingress_with_self[0]', ['config', 'self']), 1);
    assert.equal(parsed.locate('module.bastion.aws_security_group.this', [])?.startLine, 1);
  });
});

describe('terraform-modules: security-group calls that create nothing, or less', () => {
  const text = `module "off" {
  source              = "terraform-aws-modules/security-group/aws"
  version             = "5.1.2"
  create              = false
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "maybe" {
  source              = "terraform-aws-modules/security-group/aws"
  version             = "5.1.2"
  create              = var.create
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}

module "existing_group" {
  source              = "terraform-aws-modules/security-group/aws"
  version             = "4.17.2"
  create_sg           = false
  security_group_id   = "sg-0123"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["rdp-tcp"]
}

module "unpinned" {
  source = "terraform-aws-modules/security-group/aws"
  ingress_rules = ["ssh-tcp"]
  ingress_with_cidr_blocks = [{ rule = "postgresql-tcp" }]
}

module "version_1" {
  source        = "terraform-aws-modules/security-group/aws//modules/ssh"
  version       = "~> 1.0"
  name          = "old"
  vpc_id        = "vpc-1"
}

module "rules_from_a_variable" {
  source                   = "terraform-aws-modules/security-group/aws"
  version                  = "5.1.2"
  ingress_cidr_blocks      = ["0.0.0.0/0"]
  ingress_rules            = var.rules
  ingress_with_cidr_blocks = [var.rule]
}
`;
  const parsed = module(text);

  it('creates nothing with create = false or an unknown create', () => {
    assert.deepEqual(ids(parsed, 'module.off'), []);
    assert.deepEqual(ids(parsed, 'module.maybe'), []);
  });

  it('puts the rules on the given group with create_sg = false', () => {
    assert.deepEqual(ids(parsed, 'module.existing_group'), ['module.existing_group.aws_security_group_rule.ingress_rules[0]']);
    assert.equal(config(parsed, 'module.existing_group.aws_security_group_rule.ingress_rules[0]').security_group_id, 'sg-0123');
  });

  it('leaves ingress_cidr_blocks unknown without a pinned version from 2 on (version 1.0.0 had a default CIDR), empty with one', () => {
    assert.ok(isUnknown(config(parsed, 'module.unpinned.aws_security_group_rule.ingress_rules[0]').cidr_blocks));
    assert.ok(isUnknown(config(parsed, 'module.unpinned.aws_security_group_rule.ingress_with_cidr_blocks[0]').cidr_blocks));
    assert.ok(isUnknown(config(parsed, 'module.version_1.aws_security_group_rule.ingress_rules[0]').cidr_blocks));
    assert.deepEqual(config(parsed, 'module.version_1.aws_security_group_rule.ingress_rules[0]').from_port, 22);
  });

  it('creates no rule from an unknown list, nor from an unknown element', () => {
    assert.deepEqual(ids(parsed, 'module.rules_from_a_variable'), ['module.rules_from_a_variable.aws_security_group.this']);
  });
});

describe('terraform-modules: a security-group call with its own rules table', () => {
  const parsed = module(`module "custom" {
  source              = "terraform-aws-modules/security-group/aws"
  version             = "5.1.2"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp", "app-tcp"]
  ingress_with_cidr_blocks = [{ rule = "ssh-tcp" }]

  rules = {
    ssh-tcp = [2222, 2222, "tcp", "SSH on the bastion's own port"]
    app-tcp = [8443, 8443, "tcp", "App"]
  }
}

module "table_from_a_variable" {
  source              = "terraform-aws-modules/security-group/aws"
  version             = "5.1.2"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
  rules               = var.rules
}
`);

  it('reads rule names from the rules argument, which replaces the module\'s table (var.rules[name])', () => {
    for (const id of ['module.custom.aws_security_group_rule.ingress_rules[0]', 'module.custom.aws_security_group_rule.ingress_with_cidr_blocks[0]']) {
      const rule = config(parsed, id);
      assert.deepEqual([rule.from_port, rule.to_port, rule.protocol], [2222, 2222, 'tcp'], id);
    }
    assert.equal(config(parsed, 'module.custom.aws_security_group_rule.ingress_rules[1]').from_port, 8443);
  });

  it('leaves the ports unknown when the rules table is unknown', () => {
    const rule = config(parsed, 'module.table_from_a_variable.aws_security_group_rule.ingress_rules[0]');
    assert.ok(isUnknown(rule.from_port));
    assert.ok(isUnknown(rule.to_port));
  });
});

describe('terraform-modules: security-group preset submodules, versions 1 to 5', () => {
  const text = `module "rdp" {
  source  = "terraform-aws-modules/security-group/aws//modules/rdp"
  version = "~> 4.17"

  name   = "desktops"
  vpc_id = "vpc-1"

  ingress_cidr_blocks = ["0.0.0.0/0"]
}

module "ssh" {
  source  = "terraform-aws-modules/security-group/aws//modules/ssh"
  version = "5.1.2"

  name   = "ops"
  vpc_id = "vpc-1"

  ingress_rules       = ["ssh-tcp", "https-443-tcp"]
  ingress_cidr_blocks = ["10.8.0.0/16"]
}

module "unmodelled_preset" {
  source  = "terraform-aws-modules/security-group/aws//modules/kafka"
  version = "5.1.2"

  name                = "kafka"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_with_cidr_blocks = [
    {
      rule        = "ssh-tcp"
      cidr_blocks = "0.0.0.0/0"
    },
  ]
}
`;
  const parsed = module(text);

  it('adds the preset\'s automatic rules (sorted, as the submodule does) and its all-all rule with self', () => {
    assert.deepEqual(ids(parsed, 'module.rdp'), [
      'module.rdp.aws_security_group.this',
      'module.rdp.aws_security_group_rule.ingress_rules[0]',
      'module.rdp.aws_security_group_rule.ingress_rules[1]',
      'module.rdp.aws_security_group_rule.ingress_with_self[0]',
    ]);
    const tcp = config(parsed, 'module.rdp.aws_security_group_rule.ingress_rules[0]');
    const udp = config(parsed, 'module.rdp.aws_security_group_rule.ingress_rules[1]');
    assert.deepEqual([tcp.protocol, tcp.from_port, tcp.cidr_blocks], ['tcp', 3389, ['0.0.0.0/0']]);
    assert.deepEqual([udp.protocol, udp.from_port], ['udp', 3389]);
    const self = config(parsed, 'module.rdp.aws_security_group_rule.ingress_with_self[0]');
    assert.deepEqual([self.self, self.protocol], [true, '-1']);
    // The preset's own rules are shown at the sources the call gives them.
    assert.equal(parsed.locate('module.rdp.aws_security_group_rule.ingress_rules[0]', ['config', 'cidr_blocks', 0])?.startLine, 8);
    assert.equal(parsed.locate('module.rdp.aws_security_group_rule.ingress_rules[0]', ['config', 'from_port'])?.startLine, 1);
  });

  it('merges the caller\'s rule names into the preset\'s, once each', () => {
    const names = ['module.ssh.aws_security_group_rule.ingress_rules[0]', 'module.ssh.aws_security_group_rule.ingress_rules[1]'];
    assert.deepEqual(
      names.map((id) => config(parsed, id).from_port),
      [443, 22],
    );
    assert.equal(parsed.locate(names[1]!, ['config', 'from_port'])?.startLine, lineOf(text, 'ingress_rules       = ["ssh-tcp", "https-443-tcp"]'));
  });

  it('creates no automatic rule for a preset it does not know, and the caller\'s own rules', () => {
    assert.deepEqual(ids(parsed, 'module.unmodelled_preset'), [
      'module.unmodelled_preset.aws_security_group.this',
      'module.unmodelled_preset.aws_security_group_rule.ingress_with_cidr_blocks[0]',
      'module.unmodelled_preset.aws_security_group_rule.ingress_with_self[0]',
    ]);
  });
});

describe('terraform-modules: terraform-aws-modules/security-group, version 6', () => {
  const text = `module "web" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 6.0"

  name = "web"

  ingress_rules = {
    https = {
      from_port = 443
      cidr_ipv4 = "0.0.0.0/0"
    }
    ssh = {
      to_port   = 22
      cidr_ipv6 = "::/0"
    }
    cluster = {
      ip_protocol                  = "-1"
      referenced_security_group_id = "self"
    }
  }
}

module "cache" {
  source = "terraform-aws-modules/security-group/aws//modules/redis"

  name = "cache"
  ingress_cidr_ipv4 = {
    anywhere = "0.0.0.0/0"
    vpc      = "10.0.0.0/16"
  }
  ingress_referenced_security_group_id = {
    app = "sg-app"
  }
}

module "shapes_of_two_versions" {
  source              = "terraform-aws-modules/security-group/aws"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_cidr_ipv4   = { internet = "0.0.0.0/0" }
}

module "nothing_tells" {
  source = "terraform-aws-modules/security-group/aws//modules/ssh"
  name   = "bare"
}
`;
  const parsed = module(text);

  it('creates one aws_vpc_security_group_ingress_rule per map entry, keyed as for_each keys it', () => {
    assert.deepEqual(ids(parsed, 'module.web'), [
      'module.web.aws_security_group.this',
      'module.web.aws_vpc_security_group_ingress_rule.this["cluster"]',
      'module.web.aws_vpc_security_group_ingress_rule.this["https"]',
      'module.web.aws_vpc_security_group_ingress_rule.this["ssh"]',
    ]);
    assert.deepEqual(config(parsed, 'module.web.aws_vpc_security_group_ingress_rule.this["https"]'), {
      cidr_ipv4: '0.0.0.0/0',
      security_group_id: groupRef('module.web'),
      from_port: 443,
      to_port: 443,
      ip_protocol: 'tcp',
    });
    const ssh = config(parsed, 'module.web.aws_vpc_security_group_ingress_rule.this["ssh"]');
    assert.deepEqual([ssh.cidr_ipv6, ssh.from_port, ssh.to_port, ssh.ip_protocol], ['::/0', 22, 22, 'tcp']);
    assert.deepEqual(config(parsed, 'module.web.aws_vpc_security_group_ingress_rule.this["cluster"]').referenced_security_group_id, groupRef('module.web'));
    assert.equal(parsed.locate('module.web.aws_vpc_security_group_ingress_rule.this["ssh"]', ['config', 'cidr_ipv6'])?.startLine, lineOf(text, 'cidr_ipv6 = "::/0"'));
  });

  it('reads a call without a version by the shape of its arguments: a preset rule for each source entry', () => {
    assert.deepEqual(ids(parsed, 'module.cache'), [
      'module.cache.aws_security_group.this',
      'module.cache.aws_vpc_security_group_ingress_rule.this["redis/anywhere"]',
      'module.cache.aws_vpc_security_group_ingress_rule.this["redis/app"]',
      'module.cache.aws_vpc_security_group_ingress_rule.this["redis/vpc"]',
    ]);
    const open = config(parsed, 'module.cache.aws_vpc_security_group_ingress_rule.this["redis/anywhere"]');
    assert.deepEqual([open.cidr_ipv4, open.from_port, open.to_port, open.ip_protocol], ['0.0.0.0/0', 6379, 6379, 'tcp']);
    assert.equal(config(parsed, 'module.cache.aws_vpc_security_group_ingress_rule.this["redis/app"]').referenced_security_group_id, 'sg-app');
    assert.equal(parsed.locate('module.cache.aws_vpc_security_group_ingress_rule.this["redis/anywhere"]', ['config', 'cidr_ipv4'])?.startLine, lineOf(text, 'anywhere = "0.0.0.0/0"'));
  });

  it('creates nothing for arguments no version accepts together, and only the group when nothing tells the versions apart', () => {
    assert.deepEqual(ids(parsed, 'module.shapes_of_two_versions'), []);
    assert.deepEqual(ids(parsed, 'module.nothing_tells'), ['module.nothing_tells.aws_security_group.this']);
  });
});

describe('terraform-modules: security-group outputs', () => {
  it('lets security_group_id name the group the call creates', () => {
    const parsed = module(`module "app" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "5.1.2"
  name    = "app"
}

module "db" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "5.1.2"
  name    = "db"
  ingress_with_source_security_group_id = [
    {
      rule                     = "postgresql-tcp"
      source_security_group_id = module.app.security_group_id
    },
  ]
}
`);
    assert.deepEqual(config(parsed, 'module.db.aws_security_group_rule.ingress_with_source_security_group_id[0]').source_security_group_id, {
      __unknown__: 'module.app.security_group_id',
      refs: ['module.app.aws_security_group.this.id', 'module.app.security_group_id'],
    });
  });
});
