# METADATA
# title: SQS queue or SNS topic policy grants access to everyone
# description: >-
#   An AWS::SQS::QueuePolicy or AWS::SNS::TopicPolicy has an Allow statement
#   for Principal "*" (or AWS "*") that no condition restricts, so any AWS
#   account, or anyone, can read, send or publish the messages, which carry
#   the records the workload processes. A condition only on keys the client
#   sets (aws:Referer, aws:UserAgent, aws:SecureTransport, s3:TlsVersion, …)
#   does not count. Statements restricted by another condition (aws:SourceArn
#   of the sending bucket or topic, aws:SourceAccount, the organisation id…),
#   alone or alongside those keys, are not reported, nor are statements the
#   template leaves undecided. The PolicyDocument is read whether it is
#   written as an object or as a JSON string (CloudFormation accepts both); a
#   string that is not valid JSON, or that the template builds from values
#   only known at deploy time (!Sub with a parameter or attribute, !Join with
#   a Ref), is not read.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html
# custom:
#   id: EVD-CFN-038
#   severity: high
#   remediation: >-
#     Name the principals or services that send and receive, and add an
#     aws:SourceArn or aws:SourceAccount condition to statements for AWS
#     services.
#   selector:
#     input: cloudformation
#     resources: [AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(C)", "164.308(a)(3)(i)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Access to ePHI in messages must be limited to authorized persons and programs; a public grant authorizes everyone.
#     gdpr: Data protection by default means personal data is not made accessible to an indefinite number of people.
package evident.checks.cloudformation.queue_topic_policy_public

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.iam

deny contains f if {
	some policy in cfn.resources_of({"AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy"})
	document := aws.document(policy.properties.PolicyDocument)
	some st in iam.statements(document)
	how := iam.public_statement(st)
	f := finding.at(policy, ["properties", "PolicyDocument"], finding.format("%s allows %s to anyone (Principal \"*\" %s)", [policy.id, iam.action_text(st), how]))
}
