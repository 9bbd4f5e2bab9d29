package evident.checks.cloudformation.ses_tls_not_required_test

import data.evident.checks.cloudformation.ses_tls_not_required as check

set(id, properties) := {"id": id, "type": "AWS::SES::ConfigurationSet", "properties": properties}

test_default_and_optional_are_reported if {
	check.deny == {
		{"resource": "Results", "msg": "Results sets no DeliveryOptions TlsPolicy: SES delivers its messages in plain text when the receiving server offers no TLS (OPTIONAL, the default)"},
		{
			"resource": "Reminders", "path": ["properties", "DeliveryOptions"],
			"msg": "Reminders sets no DeliveryOptions TlsPolicy: SES delivers its messages in plain text when the receiving server offers no TLS (OPTIONAL, the default)",
		},
		{
			"resource": "Billing", "path": ["properties", "DeliveryOptions", "TlsPolicy"],
			"msg": "Billing sets TlsPolicy: OPTIONAL: SES delivers its messages in plain text when the receiving server offers no TLS",
		},
	} with input as {"type": "cloudformation", "resources": [
		set("Results", {"Name": "results"}),
		set("Reminders", {"DeliveryOptions": {"SendingPoolName": "dedicated"}}),
		set("Billing", {"DeliveryOptions": {"TlsPolicy": "OPTIONAL"}}),
	]}
}

test_required_tls_and_unknowns_pass if {
	count(check.deny) == 0 with input as {"type": "cloudformation", "resources": [
		set("A", {"DeliveryOptions": {"TlsPolicy": "REQUIRE"}}),
		set("B", {"DeliveryOptions": {"TlsPolicy": {"__unknown__": "Ref TlsPolicy", "refs": ["TlsPolicy"]}}}),
		set("C", {"DeliveryOptions": {"__unknown__": "Fn::If", "refs": []}}),
	]}
}
