# METADATA
# title: Data service is publicly accessible
# description: >-
#   A data service other than RDS (EVD-TF-003) is given a public endpoint:
#   publicly_accessible = true (or "true") on aws_redshift_cluster,
#   aws_redshiftserverless_workgroup, aws_dms_replication_instance,
#   aws_dms_instance_profile, aws_neptune_cluster_instance,
#   aws_lightsail_database, aws_timestreaminfluxdb_db_instance or
#   aws_timestreaminfluxdb_db_cluster, or public_connectivity = true on
#   aws_neptunegraph_graph. The warehouse, the migration instance that reads
#   and writes whole databases, the graph or the time-series database then
#   gets a public address, so only its security groups (or, for Neptune and
#   Neptune Analytics, IAM authentication) stand between its data and the
#   internet. An aws_dms_instance_profile (the network settings of DMS
#   homogeneous data migrations and schema conversion) that leaves
#   publicly_accessible out, or null, is reported too: the provider does not
#   send the argument and the CreateInstanceProfile API defaults it to true
#   (the provider's own acceptance test of an empty instance profile reads
#   back true). Not reported: false, a value that is not known statically,
#   and an absent setting on every other type, whose effective default is
#   private: the provider sends false for an aws_dms_replication_instance
#   (unlike the DMS API, whose default is true); aws_neptune_cluster_instance
#   and aws_lightsail_database default to false in the provider, Timestream
#   for InfluxDB to false, Neptune Analytics graphs are created without
#   public connectivity, and public access is an opt-in setting of Redshift
#   Serverless workgroups (the CloudFormation schema declares false). An
#   aws_redshift_cluster without publicly_accessible is private from AWS
#   provider 6.0 on, but versions up to 5.x defaulted it to true; the
#   provider version a module runs with is not known here, so the absent
#   case is not reported: set publicly_accessible = false explicitly on
#   modules that may still run provider 5 or older.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
#   - ref: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html
#   - ref: https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html
#   - ref: https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateInstanceProfile.html
#   - ref: https://docs.aws.amazon.com/neptune/latest/userguide/neptune-public-endpoints.html
#   - ref: https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade#resourceaws_redshift_cluster
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible
# custom:
#   id: EVD-TF-203
#   severity: high
#   remediation: >-
#     Set publicly_accessible = false (public_connectivity = false for a
#     Neptune Analytics graph, and write it out on DMS instance profiles and on
#     Redshift clusters that may run with AWS provider 5 or older), place the
#     service in private subnets with security groups that admit only the
#     application tier, and reach it through a VPN, a bastion or a private
#     endpoint.
#   selector:
#     input: terraform
#     resources: [aws_redshift_cluster, aws_redshiftserverless_workgroup, aws_dms_replication_instance, aws_dms_instance_profile, aws_neptune_cluster_instance, aws_neptunegraph_graph, aws_lightsail_database, aws_timestreaminfluxdb_db_instance, aws_timestreaminfluxdb_db_cluster]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(4)(ii)(C)", "164.312(e)(1)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: A warehouse, migration instance or database holding ePHI that is reachable from the internet defeats access control and exposes the data in transit to unauthorised parties.
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
