# METADATA
# title: Redshift cluster has no audit logging
# description: >-
#   An AWS::Redshift::Cluster has no LoggingProperties, or LoggingProperties
#   that names neither a BucketName (logs delivered to S3) nor a
#   LogDestinationType of cloudwatch (reported at LoggingProperties). Redshift
#   does not turn audit logging on by default (Amazon Redshift Management
#   Guide, Database audit logging), so the connection log (who connected from
#   where, failed authentications) and the user log (changes to database
#   users) of the warehouse, usually the widest copy of personal data, are not
#   kept. Which logs LogExports lists is not judged. The user activity log
#   (every query run) also needs the enable_user_activity_logging parameter in
#   the cluster's AWS::Redshift::ClusterParameterGroup, which this check does
#   not judge. As for Terraform, nothing that is not known statically is
#   reported: LoggingProperties from a parameter or an undecidable Fn::If, and
#   a LogDestinationType that is not known (it may be cloudwatch); a BucketName
#   from a parameter or a resource counts as given. Redshift Serverless
#   (AWS::RedshiftServerless::Namespace LogExports) logs differently and is
#   not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-redshift-cluster-loggingproperties.html
# custom:
#   id: EVD-CFN-080
#   severity: medium
#   remediation: >-
#     Set LoggingProperties on the cluster, e.g. { LogDestinationType:
#     cloudwatch, LogExports: [connectionlog, userlog, useractivitylog] } or {
#     BucketName: !Ref AuditLogBucket, S3KeyPrefix: redshift/ }, and set
#     enable_user_activity_logging to "true" in the cluster's parameter group.
#   selector:
#     input: cloudformation
#     resources: [AWS::Redshift::Cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(C)"]
#     gdpr: ["Art.30(1)", "Art.32(1)(d)"]
#   rationale:
#     hipaa: Redshift connection and user logs record log-ins and access to the ePHI in the warehouse, as audit controls, activity review and log-in monitoring require.
#     gdpr: Warehouse audit logs support evaluating the security of processing and investigating incidents.
package evident.checks.cloudformation.redshift_audit_logging_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::Redshift::Cluster")
	values.absent_or_null(cluster.properties, "LoggingProperties")
	f := finding.of(cluster, finding.format("%s has no audit logging (LoggingProperties is not set)", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::Redshift::Cluster")
	props := cluster.properties.LoggingProperties
	values.known_object(props)
	not cfn.given(props, "BucketName")
	not may_be_cloudwatch(props)
	f := finding.at(cluster, ["properties", "LoggingProperties"], finding.format("%s has no audit logging (LoggingProperties sets neither BucketName nor LogDestinationType cloudwatch)", [cluster.id]))
}

# may_be_cloudwatch(props): the logs go to CloudWatch Logs, or may (unknown).
may_be_cloudwatch(props) if values.is_unknown(props.LogDestinationType)

may_be_cloudwatch(props) if {
	is_string(props.LogDestinationType)
	lower(props.LogDestinationType) == "cloudwatch"
}
