/* engine.c: the corpus-wide reuse run: documents in date order, then
 * candidates (candidates.c), alignment (passages.c), near-duplicates and
 * sources (sources.c). */
#include "reuse.h"

#include <stdlib.h>
#include <string.h>

void reuse_options_init(reuse_options *o)
{
    o->threads = 1;
    o->min_words = 15;
    o->fragment_words = 30;
    o->min_evidence = 2.0;
    o->pair_evidence = 2.0;
    o->long_words = 40;
    o->dup_cover = 0.8;
}

void reuse_result_free(reuse_result *r)
{
    free(r->passages);
    free(r->groups);
    free(r->members);
    memset(r, 0, sizeof *r);
}

/* ---- Sorting -------------------------------------------------------------- */

/* Date order of documents: dated before undated, then by time, then input. */
static int cmp_date(const void *p, const void *q, void *ctx)
{
    const reuse_doc *docs = ctx;
    uint32_t x = *(const uint32_t *)p, y = *(const uint32_t *)q;
    const reuse_doc *a = &docs[x], *b = &docs[y];
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->dated && a->epoch != b->epoch) return a->epoch < b->epoch ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void release_fingerprints(reuse_doc *docs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(docs[i].fp);
        docs[i].fp = NULL;
    }
}

wt_status reuse_run(reuse_doc *docs, size_t n, const reuse_options *opt, reuse_result *out)
{
    memset(out, 0, sizeof *out);
    if (n >= REUSE_MAX_DOCS) { /* split the corpus (see docs/REUSE.md) */
        release_fingerprints(docs, n);
        return WT_ERR_LIMIT;
    }
    reuse_run_state rs = {.docs = docs, .n = n, .opt = opt};
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    rs.rank = malloc((n ? n : 1) * sizeof *rs.rank);
    if (!order || !rs.rank) {
        free(order);
        free(rs.rank);
        release_fingerprints(docs, n);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        order[i] = (uint32_t)i;
    qsort_r(order, n, sizeof *order, cmp_date, (void *)docs);
    for (size_t i = 0; i < n; i++)
        rs.rank[order[i]] = (uint32_t)i;
    free(order);

    reuse_raws raw = {0};
    wt_status st = reuse_find_candidates(&rs, out);
    release_fingerprints(docs, n); /* those an early failure left */
    if (!st) st = reuse_align_all(&rs, &raw);
    free(rs.pairs);
    free(rs.common);
    free(rs.templates);
    if (!st) st = reuse_group_duplicates(&rs, &raw, out);
    if (!st) st = reuse_attribute(&rs, &raw, out);
    free(raw.v);
    free(rs.rank);
    if (st) reuse_result_free(out);
    return st;
}
