#!/usr/bin/env bash
# Full evaluation of every gap rule on MariaDB: the packaged portal on a fresh database holding N KEY platforms, each
# with a year of daily COMPLAINTS and TAKEDOWNS and monthly STAFFING (written straight into the tables the intake
# fills: report_version and report_figures), 1 % of them with their last ten days missing and 1 % understaffed. Runs
# the evaluation over every platform three times (POST /api/v1/admin/evaluations: the first opens the flags, the
# others find the same causes and write nothing), and as the baseline in the same database a single anti-join that
# finds the MISSING daily reports alone. Needs MariaDB on 127.0.0.1:3306 (root, no password).
# The server's InnoDB buffer pool is set to $POOL (default 4G, enough for the 2.6 GB the rules read; MariaDB's own
# default of 128M leaves each run reading from disk) for the run and set back afterwards.
# Usage: [POOL=4G] bench/evaluation.sh [platforms] [days] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
platforms=${1:-10000}; days=${2:-365}; runs=${3:-3}
. bench/mariadb-portal.sh
pool_before=$(mysql --protocol=tcp -h 127.0.0.1 -u root -N -e 'SELECT @@innodb_buffer_pool_size')
trap 'mysql --protocol=tcp -h 127.0.0.1 -u root -e "SET GLOBAL innodb_buffer_pool_size = $pool_before"; cleanup' EXIT
pool=$(numfmt --from=iec "${POOL:-4G}")
mysql --protocol=tcp -h 127.0.0.1 -u root -e "SET GLOBAL innodb_buffer_pool_size = $pool"
echo "InnoDB buffer pool: $(numfmt --to=iec "$pool") (was $(numfmt --to=iec "$pool_before"))"
sql() { mysql --protocol=tcp -h 127.0.0.1 -u root "$db" "$@"; }
now_ms() { date +%s%3N; }
# Milliseconds of a duration as Jackson writes it (ISO-8601, PT1M2.5S, or seconds as a number).
ms='
import re
def ms(t):
    m = re.fullmatch(r"PT(?:(\d+)M)?(?:([\d.]+)S)?", t) if isinstance(t, str) else None
    return round((int(m.group(1) or 0) * 60 + float(m.group(2) or 0)) * 1000) if m else round(float(t) * 1000)
'

echo "Writing $platforms platforms x $days days of COMPLAINTS and TAKEDOWNS and $((days / 30)) months of STAFFING..."
start=$(now_ms)
sql <<SQL
SET SESSION unique_checks = 0;
INSERT INTO platform (platform_id, name, jurisdiction, tier, registered_at, last_contact_at)
SELECT CONCAT('b', LPAD(seq, 6, '0')), CONCAT('Bench platform ', seq), CONCAT('CN-', 11 + seq % 20), 'KEY',
       UTC_TIMESTAMP() - INTERVAL $((days + 40)) DAY, UTC_TIMESTAMP()
FROM seq_0_to_$((platforms - 1));
INSERT INTO ledger_head (platform_id, last_seq, last_hash)
SELECT platform_id, 0, REPEAT('0', 64) FROM platform WHERE platform_id LIKE 'b%';
-- Day d is d days before today (Asia/Shanghai); platforms with seq % 100 = 7 filed nothing in the last ten days.
CREATE TEMPORARY TABLE day_report AS
SELECT CONCAT('b', LPAD(p.seq, 6, '0')) AS platform_id, f.family,
       DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL d.seq DAY AS day,
       1000 + (p.seq * 37 + d.seq * 11) % 200 AS received
FROM seq_0_to_$((platforms - 1)) p
JOIN seq_1_to_$days d
JOIN (SELECT 'COMPLAINTS' AS family UNION ALL SELECT 'TAKEDOWNS') f
WHERE NOT (p.seq % 100 = 7 AND d.seq <= 10);
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT UUID(), platform_id, family, day, day, 'DAY', 1, 0, TIMESTAMP(day + INTERVAL 1 DAY, '00:05:00') - INTERVAL 8 HOUR
FROM day_report;
INSERT INTO report_figures (platform_id, family, period_start, period_end, report_id, complaints_received,
                            complaints_handled, handled_within_sla, feedback_given, backlog_at_end, items_actioned)
