# METADATA
# title: CloudFormation helpers
# description: >-
#   Lookups over the normalized CloudFormation / SAM template document
#   (policies/schemas/cloudformation.json): one document per template file,
#   properties with intrinsic functions already evaluated. A Ref or
#   Fn::GetAtt to a resource of the template is an unknown sentinel that also
#   carries "__ref__" (the logical id), so checks follow it with points_at and
#   never mistake it for a literal. CloudFormation accepts "true"/"false" and
#   "5" strings where booleans and numbers are expected (and Ref to a
#   parameter always yields a string), so the value helpers accept both spellings.
# custom:
#   library: true
package evident.lib.cloudformation

import data.evident.lib.aws
import data.evident.lib.finding
import data.evident.lib.network
import data.evident.lib.transport
import data.evident.lib.values

# by_type[type]: the template's resources grouped by type. A complete rule, so
# it is computed once per evaluation (a partial rule is evaluated again for each
# type looked up), of arrays (a set would hash every whole resource).
by_type := {type: [r | some r in input.resources; r.type == type] |
	some type in {r.type | some r in input.resources}
}

# by_id[id]: every resource of the template, by logical id (unique in a template).
by_id := {r.id: r | some r in input.resources}

# resources(type): the resources of one type (e.g. "AWS::S3::Bucket").
resources(type) := rs if rs := by_type[type]

else := []

# resources_of(types): the resources of any of `types`.
resources_of(types) := [r |
	some type in types
	some r in resources(type)
]

# parameters: the template's declared parameters.
parameters := object.get(input, "parameters", [])

# globals(section): the SAM Globals section `section` ("Function", "Api", …) as an item, if declared.
globals(section) := g if {
	some g in object.get(input, "globals", [])
	g.section == section
}

# implicit_api_events(section): [function id, event name] of every event of an
# AWS::Serverless::Function of type `section` ("Api" or "HttpApi") that names
# no API of its own (RestApiId, ApiId): it adds a route to the implicit API
# that SAM creates, which takes the Globals section of that name. Unsorted.
implicit_api_events(section) := [[fn.id, name] |
	some fn in resources("AWS::Serverless::Function")
	events := fn.properties.Events
	is_object(events)
	some name, event in events
	event.Type == section
	props := object.get(event, "Properties", {})
	is_object(props)
	not values.has_key(props, implicit_api_keys[section])
]

# implicit_api_keys[section]: the event property that names an explicit API.
implicit_api_keys := {"Api": "RestApiId", "HttpApi": "ApiId"}

# path_label(path): a path inside an item, below its first key ("properties"),
# as messages write it: ["properties", "MethodSettings", 0, "CachingEnabled"]
# is MethodSettings[0].CachingEnabled.
path_label(path) := concat("", [text |
	some k, key in path
	k > 0
	text := path_segment(k, key)
])

path_segment(_, key) := concat("", ["[", format_int(key, 10), "]"]) if is_number(key)

path_segment(1, key) := key if is_string(key)

path_segment(k, key) := concat("", [".", key]) if {
	is_string(key)
	k > 1
}

# ---------------------------------------------------------------- values

# is_true(v): literally true, or the string "true" in any case.
is_true(v) if values.true_value(v)

# is_false(v): literally false, or the string "false" in any case.
is_false(v) if values.false_value(v)

# not_enabled(obj, key): obj[key] is absent, null or false, but not unknown.
not_enabled(obj, key) if not values.has_key(obj, key)

not_enabled(obj, key) if obj[key] == null

not_enabled(obj, key) if is_false(obj[key])

# unattributed(companions, key, target_type): one of `companions` (resources that
# attach to a target: a flow log, a logging configuration, a rotation schedule)
# names its target in properties[key] with an unknown value that is not a
# reference to a `target_type` resource of this template (a parameter, an
# import, a nested stack's output): it may belong to any of them, so a "no X
# attached" check stays silent. The twin of terraform.unattributed.
unattributed(companions, key, target_type) if {
	some r in companions
	v := object.get(r.properties, key, null)
	values.is_unknown(v)
	not refers_to_type(v, target_type)
}

