# METADATA
# title: Redshift cluster has no audit logging
# description: >-
#   An aws_redshift_cluster has neither a logging block with enable = true
#   (deprecated since provider v5.45, removed in v6) nor a separate
#   aws_redshift_logging resource (provider v5.45 and later) that points at it
#   (cluster_identifier = aws_redshift_cluster.<name>.id or .cluster_identifier,
#   or the literal identifier the cluster declares); the top-level
#   enable_logging of providers before v2 counts too when true. Redshift does
#   not turn audit logging on by default (Amazon Redshift Management Guide,
#   Database audit logging), so the connection log (who connected from where,
#   failed authentications) and the user log (changes to database users) of the
#   warehouse, usually the widest copy of personal data, are not kept. A logging
#   block without enable is reported at the block, enable = false at the
#   argument. Either destination counts (an S3 bucket or CloudWatch Logs); which
#   logs log_exports lists is not judged. The user activity log (every query
#   run) also needs the enable_user_activity_logging parameter in the cluster's
#   parameter group, which this check does not judge. Not reported: an enable or
#   enable_logging that is not known statically, a dynamic logging block, any
#   cluster when some aws_redshift_logging names its cluster with an unknown
#   value that is not a reference to a cluster of this module (a variable, a
#   module output), a cluster whose identifier is not known statically while
#   some aws_redshift_logging names, by a literal, no cluster of the module, a
#   cluster passed to a module call whose code is not seen (that module may
#   enable its logging), and a cluster a registry module creates when the call
#   passes any logging argument (logging, enable_logging, logging_bucket_name),
#   which the module model does not carry over; without one, the module's
#   default is no logging. Redshift Serverless (aws_redshiftserverless_namespace
#   log_exports) logs differently and is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/redshift_cluster#logging
# custom:
#   id: EVD-TF-205
#   severity: medium
#   remediation: >-
#     Add an aws_redshift_logging with cluster_identifier =
#     aws_redshift_cluster.<name>.id and log_destination_type = "cloudwatch"
#     (log_exports = ["connectionlog", "userlog", "useractivitylog"]) or "s3"
#     with a bucket_name, and set enable_user_activity_logging = true in the
#     cluster's parameter group.
#   selector:
#     input: terraform
#     resources: [aws_redshift_cluster, aws_redshift_logging]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(C)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Redshift connection and user logs record log-ins and access to the ePHI in the warehouse, as audit controls, activity review and log-in monitoring require.
#     gdpr: Warehouse audit logs support evaluating the security of processing and investigating incidents.
package evident.checks.terraform.redshift_audit_logging_disabled

import data.evident.lib.terraform
import data.evident.lib.values

logging_type := "aws_redshift_logging"

deny contains f if {
	some cluster in terraform.resources("aws_redshift_cluster")
	count(terraform.attached(logging_type, "cluster_identifier", cluster)) == 0
	not ambiguous_configuration
	not may_be_named(cluster)
	not terraform.passed_to_unmodelled_module(cluster)
	not module_call_configures_logging(cluster)
	not legacy_logging(cluster)
	f := terraform.block_missing_or_off(
		cluster, "logging", "enable",
		"%s has no audit logging (no logging block and no aws_redshift_logging names it)",
		"%s has no audit logging (the logging block does not set enable = true)",
		"%s has no audit logging (logging enable = false)",
	)
}

# A logging resource whose cluster cannot be resolved may belong to any cluster.
ambiguous_configuration if terraform.unattributed(logging_type, "cluster_identifier", "aws_redshift_cluster")

# may_be_named(cluster): the cluster's identifier is not known statically and
# some logging resource names, by a literal, no cluster whose identifier is
# known: it may name this one.
may_be_named(cluster) if {
	values.is_unknown(cluster.config.cluster_identifier)
	some logging in terraform.resources(logging_type)
	name := logging.config.cluster_identifier
	values.truthy_string(name)
	not name in known_identifiers
}

known_identifiers contains name if {
	some cluster in terraform.resources("aws_redshift_cluster")
	name := cluster.config.cluster_identifier
	is_string(name)
}

# module_call_configures_logging(cluster): a registry module created the
# cluster and the call passes a logging argument (a logging block or an
# aws_redshift_logging of the module, depending on its version), which the
# module model does not carry over to the cluster.
module_call_configures_logging(cluster) if {
	some m in input.modules
	m.id == cluster.created_by.call
	some key in ["logging", "enable_logging", "logging_bucket_name"]
	values.has_key(m.config, key)
}

# legacy_logging(cluster): the top-level enable_logging of providers before
# v2 (replaced by the logging block) is true or unknown.
legacy_logging(cluster) if cluster.config.enable_logging == true

legacy_logging(cluster) if values.is_unknown(cluster.config.enable_logging)
