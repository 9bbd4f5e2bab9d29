package evident.checks.cloudformation.ecs_container_privileged_test

import data.evident.checks.cloudformation.ecs_container_privileged as check

resource(id, type, properties) := {"id": id, "type": type, "properties": properties}

test_privileged_containers_and_jobs_are_reported if {
	check.deny == {
		{
			"resource": "ScannerTask",
			"path": ["properties", "ContainerDefinitions", 1, "Privileged"],
			"msg": "container \"clamav\" of ScannerTask runs privileged (Privileged: true)",
		},
		{
			"resource": "EtlJob",
			"path": ["properties", "ContainerProperties", "Privileged"],
			"msg": "EtlJob runs its container privileged (ContainerProperties Privileged: true)",
		},
	} with input as {"type": "cloudformation", "resources": [
		resource("ScannerTask", "AWS::ECS::TaskDefinition", {"ContainerDefinitions": [{"Name": "api", "Privileged": false}, {"Name": "clamav", "Privileged": "true"}]}),
		resource("EtlJob", "AWS::Batch::JobDefinition", {"Type": "container", "ContainerProperties": {"Image": "etl:1", "Privileged": true}}),
	]}
}

test_unprivileged_and_unknown_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		resource("Api", "AWS::ECS::TaskDefinition", {"ContainerDefinitions": [{"Name": "api"}]}),
		resource("Flagged", "AWS::ECS::TaskDefinition", {"ContainerDefinitions": [{"Name": "api", "Privileged": {"__unknown__": "Ref Privileged", "refs": ["Privileged"]}}]}),
		resource("NoContainers", "AWS::ECS::TaskDefinition", {}),
		resource("Report", "AWS::Batch::JobDefinition", {"Type": "container", "ContainerProperties": {"Image": "report:1", "Privileged": false}}),
		resource("Multinode", "AWS::Batch::JobDefinition", {"Type": "multinode"}),
	]}
}
