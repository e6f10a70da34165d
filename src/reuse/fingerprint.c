/* fingerprint.c: winnowed fingerprints of word n-grams (Schleimer, Wilkerson
 * and Aiken's winnowing): of every window of REUSE_WINNOW consecutive
 * n-gram hashes the smallest is kept, so two texts sharing any run of
 * REUSE_NGRAM + REUSE_WINNOW - 1 words share a fingerprint, at about
 * 2 / (REUSE_WINNOW + 1) of the cost of keeping every n-gram. */
#include "reuse.h"

#include <stdlib.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

size_t reuse_ngram_hashes(const text_token *t, size_t n, uint32_t *h)
{
    if (n < REUSE_NGRAM) return 0;
    size_t m = n - REUSE_NGRAM + 1;
    for (size_t i = 0; i < m; i++) {
        uint64_t g[REUSE_NGRAM];
        for (size_t k = 0; k < REUSE_NGRAM; k++)
            g[k] = t[i + k].hash;
        h[i] = (uint32_t)(XXH3_64bits(g, sizeof g) >> 32);
    }
    return m;
}

size_t reuse_winnow(const text_token *t, size_t n, uint32_t *h, uint32_t *out)
{
    size_t m = reuse_ngram_hashes(t, n, h);
    if (m == 0) return 0;
    size_t k = 0, last = SIZE_MAX;
    size_t windows = m >= REUSE_WINNOW ? m - REUSE_WINNOW + 1 : 1;
    for (size_t w = 0; w < windows; w++) {
        size_t end = WT_MIN(w + REUSE_WINNOW, m), best = w;
        for (size_t i = w + 1; i < end; i++)
            if (h[i] <= h[best]) best = i; /* the rightmost minimum, as winnowing asks */
        if (best != last) out[k++] = h[best];
        last = best;
    }
    return k;
}

wt_status reuse_fingerprints(const text_tokens *tok, uint32_t **fp, uint32_t *n)
{
    *fp = NULL;
    *n = 0;
    if (tok->n < REUSE_NGRAM) return WT_OK;
    uint32_t *h = malloc(tok->n * sizeof *h);
    uint32_t *out = malloc(tok->n * sizeof *out);
    if (!h || !out) {
        free(h);
        free(out);
        return WT_ERR_NOMEM;
    }
    size_t k = reuse_winnow(tok->v, tok->n, h, out);
    free(h);
    uint32_t *shrunk = realloc(out, (k ? k : 1) * sizeof *out);
    *fp = shrunk ? shrunk : out;
    *n = (uint32_t)k;
    return WT_OK;
}
