#!/usr/bin/env bash
# Start time and idle memory of the packaged apps on their embedded defaults: each jar is started in an empty
# directory (the portal with no platform, the agent with the demo profile and no portal to reach), timed until
# /actuator/health answers, left idle, then its resident set size is read from /proc.
# Each is measured with the JVM's default heap (the baseline) and with the heap docs/agent-operations.md recommends.
# Usage: bench/startup.sh [idle-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
idle=${1:-30}
./mvnw -q -B -DskipTests -pl regulator-portal,platform-agent -am package
portal_jar=$(ls "$PWD"/regulator-portal/target/regulator-portal-*-exec.jar)
agent_jar=$(ls "$PWD"/platform-agent/target/platform-agent-*-exec.jar)

measure() { # name port heap-option jar [args...]
  local name=$1 port=$2 heap=$3 jar=$4; shift 4
  local work; work=$(mktemp -d)
  local start; start=$(date +%s%N)
  ( cd "$work" && SERVER_PORT=$port AGENT_PORTAL_URL=http://127.0.0.1:9 PORTAL_BOOTSTRAP_ADMIN_USER=bench \
      PORTAL_BOOTSTRAP_ADMIN_PASSWORD=bench-password exec java $heap -jar "$jar" "$@" > app.log 2>&1 ) &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$name did not start; see $work/app.log" >&2; return 1; }
    sleep 0.2
  done
  local started=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "$idle"
  local jpid; jpid=$(pgrep -f -n -- "$jar" || echo $pid)
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$jpid"/status)
  printf '%-7s %-12s start %6d ms   idle RSS %4d MiB\n' "$name" "${heap:-default}" "$started" "$rss"
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  rm -rf "$work"
}

measure portal 18180 "" "$portal_jar"
measure portal 18180 "-Xmx384m" "$portal_jar"
measure agent 18181 "" "$agent_jar" --spring.profiles.active=demo
measure agent 18181 "-Xmx256m" "$agent_jar" --spring.profiles.active=demo
