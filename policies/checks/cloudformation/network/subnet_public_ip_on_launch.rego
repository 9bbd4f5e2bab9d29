# METADATA
# title: Subnet gives every instance a public IP address
# description: >-
#   An AWS::EC2::Subnet sets MapPublicIpOnLaunch to true. Every instance
#   launched into it then gets a public IPv4 address unless its own network
#   interface says otherwise, so a database host, a batch worker or a
#   container node dropped in the subnet is addressable from the internet,
#   one security-group rule away from being reachable. The default is false;
#   a value the template does not know (a parameter without a default, a
#   condition) is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html#cfn-ec2-subnet-mappubliciponlaunch
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html
# custom:
#   id: EVD-CFN-100
#   severity: medium
#   remediation: >-
#     Set MapPublicIpOnLaunch to false and launch instances in private subnets
#     behind a load balancer or NAT gateway; give the few instances that must
#     be public an Elastic IP or AssociatePublicIpAddress of their own.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Subnet]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Public addresses by default expose hosts that may process ePHI to the internet, outside the access controls meant to guard them.
#     gdpr: Exposing every new host to the internet by default contradicts data protection by default.
package evident.checks.cloudformation.subnet_public_ip_on_launch

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some subnet in cfn.resources("AWS::EC2::Subnet")
	cfn.is_true(subnet.properties.MapPublicIpOnLaunch)
	f := finding.at(subnet, ["properties", "MapPublicIpOnLaunch"], finding.format("%s gives every instance launched into it a public IP address (MapPublicIpOnLaunch: true)", [subnet.id]))
}
