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
    story_result stories;
    attrib_gazetteer *gazetteer; /* outlets by name; attributions point into it */
    uint32_t *story_first;       /* per story: the article that reported it first, UINT32_MAX if unknown */

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
    opt->find_stories = 1;
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
    attrib_gazetteer_free(a->gazetteer); /* after the attributions that name its outlets */
    a->gazetteer = NULL;
    free(a->docs);
    free(a->idset);
    reuse_result_free(&a->reuse);
    citations_free(a->citations, a->n_citations);
    story_result_free(&a->stories);
    free(a->story_first);
    a->story_first = NULL;
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

static int storytelling(const wt_analyzer *a)
{
    return a->opt.keep_documents && a->opt.find_stories;
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
                                      attributing(a), storytelling(a), a->gazetteer);
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
    text_tokenizer *tz = text_tokenizer_new();
    text_tokens scratch = {0};
    wt_status st = cd && tz ? WT_OK : WT_ERR_NOMEM;
    for (size_t i = 0; i < a->n_docs && !st; i++) {
        const wt_doc *d = a->docs[i];
        /* A publisher the gazetteer knows goes by its name: "NYT" citing
         * "the New York Times" cites itself. */
        const char *known =
            d->outlet ? attrib_gazetteer_lookup(a->gazetteer, tz, &scratch, d->outlet, strlen(d->outlet))
                      : NULL;
        cd[i] = (citation_doc){known ? known : d->outlet, d->text, d->attrib, d->nattrib};
    }
    if (!st) st = attrib_citations(cd, a->n_docs, &a->citations, &a->n_citations);
    text_tokens_free(&scratch);
    text_tokenizer_free(tz);
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

/* Who reported each story first: its earliest dated article; undated,
 * the article its members took the most passages from. */
static wt_status first_reports(wt_analyzer *a)
{
    const story_result *r = &a->stories;
    uint32_t *sources = calloc(a->n_docs ? a->n_docs : 1, sizeof *sources);
    if (!sources || !(a->story_first = malloc((r->n ? r->n : 1) * sizeof *a->story_first))) {
        free(sources);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < a->reuse.n_passages; i++) {
        const reuse_passage *p = &a->reuse.passages[i];
        if (p->source_known && r->doc_story[p->a] == r->doc_story[p->b]) sources[p->a]++;
    }
    for (size_t k = 0; k < r->n; k++) {
        uint32_t best = UINT32_MAX, most = 0;
        for (uint32_t m = r->offsets[k]; m < r->offsets[k + 1]; m++) {
            uint32_t i = r->members[m];
            const wt_doc *d = a->docs[i];
            if (d->date_prec) {
                const wt_doc *b = best == UINT32_MAX ? NULL : a->docs[best];
                if (!b || !b->date_prec || d->epoch < b->epoch) best = i;
            } else if (sources[i] > most && (best == UINT32_MAX || !a->docs[best]->date_prec)) {
                best = i;
                most = sources[i];
            }
        }
        if (best == UINT32_MAX && r->offsets[k + 1] - r->offsets[k] == 1) best = r->members[r->offsets[k]];
        a->story_first[k] = best;
    }
    free(sources);
    return WT_OK;
}

size_t wt_analyzer_story_count(const wt_analyzer *a)
{
    return a->stories.n;
}

wt_story wt_analyzer_story(const wt_analyzer *a, size_t i)
{
    const story_result *r = &a->stories;
    uint32_t f = a->story_first[i];
    return (wt_story){r->members + r->offsets[i], r->offsets[i + 1] - r->offsets[i],
                      f == UINT32_MAX ? SIZE_MAX : f, r->central[i]};
}

/* The central article's headline, else any member's, else the central
 * article's opening words past its page junk. */
size_t wt_analyzer_story_label(const wt_analyzer *a, size_t i, char *out, size_t cap)
{
    wt_story s = wt_analyzer_story(a, i);
    const wt_doc *c = a->docs[s.central], *titled = c->title ? c : NULL;
    for (size_t m = 0; m < s.n && !titled; m++)
        if (a->docs[s.docs[m]]->title) titled = a->docs[s.docs[m]];
    if (titled) return story_label(titled->title, NULL, 0, out, cap);
    uint32_t at = junk_lead_end(c->text, c->text_len, c->junk, c->njunk);
    return story_label(NULL, c->text + at, c->text_len - at, out, cap);
}

size_t wt_analyzer_doc_story(const wt_analyzer *a, size_t doc)
{
    return a->stories.doc_story && doc < a->n_docs ? a->stories.doc_story[doc] : SIZE_MAX;
}

