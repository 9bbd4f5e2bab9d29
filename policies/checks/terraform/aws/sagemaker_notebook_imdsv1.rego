# METADATA
# title: SageMaker notebook instance accepts IMDSv1 (no session token required)
# description: >-
#   An aws_sagemaker_notebook_instance without an
#   instance_metadata_service_configuration, or whose
#   minimum_instance_metadata_service_version is "1": SageMaker then creates
#   the notebook instance with IMDSv1 allowed (its default), so a server-side
#   request forgery in the notebook's Jupyter server, an extension or code a
#   user runs can read the instance's execution role credentials with a plain
#   GET, and with them the buckets of training data the role reads. The twin of
#   EVD-TF-199 for notebook instances. Not reported: a version from a variable.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-imds.html
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#instance_metadata_service_configuration
# custom:
#   id: EVD-TF-294
#   severity: medium
#   remediation: >-
#     Add instance_metadata_service_configuration {
#     minimum_instance_metadata_service_version = "2" }.
#   selector:
#     input: terraform
#     resources: [aws_sagemaker_notebook_instance]
#   controls:
#     hipaa: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(b)", "Art.25(2)"]
#   rationale:
#     hipaa: IMDSv2 keeps the notebook's role credentials, which reach the ePHI it analyses, away from request-forgery attacks.
#     gdpr: Requiring session tokens is a protective default against credential theft from systems that process personal data.
package evident.checks.terraform.sagemaker_notebook_imdsv1

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	count(terraform.blocks(notebook.config, "instance_metadata_service_configuration")) == 0
	not terraform.dynamic(notebook.config, "instance_metadata_service_configuration")
	f := finding.of(notebook, finding.format("%s does not require IMDSv2 session tokens (no instance_metadata_service_configuration: the minimum version defaults to 1)", [notebook.id]))
}

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	some i, imds in terraform.blocks(notebook.config, "instance_metadata_service_configuration")
	aws.imds_version_one(imds.minimum_instance_metadata_service_version)
	f := finding.at(notebook, ["config", "instance_metadata_service_configuration", i, "minimum_instance_metadata_service_version"], finding.format("%s sets minimum_instance_metadata_service_version to 1: the metadata service answers IMDSv1 requests without a session token", [notebook.id]))
}
