/* jsonl.c: records as JSON Lines: one compact object a line, keys in
 * sorted order, encoded by yajl's generator straight into the stream. */
#include "store.h"

#include <string.h>
#include <yajl/yajl_gen.h>

static void print_cb(void *ctx, const char *s, size_t n)
{
    fwrite(s, 1, n, (FILE *)ctx);
}

static int key(yajl_gen g, const char *k)
{
    return yajl_gen_string(g, (const unsigned char *)k, strlen(k)) != yajl_gen_status_ok;
}

static int str_or_null(yajl_gen g, const char *s)
{
    if (!s) return yajl_gen_null(g) != yajl_gen_status_ok;
    return yajl_gen_string(g, (const unsigned char *)s, strlen(s)) != yajl_gen_status_ok;
}

/* Keys are written in byte order, so each record's keys are sorted. */
wt_status store_jsonl_document(FILE *out, const wt_doc *d)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    if (!g) return WT_ERR_NOMEM;
    yajl_gen_config(g, yajl_gen_print_callback, print_cb, (void *)out);
    size_t len;
    const char *text = wt_doc_text(d, &len);
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "boilerplate") || yajl_gen_array_open(g) || yajl_gen_array_close(g);
    bad |= key(g, "date") || str_or_null(g, wt_doc_get(d, WT_FIELD_DATE));
    bad |= key(g, "id") || str_or_null(g, wt_doc_get(d, WT_FIELD_ID));
    bad |= key(g, "outlet") || str_or_null(g, wt_doc_get(d, WT_FIELD_OUTLET));
    bad |= key(g, "source") || str_or_null(g, wt_doc_get(d, WT_FIELD_SOURCE));
    bad |= key(g, "text") || yajl_gen_string(g, (const unsigned char *)text, len);
    bad |= key(g, "title") || str_or_null(g, wt_doc_get(d, WT_FIELD_TITLE));
    bad |= key(g, "type") || str_or_null(g, "document");
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    yajl_gen_free(g);
    if (bad) return WT_ERR_INTERNAL;
    return fputc('\n', out) == EOF || ferror(out) ? WT_ERR_IO : WT_OK;
}
