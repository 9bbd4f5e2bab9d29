# METADATA
# title: ECR repository allows overwriting image tags
# description: >-
#   An AWS::ECR::Repository leaves ImageTagMutability at its default MUTABLE
#   (or sets it explicitly). A pushed tag such as v1.4.2 can then be
#   overwritten with a different image, so the image a deployment runs is no
#   longer the one that was reviewed and scanned. Not reported, as in the
#   Terraform check: IMMUTABLE, IMMUTABLE_WITH_EXCLUSION (every tag immutable
#   but those the exclusion filters name, such as latest),
#   MUTABLE_WITH_EXCLUSION (the tags the filters name are immutable), and a
#   value that is not known statically (a parameter without default).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-repository.html
# custom:
#   id: EVD-CFN-064
#   severity: low
#   remediation: >-
#     Set ImageTagMutability to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION with
#     ImageTagMutabilityExclusionFilters for a "latest"-style tag) and deploy
#     by digest.
#   selector:
#     input: cloudformation
#     resources: [AWS::ECR::Repository]
#   controls:
#     hipaa: ["164.312(c)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)"]
#   rationale:
#     hipaa: Immutable images protect the integrity of the software that processes ePHI.
#     gdpr: Ensuring the deployed software is the reviewed one is part of the integrity of processing systems.
package evident.checks.cloudformation.ecr_image_tags_mutable

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some repo in cfn.resources("AWS::ECR::Repository")
	values.absent_or_null(repo.properties, "ImageTagMutability")
	f := finding.of(repo, finding.format("%s uses mutable image tags (ImageTagMutability defaults to MUTABLE)", [repo.id]))
}

deny contains f if {
	some repo in cfn.resources("AWS::ECR::Repository")
	repo.properties.ImageTagMutability == "MUTABLE"
	f := finding.at(repo, ["properties", "ImageTagMutability"], finding.format("%s sets ImageTagMutability to MUTABLE", [repo.id]))
}
