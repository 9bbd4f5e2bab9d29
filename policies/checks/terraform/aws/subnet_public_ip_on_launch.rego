# METADATA
# title: Subnet gives every instance a public IP address
# description: >-
#   An aws_subnet sets map_public_ip_on_launch = true. Every instance launched
#   into it then gets a public IPv4 address unless its own launch settings say
#   otherwise, so a database host, a batch worker or a container node dropped
#   in the subnet is addressable from the internet, one security-group rule
#   away from being reachable. The provider's default is false; a value the
#   module does not know is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch
# custom:
#   id: EVD-TF-239
#   severity: medium
#   remediation: >-
#     Set map_public_ip_on_launch = false and launch instances in private
#     subnets behind a load balancer or NAT gateway; give the few instances
#     that must be public (a bastion) an Elastic IP or
#     associate_public_ip_address of their own.
#   selector:
#     input: terraform
#     resources: [aws_subnet]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: Public addresses by default expose hosts that may process ePHI to the internet, outside the access controls meant to guard them.
#     gdpr: Exposing every new host to the internet by default contradicts data protection by default.
package evident.checks.terraform.subnet_public_ip_on_launch

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some r in terraform.resources("aws_subnet")
	values.true_value(r.config.map_public_ip_on_launch)
	f := finding.at(r, ["config", "map_public_ip_on_launch"], finding.format("%s gives every instance launched into it a public IP address (map_public_ip_on_launch = true)", [r.id]))
}
