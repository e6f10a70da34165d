/* gazetteer.c: the news organisations wiretrace knows by name, from the
 * data file data/outlets.tsv compiled into the library. A name is matched
 * as a whole run of words: the words' normalised hashes (the tokenizer's,
 * so case and Unicode forms do not matter) are hashed together, without a
 * leading "the", and looked up; each alias leads to its outlet's name. */
#include "attrib.h"
#include "../util/util.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define MAX_ENTRIES 65536

struct attrib_gazetteer {
    uint64_t *keys; /* 0 = empty */
    uint16_t *ids;
    size_t mask;
    char **names; /* canonical names, owned */
    size_t n;
    unsigned max_words;
    uint64_t the; /* the hash of "the" */
};

static uint64_t run_key(const uint64_t *hashes, size_t n)
{
    return XXH3_64bits(hashes, n * sizeof *hashes) | 1;
}

static wt_status insert(attrib_gazetteer *g, text_tokenizer *tz, text_tokens *tok, const char *s, size_t n,
                        uint16_t id)
{
    tok->n = 0;
    wt_status st = text_tokenize(tz, s, n, tok);
    if (st) return st;
    size_t a = tok->n > 1 && tok->v[0].hash == g->the ? 1 : 0;
    if (a >= tok->n || tok->n - a > ATTRIB_OUTLET_WORDS) return WT_OK; /* too long to match: left out */
    uint64_t h[ATTRIB_OUTLET_WORDS];
    for (size_t i = a; i < tok->n; i++)
        h[i - a] = tok->v[i].hash;
    uint64_t key = run_key(h, tok->n - a);
    size_t k = (size_t)key & g->mask;
    while (g->keys[k] && g->keys[k] != key)
        k = (k + 1) & g->mask;
    if (g->keys[k]) return WT_OK; /* the first outlet to claim a name keeps it */
    g->keys[k] = key;
    g->ids[k] = id;
    if (tok->n - a > g->max_words) g->max_words = (unsigned)(tok->n - a);
    return WT_OK;
}

attrib_gazetteer *attrib_gazetteer_new(const char *data, size_t len)
{
    attrib_gazetteer *g = calloc(1, sizeof *g);
    text_tokenizer *tz = text_tokenizer_new();
    text_tokens tok = {0};
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += data[i] == '\n' || data[i] == '|' || data[i] == '\t';
    size_t cap = 64;
    while (cap < 2 * lines)
        cap *= 2;
    wt_status st = g && tz && lines < MAX_ENTRIES ? WT_OK : WT_ERR_NOMEM;
    if (!st) {
        g->keys = calloc(cap, sizeof *g->keys);
        g->ids = calloc(cap, sizeof *g->ids);
        g->names = calloc(lines, sizeof *g->names);
        g->mask = cap - 1;
        g->the = XXH3_64bits("the", 3);
        if (!g->keys || !g->ids || !g->names) st = WT_ERR_NOMEM;
    }
    for (size_t p = 0; p < len && !st;) {
        const char *line = data + p, *nl = memchr(line, '\n', len - p);
        size_t n = nl ? (size_t)(nl - line) : len - p;
        p += n + 1;
        if (!n || line[0] == '#') continue;
        const char *tab = memchr(line, '\t', n);
        size_t name_len = tab ? (size_t)(tab - line) : n;
        uint16_t id = (uint16_t)g->n;
        if (!(g->names[g->n] = wt_strndup(line, name_len))) {
            st = WT_ERR_NOMEM;
            break;
        }
        g->n++;
        st = insert(g, tz, &tok, line, name_len, id);
        for (const char *s = tab ? tab + 1 : line + n; s < line + n && !st;) {
            const char *bar = memchr(s, '|', (size_t)(line + n - s));
            size_t m = bar ? (size_t)(bar - s) : (size_t)(line + n - s);
            st = insert(g, tz, &tok, s, m, id);
            s += m + 1;
        }
    }
    text_tokens_free(&tok);
    text_tokenizer_free(tz);
    if (st) {
        attrib_gazetteer_free(g);
        return NULL;
    }
    return g;
}

void attrib_gazetteer_free(attrib_gazetteer *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->n; i++)
        free(g->names[i]);
    free(g->names);
    free(g->keys);
    free(g->ids);
    free(g);
}

const char *attrib_gazetteer_match(const attrib_gazetteer *g, const text_tokens *tok, size_t a, size_t b)
{
    if (!g) return NULL;
    if (b - a > 1 && tok->v[a].hash == g->the) a++;
    if (a >= b || b - a > g->max_words) return NULL;
    uint64_t h[ATTRIB_OUTLET_WORDS];
    for (size_t i = a; i < b; i++)
        h[i - a] = tok->v[i].hash;
    uint64_t key = run_key(h, b - a);
    for (size_t k = (size_t)key & g->mask; g->keys[k]; k = (k + 1) & g->mask)
        if (g->keys[k] == key) return g->names[g->ids[k]];
    return NULL;
}

const char *attrib_gazetteer_lookup(const attrib_gazetteer *g, text_tokenizer *tz, text_tokens *scratch,
                                    const char *s, size_t n)
{
    if (!g || !s) return NULL;
    scratch->n = 0;
    if (text_tokenize(tz, s, n, scratch) || !scratch->n) return NULL;
    return attrib_gazetteer_match(g, scratch, 0, scratch->n);
}
