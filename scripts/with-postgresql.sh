#!/bin/sh
# Run a command (the test suite) with a local PostgreSQL server, so that the tests of the
# store, the services and the export run on PostgreSQL as well as on SQLite.
#   - a server already given by the libpq environment (PGHOST/PGPORT) is used as it is;
#   - otherwise pg_virtualenv (Debian's postgresql-common) makes a throw-away cluster in a
#     temporary folder, listening on localhost only, and drops it afterwards; it works as
#     root, where PostgreSQL's own initdb refuses to run;
#   - without pg_virtualenv the command runs alone and the PostgreSQL tests are skipped
#     (unless DRAGON_READER_REQUIRE_POSTGRESQL=1, as in CI, makes them fail instead).
set -eu
if [ -n "${PGHOST:-}${PGPORT:-}" ]; then
    exec "$@"
fi
if command -v pg_virtualenv >/dev/null 2>&1; then
    exec pg_virtualenv -t -o "listen_addresses=localhost" -o "log_checkpoints=off" \
        env DRAGON_READER_REQUIRE_POSTGRESQL="${DRAGON_READER_REQUIRE_POSTGRESQL:-1}" "$@"
fi
echo "pg_virtualenv not found (Debian package postgresql): PostgreSQL tests are skipped" >&2
exec "$@"
