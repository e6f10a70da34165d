/* fuzz_text.c: UTF-8 repair, words and sentences on any bytes; spans must
 * lie inside the text, in order. */
#include <stdint.h>
#include <stdlib.h>
#include "attrib/attrib.h"
#include "extract/extract.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_buf t;
    wt_buf_init(&t, 1 << 24);
    size_t replaced;
    text_tokenizer *tz = text_tokenizer_new();
    text_tokens tok = {0};
    text_spans sp = {0};
    if (tz && text_utf8_repair((const char *)data, size, &t, &replaced) == WT_OK && t.p) {
        if (!text_utf8_valid(t.p, t.len)) abort();
        if (text_tokenize(tz, t.p, t.len, &tok) == WT_OK && text_sentences(t.p, t.len, &tok, &sp) == WT_OK) {
            for (size_t i = 0; i < tok.n; i++)
                if (tok.v[i].start >= tok.v[i].end || tok.v[i].end > t.len ||
                    (i && tok.v[i].start < tok.v[i - 1].end))
                    abort();
            for (size_t i = 0; i < sp.n; i++)
                if (sp.v[i].start > sp.v[i].end || sp.v[i].end > t.len ||
                    (i && sp.v[i].start < sp.v[i - 1].end))
                    abort();
            /* Attributions: every span inside the text. */
            attributions at = {0};
            attrib_gazetteer *gz = attrib_gazetteer_new((const char *)wt__outlets_tsv, wt__outlets_tsv_len);
            attrib_lexicon *lx = attrib_lexicon_new(gz);
            if (lx && attrib_find(lx, t.p, t.len, &tok, &sp, NULL, 0, &at) == WT_OK)
                for (size_t i = 0; i < at.n; i++) {
                    const attribution *a = &at.v[i];
                    if (a->content.end > t.len || a->content.start > a->content.end || a->cue.end > t.len ||
                        a->source.end > t.len || a->speaker_end > t.len || a->kind > KIND_ANONYMOUS)
                        abort();
                }
            attributions_free(&at);
            attrib_lexicon_free(lx);
            attrib_gazetteer_free(gz);
        }
    }
    if (t.p) {
        /* Junk lines: spans in order, inside the text. */
        junk_spans js = {0};
        char pub[64], date[64], outlet[64];
        if (junk_find(t.p, t.len, "Headline", &js, pub, sizeof pub, date, sizeof date, outlet,
                      sizeof outlet) == WT_OK)
            for (size_t i = 0; i < js.n; i++)
                if (js.v[i].start >= js.v[i].end || js.v[i].end > t.len ||
                    js.v[i].reason >= JUNK_REASON_COUNT || (i && js.v[i].start < js.v[i - 1].end))
                    abort();
        junk_spans_free(&js);
    }
    text_spans_free(&sp);
    text_tokens_free(&tok);
    text_tokenizer_free(tz);
    wt_buf_free(&t);
    return 0;
}
