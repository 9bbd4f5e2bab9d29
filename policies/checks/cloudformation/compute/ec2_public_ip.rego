# METADATA
# title: EC2 instance or ECS task requests a public IP address
# description: >-
#   A network interface of an AWS::EC2::Instance or of an
#   AWS::EC2::LaunchTemplate's LaunchTemplateData sets
#   AssociatePublicIpAddress to true, or an
#   AWS::AutoScaling::LaunchConfiguration does. The instance (or every
#   instance an Auto Scaling group launches) gets a public IPv4 address,
#   addressable from the internet and one security-group rule away from being
#   reachable, whatever the subnet's default. An AWS::ECS::Service whose
#   NetworkConfiguration AwsvpcConfiguration sets AssignPublicIp to ENABLED
#   gives every task it runs a public address the same way. A value the
#   template does not know is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses
# custom:
#   id: EVD-CFN-101
#   severity: medium
#   remediation: >-
#     Remove AssociatePublicIpAddress (or set it to false; AssignPublicIp:
#     DISABLED for an ECS service) and reach the instance or task through a
#     load balancer, Session Manager or a VPN; keep public
#     addresses for the few hosts that must have one, with a documented
#     exception.
#   selector:
#     input: cloudformation
#     resources: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration, AWS::ECS::Service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A public address exposes a host that may process ePHI to the internet, outside the access controls meant to guard it.
#     gdpr: Exposing hosts to the internet without need weakens the confidentiality of the processing they do.
package evident.checks.cloudformation.ec2_public_ip

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some r in cfn.resources("AWS::AutoScaling::LaunchConfiguration")
	cfn.is_true(r.properties.AssociatePublicIpAddress)
	f := finding.at(r, ["properties", "AssociatePublicIpAddress"], finding.format("%s gives the instances it launches a public IP address (AssociatePublicIpAddress: true)", [r.id]))
}

deny contains f if {
	some r in cfn.resources("AWS::EC2::Instance")
	some i, interface in cfn.as_list(object.get(r.properties, "NetworkInterfaces", []))
	cfn.is_true(interface.AssociatePublicIpAddress)
	f := finding.at(r, ["properties", "NetworkInterfaces", i, "AssociatePublicIpAddress"], finding.format("%s requests a public IP address for its instance (AssociatePublicIpAddress: true)", [r.id]))
}

deny contains f if {
	some r in cfn.resources("AWS::EC2::LaunchTemplate")
	some i, interface in cfn.as_list(object.get(r.properties, ["LaunchTemplateData", "NetworkInterfaces"], []))
	cfn.is_true(interface.AssociatePublicIpAddress)
	f := finding.at(r, ["properties", "LaunchTemplateData", "NetworkInterfaces", i, "AssociatePublicIpAddress"], finding.format("%s gives the instances it launches a public IP address (AssociatePublicIpAddress: true)", [r.id]))
}

deny contains f if {
	some service in cfn.resources("AWS::ECS::Service")
	values.lower_text(service.properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp) == "enabled"
	f := finding.at(service, ["properties", "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"], finding.format("%s gives its tasks public IP addresses (AssignPublicIp: ENABLED)", [service.id]))
}
