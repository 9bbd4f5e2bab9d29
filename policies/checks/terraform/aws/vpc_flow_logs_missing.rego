# METADATA
# title: VPC has no flow log
# description: >-
#   An aws_vpc has no aws_flow_log that refers to it (vpc_id). Without flow logs
#   there is no record of which hosts talked to the systems that store
#   personal data, which is the first thing an incident investigation needs.
#   A flow log whose vpc_id is unknown and not a reference to a VPC of this
#   module may belong to any VPC: the check then stays silent. So it does for
#   a VPC passed to a module call whose code it does not see (a local module,
#   or a registry module without a model): that module may create its flow
#   log.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
# custom:
#   id: EVD-TF-046
#   severity: medium
#   remediation: >-
#     Add an aws_flow_log with vpc_id = aws_vpc.<name>.id, traffic_type = "ALL",
#     delivering to CloudWatch Logs or S3.
#   selector:
#     input: terraform
#     resources: [aws_vpc]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Network activity records support information system activity review and incident response.
#     gdpr: Network activity records support evaluating security measures and investigating breaches.
package evident.checks.terraform.vpc_flow_logs_missing

import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some vpc in terraform.resources("aws_vpc")
	count(terraform.attached("aws_flow_log", "vpc_id", vpc)) == 0
	not terraform.unattributed("aws_flow_log", "vpc_id", "aws_vpc")
	not terraform.passed_to_unmodelled_module(vpc)
	f := finding.of(vpc, finding.format("%s has no aws_flow_log", [vpc.id]))
}
