# METADATA
# title: Cloud KMS key is not rotated every 90 days
# description: >-
#   A symmetric google_kms_crypto_key (purpose ENCRYPT_DECRYPT, the default)
#   has no rotation_period, or one longer than 90 days. Without rotation a
#   single key version protects all data for ever: a compromised version
#   exposes everything ever encrypted with it. 90 days (7776000s) follows the
#   CIS Google Cloud benchmark; a period is compared to the second, fractions
#   included, and reported in days when it is a whole number of days, else as
#   written. Asymmetric keys cannot rotate automatically and are not reported.
# related_resources:
#   - ref: https://cloud.google.com/kms/docs/key-rotation
# custom:
#   id: EVD-TF-161
#   severity: medium
#   remediation: Set rotation_period = "7776000s" (90 days) or shorter on the key.
#   selector:
#     input: terraform
#     resources: [google_kms_crypto_key]
#   controls:
#     hipaa: ["164.312(a)(2)(iv)", "164.308(a)(1)(ii)(B)"]
#     gdpr: ["Art.32(1)(a)"]
#   rationale:
#     hipaa: Regular key rotation limits what one compromised key exposes, part of managing the encryption that protects ePHI.
#     gdpr: Key rotation keeps the encryption Art. 32(1)(a) names effective over time.
package evident.checks.terraform.gcp_kms_key_rotation

import data.evident.lib.finding
import data.evident.lib.terraform
import data.evident.lib.values

max_rotation_seconds := 7776000

deny contains f if {
	some key in terraform.resources("google_kms_crypto_key")
	object.get(key.config, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	values.is_false_or_absent(key.config, "rotation_period")
	f := finding.of(key, finding.format("%s has no rotation_period: the key is never rotated", [key.id]))
}

deny contains f if {
	some key in terraform.resources("google_kms_crypto_key")
	object.get(key.config, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	seconds := duration_seconds(key.config.rotation_period)
	seconds > max_rotation_seconds
	f := finding.at(key, ["config", "rotation_period"], period_message(key, seconds))
}

# period_message(key, seconds): the period in days when it is a whole number
# of days, else as written ("7776000.5s" is 90 days and half a second: more
# than 90 days, which a count of whole days would hide).
period_message(key, seconds) := finding.format("%s rotates every %d days (more than 90)", [key.id, floor(days)]) if {
	days := seconds / 86400
	floor(days) == days
} else := finding.format("%s rotates every %s, more than 90 days (7776000s)", [key.id, key.config.rotation_period])

# duration_seconds(d): "7776000s" (a protobuf Duration) → 7776000.
duration_seconds(d) := to_number(trim_suffix(d, "s")) if {
	is_string(d)
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, d)
}
