#!/bin/sh
# bench/attrib.sh: speed of the attribution stage, per core. Runs analyze on
# one thread with and without attributions (reuse and stories off, output
# discarded), best of three each; the difference is the stage's own time.
# Then the accuracy on PolNeAR dev (score_attrib.py) and the share of BBC
# quotations that get a speaker.
. "$(dirname "$0")/common.sh"
corpus c10k-s1 10000 1
best() { # best wall time of three runs of "$@"
  b=""
  for _ in 1 2 3; do
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    b=$(echo "$s $e ${b:-999999}" | awk '{t = $2 - $1; print (t < $3 ? t : $3)}')
  done
  echo "$b"
}
for input in "$CACHE/c10k-s1/corpus.jsonl" "$SHARED/data/bbc-news-2005.jsonl"; do
  text=$("$WT" stats -j 1 "$input" | awk '$1 == "text_bytes" {print $2}')
  with=$(best "$WT" analyze -q -j 1 --no-reuse --no-stories --jsonl /dev/null "$input")
  without=$(best "$WT" analyze -q -j 1 --no-reuse --no-stories --no-attrib --jsonl /dev/null "$input")
  echo "$(basename "$(dirname "$input")")/$(basename "$input"): $text text bytes; 1 thread: with attribution ${with}s, without ${without}s" |
    sed "s#^[^/]*/bbc#bbc#"
  echo "$text $with $without" | awk '{d = $2 - $3; if (d <= 0) d = 0.001;
    printf "  attribution stage alone: %.1f MB/s per core; whole analyze with it: %.1f MB/s per core\n", $1 / 1e6 / d, $1 / 1e6 / $2}'
done
"$WT" analyze -q --no-reuse "$SHARED/data/polnear/dev.jsonl" >"$CACHE/polnear-dev.jsonl"
echo "PolNeAR dev:"
python3 "$SHARED/bench/score_attrib.py" "$SHARED/data/polnear/dev.gold.jsonl" "$CACHE/polnear-dev.jsonl"
"$WT" analyze -q --no-reuse "$SHARED/data/bbc-news-2005.jsonl" >"$CACHE/bbc.jsonl"
python3 - "$CACHE/bbc.jsonl" <<'PY'
# The share of BBC quotations (a pair of quotation marks around three or
# more words, in one paragraph) that wiretrace gives a speaker.
import json, re, sys
from collections import defaultdict
QUOTE = re.compile(r'"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d')
texts, spans = {}, defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["type"] == "document":
        texts[r["id"]] = r["text"].encode("utf-8")
    elif r["type"] == "attribution" and r["direct"] and r["speaker"] is not None:
        spans[r["doc"]].append((r["content"]["start"], r["content"]["end"]))
total = attributed = 0
for doc, raw in texts.items():
    text = raw.decode("utf-8")
    for m in QUOTE.finditer(text):
        inner = m.group(1) or m.group(2)
        if len(inner.split()) < 3:
            continue
        s = len(text[:m.start()].encode("utf-8"))
        e = s + len(m.group(0).encode("utf-8"))
        total += 1
        attributed += any(a < e and b > s for a, b in spans[doc])
print(f"BBC: {total} quotations of 3+ words, {attributed} given a speaker ({attributed / max(total, 1):.1%})")
PY