SELECT platform_id, family, day, day, UUID(),
       IF(family = 'COMPLAINTS', received, NULL), IF(family = 'COMPLAINTS', received * 98 DIV 100, NULL),
       IF(family = 'COMPLAINTS', received * 97 DIV 100, NULL), IF(family = 'COMPLAINTS', received * 95 DIV 100, NULL),
       IF(family = 'COMPLAINTS', 20, NULL), IF(family = 'TAKEDOWNS', received * 4 DIV 10, NULL)
FROM day_report;
-- Month m is the m-th month before this one; platforms with seq % 100 = 3 have too few reviewers.
CREATE TEMPORARY TABLE month_report AS
SELECT CONCAT('b', LPAD(p.seq, 6, '0')) AS platform_id,
       DATE_FORMAT(DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL m.seq MONTH, '%Y-%m-01') AS first,
       IF(p.seq % 100 = 3, 50, 200) AS reviewers
FROM seq_0_to_$((platforms - 1)) p JOIN seq_1_to_$((days / 30)) m;
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT UUID(), platform_id, 'STAFFING', first, LAST_DAY(first), 'MONTH', 1, 0,
       TIMESTAMP(LAST_DAY(first) + INTERVAL 1 DAY, '00:05:00') - INTERVAL 8 HOUR
FROM month_report;
INSERT INTO report_figures (platform_id, family, period_start, period_end, report_id, reviewers_fte,
                            reviewers_headcount, daily_active_users, content_items_per_day)
SELECT platform_id, 'STAFFING', first, LAST_DAY(first), UUID(), reviewers, reviewers, 1000000, 500000
FROM month_report;
-- The last two annual reports, filed.
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT UUID(), p.platform_id, 'ANNUAL', MAKEDATE(YEAR(CURDATE()) - y.seq, 1),
       MAKEDATE(YEAR(CURDATE()) - y.seq + 1, 1) - INTERVAL 1 DAY, 'YEAR', 1, 0,
       TIMESTAMP(MAKEDATE(YEAR(CURDATE()) - y.seq + 1, 10), '02:00:00')
FROM platform p JOIN seq_1_to_2 y WHERE p.platform_id LIKE 'b%';
ANALYZE TABLE platform, report_version, report_figures;
SQL
echo "  written in $(( ($(now_ms) - start) / 1000 )) s: $(sql -N -e 'SELECT COUNT(*) FROM report_version') report versions"

curl -fs -u bench:bench-password "http://127.0.0.1:$port/api/v1/filings/non-submitters?family=COMPLAINTS&period=$(date +%F)" > /dev/null || true
echo
echo "| run | evaluation of every rule (portal, ms) | causes | flags opened | baseline: MISSING anti-join (ms) | missing found |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  answer=$(curl -fs -u bench:bench-password -X POST "http://127.0.0.1:$port/api/v1/admin/evaluations")
  took=$(echo "$answer" | python3 -c "$ms"'
import json, sys; print(ms(json.load(sys.stdin)["took"]))')
  causes=$(echo "$answer" | python3 -c 'import json,sys; print(sum(r["causes"] for r in json.load(sys.stdin)["rules"]))')
  opened=$(echo "$answer" | python3 -c 'import json,sys; print(sum(r["changes"]["opened"] for r in json.load(sys.stdin)["rules"]))')
  start=$(now_ms)
  missing=$(sql -N <<'SQL'
SELECT COUNT(*)
FROM platform p
JOIN obligation_rule o ON o.scope = 'TIER' AND o.scope_key = p.tier AND o.family IN ('COMPLAINTS', 'TAKEDOWNS')
JOIN reporting_period rp ON rp.cadence = o.cadence
WHERE rp.period_end >= CURDATE() - INTERVAL 92 DAY AND p.registered_at < rp.next_ends_at
  AND TIMESTAMPADD(HOUR, o.grace_hours, rp.ends_at) < UTC_TIMESTAMP()
  AND NOT EXISTS (SELECT 1 FROM report_version v WHERE v.platform_id = p.platform_id AND v.family = o.family
                  AND v.period_start = rp.period_start AND v.period_end = rp.period_end);
SQL
)
  baseline=$(( $(now_ms) - start ))
  echo "| $run | $took | $causes | $opened | $baseline | $missing |"
done
echo
echo "Last run, per rule: causes, ms"
echo "$answer" | python3 -c "$ms"'
import json, sys
for r in json.load(sys.stdin)["rules"]: print(" ", r["rule"], r["causes"], ms(r["took"]))'
