/* jsonl.c: records as JSON Lines: one compact object a line, keys in
 * sorted order, encoded by yajl's generator straight into the stream. */
#include "store.h"

#include <stdio.h>
#include <string.h>
#include <yajl/yajl_gen.h>

/* Where a record goes: appended to a bounded buffer; the first failure
 * (the buffer's limit, memory) is kept. */
typedef struct sink {
    wt_buf *buf;
    wt_status st;
} sink;

static void print_cb(void *ctx, const char *s, size_t n)
{
    sink *k = ctx;
    if (!k->st) k->st = wt_buf_add(k->buf, s, n);
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

static yajl_gen open_gen(sink *k)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    if (g) yajl_gen_config(g, yajl_gen_print_callback, print_cb, (void *)k);
    return g;
}

static wt_status close_gen(yajl_gen g, sink *k, int bad)
{
    yajl_gen_free(g);
    if (k->st) return k->st;
    if (bad) return WT_ERR_INTERNAL;
    return wt_buf_addc(k->buf, '\n');
}

static int num(yajl_gen g, long long v)
{
    return yajl_gen_integer(g, v) != yajl_gen_status_ok;
}

/* A ratio with three decimals, as "0.973": stable across platforms. */
static int ratio(yajl_gen g, double v)
{
    char s[16];
    int n = snprintf(s, sizeof s, "%.3f", v);
    return yajl_gen_number(g, s, (size_t)n) != yajl_gen_status_ok;
}

/* In every writer below, keys are written in byte order, so each record's
 * keys are sorted. */
wt_status store_jsonl_document(wt_buf *out, const wt_doc *d, const char *story)
{
    sink k = {out, WT_OK};
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    size_t len;
    const char *text = wt_doc_text(d, &len);
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "boilerplate") || yajl_gen_array_open(g);
    for (size_t i = 0; i < wt_doc_boilerplate_count(d); i++) {
        uint32_t s, e;
        const char *why = wt_doc_boilerplate(d, i, &s, &e);
        bad |= yajl_gen_map_open(g) != yajl_gen_status_ok;
        bad |= key(g, "end") || num(g, e);
        bad |= key(g, "reason") || str_or_null(g, why);
        bad |= key(g, "start") || num(g, s);
        bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    }
    bad |= yajl_gen_array_close(g);
    bad |= key(g, "byline") || str_or_null(g, wt_doc_get(d, WT_FIELD_BYLINE));
    bad |= key(g, "date") || str_or_null(g, wt_doc_get(d, WT_FIELD_DATE));
    bad |= key(g, "id") || str_or_null(g, wt_doc_get(d, WT_FIELD_ID));
    bad |= key(g, "lang") || str_or_null(g, wt_doc_get(d, WT_FIELD_LANG));
    bad |= key(g, "outlet") || str_or_null(g, wt_doc_get(d, WT_FIELD_OUTLET));
    bad |= key(g, "source") || str_or_null(g, wt_doc_get(d, WT_FIELD_SOURCE));
    if (story) bad |= key(g, "story") || str_or_null(g, story);
    bad |= key(g, "text") || yajl_gen_string(g, (const unsigned char *)text, len);
    bad |= key(g, "title") || str_or_null(g, wt_doc_get(d, WT_FIELD_TITLE));
    bad |= key(g, "type") || str_or_null(g, "document");
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    return close_gen(g, &k, bad);
}

/* A span as {"end": B, "start": B, "text": "..."}, or null when absent. */
static int span(yajl_gen g, const char *text, uint32_t s, uint32_t e)
{
    if (e <= s) return yajl_gen_null(g) != yajl_gen_status_ok;
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "end") || num(g, e);
    bad |= key(g, "start") || num(g, s);
    bad |= key(g, "text") || yajl_gen_string(g, (const unsigned char *)text + s, e - s);
    return bad | (yajl_gen_map_close(g) != yajl_gen_status_ok);
}

