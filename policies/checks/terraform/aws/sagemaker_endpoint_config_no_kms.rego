# METADATA
# title: SageMaker endpoint configuration does not encrypt its instances' storage with a customer-managed key
# description: >-
#   An aws_sagemaker_endpoint_configuration sets no kms_key_arn (or an empty
#   one), so the ML storage volumes of the instances that host the endpoint's
#   models, where the model artifacts and the containers' working files
#   (/opt/ml, /tmp) live, are encrypted with a transient key that SageMaker
#   manages: the data is encrypted, but the use of the key cannot be
#   restricted with a key policy, audited in the account's CloudTrail or
#   revoked. Not reported: a key that is not known statically, and a
#   configuration that cannot take a key because a production or shadow
#   variant runs on an instance type with local NVMe storage (ml.g4dn, ml.g5,
#   ml.m5d, ml.p4d…; AWS encrypts that storage with a hardware key and rejects
#   kms_key_arn) or on an instance type that is not known statically (a
#   variable, a dynamic block). The key of async_inference_config's output
#   (S3) is not judged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
#   - ref: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html#sagemaker-CreateEndpointConfig-request-KmsKeyId
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration#kms_key_arn
# custom:
#   id: EVD-TF-189
#   severity: low
#   remediation: >-
#     Set kms_key_arn to a customer-managed KMS key (aws_kms_key.x.arn) whose key
#     policy admits the execution role of the endpoint; an endpoint takes the
#     new configuration when it is updated to it.
#   selector:
#     input: terraform
#     resources: [aws_sagemaker_endpoint_configuration]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: A key the covered entity controls makes the encryption of the ePHI processed by the endpoint auditable and revocable.
#     gdpr: Controlling the encryption key makes the Art. 32(1)(a) measure demonstrable.
package evident.checks.terraform.sagemaker_endpoint_config_no_kms

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some config in terraform.resources("aws_sagemaker_endpoint_configuration")
	values.absent_or_null(config.config, "kms_key_arn")
	can_take_a_key(config.config)
	f := finding.of(config, finding.format("%s sets no kms_key_arn (the storage volumes of its instances are encrypted with a key SageMaker manages)", [config.id]))
}

deny contains f if {
	some config in terraform.resources("aws_sagemaker_endpoint_configuration")
	key := config.config.kms_key_arn
	is_string(key)
	trim_space(key) == ""
	can_take_a_key(config.config)
	f := finding.at(config, ["config", "kms_key_arn"], finding.format("%s sets kms_key_arn to an empty string (the storage volumes of its instances are encrypted with a key SageMaker manages)", [config.id]))
}

# can_take_a_key(cfg): AWS accepts a KMS key for this configuration: no
# variant is written with a dynamic block, and every variant's instance type
# is known and has no local storage, or the variant is serverless.
can_take_a_key(cfg) if {
	not terraform.dynamic(cfg, "production_variants")
	not terraform.dynamic(cfg, "shadow_production_variants")
	every variant in array.concat(terraform.blocks(cfg, "production_variants"), terraform.blocks(cfg, "shadow_production_variants")) {
		keyable(variant)
	}
}

# keyable(variant): a variant whose storage a KMS key can encrypt.
keyable(variant) if {
	is_string(variant.instance_type)
	not aws.sagemaker_local_storage(variant.instance_type)
}

keyable(variant) if {
	values.absent_or_null(variant, "instance_type")
	terraform.has_block(variant, "serverless_config")
}
