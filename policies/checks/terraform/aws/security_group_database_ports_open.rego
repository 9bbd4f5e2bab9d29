# METADATA
# title: Security group opens a database port to the internet
# description: >-
#   An ingress rule (inline ingress block of aws_security_group,
#   aws_security_group_rule, or aws_vpc_security_group_ingress_rule) allows
#   0.0.0.0/0 or ::/0 (any CIDR of prefix length 0) to reach a database or data-store port: MySQL 3306,
#   PostgreSQL 5432, SQL Server 1433, Oracle 1521, Redshift 5439, MongoDB
#   27017, Redis 6379, Memcached 11211, Elasticsearch/OpenSearch 9200/9300,
#   Cassandra 9042. Data stores should only be reachable from the application
#   tier.
# related_resources:
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19
# custom:
#   id: EVD-TF-038
#   severity: critical
#   remediation: >-
#     Allow the port only from the application's security group
#     (source_security_group_id / referenced_security_group_id) or private CIDRs.
#   selector:
#     input: terraform
#     resources: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: A data store holding ePHI reachable from the internet defeats access control and transmission security.
#     gdpr: Exposing the store of personal data to the internet undermines the confidentiality of processing.
package evident.checks.terraform.security_group_database_ports_open

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.network

names := network.database_ports

deny contains f if {
	some rule in aws.ingress_rules
	ports := aws.exposed(rule, {p | some p, _ in names})
	count(ports) > 0
	f := finding.at(rule.resource, rule.path, finding.format("%s allows ingress from %s to %s", [rule.resource.id, rule.cidr, message_ports(rule, ports)]))
}

message_ports(rule, _) := "every port (protocol -1), including every database port" if rule.all

else := aws.describe_ports(ports, names) if ports := aws.exposed(rule, {p | some p, _ in names})
