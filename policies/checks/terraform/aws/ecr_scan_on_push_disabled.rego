# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   An aws_ecr_repository has no image_scanning_configuration with
#   scan_on_push = true, and the module declares no registry-wide
#   aws_ecr_registry_scanning_configuration. Images with known vulnerabilities
#   can then reach the workloads that process personal data unnoticed.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: EVD-TF-055
#   severity: low
#   remediation: >-
#     Add image_scanning_configuration { scan_on_push = true }, or configure
#     enhanced scanning for the registry with aws_ecr_registry_scanning_configuration.
#   selector:
#     input: terraform
#     resources: [aws_ecr_repository]
#   controls:
#     hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#     gdpr: ["Art.32(1)(d)"]
#   rationale:
#     hipaa: Vulnerability scanning of images is part of risk management and protection from malicious software.
#     gdpr: Regular testing of the security of processing systems is what Art. 32(1)(d) asks for.
package evident.checks.terraform.ecr_scan_on_push_disabled

import data.evident.lib.terraform

deny contains f if {
	count(terraform.resources("aws_ecr_registry_scanning_configuration")) == 0
	some repo in terraform.resources("aws_ecr_repository")
	f := terraform.block_off(
		repo, "image_scanning_configuration", "scan_on_push",
		"%s does not scan images on push",
		"%s sets scan_on_push = false",
	)
}