refers_to_type(v, target_type) if {
	some ref in values.refs(v)
	by_id[split(ref, ".")[0]].type == target_type
}

# passed_to_nested_stack(target): a nested stack or SAM application is given
# `target` (or one of its attributes) as a parameter: its template, not scanned
# with this one, may create what a "no X attached" check looks for.
passed_to_nested_stack(target) if {
	some stack in resources_of(["AWS::CloudFormation::Stack", "AWS::Serverless::Application"])
	some p in stack.properties.Parameters
	values.refers_to(p, target.id)
}

passed_to_nested_stack(target) if {
	some stack in resources_of(["AWS::CloudFormation::Stack", "AWS::Serverless::Application"])
	values.refers_to(stack.properties.Parameters, target.id)
}

# may_be_absent(v): v is an Fn::If the parser could not decide (its condition is not
# known from the template): either branch may be AWS::NoValue, which removes the property
# or list item it stands for.
may_be_absent(v) if {
	values.is_unknown(v)
	startswith(v.__unknown__, "Fn::If")
}

# given(obj, key): obj[key] is present and not null or "" (an unknown value counts as given).
given(obj, key) if values.present(obj, key)

# number(v): v as a number when it is a number or a string of digits.
number(v) := v if is_number(v)

else := to_number(v) if {
	is_string(v)
	regex.match(`^\s*-?[0-9]+\s*$`, v)
}

# sub_template(v): the text of a Fn::Sub (or Fn::Base64 of one) the parser could
# not resolve, with the ${…} it could not resolve left as written; undefined for
# anything else.
sub_template(v) := v.template if {
	values.is_unknown(v)
	is_string(v.template)
}

# flag_off(r, container, key, msgs): the finding when the switch
# r.properties[container][key] is left off (values.flag_off), with the message
# msgs[case] (a format taking the resource id): "absent" at the resource,
# "unset" at the container, "false" at the key. A case without a message is
# not reported.
flag_off(r, container, key, msgs) := f if {
	[path, case] := values.flag_off(r.properties, container, key)
	f := flag_finding(r, path, finding.format(msgs[case], [r.id]))
}

flag_finding(r, [], msg) := finding.of(r, msg)

flag_finding(r, path, msg) := finding.at(r, array.concat(["properties"], path), msg) if count(path) > 0

# as_list(v): a list as itself, anything else known as a one-item list, unknown as [].
as_list(v) := v if is_array(v)

else := [] if values.is_unknown(v)

else := [] if v == null

else := [v]

# ------------------------------------------------------------ references

# ref_id(v): the logical id a Ref/Fn::GetAtt value points at.
ref_id(v) := v.__ref__ if {
	is_object(v)
	is_string(v.__ref__)
}

# points_at(v, target): v refers to resource `target` (Ref or GetAtt), or is
# the literal physical name `target` declares in `name_key`.
points_at(v, target, _) if ref_id(v) == target.id

points_at(v, target, name_key) if {
	values.truthy_string(v)
	v == target.properties[name_key]
}

# referencing(type, key, target, name_key): resources of `type` whose property
# `key` points at `target`.
referencing(type, key, target, name_key) := [r |
	some r in resources(type)
	points_at(r.properties[key], target, name_key)
]

# ------------------------------------------------------------- databases

# storage_encryption_inherited(db): a database (AWS::RDS::DBInstance,
# AWS::RDS::DBCluster, AWS::DocDB::DBCluster, AWS::Neptune::DBCluster or a
# global cluster of RDS, DocumentDB or Neptune) takes its storage encryption
# from elsewhere, so its own StorageEncrypted decides nothing: a property of
# its type in storage_encryption_sources is given (given: present and not
# null or "", an unknown value counting as given). EVD-CFN-006 and EVD-CFN-044
# do not judge such a database (their Terraform twins read
# aws.storage_encryption_inherited).
storage_encryption_inherited(db) if {
	some key in storage_encryption_sources[db.type]
	given(db.properties, key)
}

