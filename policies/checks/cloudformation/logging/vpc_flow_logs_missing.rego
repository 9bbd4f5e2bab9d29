# METADATA
# title: VPC has no flow log
# description: >-
#   An AWS::EC2::VPC has no AWS::EC2::FlowLog whose ResourceId refers to it
#   (Ref or Fn::GetAtt) with ResourceType VPC. Without flow logs there is no
#   record of which hosts talked to the systems that store personal data,
#   which is the first thing an incident investigation needs. Flow logs of a
#   subnet or a network interface do not count: they cover only part of the
#   VPC. A VPC flow log whose ResourceId is unknown and not a reference to a
#   VPC of this template (a parameter, Fn::ImportValue, a nested stack's
#   output) may belong to any VPC: the check then stays silent, and so it does
#   for a VPC passed to a nested stack (AWS::CloudFormation::Stack or
#   AWS::Serverless::Application Parameters), which may create its flow log.
#   A literal vpc-… id names a VPC that already exists, not one this template
#   creates, and does not silence the check.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html
# custom:
#   id: EVD-CFN-060
#   severity: medium
#   remediation: >-
#     Add an AWS::EC2::FlowLog with ResourceId !Ref <Vpc>, ResourceType VPC and
#     TrafficType ALL, delivering to CloudWatch Logs (LogGroupName and
#     DeliverLogsPermissionArn) or to S3 (LogDestinationType s3).
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::VPC]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Network activity records support information system activity review and incident response.
#     gdpr: Network activity records support evaluating security measures and investigating breaches.
package evident.checks.cloudformation.vpc_flow_logs_missing

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some vpc in cfn.resources("AWS::EC2::VPC")
	not has_flow_log(vpc)
	not unattributed
	not cfn.passed_to_nested_stack(vpc)
	f := finding.of(vpc, finding.format("%s has no AWS::EC2::FlowLog", [vpc.id]))
}

# vpc_flow_logs: the flow logs that may log a whole VPC: ResourceType VPC,
# or unknown or absent.
vpc_flow_logs := [fl |
	some fl in cfn.resources("AWS::EC2::FlowLog")
	not other_resource_type(fl.properties)
]

# other_resource_type(props): the flow log is known to log something else
# (Subnet, NetworkInterface, TransitGateway…).
other_resource_type(props) if {
	is_string(props.ResourceType)
	upper(props.ResourceType) != "VPC"
}

has_flow_log(vpc) if {
	some fl in vpc_flow_logs
	values.refers_to(fl.properties.ResourceId, vpc.id)
}

# unattributed: a VPC flow log names its VPC with an unknown value that is not
# a reference to a VPC of this template: it may be any VPC's. A complete rule:
# evaluated once per template, not once per VPC.
unattributed if cfn.unattributed(vpc_flow_logs, "ResourceId", "AWS::EC2::VPC")
