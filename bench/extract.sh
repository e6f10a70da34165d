#!/bin/sh
# bench/extract.sh: article extraction on Mozilla Readability's test pages
# (../shared/data/readability-pages), scored by score_extract.py, beside
# Readability.js itself (npm @mozilla/readability on jsdom, installed once
# into $WT_BENCH_DIR). Prints F1, pages/s and MB/s for both.
. "$(dirname "$0")/common.sh"
PAGES="$SHARED/data/readability-pages/pages"
GOLD="$SHARED/data/readability-pages/gold.jsonl"
npages=$(ls "$PAGES"/*.html | wc -l)
mb=$(cat "$PAGES"/*.html | wc -c | awk '{ print $1 / 1e6 }')

f1() { python3 "$SHARED/bench/score_extract.py" --json "$GOLD" "$1" | python3 -c 'import json, sys
s = json.load(sys.stdin); print("%.4f %.4f %.4f" % (s["F1"], s["precision"], s["recall"]))'; }

printf '%-22s | %-6s %-6s %-6s | %-9s %-9s %-8s\n' tool F1 P R seconds pages/s MB/s
for j in 1 2; do
  best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$CACHE/.time" "$WT" analyze -q --no-reuse -j "$j" "$PAGES" >"$CACHE/extract.wt.jsonl"
    t=$(cat "$CACHE/.time"); best=$(echo "$t $best" | awk '{ if ($2 == "" || $1 < $2) print $1; else print $2 }')
  done
  set -- $(f1 "$CACHE/extract.wt.jsonl")
  awk -v n="$npages" -v mb="$mb" -v t="$best" -v f="$1" -v p="$2" -v r="$3" -v j="$j" 'BEGIN {
    t = t > 0 ? t : 0.01; printf "%-22s | %-6s %-6s %-6s | %-9.2f %-9.0f %-8.1f\n", "wiretrace -j " j, f, p, r, t, n / t, mb / t }'
done

if command -v node >/dev/null; then
  R="$CACHE/readability"
  if [ ! -d "$R/node_modules/@mozilla/readability" ]; then
    mkdir -p "$R" && cp bench/extract/package.json "$R/"
    (cd "$R" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) || echo "npm install failed" >&2
  fi
  cp bench/extract/readability.mjs "$R/"
  node "$R/readability.mjs" "$PAGES" "$CACHE/extract.rd.jsonl" 2>"$CACHE/.rd.err"
  t=$(sed -n 's/^readability_seconds //p' "$CACHE/.rd.err")
  set -- $(f1 "$CACHE/extract.rd.jsonl")
  awk -v n="$npages" -v mb="$mb" -v t="$t" -v f="$1" -v p="$2" -v r="$3" 'BEGIN {
    t = t > 0 ? t : 0.01; printf "%-22s | %-6s %-6s %-6s | %-9.2f %-9.1f %-8.1f\n", "Readability.js (jsdom)", f, p, r, t, n / t, mb / t }'
fi
echo "$npages pages, $mb MB. wiretrace: whole run (read, decode, parse, extract, junk, write JSON Lines);"
echo "Readability.js: its own loop (jsdom parse + extraction), without Node start-up."
