#!/usr/bin/env bash
# A local Keycloak for the `keycloak` profile: http://localhost:8180, realm `jiceng` with the demo users
# (password Demo@2026), client `jiceng-platform` (secret jiceng-dev-secret), console admin/admin.
# The distribution comes from the local Maven repository (Maven downloads it once; version pinned in pom.xml)
# and is unpacked into deploy/keycloak/target. Data persists there between starts; the realm is imported only
# if it does not exist yet (`--fresh` deletes the data first, so a changed jiceng-realm.json takes effect).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml")"
server="$here/target/keycloak-$version"

if [ ! -x "$server/bin/kc.sh" ]; then
  "$root/mvnw" -B -q -N -f "$root/pom.xml" dependency:unpack \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:tar.gz" -DoutputDirectory="$here/target"
fi
if [ "${1:-}" = "--fresh" ]; then
  shift
  rm -rf "$server/data/h2"
fi
mkdir -p "$server/data/import"
cp "$here/jiceng-realm.json" "$server/data/import/"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "$server/bin/kc.sh" start-dev --http-port="${KEYCLOAK_PORT:-8180}" --import-realm "$@"
