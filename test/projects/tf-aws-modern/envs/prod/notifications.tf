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

# Lab results notifications: the partner laboratory's results portal is
# subscribed over HTTPS; the old fax bridge only speaks plain HTTP and was
# subscribed as it is.
resource "aws_sns_topic" "lab_results" {
  name              = "${local.name}-lab-results"
  kms_master_key_id = aws_kms_key.phi.arn
}

resource "aws_sns_topic_subscription" "partner_lab" {
  topic_arn = aws_sns_topic.lab_results.arn
  protocol  = "https"
  endpoint  = "https://results.partner-lab.test/sns"
}

resource "aws_sns_topic_subscription" "fax_bridge" {
  topic_arn = aws_sns_topic.lab_results.arn
  protocol  = "http"
  endpoint  = "http://fax-bridge.clinic.test:8080/sns"
}

# Search over clinical notes: the notes collection is reachable through the
# VPC endpoint only; the terminology collection (no patient data, the team
# said) was opened to the internet for a vendor's demo, and it indexes the
# notes' coded diagnoses too.
resource "aws_opensearchserverless_security_policy" "notes_network" {
  name = "${local.name}-notes"
  type = "network"
  policy = jsonencode([{
    Rules = [{
      ResourceType = "collection"
      Resource     = ["collection/${local.name}-notes"]
    }]
    AllowFromPublic = false
    SourceVPCEs     = ["vpce-0a1b2c3d4e5f60718"]
  }])
}

resource "aws_opensearchserverless_security_policy" "terminology_network" {
  name = "${local.name}-terminology"
  type = "network"
  policy = jsonencode([{
    Rules = [{
      ResourceType = "collection"
      Resource     = ["collection/${local.name}-terminology"]
    }]
    AllowFromPublic = true
  }])
}
