package evident.checks.cloudformation.ecr_scan_on_push_disabled_test

import data.evident.checks.cloudformation.ecr_scan_on_push_disabled as check

res(type, id, props) := {"id": id, "type": type, "properties": props, "dependsOn": [], "file": "t.yaml", "startLine": 3, "endLine": 9}

repo(id, props) := res("AWS::ECR::Repository", id, props)

unknown := {"__unknown__": "Ref Scan", "refs": ["Scan"]}

test_missing_and_false if {
	check.deny == {
		{"resource": "A", "msg": "A does not scan images on push"},
		{"resource": "B", "msg": "B does not scan images on push"},
		{"resource": "C", "path": ["properties", "ImageScanningConfiguration"], "msg": "C does not scan images on push"},
		{"resource": "D", "path": ["properties", "ImageScanningConfiguration", "ScanOnPush"], "msg": "D sets ImageScanningConfiguration.ScanOnPush to false"},
		{"resource": "E", "path": ["properties", "ImageScanningConfiguration", "ScanOnPush"], "msg": "E sets ImageScanningConfiguration.ScanOnPush to false"},
	} with input as {"resources": [
		repo("A", {"RepositoryName": "a"}),
		repo("B", {"ImageScanningConfiguration": null}),
		repo("C", {"ImageScanningConfiguration": {}}),
		repo("D", {"ImageScanningConfiguration": {"ScanOnPush": false}}),
		repo("E", {"ImageScanningConfiguration": {"ScanOnPush": "False"}}),
	]}
}

test_scan_on_push_and_unknown_pass if {
	count(check.deny) == 0 with input as {"resources": [
		repo("A", {"ImageScanningConfiguration": {"ScanOnPush": true}}),
		repo("B", {"ImageScanningConfiguration": {"ScanOnPush": "true"}}),
		repo("C", {"ImageScanningConfiguration": {"ScanOnPush": unknown}}),
		repo("D", {"ImageScanningConfiguration": unknown}),
	]}
}

test_registry_scanning_configuration_passes if {
	count(check.deny) == 0 with input as {"resources": [
		repo("A", {}),
		repo("B", {"ImageScanningConfiguration": {"ScanOnPush": false}}),
		res("AWS::ECR::RegistryScanningConfiguration", "Registry", {"ScanType": "ENHANCED", "Rules": []}),
	]}
}
