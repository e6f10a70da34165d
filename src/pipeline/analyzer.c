/* analyzer.c: runs the pipeline over every input.
 *
 * The calling thread reads records and packs them into batches; worker
 * threads turn batches into documents; the calling thread takes finished
 * batches back strictly in the order they were made, so diagnostics,
 * document order and ids are the same whatever the number of threads. A
 * fixed window of batches bounds the memory in flight. */
#include "pipeline.h"
#include "../store/store.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#define BATCH_RECORDS       256
#define BATCH_BYTES         ((size_t)4 << 20)
#define DEFAULT_MAX_ARTICLE ((size_t)64 << 20)
#define MAX_DOCS            ((size_t)1 << 31)

enum { SLOT_FREE, SLOT_READY, SLOT_WORKING, SLOT_DONE };

typedef struct batch {
    ingest_record *recs;
    size_t n, cap, bytes;
    wt_doc **docs;     /* one per record, NULL when set aside */
    pipe_diags *diags; /* one list per record */
    uint64_t consumed; /* input bytes consumed once this batch was cut */
    wt_status fatal;
    int state;
} batch;

struct wt_analyzer {
    wt_options opt;
    char **inputs;
    size_t n_inputs, cap_inputs;
    ingest_files files;

    wt_doc **docs;
    size_t n_docs, cap_docs;
    uint32_t *idset; /* open addressing over docs, index + 1; 0 = empty */
    size_t idset_cap;

    reuse_result reuse;
    citation *citations;
    size_t n_citations;

    wt_summary sum;
    char errmsg[512];

    /* The window of batches and the threads working on it. */
    batch *slots;
    size_t n_slots;
    size_t first, next; /* sequence numbers: oldest batch in flight, batch being filled */
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    int stopping;
    pthread_t *threads;
    int n_threads;
};

void wt_options_init(wt_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->threads = 0;
    opt->max_article_bytes = DEFAULT_MAX_ARTICLE;
    opt->keep_documents = 1;
    opt->find_reuse = 1;
    opt->find_attributions = 1;
    opt->min_passage_words = 15;
}

wt_analyzer *wt_analyzer_new(const wt_options *opt)
{
    wt_analyzer *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    if (opt)
        a->opt = *opt;
    else
        wt_options_init(&a->opt);
    if (a->opt.max_article_bytes == 0) a->opt.max_article_bytes = DEFAULT_MAX_ARTICLE;
    if (a->opt.threads <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        a->opt.threads = n > 0 ? (int)WT_MIN(n, 256) : 1;
    }
    return a;
}

static void clear_docs(wt_analyzer *a)
{
    for (size_t i = 0; i < a->n_docs; i++)
        doc_free(a->docs[i]);
    free(a->docs);
    free(a->idset);
    reuse_result_free(&a->reuse);
    citations_free(a->citations, a->n_citations);
    a->citations = NULL;
    a->n_citations = 0;
    a->docs = NULL;
    a->idset = NULL;
    a->n_docs = a->cap_docs = a->idset_cap = 0;
}

void wt_analyzer_free(wt_analyzer *a)
{
    if (!a) return;
    for (size_t i = 0; i < a->n_inputs; i++)
        free(a->inputs[i]);
    free(a->inputs);
    ingest_files_free(&a->files);
    clear_docs(a);
    free(a);
}

static void set_error(wt_analyzer *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->errmsg, sizeof a->errmsg, fmt, ap);
    va_end(ap);
}

const char *wt_analyzer_errmsg(const wt_analyzer *a)
{
    return a->errmsg;
}

wt_status wt_analyzer_add_input(wt_analyzer *a, const char *path)
{
    if (!path || !*path) return WT_ERR_ARG;
    wt_status st = wt_grow((void **)&a->inputs, &a->cap_inputs, a->n_inputs + 1, sizeof *a->inputs, 1 << 24);
    if (st) return st;
    if (!(a->inputs[a->n_inputs] = strdup(path))) return WT_ERR_NOMEM;
    a->n_inputs++;
    return WT_OK;
}

