# METADATA
# title: Container image helpers
# description: >-
#   Container image references as the Dockerfile parser describes them
#   (src/parsers/dockerfile.ts parseImageRef: name, tag, digest, latest,
#   untagged). docker-compose services carry the same shape in `image`, so the
#   Dockerfile and compose checks word an unpinned image the same way.
# custom:
#   library: true
package evident.lib.dockerfile

# latest_reason(image): why an image with `latest: true` counts as latest, for messages.
latest_reason(image) := "which has no tag or digest (latest)" if image.untagged == true

else := "which uses the latest tag"
