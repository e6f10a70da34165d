/* fuzz_align.c: two texts (the input split at its first NUL, or in half)
 * through the tokenizer and the pairwise aligner; every passage must lie in
 * bounds, in order, with no more matches than words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "reuse/reuse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t na = nul ? (size_t)(nul - data) : size / 2, off = nul ? na + 1 : na;
    wt_buf a, b;
    wt_buf_init(&a, 1 << 20);
    wt_buf_init(&b, 1 << 20);
    size_t rep;
    text_tokenizer *tz = text_tokenizer_new();
    reuse_aligner *al = reuse_aligner_new();
    text_tokens ta = {0}, tb = {0};
    reuse_aligns out = {0};
    if (tz && al && text_utf8_repair((const char *)data, na, &a, &rep) == WT_OK &&
        text_utf8_repair((const char *)data + off, size - off, &b, &rep) == WT_OK &&
        text_tokenize(tz, a.p ? a.p : "", a.len, &ta) == WT_OK &&
        text_tokenize(tz, b.p ? b.p : "", b.len, &tb) == WT_OK &&
        reuse_align_pair(al, ta.v, ta.n, tb.v, tb.n, 3, &out) == WT_OK) {
        for (size_t i = 0; i < out.n; i++) {
            const reuse_align *x = &out.v[i];
            if (x->a0 >= x->a1 || x->a1 > ta.n || x->b0 >= x->b1 || x->b1 > tb.n) abort();
            if (x->matches > x->a1 - x->a0 || x->matches > x->b1 - x->b0 || x->matches < 3) abort();
        }
    }
    reuse_aligns_free(&out);
    text_tokens_free(&ta);
    text_tokens_free(&tb);
    reuse_aligner_free(al);
    text_tokenizer_free(tz);
    wt_buf_free(&a);
    wt_buf_free(&b);
    return 0;
}
