# METADATA
# title: AWS helpers
# description: >-
#   Shared logic of the AWS Terraform checks: the effective region of a
#   resource, security group ingress rules in their three spellings, IAM and
#   bucket policy documents written as literal JSON or jsonencode(), secret-
#   looking names, the data-residency setting (data.settings.allowed_regions),
#   and the arguments that make a database take its storage encryption from a
#   source; and judgements the Terraform checks share with their
#   CloudFormation twins (policy documents, SageMaker instance storage, RDS TLS
#   parameters, outdated load balancer TLS policies, the Secrets Manager
#   managed key, EMR security configurations, CloudFront origin protocols, DMS
#   endpoints' TLS).
# custom:
#   library: true
package evident.lib.aws

import data.evident.lib.finding
import data.evident.lib.iam
import data.evident.lib.network
import data.evident.lib.terraform
import data.evident.lib.transport
import data.evident.lib.values

# ------------------------------------------------------------------ regions

# provider_config(r): the provider block a resource uses (`provider = aws.eu`
# selects the block with alias "eu"; otherwise the default block).
provider_config(r) := p if {
	some p in input.providers
	p.id == concat(".", ["provider", r.provider])
}

# region(r): the resource's effective region when it is known statically: its
# own `region` argument (AWS provider v6), else its provider block's `region`.
# Undefined when unknown (a variable without value, no provider block in this
# module, the region from the environment): residency checks stay silent then.
region(r) := r.config.region if {
	values.truthy_string(r.config.region)
} else := provider_config(r).config.region if {
	not values.has_key(r.config, "region")
	values.truthy_string(provider_config(r).config.region)
}

# allowed_regions: the configured data-residency allow-list (gdpr.allowedRegions
# in .evident.yml, passed as data.settings.allowed_regions). Empty = no policy.
allowed_regions := {r | some r in data.settings.allowed_regions}

residency_enforced if count(allowed_regions) > 0

# region_disallowed(region): residency is configured and `region` is outside it.
region_disallowed(region) if {
	residency_enforced
	is_string(region)
	not region in allowed_regions
}

# allowed_list: the allow-list for messages, sorted and comma-separated.
allowed_list := concat(", ", sort([r | some r in allowed_regions]))

# ------------------------------------------------------------ network rules

# ingress_rules: every ingress rule of the module, whichever way it is written:
# inline `ingress` blocks of aws_security_group, aws_security_group_rule with
# type = "ingress", and aws_vpc_security_group_ingress_rule (provider v5+).
# Each is {resource, path, cidr, from, to, all} with only the open CIDRs kept;
# `all` is true for protocol "-1"/"all" (every port).
ingress_rules contains rule if {
	some sg in terraform.resources("aws_security_group")
	some i, block in terraform.blocks(sg.config, "ingress")
	some [key, j, cidr] in open_cidrs_of(block)
	rule := port_rule(sg, ["config", "ingress", i, key, j], cidr, block, object.get(block, "protocol", ""))
}

ingress_rules contains rule if {
	some sgr in terraform.resources("aws_security_group_rule")
	sgr.config.type == "ingress"
	some [key, j, cidr] in open_cidrs_of(sgr.config)
	rule := port_rule(sgr, ["config", key, j], cidr, sgr.config, object.get(sgr.config, "protocol", ""))
}

ingress_rules contains rule if {
	some r in terraform.resources("aws_vpc_security_group_ingress_rule")
	some key in ["cidr_ipv4", "cidr_ipv6"]
	network.is_open_cidr(r.config[key])
	rule := port_rule(r, ["config", key], r.config[key], r.config, object.get(r.config, "ip_protocol", ""))
}

# open_cidrs_of(cfg): [key, index, cidr] of each open range in cidr_blocks / ipv6_cidr_blocks.
open_cidrs_of(cfg) := {[key, j, c] |
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	is_array(cfg[key])
	some j, c in cfg[key]
	network.is_open_cidr(c)
}

port_rule(r, path, cidr, cfg, protocol) := {
	"resource": r, "path": path, "cidr": cidr,
	"from": object.get(cfg, "from_port", null), "to": object.get(cfg, "to_port", null),
	"all": network.protocol_is_all(protocol),
	"icmp": network.protocol_is_icmp(protocol),
}

# exposes(rule, port): the rule opens `port` (numbers known, or every port).
exposes(rule, _) if rule.all

exposes(rule, port) if {
	not rule.all
	not rule.icmp
	is_number(rule.from)
	is_number(rule.to)
	rule.from <= port
	port <= rule.to
}

# ----------------------------------------------------------- policy documents

