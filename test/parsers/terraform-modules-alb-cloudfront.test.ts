// Registry module models of terraform-aws-modules/alb and
// terraform-aws-modules/cloudfront (src/parsers/terraform-modules/alb.ts,
// cloudfront.ts): the resources each input shape and major version creates,
// the defaults that changed between versions, unknowns, calls that create
// nothing, and where the values are located.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf, outputAddresses } from '../../src/parsers/terraform-modules/index.js';
import { createdConfig as config, createdIds as ids, createdResources as resources, isUnknown, loadModule as module, locatedLine as line } from '../helpers/terraform-modules.js';

describe('terraform-modules: terraform-aws-modules/alb sources', () => {
  it('reads the registry address and the GitHub repository', () => {
    assert.equal(modelOf('terraform-aws-modules/alb/aws')?.model.address, 'terraform-aws-modules/alb/aws');
    assert.equal(modelOf('git::https://github.com/terraform-aws-modules/terraform-aws-alb.git?ref=v8.7.0')?.ref?.major, 8);
    assert.equal(modelOf('terraform-aws-modules/cloudfront/aws')?.model.address, 'terraform-aws-modules/cloudfront/aws');
    assert.equal(modelOf('github.com/terraform-aws-modules/terraform-aws-cloudfront?ref=v3.4.0')?.model.address, 'terraform-aws-modules/cloudfront/aws');
  });
});

const ALB_V9 = `module "web" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"

  name     = "web"
  internal = false
  subnets  = ["subnet-a", "subnet-b"]

  access_logs = {
    bucket = "lb-logs"
  }

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      redirect = {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = "arn:aws:acm:eu-central-1:111122223333:certificate/1"
      forward = {
        target_group_key = "app"
      }
    }
    legacy = {
      port       = 8443
      protocol   = "HTTPS"
      ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"
      fixed_response = {
        content_type = "text/plain"
        status_code  = "404"
      }
    }
    plain = {
      port = 8080
      weighted_forward = {
        target_groups = [{ target_group_key = "app", weight = 1 }]
      }
    }
    empty = {
      port = 8081
    }
  }
}
`;

