#!/usr/bin/env bash
# Intake throughput on MariaDB: the packaged portal on a fresh database, 20 platforms x 500 signed reports, against
# a plain JDBC insert of the same rows in the same database. Needs MariaDB on 127.0.0.1:3306 (root, no password).
# Usage: bench/intake.sh [platforms] [reports-per-platform] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
platforms=${1:-20}; per_platform=${2:-500}; threads=${3:-16}

./mvnw -q -B -Pbench -DskipTests -pl regulator-portal,bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt > /dev/null

db="prr_bench_$(date +%s)"
mysql --protocol=tcp -h 127.0.0.1 -u root -e "CREATE DATABASE $db"
work=$(mktemp -d)
port=18080
cleanup() { kill "$portal_pid" 2>/dev/null || true; wait 2>/dev/null || true;
  mysql --protocol=tcp -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db"; rm -rf "$work"; }
trap cleanup EXIT

( cd "$work" && SERVER_PORT=$port SPRING_PROFILES_ACTIVE=mysql \
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root \
  PORTAL_BOOTSTRAP_ADMIN_USER=bench PORTAL_BOOTSTRAP_ADMIN_PASSWORD=bench-password \
  PORTAL_INTAKE_REQUESTS_PER_MINUTE=1000000 LOGGING_LEVEL_ORG_PRR=WARN \
  exec java -Xmx1g -jar "$OLDPWD"/regulator-portal/target/regulator-portal-*-exec.jar > portal.log 2>&1 ) &
portal_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break; sleep 1; done

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.IntakeBenchmark \
  "http://127.0.0.1:$port" bench bench-password "jdbc:mariadb://127.0.0.1:3306/$db" \
  "$platforms" "$per_platform" "$threads"
