#!/bin/sh
# bench/ingest.sh: how fast wiretrace reads, normalises and tokenises
# articles (`wiretrace stats`: JSON parsing, UTF-8 checks, UAX #29 words with
# NFKC + case-folded hashes, sentences), beside `wc -w` on the same file.
# Prints MB/s (best of 3 runs, file in the page cache) and peak memory.
#
# Inputs: ../shared/data/bbc-news-2005.jsonl and a 100k-article corpus from
# ../shared/bench/gencorpus.py (made once, kept in $WT_BENCH_DIR).
. "$(dirname "$0")/common.sh"
corpus g100k 100000 1
cores=$(nproc)

# best_of CMD...: the shortest wall time of 3 runs, and the peak RSS (KB).
best_of() {
  best=""; rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$CACHE/.time" "$@" >/dev/null 2>&1
    read -r t m <"$CACHE/.time"
    best=$(echo "$t $best" | awk '{ if ($2 == "" || $1 < $2) print $1; else print $2 }')
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "$best $rss"
}

printf '%-22s %8s | %10s | %12s %12s | %13s | %9s\n' file MB "wc -w MB/s" "wt 1thr MB/s" "wt ${cores}thr MB/s" "wt/core vs wc" "peak MB"
for f in "$SHARED/data/bbc-news-2005.jsonl" "$CACHE/g100k/corpus.jsonl"; do
  cat "$f" >/dev/null
  mb=$(du -m "$f" | awk '{ printf "%.1f", $1 }')
  bytes=$(wc -c <"$f")
  set -- $(best_of wc -w "$f"); wc_t=$1
  set -- $(best_of "$WT" stats -q -j 1 "$f"); one_t=$1
  set -- $(best_of "$WT" stats -q -j "$cores" "$f"); all_t=$1; rss=$2
  awk -v b="$bytes" -v w="$wc_t" -v o="$one_t" -v a="$all_t" -v c="$cores" -v r="$rss" -v n="$(basename "$(dirname "$f")")/$(basename "$f")" -v mb="$mb" 'BEGIN {
    wc = b / 1e6 / (w > 0 ? w : 0.001); one = b / 1e6 / (o > 0 ? o : 0.001); all = b / 1e6 / (a > 0 ? a : 0.001)
    printf "%-22s %8s | %10.1f | %12.1f %12.1f | %12.2fx | %9.1f\n", substr(n, length(n) > 22 ? length(n) - 21 : 1), mb, wc, one, all, all / c / wc, r / 1024 }'
done
