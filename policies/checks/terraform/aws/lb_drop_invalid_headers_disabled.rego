# METADATA
# title: Application load balancer does not drop invalid HTTP headers
# description: >-
#   An application aws_lb (or aws_alb: load_balancer_type "application" or
#   left out, the default) does not set drop_invalid_header_fields = true:
#   the argument is left out (the provider's default is false) or set to
#   false. The load balancer then forwards header fields whose names are not
#   valid HTTP tokens to its targets, where a server that reads them
#   differently from the load balancer can be led into HTTP request
#   smuggling or header injection (another user's request or session
#   altered or hijacked). Network and gateway load balancers (no HTTP
#   headers), an unknown load_balancer_type and an unknown
#   drop_invalid_header_fields (a variable without value) are not reported.
#   A load balancer of a terraform-aws-modules/alb call gets the module's
#   default, true from version 9 and false before (unknown for an unpinned
#   call of the version 9 shape).
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/alb-http-drop-invalid-header-enabled.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields-1
# custom:
#   id: EVD-TF-231
#   severity: low
#   remediation: >-
#     Set drop_invalid_header_fields = true on the aws_lb (check first that no
#     client relies on header names with characters other than letters,
#     digits and hyphens).
#   selector:
#     input: terraform
#     resources: [aws_lb, aws_alb]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Forwarding malformed headers lets requests carrying ePHI be smuggled or altered between the load balancer and its targets, against transmission security and its integrity controls.
#     gdpr: Dropping malformed headers protects the integrity of the services that process personal data against request smuggling.
package evident.checks.terraform.lb_drop_invalid_headers_disabled

import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some lb in terraform.resources_of({"aws_lb", "aws_alb"})
	application(lb.config)
	f := terraform.off(
		lb, "drop_invalid_header_fields",
		"%s does not set drop_invalid_header_fields = true (it defaults to false)",
		"%s sets drop_invalid_header_fields = false",
	)
}

# application(cfg): load_balancer_type is "application", left out or null (the default).
application(cfg) if values.absent_or_null(cfg, "load_balancer_type")

application(cfg) if cfg.load_balancer_type == "application"
