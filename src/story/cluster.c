/* cluster.c: one pass over the articles in date order, as news-stream
 * clustering does. Each article's key terms are weighed by how rare they
 * are in the corpus (tf-idf) and compared with the centres of the stories
 * still open (those with an article within the window); the article joins
 * the one it resembles most, or opens a new story. Candidate stories come
 * from an inverted index (term -> stories whose centre holds it), scanned
 * from its most recent end, and from the articles this one shares reused
 * passages with. Work per article is bounded, so the pass stays linear. */
#include "story.h"
#include "../util/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CENTRE_TERMS   64                   /* terms a story's centre keeps */
#define CENTRE_SLACK   32                   /* centre grows this far past CENTRE_TERMS before pruning */
#define PROBE_TERMS    10                   /* an article's heaviest terms that look stories up */
#define PROBE_DEPTH    64                   /* most recent stories per term looked at */
#define SCORED_STORIES 12                   /* candidates (by shared terms) scored in full */
#define MIN_COMMON     2                    /* terms an article shares with a story to join it */
#define MIN_CORPUS     1000                 /* articles the idf assumes at least */
#define MAX_ITEMS      ((size_t)UINT32_MAX) /* counts are uint32_t */

void story_options_init(story_options *o)
{
    o->min_similarity = 0.35;
    o->link_bonus = 0.50;
    o->window = 7 * 86400;
}

void story_result_free(story_result *r)
{
    free(r->members);
    free(r->offsets);
    free(r->doc_story);
    free(r->central);
    memset(r, 0, sizeof *r);
}

/* ---- Document frequencies ---- */

typedef struct freq_table {
    uint64_t *keys;
    uint32_t *counts;
    size_t mask;
} freq_table;

static size_t freq_slot(const freq_table *t, uint64_t h)
{
    size_t k = (size_t)(h ^ (h >> 29)) & t->mask;
    while (t->keys[k] && t->keys[k] != h)
        k = (k + 1) & t->mask;
    return k;
}

/* ---- Stories being built ---- */

typedef struct centre {
    story_term *v; /* sorted by hash */
    uint32_t n;
    double norm; /* of v, kept current */
} centre;

/* What the candidate search reads of every story it meets, apart from the
 * centres and densely packed: the scan is bound by cache misses. */
typedef struct mark {
    uint32_t stamp, shared; /* the article it was last met for, and for how many of its terms */
    int64_t last;           /* latest member's time; UNDATED when none has a date */
} mark;

#define UNDATED INT64_MIN

typedef struct posting {
    uint64_t hash; /* 0 = empty slot */
    uint32_t *ids; /* stories, in the order they took the term */
    uint32_t n, cap;
} posting;

typedef struct state {
    const story_doc *docs;
    size_t n;
    const story_options *opt;
    freq_table df;
    story_term **vec; /* per document: weighed terms held by two or more documents, sorted by hash */
    uint32_t *nvec;
    centre *c;
    mark *m; /* one per centre */
    size_t nc, capc, capm;
    posting *post;
    size_t post_mask, post_used;
    uint32_t *doc_story;
    uint32_t *link_off, *link_to; /* adjacency of reuse links */
} state;

