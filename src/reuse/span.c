/* span.c: passage ends in bytes. Copies are made of sentences: an end
 * within REUSE_SNAP_WORDS words of a sentence boundary moves to it, so an
 * edit at the edge of a copied sentence does not cut the passage short. */
#include "reuse.h"

void reuse_mask_spans(text_token *tok, size_t ntok, const junk_span *sp, size_t nsp, uint32_t salt)
{
    size_t k = 0;
    for (size_t i = 0; i < ntok && k < nsp; i++) {
        while (k < nsp && sp[k].end <= tok[i].start)
            k++;
        if (k < nsp && tok[i].start >= sp[k].start)
            tok[i].hash = (uint64_t)salt << 32 | (uint32_t)i | 1ULL << 63;
    }
}

void reuse_side_free(reuse_side *s)
{
    text_tokens_free(&s->tok);
    text_spans_free(&s->sent);
}

wt_status reuse_side_load(reuse_side *s, text_tokenizer *tz, const char *text, size_t len)
{
    s->tok.n = s->sent.n = 0;
    wt_status st = text_tokenize(tz, text, len, &s->tok);
    return st ? st : text_sentences(text, len, &s->tok, &s->sent);
}

/* Index of the sentence holding byte b. */
static size_t sentence_at(const text_spans *s, uint32_t b)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->v[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->n ? lo : s->n - 1;
}

void reuse_snap_span(const reuse_side *s, const char *text, size_t len, uint32_t t0, uint32_t t1,
                     uint32_t *start, uint32_t *end, int *whole)
{
    const text_token *t = s->tok.v;
    uint32_t a = t[t0].start, e = t[t1 - 1].end;
    int at_start = 0, at_end = 0;
    if (s->sent.n) {
        const text_span *ss = &s->sent.v[sentence_at(&s->sent, a)];
        const text_span *se = &s->sent.v[sentence_at(&s->sent, t[t1 - 1].start)];
        size_t first = text_token_at(&s->tok, ss->start), after = text_token_at(&s->tok, se->end);
        if (t0 >= first && t0 - first <= REUSE_SNAP_WORDS) a = ss->start, at_start = 1 + (t0 == first);
        if (after >= t1 && after - t1 <= REUSE_SNAP_WORDS) e = se->end, at_end = 1 + (after == t1);
    }
    /* Otherwise the span widens over the punctuation touching its ends. */
    if (!at_start)
        while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n' && text[a - 1] != '\t')
            a--;
    if (!at_end)
        while (e < len && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' && text[e] != '\r')
            e++;
    *start = a;
    *end = e;
    *whole = at_start == 2 && at_end == 2; /* the match itself spans whole sentences */
}
