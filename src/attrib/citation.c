/* citation.c: which outlet cites which. An article's publisher cites every
 * outlet its attributions name as speaker ("The Harbor Ledger reported",
 * "according to the Gazette"); the pairs are counted over the corpus with
 * the articles that make them. An outlet quoting itself ("the Gazette has
 * learned" in the Port Lume Gazette) is no citation. Names compare without
 * case and without a leading "The". */
#include "attrib.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_NAME 128

/* The comparable form of an outlet name: lower case, no leading "the ". */
static void name_key(const char *s, size_t n, char *out)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    if (n > 4 && !strncasecmp(s, "the ", 4)) s += 4, n -= 4;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    n = WT_MIN(n, (size_t)MAX_NAME - 1);
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = '\0';
}

/* 1 when one key is the other or its last words ("gazette" in "port lume
 * gazette"): an outlet calling itself by its short name. */
static int same_outlet(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na < nb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    return !strcmp(a + na - nb, b) && (na == nb || a[na - nb - 1] == ' ');
}

typedef struct link {
    char from_key[MAX_NAME], to_key[MAX_NAME];
    const char *from; /* display names: the first seen */
    const char *to;
    size_t to_len;
    uint32_t doc;
} link;

static int cmp_link(const void *p, const void *q)
{
    const link *x = p, *y = q;
    int c = strcmp(x->from_key, y->from_key);
    if (!c) c = strcmp(x->to_key, y->to_key);
    if (!c) c = x->doc < y->doc ? -1 : x->doc > y->doc;
    return c;
}

void citations_free(citation *c, size_t n)
{
    for (size_t i = 0; c && i < n; i++) {
        free(c[i].from);
        free(c[i].to);
        free(c[i].docs);
    }
    free(c);
}

wt_status attrib_citations(const citation_doc *docs, size_t n, citation **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    link *links = NULL;
    size_t nl = 0, cap = 0;
    wt_status st = WT_OK;
    for (size_t d = 0; d < n && !st; d++) {
        if (!docs[d].outlet) continue;
        for (size_t k = 0; k < docs[d].nat && !st; k++) {
            const attribution *a = &docs[d].at[k];
            if (a->kind != KIND_OUTLET || a->speaker_end <= a->speaker_start) continue;
            /* A known outlet by its name: "the AP" and "Associated Press" are one. */
            link l = {.from = docs[d].outlet,
                      .to = a->outlet ? a->outlet : docs[d].text + a->speaker_start,
                      .to_len = a->outlet ? strlen(a->outlet) : a->speaker_end - a->speaker_start,
                      .doc = (uint32_t)d};
            name_key(l.from, strlen(l.from), l.from_key);
            name_key(l.to, l.to_len, l.to_key);
            if (!l.to_key[0] || same_outlet(l.from_key, l.to_key)) continue; /* itself */
            if ((st = wt_grow((void **)&links, &cap, nl + 1, sizeof *links, (size_t)1 << 26))) break;
            links[nl++] = l;
        }
    }
    if (!st && nl > 1) qsort(links, nl, sizeof *links, cmp_link);
    citation *c = NULL;
    size_t nc = 0, ccap = 0;
    for (size_t s = 0; s < nl && !st;) {
        size_t e = s;
        while (e < nl && !strcmp(links[e].from_key, links[s].from_key) &&
               !strcmp(links[e].to_key, links[s].to_key))
            e++;
        if ((st = wt_grow((void **)&c, &ccap, nc + 1, sizeof *c, (size_t)1 << 26))) break;
        citation *x = &c[nc];
        memset(x, 0, sizeof *x);
        x->from = strdup(links[s].from);
        x->to = wt_strndup(links[s].to, links[s].to_len);
        x->docs = malloc((e - s) * sizeof *x->docs);
        nc++;
        if (!x->from || !x->to || !x->docs) {
            st = WT_ERR_NOMEM;
            break;
        }
        x->count = (uint32_t)(e - s);
        for (size_t k = s; k < e; k++)
            if (!x->ndocs || x->docs[x->ndocs - 1] != links[k].doc) x->docs[x->ndocs++] = links[k].doc;
        s = e;
    }
    free(links);
    if (st) {
        citations_free(c, nc);
        return st;
    }
    *out = c;
    *nout = nc;
    return WT_OK;
}