# document(v): a policy argument as an object, when it is literal JSON or
# jsonencode() (which the parser evaluates to a string; when the encoded value
# is only partly known, e.g. it names a resource's ARN, the parser keeps it as
# the unknown's `partial`, with unknown parts inside). Undefined otherwise
# (unknown: a data source's .json, a file() of a path outside the module).
document(v) := json.unmarshal(v) if {
	is_string(v)
	json.is_valid(v)
} else := v if {
	is_object(v)
	not values.is_unknown(v)
} else := v.partial if {
	values.is_unknown(v)
	is_object(v.partial)
}

# resource_policy(v): a resource policy argument as a policy object: literal
# JSON or jsonencode() (document), or exactly `data.aws_iam_policy_document.<name>.json`
# of a data source of this module whose content is known (data_documents).
resource_policy(v) := doc if doc := document(v)

else := data_documents[id] if {
	values.is_unknown(v)
	[ref] := values.refs(v)
	v.__unknown__ == ref
	endswith(ref, ".json")
	id := trim_suffix(ref, ".json")
}

# data_documents[id]: the aws_iam_policy_document data sources of the module
# whose whole content is known, as the policy JSON the data source renders
# (Statement with Sid/Effect/Action/NotAction/Resource/NotResource/Principal/
# NotPrincipal/Condition). Left out, hence unknown to the checks: data sources
# that merge other documents (source_policy_documents, override_policy_documents,
# source_json, override_json) or build statements with a dynamic block, and
# statements whose effect or condition test/variable is not a literal string.
# Computed once per evaluation.
data_documents := {r.id: {"Statement": [statement_json(st) | some st in terraform.blocks(r.config, "statement")]} |
	some r in policy_document_sources
	self_contained(r.config)
}

# policy_document_sources: the aws_iam_policy_document data sources of the module.
policy_document_sources := [r |
	some r in input.resources
	r.mode == "data"
	r.type == "aws_iam_policy_document"
]

self_contained(cfg) if {
	not merges_documents(cfg)
	not cfg.dynamic.statement
	every st in terraform.blocks(cfg, "statement") {
		is_string(object.get(st, "effect", "Allow"))
		every c in terraform.blocks(st, "condition") {
			is_string(c.test)
			is_string(c.variable)
		}
	}
}

merges_documents(cfg) if {
	some key in ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]
	values.has_key(cfg, key)
	cfg[key] != null
}

# statement_json(st): one `statement` block of aws_iam_policy_document with
# the JSON names of the policy language; absent arguments stay absent.
statement_json(st) := object.union(
	object.union(arguments_json(st), condition_json(st)),
	object.union(principal_json(st, "principals", "Principal"), principal_json(st, "not_principals", "NotPrincipal")),
)

arguments_json(st) := {key: value |
	some [key, value] in array.concat(
		[["Effect", object.get(st, "effect", "Allow")]],
		[[json_key, st[hcl_key]] |
			some [hcl_key, json_key] in [["sid", "Sid"], ["actions", "Action"], ["not_actions", "NotAction"], ["resources", "Resource"], ["not_resources", "NotResource"]]
			st[hcl_key] != null
		],
	)
}

# principal_json(st, block, key): the principals blocks as {key: {type: identifiers}};
# a block of type "*" with identifier "*" is Principal "*". Empty when there is no block.
principal_json(st, block, key) := {key: "*"} if {
	some p in terraform.blocks(st, block)
	p.type == "*"
	"*" in iam.as_list(p.identifiers)
} else := {key: {type: ids |
	some type in {p.type | some p in terraform.blocks(st, block)}
	ids := [id | some p in terraform.blocks(st, block); p.type == type; some id in iam.as_list(p.identifiers)]
}} if {
	count(terraform.blocks(st, block)) > 0
} else := {}

# condition_json(st): the condition blocks as {"Condition": {test: {variable: values}}}; empty without any.
condition_json(st) := {"Condition": {test: {c.variable: iam.as_list(c.values) |
	some c in terraform.blocks(st, "condition")
	c.test == test
} |
	some test in {c.test | some c in terraform.blocks(st, "condition")}
}} if {
	count(terraform.blocks(st, "condition")) > 0
} else := {}

# bucket_policies: every S3 bucket policy whose document is known, as
# {resource, path, doc}: aws_s3_bucket_policy (provider v4+) and the legacy
# inline `policy` argument of aws_s3_bucket, written as JSON, jsonencode() or
# an aws_iam_policy_document data source of the module.
bucket_policies contains {"resource": r, "path": ["config", "policy"], "doc": doc} if {
	some r in terraform.resources_of({"aws_s3_bucket_policy", "aws_s3_bucket"})
	doc := resource_policy(r.config.policy)
}

# iam_documents: every IAM policy document whose content is known, as
# {resource, path, statements}: the policy argument of aws_iam_policy and the
# inline role/user/group policies, inline_policy blocks of aws_iam_role, and
# aws_iam_policy_document data sources (one entry per statement block, with
# the block normalized to the JSON names Effect/Action/Resource).
iam_documents contains {"resource": r, "path": ["config", "policy"], "statements": iam.statements(doc)} if {
	some r in terraform.resources_of({"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"})
	doc := document(r.config.policy)
}

