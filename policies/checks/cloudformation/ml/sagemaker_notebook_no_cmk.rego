# METADATA
# title: SageMaker notebook instance is not encrypted with a customer-managed key
# description: >-
#   An AWS::SageMaker::NotebookInstance has no KmsKeyId (or an empty one), so
#   SageMaker encrypts its ML storage volume, mounted at
#   /home/ec2-user/SageMaker where the notebooks and the data scientists'
#   copies of training data are kept, and its snapshots while the instance is
#   stopped, with a key it manages itself. The data is encrypted, but the use
#   of that key cannot be restricted with a key policy, audited in the
#   account's CloudTrail or revoked. As EVD-TF-188; a key that is not known
#   statically (a parameter without default, a key of another stack) is not
#   reported.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html
# custom:
#   id: EVD-CFN-071
#   severity: low
#   remediation: >-
#     Set KmsKeyId to a customer-managed KMS key (!GetAtt Key.Arn of an
#     AWS::KMS::Key) whose key policy admits the notebook's role; the change
#     replaces the notebook instance: copy the volume's contents first.
#   selector:
#     input: cloudformation
#     resources: [AWS::SageMaker::NotebookInstance]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the ePHI kept in the notebook auditable and revocable.
#     gdpr: Controlling the encryption key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.cloudformation.sagemaker_notebook_no_cmk

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	values.absent_or_null(notebook.properties, "KmsKeyId")
	f := finding.of(notebook, finding.format("%s has no KmsKeyId (its ML storage volume is encrypted with a key SageMaker manages)", [notebook.id]))
}

deny contains f if {
	some notebook in cfn.resources("AWS::SageMaker::NotebookInstance")
	key := notebook.properties.KmsKeyId
	is_string(key)
	trim_space(key) == ""
	f := finding.at(notebook, ["properties", "KmsKeyId"], finding.format("%s sets KmsKeyId to an empty string (its ML storage volume is encrypted with a key SageMaker manages)", [notebook.id]))
}
