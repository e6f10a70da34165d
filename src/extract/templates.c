/* templates.c: lines an outlet repeats across many of its articles (a
 * standing footer, a correspondent's tagline, a promotion) are templates,
 * hence boilerplate. Every line of every article is hashed with its
 * outlet; a hash found in at least TEMPLATE_MIN_DOCS articles, and in at
 * least 1 in TEMPLATE_SHARE of the outlet's articles, marks that line
 * "template" wherever it stands. Articles without an outlet are left out:
 * with no outlet, a repeated line cannot be told from a copied one. */
#include "extract.h"

#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#define TEMPLATE_MIN_DOCS 5
#define TEMPLATE_SHARE    100 /* 1 in 100 of the outlet's articles at least */
#define MIN_LINE          8   /* bytes: shorter lines are too common to judge */
#define MAX_LINE          300 /* bytes: longer lines are prose */

typedef struct line_ref {
    uint32_t start, end;
    uint64_t key;
} line_ref;

/* Calls fn for each candidate line of a document: trimmed, of a size a
 * template has, and not already junk. */
static wt_status each_line(const template_doc *d, wt_status (*fn)(void *, const template_doc *, line_ref),
                           void *ctx)
{
    size_t k = 0;
    for (size_t i = 0; i < d->len;) {
        size_t e = i;
        while (e < d->len && d->text[e] != '\n')
            e++;
        size_t a = i, b = e;
        while (a < b && (d->text[a] == ' ' || d->text[a] == '\t' || d->text[a] == '\r'))
            a++;
        while (b > a && (d->text[b - 1] == ' ' || d->text[b - 1] == '\t' || d->text[b - 1] == '\r'))
            b--;
        i = e + 1;
        if (b - a < MIN_LINE || b - a > MAX_LINE) continue;
        while (k < *d->njunk && (*d->junk)[k].end <= a)
            k++;
        if (k < *d->njunk && (*d->junk)[k].start < b) continue; /* already junk */
        uint64_t key = XXH3_64bits_withSeed(d->text + a, b - a, d->outlet);
        wt_status st = fn(ctx, d, (line_ref){(uint32_t)a, (uint32_t)b, key});
        if (st) return st;
    }
    return WT_OK;
}

typedef struct keyvec {
    uint64_t *v;
    size_t n, cap;
} keyvec;

static wt_status collect_key(void *ctx, const template_doc *d, line_ref l)
{
    (void)d;
    keyvec *k = ctx;
    if (k->n == k->cap) {
        wt_status st = wt_grow((void **)&k->v, &k->cap, k->n + 1, sizeof *k->v, (size_t)1 << 34);
        if (st) return st;
    }
    k->v[k->n++] = l.key;
    return WT_OK;
}

static int cmp_u64(const void *p, const void *q)
{
    uint64_t x = *(const uint64_t *)p, y = *(const uint64_t *)q;
    return x < y ? -1 : x > y;
}

typedef struct marker {
    const uint64_t *templates;
    size_t n;
    junk_spans add;
} marker;

static wt_status mark_line(void *ctx, const template_doc *d, line_ref l)
{
    (void)d;
    marker *m = ctx;
    if (!bsearch(&l.key, m->templates, m->n, sizeof *m->templates, cmp_u64)) return WT_OK;
    wt_status st = wt_grow((void **)&m->add.v, &m->add.cap, m->add.n + 1, sizeof *m->add.v, (size_t)1 << 24);
    if (st) return st;
    m->add.v[m->add.n++] = (junk_span){l.start, l.end, JUNK_TEMPLATE};
    return WT_OK;
}

static int cmp_span(const void *p, const void *q)
{
    const junk_span *x = p, *y = q;
    return x->start < y->start ? -1 : x->start > y->start;
}

wt_status junk_templates(template_doc *docs, size_t n)
{
    /* Articles per outlet, for the share rule. */
    uint32_t max_outlet = 0;
    for (size_t i = 0; i < n; i++)
        max_outlet = WT_MAX(max_outlet, docs[i].outlet);
    uint32_t *per_outlet = calloc((size_t)max_outlet + 1, sizeof *per_outlet);
    if (!per_outlet) return WT_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        per_outlet[docs[i].outlet]++;

    /* Each document's distinct line keys, all together, sorted. */
    keyvec all = {0}, one = {0};
    wt_status st = WT_OK;
    for (size_t i = 0; i < n && !st; i++) {
        if (!docs[i].outlet) continue;
        one.n = 0;
        if ((st = each_line(&docs[i], collect_key, &one))) break;
        if (one.n > 1) qsort(one.v, one.n, sizeof *one.v, cmp_u64);
        for (size_t k = 0; k < one.n && !st; k++) {
            if (k && one.v[k] == one.v[k - 1]) continue;
            /* Stored as (key, outlet) pairs, for the share rule. */
            st = collect_key(&all, NULL, (line_ref){0, 0, one.v[k]});
            if (!st) st = collect_key(&all, NULL, (line_ref){0, 0, docs[i].outlet});
        }
    }
    free(one.v);
    /* Pairs (key, outlet) sorted by key. */
    size_t pairs = all.n / 2;
    if (!st && pairs > 1) qsort(all.v, pairs, 2 * sizeof *all.v, cmp_u64);
    size_t nt = 0;
    for (size_t s = 0; s < pairs && !st;) {
        size_t e = s;
        while (e < pairs && all.v[2 * e] == all.v[2 * s])
            e++;
        size_t count = e - s, outlet_docs = per_outlet[all.v[2 * s + 1]];
        if (count >= TEMPLATE_MIN_DOCS && count * TEMPLATE_SHARE >= outlet_docs) all.v[nt++] = all.v[2 * s];
        s = e;
    }
    free(per_outlet);
    marker m = {all.v, nt, {0}};
    for (size_t i = 0; i < n && !st && nt; i++) {
        if (!docs[i].outlet) continue;
        m.add.n = 0;
        if ((st = each_line(&docs[i], mark_line, &m)) || m.add.n == 0) continue;
        size_t total = *docs[i].njunk + m.add.n;
        junk_span *v = realloc(*docs[i].junk, total * sizeof *v);
        if (!v) {
            st = WT_ERR_NOMEM;
            break;
        }
        memcpy(v + *docs[i].njunk, m.add.v, m.add.n * sizeof *v);
        qsort(v, total, sizeof *v, cmp_span);
        *docs[i].junk = v;
        *docs[i].njunk = (uint32_t)total;
    }
    free(m.add.v);
    free(all.v);
    return st;
}
