# METADATA
# title: Transfer Family server uses the 2018 security policy
# description: >-
#   An AWS::Transfer::Server that offers SFTP or FTPS (SFTP is the default
#   protocol) without SecurityPolicyName, or with a 2018-11 policy
#   (TransferSecurityPolicy-2018-11, its Restricted variant). A server created
#   by CloudFormation without a policy is assigned
#   TransferSecurityPolicy-2018-11, the oldest policy, which keeps SHA-1-based
#   algorithms for clients that never upgraded (among them ssh-rsa host key
#   signatures, which the Transfer Family guide lists for the 2018 and 2020
#   policies only); AWS strongly recommends its latest policy. The files
#   exchanged with clearinghouses, laboratories and payers then move under
#   cryptography that is no longer state of the art. Servers that offer only
#   FTP are left to EVD-CFN-108. Not reported: a policy or protocols from
#   parameters without a default or conditions.
# related_resources:
#   - ref: https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-transfer-server.html
# custom:
#   id: EVD-CFN-126
#   severity: medium
#   remediation: >-
#     Set SecurityPolicyName to TransferSecurityPolicy-2024-01 (or a later or
#     FIPS policy) after checking that the partners' clients support it.
#   selector:
#     input: cloudformation
#     resources: [AWS::Transfer::Server]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: File transfers carry ePHI; transmission security relies on cryptography that is still considered strong.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; SHA-1-era algorithms are not.
package evident.checks.cloudformation.transfer_server_outdated_policy

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some server in cfn.resources("AWS::Transfer::Server")
	aws.transfer_uses_cryptography(object.get(server.properties, "Protocols", null))
	values.absent_or_null(server.properties, "SecurityPolicyName")
	f := finding.of(server, finding.format("%s has no SecurityPolicyName: it gets TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms", [server.id]))
}

deny contains f if {
	some server in cfn.resources("AWS::Transfer::Server")
	aws.transfer_uses_cryptography(object.get(server.properties, "Protocols", null))
	policy := server.properties.SecurityPolicyName
	aws.transfer_policy_outdated(policy)
	f := finding.at(server, ["properties", "SecurityPolicyName"], finding.format("%s uses %s, which keeps SHA-1-based algorithms", [server.id, policy]))
}
