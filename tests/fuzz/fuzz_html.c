/* fuzz_html.c: an HTML page through gumbo and the text extractor; the
 * text that comes out must be valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include "extract/extract.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_buf page;
    wt_buf_init(&page, 1 << 24);
    size_t replaced;
    if (text_utf8_repair((const char *)data, size, &page, &replaced) == WT_OK) {
        extract_result r;
        extract_result_init(&r, 1 << 24);
        if (extract_html(page.p ? page.p : "", page.len, &r) == WT_OK && r.text.len &&
            !text_utf8_valid(r.text.p, r.text.len))
            abort();
        extract_result_free(&r);
    }
    wt_buf_free(&page);
    return 0;
}
