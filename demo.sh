#!/usr/bin/env bash
# Starts the regulator portal and a demo agent for the demo platform on embedded defaults (H2 files under ./data).
# The agent generates its key and its platform's data (complaints, moderation log, roster) on first start, asks
# the portal for its obligations until the portal is up, then reports each family's last period. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -q -B -DskipTests package
mkdir -p data/logs
portal_jar=$(ls regulator-portal/target/regulator-portal-*-exec.jar)
agent_jar=$(ls platform-agent/target/platform-agent-*-exec.jar)
portal_port=${PORTAL_PORT:-8080}
agent_port=${AGENT_PORT:-8081}

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

# The agent first: on first start it writes the key pair whose public half the demo portal registers.
SERVER_PORT=$agent_port AGENT_PORTAL_URL=http://localhost:$portal_port \
  java -Xmx256m -jar "$agent_jar" --spring.profiles.active=demo > data/logs/agent.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  [ -f data/agent/keys/agent-ed25519.pub.pem ] && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "The agent did not start; see data/logs/agent.log" >&2; exit 1; }
  sleep 1
done

SERVER_PORT=$portal_port java -jar "$portal_jar" --spring.profiles.active=demo > data/logs/portal.log 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$portal_port/actuator/health" > /dev/null 2>&1 && break
  kill -0 "${pids[1]}" 2>/dev/null || { echo "The portal did not start; see data/logs/portal.log" >&2; exit 1; }
  sleep 1
done

cat <<TXT

Regulator portal   http://localhost:$portal_port/ui   sign in as admin / demo-admin (national, every page),
                   cq.analyst / demo-analyst (Chongqing, works flags), cq.admin / demo-cq-admin (Chongqing,
                   administration too) or bj.viewer / demo-bj-viewer (Beijing, reads only);
                   山城视频's own view: cq-video.officer / demo-officer-pw
Platform agent     http://localhost:$agent_port/actuator/health
Logs               data/logs/portal.log, data/logs/agent.log

The portal starts with 90 days of history of six more platforms in Chongqing (CN-50) and Beijing (CN-11): one
always on time, one often late, one that stopped reporting, one understaffed with an open incident, and a notice
half of Chongqing's platforms acknowledged. Within a minute the demo agent adds the demo platform's own reports:
yesterday's complaints and takedowns, last month's staffing and last year's annual report. Its ledger, and the
agent's own view:
  java -jar platform-agent/target/platform-agent-*-exec.jar status --spring.profiles.active=demo
  curl -u admin:demo-admin http://localhost:$portal_port/api/v1/platforms/demo-platform/ledger
  curl -u admin:demo-admin http://localhost:$portal_port/api/v1/platforms/demo-platform/ledger/verification

Ctrl-C stops both.
TXT
wait
