# METADATA
# title: Data service is publicly accessible
# description: >-
#   A data service other than RDS (EVD-TF-003) is given a public endpoint:
#   publicly_accessible = true (or "true") on aws_redshift_cluster,
#   aws_redshiftserverless_workgroup, aws_dms_replication_instance,
#   aws_dms_instance_profile, aws_neptune_cluster_instance,
#   aws_lightsail_database, aws_timestreaminfluxdb_db_instance or
#   aws_timestreaminfluxdb_db_cluster, public_connectivity = true on
#   aws_neptunegraph_graph, or, on an aws_msk_cluster, public_access { type =
#   "SERVICE_PROVIDED_EIPS" } in broker_node_group_info's connectivity_info.
#   The warehouse, the migration instance that reads and writes whole
#   databases, the graph, the time-series database or the Kafka brokers
#   (whose topics commonly carry events about people) then get a public
#   address, so only their security groups (or, for Neptune and Neptune
#   Analytics, IAM authentication, and for MSK the client authentication
#   that Amazon MSK requires before it turns public access on) stand between
#   the data and the internet. An aws_dms_instance_profile (the network
#   settings of DMS homogeneous data migrations and schema conversion) that
#   leaves publicly_accessible out, or null, is reported too: the provider
#   does not send the argument and the CreateInstanceProfile API defaults it
#   to true (the provider's own acceptance test of an empty instance profile
#   reads back true). Not reported: false, a value that is not known
#   statically (for MSK, also a connectivity_info or public_access written
#   as a dynamic block), and an absent setting on every other type, whose
#   effective default is private: the provider sends false for an
#   aws_dms_replication_instance (unlike the DMS API, whose default is true);
#   aws_neptune_cluster_instance and aws_lightsail_database default to false
#   in the provider, Timestream for InfluxDB to false, Neptune Analytics
#   graphs are created without public connectivity, public access is an
#   opt-in setting of Redshift Serverless workgroups (the CloudFormation
#   schema declares false), and MSK public access is DISABLED unless
#   public_access says otherwise (Amazon MSK turns it on only for a
#   cluster that already exists, which the provider updates when the
#   setting changes; MSK Serverless has no public access). An aws_redshift_cluster without publicly_accessible is private
#   from AWS provider 6.0 on, but versions up to 5.x defaulted it to true;
#   the provider version a module runs with is not known here, so the absent
#   case is not reported: set publicly_accessible = false explicitly on
#   modules that may still run provider 5 or older.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
#   - ref: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html
#   - ref: https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html
#   - ref: https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateInstanceProfile.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/neptune-public-endpoints.html
#   - ref: https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting.html
#   - ref: https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade#resourceaws_redshift_cluster
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible
# custom:
#   id: EVD-TF-203
#   severity: high
#   remediation: >-
#     Set publicly_accessible = false (public_connectivity = false for a
#     Neptune Analytics graph, public_access { type = "DISABLED" } for an MSK
#     cluster, and write it out on DMS instance profiles and on Redshift
#     clusters that may run with AWS provider 5 or older), place the
#     service in private subnets with security groups that admit only the
#     application tier, and reach it through a VPN, a bastion or a private
#     endpoint.
#   selector:
#     input: terraform
#     resources: [aws_redshift_cluster, aws_redshiftserverless_workgroup, aws_dms_replication_instance, aws_dms_instance_profile, aws_neptune_cluster_instance, aws_neptunegraph_graph, aws_lightsail_database, aws_timestreaminfluxdb_db_instance, aws_timestreaminfluxdb_db_cluster, aws_msk_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A warehouse, migration instance, database or event stream holding ePHI that is reachable from the internet defeats access control and exposes the data in transit to unauthorised parties.
#     gdpr: Exposing a personal-data store to the internet undermines the confidentiality of processing systems and data protection by default.
package evident.checks.terraform.data_service_publicly_accessible

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

# public_flags[type]: the argument that gives a resource of `type` a public endpoint.
public_flags := {
	"aws_redshift_cluster": "publicly_accessible",
	"aws_redshiftserverless_workgroup": "publicly_accessible",
	"aws_dms_replication_instance": "publicly_accessible",
	"aws_dms_instance_profile": "publicly_accessible",
	"aws_neptune_cluster_instance": "publicly_accessible",
	"aws_neptunegraph_graph": "public_connectivity",
	"aws_lightsail_database": "publicly_accessible",
	"aws_timestreaminfluxdb_db_instance": "publicly_accessible",
	"aws_timestreaminfluxdb_db_cluster": "publicly_accessible",
}

# public_by_default: the types that are public when the argument is left out
# (the provider does not send it and the API's default is true).
public_by_default := {"aws_dms_instance_profile"}

deny contains f if {
	some type, flag in public_flags
	some r in terraform.resources(type)
	values.true_value(r.config[flag])
	f := finding.at(r, ["config", flag], finding.format("%s is publicly accessible from the internet", [r.id]))
}

deny contains f if {
	some type in public_by_default
	some r in terraform.resources(type)
	values.absent_or_null(r.config, public_flags[type])
	f := finding.of(r, finding.format("%s does not set publicly_accessible = false: it is publicly accessible from the internet (the default is true)", [r.id]))
}

# An MSK cluster's brokers get public addresses (Elastic IPs that Amazon MSK
# provides) with public_access { type = "SERVICE_PROVIDED_EIPS" }.
deny contains f if {
	some r in terraform.resources("aws_msk_cluster")
	some i, group in terraform.blocks(r.config, "broker_node_group_info")
	some j, connectivity in terraform.blocks(group, "connectivity_info")
	some k, access in terraform.blocks(connectivity, "public_access")
	access.type == "SERVICE_PROVIDED_EIPS"
	path := ["config", "broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"]
	f := finding.at(r, path, finding.format("%s is publicly accessible from the internet", [r.id]))
}
