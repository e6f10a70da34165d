/* fuzz_jsonl.c: one JSON Lines record through the field parser. */
#include <stdint.h>
#include <stdlib.h>
#include "ingest/ingest.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_buf e, line;
    wt_buf_init(&e, 4096);
    wt_buf_init(&line, 1 << 24);
    size_t replaced;
    /* The pipeline repairs UTF-8 before parsing; so does the fuzzer. */
    if (text_utf8_repair((const char *)data, size, &line, &replaced) == WT_OK) {
        ingest_jsonl j;
        if (ingest_jsonl_parse(line.p ? line.p : "", line.len, &j, &e) == WT_OK) {
            if (!j.body) abort();
            ingest_jsonl_clear(&j);
        }
    }
    wt_buf_free(&line);
    wt_buf_free(&e);
    return 0;
}
