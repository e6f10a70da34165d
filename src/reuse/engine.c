/* engine.c: the corpus-wide reuse run: fingerprints to candidate pairs,
 * pairs to aligned passages (on all threads), passages to their sources and
 * near-duplicate groups. */
#include "reuse.h"

#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define TEMPLATE_MIN_DF 8 /* a bucket this big from one outlet may be its template */
#define TEMPLATE_SHARE  0.9
#define PAIRS_PER_TASK  64
#define EDGE_SLICE      ((size_t)64 << 20) /* links sorted at a time (512 MiB) */
#define TEMPLATE_BITS   (1 << 16)
#define WHOLE_SHARE     0.9 /* a passage this much of an article is all of it... */
#define PART_SHARE      0.5 /* ...and this little of the other is a part of it */
#define SMALL_BUCKET    8 /* buckets up to this size link all their pairs */
#define MAX_ITEMS       ((size_t)1 << 40)

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

/* An edge of the candidate graph in one word: a weight of evidence in the
 * top 16 bits (65535 for a fingerprint two documents share alone), the pair
 * below, each document in EDGE_BITS bits. */
#define EDGE_BITS 24
#define EDGE_DOCS ((size_t)1 << EDGE_BITS)
#define EDGE_PAIR(e) ((e) & (((uint64_t)1 << (2 * EDGE_BITS)) - 1))

/* ---- Candidates ------------------------------------------------------------ */

typedef struct run_state {
    reuse_doc *docs;
    size_t n;
    const reuse_options *opt;
    uint32_t *rank; /* position of each document in date order */
    uint64_t *pairs; /* candidate pairs, lo << 32 | hi, ascending */
    size_t n_pairs;
    uint64_t *common; /* hash << 32 | df of fingerprints held by 3 or more documents, ascending */
    size_t n_common;
    uint32_t *templates; /* hashes of outlet-template fingerprints, ascending */
    uint8_t template_bits[TEMPLATE_BITS / 8]; /* a one-hash filter over them */
    size_t n_templates, templates_cap;
} run_state;

typedef struct u64vec {
    uint64_t *v;
    size_t n, cap;
} u64vec;

static wt_status push64(u64vec *x, uint64_t v)
{
    if (x->n == x->cap) {
        wt_status st = wt_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v, MAX_ITEMS);
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
        wt_status st = wt_grow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v, MAX_ITEMS);
        if (st) return st;
    }
    uint64_t lo = d1 < d2 ? d1 : d2, hi = d1 < d2 ? d2 : d1;
    x->v[x->n++] = weight << (2 * EDGE_BITS) | lo << EDGE_BITS | hi;
    return WT_OK;
}

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

static int cmp_by_rank(const void *p, const void *q, void *ctx)
{
    const uint32_t *rank = ctx;
    uint32_t x = rank[*(const uint32_t *)p], y = rank[*(const uint32_t *)q];
    return x < y ? -1 : x > y;
}

/* The evidence one shared fingerprint gives a pair: its bucket's one unit
 * split over the df - 1 links it makes. (A floor under it, so that many
 * common fingerprints add up, cost more precision than it gained recall.) */
static double fingerprint_weight(size_t df)
{
    return 1.0 / (double)(df - 1);
}

