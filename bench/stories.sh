#!/bin/sh
# bench/stories.sh: how well articles are grouped into stories, on corpora
# with known stories made from the BBC set (bench/stories/make_corpus.py)
# and on a gencorpus corpus whose planted reuse chains are taken as stories
# (bench/stories/chains.py), and how long the story pass takes at 100k.
. "$(dirname "$0")/common.sh"
for seed in 1 2; do
  dir="$CACHE/stories-s$seed"
  [ -s "$dir/gold.jsonl" ] || python3 bench/stories/make_corpus.py --base "$SHARED/data/bbc-news-2005.jsonl" \
    --seed "$seed" --out "$dir"
  "$WT" analyze -q "$dir/corpus.jsonl" >"$dir/out.jsonl"
  echo "seed $seed: $(python3 bench/stories/score.py "$dir/gold.jsonl" "$dir/out.jsonl")"
done
corpus c10k-s1 10000 1
python3 bench/stories/chains.py "$CACHE/c10k-s1/corpus.jsonl" "$CACHE/c10k-s1/truth.jsonl" >"$CACHE/c10k-s1.chains.jsonl"
"$WT" analyze -q "$CACHE/c10k-s1/corpus.jsonl" >"$CACHE/c10k-s1.stories.jsonl"
echo "gencorpus 10k, reuse chains as stories: $(python3 bench/stories/score.py "$CACHE/c10k-s1.chains.jsonl" "$CACHE/c10k-s1.stories.jsonl")"
corpus c100k 100000 1
"$WT" analyze -v --no-attrib "$CACHE/c100k/corpus.jsonl" 2>&1 >/dev/null | sed -n 's/.*stories \([0-9.]*s\)).*/100k articles: story pass \1/p'