const wt_summary *wt_analyzer_summary(const wt_analyzer *a)
{
    return &a->sum;
}

size_t wt_analyzer_doc_count(const wt_analyzer *a)
{
    return a->n_docs;
}

const wt_doc *wt_analyzer_doc(const wt_analyzer *a, size_t i)
{
    return i < a->n_docs ? a->docs[i] : NULL;
}

static int fingerprinting(const wt_analyzer *a)
{
    return a->opt.keep_documents && a->opt.find_reuse;
}

static int attributing(const wt_analyzer *a)
{
    return a->opt.keep_documents && a->opt.find_attributions;
}

/* ---- Batches ------------------------------------------------------------ */

static void batch_reset(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        ingest_record_clear(&b->recs[i]);
        doc_free(b->docs[i]);
        pipe_diags_clear(&b->diags[i]);
    }
    b->n = b->bytes = 0;
    b->fatal = WT_OK;
    b->state = SLOT_FREE;
}

static void batch_free(batch *b)
{
    batch_reset(b);
    free(b->recs);
    free(b->docs);
    free(b->diags);
}

static wt_status batch_add(batch *b, ingest_record *rec)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : BATCH_RECORDS;
        ingest_record *r = realloc(b->recs, cap * sizeof *r);
        if (r) b->recs = r;
        wt_doc **d = realloc(b->docs, cap * sizeof *d);
        if (d) b->docs = d;
        pipe_diags *g = realloc(b->diags, cap * sizeof *g);
        if (g) b->diags = g;
        if (!r || !d || !g) return WT_ERR_NOMEM;
        b->cap = cap;
    }
    b->recs[b->n] = *rec;
    b->docs[b->n] = NULL;
    memset(&b->diags[b->n], 0, sizeof b->diags[b->n]);
    b->n++;
    b->bytes += rec->len;
    memset(rec, 0, sizeof *rec);
    return WT_OK;
}

static void batch_process(pipe_worker *w, batch *b)
{
    for (size_t i = 0; i < b->n && !b->fatal; i++) {
        b->fatal = pipe_process(w, &b->recs[i], &b->docs[i], &b->diags[i]);
        /* The raw bytes are no longer needed; free them early. */
        free(b->recs[i].data);
        b->recs[i].data = NULL;
    }
}

/* ---- Worker threads ------------------------------------------------------ */

static void *worker_main(void *arg)
{
    wt_analyzer *a = arg;
    pipe_worker w;
    wt_status init = pipe_worker_init(&w, a->opt.max_article_bytes, a->opt.keep_documents, fingerprinting(a),
                                      attributing(a));
    pthread_mutex_lock(&a->mu);
    for (;;) {
        batch *b = NULL;
        for (size_t s = a->first; s < a->next && !b; s++)
            if (a->slots[s % a->n_slots].state == SLOT_READY) b = &a->slots[s % a->n_slots];
        if (!b) {
            if (a->stopping) break;
            pthread_cond_wait(&a->work, &a->mu);
            continue;
        }
        b->state = SLOT_WORKING;
        pthread_mutex_unlock(&a->mu);
        if (init)
            b->fatal = init;
        else
            batch_process(&w, b);
        pthread_mutex_lock(&a->mu);
        b->state = SLOT_DONE;
        pthread_cond_broadcast(&a->done);
    }
    pthread_mutex_unlock(&a->mu);
    pipe_worker_free(&w);
    return NULL;
}

/* ---- Taking finished batches back --------------------------------------- */

static int cmp_u64(const void *p, const void *q)
{
    uint64_t x = *(const uint64_t *)p, y = *(const uint64_t *)q;
    return x < y ? -1 : x > y;
}

static size_t id_hash(const char *id)
{
    return (size_t)XXH3_64bits(id, strlen(id));
}

/* Makes d's id unique in the run, renaming a repeat to "id#2", "id#3"...
 * and adds d to the set. */