# storage_encryption_sources[type]: the properties that make a database of
# `type` an instance of an Aurora cluster (the cluster decides), a read
# replica, a restore from a snapshot or to a point in time of another cluster,
# or a member of a global cluster, which takes its encryption from there
# (RestoreType, RestoreToTime and UseLatestRestorableTime only qualify
# SourceDBClusterIdentifier). A global cluster's own GlobalClusterIdentifier
# is its name, not a source: only SourceDBClusterIdentifier (an existing
# cluster that becomes its primary) gives it an encryption setting.
storage_encryption_sources := {
	"AWS::RDS::DBInstance": ["DBClusterIdentifier", "SourceDBInstanceIdentifier", "DBSnapshotIdentifier", "SourceDBClusterIdentifier"],
	"AWS::RDS::DBCluster": ["SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier", "GlobalClusterIdentifier"],
	"AWS::DocDB::DBCluster": cluster_encryption_sources,
	"AWS::Neptune::DBCluster": cluster_encryption_sources,
	"AWS::RDS::GlobalCluster": ["SourceDBClusterIdentifier"],
	"AWS::DocDB::GlobalCluster": ["SourceDBClusterIdentifier"],
	"AWS::Neptune::GlobalCluster": ["SourceDBClusterIdentifier"],
}

cluster_encryption_sources := ["SnapshotIdentifier", "SourceDBClusterIdentifier", "GlobalClusterIdentifier"]

# ---------------------------------------------------------------- secrets

# secret_name(name): a name that suggests it holds a credential (not its ARN, length or path):
# not one ending in a word of not_secret_suffixes or mentioning kms (see values.credential_name).
secret_name(name) if values.credential_name(name, not_secret_suffixes, "kms")

# secret_parameter(parameter): a parameter meant to receive a credential: a secret-looking
# name, a plain type (not an AWS-specific one such as AWS::SSM::Parameter::Value<String>), and
# no AllowedValues (values listed in the template are not secret: MetadataTokens [optional,
# required] names a setting, not a token).
secret_parameter(parameter) if {
	secret_name(parameter.id)
	not startswith(parameter.type, "AWS::")
	count(object.get(parameter, "allowedValues", [])) == 0
}

not_secret_suffixes := [
	"arn", "id", "ids", "name", "names", "length", "ttl", "version", "path", "rotation", "keyid",
	"type", "enabled", "arns", "parameter", "param", "ssm", "header", "uri", "url",
]

# literal_secret(v): a statically known, non-empty string that is not a
# reference to where the secret really lives (dynamic references such as
# {{resolve:secretsmanager:…}} / {{resolve:ssm-secure:…}}).
literal_secret(v) if {
	values.truthy_string(v)
	not contains(v, "{{resolve:")
	not contains(v, "${")
}

# iam_documents: the IAM policy documents of a template, as {resource, path, doc}: the
# PolicyDocument of AWS::IAM::Policy and ManagedPolicy, the inline Policies of roles, users and
# groups, and a SAM function's or state machine's Policies that are documents (one, or items of
# a list). doc may be unknown or partly known; checks test values.known_object.
iam_documents contains {"resource": r, "path": ["properties", "PolicyDocument"], "doc": doc} if {
	some r in resources_of({"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"})
	doc := aws.document(r.properties.PolicyDocument)
}

iam_documents contains {"resource": r, "path": ["properties", "Policies", i, "PolicyDocument"], "doc": doc} if {
	some r in resources_of({"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"})
	some i, policy in as_list(r.properties.Policies)
	is_object(policy)
	doc := aws.document(policy.PolicyDocument)
}

# SAM: Policies is a managed policy name or ARN, a policy template, an inline
# policy document (an object with Statement), or a list of those.
iam_documents contains {"resource": r, "path": ["properties", "Policies", i], "doc": policy} if {
	some r in resources_of({"AWS::Serverless::Function", "AWS::Serverless::StateMachine"})
	is_array(r.properties.Policies)
	some i, policy in r.properties.Policies
	policy.Statement != null
}

