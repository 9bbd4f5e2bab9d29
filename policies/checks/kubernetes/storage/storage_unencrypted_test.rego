package evident.checks.kubernetes.storage_unencrypted_test

import data.evident.checks.kubernetes.storage_unencrypted as check

storage_class(name, provisioner, parameters) := {
	"id": concat("/", ["StorageClass", name]), "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "name": name, "namespace": null,
	"file": "storage.yaml", "startLine": 1, "endLine": 10,
	"object": {"metadata": {"name": name}, "provisioner": provisioner, "parameters": parameters},
}

message(name, key, provisioner) := concat("", [
	"StorageClass/", name, " sets ", key, " to false: the EBS volumes it provisions (", provisioner,
	") are unencrypted unless the AWS account encrypts new volumes by default",
])

test_ebs_classes_with_encrypted_false_are_reported if {
	check.deny == {
		{"resource": "StorageClass/csi", "path": ["object", "parameters", "encrypted"], "msg": message("csi", "encrypted", "ebs.csi.aws.com")},
		{"resource": "StorageClass/auto", "path": ["object", "parameters", "encrypted"], "msg": message("auto", "encrypted", "ebs.csi.eks.amazonaws.com")},
		{"resource": "StorageClass/in-tree", "path": ["object", "parameters", "encrypted"], "msg": message("in-tree", "encrypted", "kubernetes.io/aws-ebs")},
	} with input as {"type": "kubernetes", "resources": [
		storage_class("csi", "ebs.csi.aws.com", {"type": "gp3", "encrypted": "false"}),
		storage_class("auto", "ebs.csi.eks.amazonaws.com", {"type": "gp3", "encrypted": "false"}),
		storage_class("in-tree", "kubernetes.io/aws-ebs", {"type": "gp2", "encrypted": "false"}),
	]}
}

test_boolean_false_and_other_spellings_are_reported if {
	check.deny == {
		{"resource": "StorageClass/bool", "path": ["object", "parameters", "encrypted"], "msg": message("bool", "encrypted", "ebs.csi.aws.com")},
		{"resource": "StorageClass/upper", "path": ["object", "parameters", "Encrypted"], "msg": message("upper", "Encrypted", "ebs.csi.aws.com")},
	} with input as {"type": "kubernetes", "resources": [
		storage_class("bool", "ebs.csi.aws.com", {"encrypted": false}),
		storage_class("upper", "ebs.csi.aws.com", {"Encrypted": " False "}),
	]}
}

test_encrypted_or_unset_classes_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		storage_class("encrypted", "ebs.csi.aws.com", {"type": "gp3", "encrypted": "true", "kmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/abcd"}),
		storage_class("bool-true", "ebs.csi.aws.com", {"encrypted": true}),
		# unset: the account may encrypt new volumes by default
		storage_class("unset", "ebs.csi.aws.com", {"type": "gp3"}),
		storage_class("no-parameters", "kubernetes.io/aws-ebs", null),
		# a placeholder that a later step substitutes
		storage_class("placeholder", "ebs.csi.aws.com", {"encrypted": "${EBS_ENCRYPTED}"}),
	]}
}

test_a_class_that_also_spells_encrypted_otherwise_passes if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [storage_class("both", "ebs.csi.aws.com", {"encrypted": "false", "Encrypted": "true"})]}
}

test_other_provisioners_pass if {
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [
		storage_class("azure", "disk.csi.azure.com", {"encrypted": "false"}),
		storage_class("gce", "pd.csi.storage.gke.io", {"encrypted": "false"}),
		storage_class("efs", "efs.csi.aws.com", {"provisioningMode": "efs-ap", "encrypted": "false"}),
		storage_class("longhorn", "driver.longhorn.io", {"encrypted": "false"}),
		storage_class("rbd", "rbd.csi.ceph.com", {"encrypted": "false"}),
	]}
}

test_other_api_groups_and_persistent_volumes_pass if {
	other := object.union(storage_class("custom", "ebs.csi.aws.com", {"encrypted": "false"}), {"apiVersion": "example.com/v1"})
	pv := {
		"id": "PersistentVolume/data", "apiVersion": "v1", "kind": "PersistentVolume", "name": "data", "namespace": null,
		"file": "storage.yaml", "startLine": 1, "endLine": 10,
		"object": {"spec": {"csi": {"driver": "ebs.csi.aws.com", "volumeHandle": "vol-0123456789abcdef0", "volumeAttributes": {"encrypted": "false"}}}},
	}
	count(check.deny) == 0 with input as {"type": "kubernetes", "resources": [other, pv]}
}

# Two spellings, both false: one finding, at the first spelling in sort order.
test_two_false_spellings_give_one_finding if {
	check.deny == {{"resource": "StorageClass/twice", "path": ["object", "parameters", "Encrypted"], "msg": message("twice", "Encrypted", "ebs.csi.aws.com")}} with input as {"type": "kubernetes", "resources": [
		storage_class("twice", "ebs.csi.aws.com", {"encrypted": "false", "Encrypted": "false"}),
	]}
}
