#!/usr/bin/env bash
# Writes a signed evidence pack of the bundled example (examples/clinic) with a
# throw-away Ed25519 key, then checks it twice: with `evident evidence verify`
# and by hand, with the commands evidence/README.md gives auditors (openssl,
# sha256sum, jq). Usage: evidence/examples/example-pack.sh [pack folder]
# Needs: Node 20 with the dependencies installed (npm ci), OpenSSL >= 3.0,
# sha256sum and jq. Set EVIDENT to run another build (default: the sources).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"

work="$(mktemp -d)"
out="${1:-$work/pack}"
read -r -a evident <<< "${EVIDENT:-node --import tsx src/cli/main.ts}"

echo "==> signing key (throw-away): $work/signing.pem"
openssl genpkey -algorithm ed25519 -out "$work/signing.pem"
openssl pkey -in "$work/signing.pem" -pubout -out "$work/signing.pub.pem"

echo "==> evident evidence export examples/clinic --out $out --sign-key …"
"${evident[@]}" evidence export examples/clinic --out "$out" --sign-key "$work/signing.pem"

echo "==> evident evidence verify"
"${evident[@]}" evidence verify "$out" --public-key "$work/signing.pub.pem"

echo "==> by hand: the key, the signature, the digests, no extra file"
cd "$out"
test "sha256:$(openssl pkey -pubin -in "$work/signing.pub.pem" -outform DER | sha256sum | cut -d' ' -f1)" = "$(jq -r .signing.publicKeyFingerprint manifest.json)"
openssl pkeyutl -verify -pubin -inkey "$work/signing.pub.pem" -rawin -in manifest.json -sigfile manifest.sig
jq -r '.files[] | "\(.sha256)  \(.path)"' manifest.json | sha256sum -c --strict --quiet -
sha256sum -c --strict --quiet SHA256SUMS
diff <(jq -r '.files[].path' manifest.json | sort) \
     <(find . -type f ! -name manifest.json ! -name manifest.sig ! -name public-key.pem | sed 's|^\./||' | LC_ALL=C sort)
echo "==> by hand: the scanned files are the ones in the repository"
(cd "$repo/examples/clinic" && jq -r '.scanned[] | "\(.sha256)  \(.path)"' "$out/manifest.json" | sha256sum -c --strict --quiet -)
echo "pack: $out (intact)"
