# METADATA
# title: Compute Engine customer-supplied encryption key written in the code
# description: >-
#   A customer-supplied encryption key (CSEK) is a literal in the
#   configuration: raw_key or rsa_encrypted_key of the disk_encryption_key,
#   source_image_encryption_key or source_snapshot_encryption_key block of a
#   google_compute_disk or google_compute_region_disk, of the
#   snapshot_encryption_key or source_disk_encryption_key block of a
#   google_compute_snapshot, of the image_encryption_key,
#   source_disk_encryption_key, source_image_encryption_key or
#   source_snapshot_encryption_key block of a google_compute_image; or
#   disk_encryption_key_raw or disk_encryption_key_rsa of a
#   google_compute_instance's boot_disk or attached_disk blocks (and raw_key or
#   rsa_encrypted_key in its boot_disk.initialize_params source image or
#   snapshot key blocks). A variable with a literal default counts as a
#   literal. The key is then in the repository, its history, every clone and
#   the Terraform state: whoever reads them holds the key that guards the
#   disk's data (an RSA-wrapped key is accepted by Compute Engine in place of
#   the raw key, so it is as good as the key itself). Not reported: a key that
#   cannot be resolved (a variable without a committed value, file(), a Secret
#   Manager data source, another resource), an empty or placeholder value
#   (changeme, <key>, ${…}), keys in dynamic blocks, and Cloud KMS key names
#   (kms_key_self_link, kms_key_name), which are not secrets. The value is
#   masked in every output.
# related_resources:
#   - ref: https://cloud.google.com/compute/docs/disks/customer-supplied-encryption
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#raw_key
# custom:
#   id: EVD-TF-196
#   severity: high
#   remediation: >-
#     Remove the key from the code and its history, and rotate it (create the
#     disk again under a new key). Prefer a Cloud KMS key (kms_key_self_link);
#     if a customer-supplied key is required, pass it at apply time (a
#     sensitive variable without a default set through TF_VAR_…, or an
#     ephemeral value from a secrets manager) and keep it out of committed
#     *.tfvars files.
#   selector:
#     input: terraform
#     resources: [google_compute_disk, google_compute_region_disk, google_compute_snapshot, google_compute_image, google_compute_instance]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(5)(ii)(D)"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#   rationale:
#     hipaa: An encryption key stored beside the data it protects defeats the encryption of ePHI at rest and the safeguarding of secrets.
#     gdpr: Encryption protects personal data only while its key stays confidential; a key committed to the code is disclosed to everyone with access to the repository.
package evident.checks.terraform.gcp_disk_key_in_plaintext

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

csek_attrs := ["raw_key", "rsa_encrypted_key"]

# key_blocks[type]: the blocks of the resource that can hold a customer-supplied key.
key_blocks := {
	"google_compute_disk": ["disk_encryption_key", "source_image_encryption_key", "source_snapshot_encryption_key"],
	"google_compute_region_disk": ["disk_encryption_key", "source_image_encryption_key", "source_snapshot_encryption_key"],
	"google_compute_snapshot": ["snapshot_encryption_key", "source_disk_encryption_key"],
	"google_compute_image": ["image_encryption_key", "source_disk_encryption_key", "source_image_encryption_key", "source_snapshot_encryption_key"],
}

deny contains f if {
	some type, names in key_blocks
	some r in terraform.resources(type)
	some name in names
	some i, block in terraform.blocks(r.config, name)
	some attr in csek_attrs
	literal_key(block[attr])
	f := finding.secret_at(r, ["config", name, i, attr], message(r, concat(".", [name, attr])))
}

# boot_disk and attached_disk of an instance name their key directly.
deny contains f if {
	some r in terraform.resources("google_compute_instance")
	some disk in ["boot_disk", "attached_disk"]
	some i, block in terraform.blocks(r.config, disk)
	some attr in ["disk_encryption_key_raw", "disk_encryption_key_rsa"]
	literal_key(block[attr])
	f := finding.secret_at(r, ["config", disk, i, attr], message(r, concat(".", [disk, attr])))
}

# The source image or snapshot key of an inline boot disk.
deny contains f if {
	some r in terraform.resources("google_compute_instance")
	some i, boot in terraform.blocks(r.config, "boot_disk")
	some j, params in terraform.blocks(boot, "initialize_params")
	some name in ["source_image_encryption_key", "source_snapshot_encryption_key"]
	some k, block in terraform.blocks(params, name)
	some attr in csek_attrs
	literal_key(block[attr])
	path := ["config", "boot_disk", i, "initialize_params", j, name, k, attr]
	f := finding.secret_at(r, path, message(r, concat(".", ["boot_disk.initialize_params", name, attr])))
}

message(r, where) := finding.format("%s sets %s to a literal customer-supplied encryption key (the key is committed with the code)", [r.id, where])

# literal_key(v): a known, non-blank string that is not a placeholder or an
# interpolation the parser left unresolved.
literal_key(v) if {
	is_string(v)
	trim_space(v) != ""
	not contains(v, "${")
	not values.placeholder_text(v)
}
