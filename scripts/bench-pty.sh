#!/usr/bin/env bash
# What a person waits for, measured from process start through a pseudo-terminal: Rapport on a
# generated book, and visidata on a CSV of the same accounts, side by side in one run.
#
#   scripts/bench-pty.sh [ACCOUNTS ...]      default: 10000 100000
#
# Needs python3 with pyte and visidata (installed from PyPI when missing) and tuiprobe
# (../shared/tools/tuiprobe, or set TUIPROBE). Results go to stdout and, as JSON lines, to
# $OUT (default: /tmp/rapport-bench-pty.jsonl). RUNS sets the runs per measurement (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

probe="${TUIPROBE:-../shared/tools/tuiprobe/tuiprobe.py}"
[ -f "$probe" ] || { echo "bench-pty: tuiprobe not found at $probe (set TUIPROBE)" >&2; exit 2; }
python3 -c 'import pyte' 2>/dev/null || python3 -m pip install --quiet pyte
command -v vd >/dev/null 2>&1 || python3 -m pip install --quiet visidata
command -v sqlite3 >/dev/null 2>&1 || { echo "bench-pty: needs the sqlite3 command to write the CSV" >&2; exit 2; }

runs="${RUNS:-5}"
out="${OUT:-/tmp/rapport-bench-pty.jsonl}"
work="$(mktemp -d /tmp/rapport-bench-pty.XXXXXX)"
trap 'rm -rf "$work"' EXIT
today=2026-11-18

swift build -c release >/dev/null
rapport="$(swift build -c release --show-bin-path)/rapport"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

for accounts in "${sizes[@]}"; do
    store="$work/book-$accounts.sqlite"
    echo "== $accounts accounts"
    TIMEFORMAT="rapport demo --accounts $accounts: %R s"
    time "$rapport" demo --accounts "$accounts" --store "$store" --today "$today" >/dev/null
    csv="$work/book-$accounts.csv"
    sqlite3 -csv -header "$store" "
        SELECT a.name AS account, a.industry, a.owner, a.region, a.tier, a.arr_minor / 100 AS arr,
               s.health, a.renewal_date AS renewal, s.trouble AS risk
        FROM account a JOIN account_summary s ON s.account_id = a.id ORDER BY s.name_key" > "$csv"

    echo "-- rapport"
    python3 "$probe" --runs "$runs" --json "$out" --name "rapport-$accounts" \
        --ready 're:Accounts \(' \
        --keys 'DOWN,DOWN,DOWN,PGDN,PGUP,TAB,TAB,/,TYPE:north,ENTER,ESC,a=re:Agenda · [0-9],ESC,q=EXIT' \
        -- "$rapport" --store "$store" --today "$today"

    echo "-- rapport agenda --limit 50 (process start to exit, $runs runs)"
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$rapport" agenda --limit 50 --store "$store" --today "$today" >/dev/null
        echo $(( ($(date +%s%N) - start) / 1000000 ))
    done | sort -n | awk '{ t[NR] = $1 } END { printf "median %d ms, worst %d ms\n", t[int((NR + 1) / 2)], t[NR] }'

    echo "-- visidata"
    python3 "$probe" --runs "$runs" --json "$out" --name "visidata-$accounts" \
        --ready "$accounts rows" --loaded "$accounts rows" \
        --keys 'DOWN,DOWN,DOWN,PGDN,PGUP,|,TYPE:north,ENTER,q=EXIT' \
        -- vd -N "$csv"
done