static wt_status claim_id(wt_analyzer *a, wt_doc *d, pipe_diags *diags)
{
    if ((a->n_docs + 1) * 2 > a->idset_cap) {
        size_t cap = a->idset_cap ? a->idset_cap * 2 : 1024;
        uint32_t *set = calloc(cap, sizeof *set);
        if (!set) return WT_ERR_NOMEM;
        for (size_t i = 0; i < a->n_docs; i++) {
            size_t h = id_hash(a->docs[i]->id) & (cap - 1);
            while (set[h])
                h = (h + 1) & (cap - 1);
            set[h] = (uint32_t)(i + 1);
        }
        free(a->idset);
        a->idset = set;
        a->idset_cap = cap;
    }
    char *orig = d->id;
    for (unsigned k = 2;; k++) {
        size_t h = id_hash(d->id) & (a->idset_cap - 1);
        int taken = 0;
        for (; a->idset[h]; h = (h + 1) & (a->idset_cap - 1))
            if (strcmp(a->docs[a->idset[h] - 1]->id, d->id) == 0) {
                taken = 1;
                break;
            }
        if (!taken) {
            a->idset[h] = (uint32_t)(a->n_docs + 1);
            break;
        }
        size_t n = strlen(orig) + 16;
        char *renamed = malloc(n);
        if (!renamed) return WT_ERR_NOMEM;
        snprintf(renamed, n, "%s#%u", orig, k);
        if (d->id != orig) free(d->id);
        d->id = renamed;
    }
    if (d->id != orig) {
        char msg[600];
        snprintf(msg, sizeof msg, "duplicate id \"%.200s\"; this article was renamed \"%.200s\"", orig,
                 d->id);
        free(orig);
        wt_status st = wt_grow((void **)&diags->v, &diags->cap, diags->n + 1, sizeof *diags->v, 1 << 20);
        if (st) return st;
        diags->v[diags->n++] = (pipe_diag){WT_SEV_WARNING, WT_ERR_FORMAT, strdup(msg)};
    }
    return WT_OK;
}

static wt_status drain(wt_analyzer *a, batch *b)
{
    if (b->fatal) {
        set_error(a, "%s", wt_strerror(b->fatal));
        return b->fatal;
    }
    for (size_t i = 0; i < b->n; i++) {
        ingest_record *rec = &b->recs[i];
        wt_doc *d = b->docs[i];
        if (d && a->opt.keep_documents) {
            wt_status st = claim_id(a, d, &b->diags[i]);
            if (!st) st = wt_grow((void **)&a->docs, &a->cap_docs, a->n_docs + 1, sizeof *a->docs, MAX_DOCS);
            if (st) {
                set_error(a, "%s while keeping documents", wt_strerror(st));
                return st;
            }
        }
        for (size_t k = 0; k < b->diags[i].n; k++) {
            pipe_diag *g = &b->diags[i].v[k];
            if (g->severity == WT_SEV_WARNING)
                a->sum.warnings++;
            else if (rec->whole_input)
                a->sum.inputs_rejected++;
            else
                a->sum.articles_rejected++;
            if (a->opt.on_diag) {
                wt_diag out = {g->severity, g->status, rec->input, rec->line,
                               g->message ? g->message : wt_strerror(g->status)};
                a->opt.on_diag(a->opt.user, &out);
            }
        }
        if (!d) continue;
        a->sum.articles++;
        a->sum.text_bytes += d->text_len;
        a->sum.words += d->words;
        a->sum.sentences += d->sentences;
        if (a->opt.keep_documents) {
            a->docs[a->n_docs++] = d;
            b->docs[i] = NULL;
        }
    }
    a->sum.bytes = b->consumed;
    if (a->opt.on_progress) {
        wt_progress p = {a->sum.articles, b->consumed, a->files.total_size};
        a->opt.on_progress(a->opt.user, &p);
    }
    batch_reset(b);
    return WT_OK;
}

/* ---- The run --------------------------------------------------------------- */

/* Waits for the oldest batch in flight and takes it back. Called with the
 * lock held; returns with it held. */
