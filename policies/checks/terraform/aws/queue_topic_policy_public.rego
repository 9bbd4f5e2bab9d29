# METADATA
# title: SQS queue or SNS topic policy grants access to everyone
# description: >-
#   A queue or topic policy (aws_sqs_queue_policy, aws_sns_topic_policy, or
#   the policy argument of aws_sqs_queue / aws_sns_topic; literal JSON,
#   jsonencode() or an aws_iam_policy_document data source of the same
#   module) has an Allow statement for Principal "*" (or AWS = "*") that no
#   condition restricts, so any AWS account, or anyone, can read, send or
#   publish the messages, which carry the records the workload processes. A
#   condition only on keys the client sets (aws:Referer, aws:UserAgent,
#   aws:SecureTransport, s3:TlsVersion, …) does not count. Statements
#   restricted by another condition (aws:SourceArn of the sending bucket or
#   topic, aws:SourceAccount, the organisation id…), alone or alongside those
#   keys, are not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html
# custom:
#   id: EVD-TF-062
#   severity: high
#   remediation: >-
#     Name the principals or services that send and receive, and add an
#     aws:SourceArn or aws:SourceAccount condition to statements for AWS
#     services.
#   selector:
#     input: terraform
#     resources: [aws_sqs_queue_policy, aws_sns_topic_policy, aws_sqs_queue, aws_sns_topic]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI in messages must be limited to authorized persons and programs; a public grant authorizes everyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.terraform.queue_topic_policy_public

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.terraform

deny contains f if {
	some r in terraform.resources_of({"aws_sqs_queue_policy", "aws_sns_topic_policy", "aws_sqs_queue", "aws_sns_topic"})
	doc := aws.resource_policy(r.config.policy)
	some st in iam.statements(doc)
	how := iam.public_statement(st)
	f := finding.at(r, ["config", "policy"], iam.public_policy_message(r.id, st, how))
}
