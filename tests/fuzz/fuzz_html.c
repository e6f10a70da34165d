/* fuzz_html.c: any bytes as an HTML page: encoding detection and
 * conversion, gumbo, the article search, metadata and junk lines; the text
 * that comes out must be valid UTF-8 and the junk spans inside it. */
#include <stdint.h>
#include <stdlib.h>
#include "extract/extract.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_buf page;
    wt_buf_init(&page, 1 << 24);
    size_t replaced;
    char charset[48];
    if (extract_to_utf8((const char *)data, size, &page, charset, sizeof charset, &replaced) == WT_OK) {
        if (page.len && !text_utf8_valid(page.p, page.len)) abort();
        extract_result r;
        extract_result_init(&r, 1 << 24);
        if (extract_html(page.p ? page.p : "", page.len, &r) == WT_OK && r.text.len) {
            if (!text_utf8_valid(r.text.p, r.text.len)) abort();
            junk_spans js = {0};
            char pub[64], date[64], outlet[64];
            if (junk_find(r.text.p, r.text.len, r.title, &js, pub, sizeof pub, date, sizeof date, outlet,
                          sizeof outlet) == WT_OK)
                for (size_t i = 0; i < js.n; i++)
                    if (js.v[i].end > r.text.len || js.v[i].start >= js.v[i].end) abort();
            junk_spans_free(&js);
        }
        extract_result_free(&r);
    }
    wt_buf_free(&page);
    return 0;
}
