/* engine.c: the corpus-wide reuse run: fingerprints to candidate pairs,
 * pairs to aligned passages (on all threads), passages to their sources and
 * near-duplicate groups. */
#include "reuse.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define TEMPLATE_MIN_DF 8 /* a bucket this big from one outlet may be its template */
#define TEMPLATE_SHARE  0.9
#define PAIRS_PER_TASK  64
#define MAX_ITEMS       ((size_t)1 << 40)

void reuse_options_init(reuse_options *o)
{
    o->threads = 1;
    o->min_words = 15;
    o->min_shared = 2;
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

/* Stable LSD radix sort of 64-bit keys on bits [lo_bit, 64), 16 bits a pass. */
static wt_status radix_sort(uint64_t *v, size_t n, int lo_bit)
{
    if (n < 2) return WT_OK;
    uint64_t *tmp = malloc(n * sizeof *tmp);
    size_t *count = malloc(65536 * sizeof *count);
    if (!tmp || !count) {
        free(tmp);
        free(count);
        return WT_ERR_NOMEM;
    }
    uint64_t *src = v, *dst = tmp;
    for (int shift = lo_bit; shift < 64; shift += 16) {
        memset(count, 0, 65536 * sizeof *count);
        for (size_t i = 0; i < n; i++) count[(src[i] >> shift) & 0xFFFF]++;
        size_t sum = 0;
        for (size_t k = 0; k < 65536; k++) {
            size_t c = count[k];
            count[k] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFFFF]++] = src[i];
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);
    free(tmp);
    free(count);
    return WT_OK;
}

/* ---- Candidates ------------------------------------------------------------ */

