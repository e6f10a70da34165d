/* sources.c: what the aligned passages mean. Pairs covering most of both
 * articles are near-duplicates, grouped by union-find; then each region of
 * an article is credited to its single best source, the earlier article
 * (or, undated, the article taken whole into a longer one). */
#include "reuse.h"

#include <stdlib.h>
#include <string.h>

#define WHOLE_SHARE 0.9 /* a passage this much of an article is all of it... */
#define PART_SHARE  0.5 /* ...and this little of the other is a part of it */

typedef struct scored {
    uint32_t idx;    /* into the raw passages */
    uint32_t target; /* the later document */
    uint32_t src_rank;
    uint64_t score; /* matching words, then identity, for ordering */
} scored;

static int cmp_scored(const void *p, const void *q)
{
    const scored *x = p, *y = q;
    if (x->target != y->target) return x->target < y->target ? -1 : 1;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    if (x->src_rank != y->src_rank) return x->src_rank < y->src_rank ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int cmp_passage(const void *p, const void *q)
{
    const reuse_passage *x = p, *y = q;
    if (x->a != y->a) return x->a < y->a ? -1 : 1;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    if (x->a_start != y->a_start) return x->a_start < y->a_start ? -1 : 1;
    return x->b_start < y->b_start ? -1 : x->b_start > y->b_start;
}

static uint32_t find_root(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

/* 1 when words make up at least share of total. */
static int covers(uint32_t words, uint32_t total, double share)
{
    return total && (double)words >= share * (double)total;
}

/* Credits each region of an article to its single best source, so that a
 * copy of a copy is linked to the copy it came from, not to every
 * article further up the chain. */
wt_status reuse_attribute(reuse_run_state *rs, reuse_raws *raw, reuse_result *out)
{
    size_t n = raw->n;
    scored *sc = malloc((n ? n : 1) * sizeof *sc);
    uint8_t *keep = calloc(n ? n : 1, 1);
    if (!sc || !keep) {
        free(sc);
        free(keep);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const reuse_raw *r = &raw->v[i];
        int lo_first = rs->rank[r->lo] < rs->rank[r->hi];
        uint32_t longer = WT_MAX(r->lo_words, r->hi_words);
        uint32_t permille = longer ? (uint32_t)((uint64_t)r->words * 1000 / longer) : 0;
        sc[i] = (scored){(uint32_t)i, lo_first ? r->hi : r->lo, rs->rank[lo_first ? r->lo : r->hi],
                         (uint64_t)r->words << 16 | permille};
    }
    qsort(sc, n, sizeof *sc, cmp_scored);
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && sc[e].target == sc[s].target)
            e++;
        for (size_t x = s; x < e; x++) {
            const reuse_raw *r = &raw->v[sc[x].idx];
            int t_hi = sc[x].target == r->hi;
            uint32_t ts = t_hi ? r->hi_start : r->lo_start, te = t_hi ? r->hi_end : r->lo_end;
            uint64_t covered = 0;
            for (size_t y = s; y < x; y++) {
                if (!keep[sc[y].idx]) continue;
                const reuse_raw *q = &raw->v[sc[y].idx];
                int q_hi = sc[y].target == q->hi;
                uint32_t qs = q_hi ? q->hi_start : q->lo_start, qe = q_hi ? q->hi_end : q->lo_end;
                if (qs < te && ts < qe) covered += WT_MIN(te, qe) - WT_MAX(ts, qs);
            }
            keep[sc[x].idx] = covered * 2 <= (uint64_t)(te - ts);
        }
        s = e;
    }
    free(sc);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        kept += keep[i];
    out->passages = malloc((kept ? kept : 1) * sizeof *out->passages);
    if (!out->passages) {
        free(keep);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        if (!keep[i]) continue;
        const reuse_raw *r = &raw->v[i];
        const reuse_doc *dl = &rs->docs[r->lo], *dh = &rs->docs[r->hi];
        int lo_first = rs->rank[r->lo] < rs->rank[r->hi];
        int known = dl->dated && dh->dated && dl->epoch != dh->epoch;
        if (!known && !(dl->dated && dh->dated)) {
            /* Without dates: an article taken whole into a longer one is
             * the source (a wire item picked up inside a local story). */
            int whole_lo = covers(r->lo_words, dl->words, WHOLE_SHARE),
                whole_hi = covers(r->hi_words, dh->words, WHOLE_SHARE);
            int part_lo = !covers(r->lo_words, dl->words, PART_SHARE),
                part_hi = !covers(r->hi_words, dh->words, PART_SHARE);
            if (whole_lo && part_hi)
                known = 1, lo_first = 1;
            else if (whole_hi && part_lo)
                known = 1, lo_first = 0;
        }
        uint32_t longer = WT_MAX(r->lo_words, r->hi_words);
        reuse_passage p = {
            .a = lo_first ? r->lo : r->hi,
            .b = lo_first ? r->hi : r->lo,
            .a_start = lo_first ? r->lo_start : r->hi_start,
            .a_end = lo_first ? r->lo_end : r->hi_end,
            .b_start = lo_first ? r->hi_start : r->lo_start,
            .b_end = lo_first ? r->hi_end : r->lo_end,
            .words = r->words,
            .identity = longer ? (float)r->words / (float)longer : 0.0f,
            .source_known = known,
        };
        out->passages[out->n_passages++] = p;
    }
    free(keep);
    qsort(out->passages, out->n_passages, sizeof *out->passages, cmp_passage);
    return WT_OK;
}

