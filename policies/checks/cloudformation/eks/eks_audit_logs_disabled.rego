# METADATA
# title: EKS cluster does not send the Kubernetes audit log to CloudWatch
# description: >-
#   An AWS::EKS::Cluster has no Logging (EKS exports no control-plane logs by
#   default), or its Logging.ClusterLogging.EnabledTypes has no entry with
#   Type audit. The Kubernetes API server audit log, the record of who read
#   which Secret, who exec'd into which pod and who changed which role
#   binding, is then not kept anywhere the organisation can review it. Only a
#   missing audit type is reported (authenticator, the record of IAM log-ins
#   to the cluster, is good practice too). Not reported: a Logging,
#   ClusterLogging, EnabledTypes, entry or Type that is unknown (a parameter
#   without default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-cluster-logging.html
# custom:
#   id: EVD-CFN-042
#   severity: medium
#   remediation: >-
#     Set Logging.ClusterLogging.EnabledTypes to [{Type: audit}, {Type:
#     authenticator}, {Type: api}] and declare the /aws/eks/<cluster
#     name>/cluster log group with a retention and a KMS key.
#   selector:
#     input: cloudformation
#     resources: [AWS::EKS::Cluster]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: The API audit log records activity in the cluster that runs ePHI workloads, as audit controls and activity review require.
#     gdpr: A record of who accessed the cluster's Secrets and workloads helps the controller demonstrate accountability for processing.
package evident.checks.cloudformation.eks_audit_logs_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	values.absent_or_null(cluster.properties, "Logging")
	f := finding.of(cluster, finding.format("%s has no Logging: the Kubernetes API audit log is not sent to CloudWatch", [cluster.id]))
}

deny contains f if {
	some cluster in cfn.resources("AWS::EKS::Cluster")
	[path, types] := enabled_types(cluster.properties.Logging)
	every entry in types {
		known_entry(entry)
	}
	not audit_enabled(types)
	f := finding.at(cluster, path, finding.format("%s Logging.ClusterLogging.EnabledTypes has no entry with Type audit: the Kubernetes API audit log is not sent to CloudWatch", [cluster.id]))
}

# enabled_types(logging): [path, list] of the enabled log types as written: an
# absent or null ClusterLogging or EnabledTypes enables none, located at the
# object that leaves it out. Undefined when a level is unknown or malformed.
enabled_types(logging) := [["properties", "Logging"], []] if {
	values.known_object(logging)
	values.absent_or_null(logging, "ClusterLogging")
} else := [["properties", "Logging", "ClusterLogging"], []] if {
	values.known_object(logging.ClusterLogging)
	values.absent_or_null(logging.ClusterLogging, "EnabledTypes")
} else := [["properties", "Logging", "ClusterLogging", "EnabledTypes"], logging.ClusterLogging.EnabledTypes]

# known_entry(entry): a {Type: …} entry whose type is known (a missing Type enables nothing).
known_entry(entry) if {
	values.known_object(entry)
	not values.is_unknown(object.get(entry, "Type", null))
}

audit_enabled(types) if {
	some entry in types
	entry.Type == "audit"
}
