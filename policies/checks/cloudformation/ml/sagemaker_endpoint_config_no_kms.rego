# METADATA
# title: SageMaker endpoint configuration does not encrypt its instances' storage with a customer-managed key
# description: >-
#   An AWS::SageMaker::EndpointConfig has no KmsKeyId (or an empty one), so
#   the ML storage volumes of the instances that host the endpoint's models,
#   where the model artifacts and the containers' working files (/opt/ml,
#   /tmp) live, are encrypted with a transient key that SageMaker manages: the
#   data is encrypted, but the use of the key cannot be restricted with a key
#   policy, audited in the account's CloudTrail or revoked. As EVD-TF-189.
#   Not reported: a key that is not known statically, and a configuration
#   that cannot take a key because a production or shadow variant runs on an
#   instance type with local NVMe storage (ml.g4dn, ml.g5, ml.m5d, ml.p4d…;
#   AWS encrypts that storage with a hardware key and rejects KmsKeyId) or on
#   an instance type that is not known statically, or whose variants are not
#   (a parameter without default, a condition). The key of
#   AsyncInferenceConfig's output (S3) is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-endpointconfig.html
# custom:
#   id: EVD-CFN-072
#   severity: low
#   remediation: >-
#     Set KmsKeyId to a customer-managed KMS key (!GetAtt Key.Arn of an
#     AWS::KMS::Key) whose key policy admits the execution role of the
#     endpoint; the change creates a new endpoint configuration, which the
#     endpoint takes when it is updated.
#   selector:
#     input: cloudformation
#     resources: [AWS::SageMaker::EndpointConfig]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the ePHI processed by the endpoint auditable and revocable.
#     gdpr: Controlling the encryption key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.cloudformation.sagemaker_endpoint_config_no_kms

import data.evident.lib.aws
import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

deny contains f if {
	some config in cfn.resources("AWS::SageMaker::EndpointConfig")
	values.absent_or_null(config.properties, "KmsKeyId")
	can_take_a_key(config.properties)
	f := finding.of(config, finding.format("%s has no KmsKeyId (the storage volumes of its instances are encrypted with a key SageMaker manages)", [config.id]))
}

deny contains f if {
	some config in cfn.resources("AWS::SageMaker::EndpointConfig")
	key := config.properties.KmsKeyId
	is_string(key)
	trim_space(key) == ""
	can_take_a_key(config.properties)
	f := finding.at(config, ["properties", "KmsKeyId"], finding.format("%s sets KmsKeyId to an empty string (the storage volumes of its instances are encrypted with a key SageMaker manages)", [config.id]))
}

# can_take_a_key(props): AWS accepts a KMS key for this configuration: the
# variant lists are known, and every variant's instance type is known and has
# no local storage, or the variant is serverless.
can_take_a_key(props) if {
	not values.is_unknown(object.get(props, "ProductionVariants", []))
	not values.is_unknown(object.get(props, "ShadowProductionVariants", []))
	every variant in array.concat(cfn.as_list(object.get(props, "ProductionVariants", [])), cfn.as_list(object.get(props, "ShadowProductionVariants", []))) {
		keyable(variant)
	}
}

# keyable(variant): a variant whose storage a KMS key can encrypt.
keyable(variant) if {
	is_string(variant.InstanceType)
	not aws.sagemaker_local_storage(variant.InstanceType)
}

keyable(variant) if {
	values.absent_or_null(variant, "InstanceType")
	values.known_object(variant.ServerlessConfig)
}