iam_documents contains {"resource": r, "path": ["config", "inline_policy", i, "policy"], "statements": iam.statements(doc)} if {
	some r in terraform.resources("aws_iam_role")
	some i, inline in terraform.blocks(r.config, "inline_policy")
	doc := document(inline.policy)
}

iam_documents contains {"resource": r, "path": ["config", "statement", k], "statements": [s]} if {
	some r in policy_document_sources
	some k, st in terraform.blocks(r.config, "statement")
	s := statement_json(st)
}

# ---------------------------------------------------------------- secrets

# secret_name(name): a name that suggests it holds a credential, not one ending in a word of
# not_secret_suffixes or mentioning _kms (see values.credential_name).
secret_name(name) if values.credential_name(name, not_secret_suffixes, "_kms")

# committed_secret_values: the values that secret-looking variables (default,
# value) and tfvars assignments of the module hold. EVD-TF-057 reports them where
# they are written, so a check that meets one inside another argument (a
# password, an environment, user data) leaves it to that check.
committed_secret_values contains v if {
	some variable in input.variables
	secret_name(variable.name)
	some key in ["default", "value"]
	v := variable[key]
}

committed_secret_values contains v if {
	some assignment in input.tfvars
	secret_name(assignment.name)
	v := assignment.value
}

not_secret_suffixes := [
	"_arn", "_id", "_ids", "_name", "_names", "_length", "_ttl", "_version", "_path", "_rotation",
	"_type", "_enabled", "_arns",
]

# code_secret(v): a literal_secret written where it is used, not the committed value of a
# secret-looking variable (EVD-TF-057 reports that one at the variable).
code_secret(v) if {
	literal_secret(v)
	not v in committed_secret_values
}

# literal_secret(v): a statically known, non-empty string value (not an
# interpolation the parser left unresolved).
literal_secret(v) if {
	values.truthy_string(v)
	not contains(v, "${")
}

# exposed(rule, ports): the ports of `ports` (a set of numbers) that an ingress
# rule opens, sorted.
exposed(rule, ports) := sort([p | some p in ports; exposes(rule, p)])

# describe_ports(list, names): "22 (SSH), 3389 (RDP)" for messages.
describe_ports(list, names) := concat(", ", [finding.format("%d (%s)", [p, names[p]]) | some p in list])

# log_destination(bucket): the bucket receives S3 server access logs (it is
# an access-log target, or grants the log delivery group write access) or load
# balancer access logs. Both services write only to buckets encrypted with
# S3-managed keys (SSE-S3), so such a bucket cannot use a KMS key.
log_destination(bucket) if access_log_bucket(bucket)

log_destination(bucket) if {
	some lb in terraform.resources_of({"aws_lb", "aws_alb", "aws_elb"})
	some logs in terraform.blocks(lb.config, "access_logs")
	terraform.points_at(logs.bucket, bucket, "bucket")
}

# access_log_bucket(bucket): the bucket receives S3 server access logs: an
# aws_s3_bucket_logging target_bucket or a legacy logging block names it, or
# its ACL (inline, or a separate aws_s3_bucket_acl of provider v4+) is
# log-delivery-write, which exists to let S3's log delivery write to it.
access_log_bucket(bucket) if {
	some logging in terraform.resources("aws_s3_bucket_logging")
	terraform.points_at(logging.config.target_bucket, bucket, "bucket")
}

access_log_bucket(bucket) if {
	some source in terraform.resources("aws_s3_bucket")
	some logging in terraform.blocks(source.config, "logging")
	terraform.points_at(logging.target_bucket, bucket, "bucket")
}

access_log_bucket(bucket) if bucket.config.acl == "log-delivery-write"

access_log_bucket(bucket) if {
	some acl in terraform.attached("aws_s3_bucket_acl", "bucket", bucket)
	acl.config.acl == "log-delivery-write"
}

# ebs_encrypted_by_default: the module turns on account-wide EBS encryption by
# default (aws_ebs_encryption_by_default; enabled defaults to true, and an
# unknown value is given the benefit of the doubt), so every new volume of the
# region is encrypted whatever its own settings say.
ebs_encrypted_by_default if {
	some d in terraform.resources("aws_ebs_encryption_by_default")
	not d.config.enabled == false
}

