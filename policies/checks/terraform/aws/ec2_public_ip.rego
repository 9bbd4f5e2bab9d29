# METADATA
# title: EC2 instance or ECS task requests a public IP address
# description: >-
#   An aws_instance, aws_spot_instance_request or aws_launch_configuration sets
#   associate_public_ip_address = true, or a network_interfaces block of an
#   aws_launch_template does. The instance (or every instance an Auto Scaling
#   group launches from the template) gets a public IPv4 address, addressable
#   from the internet and one security-group rule away from being reachable,
#   whatever the subnet's default. An aws_ecs_service whose network_configuration
#   sets assign_public_ip = true gives every task it runs (awsvpc, Fargate or EC2)
#   a public address the same way. A value the module does not know is not
#   reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address
# custom:
#   id: EVD-TF-240
#   severity: medium
#   remediation: >-
#     Remove associate_public_ip_address or assign_public_ip (or set it to
#     false) and reach the instance or task through a load balancer, Session
#     Manager or a VPN (tasks in private subnets pull images through a NAT
#     gateway or VPC endpoints); keep public
#     addresses for the few hosts that must have one, with a documented
#     exception.
#   selector:
#     input: terraform
#     resources: [aws_instance, aws_spot_instance_request, aws_launch_template, aws_launch_configuration, aws_ecs_service]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A public address exposes a host that may process ePHI to the internet, outside the access controls meant to guard it.
#     gdpr: Exposing hosts to the internet without need weakens the confidentiality of the processing they do.
package evident.checks.terraform.ec2_public_ip

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some r in terraform.resources_of(["aws_instance", "aws_spot_instance_request", "aws_launch_configuration"])
	values.true_value(r.config.associate_public_ip_address)
	f := finding.at(r, ["config", "associate_public_ip_address"], finding.format("%s requests a public IP address for its instance (associate_public_ip_address = true)", [r.id]))
}

deny contains f if {
	some r in terraform.resources("aws_launch_template")
	some i, interface in terraform.blocks(r.config, "network_interfaces")
	values.true_value(interface.associate_public_ip_address)
	path := array.concat(array.concat(["config"], terraform.block_path(r.config, "network_interfaces", i)), ["associate_public_ip_address"])
	f := finding.at(r, path, finding.format("%s gives the instances it launches a public IP address (associate_public_ip_address = true)", [r.id]))
}

deny contains f if {
	some service in terraform.resources("aws_ecs_service")
	some i, network in terraform.blocks(service.config, "network_configuration")
	values.true_value(network.assign_public_ip)
	f := finding.at(service, ["config", "network_configuration", i, "assign_public_ip"], finding.format("%s gives its tasks public IP addresses (assign_public_ip = true)", [service.id]))
}
