#!/usr/bin/env bash
# COMPLAINTS aggregation on MariaDB: the agent's job (its packaged jar, `backfill` of one month) over N complaint
# rows (default 10 million, all in October 2026), against a plain GROUP BY of the same counts in the same database
# and session of the machine. Prints wall times and the agent's peak RSS; results go to docs/benchmarks.md.
# Needs MariaDB on 127.0.0.1:3306 (root, no password). The generated table is kept (prr_bench_complaints) so later
# runs skip the generation. Usage: bench/agent-aggregation.sh [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}; runs=${2:-3}
sql() { mariadb --protocol=tcp -h 127.0.0.1 -u root -N -B "$@"; }

./mvnw -q -B -DskipTests -pl platform-agent -am package
jar=$(ls "$PWD"/platform-agent/target/platform-agent-*-exec.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sql -e "CREATE DATABASE IF NOT EXISTS prr_bench_complaints"
sql prr_bench_complaints -e "CREATE TABLE IF NOT EXISTS complaint (
    complaint_id BIGINT NOT NULL PRIMARY KEY, received_at DATETIME NOT NULL, channel VARCHAR(32) NOT NULL,
    category VARCHAR(40) NOT NULL, closed_at DATETIME, outcome VARCHAR(32), feedback_given BOOLEAN NOT NULL,
    clearly_illegal BOOLEAN NOT NULL, appealed BOOLEAN NOT NULL, appeal_upheld BOOLEAN NOT NULL)"
if [ "$(sql prr_bench_complaints -e 'SELECT COUNT(*) FROM complaint')" != "$rows" ]; then
  echo "Generating $rows complaints (once)..."
  sql prr_bench_complaints -e "TRUNCATE complaint;
    INSERT INTO complaint
    SELECT seq,
           TIMESTAMP '2026-10-01 00:00:00' + INTERVAL (seq * 2678399 DIV $rows) SECOND,
           ELT(1 + seq % 6, 'WEB_FORM', 'IN_APP', 'HOTLINE', 'EMAIL', 'REGULATOR_REFERRAL', 'OTHER'),
           ELT(1 + (seq * 7) % 16, 'ENDANGERING_NATIONAL_SECURITY', 'TERRORISM_EXTREMISM',
               'ETHNIC_HATRED_DISCRIMINATION', 'RUMOURS_FALSE_INFORMATION', 'PORNOGRAPHY_VULGARITY', 'GAMBLING',
               'VIOLENCE_GORE', 'FRAUD_SCAMS', 'DEFAMATION_PRIVACY', 'CYBERBULLYING', 'HARM_TO_MINORS',
               'PAID_POST_DELETION', 'HYPE_CLICKBAIT', 'ILLEGAL_NEWS_SERVICE', 'INFRINGEMENT', 'OTHER'),
           CASE WHEN seq % 33 = 0 THEN NULL ELSE TIMESTAMP '2026-10-01 00:00:00'
                + INTERVAL (seq * 2678399 DIV $rows) SECOND + INTERVAL ((seq * 7919) % 259200) SECOND END,
           CASE WHEN seq % 33 = 0 THEN NULL ELSE ELT(1 + (seq * 13) % 6, 'CONTENT_REMOVED', 'CONTENT_RESTRICTED',
               'ACCOUNT_ACTIONED', 'NO_VIOLATION', 'REFERRED', 'OTHER') END,
           seq % 2 = 0, seq % 5 = 0, seq % 20 = 0, seq % 100 = 0
    FROM seq_1_to_$rows"
fi

# The same counts as the report, written by hand against the table: received by channel and category, handled by
# outcome and within SLA, feedback, appeals, open at the end. (Percentiles are not a GROUP BY.)
baseline="SELECT channel, category, outcome,
    received_at >= '2026-10-01' AND received_at < '2026-11-01' AS received,
    closed_at >= '2026-10-01' AND closed_at < '2026-11-01' AS handled,
    TIMESTAMPDIFF(SECOND, received_at, closed_at) <= IF(clearly_illegal, 86400, 604800) AS within_sla,
    feedback_given, appealed, appeal_upheld, closed_at IS NULL OR closed_at >= '2026-11-01' AS open_at_end,
    COUNT(*)
  FROM complaint WHERE received_at < '2026-11-01' AND (closed_at IS NULL OR closed_at >= '2026-10-01')
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
# For context: the simplest GROUP BY over the same rows.
simplest="SELECT channel, category, outcome, COUNT(*) FROM complaint
  WHERE received_at >= '2026-10-01' AND received_at < '2026-11-01' GROUP BY channel, category, outcome"
complaints_sql="SELECT complaint_id, received_at, channel, category, closed_at, outcome, feedback_given,
  clearly_illegal, appealed, appeal_upheld FROM complaint
  WHERE received_at < :periodEnd AND (closed_at IS NULL OR closed_at >= :periodStart)"

timed() { local start end; start=$(date +%s.%N); sql prr_bench_complaints -e "$1" > /dev/null; end=$(date +%s.%N)
  echo "$end - $start" | bc; }

echo "run | simplest GROUP BY s | same-counts GROUP BY s | agent job s | job / same-counts | agent process s | agent peak RSS MiB"
for run in $(seq 1 "$runs"); do
  simple=$(timed "$simplest")
  plain=$(timed "$baseline")
  agent_db="prr_bench_agent_$(date +%s)_$run"
  sql -e "CREATE DATABASE $agent_db"
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx256m -jar "$jar" backfill --family COMPLAINTS \
    --from 2026-10-01 --to 2026-10-31 --cadence MONTH \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$agent_db" --spring.datasource.username=root \
    --agent.source-database.url=jdbc:mariadb://127.0.0.1:3306/prr_bench_complaints \
    --agent.source-database.username=root \
    --agent.families.complaints.records.kind=jdbc --agent.families.complaints.records.sql="$complaints_sql" \
    --agent.platform-id=bench --agent.signing.key-id=bench --agent.signing.generate-if-missing=true \
    --agent.signing.private-key-file="$work/agent.pem" --logging.level.root=WARN > "$work/agent.log" 2>&1 \
    || { cat "$work/agent.log"; exit 1; }
  job=$(sql "$agent_db" -e "SELECT TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) / 1e6
    FROM BATCH_STEP_EXECUTION WHERE STATUS = 'COMPLETED'")
  received=$(sql "$agent_db" -e "SELECT JSON_VALUE(payload, '$.complaints.received') FROM report")
  read -r process_s rss_kb < "$work/time"
  sql -e "DROP DATABASE $agent_db"
  printf '%s | %.2f | %.2f | %.2f | %.2f | %s | %d   (received %s)\n' "$run" "$simple" "$plain" "$job" \
    "$(echo "$job / $plain" | bc -l)" "$process_s" $((rss_kb / 1024)) "$received"
done
