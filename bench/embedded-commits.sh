#!/usr/bin/env bash
# What durable commits cost on the embedded (H2) default: single-row commits with H2's default write delay against
# WRITE_DELAY=0, alternating, in one run. Usage: bench/embedded-commits.sh [commits]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt > /dev/null
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.EmbeddedCommitBenchmark "${1:-5000}"