static wt_status take_oldest(wt_analyzer *a)
{
    batch *old = &a->slots[a->first % a->n_slots];
    while (old->state != SLOT_DONE)
        pthread_cond_wait(&a->done, &a->mu);
    pthread_mutex_unlock(&a->mu);
    wt_status st = drain(a, old);
    pthread_mutex_lock(&a->mu);
    a->first++;
    return st;
}

/* Hands the batch being filled to the workers (or processes it here when
 * there are none), then makes sure the next slot is free. */
static wt_status submit(wt_analyzer *a, pipe_worker *self)
{
    batch *b = &a->slots[a->next % a->n_slots];
    if (a->n_threads == 0) {
        batch_process(self, b);
        return drain(a, b);
    }
    wt_status st = WT_OK;
    pthread_mutex_lock(&a->mu);
    b->state = SLOT_READY;
    a->next++;
    pthread_cond_signal(&a->work);
    while (!st && a->next - a->first >= a->n_slots)
        st = take_oldest(a);
    pthread_mutex_unlock(&a->mu);
    return st;
}

/* Takes back every batch still in flight (when ok) and stops the workers. */
static wt_status finish(wt_analyzer *a, wt_status st)
{
    if (a->n_threads == 0) return st;
    pthread_mutex_lock(&a->mu);
    while (a->first < a->next) {
        if (st) {
            /* After a failure, only wait for the workers to let go. */
            batch *old = &a->slots[a->first % a->n_slots];
            while (old->state == SLOT_WORKING)
                pthread_cond_wait(&a->done, &a->mu);
            old->state = SLOT_DONE;
            a->first++;
        } else {
            st = take_oldest(a);
        }
    }
    a->stopping = 1;
    pthread_cond_broadcast(&a->work);
    pthread_mutex_unlock(&a->mu);
    for (int i = 0; i < a->n_threads; i++)
        pthread_join(a->threads[i], NULL);
    return st;
}

static wt_status start_threads(wt_analyzer *a)
{
    a->n_threads = a->opt.threads > 1 ? a->opt.threads : 0;
    a->n_slots = a->n_threads ? (size_t)a->n_threads * 4 : 1;
    a->first = a->next = 0;
    a->stopping = 0;
    if (!(a->slots = calloc(a->n_slots, sizeof *a->slots))) return WT_ERR_NOMEM;
    if (!a->n_threads) return WT_OK;
    if (!(a->threads = calloc((size_t)a->n_threads, sizeof *a->threads))) return WT_ERR_NOMEM;
    pthread_mutex_init(&a->mu, NULL);
    pthread_cond_init(&a->work, NULL);
    pthread_cond_init(&a->done, NULL);
    for (int i = 0; i < a->n_threads; i++) {
        if (pthread_create(&a->threads[i], NULL, worker_main, a) != 0) {
            /* Run with the threads that did start, or none. */
            a->n_threads = i;
            if (i == 0) {
                pthread_mutex_destroy(&a->mu);
                pthread_cond_destroy(&a->work);
                pthread_cond_destroy(&a->done);
            }
            break;
        }
    }
    return WT_OK;
}

static void stop_threads(wt_analyzer *a)
{
    if (a->n_threads) {
        pthread_mutex_destroy(&a->mu);
        pthread_cond_destroy(&a->work);
        pthread_cond_destroy(&a->done);
    }
    for (size_t i = 0; a->slots && i < a->n_slots; i++)
        batch_free(&a->slots[i]);
    free(a->slots);
    free(a->threads);
    a->slots = NULL;
    a->threads = NULL;
    a->n_threads = 0;
}

static wt_status read_inputs(wt_analyzer *a, pipe_worker *self)
{
    uint64_t consumed_before = 0;
    wt_status st = WT_OK;
    for (size_t i = 0; i < a->files.n && !st; i++) {
        ingest_reader *r = ingest_reader_new(&a->files.v[i], a->opt.max_article_bytes);
        if (!r) return WT_ERR_NOMEM;
        a->sum.inputs++;
        ingest_record rec;
        while (!st && ingest_reader_next(r, &rec)) {
            batch *b = &a->slots[a->next % a->n_slots];
            if ((st = batch_add(b, &rec))) {
                ingest_record_clear(&rec);
                break;
            }
            b->consumed = consumed_before + ingest_reader_consumed(r);
            if (b->n >= BATCH_RECORDS || b->bytes >= BATCH_BYTES) st = submit(a, self);
        }
        consumed_before += ingest_reader_consumed(r);
        ingest_reader_free(r);
    }
    batch *b = &a->slots[a->next % a->n_slots];
    if (!st && b->n > 0) st = submit(a, self);
    return st;
}

