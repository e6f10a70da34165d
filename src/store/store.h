/* store.h: writing results. JSON Lines now (docs/FORMAT.md); the SQLite
 * database joins here. */
#ifndef WT_STORE_H
#define WT_STORE_H

#include <stdio.h>
#include "wiretrace.h"
#include "../util/util.h"

/* Each writer appends one record, a line of JSON with sorted keys, to out;
 * WT_ERR_LIMIT when out's limit is reached. */

/* One "document" record; story is its story's id, or NULL. */
wt_status store_jsonl_document(wt_buf *out, const wt_doc *d, const char *story);

/* The "attribution" records of one document. */
wt_status store_jsonl_attributions(wt_buf *out, const wt_doc *d);

/* One "citation" record. */
wt_status store_jsonl_citation(wt_buf *out, const char *from, const char *to, const char *const *docs,
                               size_t n, uint32_t count);

/* One "passage" record; source is NULL when the direction is unknown. */
wt_status store_jsonl_passage(wt_buf *out, const char *a, const char *b, const wt_passage *p,
                              const char *source);

/* One "duplicates" record. */
wt_status store_jsonl_duplicates(wt_buf *out, const char *const *ids, size_t n, double similarity);

/* One "story" record; first, start and end may be NULL. */
typedef struct store_story {
    const char *id, *label, *first, *start, *end;
    const char *const *docs;
    size_t ndocs;
    const char *const *outlets;
    size_t noutlets;
} store_story;

wt_status store_jsonl_story(wt_buf *out, const store_story *s);

#endif
