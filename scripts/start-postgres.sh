#!/usr/bin/env bash
# Start a local PostgreSQL 15 for the test suite (installing Debian's package if needed)
# and print the URL of a role that may create databases. Used by dev.sh and .ci/run.
set -euo pipefail

PG_ROLE=${PG_ROLE:-callhandler_test}
PG_PASSWORD=${PG_PASSWORD:-callhandler_test}
PG_PORT=${PG_PORT:-5432}

log() { echo "start-postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL is not installed and this is not root: run 'sudo apt-get install -y postgresql'"
    exit 1
  fi
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  log "creating cluster $version/main"
  if [ "$(id -u)" = 0 ]; then pg_createcluster "$version" main >&2; else sudo pg_createcluster "$version" main >&2; fi
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster $version/main"
  if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$version" main start >&2; else sudo pg_ctlcluster "$version" main start >&2; fi
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$port" && break
  sleep 1
done

as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
-- The tests' databases are owned by this role, as a control room's by its owner role:
-- "callhandler db upgrade" then creates the workstations' least-privilege role.
ALTER ROLE $PG_ROLE CREATEROLE;
SQL
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname='$PG_ROLE'" | grep -q 1; then
  as_postgres createdb -p "$port" -O "$PG_ROLE" "$PG_ROLE" >&2
fi
echo "postgresql+psycopg://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$port/$PG_ROLE"
