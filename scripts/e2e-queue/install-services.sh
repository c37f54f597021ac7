#!/usr/bin/env bash
# Installs what the queue-mode run needs from Debian's packages when it is missing: Redis, and the
# PostgreSQL 15 server binaries. Needs root (CI runs as root); prints what to install otherwise.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql-15)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "missing: ${missing[*]}; install them (Debian: apt-get install -y ${missing[*]}) and run again" >&2
	exit 1
fi
echo "installing ${missing[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
