#!/bin/sh
# bench/reuse.sh: accuracy, speed and memory of the reuse engine on corpora
# with planted reuse from ../shared/bench/gencorpus.py, beside `wc -w` and
# the peer sim_text (../shared/bench/peer_simtext.py) on the same files.
#
#   bench/reuse.sh            10k (seeds 1, 2, 3) and 100k articles
#   WT_BENCH_1M=1 bench/reuse.sh   also 1M articles (about 12 minutes to make)
#
# Corpora are made once and kept in $WT_BENCH_DIR (default /tmp/wiretrace-bench).
. "$(dirname "$0")/common.sh"

# timed OUT CMD...: runs CMD with stdout to OUT; prints "seconds peak_MB".
timed() {
  out=$1; shift
  /usr/bin/time -f "%e %M" -o "$CACHE/.time" "$@" >"$out" 2>/dev/null
  awk '{ printf "%.2f %.0f", $1, $2 / 1024 }' "$CACHE/.time"
}

score() { # TRUTH PRED -> "P R G plagdet dir dup"
  python3 "$SHARED/bench/score_reuse.py" --json "$1" "$2" | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("%.4f %.4f %.4f %.4f %.4f %s" % (s["precision"], s["recall"], s["granularity"], s["plagdet"], s["direction"], s["dup_recall"]))'
}

sets="c10k-s1:10000:1 c10k-s2:10000:2 c10k-s3:10000:3 c100k:100000:1"
[ "${WT_BENCH_1M:-0}" = 1 ] && sets="$sets c1m:1000000:1"

printf '%-9s %-9s | %-9s %-8s | %-6s %-6s %-6s %-7s %-6s %-6s\n' corpus tool seconds peak_MB P R gran plagdet dir dup
for s in $sets; do
  name=${s%%:*}; rest=${s#*:}; docs=${rest%%:*}; seed=${rest#*:}
  corpus "$name" "$docs" "$seed"
  f="$CACHE/$name/corpus.jsonl"
  cat "$f" >/dev/null
  set -- $(timed /dev/null wc -w "$f")
  printf '%-9s %-9s | %-9s %-8s |\n' "$name" "wc -w" "$1" "$2"
  set -- $(timed "$CACHE/$name.wt.jsonl" "$WT" analyze -q "$f")
  t=$1; m=$2
  set -- $(score "$CACHE/$name/truth.jsonl" "$CACHE/$name.wt.jsonl")
  printf '%-9s %-9s | %-9s %-8s | %-6s %-6s %-6s %-7s %-6s %-6s\n' "$name" wiretrace "$t" "$m" "$@"
  set -- $(timed "$CACHE/$name.wt-na.jsonl" "$WT" analyze -q --no-attrib "$f")
  printf '%-9s %-9s | %-9s %-8s | (the same without the attribution stage)\n' "$name" "wt -noatt" "$1" "$2"
  if [ "$docs" -le 100000 ] && command -v sim_text >/dev/null; then
    /usr/bin/time -f "%e %M" -o "$CACHE/.time" python3 "$SHARED/bench/peer_simtext.py" "$f" "$CACHE/$name.sim.jsonl" \
      2>"$CACHE/.sim.err" >/dev/null
    own=$(sed -n 's/^sim_text_seconds //p' "$CACHE/.sim.err")
    m=$(awk '{ printf "%.0f", $2 / 1024 }' "$CACHE/.time")
    set -- $(score "$CACHE/$name/truth.jsonl" "$CACHE/$name.sim.jsonl")
    printf '%-9s %-9s | %-9s %-8s | %-6s %-6s %-6s %-7s %-6s %-6s\n' "$name" sim_text "$own" "$m" "$@"
  fi
done
echo "seconds: wall time of the whole run (wiretrace: read, extract, tokenise, attribute, find reuse, write JSON Lines;"
echo "sim_text: its own run, as peer_simtext.py reports it). peak_MB: peak resident memory. Cores: $(nproc)."
