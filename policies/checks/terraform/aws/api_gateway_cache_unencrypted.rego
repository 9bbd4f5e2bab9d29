# METADATA
# title: API Gateway method cache is not encrypted
# description: >-
#   An aws_api_gateway_method_settings turns method caching on
#   (caching_enabled = true, or "true", in its settings block) without
#   cache_data_encrypted = true: it sets it to false, or leaves it out, and
#   the method's cacheDataEncrypted is then false, API Gateway's default
#   ("Encrypt cache data" is an opt-in). The stage's cache cluster then
#   keeps API responses (patient records, search results) for up to the
#   cache TTL without encryption at rest. Not reported: caching off or
#   absent, a caching_enabled or cache_data_encrypted value that is not
#   known statically (a variable without default), settings in a dynamic
#   block, and method settings whose stage is an aws_api_gateway_stage of
#   the module (by reference in stage_name, or by the same literal
#   stage_name and rest_api_id) known to have no cache cluster
#   (cache_cluster_enabled false or absent, its default): without a cluster
#   nothing is cached. Method settings of a stage that is not in the module,
#   or whose cache_cluster_enabled is not known, are reported. A
#   stage with cache_cluster_enabled = true but no method settings is not
#   reported either: the cluster alone caches nothing until a method turns
#   caching on (API Gateway API reference, Stage.cacheClusterEnabled). Each
#   aws_api_gateway_method_settings is judged on its own, whatever the
#   others of its stage set.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/data-protection-encryption.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings
# custom:
#   id: EVD-TF-209
#   severity: medium
#   remediation: >-
#     Set cache_data_encrypted = true in the settings block of every
#     aws_api_gateway_method_settings that sets caching_enabled = true (the
#     "Encrypt cache data" option of the stage cache), or turn caching off
#     for methods that return personal data.
#   selector:
#     input: terraform
#     resources: [aws_api_gateway_method_settings, aws_api_gateway_stage]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: API responses holding ePHI kept in the stage cache are data at rest under the encryption and decryption specification.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.terraform.api_gateway_cache_unencrypted

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

deny contains f if {
	some ms in terraform.resources("aws_api_gateway_method_settings")
	some i, settings in terraform.blocks(ms.config, "settings")
	values.true_value(settings.caching_enabled)
	not stage_without_cache(ms)
	f := unencrypted(ms, i, settings)
}

# unencrypted(ms, i, settings): the finding for settings block i, whose caching is on:
# cache_data_encrypted false (at the argument) or absent or null (at caching_enabled).
unencrypted(ms, i, settings) := finding.at(ms, ["config", "settings", i, "cache_data_encrypted"], finding.format("%s sets cache_data_encrypted = false while caching_enabled = true (cached API responses are stored unencrypted)", [ms.id])) if {
	values.false_value(settings.cache_data_encrypted)
}

unencrypted(ms, i, settings) := finding.at(ms, ["config", "settings", i, "caching_enabled"], finding.format("%s sets caching_enabled = true without cache_data_encrypted = true (cached API responses are stored unencrypted)", [ms.id])) if {
	values.absent_or_null(settings, "cache_data_encrypted")
}

# stage_without_cache(ms): the stage the method settings apply to is in the
# module and is known to have no cache cluster.
stage_without_cache(ms) if {
	some stage in terraform.resources("aws_api_gateway_stage")
	same_stage(ms.config, stage)
	values.false_or_unset(stage.config, "cache_cluster_enabled")
}

same_stage(cfg, stage) if values.refers_to(cfg.stage_name, stage.id)

same_stage(cfg, stage) if {
	values.truthy_string(cfg.stage_name)
	cfg.stage_name == stage.config.stage_name
	cfg.rest_api_id == stage.config.rest_api_id
}