/* 1 when most of the bucket's documents come from one known outlet. */
static int is_template(const run_state *rs, const uint32_t *ids, size_t df)
{
    if (df < TEMPLATE_MIN_DF) return 0;
    uint32_t cand = 0;
    size_t votes = 0;
    for (size_t k = 0; k < df; k++) { /* Boyer-Moore majority vote */
        uint32_t o = rs->docs[ids[k]].outlet;
        if (votes == 0) cand = o, votes = 1;
        else votes += o == cand ? 1 : (size_t)-1;
    }
    if (cand == 0) return 0;
    size_t same = 0;
    for (size_t k = 0; k < df; k++) same += rs->docs[ids[k]].outlet == cand;
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
static wt_status scan_buckets(run_state *rs, const uint64_t *ent, size_t total, linker *k)
{
    uint32_t *ids = NULL;
    size_t ids_cap = 0, common_cap = 0;
    int record = k->per_lo != NULL;
    wt_status st = WT_OK;
    for (size_t s = 0; s < total && !st;) {
        size_t e = s + 1;
        while (e < total && ent[e] >> 32 == ent[s] >> 32) e++;
        if (e - s >= 2 && (st = wt_grow((void **)&ids, &ids_cap, e - s, sizeof *ids, MAX_ITEMS))) break;
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
                (st = wt_grow((void **)&rs->common, &common_cap, rs->n_common + 1, sizeof *rs->common, MAX_ITEMS)))
                break;
            rs->common[rs->n_common++] = c;
        }
        if (tmpl) {
            if (!record) continue;
            if (rs->n_templates == rs->templates_cap &&
                (st = wt_grow((void **)&rs->templates, &rs->templates_cap, rs->n_templates + 1,
                              sizeof *rs->templates, MAX_ITEMS)))
                break;
            rs->templates[rs->n_templates++] = (uint32_t)hash;
            rs->template_bits[(hash >> 3) & (TEMPLATE_BITS / 8 - 1)] |= (uint8_t)(1u << (hash & 7));
            continue;
        }
        /* A small bucket links all its pairs. A big one (a syndicated story)
         * links each document to the earliest and to the one just before
         * it, so the copy meets its likely source without all pairs. */
        uint64_t w = (uint64_t)(65535.0 * fingerprint_weight(df));
        if (w == 0) continue; /* a bucket this big carries no evidence */
        if (df <= SMALL_BUCKET) {
            for (size_t x = 1; x < df && !st; x++)
                for (size_t y = 0; y < x && !st; y++) st = link_pair(k, ids[y], ids[x], w);
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
static wt_status find_candidates(run_state *rs, reuse_result *out)
{
    size_t total = 0;
    for (size_t i = 0; i < rs->n; i++) total += rs->docs[i].nfp;
    out->fingerprints = total;
    uint64_t *ent = malloc((total ? total : 1) * sizeof *ent);
    if (!ent) return WT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < rs->n; i++) {
        for (uint32_t f = 0; f < rs->docs[i].nfp; f++) ent[k++] = (uint64_t)rs->docs[i].fp[f] << 32 | (uint32_t)i;
        free(rs->docs[i].fp); /* the index holds them now */
        rs->docs[i].fp = NULL;
    }
#ifdef __GLIBC__
    /* The fingerprint arrays were small blocks all over the heap; hand the
     * pages back before the big sorts need memory of their own. */
    malloc_trim(0);
#endif
    wt_status st = reuse_radix_sort(ent, total, 32, 64, rs->opt->threads); /* by hash; documents stay in order */
    /* A counting pass first: links per lower document. The links are then
     * written, sorted and summed a slice of documents at a time, so that
     * at a million articles they never all sit in memory at once. */
    uint32_t *per_lo = st ? NULL : calloc(rs->n ? rs->n : 1, sizeof *per_lo);
    if (!st && !per_lo) st = WT_ERR_NOMEM;
    linker counter = {per_lo, NULL, 0, 0};
    if (!st) st = scan_buckets(rs, ent, total, &counter);
    out->buckets_template = rs->n_templates;
    uint64_t need = (uint64_t)(rs->opt->pair_evidence * 65535.0);
    u64vec pairs = {0};
    for (size_t from = 0; from < rs->n && !st;) {
        size_t to = from, links = 0;
        while (to < rs->n && (to == from || links + per_lo[to] <= EDGE_SLICE)) links += per_lo[to++];
        out->edges += links;
        edgevec edges = {malloc((links ? links : 1) * sizeof *edges.v), 0, links};
        if (!edges.v) {
            st = WT_ERR_NOMEM;
            break;
        }
        linker writer = {NULL, &edges, (uint32_t)from, (uint32_t)to};
        st = scan_buckets(rs, ent, total, &writer);
        if (!st) st = reuse_radix_sort(edges.v, edges.n, 0, 2 * EDGE_BITS, rs->opt->threads); /* weights ride along */
        for (size_t s = 0; s < edges.n && !st;) {
            size_t e = s;
            uint64_t sum = 0, pair = EDGE_PAIR(edges.v[s]);
            for (; e < edges.n && EDGE_PAIR(edges.v[e]) == pair; e++) sum += edges.v[e] >> (2 * EDGE_BITS);
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

/* ---- Alignment, on all threads ----------------------------------------------- */

typedef struct raw_passage {
    uint32_t lo, hi; /* document indices, lo < hi */
    uint32_t lo_start, lo_end, hi_start, hi_end;
    uint32_t words, lo_words, hi_words; /* matching words; words spanned on each side */
} raw_passage;

typedef struct raw_vec {
    raw_passage *v;
    size_t n, cap;
} raw_vec;

typedef struct u32scratch {
    uint32_t *v;
    size_t cap;
} u32scratch;

typedef struct align_job {
    run_state *rs;
    raw_vec *tasks; /* one result vector per task, joined in task order */
    size_t n_tasks;
    atomic_size_t next;
    atomic_int failed;
} align_job;

static int cmp_u32(const void *p, const void *q)
{
    uint32_t x = *(const uint32_t *)p, y = *(const uint32_t *)q;
    return x < y ? -1 : x > y;
}

/* Loads an article's words and sentences. Words of an outlet template (a
 * footer every article of the outlet carries) are masked: they can never
 * match, so no passage runs into them. */
static wt_status side_load(reuse_side *s, text_tokenizer *tz, const run_state *rs, uint32_t doc,
                           u32scratch *scratch)
{
    const reuse_doc *d = &rs->docs[doc];
    wt_status st = reuse_side_load(s, tz, d->text, d->len);
    if (!st) reuse_mask_spans(s->tok.v, s->tok.n, d->junk, d->njunk, doc);
    if (st || rs->n_templates == 0) return st;
    if (s->tok.n > scratch->cap) {
        uint32_t *p = realloc(scratch->v, s->tok.n * sizeof *p);
        if (!p) return WT_ERR_NOMEM;
        scratch->v = p;
        scratch->cap = s->tok.n;
    }
    size_t m = reuse_ngram_hashes(s->tok.v, s->tok.n, scratch->v);
    size_t masked_to = 0;
    for (size_t i = 0; i < m; i++) {
        uint32_t h = scratch->v[i];
        /* The bitmap rules out nearly every n-gram before the search. */
        if (!(rs->template_bits[(h >> 3) & (TEMPLATE_BITS / 8 - 1)] & (1u << (h & 7)))) continue;
        if (!bsearch(&h, rs->templates, rs->n_templates, sizeof *rs->templates, cmp_u32)) continue;
        for (size_t k = WT_MAX(i, masked_to); k < i + REUSE_NGRAM; k++)
            s->tok.v[k].hash = ~(uint64_t)doc << 32 | (uint32_t)k; /* unique to this article and place */
        masked_to = i + REUSE_NGRAM;
    }
    return WT_OK;
}

/* Documents holding a fingerprint: 2 unless it is common; UINT32_MAX for
 * an outlet template. */
static uint32_t fingerprint_df(const run_state *rs, uint32_t h)
{
    size_t lo = 0, hi = rs->n_common;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t m = (uint32_t)(rs->common[mid] >> 32);
        if (m < h) lo = mid + 1;
        else hi = mid;
    }
    return lo < rs->n_common && (uint32_t)(rs->common[lo] >> 32) == h ? (uint32_t)rs->common[lo] : 2;
}

/* The evidence a passage carries on its own: its fingerprints found on both
 * sides, each weighed 1 / (df - 1) as for candidate pairs. A stock phrase
 * that many articles share is weak evidence however long it is. */
static wt_status passage_evidence(const run_state *rs, const text_token *a, size_t na, const text_token *b,
                                  size_t nb, u32scratch *s, double *ev)
{
    size_t need = 2 * (na + nb) + 4;
    if (need > s->cap) {
        uint32_t *p = realloc(s->v, need * sizeof *p);
        if (!p) return WT_ERR_NOMEM;
        s->v = p;
        s->cap = need;
    }
    uint32_t *fa = s->v, *fb = fa + na + 1, *h = fb + nb + 1;
    size_t ka = reuse_winnow(a, na, h, fa), kb = reuse_winnow(b, nb, h, fb);
    qsort(fa, ka, sizeof *fa, cmp_u32);
    qsort(fb, kb, sizeof *fb, cmp_u32);
    double sum = 0;
    for (size_t i = 0, j = 0; i < ka && j < kb;) {
        if (fa[i] < fb[j]) i++;
        else if (fa[i] > fb[j]) j++;
        else {
            uint32_t df = fingerprint_df(rs, fa[i]);
            if (df != UINT32_MAX) sum += fingerprint_weight(df);
            uint32_t v = fa[i];
            while (i < ka && fa[i] == v) i++;
            while (j < kb && fb[j] == v) j++;
        }
    }
    *ev = sum;
    return WT_OK;
}

static wt_status align_task(align_job *job, size_t task, text_tokenizer *tz, reuse_aligner *al, reuse_side *sa,
                            reuse_side *sb, uint32_t *cached, reuse_aligns *found, u32scratch *scratch)
{
    run_state *rs = job->rs;
    size_t p0 = task * PAIRS_PER_TASK, p1 = WT_MIN(p0 + PAIRS_PER_TASK, rs->n_pairs);
    raw_vec *outv = &job->tasks[task];
    wt_status st = WT_OK;
    for (size_t p = p0; p < p1 && !st; p++) {
        uint32_t lo = (uint32_t)(rs->pairs[p] >> 32), hi = (uint32_t)rs->pairs[p];
        const reuse_doc *a = &rs->docs[lo], *b = &rs->docs[hi];
        if (*cached != lo) {
            *cached = UINT32_MAX;
            if ((st = side_load(sa, tz, rs, lo, scratch))) break;
            *cached = lo;
        }
        if ((st = side_load(sb, tz, rs, hi, scratch))) break;
        found->n = 0;
        st = reuse_align_pair(al, sa->tok.v, sa->tok.n, sb->tok.v, sb->tok.n, rs->opt->min_words, found);
        for (size_t k = 0; k < found->n && !st; k++) {
            const reuse_align *x = &found->v[k];
            double ev;
            st = passage_evidence(rs, sa->tok.v + x->a0, x->a1 - x->a0, sb->tok.v + x->b0, x->b1 - x->b0, scratch,
                                  &ev);
            if (st || (ev < rs->opt->min_evidence && x->matches < rs->opt->long_words)) continue;
            raw_passage r = {.lo = lo, .hi = hi, .words = x->matches, .lo_words = x->a1 - x->a0,
                             .hi_words = x->b1 - x->b0};
            int whole_a, whole_b;
            reuse_snap_span(sa, a->text, a->len, x->a0, x->a1, &r.lo_start, &r.lo_end, &whole_a);
            reuse_snap_span(sb, b->text, b->len, x->b0, x->b1, &r.hi_start, &r.hi_end, &whole_b);
            /* A short match inside sentences on both sides is a shared
             * phrase, not a copied passage. */
            if (r.words < rs->opt->fragment_words && !whole_a && !whole_b) continue;
            if (outv->n == outv->cap)
                st = wt_grow((void **)&outv->v, &outv->cap, outv->n + 1, sizeof *outv->v, MAX_ITEMS);
            if (!st) outv->v[outv->n++] = r;
        }
    }
    return st;
}

static void *align_worker(void *arg)
{
    align_job *job = arg;
    text_tokenizer *tz = text_tokenizer_new();
    reuse_aligner *al = reuse_aligner_new();
    reuse_side sa = {0}, sb = {0};
    reuse_aligns found = {0};
    uint32_t cached = UINT32_MAX;
    u32scratch scratch = {0};
    if (!tz || !al) atomic_store(&job->failed, WT_ERR_NOMEM);
    while (!atomic_load(&job->failed)) {
        size_t task = atomic_fetch_add(&job->next, 1);
        if (task >= job->n_tasks) break;
        wt_status st = align_task(job, task, tz, al, &sa, &sb, &cached, &found, &scratch);
        if (st) atomic_store(&job->failed, (int)st);
    }
    reuse_side_free(&sa);
    reuse_side_free(&sb);
    reuse_aligns_free(&found);
    free(scratch.v);
    reuse_aligner_free(al);
    text_tokenizer_free(tz);
    return NULL;
}

static wt_status align_all(run_state *rs, raw_vec *all)
{
    align_job job = {.rs = rs};
    job.n_tasks = (rs->n_pairs + PAIRS_PER_TASK - 1) / PAIRS_PER_TASK;
    atomic_init(&job.next, 0);
    atomic_init(&job.failed, 0);
    job.tasks = calloc(job.n_tasks ? job.n_tasks : 1, sizeof *job.tasks);
    if (!job.tasks) return WT_ERR_NOMEM;
    int nt = rs->opt->threads > 1 ? rs->opt->threads : 1;
    pthread_t *th = calloc((size_t)nt, sizeof *th);
    int started = 0;
    if (th)
        for (; started < nt - 1; started++)
            if (pthread_create(&th[started], NULL, align_worker, &job) != 0) break;
    align_worker(&job); /* the calling thread works too */
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    free(th);
    wt_status st = (wt_status)atomic_load(&job.failed);
    size_t total = 0;
    for (size_t t = 0; t < job.n_tasks; t++) total += job.tasks[t].n;
    if (!st && !(all->v = malloc((total ? total : 1) * sizeof *all->v))) st = WT_ERR_NOMEM;
    for (size_t t = 0; t < job.n_tasks; t++) {
        if (!st) memcpy(all->v + all->n, job.tasks[t].v, job.tasks[t].n * sizeof *all->v), all->n += job.tasks[t].n;
        free(job.tasks[t].v);
    }
    free(job.tasks);
    return st;
}

/* ---- Sources and groups ------------------------------------------------------ */

typedef struct scored {
    uint32_t idx;    /* into the raw passages */
    uint32_t target; /* the later document */
    uint32_t src_rank;
    uint64_t score;  /* matching words, then identity, for ordering */
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
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
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
static wt_status attribute(run_state *rs, raw_vec *raw, reuse_result *out)
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
        const raw_passage *r = &raw->v[i];
        int lo_first = rs->rank[r->lo] < rs->rank[r->hi];
        uint32_t longer = WT_MAX(r->lo_words, r->hi_words);
        uint32_t permille = longer ? (uint32_t)((uint64_t)r->words * 1000 / longer) : 0;
        sc[i] = (scored){(uint32_t)i, lo_first ? r->hi : r->lo, rs->rank[lo_first ? r->lo : r->hi],
                         (uint64_t)r->words << 16 | permille};
    }
    qsort(sc, n, sizeof *sc, cmp_scored);
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && sc[e].target == sc[s].target) e++;
        for (size_t x = s; x < e; x++) {
            const raw_passage *r = &raw->v[sc[x].idx];
            int t_hi = sc[x].target == r->hi;
            uint32_t ts = t_hi ? r->hi_start : r->lo_start, te = t_hi ? r->hi_end : r->lo_end;
            uint64_t covered = 0;
            for (size_t y = s; y < x; y++) {
                if (!keep[sc[y].idx]) continue;
                const raw_passage *q = &raw->v[sc[y].idx];
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
    for (size_t i = 0; i < n; i++) kept += keep[i];
    out->passages = malloc((kept ? kept : 1) * sizeof *out->passages);
    if (!out->passages) {
        free(keep);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        if (!keep[i]) continue;
        const raw_passage *r = &raw->v[i];
        const reuse_doc *dl = &rs->docs[r->lo], *dh = &rs->docs[r->hi];
        int lo_first = rs->rank[r->lo] < rs->rank[r->hi];
        int known = dl->dated && dh->dated && dl->epoch != dh->epoch;
        if (!known && !(dl->dated && dh->dated)) {
            /* Without dates: an article taken whole into a longer one is
             * the source (a wire item picked up inside a local story). */
            int whole_lo = covers(r->lo_words, dl->words, WHOLE_SHARE), whole_hi = covers(r->hi_words, dh->words, WHOLE_SHARE);
            int part_lo = !covers(r->lo_words, dl->words, PART_SHARE), part_hi = !covers(r->hi_words, dh->words, PART_SHARE);
            if (whole_lo && part_hi) known = 1, lo_first = 1;
            else if (whole_hi && part_lo) known = 1, lo_first = 0;
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
static wt_status group_duplicates(run_state *rs, const raw_vec *raw, reuse_result *out)
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
    for (size_t i = 0; i < rs->n; i++) parent[i] = (uint32_t)i, sim[i] = 1.0f;
    /* Raw passages come grouped by pair: sum each pair's cover. */
    size_t nj = 0;
    for (size_t s = 0; s < raw->n;) {
        size_t e = s;
        uint64_t lw = 0, hw = 0, w = 0;
        for (; e < raw->n && raw->v[e].lo == raw->v[s].lo && raw->v[e].hi == raw->v[s].hi; e++)
            lw += raw->v[e].lo_words, hw += raw->v[e].hi_words, w += raw->v[e].words;
        const raw_passage *r = &raw->v[s];
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
        uint32_t x = find_root(parent, (uint32_t)(joins[2 * k] >> 32)), y = find_root(parent, (uint32_t)joins[2 * k]);
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
    for (size_t i = 0; i < rs->n; i++) size[find_root(parent, (uint32_t)i)]++;
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
    if (n >= EDGE_DOCS) { /* split the corpus (see docs/REUSE.md) */
        release_fingerprints(docs, n);
        return WT_ERR_LIMIT;
    }
    run_state rs = {.docs = docs, .n = n, .opt = opt};
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    rs.rank = malloc((n ? n : 1) * sizeof *rs.rank);
    if (!order || !rs.rank) {
        free(order);
        free(rs.rank);
        release_fingerprints(docs, n);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) order[i] = (uint32_t)i;
    qsort_r(order, n, sizeof *order, cmp_date, (void *)docs);
    for (size_t i = 0; i < n; i++) rs.rank[order[i]] = (uint32_t)i;
    free(order);

    raw_vec raw = {0};
    wt_status st = find_candidates(&rs, out);
    release_fingerprints(docs, n); /* those an early failure left */
    if (!st) st = align_all(&rs, &raw);
    out->aligned_pairs = rs.n_pairs;
    free(rs.pairs);
    free(rs.common);
    free(rs.templates);
    if (!st) st = group_duplicates(&rs, &raw, out);
    if (!st) st = attribute(&rs, &raw, out);
    free(raw.v);
    free(rs.rank);
    if (st) reuse_result_free(out);
    return st;
}
