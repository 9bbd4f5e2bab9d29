# METADATA
# title: Compute Engine disk relies on Google-managed keys only
# description: >-
#   A google_compute_disk or google_compute_region_disk has no
#   disk_encryption_key with a Cloud KMS key (kms_key_self_link, on regional
#   disks kms_key_name) or a customer-supplied key (raw_key,
#   rsa_encrypted_key); or a google_compute_instance creates its boot disk
#   inline (boot_disk with initialize_params and no source) without
#   kms_key_self_link, disk_encryption_key_raw or disk_encryption_key_rsa.
#   Compute Engine encrypts every disk at rest, but with keys only Google
#   controls: the organisation cannot revoke access to the data by disabling
#   its key or show key custody to an auditor. An empty or blank key counts as
#   none. Not reported: a key given by a variable or another resource, a
#   dynamic disk_encryption_key or boot_disk block, a boot disk attached from
#   an existing disk (source, judged as that disk's own resource), attached_disk
#   blocks (their disks are google_compute_disk resources), disks cloned from
#   another disk (source_disk) or created as asynchronous replicas
#   (async_primary_disk), whose encryption may follow their source, and
#   instance templates. Low severity: defence in depth, not missing encryption.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/disks/disk-encryption
#   - ref: https://cloud.google.com/compute/docs/disks/customer-managed-encryption
# custom:
#   id: EVD-TF-174
#   severity: low
#   remediation: >-
#     Add disk_encryption_key { kms_key_self_link = google_kms_crypto_key.x.id }
#     (kms_key_name on google_compute_region_disk; boot_disk { kms_key_self_link = … }
#     on instances) and grant the Compute Engine service agent
#     (service-<project number>@compute-system.iam.gserviceaccount.com)
#     roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   selector:
#     input: terraform
#     resources: [google_compute_disk, google_compute_region_disk, google_compute_instance]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.310(d)(1)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Keys under the covered entity's control strengthen encryption of disks that hold ePHI and the control of that media.
#     gdpr: Encryption under the controller's own keys is a stronger form of the measure Art. 32(1)(a) names.
package evident.checks.terraform.gcp_compute_disk_no_cmek

import data.evident.lib.finding
import data.evident.lib.gcp
import data.evident.lib.terraform
import data.evident.lib.values

# key_attrs[type]: the disk_encryption_key arguments that name a key the
# organisation controls (a Cloud KMS key or a customer-supplied key).
key_attrs := {
	"google_compute_disk": ["kms_key_self_link", "raw_key", "rsa_encrypted_key"],
	"google_compute_region_disk": ["kms_key_name", "raw_key", "rsa_encrypted_key"],
}

# kms_attr[type]: the Cloud KMS key argument, named in messages.
kms_attr := {
	"google_compute_disk": "kms_key_self_link",
	"google_compute_region_disk": "kms_key_name",
}

deny contains f if {
	some type, attrs in key_attrs
	some disk in terraform.resources(type)
	values.absent_or_null(disk.config, "source_disk")
	not terraform.has_block(disk.config, "async_primary_disk")
	not disk_key(disk.config, attrs)
	f := finding.of(disk, finding.format("%s is encrypted only with Google-managed keys (no disk_encryption_key.%s)", [disk.id, kms_attr[type]]))
}

disk_key(cfg, attrs) if {
	some attr in attrs
	gcp.customer_key(cfg, "disk_encryption_key", attr)
}

deny contains f if {
	some instance in terraform.resources("google_compute_instance")
	some i, boot in terraform.blocks(instance.config, "boot_disk")
	values.absent_or_null(boot, "source")
	terraform.has_block(boot, "initialize_params")
	not boot_key(boot)
	f := finding.at(instance, ["config", "boot_disk", i], finding.format("%s boot disk is encrypted only with Google-managed keys (no boot_disk.kms_key_self_link)", [instance.id]))
}

boot_key(boot) if {
	some attr in ["kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa"]
	gcp.key_name(boot, attr)
}