/* Outlet names as small ids: documents of one outlet share one. */
static wt_status outlet_ids(wt_analyzer *a, uint32_t *ids)
{
    uint64_t *h = malloc((a->n_docs ? a->n_docs : 1) * sizeof *h), *sorted;
    if (!h) return WT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < a->n_docs; i++) {
        const char *o = a->docs[i]->outlet;
        h[i] = o ? XXH3_64bits(o, strlen(o)) | 1 : 0;
    }
    if (!(sorted = malloc((a->n_docs ? a->n_docs : 1) * sizeof *sorted))) {
        free(h);
        return WT_ERR_NOMEM;
    }
    memcpy(sorted, h, a->n_docs * sizeof *h);
    qsort(sorted, a->n_docs, sizeof *sorted, cmp_u64);
    for (size_t i = 0; i < a->n_docs; i++)
        if (i == 0 || sorted[i] != sorted[i - 1]) sorted[k++] = sorted[i];
    for (size_t i = 0; i < a->n_docs; i++) {
        if (!h[i]) {
            ids[i] = 0;
            continue;
        }
        uint64_t *at = bsearch(&h[i], sorted, k, sizeof *sorted, cmp_u64);
        ids[i] = (uint32_t)(at - sorted) + 1;
    }
    free(h);
    free(sorted);
    return WT_OK;
}

/* Which outlet cites which, from the attributions. */
static wt_status find_citations(wt_analyzer *a)
{
    citation_doc *cd = calloc(a->n_docs ? a->n_docs : 1, sizeof *cd);
    if (!cd) return WT_ERR_NOMEM;
    for (size_t i = 0; i < a->n_docs; i++) {
        const wt_doc *d = a->docs[i];
        cd[i] = (citation_doc){d->outlet, d->text, d->attrib, d->nattrib};
    }
    wt_status st = attrib_citations(cd, a->n_docs, &a->citations, &a->n_citations);
    free(cd);
    if (st) set_error(a, "citations: %s", wt_strerror(st));
    return st;
}

/* Lines an outlet repeats across its articles become "template" junk. */
static wt_status mark_templates(wt_analyzer *a, const uint32_t *outlet)
{
    template_doc *td = calloc(a->n_docs ? a->n_docs : 1, sizeof *td);
    wt_status st = td ? WT_OK : WT_ERR_NOMEM;
    for (size_t i = 0; i < a->n_docs && !st; i++) {
        wt_doc *d = a->docs[i];
        td[i] = (template_doc){d->text, d->text_len, outlet[i], &d->junk, &d->njunk};
    }
    if (!st) st = junk_templates(td, a->n_docs);
    free(td);
    if (st) set_error(a, "template search: %s", wt_strerror(st));
    return st;
}

/* The reuse engine over the kept documents; their fingerprints pass to it. */
static wt_status run_reuse(wt_analyzer *a, const uint32_t *outlet)
{
    reuse_doc *rd = calloc(a->n_docs ? a->n_docs : 1, sizeof *rd);
    wt_status st = rd ? WT_OK : WT_ERR_NOMEM;
    for (size_t i = 0; i < a->n_docs && !st; i++) {
        const wt_doc *d = a->docs[i];
        rd[i] = (reuse_doc){d->text, d->text_len, d->fp,     d->nfp,           d->words,
                            d->junk, d->njunk,    outlet[i], d->date_prec > 0, d->epoch};
        a->docs[i]->fp = NULL; /* the engine frees them */
        a->docs[i]->nfp = 0;
    }
    reuse_options ro;
    reuse_options_init(&ro);
    ro.threads = a->opt.threads;
    if (a->opt.min_passage_words) ro.min_words = a->opt.min_passage_words;
    if (!st) st = reuse_run(rd, a->n_docs, &ro, &a->reuse);
    free(rd);
    if (st) {
        set_error(a, "reuse stage: %s", wt_strerror(st));
        return st;
    }
    a->sum.passages = a->reuse.n_passages;
    a->sum.duplicate_groups = a->reuse.n_groups;
    a->sum.candidate_pairs = a->reuse.candidates;
    a->sum.fingerprints = a->reuse.fingerprints;
    return WT_OK;
}