static int cmp_edge(const void *p, const void *q)
{
    const uint64_t *x = p, *y = q;
    return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Near-duplicates: pairs whose passages cover most of both articles,
 * joined by union-find into groups. */
wt_status reuse_group_duplicates(reuse_run_state *rs, const reuse_raws *raw, reuse_result *out)
{
    uint32_t *parent = malloc((rs->n ? rs->n : 1) * sizeof *parent);
    float *sim = malloc((rs->n ? rs->n : 1) * sizeof *sim);
    uint64_t *joins = malloc((raw->n ? raw->n : 1) * 2 * sizeof *joins);
    if (!parent || !sim || !joins) {
        free(parent);
        free(sim);
        free(joins);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < rs->n; i++)
        parent[i] = (uint32_t)i, sim[i] = 1.0f;
    /* Raw passages come grouped by pair: sum each pair's cover. */
    size_t nj = 0;
    for (size_t s = 0; s < raw->n;) {
        size_t e = s;
        uint64_t lw = 0, hw = 0, w = 0;
        for (; e < raw->n && raw->v[e].lo == raw->v[s].lo && raw->v[e].hi == raw->v[s].hi; e++)
            lw += raw->v[e].lo_words, hw += raw->v[e].hi_words, w += raw->v[e].words;
        const reuse_raw *r = &raw->v[s];
        uint32_t nl = rs->docs[r->lo].words, nh = rs->docs[r->hi].words;
        if (nl && nh && (double)lw >= rs->opt->dup_cover * nl && (double)hw >= rs->opt->dup_cover * nh) {
            float similarity = (float)w / (float)WT_MAX(nl, nh);
            uint32_t bits;
            memcpy(&bits, &similarity, sizeof bits);
            joins[2 * nj] = (uint64_t)r->lo << 32 | r->hi;
            joins[2 * nj + 1] = bits;
            nj++;
        }
        s = e;
    }
    qsort(joins, nj, 2 * sizeof *joins, cmp_edge);
    for (size_t k = 0; k < nj; k++) {
        uint32_t x = find_root(parent, (uint32_t)(joins[2 * k] >> 32)),
                 y = find_root(parent, (uint32_t)joins[2 * k]);
        float s;
        uint32_t bits = (uint32_t)joins[2 * k + 1];
        memcpy(&s, &bits, sizeof s);
        if (x == y) {
            continue;
        }
        if (y < x) {
            uint32_t t = x;
            x = y;
            y = t;
        }
        parent[y] = x;
        sim[x] = WT_MIN(WT_MIN(sim[x], sim[y]), s);
    }
    free(joins);
    /* Members of each group, ascending; groups ordered by first member. */
    uint32_t *size = calloc(rs->n ? rs->n : 1, sizeof *size);
    if (!size) {
        free(parent);
        free(sim);
        return WT_ERR_NOMEM;
    }
    size_t members = 0, groups = 0;
    for (size_t i = 0; i < rs->n; i++)
        size[find_root(parent, (uint32_t)i)]++;
    for (size_t i = 0; i < rs->n; i++)
        if (parent[i] == i && size[i] > 1) groups++, members += size[i];
    out->groups = malloc((groups ? groups : 1) * sizeof *out->groups);
    out->members = malloc((members ? members : 1) * sizeof *out->members);
    uint32_t *slot = malloc((rs->n ? rs->n : 1) * sizeof *slot);
    wt_status st = out->groups && out->members && slot ? WT_OK : WT_ERR_NOMEM;
    if (!st) {
        uint32_t at = 0;
        for (size_t i = 0; i < rs->n; i++) {
            if (parent[i] != i || size[i] < 2) continue;
            slot[i] = (uint32_t)out->n_groups;
            out->groups[out->n_groups++] = (reuse_group){at, 0, sim[i]};
            at += size[i];
        }
        for (size_t i = 0; i < rs->n; i++) {
            uint32_t r = find_root(parent, (uint32_t)i);
            if (size[r] < 2) continue;
            reuse_group *g = &out->groups[slot[r]];
            out->members[g->first + g->n++] = (uint32_t)i;
        }
    }
    free(slot);
    free(size);
    free(parent);
    free(sim);
    return st;
}