describe('terraform-modules: terraform-aws-modules/alb version 9 (listeners map)', () => {
  const parsed = module(ALB_V9);

  it('creates the load balancer and one listener per map key, as terraform plan addresses them', () => {
    assert.deepEqual(ids(parsed), [
      'module.web.aws_lb.this',
      'module.web.aws_lb_listener.this["http"]',
      'module.web.aws_lb_listener.this["https"]',
      'module.web.aws_lb_listener.this["legacy"]',
      'module.web.aws_lb_listener.this["plain"]',
      'module.web.aws_lb_listener.this["empty"]',
    ]);
  });

  it('gives the load balancer its type (application by default), drop_invalid_header_fields (true by default from version 9) and access logs on once a bucket is named', () => {
    assert.deepEqual(config(parsed, 'module.web.aws_lb.this'), {
      name: 'web',
      internal: false,
      subnets: ['subnet-a', 'subnet-b'],
      load_balancer_type: 'application',
      drop_invalid_header_fields: true,
      access_logs: [{ bucket: 'lb-logs', enabled: true }],
    });
  });

  it('points each listener at the created load balancer', () => {
    for (const id of ids(parsed).filter((i) => i.includes('aws_lb_listener'))) {
      assert.deepEqual(config(parsed, id).load_balancer_arn, { __unknown__: 'module.web.aws_lb.this.arn', refs: ['module.web.aws_lb.this.arn'] }, id);
    }
  });

  it('builds the default actions from the action keys, and the TLS 1.2 policy the module gives HTTPS listeners', () => {
    const http = config(parsed, 'module.web.aws_lb_listener.this["http"]');
    assert.equal(http.protocol, 'HTTP');
    assert.equal(http.port, 80);
    assert.equal(http.ssl_policy, undefined);
    assert.deepEqual(http.default_action, [{ type: 'redirect', redirect: [{ port: '443', protocol: 'HTTPS', status_code: 'HTTP_301' }] }]);

    const https = config(parsed, 'module.web.aws_lb_listener.this["https"]');
    assert.equal(https.ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06');
    assert.equal(https.certificate_arn, 'arn:aws:acm:eu-central-1:111122223333:certificate/1');
    assert.deepEqual(https.default_action, [{ type: 'forward' }]);

    const legacy = config(parsed, 'module.web.aws_lb_listener.this["legacy"]');
    assert.equal(legacy.ssl_policy, 'ELBSecurityPolicy-TLS-1-1-2017-01');
    assert.deepEqual(legacy.default_action, [{ type: 'fixed-response', fixed_response: [{ content_type: 'text/plain', status_code: '404' }] }]);

    // No protocol: the module's default_protocol, HTTP.
    const plain = config(parsed, 'module.web.aws_lb_listener.this["plain"]');
    assert.equal(plain.protocol, 'HTTP');
    assert.deepEqual(plain.default_action, [{ type: 'forward', forward: [{}] }]);

    // No action key: version 9 creates no default action and the provider
    // rejects the listener: what it will do is undecided.
    const empty = config(parsed, 'module.web.aws_lb_listener.this["empty"]').default_action as Array<Record<string, unknown>>;
    assert.deepEqual(empty.map((action) => Object.keys(action)), [['type']]);
    assert.ok(isUnknown(empty[0]!.type));
  });

  it('locates values at the listener argument they came from, and defaults at the listener entry or the call', () => {
    assert.equal(line(parsed, 'module.web.aws_lb_listener.this["http"]', ['config', 'protocol']), 16);
    assert.equal(line(parsed, 'module.web.aws_lb_listener.this["legacy"]', ['config', 'ssl_policy']), 34);
    assert.equal(line(parsed, 'module.web.aws_lb_listener.this["https"]', ['config', 'ssl_policy']), 23);
    assert.equal(line(parsed, 'module.web.aws_lb_listener.this["plain"]', ['config', 'protocol']), 40);
    assert.equal(line(parsed, 'module.web.aws_lb.this', ['config', 'access_logs', 0, 'enabled']), 9);
    assert.equal(line(parsed, 'module.web.aws_lb.this', ['config', 'load_balancer_type']), 1);
  });
});

describe('terraform-modules: terraform-aws-modules/alb version 10', () => {
  it('forwards on a listener without an action key, and takes the protocol from default_protocol', () => {
    const parsed = module(`module "web" {
  source           = "terraform-aws-modules/alb/aws"
  version          = "~> 10.0"
  default_protocol = "HTTPS"
  listeners = {
    main = {
      port            = 443
      certificate_arn = "arn:cert"
    }
  }
}
`);
    const main = config(parsed, 'module.web.aws_lb_listener.this["main"]');
    assert.equal(main.protocol, 'HTTPS');
    assert.equal(main.ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06');
    assert.deepEqual(main.default_action, [{ type: 'forward' }]);
    assert.equal(line(parsed, 'module.web.aws_lb_listener.this["main"]', ['config', 'protocol']), 4);
  });
});

const ALB_V8 = `module "old" {
  source  = "terraform-aws-modules/alb/aws"
  version = "8.7.0"

  name = "old"
  access_logs = {
    prefix = "old"
  }

  http_tcp_listeners = [
    {
      port               = 80
      protocol           = "HTTP"
      target_group_index = 0
    },
    {
      port        = 81
      protocol    = "HTTP"
      action_type = "redirect"
      redirect = {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    },
  ]

  https_listeners = [
    {
      port            = 443
      certificate_arn = "arn:cert"
    },
    {
      port            = 444
      certificate_arn = "arn:cert"
      ssl_policy      = "ELBSecurityPolicy-TLS13-1-2-2021-06"
      action_type     = "authenticate-cognito"
    },
  ]
}

module "tuned" {
  source  = "git::https://github.com/terraform-aws-modules/terraform-aws-alb.git?ref=v6.11.0"

  listener_ssl_policy_default = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  access_logs = {
    bucket = "lb-logs"
  }
  https_listeners = [
    {
      port            = 443
      certificate_arn = "arn:cert"
    },
  ]
}
`;

describe('terraform-modules: terraform-aws-modules/alb versions 5 to 8 (listener lists)', () => {
  const parsed = module(ALB_V8);

  it('creates frontend_http_tcp[i] and frontend_https[i] listeners', () => {
    assert.deepEqual(ids(parsed), [
      'module.old.aws_lb.this',
      'module.old.aws_lb_listener.frontend_http_tcp[0]',
      'module.old.aws_lb_listener.frontend_http_tcp[1]',
      'module.old.aws_lb_listener.frontend_https[0]',
      'module.old.aws_lb_listener.frontend_https[1]',
      'module.tuned.aws_lb.this',
      'module.tuned.aws_lb_listener.frontend_https[0]',
    ]);
  });

  it('keeps invalid header fields by default (drop_invalid_header_fields is false before version 9), and passes the argument on', () => {
    assert.equal(config(parsed, 'module.old.aws_lb.this').drop_invalid_header_fields, false);
    const given = module(`module "strict" {
  source                     = "terraform-aws-modules/alb/aws"
  version                    = "8.7.0"
  drop_invalid_header_fields = true
}
`);
    assert.equal(config(given, 'module.strict.aws_lb.this').drop_invalid_header_fields, true);
    assert.equal(line(given, 'module.strict.aws_lb.this', ['config', 'drop_invalid_header_fields']), 4);
  });

  it('turns access logs on only when a bucket is named', () => {
    assert.deepEqual(config(parsed, 'module.old.aws_lb.this').access_logs, [{ prefix: 'old', enabled: false }]);
    assert.deepEqual(config(parsed, 'module.tuned.aws_lb.this').access_logs, [{ bucket: 'lb-logs', enabled: true }]);
  });

  it('forwards by default, redirects when asked, and follows an authenticate action with a forward', () => {
    assert.deepEqual(config(parsed, 'module.old.aws_lb_listener.frontend_http_tcp[0]').default_action, [{ type: 'forward' }]);
    assert.deepEqual(config(parsed, 'module.old.aws_lb_listener.frontend_http_tcp[1]').default_action, [
      { type: 'redirect', redirect: [{ port: '443', protocol: 'HTTPS', status_code: 'HTTP_301' }] },
    ]);
    assert.deepEqual(config(parsed, 'module.old.aws_lb_listener.frontend_https[1]').default_action, [{ type: 'authenticate-cognito' }, { type: 'forward' }]);
  });

  it('gives HTTPS listeners the HTTPS protocol and the policy of the listener, of listener_ssl_policy_default, or ELBSecurityPolicy-2016-08', () => {
    const first = config(parsed, 'module.old.aws_lb_listener.frontend_https[0]');
    assert.equal(first.protocol, 'HTTPS');
    assert.equal(first.ssl_policy, 'ELBSecurityPolicy-2016-08');
    assert.equal(config(parsed, 'module.old.aws_lb_listener.frontend_https[1]').ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-2021-06');
    assert.equal(config(parsed, 'module.tuned.aws_lb_listener.frontend_https[0]').ssl_policy, 'ELBSecurityPolicy-FS-1-2-Res-2020-10');
  });

  it('locates a defaulted policy at the listener entry, and a module-wide one at its argument', () => {
    assert.equal(line(parsed, 'module.old.aws_lb_listener.frontend_https[0]', ['config', 'ssl_policy']), 29);
    assert.equal(line(parsed, 'module.old.aws_lb_listener.frontend_https[1]', ['config', 'ssl_policy']), 36);
    assert.equal(line(parsed, 'module.old.aws_lb_listener.frontend_http_tcp[0]', ['config', 'protocol']), 13);
    assert.equal(line(parsed, 'module.tuned.aws_lb_listener.frontend_https[0]', ['config', 'ssl_policy']), 45);
  });
});

describe('terraform-modules: terraform-aws-modules/alb without a version pin', () => {
  it('reads the shape the call uses: a listeners map as version 9+, lists as 5 to 8', () => {
    const parsed = module(`module "map" {
  source = "terraform-aws-modules/alb/aws"
  listeners = {
    https = { port = 443, protocol = "HTTPS", certificate_arn = "arn:cert" }
  }
}

module "lists" {
  source = "terraform-aws-modules/alb/aws"
  https_listeners = [{ port = 443, certificate_arn = "arn:cert" }]
}
`);
    assert.equal(config(parsed, 'module.map.aws_lb_listener.this["https"]').ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06');
    assert.equal(config(parsed, 'module.lists.aws_lb_listener.frontend_https[0]').ssl_policy, 'ELBSecurityPolicy-2016-08');
  });

  it('leaves a default that differs between 8 and 9 unknown when the arguments do not tell the version', () => {
    const parsed = module(`module "lb" {
  source = "terraform-aws-modules/alb/aws"
  name   = "lb"
  access_logs = {
    prefix = "lb"
  }
}
`);
    assert.deepEqual(ids(parsed), ['module.lb.aws_lb.this']);
    const logs = config(parsed, 'module.lb.aws_lb.this').access_logs as Array<Record<string, unknown>>;
    assert.ok(isUnknown(logs[0]!.enabled));
    assert.ok(isUnknown(config(parsed, 'module.lb.aws_lb.this').drop_invalid_header_fields));
  });

  it('models nothing for a call that mixes both shapes, or that passes the arguments of versions 3 and 4', () => {
    const parsed = module(`module "mixed" {
  source             = "terraform-aws-modules/alb/aws"
  listeners          = { http = { port = 80, protocol = "HTTP" } }
  http_tcp_listeners = [{ port = 80, protocol = "HTTP" }]
}

module "ancient" {
  source             = "terraform-aws-modules/alb/aws"
  load_balancer_name = "ancient"
  http_tcp_listeners = [{ port = 80, protocol = "HTTP" }]
}

module "v4" {
  source             = "terraform-aws-modules/alb/aws"
  version            = "4.1.0"
  http_tcp_listeners = [{ port = 80, protocol = "HTTP" }]
}
`);
    assert.deepEqual(ids(parsed), []);
  });
});

describe('terraform-modules: terraform-aws-modules/alb unknowns and switches', () => {
  it('keeps what only the pipeline knows unknown, and assumes an undecided access_logs block (it protects)', () => {
    const parsed = module(`variable "protocol" {}
variable "logs" {}
variable "redirect" {}
variable "listeners" {}

module "lb" {
  source      = "terraform-aws-modules/alb/aws"
  version     = "9.9.0"
  access_logs = var.logs
  listeners = {
    a = { port = 80, protocol = var.protocol, forward = { target_group_key = "x" } }
    b = { port = 81, protocol = "HTTP", redirect = var.redirect }
    c = var.redirect
  }
}

module "counted" {
  source    = "terraform-aws-modules/alb/aws"
  version   = "9.9.0"
  listeners = var.listeners
}
`);
    assert.deepEqual(ids(parsed), [
      'module.lb.aws_lb.this',
      'module.lb.aws_lb_listener.this["a"]',
      'module.lb.aws_lb_listener.this["b"]',
      'module.lb.aws_lb_listener.this["c"]',
      'module.counted.aws_lb.this',
    ]);
    const logs = config(parsed, 'module.lb.aws_lb.this').access_logs as Array<Record<string, unknown>>;
    assert.ok(isUnknown(logs[0]!.enabled));
    const a = config(parsed, 'module.lb.aws_lb_listener.this["a"]');
    assert.ok(isUnknown(a.protocol));
    assert.ok(isUnknown(a.ssl_policy));
    const b = config(parsed, 'module.lb.aws_lb_listener.this["b"]').default_action as Array<Record<string, unknown>>;
    assert.equal(b[0]!.type, 'redirect');
    assert.ok(isUnknown((b[0]!.redirect as Array<Record<string, unknown>>)[0]!.protocol));
    const c = config(parsed, 'module.lb.aws_lb_listener.this["c"]');
    assert.ok(isUnknown(c.protocol));
    assert.ok(isUnknown((c.default_action as Array<Record<string, unknown>>)[0]!.type));
  });

  it('creates nothing when create / create_lb / putin_khuylo is false or unknown', () => {
    const parsed = module(`variable "create" {}

module "off9" {
  source    = "terraform-aws-modules/alb/aws"
  version   = "9.9.0"
  create    = false
  listeners = { http = { port = 80, protocol = "HTTP" } }
}

module "off8" {
  source             = "terraform-aws-modules/alb/aws"
  version            = "8.7.0"
  create_lb          = false
  http_tcp_listeners = [{ port = 80, protocol = "HTTP" }]
}

module "maybe" {
  source             = "terraform-aws-modules/alb/aws"
  version            = "8.7.0"
  create_lb          = var.create
  http_tcp_listeners = [{ port = 80, protocol = "HTTP" }]
}

module "unpinned_off" {
  source    = "terraform-aws-modules/alb/aws"
  create    = false
  listeners = { http = { port = 80, protocol = "HTTP" } }
}

module "khuylo" {
  source       = "terraform-aws-modules/alb/aws"
  version      = "9.9.0"
  putin_khuylo = false
}
`);
    assert.deepEqual(ids(parsed), []);
  });

  it('lets the arn output of a call name its load balancer', () => {
    const outputs = outputAddresses([
      { name: 'web', source: 'terraform-aws-modules/alb/aws' },
      { name: 'cdn', source: 'terraform-aws-modules/cloudfront/aws' },
    ]);
    assert.equal(outputs.get('web')?.get('arn'), 'module.web.aws_lb.this.arn');
    assert.equal(outputs.get('web')?.get('lb_dns_name'), 'module.web.aws_lb.this.dns_name');
    assert.equal(outputs.get('cdn')?.get('cloudfront_distribution_id'), 'module.cdn.aws_cloudfront_distribution.this.id');
    const parsed = module(`module "web" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"
}

resource "aws_lb_listener" "extra" {
  load_balancer_arn = module.web.arn
  port              = 8443
  protocol          = "HTTPS"
}
`);
    const arn = config(parsed, 'aws_lb_listener.extra').load_balancer_arn as { refs: string[] };
    assert.ok(arn.refs.includes('module.web.aws_lb.this.arn'), JSON.stringify(arn));
  });
});

const CLOUDFRONT = `module "v6" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "6.0.0"

  aliases = ["portal.example"]
  default_cache_behavior = {
    target_origin_id = "app"
  }
  ordered_cache_behavior = [
    {
      path_pattern           = "/api/*"
      target_origin_id       = "app"
      viewer_protocol_policy = "allow-all"
    },
  ]
  viewer_certificate = {
    acm_certificate_arn = "arn:cert"
    ssl_support_method  = "sni-only"
  }
}

module "v5" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "~> 5.0"

  default_cache_behavior = {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
  }
  logging_config = {
    bucket = "logs.s3.amazonaws.com"
  }
}

module "v3" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "3.4.0"

  default_cache_behavior = {
    target_origin_id = "app"
  }
  viewer_certificate = {
    acm_certificate_arn      = "arn:cert"
    minimum_protocol_version = "TLSv1.1_2016"
  }
}
`;

describe('terraform-modules: terraform-aws-modules/cloudfront', () => {
  const parsed = module(CLOUDFRONT);

  it('creates the distribution', () => {
    assert.deepEqual(ids(parsed), ['module.v6.aws_cloudfront_distribution.this', 'module.v5.aws_cloudfront_distribution.this', 'module.v3.aws_cloudfront_distribution.this']);
  });

  it('applies the version 6 defaults: https-only default behavior, TLSv1.2_2025 minimum', () => {
    const v6 = config(parsed, 'module.v6.aws_cloudfront_distribution.this');
    assert.deepEqual(v6.aliases, ['portal.example']);
    assert.deepEqual(v6.default_cache_behavior, [{ target_origin_id: 'app', viewer_protocol_policy: 'https-only' }]);
    assert.deepEqual(v6.ordered_cache_behavior, [{ path_pattern: '/api/*', target_origin_id: 'app', viewer_protocol_policy: 'allow-all' }]);
    assert.deepEqual(v6.viewer_certificate, [{ acm_certificate_arn: 'arn:cert', ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2025' }]);
  });

  it('applies the defaults before version 6: the CloudFront certificate with TLSv1, a required viewer_protocol_policy', () => {
    const v5 = config(parsed, 'module.v5.aws_cloudfront_distribution.this');
    assert.deepEqual(v5.viewer_certificate, [{ minimum_protocol_version: 'TLSv1', cloudfront_default_certificate: true }]);
    assert.deepEqual(v5.logging_config, [{ bucket: 'logs.s3.amazonaws.com' }]);
    assert.equal(v5.ordered_cache_behavior, undefined);
    const v3 = config(parsed, 'module.v3.aws_cloudfront_distribution.this');
    assert.deepEqual(v3.viewer_certificate, [{ acm_certificate_arn: 'arn:cert', minimum_protocol_version: 'TLSv1.1_2016' }]);
    const behavior = (v3.default_cache_behavior as Array<Record<string, unknown>>)[0]!;
    assert.ok(isUnknown(behavior.viewer_protocol_policy));
  });

  it('locates values at the argument, and the default certificate at the call', () => {
    const id = (name: string): string => `module.${name}.aws_cloudfront_distribution.this`;
    assert.equal(line(parsed, id('v6'), ['config', 'ordered_cache_behavior', 0, 'viewer_protocol_policy']), 13);
    assert.equal(line(parsed, id('v6'), ['config', 'default_cache_behavior', 0, 'viewer_protocol_policy']), 6);
    assert.equal(line(parsed, id('v6'), ['config', 'viewer_certificate', 0, 'minimum_protocol_version']), 16);
    assert.equal(line(parsed, id('v5'), ['config', 'viewer_certificate', 0, 'minimum_protocol_version']), 22);
    assert.equal(line(parsed, id('v3'), ['config', 'viewer_certificate', 0, 'minimum_protocol_version']), 44);
  });

  it('reads the version from the arguments of an unpinned call, and leaves the TLS minimum unknown when they do not tell', () => {
    const unpinned = module(`variable "policy" {}
variable "behaviors" {}

module "old" {
  source              = "terraform-aws-modules/cloudfront/aws"
  create_distribution = true
  default_cache_behavior = {
    target_origin_id       = "app"
    viewer_protocol_policy = var.policy
  }
}

module "new" {
  source       = "terraform-aws-modules/cloudfront/aws"
  restrictions = { geo_restriction = { restriction_type = "none" } }
  default_cache_behavior = {
    target_origin_id = "app"
  }
}

module "either" {
  source = "terraform-aws-modules/cloudfront/aws"
  default_cache_behavior = {
    target_origin_id = "app"
  }
  ordered_cache_behavior = var.behaviors
  viewer_certificate = {
    acm_certificate_arn = "arn:cert"
  }
}

module "mixed" {
  source              = "terraform-aws-modules/cloudfront/aws"
  create_distribution = true
  restrictions        = { geo_restriction = { restriction_type = "none" } }
}
`);
    assert.deepEqual(ids(unpinned), ['module.old.aws_cloudfront_distribution.this', 'module.new.aws_cloudfront_distribution.this', 'module.either.aws_cloudfront_distribution.this']);
    const old = config(unpinned, 'module.old.aws_cloudfront_distribution.this');
    assert.deepEqual(old.viewer_certificate, [{ minimum_protocol_version: 'TLSv1', cloudfront_default_certificate: true }]);
    assert.ok(isUnknown((old.default_cache_behavior as Array<Record<string, unknown>>)[0]!.viewer_protocol_policy));
    const recent = config(unpinned, 'module.new.aws_cloudfront_distribution.this');
    assert.deepEqual(recent.viewer_certificate, [{ minimum_protocol_version: 'TLSv1.2_2025' }]);
    assert.equal((recent.default_cache_behavior as Array<Record<string, unknown>>)[0]!.viewer_protocol_policy, 'https-only');
    const either = config(unpinned, 'module.either.aws_cloudfront_distribution.this');
    assert.ok(isUnknown((either.viewer_certificate as Array<Record<string, unknown>>)[0]!.minimum_protocol_version));
    assert.ok(isUnknown((either.default_cache_behavior as Array<Record<string, unknown>>)[0]!.viewer_protocol_policy));
    assert.equal(either.ordered_cache_behavior, undefined);
  });

  it('creates nothing when create_distribution / create is false or unknown', () => {
    const off = module(`variable "create" {}

module "off5" {
  source              = "terraform-aws-modules/cloudfront/aws"
  version             = "5.2.0"
  create_distribution = false
  default_cache_behavior = {
    target_origin_id       = "app"
    viewer_protocol_policy = "allow-all"
  }
}

module "off6" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "6.0.0"
  create  = false
}

module "maybe" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "6.0.0"
  create  = var.create
}

module "unpinned_off" {
  source = "terraform-aws-modules/cloudfront/aws"
  create = false
}
`);
    assert.deepEqual(ids(off), []);
  });
});

describe('terraform-modules: findings on alb and cloudfront calls', () => {
  it('reports through the existing checks at the argument, and relates listeners to the created load balancer', async () => {
    const { scan } = await import('../../src/index.js');
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({ 'main.tf': `${ALB_V9}\n${CLOUDFRONT}` });
    try {
      const result = await scan({ paths: [dir] });
      const found = result.findings
        .filter((f) => f.resource?.startsWith('module.'))
        .map((f) => [f.ruleId, f.resource, f.location.startLine])
        .sort((a, b) => String(a).localeCompare(String(b)));
      const cloudfrontLine = ALB_V9.split('\n').length;
      assert.deepEqual(
        found,
        [
          ['EVD-TF-026', 'module.web.aws_lb_listener.this["plain"]', 40],
          ['EVD-TF-027', 'module.web.aws_lb_listener.this["legacy"]', 34],
          ['EVD-TF-028', 'module.v3.aws_cloudfront_distribution.this', cloudfrontLine + 44],
          ['EVD-TF-028', 'module.v5.aws_cloudfront_distribution.this', cloudfrontLine + 22],
          ['EVD-TF-028', 'module.v6.aws_cloudfront_distribution.this', cloudfrontLine + 13],
          // No logging_config (only the v5 call sets one): at the call.
          ['EVD-TF-243', 'module.v3.aws_cloudfront_distribution.this', cloudfrontLine + 35],
          ['EVD-TF-243', 'module.v6.aws_cloudfront_distribution.this', cloudfrontLine + 1],
        ].sort((a, b) => String(a).localeCompare(String(b))),
      );
    } finally {
      cleanup();
    }
  });
});
