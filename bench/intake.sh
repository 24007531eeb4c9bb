#!/usr/bin/env bash
# Intake throughput on MariaDB: the packaged portal on a fresh database, 20 platforms x 500 signed reports, against
# a plain JDBC insert of the same rows in the same database. Needs MariaDB on 127.0.0.1:3306 (root, no password).
# Usage: bench/intake.sh [platforms] [reports-per-platform] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
platforms=${1:-20}; per_platform=${2:-500}; threads=${3:-16}
. bench/mariadb-portal.sh

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.IntakeBenchmark \
  "http://127.0.0.1:$port" bench bench-password "jdbc:mariadb://127.0.0.1:3306/$db" \
  "$platforms" "$per_platform" "$threads"
