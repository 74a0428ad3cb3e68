#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL on 127.0.0.1:5432, and creates the user and the
# databases the `postgresql` Maven profile uses. C collation, so that text sorts as on H2 (by code point).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status
for i in $(seq 1 30); do
  su postgres -c "pg_isready -h 127.0.0.1 -p 5432" >/dev/null 2>&1 && break
  sleep 1
done
psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -c \"$1\""; }
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='leaderboard'\"" | grep -q 1 \
  || psql_admin "create user leaderboard with password 'leaderboard'"
for db in leaderboard leaderboard_test leaderboard_it leaderboard_empty leaderboard_durability leaderboard_identity; do
  psql_admin "drop database if exists $db"
  psql_admin "create database $db owner leaderboard encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0"
done
echo "PostgreSQL $version ready on 127.0.0.1:5432 (user leaderboard; databases leaderboard, leaderboard_test, leaderboard_it, leaderboard_empty, leaderboard_durability, leaderboard_identity)"