# storage_encryption_inherited(db): a database (aws_db_instance,
# aws_rds_cluster, aws_docdb_cluster, aws_neptune_cluster or a global cluster of
# RDS, DocumentDB or Neptune) takes its storage encryption from elsewhere, so
# its own storage_encrypted decides nothing: an argument of its type in
# storage_encryption_sources is given (terraform.given: a non-empty string, or
# an unknown value that may be one), or it has a restore_to_point_in_time
# block. EVD-TF-002 and EVD-TF-068 do not judge such a database (their
# CloudFormation twins read cloudformation.storage_encryption_inherited).
storage_encryption_inherited(db) if {
	some key in storage_encryption_sources[db.type]
	terraform.given(db.config, key)
}

storage_encryption_inherited(db) if terraform.has_block(db.config, "restore_to_point_in_time")

# storage_encryption_sources[type]: the arguments that make a database of
# `type` a replica, a restore from a snapshot or a member of a global cluster,
# which takes its encryption from the source instance or cluster, the
# snapshot or the global cluster (an instance of Aurora is an
# aws_rds_cluster_instance, not judged). A global cluster's own
# global_cluster_identifier is its name, not a source: only
# source_db_cluster_identifier (an existing cluster that becomes its primary)
# gives it an encryption setting. A DocumentDB cluster has no
# replication_source_identifier, a Neptune one no restore_to_point_in_time
# block: listing them for both changes nothing.
storage_encryption_sources := {
	"aws_db_instance": rds_encryption_sources,
	"aws_rds_cluster": rds_encryption_sources,
	"aws_docdb_cluster": cluster_encryption_sources,
	"aws_neptune_cluster": cluster_encryption_sources,
	"aws_rds_global_cluster": ["source_db_cluster_identifier"],
	"aws_docdb_global_cluster": ["source_db_cluster_identifier"],
	"aws_neptune_global_cluster": ["source_db_cluster_identifier"],
}

rds_encryption_sources := ["replicate_source_db", "snapshot_identifier", "global_cluster_identifier", "replication_source_identifier"]

cluster_encryption_sources := ["snapshot_identifier", "global_cluster_identifier", "replication_source_identifier"]

# ------------------------------------------------------- environments

# lambda_variables(fn): {"path", "name", "value"} of the literal environment values of an
# aws_lambda_function (environment.variables), as text (transport.setting_text), that may turn
# TLS off (transport.may_turn_off).
lambda_variables(fn) := [v |
	some i, environment in terraform.blocks(fn.config, "environment")
	some v in transport.map_variables(object.get(environment, "variables", null), ["config", "environment", i, "variables"])
]

# ecs_variables(task): {"path", "name", "value", "owner"} of the literal environment values (as
# text) that may turn TLS off of the containers of an aws_ecs_task_definition; owner names the
# container in messages (`container "api" of aws_ecs_task_definition.app`).
ecs_variables(task) := [object.union(v, {"owner": owner}) |
	some i, container in ecs_container_definitions(task.config.container_definitions)
	variables := transport.list_variables(object.get(container, "environment", null), ["config", "container_definitions", i, "environment"], "name", "value")
	count(variables) > 0
	owner := concat(" of ", [ecs_container_label(container, i), task.id])
	some v in variables
]

# ecs_container_definitions(v): an aws_ecs_task_definition's container_definitions as a list:
# literal JSON or a jsonencode() the parser evaluated (a string), or, when the encoded value is
# only partly known (an image URL from a repository resource), the parser's `partial` with
# unknown parts inside. Undefined otherwise (file(), templatefile() of something unresolved, a
# variable): nothing is reported then.
ecs_container_definitions(v) := encoded_json(v)

# encoded_json(v): an argument that holds JSON (container_definitions, a Batch job's
# container_properties): literal JSON or a jsonencode() the parser evaluated (a string), or,
# when the encoded value is only partly known, the parser's `partial` (an array or an object)
# with unknown parts inside. Undefined otherwise.
encoded_json(v) := json.unmarshal(v) if {
	is_string(v)
	json.is_valid(v)
} else := v.partial if {
	values.is_unknown(v)
	is_array(v.partial)
} else := v.partial if {
	values.is_unknown(v)
	is_object(v.partial)
}

# ecs_host_namespaces / ecs_host_namespaces_cfn: the ECS task definition settings that can
# share a host namespace, by their Terraform and their CloudFormation names, and the namespace
# each names in messages.
ecs_host_namespaces := {"network_mode": "network", "pid_mode": "process (PID)", "ipc_mode": "IPC"}

ecs_host_namespaces_cfn := {"NetworkMode": "network", "PidMode": "process (PID)", "IpcMode": "IPC"}

# host_mode(v): an ECS network, PID or IPC mode that is the host's, in any case.
host_mode(v) if {
	is_string(v)
	lower(v) == "host"
}

# ecs_container_label(container, i): how a message names a container of a task definition.
ecs_container_label(container, i) := finding.format("container \"%s\"", [container.name]) if is_string(container.name)

else := finding.format("container %d", [i])

