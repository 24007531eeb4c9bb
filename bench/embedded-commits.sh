#!/usr/bin/env bash
# What durable commits cost on the embedded (H2) default: single-row commits with H2's default write delay against
# WRITE_DELAY=0, alternating, in one run. Usage: bench/embedded-commits.sh [commits]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench -am install
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/bench/target/classpath.txt" > /dev/null
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.EmbeddedCommitBenchmark "${1:-5000}"
