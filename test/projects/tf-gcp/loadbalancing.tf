# The records portal's external load balancer: HTTPS with the modern TLS policy, and port 80
# redirected to HTTPS. The referral intake form was put behind its own HTTP proxy during a
# certificate outage and still answers on plain HTTP.
resource "google_compute_backend_service" "portal" {
  name     = "records-portal"
  protocol = "HTTP"
}

resource "google_compute_url_map" "portal" {
  name            = "records-portal"
  default_service = google_compute_backend_service.portal.id
}

resource "google_compute_managed_ssl_certificate" "portal" {
  name = "records-portal"
  managed {
    domains = ["records.clinic.example"]
  }
}

resource "google_compute_target_https_proxy" "portal" {
  name             = "records-portal-https"
  url_map          = google_compute_url_map.portal.id
  ssl_certificates = [google_compute_managed_ssl_certificate.portal.id]
  ssl_policy       = google_compute_ssl_policy.modern.id
}

resource "google_compute_global_forwarding_rule" "portal_https" {
  name       = "records-portal-https"
  port_range = "443"
  target     = google_compute_target_https_proxy.portal.id
}

resource "google_compute_url_map" "portal_redirect" {
  name = "records-portal-redirect"
  default_url_redirect {
    https_redirect = true
    strip_query    = false
  }
}

resource "google_compute_target_http_proxy" "portal_redirect" {
  name    = "records-portal-redirect"
  url_map = google_compute_url_map.portal_redirect.id
}

resource "google_compute_global_forwarding_rule" "portal_http" {
  name       = "records-portal-http"
  port_range = "80"
  target     = google_compute_target_http_proxy.portal_redirect.id
}

resource "google_compute_backend_service" "intake" {
  name     = "referral-intake"
  protocol = "HTTP"
}

resource "google_compute_url_map" "intake" {
  name            = "referral-intake"
  default_service = google_compute_backend_service.intake.id
}

resource "google_compute_target_http_proxy" "intake" {
  name    = "referral-intake-http"
  url_map = google_compute_url_map.intake.id
}

resource "google_compute_global_forwarding_rule" "intake_http" {
  name       = "referral-intake-http"
  port_range = "80"
  target     = google_compute_target_http_proxy.intake.id
}
