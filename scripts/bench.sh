#!/usr/bin/env bash
# make bench: import speed, memory and report latency, measured side by side with SQLite's own limit.
#
# 1. Writes a deterministic corpus (relations-corpus) of 10,000 and 100,000 articles as JSON Lines,
#    and 10,000 as .txt files.
# 2. Imports each into a fresh database with `relations import` (median of BENCH_RUNS runs for 10,000),
#    and, in the same run, loads the same JSON Lines into an FTS5 table with the sqlite3 shell: the
#    storage limit on this machine. Prints articles/s, MB/s, peak RSS, database size and the ratio.
# 3. Re-imports the unchanged 100,000 and times every canned report on that database, then again with the most
#    frequent country (Russia: the most rows to find and order).
#
# Environment: BENCH_DIR (default ./bench-out), BENCH_LARGE (default 100000), BENCH_RUNS (default 3),
# BENCH_BIN (default .build/release/relations; another build, such as an older commit's, to compare).
# RELATIONS_PHASES=1 makes each import print the CPU time of its phases to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${BENCH_DIR:-bench-out}
LARGE=${BENCH_LARGE:-100000}
RUNS=${BENCH_RUNS:-3}
BIN=${BENCH_BIN:-.build/release/relations}
GEN=.build/release/relations-corpus
mkdir -p "$DIR"

