# METADATA
# title: Application or classic load balancer access logs are off
# description: >-
#   An application aws_lb (or aws_alb) has no access_logs block with
#   enabled = true (enabled defaults to false even when a bucket is named), or
#   a classic aws_elb has no access_logs block or sets its enabled = false
#   (there enabled defaults to true). Access logs are the record of who
#   requested what from the application, with client addresses and paths.
#   Network and gateway load balancers are not reported (a network load
#   balancer logs TLS listeners only; a gateway one has no access logs).
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html
# custom:
#   id: EVD-TF-047
#   severity: medium
#   remediation: >-
#     Add access_logs { bucket = aws_s3_bucket.lb_logs.id, enabled = true } (on a
#     classic aws_elb, enabled may be left out).
#   selector:
#     input: terraform
#     resources: [aws_lb, aws_alb, aws_elb]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Records of access to applications that serve ePHI support audit controls and activity review.
#     gdpr: Access records of systems processing personal data help demonstrate compliance.
package evident.checks.terraform.lb_access_logs_disabled

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some lb in terraform.resources_of({"aws_lb", "aws_alb"})
	object.get(lb.config, "load_balancer_type", "application") == "application"
	f := terraform.block_off(
		lb, "access_logs", "enabled",
		"%s does not enable access_logs",
		"%s sets access_logs enabled = false",
	)
}

# Classic load balancers: enabled defaults to true inside access_logs.
deny contains f if {
	some elb in terraform.resources("aws_elb")
	not terraform.has_block(elb.config, "access_logs")
	f := finding.of(elb, finding.format("%s has no access_logs block", [elb.id]))
}

deny contains f if {
	some elb in terraform.resources("aws_elb")
	some i, logs in terraform.blocks(elb.config, "access_logs")
	logs.enabled == false
	f := finding.at(elb, ["config", "access_logs", i, "enabled"], finding.format("%s sets access_logs enabled = false", [elb.id]))
}