/* Stories: the reuse links and each article's key terms, in one pass. */
static wt_status find_stories(wt_analyzer *a)
{
    story_doc *sd = calloc(a->n_docs ? a->n_docs : 1, sizeof *sd);
    size_t nlinks = a->reuse.n_passages;
    for (size_t g = 0; g < a->reuse.n_groups; g++)
        nlinks += a->reuse.groups[g].n;
    story_link *links = malloc((nlinks ? nlinks : 1) * sizeof *links);
    wt_status st = sd && links ? WT_OK : WT_ERR_NOMEM;
    for (size_t i = 0; i < a->n_docs && !st; i++) {
        const wt_doc *d = a->docs[i];
        sd[i] = (story_doc){d->terms, d->nterms, d->date_prec > 0, d->epoch};
    }
    size_t k = 0;
    for (size_t i = 0; i < a->reuse.n_passages && !st; i++)
        links[k++] = (story_link){a->reuse.passages[i].a, a->reuse.passages[i].b};
    for (size_t g = 0; g < a->reuse.n_groups && !st; g++) {
        const uint32_t *m = a->reuse.members + a->reuse.groups[g].first;
        for (uint32_t j = 1; j < a->reuse.groups[g].n; j++)
            links[k++] = (story_link){m[0], m[j]};
    }
    story_options so;
    story_options_init(&so);
    if (!st) st = story_cluster(sd, a->n_docs, links, k, &so, &a->stories);
    free(sd);
    free(links);
    for (size_t i = 0; i < a->n_docs; i++) {
        free(a->docs[i]->terms);
        a->docs[i]->terms = NULL;
        a->docs[i]->nterms = 0;
    }
    if (!st) st = first_reports(a);
    if (st) set_error(a, "stories: %s", wt_strerror(st));
    return st;
}

size_t wt_analyzer_citation_count(const wt_analyzer *a)
{
    return a->n_citations;
}

wt_citation wt_analyzer_citation(const wt_analyzer *a, size_t i)
{
    const citation *c = &a->citations[i];
    return (wt_citation){c->from, c->to, c->docs, c->ndocs, c->count};
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
    if (!st && attributing(a) &&
        !(a->gazetteer = attrib_gazetteer_new((const char *)wt__outlets_tsv, wt__outlets_tsv_len)))
        st = WT_ERR_NOMEM;
    pipe_worker self;
    if (!st)
        st = pipe_worker_init(&self, a->opt.max_article_bytes, a->opt.keep_documents, fingerprinting(a),
                              attributing(a), storytelling(a), a->gazetteer);
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
    double t_story = wt_now();
    if (!st && storytelling(a)) st = find_stories(a);
    a->sum.story_seconds = wt_now() - t_story;
    a->sum.stories = a->stories.n;
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
        char story[32];
        size_t k = wt_analyzer_doc_story(t->a, i);
        if (k != SIZE_MAX) snprintf(story, sizeof story, "story-%zu", k + 1);
        t->st = store_jsonl_document(&t->buf, t->a->docs[i], k != SIZE_MAX ? story : NULL);
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

static int cmp_str(const void *p, const void *q)
{
    return strcmp(*(const char *const *)p, *(const char *const *)q);
}

/* One story record: its articles, outlets (each once, sorted), dates. */
static wt_status write_story(wt_analyzer *a, size_t k, wt_buf *b, const char ***ids, size_t *cap)
{
    wt_story s = wt_analyzer_story(a, k);
    wt_status st = wt_grow((void **)ids, cap, 2 * s.n, sizeof **ids, MAX_DOCS);
    if (st) return st;
    const char **docs = *ids, **outlets = *ids + s.n;
    size_t no = 0;
    const wt_doc *early = NULL, *late = NULL;
    for (size_t m = 0; m < s.n; m++) {
        const wt_doc *d = a->docs[s.docs[m]];
        docs[m] = d->id;
        if (d->outlet) outlets[no++] = d->outlet;
        if (d->date_prec && (!early || d->epoch < early->epoch)) early = d;
        if (d->date_prec && (!late || d->epoch > late->epoch)) late = d;
    }
    qsort(outlets, no, sizeof *outlets, cmp_str);
    size_t u = 0;
    for (size_t m = 0; m < no; m++)
        if (u == 0 || strcmp(outlets[m], outlets[u - 1]) != 0) outlets[u++] = outlets[m];
    char id[32], label[256];
    snprintf(id, sizeof id, "story-%zu", k + 1);
    wt_analyzer_story_label(a, k, label, sizeof label);
    store_story r = {id,
                     label,
                     s.first == SIZE_MAX ? NULL : a->docs[s.first]->id,
                     early ? early->date : NULL,
                     late ? late->date : NULL,
                     docs,
                     s.n,
                     outlets,
                     u};
    return store_jsonl_story(b, &r);
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
    for (size_t i = 0; i < a->stories.n && !st; i++) {
        if ((st = write_story(a, i, &b, &ids, &cap))) break;
        if (b.len >= WRITE_CHUNK_BYTES) st = flush_buf(out, &b);
    }
    free(ids);
    if (!st) st = flush_buf(out, &b);
    wt_buf_free(&b);
    if (!st && (fflush(out) != 0 || ferror(out))) st = WT_ERR_IO;
    if (st) set_error(a, "cannot write JSON Lines: %s", wt_strerror(st));
    return st;
}