static int by_hash(const void *p, const void *q)
{
    const story_term *x = p, *y = q;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

static int by_weight(const void *p, const void *q)
{
    const story_term *x = p, *y = q;
    if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

/* Insertion sort: the arrays sorted per article hold 24 terms at most,
 * where qsort's call overhead dominates. */
static void sort_terms(story_term *v, size_t n, int (*cmp)(const void *, const void *))
{
    for (size_t i = 1; i < n; i++) {
        story_term t = v[i];
        size_t j = i;
        for (; j > 0 && cmp(&t, &v[j - 1]) < 0; j--)
            v[j] = v[j - 1];
        v[j] = t;
    }
}

static wt_status count_frequencies(state *s)
{
    size_t total = 0;
    for (size_t i = 0; i < s->n; i++)
        total += s->docs[i].nterms;
    size_t cap = 64;
    while (cap < 2 * total)
        cap *= 2;
    s->df.keys = calloc(cap, sizeof *s->df.keys);
    s->df.counts = calloc(cap, sizeof *s->df.counts);
    if (!s->df.keys || !s->df.counts) return WT_ERR_NOMEM;
    s->df.mask = cap - 1;
    for (size_t i = 0; i < s->n; i++)
        for (uint32_t k = 0; k < s->docs[i].nterms; k++) {
            uint64_t h = s->docs[i].terms[k].hash | 1;
            size_t at = freq_slot(&s->df, h);
            s->df.keys[at] = h;
            s->df.counts[at]++;
        }
    return WT_OK;
}

/* tf-idf, normalised over all of the article's terms; only the terms
 * another article holds are kept, the others cannot match anything. */
static wt_status weigh(state *s)
{
    s->vec = calloc(s->n ? s->n : 1, sizeof *s->vec);
    s->nvec = calloc(s->n ? s->n : 1, sizeof *s->nvec);
    if (!s->vec || !s->nvec) return WT_ERR_NOMEM;
    /* A small corpus is taken as a sample of a larger stream: a word in all
     * of seven articles is not common for that. */
    double N = (double)WT_MAX(s->n, MIN_CORPUS);
    for (size_t i = 0; i < s->n; i++) {
        const story_doc *d = &s->docs[i];
        if (!d->nterms) continue;
        story_term *v = malloc(d->nterms * sizeof *v);
        if (!v) return WT_ERR_NOMEM;
        double norm = 0;
        uint32_t m = 0;
        for (uint32_t k = 0; k < d->nterms; k++) {
            uint64_t h = d->terms[k].hash | 1;
            uint32_t df = s->df.counts[freq_slot(&s->df, h)];
            double w = d->terms[k].weight * log(1 + N / df);
            norm += w * w;
            if (df >= 2) v[m++] = (story_term){h, (float)w};
        }
        norm = sqrt(norm);
        for (uint32_t k = 0; k < m && norm > 0; k++)
            v[k].weight = (float)(v[k].weight / norm);
        sort_terms(v, m, by_hash);
        s->vec[i] = v;
        s->nvec[i] = m;
    }
    return WT_OK;
}

static wt_status build_links(state *s, const story_link *links, size_t nlinks)
{
    s->link_off = calloc(s->n + 1, sizeof *s->link_off);
    s->link_to = malloc((nlinks ? 2 * nlinks : 1) * sizeof *s->link_to);
    if (!s->link_off || !s->link_to) return WT_ERR_NOMEM;
    for (size_t i = 0; i < nlinks; i++) {
        if (links[i].a >= s->n || links[i].b >= s->n) return WT_ERR_ARG;
        s->link_off[links[i].a + 1]++;
        s->link_off[links[i].b + 1]++;
    }
    for (size_t i = 0; i < s->n; i++)
        s->link_off[i + 1] += s->link_off[i];
    uint32_t *fill = malloc((s->n ? s->n : 1) * sizeof *fill);
    if (!fill) return WT_ERR_NOMEM;
    memcpy(fill, s->link_off, s->n * sizeof *fill);
    for (size_t i = 0; i < nlinks; i++) {
        s->link_to[fill[links[i].a]++] = links[i].b;
        s->link_to[fill[links[i].b]++] = links[i].a;
    }
    free(fill);
    return WT_OK;
}

/* ---- The inverted index ---- */

static posting *posting_of(state *s, uint64_t h, int create)
{
    size_t k = (size_t)(h ^ (h >> 31)) & s->post_mask;
    while (s->post[k].hash && s->post[k].hash != h)
        k = (k + 1) & s->post_mask;
    if (s->post[k].hash || !create) return s->post[k].hash ? &s->post[k] : NULL;
    s->post[k].hash = h;
    s->post_used++;
    return &s->post[k];
}

static wt_status index_term(state *s, uint64_t h, uint32_t story)
{
    posting *p = posting_of(s, h, 1);
    size_t cap = p->cap;
    wt_status st = wt_grow((void **)&p->ids, &cap, (size_t)p->n + 1, sizeof *p->ids, MAX_ITEMS);
    if (st) return st;
    p->cap = (uint32_t)WT_MIN(cap, UINT32_MAX);
    p->ids[p->n++] = story;
    return WT_OK;
}

/* ---- Centres ---- */

static double dot(const story_term *a, uint32_t na, const story_term *b, uint32_t nb, uint32_t *common)
{
    double s = 0;
    uint32_t i = 0, j = 0;
    *common = 0;
    while (i < na && j < nb) {
        if (a[i].hash == b[j].hash) {
            s += (double)a[i++].weight * b[j++].weight;
            (*common)++;
        } else if (a[i].hash < b[j].hash) {
            i++;
        } else {
            j++;
        }
    }
    return s;
}

/* Cosine of an article to a story's centre; 0 when they share fewer than
 * MIN_COMMON terms, as one shared word is no evidence of one story. */
static double similarity(const state *s, size_t doc, const centre *c)
{
    uint32_t common = 0;
    double d = c->norm > 0 ? dot(s->vec[doc], s->nvec[doc], c->v, c->n, &common) / c->norm : 0;
    return common >= MIN_COMMON ? d : 0;
}

/* Adds an article's vector to a centre; terms new to it enter the index. */
static wt_status absorb(state *s, uint32_t story, size_t doc)
{
    centre *c = &s->c[story];
    const story_term *v = s->vec[doc];
    uint32_t nv = s->nvec[doc];
    story_term *merged = malloc(((size_t)c->n + nv + 1) * sizeof *merged);
    if (!merged) return WT_ERR_NOMEM;
    uint32_t i = 0, j = 0, m = 0;
    wt_status st = WT_OK;
    while (i < c->n || j < nv) {
        if (j == nv || (i < c->n && c->v[i].hash < v[j].hash)) {
            merged[m++] = c->v[i++];
        } else if (i == c->n || v[j].hash < c->v[i].hash) {
            if (!st) st = index_term(s, v[j].hash, story);
            merged[m++] = v[j++];
        } else {
            merged[m] = c->v[i++];
            merged[m++].weight += v[j++].weight;
        }
    }
    if (m > CENTRE_TERMS + CENTRE_SLACK) {
        qsort(merged, m, sizeof *merged, by_weight);
        m = CENTRE_TERMS;
        qsort(merged, m, sizeof *merged, by_hash);
    }
    free(c->v);
    c->v = merged;
    c->n = m;
    double norm = 0;
    for (uint32_t k = 0; k < m; k++)
        norm += (double)c->v[k].weight * c->v[k].weight;
    c->norm = sqrt(norm);
    const story_doc *d = &s->docs[doc];
    mark *mk = &s->m[story];
    if (d->dated && (mk->last == UNDATED || d->epoch > mk->last)) mk->last = d->epoch;
    s->doc_story[doc] = story;
    return st;
}

static int open_for(const state *s, const mark *m, size_t doc)
{
    const story_doc *d = &s->docs[doc];
    return !d->dated || m->last == UNDATED || d->epoch - m->last <= s->opt->window;
}

typedef struct cand {
    uint32_t story, shared;
} cand;

static int by_shared(const void *p, const void *q)
{
    const cand *x = p, *y = q;
    if (x->shared != y->shared) return x->shared > y->shared ? -1 : 1;
    return x->story > y->story ? -1 : x->story < y->story; /* the more recent first */
}

/* The story an article joins, or UINT32_MAX for a new one. */
static uint32_t choose(state *s, size_t doc, cand *cands, uint32_t stamp)
{
    size_t nc = 0;
    story_term probe[STORY_TERMS];
    uint32_t np = WT_MIN(s->nvec[doc], STORY_TERMS);
    if (np) memcpy(probe, s->vec[doc], np * sizeof *probe);
    sort_terms(probe, np, by_weight);
    np = WT_MIN(np, PROBE_TERMS);
    for (uint32_t k = 0; k < np; k++) {
        const posting *p = posting_of(s, probe[k].hash, 0);
        if (!p) continue;
        uint32_t low = p->n > PROBE_DEPTH ? p->n - PROBE_DEPTH : 0;
        for (uint32_t x = p->n; x-- > low;) {
            mark *m = &s->m[p->ids[x]];
            if (m->stamp != stamp) {
                if (!open_for(s, m, doc)) continue;
                m->stamp = stamp;
                m->shared = 0;
                cands[nc++] = (cand){p->ids[x], 0};
            }
            m->shared++;
        }
    }
    /* The SCORED_STORIES candidates sharing the most probe terms, by
     * insertion; a story sharing fewer than MIN_COMMON cannot join. */
    cand top[SCORED_STORIES];
    size_t nt = 0;
    for (size_t k = 0; k < nc; k++) {
        cand c = {cands[k].story, s->m[cands[k].story].shared};
        if (c.shared < MIN_COMMON || (nt == SCORED_STORIES && by_shared(&c, &top[nt - 1]) > 0)) continue;
        size_t at = nt < SCORED_STORIES ? nt++ : nt - 1;
        while (at > 0 && by_shared(&c, &top[at - 1]) < 0) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = c;
    }
    memcpy(cands, top, nt * sizeof *top);
    nc = nt;

    uint32_t best = UINT32_MAX;
    double best_score = s->opt->min_similarity;
    for (size_t k = 0; k < nc; k++) {
        double sc = similarity(s, doc, &s->c[cands[k].story]);
        if (sc >= best_score && (sc > best_score || cands[k].story > best)) {
            best_score = sc;
            best = cands[k].story;
        }
    }
    /* Stories of the articles this one shares passages with. */
    for (uint32_t k = s->link_off[doc]; k < s->link_off[doc + 1]; k++) {
        uint32_t story = s->doc_story[s->link_to[k]];
        if (story == UINT32_MAX || !open_for(s, &s->m[story], doc)) continue;
        double sc = similarity(s, doc, &s->c[story]) + s->opt->link_bonus;
        if (sc > best_score || (sc == best_score && best != UINT32_MAX && story > best)) {
            best_score = sc;
            best = story;
        }
    }
    return best;
}

static int cmp_order(const void *p, const void *q, void *arg)
{
    const story_doc *docs = arg;
    uint32_t x = *(const uint32_t *)p, y = *(const uint32_t *)q;
    const story_doc *a = &docs[x], *b = &docs[y];
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->dated && a->epoch != b->epoch) return a->epoch < b->epoch ? -1 : 1;
    return x < y ? -1 : x > y;
}

static wt_status run(state *s, uint32_t *order)
{
    for (size_t i = 0; i < s->n; i++)
        order[i] = (uint32_t)i;
    qsort_r(order, s->n, sizeof *order, cmp_order, (void *)s->docs);
    size_t post_cap = 1024;
    for (size_t i = 0; i < s->n; i++)
        post_cap += s->nvec[i];
    size_t pc = 64;
    while (pc < 2 * post_cap)
        pc *= 2;
    s->post = calloc(pc, sizeof *s->post);
    cand *cands = malloc(PROBE_TERMS * PROBE_DEPTH * sizeof *cands);
    if (!s->post || !cands) {
        free(cands);
        return WT_ERR_NOMEM;
    }
    s->post_mask = pc - 1;
    wt_status st = WT_OK;
    for (size_t i = 0; i < s->n && !st; i++) {
        size_t doc = order[i];
        uint32_t story = choose(s, doc, cands, (uint32_t)i + 1);
        if (story == UINT32_MAX) {
            if ((st = wt_grow((void **)&s->c, &s->capc, s->nc + 1, sizeof *s->c, MAX_ITEMS))) break;
            if ((st = wt_grow((void **)&s->m, &s->capm, s->nc + 1, sizeof *s->m, MAX_ITEMS))) break;
            memset(&s->c[s->nc], 0, sizeof *s->c);
            s->m[s->nc] = (mark){0, 0, UNDATED};
            story = (uint32_t)s->nc++;
        }
        st = absorb(s, story, doc);
    }
    free(cands);
    return st;
}

static wt_status collect(state *s, story_result *out)
{
    out->n = s->nc;
    out->offsets = calloc(s->nc + 1, sizeof *out->offsets);
    out->members = malloc((s->n ? s->n : 1) * sizeof *out->members);
    out->central = malloc((s->nc ? s->nc : 1) * sizeof *out->central);
    if (!out->offsets || !out->members || !out->central) return WT_ERR_NOMEM;
    for (size_t i = 0; i < s->n; i++)
        out->offsets[s->doc_story[i] + 1]++;
    for (size_t k = 0; k < s->nc; k++)
        out->offsets[k + 1] += out->offsets[k];
    uint32_t *fill = malloc((s->nc ? s->nc : 1) * sizeof *fill);
    double *best = malloc((s->nc ? s->nc : 1) * sizeof *best);
    if (!fill || !best) {
        free(fill);
        free(best);
        return WT_ERR_NOMEM;
    }
    memcpy(fill, out->offsets, s->nc * sizeof *fill);
    for (size_t k = 0; k < s->nc; k++)
        best[k] = -1;
    for (size_t i = 0; i < s->n; i++) {
        uint32_t k = s->doc_story[i];
        out->members[fill[k]++] = (uint32_t)i;
        double sc = similarity(s, i, &s->c[k]);
        if (sc > best[k]) {
            best[k] = sc;
            out->central[k] = (uint32_t)i;
        }
    }
    free(fill);
    free(best);
    out->doc_story = s->doc_story;
    s->doc_story = NULL;
    return WT_OK;
}

wt_status story_cluster(const story_doc *docs, size_t n, const story_link *links, size_t nlinks,
                        const story_options *opt, story_result *out)
{
    memset(out, 0, sizeof *out);
    if (n >= UINT32_MAX) return WT_ERR_LIMIT;
    story_options defaults;
    if (!opt) {
        story_options_init(&defaults);
        opt = &defaults;
    }
    state s = {.docs = docs, .n = n, .opt = opt};
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    s.doc_story = malloc((n ? n : 1) * sizeof *s.doc_story);
    wt_status st = order && s.doc_story ? WT_OK : WT_ERR_NOMEM;
    for (size_t i = 0; i < n && !st; i++)
        s.doc_story[i] = UINT32_MAX;
    if (!st) st = count_frequencies(&s);
    if (!st) st = weigh(&s);
    if (!st) st = build_links(&s, links, nlinks);
    if (!st) st = run(&s, order);
    if (!st) st = collect(&s, out);
    if (st) story_result_free(out);
    free(order);
    free(s.df.keys);
    free(s.df.counts);
    for (size_t i = 0; s.vec && i < n; i++)
        free(s.vec[i]);
    free(s.vec);
    free(s.nvec);
    for (size_t k = 0; k < s.nc; k++)
        free(s.c[k].v);
    free(s.c);
    free(s.m);
    for (size_t k = 0; s.post && k <= s.post_mask; k++)
        free(s.post[k].ids);
    free(s.post);
    free(s.doc_story);
    free(s.link_off);
    free(s.link_to);
    return st;
}
