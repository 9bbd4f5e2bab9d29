# Patient email. Results notices say that a result is ready and link to the portal; they go
# out only over TLS. The appointment reminders, which name the clinic, the clinician and the
# time of the visit, were set up later on a dedicated IP pool and left on the default TLS
# policy, under which SES falls back to plain text.
resource "aws_sesv2_configuration_set" "results_notices" {
  configuration_set_name = "${local.name}-results-notices"

  delivery_options {
    tls_policy = "REQUIRE"
  }

  reputation_options {
    reputation_metrics_enabled = true
  }
}

resource "aws_sesv2_configuration_set" "appointment_reminders" {
  configuration_set_name = "${local.name}-appointment-reminders"

  delivery_options {
    sending_pool_name = "${local.name}-dedicated"
  }
}
