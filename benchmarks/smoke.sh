#!/usr/bin/env bash
# A smoke run for CI (seconds): builds the benchmarks and runs each once at tiny sizes in one JVM,
# so they keep compiling and running. Enforces no goal: tiny sizes measure nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests -Djacoco.skip=true
exec java -Xmx512m -jar benchmarks/target/benchmarks.jar smoke=true "$@"