# ---------------------------------------------- twins' shared judgements
#
# Judgements that a Terraform check and its CloudFormation twin make alike on
# values both write the same way (an instance type, a parameter group family,
# a key alias): each twin reads its own arguments and passes the value.

# imds_version_one(v): a SageMaker notebook's minimum metadata service version that still
# answers IMDSv1 (written as text or as a number).
imds_version_one(v) if v in {"1", 1}

# ses_tls_optional(v): an SES delivery TLS policy that lets mail go out in plain text
# (Optional in SES v1, OPTIONAL in v2 and CloudFormation).
ses_tls_optional(v) if values.lower_text(v) == "optional"

# transfer_policy_outdated(name): a Transfer Family security policy of 2018-11 (the providers'
# and CloudFormation's default, and its Restricted variant), which keeps SHA-1-based algorithms.
transfer_policy_outdated(name) if {
	is_string(name)
	contains(name, "2018-11")
}

# transfer_uses_cryptography(protocols): a Transfer Family server's protocols (a list, or one
# protocol written alone; null when the server sets none, which means SFTP) include SFTP or FTPS.
transfer_uses_cryptography(null)

transfer_uses_cryptography(protocols) if {
	is_array(protocols)
	some protocol in protocols
	transfer_cryptographic_protocol(protocol)
}

transfer_uses_cryptography(protocol) if transfer_cryptographic_protocol(protocol)

transfer_cryptographic_protocol(protocol) if {
	is_string(protocol)
	upper(protocol) in {"SFTP", "FTPS"}
}

# default_parameter_group(name): the name of an RDS-family default parameter group
# (default.docdb5.0, default.neptune1.3…), where DocumentDB's and Neptune's audit logging is off.
default_parameter_group(name) if startswith(values.lower_text(name), "default.")

# audit_parameter_off(v): a DocumentDB audit_logs or Neptune neptune_enable_audit_log value that
# turns audit logging off (null: the parameter is not in the group, which leaves it off).
audit_parameter_off(null)

audit_parameter_off(v) if values.lower_text(v) in {"disabled", "none", "0"}

audit_parameter_off(0)

# postgres_connection_logging: the PostgreSQL parameters that record who connected, from where
# and for how long; both are off in RDS's and Aurora's default parameter groups.
postgres_connection_logging := ["log_connections", "log_disconnections"]

# postgres_logging_off(v): a log_connections or log_disconnections value that leaves connections
# unlogged (null: the parameter is not in the group). PostgreSQL 18's log_connections also takes
# a list of aspects, where the empty string is off.
postgres_logging_off(null)

postgres_logging_off(false)

postgres_logging_off(0)

postgres_logging_off(v) if values.off_setting(v)

postgres_logging_off(v) if trim_space(v) == ""

# glue_password_properties: the connection properties of a Glue connection that hold a password
# (JDBC's, Kafka's SASL and key store passwords), in upper case.
glue_password_properties := {"PASSWORD", "KAFKA_SASL_SCRAM_PASSWORD", "KAFKA_SASL_PLAIN_PASSWORD", "KAFKA_CLIENT_KEY_PASSWORD", "KAFKA_CLIENT_KEYSTORE_PASSWORD"}

# glue_jdbc(type): a Glue connection type that is JDBC (null: the type is left out, and JDBC is
# the default).
glue_jdbc(null)

glue_jdbc(type) if values.lower_text(type) == "jdbc"

# glue_tls_not_enforced(props): known JDBC connection properties that do not set
# JDBC_ENFORCE_SSL to true (its default is false) and whose JDBC_CONNECTION_URL does not ask the
# driver for TLS itself. An unknown JDBC_ENFORCE_SSL or URL is given the benefit of the doubt.
glue_tls_not_enforced(props) if {
	not values.may_be(object.get(props, "JDBC_ENFORCE_SSL", null), "true")
	not values.true_value(object.get(props, "JDBC_ENFORCE_SSL", null))
	not glue_url_asks_for_tls(object.get(props, "JDBC_CONNECTION_URL", null))
}

glue_url_asks_for_tls(url) if values.is_unknown(url)

glue_url_asks_for_tls(url) if {
	is_string(url)
	regex.match(`(?i)[?;&:](ssl|usessl|requiressl|encrypt)=true|sslmode=(require|verify-ca|verify-full)`, url)
}

# redis_user_open(no_password, auth_type, access_string): an ElastiCache Redis/Valkey user that
# signs in without a password (NoPasswordRequired / no_password_required, an authentication mode
# of type no-password-required, or nopass in its access string) and is enabled (the last on/off
# of its access string is on). Whoever reaches the cache can act as that user.
redis_user_open(no_password, auth_type, access_string) if {
	redis_no_password(no_password, auth_type, access_string)
	redis_access_enabled(access_string)
}

redis_no_password(no_password, _, _) if values.true_value(no_password)

