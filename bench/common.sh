# bench/common.sh: sourced by the benchmarks. Moves to the project root,
# names the shared data ($SHARED), the corpus cache ($CACHE) and the binary
# ($WT, built when missing), and defines corpus NAME DOCS SEED, which makes
# a gencorpus.py corpus in $CACHE/NAME once.
set -eu
cd "$(dirname "$0")/.."
SHARED=${WT_SHARED:-../shared}
CACHE=${WT_BENCH_DIR:-/tmp/wiretrace-bench}
WT=build/wiretrace
[ -x "$WT" ] || { cmake -S . -B build -G Ninja >/dev/null && cmake --build build >/dev/null; }
mkdir -p "$CACHE"

corpus() {
  if [ ! -s "$CACHE/$1/corpus.jsonl" ]; then
    echo "making $1 ($2 articles, seed $3)..." >&2
    python3 "$SHARED/bench/gencorpus.py" --docs "$2" --seed "$3" --out "$CACHE/$1" >/dev/null
  fi
}
