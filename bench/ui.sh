#!/usr/bin/env bash
# Server time of the web UI's two heaviest pages on MariaDB, measured by a load client (curl, one request at a time
# after a warm-up, as a person's browser asks): the overview of a jurisdiction with N KEY platforms (each with 35 days
# of daily COMPLAINTS and TAKEDOWNS, so the filing summary has every period to count, and the flags one evaluation
# opened), and the ledger page of a platform with Y years of daily reports in its chain. Baseline in the same run: the
# UI's stylesheet through the same session (the server's floor for a signed-in request). Reports are written straight
# into the tables the intake fills (report_version, report_figures, ledger_entry): the pages read, they do not verify.
# Usage: bench/ui.sh [platforms] [years] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
platforms=${1:-2000}; years=${2:-5}; requests=${3:-200}
. bench/mariadb-portal.sh
sql() { mysql --protocol=tcp -h 127.0.0.1 -u root "$db" "$@"; }
days=$((years * 365))

echo "Writing $platforms platforms x 35 days, and one platform with $days days of COMPLAINTS and TAKEDOWNS..."
sql <<SQL
SET SESSION unique_checks = 0;
INSERT INTO platform (platform_id, name, jurisdiction, tier, registered_at, last_contact_at)
SELECT CONCAT('u', LPAD(seq, 6, '0')), CONCAT('UI bench platform ', seq), 'CN-50', 'KEY',
       UTC_TIMESTAMP() - INTERVAL 40 DAY, UTC_TIMESTAMP() - INTERVAL (seq % 72) HOUR
FROM seq_0_to_$((platforms - 1));
INSERT INTO platform (platform_id, name, jurisdiction, tier, registered_at, last_contact_at)
VALUES ('u-history', 'UI bench platform with history', 'CN-50', 'KEY', UTC_TIMESTAMP() - INTERVAL $((days + 5)) DAY,
        UTC_TIMESTAMP());
-- Platforms with seq % 50 = 7 filed nothing in the last five days.
CREATE TEMPORARY TABLE day_report AS
SELECT CONCAT('u', LPAD(p.seq, 6, '0')) AS platform_id, f.family,
       DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL d.seq DAY AS day
FROM seq_0_to_$((platforms - 1)) p JOIN seq_1_to_35 d
JOIN (SELECT 'COMPLAINTS' AS family UNION ALL SELECT 'TAKEDOWNS') f
WHERE NOT (p.seq % 50 = 7 AND d.seq <= 5);
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT UUID(), platform_id, family, day, day, 'DAY', 1, 0, TIMESTAMP(day + INTERVAL 1 DAY, '00:05:00') - INTERVAL 8 HOUR
FROM day_report;
INSERT INTO report_figures (platform_id, family, period_start, period_end, report_id, complaints_received,
                            complaints_handled, handled_within_sla, feedback_given, backlog_at_end, items_actioned)
SELECT platform_id, family, day, day, UUID(), 1000, 980, 970, 950, 20, 400 FROM day_report;
-- The platform with history: its chain holds one entry per report, newest last.
CREATE TEMPORARY TABLE history AS
SELECT ROW_NUMBER() OVER (ORDER BY d.seq DESC, f.family) AS seq, UUID() AS report_id, f.family,
       DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL d.seq DAY AS day
FROM seq_1_to_$days d JOIN (SELECT 'COMPLAINTS' AS family UNION ALL SELECT 'TAKEDOWNS') f;
INSERT INTO ledger_entry (platform_id, seq, entry_type, recorded_at, payload, payload_hash, prev_hash, entry_hash,
                          report_id)
SELECT 'u-history', seq, 'REPORT_ACCEPTED', TIMESTAMP(day + INTERVAL 1 DAY, '01:00:00'),
       CONCAT('{"family":"', family, '","period":{"start":"', day, '","end":"', day, '","cadence":"DAY"},',
              '"complaints":{"received":1000,"handled":980}}'),
       SHA2(seq, 256), SHA2(seq - 1, 256), SHA2(seq, 256), report_id
FROM history;
INSERT INTO ledger_head (platform_id, last_seq, last_hash)
SELECT platform_id, 0, REPEAT('0', 64) FROM platform WHERE platform_id LIKE 'u0%';
INSERT INTO ledger_head (platform_id, last_seq, last_hash)
SELECT 'u-history', MAX(seq), SHA2(MAX(seq), 256) FROM history;
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT report_id, 'u-history', family, day, day, 'DAY', 1, seq, TIMESTAMP(day + INTERVAL 1 DAY, '01:00:00') FROM history;
INSERT INTO report_figures (platform_id, family, period_start, period_end, report_id, complaints_received,
                            complaints_handled, handled_within_sla, feedback_given, backlog_at_end, items_actioned)
SELECT 'u-history', family, day, day, report_id, 1000, 980, 970, 950, 20, 400 FROM history;
ANALYZE TABLE platform, report_version, report_figures, ledger_entry;
SQL
curl -fs -u bench:bench-password -X POST "http://127.0.0.1:$port/api/v1/admin/evaluations" > /dev/null
echo "  $(sql -N -e 'SELECT COUNT(*) FROM report_version') report versions, $(sql -N -e 'SELECT COUNT(*) FROM ledger_entry') ledger entries, $(sql -N -e "SELECT COUNT(*) FROM flag WHERE state <> 'RESOLVED'") open flags"

jar=$(mktemp)
base="http://127.0.0.1:$port"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" -d "username=bench&password=bench-password&_csrf=$csrf" "$base/login"
curl -fs -o /dev/null -b "$jar" "$base/ui" || { echo "could not sign in" >&2; exit 1; }

# Milliseconds per request, one at a time, after 20 unmeasured ones; $2 requests (default: all of them).
measure() {
  for _ in $(seq 1 20); do curl -fs -o /dev/null -b "$jar" "$base$1"; done
  for _ in $(seq 1 "${2:-$requests}"); do curl -fs -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$1"; done \
    | python3 -c '
import statistics, sys
t = sorted(float(x) * 1000 for x in sys.stdin)
print(f"{statistics.median(t):.1f} | {t[int(len(t) * 0.95) - 1]:.1f}")'
}
echo
echo "| page | median (ms) | p95 (ms) |"
echo "|---|---|---|"
echo "| baseline: /ui/assets/portal.css | $(measure /ui/assets/portal.css) |"
echo "| overview, $platforms platforms (/ui) | $(measure /ui) |"
first=$(curl -fs -o /dev/null -b "$jar" -w '%{time_total}' "$base/ui/platforms/u-history")
echo "| platform page, first view: reads its tier's $platforms peers for the band (once per 10 min) | $(python3 -c "print(f'{$first * 1000:.1f}')") | – |"
echo "| platform page, $years years of daily reports (/ui/platforms/u-history) | $(measure /ui/platforms/u-history) |"
echo "| flags, first page of 50 (/ui/flags) | $(measure /ui/flags) |"
echo "| filing matrix, 30 days, $platforms platforms (/ui/filings), 10 requests | $(measure /ui/filings 10) |"
rm -f "$jar"
