#!/usr/bin/env python3
"""make_corpus.py: a corpus with known stories, for measuring how well
wiretrace groups articles into stories.

Each story starts from one real article of the base set (JSON Lines with
id/title/text, e.g. the BBC set in ../shared). Several outlets then cover
it within three days, each differently: some take another part of the
report (no shared text, only the same names and terms), some drop and
reorder sentences, some copy the lead paragraph word for word (as wire
copy does). Other base articles appear once, as stories of their own.
Dates spread the stories over a few months, so unrelated stories on the
same subject (the base set has many) overlap in time, as in real news.

Writes corpus.jsonl (id, outlet, date, title, text) and gold.jsonl
(id, story)."""
import argparse
import json
import os
import random
import re
import time

OUTLETS = ["Harbor Ledger", "Northbay Herald", "Coastline Wire", "Port Lume Gazette", "Tidewater Daily News",
           "Lume Valley Radio", "The Civic Notebook", "Kestrel Island Times", "Saltmarsh Post", "Greyfen Courier",
           "Marrow Bay Tribune", "Eastreach Journal"]
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def variant(rng, pars, kind):
    n = len(pars)
    if kind == "part":       # another part of the report
        k = max(2, int(n * rng.uniform(0.35, 0.6)))
        s = rng.randrange(0, max(1, n - k + 1))
        out = pars[s:s + k]
    elif kind == "rewrite":  # sentences dropped and reordered within paragraphs
        out = []
        for p in pars:
            ss = SENT.split(p)
            keep = [x for x in ss if rng.random() > 0.35]
            if len(keep) > 1 and rng.random() < 0.5:
                keep.reverse()
            if keep:
                out.append(" ".join(keep))
    else:                    # wire copy: the lead word for word, then a part
        k = max(1, int(n * rng.uniform(0.2, 0.4)))
        s = rng.randrange(1, max(2, n - k + 1))
        out = pars[:1] + pars[s:s + k]
    return out or pars[:1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--stories", type=int, default=300)
    ap.add_argument("--singles", type=int, default=300)
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    seen, base = set(), []
    for line in open(a.base, encoding="utf-8"):
        d = json.loads(line)
        key = re.sub(r"\W+", " ", d["text"][:400]).lower()
        if key in seen or len(paragraphs(d["text"])) < 4:
            continue
        seen.add(key)
        base.append(d)
    rng.shuffle(base)
    need = a.stories + a.singles
    if need > len(base):
        raise SystemExit(f"the base set has only {len(base)} usable articles")
    t0 = 1767225600  # 2026-01-01
    docs, gold = [], []
    for i, d in enumerate(base[:need]):
        story = f"t{i}"
        start = t0 + rng.randrange(a.days * 86400)
        pars = paragraphs(d["text"])
        copies = 1 if i >= a.stories else rng.randint(2, 6)
        outlets = rng.sample(OUTLETS, copies)
        for c in range(copies):
            if c == 0:
                text, title, when = pars, d["title"], start
            else:
                kind = rng.choice(["part", "rewrite", "wire"])
                text = variant(rng, pars, kind)
                title = d["title"] if rng.random() < 0.4 else None
                when = start + rng.randrange(3 * 86400)
            did = "d%08x" % rng.getrandbits(32)
            rec = {"id": did, "outlet": outlets[c],
                   "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when)),
                   "text": "\n\n".join(text)}
            if title:
                rec["title"] = title
            docs.append(rec)
            gold.append({"id": did, "story": story})
    order = list(range(len(docs)))
    rng.shuffle(order)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for k in order:
            f.write(json.dumps(docs[k], ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for k in order:
            f.write(json.dumps(gold[k]) + "\n")


if __name__ == "__main__":
    main()
