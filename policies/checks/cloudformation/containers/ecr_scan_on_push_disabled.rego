# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   An AWS::ECR::Repository has no ImageScanningConfiguration with ScanOnPush
#   true (or "true"), and the template declares no registry-wide
#   AWS::ECR::RegistryScanningConfiguration. Images with known vulnerabilities
#   can then reach the workloads that process personal data unnoticed. Not
#   reported: an ImageScanningConfiguration or ScanOnPush that is not known
#   statically (a parameter without default). A registry scanning
#   configuration declared in another stack is not seen: there the finding
#   can be suppressed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-registryscanningconfiguration.html
# custom:
#   id: EVD-CFN-065
#   severity: low
#   remediation: >-
#     Add ImageScanningConfiguration with ScanOnPush true, or configure
#     enhanced scanning for the registry with an
#     AWS::ECR::RegistryScanningConfiguration.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECR::Repository]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(d)"]
#   rationale:
#     hipaa: Vulnerability scanning of images is part of risk management and protection from malicious software.
#     gdpr: Regular testing of the security of processing systems is what Art. 32(1)(d) asks for.
package evident.checks.cloudformation.ecr_scan_on_push_disabled

import data.evident.lib.cloudformation as cfn

# A registry scanning configuration of the template overrides the
# repositories' own setting: then no repository is judged.
repositories := cfn.resources("AWS::ECR::Repository") if {
	count(cfn.resources("AWS::ECR::RegistryScanningConfiguration")) == 0
} else := []

deny contains f if {
	some repo in repositories
	f := cfn.flag_off(repo, "ImageScanningConfiguration", "ScanOnPush", {
		"absent": "%s does not scan images on push",
		"unset": "%s does not scan images on push",
		"false": "%s sets ImageScanningConfiguration.ScanOnPush to false",
	})
}
