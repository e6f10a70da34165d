#!/bin/sh
# bench/stories.sh: how well articles are grouped into stories, on corpora
# with known stories made from the BBC set (bench/stories/make_corpus.py),
# and how long the story pass takes on the 100k gencorpus corpus.
. "$(dirname "$0")/common.sh"
for seed in 1 2; do
  dir="$CACHE/stories-s$seed"
  [ -s "$dir/gold.jsonl" ] || python3 bench/stories/make_corpus.py --base "$SHARED/data/bbc-news-2005.jsonl" \
    --seed "$seed" --out "$dir"
  "$WT" analyze -q "$dir/corpus.jsonl" >"$dir/out.jsonl"
  echo "seed $seed: $(python3 bench/stories/score.py "$dir/gold.jsonl" "$dir/out.jsonl")"
done
corpus c100k 100000 1
"$WT" analyze -v --no-attrib "$CACHE/c100k/corpus.jsonl" 2>&1 >/dev/null | sed -n 's/.*stories \([0-9.]*s\)).*/100k articles: story pass \1/p'