size_t wt_analyzer_passage_count(const wt_analyzer *a)
{
    return a->reuse.n_passages;
}

wt_passage wt_analyzer_passage(const wt_analyzer *a, size_t i)
{
    const reuse_passage *p = &a->reuse.passages[i];
    return (wt_passage){p->a,     p->b,     p->a_start,  p->a_end,       p->b_start,
                        p->b_end, p->words, p->identity, p->source_known};
}

size_t wt_analyzer_group_count(const wt_analyzer *a)
{
    return a->reuse.n_groups;
}

wt_group wt_analyzer_group(const wt_analyzer *a, size_t i)
{
    const reuse_group *g = &a->reuse.groups[i];
    return (wt_group){a->reuse.members + g->first, g->n, g->similarity};
}

wt_status wt_analyzer_run(wt_analyzer *a)
{
    double t0 = wt_now();
    memset(&a->sum, 0, sizeof a->sum);
    a->errmsg[0] = '\0';
    clear_docs(a);
    ingest_files_free(&a->files);
    wt_status st = WT_OK;
    for (size_t i = 0; i < a->n_inputs && !st; i++)
        st = ingest_expand(a->inputs[i], &a->files);
    pipe_worker self;
    if (!st)
        st = pipe_worker_init(&self, a->opt.max_article_bytes, a->opt.keep_documents, fingerprinting(a),
                              attributing(a));
    else
        memset(&self, 0, sizeof self);
    if (!st) st = start_threads(a);
    if (!st) st = read_inputs(a, &self);
    st = finish(a, st);
    stop_threads(a);
    pipe_worker_free(&self);
    a->sum.read_seconds = wt_now() - t0;
    /* Outlets as small ids, for the template search and the reuse engine. */
    uint32_t *outlet = NULL;
    if (!st && a->opt.keep_documents) {
        outlet = malloc((a->n_docs ? a->n_docs : 1) * sizeof *outlet);
        st = outlet ? outlet_ids(a, outlet) : WT_ERR_NOMEM;
    }
    if (!st && a->opt.keep_documents) st = mark_templates(a, outlet);
    if (!st && attributing(a)) st = find_citations(a);
    if (!st && fingerprinting(a)) st = run_reuse(a, outlet);
    free(outlet);
    a->sum.reuse_seconds = wt_now() - t0 - a->sum.read_seconds;
    a->sum.seconds = wt_now() - t0;
    if (st && !a->errmsg[0]) set_error(a, "%s", wt_strerror(st));
    return st;
}

/* ---- Writing --------------------------------------------------------------- */

#define WRITE_CHUNK_BYTES ((size_t)4 << 20) /* text per encoding task */
#define WRITE_BUF_MAX     ((size_t)1 << 31) /* encoded bytes per task at most */

/* One encoding task: documents [first, last) into buf. */
typedef struct write_task {
    wt_analyzer *a;
    size_t first, last;
    wt_buf buf;
    wt_status st;
} write_task;

static void *encode_docs(void *arg)
{
    write_task *t = arg;
    for (size_t i = t->first; i < t->last && !t->st; i++) {
        t->st = store_jsonl_document(&t->buf, t->a->docs[i]);
        if (!t->st) t->st = store_jsonl_attributions(&t->buf, t->a->docs[i]);
    }
    return NULL;
}