iam_documents contains {"resource": r, "path": ["properties", "Policies"], "doc": r.properties.Policies} if {
	some r in resources_of({"AWS::Serverless::Function", "AWS::Serverless::StateMachine"})
	values.known_object(r.properties.Policies)
}

# ------------------------------------------------------------ environments

# function_variables(holder): transport.map_variables of the environment (Environment.Variables)
# of a Lambda or SAM function, or of SAM's Globals Function section (YAML's
# NODE_TLS_REJECT_UNAUTHORIZED: 0 is "0").
function_variables(holder) := transport.map_variables(object.get(holder.properties, ["Environment", "Variables"], null), ["properties", "Environment", "Variables"])

# function_label(holder): how a message names a function or the Globals Function section.
function_label(holder) := "Globals.Function" if holder == globals("Function")

else := finding.format("function %s", [holder.id])

# ecs_variables(task): {"path", "name", "value", "owner"} of the literal environment values (as
# text) that may turn TLS off of the containers of an AWS::ECS::TaskDefinition; owner names the
# container in messages (`container "api" of TaskDefinition`).
ecs_variables(task) := [object.union(v, {"owner": owner}) |
	some i, container in as_list(object.get(task.properties, "ContainerDefinitions", []))
	variables := transport.list_variables(as_list(object.get(container, "Environment", [])), ["properties", "ContainerDefinitions", i, "Environment"], "Name", "Value")
	count(variables) > 0
	owner := concat(" of ", [ecs_container_label(container, i), task.id])
	some v in variables
]

# ecs_container_label(container, i): how a message names a container of a task definition.
ecs_container_label(container, i) := finding.format("container \"%s\"", [container.Name]) if is_string(container.Name)

else := finding.format("container %d", [i])

# ---------------------------------------------------------------- network

# ingress_rules: every security group ingress rule open to the internet, inline
# (AWS::EC2::SecurityGroup SecurityGroupIngress) or standalone
# (AWS::EC2::SecurityGroupIngress). Each is {resource, path, cidr, from, to, all, tcp}.
ingress_rules contains rule if {
	some sg in resources("AWS::EC2::SecurityGroup")
	some i, entry in as_list(object.get(sg.properties, "SecurityGroupIngress", []))
	is_object(entry)
	cidr := open_cidr(entry)
	rule := port_rule(sg, ["properties", "SecurityGroupIngress", i], cidr, entry)
}

ingress_rules contains rule if {
	some r in resources("AWS::EC2::SecurityGroupIngress")
	key := open_cidr_key(r.properties)
	rule := port_rule(r, ["properties", key], r.properties[key], r.properties)
}

open_cidr(entry) := entry[open_cidr_key(entry)]

# open_cidr_key(entry): the property (CidrIp or CidrIpv6) that opens the rule to anywhere.
open_cidr_key(entry) := "CidrIp" if network.is_open_cidr(entry.CidrIp)

else := "CidrIpv6" if network.is_open_cidr(entry.CidrIpv6)

port_rule(r, path, cidr, entry) := {
	"resource": r, "path": path, "cidr": cidr,
	"from": number(object.get(entry, "FromPort", null)),
	"to": number(object.get(entry, "ToPort", null)),
	"all": false, "tcp": protocol_is_tcp(object.get(entry, "IpProtocol", "")),
} if {
	not network.protocol_is_all(object.get(entry, "IpProtocol", ""))
} else := {"resource": r, "path": path, "cidr": cidr, "from": 0, "to": 65535, "all": true, "tcp": true} if {
	network.protocol_is_all(object.get(entry, "IpProtocol", ""))
}

# protocol_is_tcp(p): true for TCP (network.protocol_is_tcp: "tcp" in any case, "6" or 6),
# false for anything else (udp, icmp, unknown).
protocol_is_tcp(p) if network.protocol_is_tcp(p)

else := false