typedef struct run_state {
    const reuse_doc *docs;
    size_t n;
    const reuse_options *opt;
    uint32_t *rank; /* position of each document in date order */
    uint64_t *pairs; /* candidate pairs, lo << 32 | hi, ascending */
    size_t n_pairs;
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

static uint64_t pair_key(uint32_t x, uint32_t y)
{
    return x < y ? (uint64_t)x << 32 | y : (uint64_t)y << 32 | x;
}

static wt_status find_candidates(run_state *rs, reuse_result *out)
{
    size_t total = 0;
    for (size_t i = 0; i < rs->n; i++) total += rs->docs[i].nfp;
    out->fingerprints = total;
    uint64_t *ent = malloc((total ? total : 1) * sizeof *ent);
    if (!ent) return WT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < rs->n; i++)
        for (uint32_t f = 0; f < rs->docs[i].nfp; f++) ent[k++] = (uint64_t)rs->docs[i].fp[f] << 32 | (uint32_t)i;
    wt_status st = radix_sort(ent, total, 32); /* by hash; documents stay in order */
    u64vec edges = {0};
    uint32_t *ids = NULL;
    size_t ids_cap = 0;
    for (size_t s = 0; s < total && !st;) {
        size_t e = s + 1;
        while (e < total && ent[e] >> 32 == ent[s] >> 32) e++;
        if (e - s >= 2 && (st = wt_grow((void **)&ids, &ids_cap, e - s, sizeof *ids, MAX_ITEMS))) break;
        size_t df = 0;
        for (size_t x = s; x < e && e - s >= 2; x++) {
            uint32_t d = (uint32_t)ent[x];
            if (df == 0 || ids[df - 1] != d) ids[df++] = d;
        }
        s = e;
        if (df < 2) continue;
        if (is_template(rs, ids, df)) {
            out->buckets_template++;
            continue;
        }
        /* Link each document to the earliest and to the one just before it:
         * the copy and its likely source meet without all pairs. */
        qsort_r(ids, df, sizeof *ids, cmp_by_rank, rs->rank);
        for (size_t x = 1; x < df && !st; x++) {
            st = push64(&edges, pair_key(ids[0], ids[x]));
            if (!st && x > 1) st = push64(&edges, pair_key(ids[x - 1], ids[x]));
        }
    }
    free(ids);
    free(ent);
    if (!st) st = radix_sort(edges.v, edges.n, 0);
    size_t np = 0;
    for (size_t s = 0; s < edges.n && !st;) {
        size_t e = s + 1;
        while (e < edges.n && edges.v[e] == edges.v[s]) e++;
        if (e - s >= rs->opt->min_shared) edges.v[np++] = edges.v[s];
        s = e;
    }
    rs->pairs = edges.v;
    rs->n_pairs = st ? 0 : np;
    out->candidates = rs->n_pairs;
    if (st) free(edges.v), rs->pairs = NULL;
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

typedef struct align_job {
    run_state *rs;
    raw_vec *tasks; /* one result vector per task, joined in task order */
    size_t n_tasks;
    atomic_size_t next;
    atomic_int failed;
} align_job;

/* A passage's byte span, widened over punctuation touching its ends
 * (opening quotes, a closing full stop). */
static void byte_span(const char *text, size_t len, const text_token *t, uint32_t t0, uint32_t t1,
                      uint32_t *start, uint32_t *end)
{
    uint32_t s = t[t0].start, e = t[t1 - 1].end;
    while (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != '\t') s--;
    while (e < len && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' && text[e] != '\r') e++;
    *start = s;
    *end = e;
}

static wt_status align_task(align_job *job, size_t task, text_tokenizer *tz, reuse_aligner *al,
                            text_tokens *ta, text_tokens *tb, uint32_t *cached, reuse_aligns *found)
{
    run_state *rs = job->rs;
    size_t p0 = task * PAIRS_PER_TASK, p1 = WT_MIN(p0 + PAIRS_PER_TASK, rs->n_pairs);
    raw_vec *outv = &job->tasks[task];
    wt_status st = WT_OK;
    for (size_t p = p0; p < p1 && !st; p++) {
        uint32_t lo = (uint32_t)(rs->pairs[p] >> 32), hi = (uint32_t)rs->pairs[p];
        const reuse_doc *a = &rs->docs[lo], *b = &rs->docs[hi];
        if (*cached != lo) {
            ta->n = 0;
            if ((st = text_tokenize(tz, a->text, a->len, ta))) break;
            *cached = lo;
        }
        tb->n = 0;
        if ((st = text_tokenize(tz, b->text, b->len, tb))) break;
        found->n = 0;
        if ((st = reuse_align_pair(al, ta->v, ta->n, tb->v, tb->n, rs->opt->min_words, found))) break;
        for (size_t k = 0; k < found->n && !st; k++) {
            const reuse_align *x = &found->v[k];
            raw_passage r = {.lo = lo, .hi = hi, .words = x->matches, .lo_words = x->a1 - x->a0,
                             .hi_words = x->b1 - x->b0};
            byte_span(a->text, a->len, ta->v, x->a0, x->a1, &r.lo_start, &r.lo_end);
            byte_span(b->text, b->len, tb->v, x->b0, x->b1, &r.hi_start, &r.hi_end);
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
    text_tokens ta = {0}, tb = {0};
    reuse_aligns found = {0};
    uint32_t cached = UINT32_MAX;
    if (!tz || !al) atomic_store(&job->failed, WT_ERR_NOMEM);
    while (!atomic_load(&job->failed)) {
        size_t task = atomic_fetch_add(&job->next, 1);
        if (task >= job->n_tasks) break;
        wt_status st = align_task(job, task, tz, al, &ta, &tb, &cached, &found);
        if (st) atomic_store(&job->failed, (int)st);
    }
    text_tokens_free(&ta);
    text_tokens_free(&tb);
    reuse_aligns_free(&found);
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

wt_status reuse_run(const reuse_doc *docs, size_t n, const reuse_options *opt, reuse_result *out)
{
    memset(out, 0, sizeof *out);
    if (n > UINT32_MAX - 1) return WT_ERR_LIMIT;
    run_state rs = {.docs = docs, .n = n, .opt = opt};
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    rs.rank = malloc((n ? n : 1) * sizeof *rs.rank);
    if (!order || !rs.rank) {
        free(order);
        free(rs.rank);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) order[i] = (uint32_t)i;
    qsort_r(order, n, sizeof *order, cmp_date, (void *)docs);
    for (size_t i = 0; i < n; i++) rs.rank[order[i]] = (uint32_t)i;
    free(order);

    raw_vec raw = {0};
    wt_status st = find_candidates(&rs, out);
    if (!st) st = align_all(&rs, &raw);
    out->aligned_pairs = rs.n_pairs;
    free(rs.pairs);
    if (!st) st = group_duplicates(&rs, &raw, out);
    if (!st) st = attribute(&rs, &raw, out);
    free(raw.v);
    free(rs.rank);
    if (st) reuse_result_free(out);
    return st;
}
