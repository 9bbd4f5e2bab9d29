package evident.lib.dockerfile_test

import data.evident.lib.dockerfile

test_latest_reason if {
	dockerfile.latest_reason({"ref": "node", "latest": true, "untagged": true}) == "which has no tag or digest (latest)"
	dockerfile.latest_reason({"ref": "node:latest", "latest": true, "untagged": false}) == "which uses the latest tag"
	dockerfile.latest_reason({"ref": "node:latest", "latest": true}) == "which uses the latest tag"
}
