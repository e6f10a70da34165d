#!/bin/sh
# bench/report.sh: the HTML report of a 10k-article gencorpus corpus: its
# size, the time to write it, and how responsive it is in Chromium.
. "$(dirname "$0")/common.sh"
corpus c10k-s1 10000 1
out="$CACHE/c10k-s1.report.html"
/usr/bin/time -f "analyze + report: %e s, peak %M KB" "$WT" analyze -q --jsonl /dev/null --html "$out" "$CACHE/c10k-s1/corpus.jsonl"
echo "report size: $(du -m "$out" | cut -f1) MB"
node bench/report.mjs "$out"