wt_status store_jsonl_attributions(wt_buf *out, const wt_doc *d)
{
    size_t n = wt_doc_attribution_count(d);
    if (n == 0) return WT_OK;
    size_t len;
    const char *text = wt_doc_text(d, &len);
    const char *id = wt_doc_get(d, WT_FIELD_ID);
    sink k = {out, WT_OK};
    /* One generator for all of the document's records, reset between them. */
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    int bad = 0;
    for (size_t i = 0; i < n && !bad && !k.st; i++) {
        wt_attribution a = wt_doc_attribution(d, i);
        bad |= yajl_gen_map_open(g) != yajl_gen_status_ok;
        bad |= key(g, "content") || span(g, text, a.content_start, a.content_end);
        bad |= key(g, "cue") || span(g, text, a.cue_start, a.cue_end);
        bad |= key(g, "direct") || yajl_gen_bool(g, a.direct);
        bad |= key(g, "doc") || str_or_null(g, id);
        bad |= key(g, "source") || span(g, text, a.source_start, a.source_end);
        bad |= key(g, "speaker");
        if (a.outlet)
            bad |= str_or_null(g, a.outlet);
        else if (a.speaker_end > a.speaker_start)
            bad |= yajl_gen_string(g, (const unsigned char *)text + a.speaker_start,
                                   a.speaker_end - a.speaker_start);
        else
            bad |= yajl_gen_null(g);
        bad |= key(g, "speaker_kind") || str_or_null(g, a.speaker_kind);
        bad |= key(g, "type") || str_or_null(g, "attribution");
        bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
        if (!bad && !k.st) k.st = wt_buf_addc(out, '\n');
        yajl_gen_reset(g, NULL);
    }
    yajl_gen_free(g);
    if (k.st) return k.st;
    return bad ? WT_ERR_INTERNAL : WT_OK;
}

wt_status store_jsonl_passage(wt_buf *out, const char *a, const char *b, const wt_passage *p,
                              const char *source)
{
    sink k = {out, WT_OK};
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "a") || str_or_null(g, a);
    bad |= key(g, "a_end") || num(g, p->a_end);
    bad |= key(g, "a_start") || num(g, p->a_start);
    bad |= key(g, "b") || str_or_null(g, b);
    bad |= key(g, "b_end") || num(g, p->b_end);
    bad |= key(g, "b_start") || num(g, p->b_start);
    bad |= key(g, "identity") || ratio(g, p->identity);
    bad |= key(g, "source") || str_or_null(g, source);
    bad |= key(g, "type") || str_or_null(g, "passage");
    bad |= key(g, "words") || num(g, p->words);
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    return close_gen(g, &k, bad);
}

wt_status store_jsonl_citation(wt_buf *out, const char *from, const char *to, const char *const *docs,
                               size_t n, uint32_t count)
{
    sink k = {out, WT_OK};
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "count") || num(g, count);
    bad |= key(g, "docs") || yajl_gen_array_open(g);
    for (size_t i = 0; i < n; i++)
        bad |= str_or_null(g, docs[i]);
    bad |= yajl_gen_array_close(g) != yajl_gen_status_ok;
    bad |= key(g, "from") || str_or_null(g, from);
    bad |= key(g, "to") || str_or_null(g, to);
    bad |= key(g, "type") || str_or_null(g, "citation");
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    return close_gen(g, &k, bad);
}

wt_status store_jsonl_duplicates(wt_buf *out, const char *const *ids, size_t n, double similarity)
{
    sink k = {out, WT_OK};
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "docs") || yajl_gen_array_open(g);
    for (size_t i = 0; i < n; i++)
        bad |= str_or_null(g, ids[i]);
    bad |= yajl_gen_array_close(g) != yajl_gen_status_ok;
    bad |= key(g, "similarity") || ratio(g, similarity);
    bad |= key(g, "type") || str_or_null(g, "duplicates");
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    return close_gen(g, &k, bad);
}

static int strings(yajl_gen g, const char *const *v, size_t n)
{
    int bad = yajl_gen_array_open(g) != yajl_gen_status_ok;
    for (size_t i = 0; i < n; i++)
        bad |= str_or_null(g, v[i]);
    return bad | (yajl_gen_array_close(g) != yajl_gen_status_ok);
}

wt_status store_jsonl_story(wt_buf *out, const store_story *s)
{
    sink k = {out, WT_OK};
    yajl_gen g = open_gen(&k);
    if (!g) return WT_ERR_NOMEM;
    int bad = yajl_gen_map_open(g) != yajl_gen_status_ok;
    bad |= key(g, "docs") || strings(g, s->docs, s->ndocs);
    bad |= key(g, "end") || str_or_null(g, s->end);
    bad |= key(g, "first") || str_or_null(g, s->first);
    bad |= key(g, "id") || str_or_null(g, s->id);
    bad |= key(g, "label") || str_or_null(g, s->label);
    bad |= key(g, "outlets") || strings(g, s->outlets, s->noutlets);
    bad |= key(g, "start") || str_or_null(g, s->start);
    bad |= key(g, "type") || str_or_null(g, "story");
    bad |= yajl_gen_map_close(g) != yajl_gen_status_ok;
    return close_gen(g, &k, bad);
}