redis_no_password(_, auth_type, _) if values.lower_text(auth_type) == "no-password-required"

redis_no_password(_, _, access_string) if "nopass" in redis_access_tokens(access_string)

# redis_access_enabled(access_string): the last on or off of a Redis ACL access string is on.
redis_access_enabled(access_string) if {
	states := [t | some t in redis_access_tokens(access_string); t in {"on", "off"}]
	count(states) > 0
	states[count(states) - 1] == "on"
}

redis_access_tokens(access_string) := [lower(t) | some t in split(trim_space(access_string), " "); t != ""]

# elasticache_builtin_default_user: the user id of the user ElastiCache provides in every region,
# enabled with full access (on ~* +@all) and no password; a user group that lists this id without
# defining a user of its own with it admits everyone. elasticache_builtin_default_name names it in
# messages.
elasticache_builtin_default_user := "default"

elasticache_builtin_default_name := "ElastiCache's built-in user \"default\" (full access)"

# http_api_route_key(key): an HTTP API route key that carries data ("GET /records/{id}",
# "ANY /{proxy+}"), not an OPTIONS route (CORS preflight) nor a WebSocket route ($connect,
# sendMessage).
http_api_route_key(key) if {
	is_string(key)
	regex.match(`^(?i)(get|post|put|patch|delete|head|any) /`, key)
}

# serverless_public_rules(doc): the 1-based numbers of the rules of an OpenSearch Serverless
# network policy document (a list of rules, or one rule) that set AllowFromPublic to true.
serverless_public_rules(doc) := {n |
	some i, rule in serverless_rules(doc)
	values.true_value(rule.AllowFromPublic)
	n := i + 1
}

serverless_rules(doc) := doc if is_array(doc)

else := [doc] if is_object(doc)

# sagemaker_local_storage(type): a SageMaker instance type (ml.<family>.<size>)
# with local NVMe storage, which a KMS key cannot encrypt: a family with "d"
# after its generation (m5d, c6id, g4dn, p3dn, p4de…) or one of the families
# whose every size has NVMe instance storage.
sagemaker_local_storage(type) if {
	family := split(type, ".")[1]
	some digit in ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
	i := indexof(family, digit)
	i > 0
	contains(substring(family, i + 1, -1), "d")
}

sagemaker_local_storage(type) if split(type, ".")[1] in sagemaker_nvme_families

sagemaker_nvme_families := {"g5", "g6", "g6e", "gr6", "p5", "p5e", "p5en", "trn1", "trn1n", "trn2"}

# elb_policy_outdated(policy): a predefined Elastic Load Balancing security
# policy (a string) that still negotiates TLS 1.0 or 1.1, as EVD-TF-027 and
# EVD-CFN-021 judge a listener's ssl_policy / SslPolicy: ELBSecurityPolicy-2015-05,
# -2016-08 (the default for listeners created through the API), -FS-2018-06,
# and every policy of the TLS-1-0, TLS-1-1, FS-1-1, TLS13-1-0 and TLS13-1-1
# families (prefixes, not a regular expression: cheaper in wasm, and they
# cover the FIPS and PQ variants of each family).
elb_policy_outdated(policy) if policy in elb_outdated_policies

elb_policy_outdated(policy) if {
	some prefix in elb_outdated_prefixes
	startswith(policy, prefix)
}

elb_outdated_policies := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-FS-2018-06",
}

elb_outdated_prefixes := [
	"ELBSecurityPolicy-TLS-1-0-",
	"ELBSecurityPolicy-TLS-1-1-",
	"ELBSecurityPolicy-FS-1-1-",
	"ELBSecurityPolicy-TLS13-1-0-",
	"ELBSecurityPolicy-TLS13-1-1-",
]

# cloudfront_old_origin_protocols(protocols): the protocols older than TLS 1.2 in a custom origin's
# list (origin_ssl_protocols / OriginSSLProtocols: SSLv3, TLSv1, TLSv1.1, TLSv1.2), sorted, as
# EVD-TF-272 and EVD-CFN-113 report them; empty for a list that is not known.
cloudfront_old_origin_protocols(protocols) := sort([p |
	is_array(protocols)
	some p in protocols
	p in {"SSLv3", "TLSv1", "TLSv1.1"}
])

# cloudfront_origin_name(id, i): a custom origin as messages name it: its id, or "#<index>" when
# the id is not a string (pass object.get(origin, key, null)).
cloudfront_origin_name(id, i) := id if is_string(id)

else := concat("", ["#", format_int(i, 10)])

