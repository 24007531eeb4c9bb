#!/usr/bin/env bash
# Time and heap of the largest export the UI offers: the filing matrix of a year (span 365) of daily COMPLAINTS of N KEY
# platforms, as XLSX and, as the baseline in the same run, as CSV (the same rows without a workbook). Each export is
# asked $2 times one at a time after one unmeasured; the portal runs with -Xmx1g and a JFR recording of each export
# gives the heap: the most in use at any GC (live data and garbage) and the most left after a GC (what it holds).
# Reports are written straight into report_version: the export reads, it does not verify.
# Usage: bench/export.sh [platforms] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
platforms=${1:-2000}; requests=${2:-3}
. bench/mariadb-portal.sh
sql() { mysql --protocol=tcp -h 127.0.0.1 -u root "$db" "$@"; }

echo "Writing $platforms platforms x 370 days of COMPLAINTS (every 20th platform missed every 10th day)..."
sql <<SQL
SET SESSION unique_checks = 0;
INSERT INTO platform (platform_id, name, jurisdiction, tier, registered_at, last_contact_at)
SELECT CONCAT('x', LPAD(seq, 6, '0')), CONCAT('Export bench platform ', seq), 'CN-50', 'KEY',
       UTC_TIMESTAMP() - INTERVAL 400 DAY, UTC_TIMESTAMP()
FROM seq_0_to_$((platforms - 1));
INSERT INTO report_version (report_id, platform_id, family, period_start, period_end, cadence, version, ledger_seq,
                            recorded_at)
SELECT UUID(), CONCAT('x', LPAD(p.seq, 6, '0')), 'COMPLAINTS', day, day, 'DAY', 1, 0,
       TIMESTAMP(day + INTERVAL 1 DAY, '00:05:00') - INTERVAL 8 HOUR
FROM seq_0_to_$((platforms - 1)) p
JOIN (SELECT DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL seq DAY AS day FROM seq_1_to_370) d
WHERE NOT (p.seq % 20 = 3 AND DAYOFYEAR(day) % 10 = 0);
ANALYZE TABLE platform, report_version;
SQL
echo "  $(sql -N -e 'SELECT COUNT(*) FROM report_version') report versions"

jar=$(mktemp)
base="http://127.0.0.1:$port"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" -d "username=bench&password=bench-password&_csrf=$csrf" "$base/login"
curl -fs -o /dev/null -b "$jar" "$base/ui" || { echo "could not sign in" >&2; exit 1; }

# Median seconds, file size and rows of $requests exports as format $1 after one unmeasured; then the heap during one
# more, from a JFR recording of it.
measure() {
  local url="$base/ui/filings/export?family=COMPLAINTS&span=365&format=$1" out="$work/export.$1"
  curl -fs -o "$out" -b "$jar" "$url"
  local times
  times=$(for _ in $(seq 1 "$requests"); do curl -fs -o "$out" -b "$jar" -w '%{time_total}\n' "$url"; done \
    | python3 -c 'import statistics, sys; print(f"{statistics.median(float(x) for x in sys.stdin):.1f}")')
  jcmd "$portal_pid" JFR.start name=export settings=default filename="$work/export.jfr" > /dev/null
  curl -fs -o "$out" -b "$jar" "$url"
  jcmd "$portal_pid" JFR.stop name=export > /dev/null
  local heap
  heap=$(jfr print --events jdk.GCHeapSummary "$work/export.jfr" | python3 -c '
import re, sys
before, after, when = [], [], None
for line in sys.stdin:
    m = re.search(r"when = \"(\w+) GC\"", line)
    if m: when = m.group(1)
    m = re.search(r"heapUsed = ([\d.]+) (\w+)", line)
    if m:
        mb = float(m.group(1)) * {"bytes": 1 / 2**20, "kB": 1 / 1024, "MB": 1, "GB": 1024}[m.group(2)]
        (before if when == "Before" else after).append(mb)
print(f"{max(before, default=0):.0f} | {max(after, default=0):.0f} | {len(before)}")')
  echo "| $1 | $times | $(du -k "$out" | cut -f1) | $heap |"
}
echo
echo "| format | median time (s) | file (kB) | heap at GC, most (MB) | heap after GC, most (MB) | GCs |"
echo "|---|---|---|---|---|---|"
measure CSV
measure XLSX
lines=$(curl -fs -b "$jar" "$base/ui/filings/export?family=COMPLAINTS&span=365&format=CSV" | wc -l)
echo
echo "CSV rows: $lines (a header and one row per platform), columns: $(curl -fs -b "$jar" "$base/ui/filings/export?family=COMPLAINTS&span=365&format=CSV" | head -1 | tr ',' '\n' | wc -l)"
rm -f "$jar"
