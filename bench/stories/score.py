#!/usr/bin/env python3
"""score.py GOLD PRED: pairwise precision, recall and F1 of "same story".
GOLD has {"id", "story"} lines; PRED is wiretrace's JSON Lines output
(its "story" records). A pair of articles counts when both sides put
them in one story; articles missing from PRED count as stories of their
own."""
import json
import sys
from collections import Counter


def pairs(n):
    return n * (n - 1) // 2


def main():
    gold = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        gold[r["id"]] = r["story"]
    pred = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        r = json.loads(line)
        if r.get("type") == "story":
            for d in r["docs"]:
                pred[d] = r["id"]
    for d in gold:
        pred.setdefault(d, "alone:" + d)
    cells = Counter((pred[d], gold[d]) for d in gold)
    tp = sum(pairs(n) for n in cells.values())
    pp = sum(pairs(n) for n in Counter(pred[d] for d in gold).values())
    gp = sum(pairs(n) for n in Counter(gold.values()).values())
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    stories = len(set(pred[d] for d in gold))
    print(f"articles {len(gold)} gold_stories {len(set(gold.values()))} stories {stories} "
          f"pairs_gold {gp} pairs_pred {pp} P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
