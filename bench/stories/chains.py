#!/usr/bin/env python3
"""chains.py CORPUS TRUTH: story gold for a gencorpus corpus. The generator
plants reuse (near-duplicates, copied passages) between articles; articles
joined by a chain of planted reuse are taken as one story, every other
article as a story of its own. Writes {"id", "story"} lines for score.py.
Its text is a Markov chain with no topics, so this measures whether reuse
links become stories and whether unrelated articles stay apart."""
import json
import sys


def main():
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in open(sys.argv[1], encoding="utf-8"):
        find(json.loads(line)["id"])
    for line in open(sys.argv[2], encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] != "boilerplate":
            parent[find(r["source"])] = find(r["target"])
    for d in list(parent):
        print(json.dumps({"id": d, "story": find(d)}))


if __name__ == "__main__":
    main()