# dms_ssl_mode_engines: the DMS endpoint engines whose connections ssl_mode / SslMode sets (AWS
# DMS, "Using SSL with AWS Database Migration Service"), as EVD-TF-273 and EVD-CFN-114 judge them.
# The others (S3, DynamoDB, Kinesis, Redshift, OpenSearch, Neptune, Azure SQL) are encrypted by
# other settings or always.
dms_ssl_mode_engines := {
	"aurora", "aurora-serverless", "aurora-postgresql", "aurora-postgresql-serverless", "babelfish",
	"db2", "db2-zos", "docdb", "mariadb", "mongodb", "mysql", "oracle", "postgres", "sqlserver", "sybase",
}

# dms_endpoint_role(config, key): "source" or "target" as an endpoint declares it in config[key]
# (endpoint_type / EndpointType), else "endpoint".
dms_endpoint_role(config, key) := config[key] if config[key] in {"source", "target"}

else := "endpoint"

# rds_tls_setting(family, instance_group): the parameter that enforces TLS in
# an RDS parameter group of `family` (a string), its enforcing values, and
# whether the family enforces TLS by default, as {name, on, default_on}.
# Undefined for a family without one, and for an instance-level group
# (instance_group true) of an Aurora family: Aurora takes rds.force_ssl and
# require_secure_transport in the cluster parameter group only, so such a group
# cannot set them and is not judged.
rds_tls_setting(family, instance_group) := s if {
	not rds_aurora_instance_group(family, instance_group)
	s := rds_family_tls_setting(family)
}

rds_aurora_instance_group(family, true) if startswith(family, "aurora")

rds_family_tls_setting(family) := {"name": "rds.force_ssl", "on": {"1", "true"}, "default_on": major >= 15} if {
	m := regex.find_all_string_submatch_n(`^(?:aurora-)?postgres(?:ql)?([0-9]+)`, family, 1)
	count(m) == 1
	major := to_number(m[0][1])
}

rds_family_tls_setting(family) := {"name": "require_secure_transport", "on": {"on", "1", "true"}, "default_on": family == "mysql8.4"} if {
	some prefix in ["mysql", "mariadb", "aurora-mysql"]
	startswith(family, prefix)
}

# secretsmanager_managed_key(key): the AWS managed key of Secrets Manager, by
# alias name or alias ARN.
secretsmanager_managed_key(key) if key == "alias/aws/secretsmanager"

secretsmanager_managed_key(key) if {
	startswith(key, "arn:")
	endswith(key, ":alias/aws/secretsmanager")
}

# ------------------------------------------------------------ EMR

# emr_encryption_gaps(doc): [path inside the security configuration, message
# format, detail] for each part of encryption that an EMR security
# configuration document (the JSON of aws_emr_security_configuration and
# AWS::EMR::SecurityConfiguration) leaves off: at rest, in transit, and local
# disks when at-rest encryption is on. The format takes the resource id and the
# detail. Unknown values make no gap.
emr_encryption_gaps(doc) := (at_rest | in_transit) | local_disk if {
	values.known_object(doc)
	at_rest := {[path, emr_at_rest_msg, detail] | [path, detail] := emr_flag_off(doc, "EnableAtRestEncryption")}
	in_transit := {[path, emr_in_transit_msg, detail] | [path, detail] := emr_flag_off(doc, "EnableInTransitEncryption")}
	local_disk := {[path, emr_local_disk_msg, detail] |
		values.true_value(doc.EncryptionConfiguration.EnableAtRestEncryption)
		[path, detail] := emr_local_disk_off(doc.EncryptionConfiguration)
	}
}

emr_at_rest_msg := "%s does not enable at-rest encryption (%s): EMR encrypts neither the nodes' local disks nor the data EMRFS writes to S3"

emr_in_transit_msg := "%s does not enable in-transit encryption (%s): Hadoop, Spark and Presto traffic between the nodes is not encrypted"

emr_local_disk_msg := "%s enables at-rest encryption but not for local disks (%s): the instance store and EBS volumes that hold HDFS, shuffle and spill data are not encrypted"

# emr_flag_off(doc, key): [where, how] EncryptionConfiguration.<key> is left
# off (values.flag_off); undefined when it is on or not known.
emr_flag_off(doc, key) := [path, emr_flag_detail(case, key)] if {
	[path, case] := values.flag_off(doc, "EncryptionConfiguration", key)
}

emr_flag_detail("absent", _) := "no EncryptionConfiguration"

emr_flag_detail("unset", key) := concat("", ["EncryptionConfiguration.", key, " is not set"])

emr_flag_detail("false", key) := concat("", ["EncryptionConfiguration.", key, " is false"])

# emr_local_disk_off(enc): [where, how] local-disk encryption is missing from an
# EncryptionConfiguration that enables at-rest encryption.
emr_local_disk_off(enc) := [["EncryptionConfiguration"], "no AtRestEncryptionConfiguration"] if {
	values.absent_or_null(enc, "AtRestEncryptionConfiguration")
}

