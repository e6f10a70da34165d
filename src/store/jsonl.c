/* jsonl.c: records as JSON Lines, one object a line with sorted keys,
 * encoded by jansson. */
#include "store.h"

#include <jansson.h>
#include <string.h>

/* A string or null; jansson takes ownership of the returned value. */
static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static wt_status write_record(FILE *out, json_t *rec)
{
    if (!rec) return WT_ERR_NOMEM;
    int r = json_dumpf(rec, out, JSON_SORT_KEYS);
    json_decref(rec);
    if (r != 0 || fputc('\n', out) == EOF) return WT_ERR_IO;
    return WT_OK;
}

wt_status store_jsonl_document(FILE *out, const wt_doc *d)
{
    size_t len;
    const char *text = wt_doc_text(d, &len);
    json_t *rec = json_object();
    if (!rec) return WT_ERR_NOMEM;
    int bad = json_object_set_new(rec, "type", json_string("document")) |
              json_object_set_new(rec, "id", json_string(wt_doc_get(d, WT_FIELD_ID))) |
              json_object_set_new(rec, "source", str_or_null(wt_doc_get(d, WT_FIELD_SOURCE))) |
              json_object_set_new(rec, "outlet", str_or_null(wt_doc_get(d, WT_FIELD_OUTLET))) |
              json_object_set_new(rec, "date", str_or_null(wt_doc_get(d, WT_FIELD_DATE))) |
              json_object_set_new(rec, "title", str_or_null(wt_doc_get(d, WT_FIELD_TITLE))) |
              json_object_set_new(rec, "text", json_stringn(text, len)) |
              json_object_set_new(rec, "boilerplate", json_array());
    if (bad) {
        json_decref(rec);
        return WT_ERR_NOMEM;
    }
    return write_record(out, rec);
}
