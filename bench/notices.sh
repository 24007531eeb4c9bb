#!/usr/bin/env bash
# Notice latency on MariaDB: the packaged portal on a fresh database, many agents long-polling it at once, against one
# agent waiting alone in the same run; and the portal's threads and the database's queries/s while they wait.
# Needs MariaDB on 127.0.0.1:3306 (root, no password).
# Usage: bench/notices.sh [agents] [notices]; PORTAL_JAVA_OPTS adds JVM options (-Dspring...=...) to the portal.
set -euo pipefail
cd "$(dirname "$0")/.."
agents=${1:-2000}; notices=${2:-5}
. bench/mariadb-portal.sh

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.NoticeLatencyBenchmark \
  "http://127.0.0.1:$port" bench bench-password "jdbc:mariadb://127.0.0.1:3306/$db" "$agents" "$notices"
