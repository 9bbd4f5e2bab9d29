# METADATA
# title: Data is replicated to a region outside the allowed list
# description: >-
#   Data residency (GDPR Chapter V) for replication, which copies personal data
#   to another region without any resource being created there by hand: a
#   DynamoDB global table replica { region_name } outside gdpr.allowedRegions;
#   an S3 replication rule (aws_s3_bucket_replication_configuration) whose
#   destination bucket is a bucket of this module in a disallowed region; an
#   RDS read replica (replicate_source_db) created in a disallowed region.
#   Silent when the allow-list is absent or empty, and when a region is
#   unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html
# custom:
#   id: EVD-TF-060
#   severity: high
#   remediation: >-
#     Replicate to an allowed region, or, if the transfer is intended and
#     covered by an adequacy decision or appropriate safeguards, add the region
#     to gdpr.allowedRegions and record the transfer.
#   selector:
#     input: terraform
#     resources: [aws_dynamodb_table, aws_s3_bucket_replication_configuration, aws_db_instance]
#   controls:
#     gdpr: ["Art.44", "Art.45"]
#   rationale:
#     gdpr: A replica outside the allow-list is a transfer of personal data to a third country, which Chapter V only permits on the basis of an adequacy decision or safeguards.
package evident.checks.terraform.aws_replication_region_not_allowed

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	aws.residency_enforced
	some table in terraform.resources("aws_dynamodb_table")
	some i, replica in terraform.blocks(table.config, "replica")
	aws.region_disallowed(replica.region_name)
	msg := finding.format("%s replicates to %s, outside the allowed regions (%s)", [table.id, replica.region_name, aws.allowed_list])
	f := finding.at(table, ["config", "replica", i, "region_name"], msg)
}

deny contains f if {
	aws.residency_enforced
	some replication in terraform.resources("aws_s3_bucket_replication_configuration")
	some i, rule in terraform.blocks(replication.config, "rule")
	some j, destination in terraform.blocks(rule, "destination")
	some bucket in terraform.resources("aws_s3_bucket")
	values.refers_to(destination.bucket, bucket.id)
	region := aws.region(bucket)
	aws.region_disallowed(region)
	msg := finding.format("%s replicates to %s in %s, outside the allowed regions (%s)", [replication.id, bucket.id, region, aws.allowed_list])
	f := finding.at(replication, ["config", "rule", i, "destination", j, "bucket"], msg)
}

deny contains f if {
	aws.residency_enforced
	some db in terraform.resources("aws_db_instance")
	values.has_key(db.config, "replicate_source_db")
	region := aws.region(db)
	aws.region_disallowed(region)
	msg := finding.format("%s is a read replica in %s, outside the allowed regions (%s)", [db.id, region, aws.allowed_list])
	f := finding.at(db, ["config", "replicate_source_db"], msg)
}
