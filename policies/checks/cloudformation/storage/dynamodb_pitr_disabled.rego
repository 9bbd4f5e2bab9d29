# METADATA
# title: DynamoDB table has no point-in-time recovery
# description: >-
#   An AWS::DynamoDB::Table does not enable
#   PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled, or a replica
#   of an AWS::DynamoDB::GlobalTable does not (each replica has its own
#   setting, off by default). Without it, a table overwritten by a faulty
#   deploy or a bad batch job can only be restored from on-demand backups, if
#   anyone took one; a replica without it cannot be restored to a point in
#   time in its own region when the others are lost.
#   Not reported: a setting from a parameter or a condition.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
# custom:
#   id: EVD-CFN-013
#   severity: medium
#   remediation: >-
#     Add PointInTimeRecoverySpecification with PointInTimeRecoveryEnabled true
#     (and RecoveryPeriodInDays matching the data's retention needs).
#   selector:
#     input: cloudformation
#     resources: [AWS::DynamoDB::Table, AWS::DynamoDB::GlobalTable]
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(i)", "164.312(a)(2)(ii)"]
#     gdpr: ["Art.32(1)(c)"]
#   rationale:
#     hipaa: The data backup plan requires retrievable exact copies of ePHI, and emergency access depends on them.
#     gdpr: Art. 32(1)(c) requires the ability to restore availability of and access to personal data in a timely manner.
package evident.checks.cloudformation.dynamodb_pitr_disabled

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some table in cfn.resources("AWS::DynamoDB::Table")
	not values.has_key(table.properties, "PointInTimeRecoverySpecification")
	f := finding.of(table, finding.format("%s has no PointInTimeRecoverySpecification (point-in-time recovery is off)", [table.id]))
}

deny contains f if {
	some table in cfn.resources("AWS::DynamoDB::Table")
	spec := table.properties.PointInTimeRecoverySpecification
	values.known_object(spec)
	cfn.not_enabled(spec, "PointInTimeRecoveryEnabled")
	f := finding.at(table, ["properties", "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"], finding.format("%s does not set PointInTimeRecoveryEnabled to true", [table.id]))
}

deny contains f if {
	some table in cfn.resources("AWS::DynamoDB::GlobalTable")
	some i, replica in cfn.as_list(object.get(table.properties, "Replicas", []))
	values.known_object(replica)
	[where, case] := values.flag_off(replica, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled")
	f := finding.at(table, array.concat(["properties", "Replicas", i], where), finding.format("%s replica %s %s (point-in-time recovery is off there)", [table.id, replica_name(replica, i), replica_pitr_off[case]]))
}

# replica_pitr_off: how a message says that a replica's point-in-time recovery is off, per case of
# values.flag_off.
replica_pitr_off := {
	"absent": "has no PointInTimeRecoverySpecification",
	"unset": "does not set PointInTimeRecoveryEnabled to true",
	"false": "does not set PointInTimeRecoveryEnabled to true",
}

# replica_name(replica, i): the replica's Region, or its index when the region is not a string.
replica_name(replica, i) := replica.Region if is_string(replica.Region)

else := concat("", ["#", format_int(i, 10)])
