# METADATA
# title: AWS Transfer Family server accepts plain FTP
# description: >-
#   An AWS::Transfer::Server whose Protocols include FTP. FTP sends the user's
#   password and every file in clear text: whoever can read the network between
#   the partner and the endpoint (Transfer Family allows FTP only on VPC
#   endpoints, which VPN, Direct Connect and peered networks reach) can take
#   the credentials and the files, such as claim batches, lab results or
#   patient exports that these servers exchange with partners. SFTP and FTPS
#   encrypt both. Not reported: the default (SFTP only), SFTP, FTPS and AS2,
#   and protocol lists the template leaves undecided (a parameter without
#   default, an undecidable Fn::If).
# related_resources:
#   - ref: https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-transfer-server.html
# custom:
#   id: EVD-CFN-108
#   severity: high
#   remediation: >-
#     Remove FTP from Protocols and offer SFTP (or FTPS with a certificate) to
#     the partners instead.
#   selector:
#     input: cloudformation
#     resources: ["AWS::Transfer::Server"]
#   controls:
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(d)"]
#     gdpr: ["Art.32(1)(a)", "Art.5(1)(f)"]
#   rationale:
#     hipaa: Transmission security requires guarding ePHI sent over a network; FTP sends the files and the credentials that protect them in clear text.
#     gdpr: Encryption of personal data in transit is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.transfer_server_plain_ftp

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding

deny contains f if {
	some server in cfn.resources("AWS::Transfer::Server")
	some i, protocol in server.properties.Protocols
	is_string(protocol)
	upper(protocol) == "FTP"
	f := finding.at(server, ["properties", "Protocols", i], finding.format("%s accepts plain FTP: user names, passwords and files cross the network in clear text", [server.id]))
}