static wt_status flush_buf(FILE *out, wt_buf *b)
{
    if (b->len && fwrite(b->p, 1, b->len, out) != b->len) return WT_ERR_IO;
    wt_buf_reset(b);
    return WT_OK;
}

/* Documents are encoded on all threads, a round of tasks at a time, and
 * written in order: encoding is the costly part of writing. */
static wt_status write_documents(wt_analyzer *a, FILE *out)
{
    int nt = a->opt.threads > 1 ? a->opt.threads : 1;
    write_task *tasks = calloc((size_t)nt, sizeof *tasks);
    pthread_t *th = calloc((size_t)nt, sizeof *th);
    wt_status st = tasks && th ? WT_OK : WT_ERR_NOMEM;
    for (int k = 0; k < nt && tasks; k++)
        wt_buf_init(&tasks[k].buf, WRITE_BUF_MAX);
    size_t next = 0;
    while (!st && next < a->n_docs) {
        int used = 0;
        for (; used < nt && next < a->n_docs; used++) {
            write_task *t = &tasks[used];
            size_t bytes = 0, last = next;
            while (last < a->n_docs && (last == next || bytes < WRITE_CHUNK_BYTES))
                bytes += a->docs[last++]->text_len;
            t->a = a;
            t->first = next;
            t->last = last;
            t->st = WT_OK;
            next = last;
        }
        int started = 1;
        for (; started < used; started++)
            if (pthread_create(&th[started], NULL, encode_docs, &tasks[started]) != 0) break;
        encode_docs(&tasks[0]);
        for (int k = 1; k < started; k++)
            pthread_join(th[k], NULL);
        for (int k = started; k < used; k++)
            encode_docs(&tasks[k]); /* threads that did not start */
        for (int k = 0; k < used && !st; k++)
            st = tasks[k].st ? tasks[k].st : flush_buf(out, &tasks[k].buf);
    }
    for (int k = 0; k < nt && tasks; k++)
        wt_buf_free(&tasks[k].buf);
    free(tasks);
    free(th);
    return st;
}

wt_status wt_analyzer_write_jsonl(wt_analyzer *a, FILE *out)
{
    wt_status st = write_documents(a, out);
    wt_buf b;
    wt_buf_init(&b, WRITE_BUF_MAX);
    for (size_t i = 0; i < a->reuse.n_passages && !st; i++) {
        wt_passage p = wt_analyzer_passage(a, i);
        const char *ida = a->docs[p.a]->id, *idb = a->docs[p.b]->id;
        st = store_jsonl_passage(&b, ida, idb, &p, p.a_is_source ? ida : NULL);
        if (!st && b.len >= WRITE_CHUNK_BYTES) st = flush_buf(out, &b);
    }
    const char **ids = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < a->reuse.n_groups && !st; i++) {
        wt_group g = wt_analyzer_group(a, i);
        if ((st = wt_grow((void **)&ids, &cap, g.n, sizeof *ids, MAX_DOCS))) break;
        for (size_t k = 0; k < g.n; k++)
            ids[k] = a->docs[g.docs[k]]->id;
        st = store_jsonl_duplicates(&b, ids, g.n, g.similarity);
        if (!st && b.len >= WRITE_CHUNK_BYTES) st = flush_buf(out, &b);
    }
    for (size_t i = 0; i < a->n_citations && !st; i++) {
        const citation *c = &a->citations[i];
        if ((st = wt_grow((void **)&ids, &cap, c->ndocs, sizeof *ids, MAX_DOCS))) break;
        for (size_t k = 0; k < c->ndocs; k++)
            ids[k] = a->docs[c->docs[k]]->id;
        st = store_jsonl_citation(&b, c->from, c->to, ids, c->ndocs, c->count);
        if (!st && b.len >= WRITE_CHUNK_BYTES) st = flush_buf(out, &b);
    }
    free(ids);
    if (!st) st = flush_buf(out, &b);
    wt_buf_free(&b);
    if (!st && (fflush(out) != 0 || ferror(out))) st = WT_ERR_IO;
    if (st) set_error(a, "cannot write JSON Lines: %s", wt_strerror(st));
    return st;
}
