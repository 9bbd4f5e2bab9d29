# METADATA
# title: ECR repository allows overwriting image tags
# description: >-
#   An aws_ecr_repository leaves image_tag_mutability at its default MUTABLE
#   (or sets it explicitly). A pushed tag such as v1.4.2 can then be
#   overwritten with a different image, so the image a deployment runs is no
#   longer the one that was reviewed and scanned.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: EVD-TF-054
#   severity: low
#   remediation: >-
#     Set image_tag_mutability = "IMMUTABLE" (or IMMUTABLE_WITH_EXCLUSION for a
#     "latest"-style tag) and deploy by digest.
#   selector:
#     input: terraform
#     resources: [aws_ecr_repository]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Immutable images protect the integrity of the software that processes ePHI.
#     gdpr: Ensuring the deployed software is the reviewed one is part of the integrity of processing systems.
package evident.checks.terraform.ecr_image_tags_mutable

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some repo in terraform.resources("aws_ecr_repository")
	not values.has_key(repo.config, "image_tag_mutability")
	f := finding.of(repo, finding.format("%s uses mutable image tags (image_tag_mutability defaults to MUTABLE)", [repo.id]))
}

deny contains f if {
	some repo in terraform.resources("aws_ecr_repository")
	repo.config.image_tag_mutability == "MUTABLE"
	f := finding.at(repo, ["config", "image_tag_mutability"], finding.format("%s sets image_tag_mutability = MUTABLE", [repo.id]))
}
