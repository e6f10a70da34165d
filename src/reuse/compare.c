/* compare.c: the passages two documents share, with the words that match
 * marked, for `wiretrace compare` and other side-by-side views. Uses the
 * engine's aligner and span rules without a corpus around the pair. */
#include "reuse.h"
#include "../pipeline/pipeline.h"

#include <stdlib.h>
#include <string.h>

#define LCS_MAX_CELLS ((size_t)16 << 20) /* longer passages are marked matched whole */

struct wt_comparison {
    wt_passage *p;
    size_t n;
    wt_word *words[2]; /* all passages' words, side by side */
    size_t *first[2];  /* per passage: index of its first word, n + 1 entries */
};

void wt_comparison_free(wt_comparison *c)
{
    if (!c) return;
    free(c->p);
    for (int s = 0; s < 2; s++) {
        free(c->words[s]);
        free(c->first[s]);
    }
    free(c);
}

size_t wt_comparison_count(const wt_comparison *c)
{
    return c->n;
}

wt_passage wt_comparison_passage(const wt_comparison *c, size_t i)
{
    return c->p[i];
}

size_t wt_comparison_words(const wt_comparison *c, size_t i, int side, const wt_word **words)
{
    *words = c->words[side] + c->first[side][i];
    return c->first[side][i + 1] - c->first[side][i];
}

/* Marks the words of a and b that a longest common subsequence pairs up. */
static wt_status mark_matches(const text_token *a, size_t na, const text_token *b, size_t nb, wt_word *wa,
                              wt_word *wb)
{
    if ((na + 1) * (nb + 1) > LCS_MAX_CELLS) {
        for (size_t i = 0; i < na; i++)
            wa[i].matched = 1;
        for (size_t j = 0; j < nb; j++)
            wb[j].matched = 1;
        return WT_OK;
    }
    uint16_t *L = calloc((na + 1) * (nb + 1), sizeof *L);
    if (!L) return WT_ERR_NOMEM;
    for (size_t i = na; i-- > 0;)
        for (size_t j = nb; j-- > 0;) {
            uint16_t *c = &L[i * (nb + 1) + j];
            if (a[i].hash == b[j].hash)
                *c = L[(i + 1) * (nb + 1) + j + 1] + 1;
            else
                *c = WT_MAX(L[(i + 1) * (nb + 1) + j], L[i * (nb + 1) + j + 1]);
        }
    for (size_t i = 0, j = 0; i < na && j < nb;) {
        if (a[i].hash == b[j].hash)
            wa[i++].matched = wb[j++].matched = 1;
        else if (L[(i + 1) * (nb + 1) + j] >= L[i * (nb + 1) + j + 1])
            i++;
        else
            j++;
    }
    free(L);
    return WT_OK;
}

wt_status wt_compare_docs(const wt_doc *da, const wt_doc *db, unsigned min_words, wt_comparison **out)
{
    *out = NULL;
    wt_comparison *c = calloc(1, sizeof *c);
    text_tokenizer *tz = text_tokenizer_new();
    reuse_aligner *al = reuse_aligner_new();
    reuse_side sa = {0}, sb = {0};
    reuse_aligns found = {0};
    wt_status st = c && tz && al ? WT_OK : WT_ERR_NOMEM;
    if (!st) st = reuse_side_load(&sa, tz, da->text, da->text_len);
    if (!st) st = reuse_side_load(&sb, tz, db->text, db->text_len);
    if (!st)
        st = reuse_align_pair(al, sa.tok.v, sa.tok.n, sb.tok.v, sb.tok.n, min_words ? min_words : 15, &found);
    size_t n = found.n, wn[2] = {0, 0};
    for (size_t k = 0; k < n; k++) {
        wn[0] += found.v[k].a1 - found.v[k].a0;
        wn[1] += found.v[k].b1 - found.v[k].b0;
    }
    if (!st) {
        c->p = calloc(n ? n : 1, sizeof *c->p);
        for (int s = 0; s < 2; s++) {
            c->words[s] = calloc(wn[s] ? wn[s] : 1, sizeof(wt_word));
            c->first[s] = calloc(n + 1, sizeof(size_t));
        }
        if (!c->p || !c->words[0] || !c->words[1] || !c->first[0] || !c->first[1]) st = WT_ERR_NOMEM;
    }
    int a_first = da->date_prec && db->date_prec && da->epoch < db->epoch;
    for (size_t k = 0; k < n && !st; k++) {
        const reuse_align *x = &found.v[k];
        wt_passage *p = &c->p[c->n++];
        int whole;
        reuse_snap_span(&sa, da->text, da->text_len, x->a0, x->a1, &p->a_start, &p->a_end, &whole);
        reuse_snap_span(&sb, db->text, db->text_len, x->b0, x->b1, &p->b_start, &p->b_end, &whole);
        p->a = 0;
        p->b = 1;
        p->words = x->matches;
        p->identity = (double)x->matches / (double)WT_MAX(x->a1 - x->a0, x->b1 - x->b0);
        p->a_is_source = a_first;
        wt_word *w[2] = {c->words[0] + c->first[0][k], c->words[1] + c->first[1][k]};
        for (uint32_t i = x->a0; i < x->a1; i++)
            w[0][i - x->a0] = (wt_word){sa.tok.v[i].start, sa.tok.v[i].end, 0};
        for (uint32_t j = x->b0; j < x->b1; j++)
            w[1][j - x->b0] = (wt_word){sb.tok.v[j].start, sb.tok.v[j].end, 0};
        c->first[0][k + 1] = c->first[0][k] + (x->a1 - x->a0);
        c->first[1][k + 1] = c->first[1][k] + (x->b1 - x->b0);
        st = mark_matches(sa.tok.v + x->a0, x->a1 - x->a0, sb.tok.v + x->b0, x->b1 - x->b0, w[0], w[1]);
    }
    reuse_aligns_free(&found);
    reuse_side_free(&sa);
    reuse_side_free(&sb);
    reuse_aligner_free(al);
    text_tokenizer_free(tz);
    if (st) {
        wt_comparison_free(c);
        return st;
    }
    *out = c;
    return WT_OK;
}
