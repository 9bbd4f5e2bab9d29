# Caches of the records service. The records cache speaks TLS and needs the AUTH string; the
# scheduling cache was created for a load test with neither and kept; the new Valkey queue
# uses IAM authentication, but nobody asked for in-transit encryption.
resource "google_redis_instance" "records_cache" {
  name                    = "records-cache"
  tier                    = "STANDARD_HA"
  memory_size_gb          = 4
  region                  = "europe-west3"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_redis_instance" "scheduling_cache" {
  name           = "scheduling-cache"
  tier           = "BASIC"
  memory_size_gb = 1
  region         = "europe-west3"
}

resource "google_memorystore_instance" "referral_queue" {
  instance_id        = "referral-queue"
  location           = "europe-west3"
  shard_count        = 1
  authorization_mode = "IAM_AUTH"
}