emr_local_disk_off(enc) := [["EncryptionConfiguration", "AtRestEncryptionConfiguration"], "no LocalDiskEncryptionConfiguration"] if {
	values.known_object(enc.AtRestEncryptionConfiguration)
	values.absent_or_null(enc.AtRestEncryptionConfiguration, "LocalDiskEncryptionConfiguration")
}

emr_local_disk_off(enc) := [emr_local_disk_path, "LocalDiskEncryptionConfiguration has no EncryptionKeyProviderType"] if {
	local := enc.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration
	values.known_object(local)
	values.absent_or_null(local, "EncryptionKeyProviderType")
}

emr_local_disk_off(enc) := [array.concat(emr_local_disk_path, ["EncryptionKeyProviderType"]), "LocalDiskEncryptionConfiguration has an empty EncryptionKeyProviderType"] if {
	enc.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType == ""
}

emr_local_disk_path := ["EncryptionConfiguration", "AtRestEncryptionConfiguration", "LocalDiskEncryptionConfiguration"]

# ---------------------------------------------------------------- CloudTrail

# trail_module_called: the module calls a module that may create a CloudTrail trail: a
# scanned local module that declares aws_cloudtrail or an event data store (CloudTrail
# Lake), or a module whose code is not read (a registry or git module without a model)
# and whose name or source mentions "trail". Used by the checks that judge the trails of
# a module as a whole.
trail_module_called if {
	some m in input.modules
	some type in object.get(m, "declares", [])
	type in {"aws_cloudtrail", "aws_cloudtrail_event_data_store"}
}

trail_module_called if {
	some m in input.modules
	terraform.code_unseen(m)
	contains(lower(concat(" ", [m.name, module_source(m)])), "trail")
}

module_source(m) := m.source if is_string(m.source)

else := ""

# listener_rules_forward(rules): "listener rule X forwards" or "listener rules
# X, Y forward", the rules sorted: the phrase of the Terraform and CloudFormation
# plain-HTTP listener checks for listener rules that forward over a listener.
listener_rules_forward(rules) := finding.format("listener rule %s forwards", [concat("", sort(rules))]) if count(rules) == 1

else := finding.format("listener rules %s forward", [concat(", ", sort(rules))])

# service_principal(p): an AWS service principal (s3.amazonaws.com, events.amazonaws.com), in the
# commercial or China partitions (EVD-TF-236, EVD-CFN-098).
service_principal(p) if endswith(p, ".amazonaws.com")

service_principal(p) if endswith(p, ".amazonaws.com.cn")

# ssm_session_preferences(content, format): an SSM document's content as an object when it is
# the Session Manager preferences (sessionType Standard_Stream), else undefined, so that
# EVD-TF-277 and EVD-CFN-118 report nothing on it (content not known here, another session type).
ssm_session_preferences(content, format) := doc if {
	doc := ssm_document_content(content, format)
	doc.sessionType == "Standard_Stream"
}

# ssm_document_content(content, format): a document's content as an object: an object as it is
# (a CloudFormation Content, or a jsonencode() the parser kept partly known: document()), JSON
# text when format is JSON or unset, the default of aws_ssm_document and AWS::SSM::Document, and
# YAML text when format is YAML.
ssm_document_content(content, format) := doc if {
	not is_string(content)
	doc := document(content)
} else := doc if {
	format in {null, "JSON"}
	doc := document(content)
} else := doc if {
	format == "YAML"
	is_string(content)
	not yaml_anchor(content)
	yaml.is_valid(content)
	doc := yaml.unmarshal(content)
}

# cognito_guests_without_role(roles): the roles map of an identity pool's role attachment
# (roles / Roles), known, without an "unauthenticated" role: guests of the pool then get an
# identity but no credentials, as EVD-TF-280 and EVD-CFN-119 judge it.
cognito_guests_without_role(roles) if {
	values.known_object(roles)
	not values.has_key(roles, "unauthenticated")
}

# yaml_anchor(text): YAML text that defines an anchor (`&name` after a space, a bracket, a comma or
# at the start). Session preferences have no use for one, and aliases are how a few hundred bytes
# expand into a resource exhaustion attack, which opa-wasm's YAML parser refuses by throwing: such
# content is left unread, as content not known here. `cd /tmp && exec bash` is not an anchor.
yaml_anchor(text) if regex.match(`(^|[\s\[{,])&[^\s&]`, text)

# ssm_session_unlogged(doc): Session Manager preferences that send session logs nowhere: inputs
# known, without an s3BucketName or a cloudWatchLogGroupName (missing, null or ""); no inputs
# at all is the same. A destination not known here counts as one.
ssm_session_unlogged(doc) if {
	inputs := object.get(doc, "inputs", {})
	not values.is_unknown(inputs)
	not values.present(inputs, "s3BucketName")
	not values.present(inputs, "cloudWatchLogGroupName")
}
