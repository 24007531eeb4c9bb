# Sourced by the bench scripts that drive a portal on MariaDB: builds the portal and the bench module, creates a
# fresh database, starts the packaged portal on it (mysql profile, rate limit lifted, metrics exposed) and waits for
# its health; the database and the portal are gone when the script exits. Needs MariaDB on 127.0.0.1:3306 (root, no
# password). Sets $db and $port; PORTAL_JAVA_OPTS adds JVM options (-Dspring...=...) to the portal.
./mvnw -q -B -Pbench -DskipTests -pl regulator-portal,bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt > /dev/null

db="prr_bench_$(date +%s)"
mysql --protocol=tcp -h 127.0.0.1 -u root -e "CREATE DATABASE $db"
work=$(mktemp -d)
port=${port:-18080}
cleanup() { kill "$portal_pid" 2>/dev/null || true; wait 2>/dev/null || true;
  mysql --protocol=tcp -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db"; rm -rf "$work"; }
trap cleanup EXIT

( cd "$work" && SERVER_PORT=$port SPRING_PROFILES_ACTIVE=mysql \
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root \
  PORTAL_BOOTSTRAP_ADMIN_USER=bench PORTAL_BOOTSTRAP_ADMIN_PASSWORD=bench-password \
  PORTAL_INTAKE_REQUESTS_PER_MINUTE=1000000 LOGGING_LEVEL_ORG_PRR=WARN \
  MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,metrics \
  exec java -Xmx1g ${PORTAL_JAVA_OPTS:-} -jar "$OLDPWD"/regulator-portal/target/regulator-portal-*-exec.jar \
  > portal.log 2>&1 ) &
portal_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break; sleep 1; done
