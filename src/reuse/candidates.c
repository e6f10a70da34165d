/* candidates.c: the pairs of articles worth aligning. All fingerprints go
 * into one index sorted by hash; each run of equal hashes is a bucket. A
 * bucket gives its documents links weighed 1/(df - 1), small buckets to all
 * pairs and big ones to the earliest and the previous document; a pair is a
 * candidate when its links add up to enough evidence. Buckets mostly from
 * one outlet are its templates and give none (docs/REUSE.md). */
#include "reuse.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#define TEMPLATE_MIN_DF 8 /* a bucket this big from one outlet may be its template */
#define TEMPLATE_SHARE  0.9
#define SMALL_BUCKET    8                  /* buckets up to this size link all their pairs */
#define EDGE_SLICE      ((size_t)64 << 20) /* links sorted at a time (512 MiB) */

/* An edge of the candidate graph in one word: a weight of evidence in the
 * top 16 bits (65535 for a fingerprint two documents share alone), the pair
 * below, each document in EDGE_BITS bits. */
#define EDGE_BITS    24
#define EDGE_DOCS    REUSE_MAX_DOCS
#define EDGE_PAIR(e) ((e) & (((uint64_t)1 << (2 * EDGE_BITS)) - 1))

/* ---- Candidates ------------------------------------------------------------ */

typedef struct u64vec {
    uint64_t *v;
    size_t n, cap;
} u64vec;

static wt_status push64(u64vec *x, uint64_t v)
{
    if (x->n == x->cap) {
        wt_status st = wt_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v, REUSE_MAX_ITEMS);
        if (st) return st;
    }
    x->v[x->n++] = v;
    return WT_OK;
}

typedef struct edgevec {
    uint64_t *v;
    size_t n, cap;
} edgevec;

static wt_status push_edge(edgevec *x, uint32_t d1, uint32_t d2, uint64_t weight)
{
    if (x->n == x->cap) {
        wt_status st = wt_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v, REUSE_MAX_ITEMS);
        if (st) return st;
    }
    uint64_t lo = d1 < d2 ? d1 : d2, hi = d1 < d2 ? d2 : d1;
    x->v[x->n++] = weight << (2 * EDGE_BITS) | lo << EDGE_BITS | hi;
    return WT_OK;
}

static int cmp_by_rank(const void *p, const void *q, void *ctx)
{
    const uint32_t *rank = ctx;
    uint32_t x = rank[*(const uint32_t *)p], y = rank[*(const uint32_t *)q];
    return x < y ? -1 : x > y;
}

/* The evidence one shared fingerprint gives a pair: its bucket's one unit
 * split over the df - 1 links it makes. (A floor under it, so that many
 * common fingerprints add up, cost more precision than it gained recall.) */
double reuse_fingerprint_weight(size_t df)
{
    return 1.0 / (double)(df - 1);
}

/* 1 when most of the bucket's documents come from one known outlet. */
static int is_template(const reuse_run_state *rs, const uint32_t *ids, size_t df)
{
    if (df < TEMPLATE_MIN_DF) return 0;
    uint32_t cand = 0;
    size_t votes = 0;
    for (size_t k = 0; k < df; k++) { /* Boyer-Moore majority vote */
        uint32_t o = rs->docs[ids[k]].outlet;
        if (votes == 0)
            cand = o, votes = 1;
        else
            votes += o == cand ? 1 : (size_t)-1;
    }
    if (cand == 0) return 0;
    size_t same = 0;
    for (size_t k = 0; k < df; k++)
        same += rs->docs[ids[k]].outlet == cand;
    return (double)same >= TEMPLATE_SHARE * (double)df;
}

/* Where the links of a bucket scan go: counted per lower document, or
 * written when their lower document is in [lo_from, lo_to). */
typedef struct linker {
    uint32_t *per_lo; /* counting: links per lower document */
    edgevec *edges;   /* writing */
    uint32_t lo_from, lo_to;
} linker;

static wt_status link_pair(linker *k, uint32_t d1, uint32_t d2, uint64_t w)
{
    uint32_t lo = d1 < d2 ? d1 : d2;
    if (k->per_lo) {
        k->per_lo[lo]++;
        return WT_OK;
    }
    return lo >= k->lo_from && lo < k->lo_to ? push_edge(k->edges, d1, d2, w) : WT_OK;
}

/* Walks the buckets of the sorted index, handing each link to k. When
 * counting, it also records the common and template fingerprints. */
