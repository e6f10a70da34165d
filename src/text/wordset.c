/* wordset.c: a small fixed set of words, each with a few bits of data,
 * looked up by the hash the tokenizer gives a word (XXH3 of its normalised,
 * case-folded form), so a token is looked up without touching its text.
 * Word lists are written in that form (lower case). */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define WORDSET_SLOTS 8192 /* a power of two; filled three quarters at most */

struct text_wordset {
    uint64_t keys[WORDSET_SLOTS]; /* hash | 1; 0 = empty */
    uint64_t bits[WORDSET_SLOTS];
    size_t n;
};

text_wordset *text_wordset_new(void)
{
    return calloc(1, sizeof(text_wordset));
}

void text_wordset_free(text_wordset *ws)
{
    free(ws);
}

wt_status text_wordset_add(text_wordset *ws, const char *word, uint64_t bits)
{
    uint64_t h = XXH3_64bits(word, strlen(word)) | 1;
    size_t s = (size_t)h & (WORDSET_SLOTS - 1);
    while (ws->keys[s] && ws->keys[s] != h)
        s = (s + 1) & (WORDSET_SLOTS - 1);
    if (!ws->keys[s]) {
        if (4 * (ws->n + 1) > 3 * WORDSET_SLOTS) return WT_ERR_LIMIT;
        ws->keys[s] = h;
        ws->n++;
    }
    ws->bits[s] |= bits;
    return WT_OK;
}

wt_status text_wordset_add_all(text_wordset *ws, const char *const *words, uint64_t bits)
{
    wt_status st = WT_OK;
    for (const char *const *w = words; *w && !st; w++)
        st = text_wordset_add(ws, *w, bits);
    return st;
}

uint64_t text_wordset_get(const text_wordset *ws, uint64_t hash)
{
    hash |= 1;
    for (size_t s = (size_t)hash & (WORDSET_SLOTS - 1); ws->keys[s]; s = (s + 1) & (WORDSET_SLOTS - 1))
        if (ws->keys[s] == hash) return ws->bits[s];
    return 0;
}
