#!/usr/bin/env bash
# Notice latency on MariaDB: the packaged portal on a fresh database, many agents long-polling it at once, against one
# agent waiting alone in the same run; and the portal's threads and the database's queries/s while they wait.
# Needs MariaDB on 127.0.0.1:3306 (root, no password).
# Usage: bench/notices.sh [agents] [notices]; PORTAL_JAVA_OPTS adds JVM options (-Dspring...=...) to the portal.
set -euo pipefail
cd "$(dirname "$0")/.."
agents=${1:-2000}; notices=${2:-5}

./mvnw -q -B -Pbench -DskipTests -pl regulator-portal,bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt > /dev/null

db="prr_bench_$(date +%s)"
mysql --protocol=tcp -h 127.0.0.1 -u root -e "CREATE DATABASE $db"
work=$(mktemp -d)
port=18081
cleanup() { kill "$portal_pid" 2>/dev/null || true; wait 2>/dev/null || true;
  mysql --protocol=tcp -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db"; rm -rf "$work"; }
trap cleanup EXIT

( cd "$work" && SERVER_PORT=$port SPRING_PROFILES_ACTIVE=mysql \
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root \
  PORTAL_BOOTSTRAP_ADMIN_USER=bench PORTAL_BOOTSTRAP_ADMIN_PASSWORD=bench-password \
  PORTAL_INTAKE_REQUESTS_PER_MINUTE=1000000 LOGGING_LEVEL_ORG_PRR=WARN \
  MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,metrics \
  exec java -Xmx1g ${PORTAL_JAVA_OPTS:-} -jar "$OLDPWD"/regulator-portal/target/regulator-portal-*-exec.jar > portal.log 2>&1 ) &
portal_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break; sleep 1; done

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.prr.bench.NoticeLatencyBenchmark \
  "http://127.0.0.1:$port" bench bench-password "jdbc:mariadb://127.0.0.1:3306/$db" "$agents" "$notices"
