/* passages.c: every candidate pair aligned, on all threads. Each task
 * takes 64 pairs; results are joined in task order, so the output does not
 * depend on the number of threads. A passage is kept when it is long enough,
 * carries enough evidence of its own, and is more than a shared phrase. */
#include "reuse.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define PAIRS_PER_TASK 64

typedef struct u32scratch {
    uint32_t *v;
    size_t cap;
} u32scratch;

typedef struct align_job {
    reuse_run_state *rs;
    reuse_raws *tasks; /* one result vector per task, joined in task order */
    size_t n_tasks;
    atomic_size_t next;
    atomic_int failed;
} align_job;

int reuse_cmp_u32(const void *p, const void *q)
{
    uint32_t x = *(const uint32_t *)p, y = *(const uint32_t *)q;
    return x < y ? -1 : x > y;
}

/* Loads an article's words and sentences. Words of an outlet template (a
 * footer every article of the outlet carries) are masked: they can never
 * match, so no passage runs into them. */
static wt_status side_load(reuse_side *s, text_tokenizer *tz, const reuse_run_state *rs, uint32_t doc,
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
        if (!(rs->template_bits[(h >> 3) & (REUSE_TEMPLATE_BITS / 8 - 1)] & (1u << (h & 7)))) continue;
        if (!bsearch(&h, rs->templates, rs->n_templates, sizeof *rs->templates, reuse_cmp_u32)) continue;
        for (size_t k = WT_MAX(i, masked_to); k < i + REUSE_NGRAM; k++)
            s->tok.v[k].hash = ~(uint64_t)doc << 32 | (uint32_t)k; /* unique to this article and place */
        masked_to = i + REUSE_NGRAM;
    }
    return WT_OK;
}

/* The evidence a passage carries on its own: its fingerprints found on both
 * sides, each weighed 1 / (df - 1) as for candidate pairs. A stock phrase
 * that many articles share is weak evidence however long it is. */
static wt_status passage_evidence(const reuse_run_state *rs, const text_token *a, size_t na,
                                  const text_token *b, size_t nb, u32scratch *s, double *ev)
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
    qsort(fa, ka, sizeof *fa, reuse_cmp_u32);
    qsort(fb, kb, sizeof *fb, reuse_cmp_u32);
    double sum = 0;
    for (size_t i = 0, j = 0; i < ka && j < kb;) {
        if (fa[i] < fb[j])
            i++;
        else if (fa[i] > fb[j])
            j++;
        else {
            uint32_t df = reuse_fingerprint_df(rs, fa[i]);
            if (df != UINT32_MAX) sum += reuse_fingerprint_weight(df);
            uint32_t v = fa[i];
            while (i < ka && fa[i] == v)
                i++;
            while (j < kb && fb[j] == v)
                j++;
        }
    }
    *ev = sum;
    return WT_OK;
}

static wt_status align_task(align_job *job, size_t task, text_tokenizer *tz, reuse_aligner *al,
                            reuse_side *sa, reuse_side *sb, uint32_t *cached, reuse_aligns *found,
                            u32scratch *scratch)
{
    reuse_run_state *rs = job->rs;
    size_t p0 = task * PAIRS_PER_TASK, p1 = WT_MIN(p0 + PAIRS_PER_TASK, rs->n_pairs);
    reuse_raws *outv = &job->tasks[task];
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
            st = passage_evidence(rs, sa->tok.v + x->a0, x->a1 - x->a0, sb->tok.v + x->b0, x->b1 - x->b0,
                                  scratch, &ev);
            if (st || (ev < rs->opt->min_evidence && x->matches < rs->opt->long_words)) continue;
            reuse_raw r = {.lo = lo,
                           .hi = hi,
                           .words = x->matches,
                           .lo_words = x->a1 - x->a0,
                           .hi_words = x->b1 - x->b0};
            int whole_a, whole_b;
            reuse_snap_span(sa, a->text, a->len, x->a0, x->a1, &r.lo_start, &r.lo_end, &whole_a);
            reuse_snap_span(sb, b->text, b->len, x->b0, x->b1, &r.hi_start, &r.hi_end, &whole_b);
            /* A short match inside sentences on both sides is a shared
             * phrase, not a copied passage. */
            if (r.words < rs->opt->fragment_words && !whole_a && !whole_b) continue;
            if (outv->n == outv->cap)
                st = wt_grow((void **)&outv->v, &outv->cap, outv->n + 1, sizeof *outv->v, REUSE_MAX_ITEMS);
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

wt_status reuse_align_all(reuse_run_state *rs, reuse_raws *all)
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
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    wt_status st = (wt_status)atomic_load(&job.failed);
    size_t total = 0;
    for (size_t t = 0; t < job.n_tasks; t++)
        total += job.tasks[t].n;
    if (!st && !(all->v = malloc((total ? total : 1) * sizeof *all->v))) st = WT_ERR_NOMEM;
    for (size_t t = 0; t < job.n_tasks; t++) {
        if (!st)
            memcpy(all->v + all->n, job.tasks[t].v, job.tasks[t].n * sizeof *all->v),
                all->n += job.tasks[t].n;
        free(job.tasks[t].v);
    }
    free(job.tasks);
    return st;
}