static wt_status scan_buckets(reuse_run_state *rs, const uint64_t *ent, size_t total, linker *k)
{
    uint32_t *ids = NULL;
    size_t ids_cap = 0, common_cap = 0;
    int record = k->per_lo != NULL;
    wt_status st = WT_OK;
    for (size_t s = 0; s < total && !st;) {
        size_t e = s + 1;
        while (e < total && ent[e] >> 32 == ent[s] >> 32)
            e++;
        if (e - s >= 2 && (st = wt_grow((void **)&ids, &ids_cap, e - s, sizeof *ids, REUSE_MAX_ITEMS))) break;
        size_t df = 0;
        for (size_t x = s; x < e && e - s >= 2; x++) {
            uint32_t d = (uint32_t)ent[x];
            if (df == 0 || ids[df - 1] != d) ids[df++] = d;
        }
        uint64_t hash = ent[s] >> 32;
        s = e;
        if (df < 2) continue;
        int tmpl = is_template(rs, ids, df);
        if (record && (df >= 3 || tmpl)) {
            /* Remembered for weighing passages; a template weighs nothing. */
            uint64_t c = hash << 32 | (tmpl ? UINT32_MAX : (uint32_t)df);
            if (rs->n_common == common_cap &&
                (st = wt_grow((void **)&rs->common, &common_cap, rs->n_common + 1, sizeof *rs->common,
                              REUSE_MAX_ITEMS)))
                break;
            rs->common[rs->n_common++] = c;
        }
        if (tmpl) {
            if (!record) continue;
            if (rs->n_templates == rs->templates_cap &&
                (st = wt_grow((void **)&rs->templates, &rs->templates_cap, rs->n_templates + 1,
                              sizeof *rs->templates, REUSE_MAX_ITEMS)))
                break;
            rs->templates[rs->n_templates++] = (uint32_t)hash;
            rs->template_bits[(hash >> 3) & (REUSE_TEMPLATE_BITS / 8 - 1)] |= (uint8_t)(1u << (hash & 7));
            continue;
        }
        /* A small bucket links all its pairs. A big one (a syndicated story)
         * links each document to the earliest and to the one just before
         * it, so the copy meets its likely source without all pairs. */
        uint64_t w = (uint64_t)(65535.0 * reuse_fingerprint_weight(df));
        if (w == 0) continue; /* a bucket this big carries no evidence */
        if (df <= SMALL_BUCKET) {
            for (size_t x = 1; x < df && !st; x++)
                for (size_t y = 0; y < x && !st; y++)
                    st = link_pair(k, ids[y], ids[x], w);
            continue;
        }
        qsort_r(ids, df, sizeof *ids, cmp_by_rank, rs->rank);
        for (size_t x = 1; x < df && !st; x++) {
            st = link_pair(k, ids[0], ids[x], w);
            if (!st && x > 1) st = link_pair(k, ids[x - 1], ids[x], w);
        }
    }
    free(ids);
    return st;
}

/* Candidate pairs. Each fingerprint bucket of df documents hands out one
 * unit of evidence, split over the df - 1 links it makes: a pair of articles
 * that share many fingerprints nobody else has collects a lot, a pair that
 * shares only phrases common to many articles (stock phrases, a quote
 * everybody ran) collects little. Syndicated copies still qualify, since
 * they share hundreds of fingerprints. */
wt_status reuse_find_candidates(reuse_run_state *rs, reuse_result *out)
{
    size_t total = 0;
    for (size_t i = 0; i < rs->n; i++)
        total += rs->docs[i].nfp;
    out->fingerprints = total;
    uint64_t *ent = malloc((total ? total : 1) * sizeof *ent);
    if (!ent) return WT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < rs->n; i++) {
        for (uint32_t f = 0; f < rs->docs[i].nfp; f++)
            ent[k++] = (uint64_t)rs->docs[i].fp[f] << 32 | (uint32_t)i;
        free(rs->docs[i].fp); /* the index holds them now */
        rs->docs[i].fp = NULL;
    }
#ifdef __GLIBC__
    /* The fingerprint arrays were small blocks all over the heap; hand the
     * pages back before the big sorts need memory of their own. */
    malloc_trim(0);
#endif
    wt_status st =
        reuse_radix_sort(ent, total, 32, 64, rs->opt->threads); /* by hash; documents stay in order */
    /* A counting pass first: links per lower document. The links are then
     * written, sorted and summed a slice of documents at a time, so that
     * at a million articles they never all sit in memory at once. */
    uint32_t *per_lo = st ? NULL : calloc(rs->n ? rs->n : 1, sizeof *per_lo);
    if (!st && !per_lo) st = WT_ERR_NOMEM;
    linker counter = {per_lo, NULL, 0, 0};
    if (!st) st = scan_buckets(rs, ent, total, &counter);
    uint64_t need = (uint64_t)(rs->opt->pair_evidence * 65535.0);
    u64vec pairs = {0};
    for (size_t from = 0; from < rs->n && !st;) {
        size_t to = from, links = 0;
        while (to < rs->n && (to == from || links + per_lo[to] <= EDGE_SLICE))
            links += per_lo[to++];
        edgevec edges = {malloc((links ? links : 1) * sizeof *edges.v), 0, links};
        if (!edges.v) {
            st = WT_ERR_NOMEM;
            break;
        }
        linker writer = {NULL, &edges, (uint32_t)from, (uint32_t)to};
        st = scan_buckets(rs, ent, total, &writer);
        if (!st)
            st = reuse_radix_sort(edges.v, edges.n, 0, 2 * EDGE_BITS,
                                  rs->opt->threads); /* weights ride along */
        for (size_t s = 0; s < edges.n && !st;) {
            size_t e = s;
            uint64_t sum = 0, pair = EDGE_PAIR(edges.v[s]);
            for (; e < edges.n && EDGE_PAIR(edges.v[e]) == pair; e++)
                sum += edges.v[e] >> (2 * EDGE_BITS);
            if (sum >= need) st = push64(&pairs, (pair >> EDGE_BITS) << 32 | (pair & (EDGE_DOCS - 1)));
            s = e;
        }
        free(edges.v);
        from = to;
    }
    free(per_lo);
    free(ent);
    rs->pairs = pairs.v;
    rs->n_pairs = st ? 0 : pairs.n;
    if (st) {
        free(pairs.v);
        rs->pairs = NULL;
    }
    out->candidates = rs->n_pairs;
    return st;
}

/* Documents holding a fingerprint: 2 unless it is common; UINT32_MAX for
 * an outlet template. */
uint32_t reuse_fingerprint_df(const reuse_run_state *rs, uint32_t h)
{
    size_t lo = 0, hi = rs->n_common;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t m = (uint32_t)(rs->common[mid] >> 32);
        if (m < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < rs->n_common && (uint32_t)(rs->common[lo] >> 32) == h ? (uint32_t)rs->common[lo] : 2;
}
