# METADATA
# title: API Gateway method cache is not encrypted
# description: >-
#   A REST API method setting turns caching on (CachingEnabled true, or
#   "true" in any case) without CacheDataEncrypted true (false, or left out:
#   it is then false, API Gateway's default, as "Encrypt cache data" is an
#   opt-in), in a MethodSettings entry of an AWS::ApiGateway::Stage, an
#   AWS::Serverless::Api or the SAM Globals Api section, or in the
#   StageDescription of an AWS::ApiGateway::Deployment (for the whole stage,
#   or in its MethodSettings). The stage's cache cluster then keeps API
#   responses (patient records, search results) for up to the cache TTL
#   without encryption at rest. Not reported: caching off or absent, a
#   CachingEnabled or CacheDataEncrypted value or a list that is not known
#   statically (a parameter without default, an undecidable Fn::If), and
#   settings of a stage known to have no cache cluster (CacheClusterEnabled
#   false or absent, on the Stage, in the StageDescription, or on the SAM
#   API or else in Globals Api): without a cluster nothing is cached; an
#   unknown CacheClusterEnabled counts as a cluster. The
#   Globals Api section is reported only when a SAM REST API it applies to
#   may have a cache cluster (an AWS::Serverless::Api, or the implicit API
#   of function events of type Api without RestApiId, whose cluster comes
#   from Globals). CacheClusterEnabled true without a method setting that
#   turns caching on is not reported either: the cluster alone caches
#   nothing until a method turns caching on (API Gateway API reference,
#   Stage.cacheClusterEnabled). Each MethodSettings entry is judged on its
#   own, whatever the others of its stage set.
# related_resources:
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/developerguide/data-protection-encryption.html
#   - ref: https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html
#   - ref: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-deployment-stagedescription.html
# custom:
#   id: EVD-CFN-082
#   severity: medium
#   remediation: >-
#     Set CacheDataEncrypted: true next to every CachingEnabled: true (in
#     MethodSettings entries, or in the StageDescription of a deployment),
#     or turn caching off for methods that return personal data.
#   selector:
#     input: cloudformation
#     resources: [AWS::ApiGateway::Stage, AWS::ApiGateway::Deployment, AWS::Serverless::Api, AWS::Serverless::Function]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: API responses holding ePHI kept in the stage cache are data at rest under the encryption and decryption specification.
#     gdpr: Encryption of personal data at rest is a measure Art. 32(1)(a) names.
package evident.checks.cloudformation.api_gateway_cache_unencrypted

import data.evident.lib.cloudformation as cfn
import data.evident.lib.finding
import data.evident.lib.values

# MethodSettings of REST stages.
deny contains f if {
	some r in cfn.resources("AWS::ApiGateway::Stage")
	may_cache(r.properties)
	some f in method_settings_unencrypted(r, ["properties", "MethodSettings"])
}

# MethodSettings of SAM APIs, whose cache cluster may come from Globals.
deny contains f if {
	some r in cfn.resources("AWS::Serverless::Api")
	may_cache(sam_api_cluster(r))
	some f in method_settings_unencrypted(r, ["properties", "MethodSettings"])
}

# The Globals Api section, when a SAM REST API that may have a cache cluster takes it.
deny contains f if {
	some _ in sam_api_may_cache
	g := cfn.globals("Api")
	some f in method_settings_unencrypted(g, ["properties", "MethodSettings"])
}

# A deployment's stage: StageDescription (the whole stage) and its MethodSettings.
deny contains f if {
	some r in cfn.resources("AWS::ApiGateway::Deployment")
	values.known_object(r.properties.StageDescription)
	may_cache(r.properties.StageDescription)
	f := unencrypted(r, ["properties", "StageDescription"])
}

deny contains f if {
	some r in cfn.resources("AWS::ApiGateway::Deployment")
	values.known_object(r.properties.StageDescription)
	may_cache(r.properties.StageDescription)
	some f in method_settings_unencrypted(r, ["properties", "StageDescription", "MethodSettings"])
}

# method_settings_unencrypted(r, path): the findings for the entries of the list at `path`
# that cache without encryption.
method_settings_unencrypted(r, path) := {f |
	some i, _ in cfn.as_list(object.get(r, path, []))
	f := unencrypted(r, array.concat(path, [i]))
}

# unencrypted(r, path): the finding when the settings object at `path` turns caching on
# with CacheDataEncrypted false (at that property) or absent or null (at CachingEnabled).
unencrypted(r, path) := finding.at(r, at, finding.format("%s sets %s to false while caching is on (cached API responses are stored unencrypted)", [r.id, cfn.path_label(at)])) if {
	settings := caching(r, path)
	cfn.is_false(settings.CacheDataEncrypted)
	at := array.concat(path, ["CacheDataEncrypted"])
}

unencrypted(r, path) := finding.at(r, at, finding.format("%s sets %s to true without CacheDataEncrypted: true (cached API responses are stored unencrypted)", [r.id, cfn.path_label(at)])) if {
	settings := caching(r, path)
	values.absent_or_null(settings, "CacheDataEncrypted")
	at := array.concat(path, ["CachingEnabled"])
}

# caching(r, path): the settings object at `path` when it turns caching on.
caching(r, path) := settings if {
	settings := object.get(r, path, null)
	values.known_object(settings)
	cfn.is_true(settings.CachingEnabled)
}

# may_cache(props): the stage has a cache cluster, or may have (unknown).
may_cache(props) if cfn.is_true(props.CacheClusterEnabled)

may_cache(props) if values.is_unknown(props.CacheClusterEnabled)

# sam_api_cluster(api): the properties that decide a SAM API's cache cluster:
# its own CacheClusterEnabled, else the Globals Api one.
sam_api_cluster(api) := api.properties if {
	values.has_key(api.properties, "CacheClusterEnabled")
} else := globals_api

globals_api := g.properties if {
	g := cfn.globals("Api")
} else := {}

# sam_api_may_cache: one element ("Api") when a SAM REST API that takes the
# Globals Api section may have a cache cluster: an AWS::Serverless::Api, or the
# implicit API of function events of type Api, whose cluster comes from
# Globals. A set rather than a boolean rule: the deny rule that iterates it is
# then gated by these resource types.
sam_api_may_cache contains "Api" if {
	some api in cfn.resources("AWS::Serverless::Api")
	may_cache(sam_api_cluster(api))
}

sam_api_may_cache contains "Api" if {
	some _ in cfn.implicit_api_events("Api")
	may_cache(globals_api)
}
