#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine. Uses `docker compose config` (v2) when
# the plugin is there; else Debian's docker-compose 1.29, which needs a `version:` key that the
# Compose spec no longer wants, so it checks a copy with one added.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOMAIN=${DOMAIN:-meet.example.org} PUBLIC_IP=${PUBLIC_IP:-203.0.113.10} TURN_PASSWORD=${TURN_PASSWORD:-check}
if docker compose version >/dev/null 2>&1; then
  exec docker compose config --quiet
fi
if ! command -v docker-compose >/dev/null; then
  echo "Neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)." >&2
  exit 1
fi
copy=$(mktemp --suffix=.yml -p .)
trap 'rm -f "$copy"' EXIT
{ echo 'version: "3.8"'; cat docker-compose.yml; } > "$copy"
docker-compose -f "$copy" config --quiet
echo "docker-compose.yml is valid (checked with $(docker-compose version --short))"
