# METADATA
# title: Transfer Family server uses the 2018 security policy
# description: >-
#   An aws_transfer_server that offers SFTP or FTPS (SFTP is the default
#   protocol) without security_policy_name, or with a 2018-11 policy
#   (TransferSecurityPolicy-2018-11, its Restricted variant). The provider and
#   CloudFormation still default to TransferSecurityPolicy-2018-11, the oldest
#   policy, which keeps SHA-1-based algorithms for clients that never
#   upgraded (among them ssh-rsa host key signatures, which the Transfer
#   Family guide lists for the 2018 and 2020 policies only); AWS strongly
#   recommends its latest policy, the default of the console and the API. The
#   files exchanged with clearinghouses, laboratories and payers then move
#   under cryptography that is no longer state of the art. Servers that offer
#   only FTP are left to EVD-TF-263. Not reported: a policy or protocols from
#   variables.
# related_resources:
#   - ref: https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#security_policy_name
# custom:
#   id: EVD-TF-295
#   severity: medium
#   remediation: >-
#     Set security_policy_name to TransferSecurityPolicy-2024-01 (or a later or
#     FIPS policy) after checking that the partners' clients support it.
#   selector:
#     input: terraform
#     resources: [aws_transfer_server]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: File transfers carry ePHI; transmission security relies on cryptography that is still considered strong.
#     gdpr: State-of-the-art encryption in transit is what Art. 32(1)(a) expects; SHA-1-era algorithms are not.
package evident.checks.terraform.transfer_server_outdated_policy

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some server in terraform.resources("aws_transfer_server")
	aws.transfer_uses_cryptography(object.get(server.config, "protocols", null))
	values.absent_or_null(server.config, "security_policy_name")
	f := finding.of(server, finding.format("%s sets no security_policy_name: it gets TransferSecurityPolicy-2018-11, which keeps SHA-1-based algorithms", [server.id]))
}

deny contains f if {
	some server in terraform.resources("aws_transfer_server")
	aws.transfer_uses_cryptography(object.get(server.config, "protocols", null))
	policy := server.config.security_policy_name
	aws.transfer_policy_outdated(policy)
	f := finding.at(server, ["config", "security_policy_name"], finding.format("%s uses %s, which keeps SHA-1-based algorithms", [server.id, policy]))
}
