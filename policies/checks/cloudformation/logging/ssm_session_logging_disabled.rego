# METADATA
# title: Session Manager records no sessions
# description: >-
#   An AWS::SSM::Document of DocumentType Session holds the Session Manager
#   preferences (sessionType Standard_Stream) and its inputs name neither an
#   s3BucketName nor a cloudWatchLogGroupName, so no session is logged: the
#   commands an administrator runs in a shell on an instance that stores or
#   processes personal or health data, and what they print, are not recorded
#   anywhere (CloudTrail records only that a session started). Session Manager
#   reads its preferences from this document (SSM-SessionManagerRunShell, or a
#   document a session names). Content is read as an object, or as JSON or
#   YAML text by DocumentFormat. Not reported: content from a parameter or a
#   condition, another session type (commands, port forwarding), or a
#   destination from a parameter or a resource.
# related_resources:
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-logging.html
#   - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-schema.html
# custom:
#   id: EVD-CFN-118
#   severity: medium
#   remediation: >-
#     Add s3BucketName (with s3EncryptionEnabled true) or
#     cloudWatchLogGroupName (with cloudWatchEncryptionEnabled true) to the
#     document's inputs, naming an encrypted bucket or log group kept for your
#     audit retention period.
#   selector:
#     input: cloudformation
#     resources: [AWS::SSM::Document]
#   controls:
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     gdpr: ["Art.30(1)", "Art.5(2)"]
#   rationale:
#     hipaa: Interactive sessions on systems that hold ePHI must be recorded for audit controls and activity review.
#     gdpr: A record of who ran what on systems that process personal data helps demonstrate compliance.
package evident.checks.cloudformation.ssm_session_logging_disabled

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some document in cfn.resources("AWS::SSM::Document")
	document.properties.DocumentType == "Session"
	preferences := aws.ssm_session_preferences(document.properties.Content, object.get(document.properties, "DocumentFormat", null))
	aws.ssm_session_unlogged(preferences)
	f := finding.at(document, ["properties", "Content"], finding.format("%s, Session Manager's preferences, logs no sessions (its inputs name no s3BucketName and no cloudWatchLogGroupName)", [document.id]))
}