command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 shell is needed (apt-get install sqlite3)"; exit 1; }
command -v bc >/dev/null || { echo "bench: bc is needed (apt-get install bc)"; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed for peak RSS (apt-get install time)"; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(sqlite3 --version | cut -d' ' -f1-2)"
# A corpus is written again when the generator is newer than it (a changed generator writes other articles).
fresh() { [ -e "$1" ] && [ ! "$GEN" -nt "$1" ]; }
fresh "$DIR/c10k.jsonl" || $GEN --count 10000 --format jsonl --out "$DIR/c10k.jsonl"
fresh "$DIR/c$LARGE.jsonl" || $GEN --count "$LARGE" --format jsonl --out "$DIR/c$LARGE.jsonl"
fresh "$DIR/c10k-txt" || { rm -rf "$DIR/c10k-txt"; $GEN --count 10000 --format txt --out "$DIR/c10k-txt"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
mb() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc -l; }

# One import into a fresh database: prints "seconds peak_rss_kb db_bytes".
import_once() {
    local input=$1 db=$2
    rm -f "$db" "$db-wal" "$db-shm"
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" $BIN import "$input" --db "$db" --quiet
    echo "$(cat "$DIR/time.txt") $(stat -c %s "$db")"
}

# The storage limit: the sqlite3 shell loading the same JSON Lines into an FTS5 table.
fts_once() {
    local input=$1 db=$2
    rm -f "$db"
    local start end
    start=$(date +%s.%N)
    sqlite3 "$db" <<SQL >/dev/null
CREATE TABLE raw(line TEXT);
.mode ascii
.separator "\037" "\n"
.import $input raw
CREATE VIRTUAL TABLE articles USING fts5(url, title, body, tokenize='porter unicode61');
INSERT INTO articles SELECT json_extract(line,'\$.url'), json_extract(line,'\$.title'), json_extract(line,'\$.text') FROM raw;
SQL
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

report() { # label articles seconds megabytes rss_kb db_bytes
    printf "%-34s %8d articles  %7.2f s  %8.0f articles/s  %6.1f MB/s  peak RSS %4d MB  db %5d MB\n" \
        "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)" "$(echo "$4 / $3" | bc -l)" "$(($5 / 1024))" "$(($6 / 1048576))"
}

echo
echo "== import, 10,000 articles (median of $RUNS, interleaved with the storage limit)"
ours=(); limit=(); rss=0; size=0
for _ in $(seq "$RUNS"); do
    read -r s r b < <(import_once "$DIR/c10k.jsonl" "$DIR/b10k.db"); ours+=("$s"); rss=$r; size=$b
    limit+=("$(fts_once "$DIR/c10k.jsonl" "$DIR/fts10k.db")")
done
o10=$(printf "%s\n" "${ours[@]}" | median); l10=$(printf "%s\n" "${limit[@]}" | median)
report "relations import (jsonl)" 10000 "$o10" "$(mb "$DIR/c10k.jsonl")" "$rss" "$size"
printf "%-34s %8d articles  %7.2f s  %8.0f articles/s\n" "sqlite3 shell into FTS5 (limit)" 10000 "$l10" "$(echo "10000 / $l10" | bc -l)"
printf "ratio relations / limit: %.0f%%\n" "$(echo "100 * $l10 / $o10" | bc -l)"
read -r s r b < <(import_once "$DIR/c10k-txt" "$DIR/b10k-txt.db")
report "relations import (10,000 .txt)" 10000 "$s" "$(du -sm "$DIR/c10k-txt" | cut -f1)" "$r" "$b"

echo
echo "== import, $LARGE articles"
read -r o100 r100 b100 < <(import_once "$DIR/c$LARGE.jsonl" "$DIR/b$LARGE.db")
report "relations import (jsonl)" "$LARGE" "$o100" "$(mb "$DIR/c$LARGE.jsonl")" "$r100" "$b100"
l100=$(fts_once "$DIR/c$LARGE.jsonl" "$DIR/fts$LARGE.db")
printf "%-34s %8d articles  %7.2f s  %8.0f articles/s\n" "sqlite3 shell into FTS5 (limit)" "$LARGE" "$l100" "$(echo "$LARGE / $l100" | bc -l)"
printf "ratio relations / limit: %.0f%%\n" "$(echo "100 * $l100 / $o100" | bc -l)"
printf "growth 10,000 -> %d: %.1fx the time for %.0fx the articles\n" "$LARGE" "$(echo "$o100 / $o10" | bc -l)" "$(echo "$LARGE / 10000" | bc -l)"

echo
echo "== re-import of the unchanged $LARGE"
/usr/bin/time -f "%e %M" -o "$DIR/time.txt" $BIN import "$DIR/c$LARGE.jsonl" --db "$DIR/b$LARGE.db" --quiet
read -r again againrss < "$DIR/time.txt"
printf "re-import: %.2f s (%.1f%% of the first import), peak RSS %d MB\n" "$again" "$(echo "100 * $again / $o100" | bc -l)" "$((againrss / 1024))"

echo
echo "== canned reports on the $LARGE-article database (median of 5 runs, whole command)"
run_report() {
    local times=()
    for _ in 1 2 3 4 5; do times+=("$(seconds $BIN query "$@" --db "$DIR/b$LARGE.db" --format tsv)"); done
    printf "%-55s %6.1f ms\n" "query $*" "$(printf "%s\n" "${times[@]}" | median | awk '{print $1 * 1000}')"
}
run_report anniversaries --year 2017
run_report anniversaries --country Armenia
run_report leaders --country Kazakhstan --on 2017-12-30
run_report members --org CSTO --on 2020-01-01
run_report messages --year 2017 --to Kazakhstan
run_report messages --year 2017 --from Russia --not-greeted CIS
run_report country Armenia
run_report organisations
run_report articles --from 2017-01 --to 2017-03 --country Belarus
run_report timeline --country Tajikistan
run_report pair Russia Kazakhstan
run_report conflicts
echo
echo "== the same reports for the most frequent country (Russia is in every article of this corpus: the most rows to read)"
run_report anniversaries --country Russia
run_report leaders --country Russia
run_report leaders --on 2017-12-30
run_report messages --from Russia
run_report messages --to Russia
run_report country Russia
run_report articles --country Russia
run_report articles
run_report timeline --country Russia
run_report conflicts --country Russia
run_report anniversaries
run_report articles --org CIS
run_report messages --kind condolence

echo
echo "== filters that match few or many rows (0013: counted first; every row, none, a month, a year)"
run_report anniversaries --subject "diplomatic relations"
run_report anniversaries --subject "Treaty"
run_report messages --occasion "anniversary"
run_report messages --occasion "New Year"
run_report leaders --on 2017
run_report leaders --on 2017-12
printf "%-55s %6.1f ms\n" "relations --version (process start-up, for scale)" "$(for _ in 1 2 3 4 5; do seconds $BIN --version; done | median | awk '{print $1 * 1000}')"
