# METADATA
# title: SageMaker notebook instance is not encrypted with a customer-managed key
# description: >-
#   An aws_sagemaker_notebook_instance sets no kms_key_id (or an empty one),
#   so SageMaker encrypts its ML storage volume, mounted at
#   /home/ec2-user/SageMaker where the notebooks and the data scientists'
#   copies of training data are kept, and its snapshots while the instance is
#   stopped, with a key it manages itself. The data is encrypted, but the use
#   of that key cannot be restricted with a key policy, audited in the
#   account's CloudTrail or revoked. A key that is not known statically (a
#   variable, a key of another module) is not reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id
# custom:
#   id: EVD-TF-188
#   severity: low
#   remediation: >-
#     Set kms_key_id to a customer-managed KMS key (aws_kms_key.x.arn) whose key
#     policy admits the notebook's role; the key cannot be added to an existing
#     notebook instance in place: plan the replacement and copy the volume's
#     contents.
#   selector:
#     input: terraform
#     resources: [aws_sagemaker_notebook_instance]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the ePHI kept in the notebook auditable and revocable.
#     gdpr: Controlling the encryption key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.terraform.sagemaker_notebook_no_cmk

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	values.absent_or_null(notebook.config, "kms_key_id")
	f := finding.of(notebook, finding.format("%s sets no kms_key_id (its ML storage volume is encrypted with a key SageMaker manages)", [notebook.id]))
}

deny contains f if {
	some notebook in terraform.resources("aws_sagemaker_notebook_instance")
	key := notebook.config.kms_key_id
	is_string(key)
	trim_space(key) == ""
	f := finding.at(notebook, ["config", "kms_key_id"], finding.format("%s sets kms_key_id to an empty string (its ML storage volume is encrypted with a key SageMaker manages)", [notebook.id]))
}
