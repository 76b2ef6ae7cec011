#!/usr/bin/env bash
# Builds the benchmarks and runs them: candidates and baselines in one run, ratios side by side.
# Exits non-zero when a goal is missed. Arguments are passed to the goal runner (key=value), e.g.
#   benchmarks/run.sh small=10000 large=40000 rewrite=true
# PostgreSQL and MariaDB join when CONSORTIUM_BENCH_POSTGRES_URL / CONSORTIUM_BENCH_MARIADB_URL are
# set (the MariaDB database is emptied: give the benchmarks one of their own).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests -Djacoco.skip=true
fi
echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB, $(java -version 2>&1 | head -n 1)"
exec java -Xmx1g -jar benchmarks/target/benchmarks.jar "$@"
