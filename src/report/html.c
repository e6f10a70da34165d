/* html.c: the report a person reads: one HTML page holding everything.
 * The results of a run go into the page as compact JSON (arrays, names
 * listed once and referred to by index) inside a <script type=
 * "application/json"> element; the style sheet, the report's script and
 * the libraries vendored from npm are compiled into wiretrace (tools/
 * embed.c) and inlined. A Content-Security-Policy forbids every request,
 * so the page works offline and cannot leak what it shows. */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include <yajl/yajl_gen.h>

#define MAX_JSON   ((size_t)1 << 34) /* bytes of embedded data at most */
#define FLUSH_SIZE ((size_t)4 << 20)
#define MAX_NAMES  ((size_t)1 << 30)

/* ---- Names listed once: outlets, speakers, reasons, kinds ---- */

typedef struct names {
    uint64_t *keys; /* hash | 1, 0 = empty */
    uint32_t *index;
    size_t cap, n;
    char **v; /* in order of first sight, owned */
    size_t vcap;
} names;

static void names_free(names *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i]);
    free(t->v);
    free(t->keys);
    free(t->index);
    memset(t, 0, sizeof *t);
}

static wt_status names_grow(names *t)
{
    size_t cap = t->cap ? 2 * t->cap : 256;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *index = calloc(cap, sizeof *index);
    if (!keys || !index) {
        free(keys);
        free(index);
        return WT_ERR_NOMEM;
    }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i]) continue;
        size_t k = (size_t)t->keys[i] & (cap - 1);
        while (keys[k])
            k = (k + 1) & (cap - 1);
        keys[k] = t->keys[i];
        index[k] = t->index[i];
    }
    free(t->keys);
    free(t->index);
    t->keys = keys;
    t->index = index;
    t->cap = cap;
    return WT_OK;
}

/* The index of name s (len bytes), added when new; -1 for no name. */
static wt_status names_add(names *t, const char *s, size_t len, long *out)
{
    *out = -1;
    if (!s || !len) return WT_OK;
    if (2 * (t->n + 1) > t->cap && names_grow(t)) return WT_ERR_NOMEM;
    uint64_t h = XXH3_64bits(s, len) | 1;
    size_t k = (size_t)h & (t->cap - 1);
    for (; t->keys[k]; k = (k + 1) & (t->cap - 1))
        if (t->keys[k] == h && strlen(t->v[t->index[k]]) == len && memcmp(t->v[t->index[k]], s, len) == 0) {
            *out = t->index[k];
            return WT_OK;
        }
    wt_status st = wt_grow((void **)&t->v, &t->vcap, t->n + 1, sizeof *t->v, MAX_NAMES);
    if (st) return st;
    if (!(t->v[t->n] = wt_strndup(s, len))) return WT_ERR_NOMEM;
    t->keys[k] = h;
    t->index[k] = (uint32_t)t->n;
    *out = (long)t->n++;
    return WT_OK;
}

/* ---- Writing ---- */

typedef struct writer {
    FILE *out;
    int in_data; /* inside the JSON element: '<' is written as \u003c */
    wt_buf buf;
    wt_status st;
    yajl_gen g;
    names outlets, speakers, reasons, kinds;
} writer;

static void print_cb(void *ctx, const char *s, size_t n)
{
    writer *w = ctx;
    /* Within JSON, '<' only occurs inside strings, where \u003c means the
     * same; without it no "</script" or "<!--" can reach the HTML parser. */
    while (w->in_data && !w->st && n) {
        const char *lt = memchr(s, '<', n);
        if (!lt) break;
        w->st = wt_buf_add(&w->buf, s, (size_t)(lt - s));
        if (!w->st) w->st = wt_buf_add(&w->buf, "\\u003c", 6);
        n -= (size_t)(lt - s) + 1;
        s = lt + 1;
    }
    if (!w->st) w->st = wt_buf_add(&w->buf, s, n);
    if (!w->st && w->buf.len >= FLUSH_SIZE) {
        if (fwrite(w->buf.p, 1, w->buf.len, w->out) != w->buf.len) w->st = WT_ERR_IO;
        wt_buf_reset(&w->buf);
    }
}

static void raw(writer *w, const void *p, size_t n)
{
    print_cb(w, p, n);
}

static void rawz(writer *w, const char *s)
{
    print_cb(w, s, strlen(s));
}

static void str(writer *w, const char *s)
{
    if (!s)
        yajl_gen_null(w->g);
    else
        yajl_gen_string(w->g, (const unsigned char *)s, strlen(s));
}

static void strn(writer *w, const char *s, size_t n)
{
    yajl_gen_string(w->g, (const unsigned char *)s, n);
}

static void num(writer *w, long long v)
{
    yajl_gen_integer(w->g, v);
}

static void key(writer *w, const char *k)
{
    str(w, k);
}

static void open_a(writer *w)
{
    yajl_gen_array_open(w->g);
}

static void close_a(writer *w)
{
    yajl_gen_array_close(w->g);
}

/* One row of numbers, as a JSON array. */
static void row(writer *w, const long long *v, size_t n)
{
    open_a(w);
    for (size_t i = 0; i < n; i++)
        num(w, v[i]);
    close_a(w);
}

#define ROW(w, ...)                                                                                          \
    row((w), (const long long[]){__VA_ARGS__}, sizeof((const long long[]){__VA_ARGS__}) / sizeof(long long))

/* Document indices, as a JSON array. */
static void indices(writer *w, const uint32_t *v, size_t n)
{
    open_a(w);
    for (size_t i = 0; i < n; i++)
        num(w, v[i]);
    close_a(w);
}

static long outlet_index(writer *w, const char *name)
{
    long i = -1;
    if (!w->st && name) w->st = names_add(&w->outlets, name, strlen(name), &i);
    return i;
}

static void list_names(writer *w, const char *k, const names *t)
{
    key(w, k);
    open_a(w);
    for (size_t i = 0; i < t->n; i++)
        str(w, t->v[i]);
    close_a(w);
}

static void write_docs(writer *w, const wt_analyzer *a)
{
    size_t n = wt_analyzer_doc_count(a);
    key(w, "docs");
    open_a(w);
    for (size_t i = 0; i < n && !w->st; i++) {
        const wt_doc *d = wt_analyzer_doc(a, i);
        size_t story = wt_analyzer_doc_story(a, i);
        open_a(w);
        str(w, wt_doc_get(d, WT_FIELD_ID));
        str(w, wt_doc_get(d, WT_FIELD_TITLE));
        num(w, outlet_index(w, wt_doc_get(d, WT_FIELD_OUTLET)));
        str(w, wt_doc_get(d, WT_FIELD_DATE));
        num(w, story == SIZE_MAX ? -1 : (long long)story);
        str(w, wt_doc_get(d, WT_FIELD_SOURCE));
        str(w, wt_doc_get(d, WT_FIELD_BYLINE));
        close_a(w);
    }
    close_a(w);
    key(w, "texts");
    open_a(w);
    for (size_t i = 0; i < n && !w->st; i++) {
        size_t len;
        const char *t = wt_doc_text(wt_analyzer_doc(a, i), &len);
        strn(w, t, len);
    }
    close_a(w);
    key(w, "junk");
    open_a(w);
    for (size_t i = 0; i < n && !w->st; i++) {
        const wt_doc *d = wt_analyzer_doc(a, i);
        for (size_t j = 0; j < wt_doc_boilerplate_count(d) && !w->st; j++) {
            uint32_t s, e;
            const char *why = wt_doc_boilerplate(d, j, &s, &e);
            long r;
            w->st = names_add(&w->reasons, why, strlen(why), &r);
            ROW(w, (long long)i, s, e, r);
        }
    }
    close_a(w);
}

static int space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static void write_quotes(writer *w, const wt_analyzer *a)
{
    key(w, "quotes");
    open_a(w);
    for (size_t i = 0; i < wt_analyzer_doc_count(a) && !w->st; i++) {
        const wt_doc *d = wt_analyzer_doc(a, i);
        const char *text = wt_doc_text(d, NULL);
        for (size_t j = 0; j < wt_doc_attribution_count(d) && !w->st; j++) {
            wt_attribution at = wt_doc_attribution(d, j);
            uint32_t s = at.speaker_start, e = at.speaker_end;
            while (s < e && space(text[s]))
                s++;
            while (e > s && space(text[e - 1]))
                e--;
            long who = -1, kind = -1;
            if (at.outlet)
                w->st = names_add(&w->speakers, at.outlet, strlen(at.outlet), &who);
            else
                w->st = names_add(&w->speakers, text + s, e - s, &who);
            if (!w->st) w->st = names_add(&w->kinds, at.speaker_kind, strlen(at.speaker_kind), &kind);
            ROW(w, (long long)i, at.direct, at.content_start, at.content_end, who, kind, at.source_start,
                at.source_end);
        }
    }
    close_a(w);
}

static void write_passages(writer *w, const wt_analyzer *a)
{
    key(w, "passages");
    open_a(w);
    for (size_t i = 0; i < wt_analyzer_passage_count(a) && !w->st; i++) {
        wt_passage p = wt_analyzer_passage(a, i);
        ROW(w, (long long)p.a, (long long)p.b, p.a_start, p.a_end, p.b_start, p.b_end, p.words,
            (long long)(p.identity * 1000 + 0.5), p.a_is_source);
    }
    close_a(w);
}

static void write_stories(writer *w, const wt_analyzer *a)
{
    key(w, "stories");
    open_a(w);
    char label[256];
    for (size_t k = 0; k < wt_analyzer_story_count(a) && !w->st; k++) {
        wt_story s = wt_analyzer_story(a, k);
        wt_analyzer_story_label(a, k, label, sizeof label);
        open_a(w);
        str(w, label);
        num(w, s.first == SIZE_MAX ? -1 : (long long)s.first);
        indices(w, s.docs, s.n);
        close_a(w);
    }
    close_a(w);
}

static void write_citations(writer *w, const wt_analyzer *a)
{
    key(w, "citations");
    open_a(w);
    for (size_t i = 0; i < wt_analyzer_citation_count(a) && !w->st; i++) {
        wt_citation c = wt_analyzer_citation(a, i);
        long from = outlet_index(w, c.from), to = outlet_index(w, c.to);
        open_a(w);
        num(w, from);
        num(w, to);
        num(w, c.count);
        indices(w, c.docs, c.ndocs);
        close_a(w);
    }
    close_a(w);
}

static const char HEAD[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"wiretrace " WT_VERSION "\">\n"
    "<title>wiretrace report</title>\n<style>\n";

wt_status wt_analyzer_write_html(wt_analyzer *a, FILE *out)
{
    writer w = {.out = out};
    wt_buf_init(&w.buf, MAX_JSON);
    if (!(w.g = yajl_gen_alloc(NULL))) return WT_ERR_NOMEM;
    yajl_gen_config(w.g, yajl_gen_print_callback, print_cb, (void *)&w);

    rawz(&w, HEAD);
    raw(&w, wt__report_css, wt__report_css_len);
    rawz(&w, "</style>\n</head>\n<body>\n<noscript>This report needs JavaScript.</noscript>\n"
             "<script id=\"wt-data\" type=\"application/json\">");
    w.in_data = 1;
    yajl_gen_map_open(w.g);
    key(&w, "version");
    str(&w, WT_VERSION);
    write_docs(&w, a);
    write_quotes(&w, a);
    write_passages(&w, a);
    write_stories(&w, a);
    write_citations(&w, a);
    list_names(&w, "outlets", &w.outlets);
    list_names(&w, "speakers", &w.speakers);
    list_names(&w, "reasons", &w.reasons);
    list_names(&w, "kinds", &w.kinds);
    yajl_gen_map_close(w.g);
    w.in_data = 0;
    rawz(&w, "</script>\n<script>");
    raw(&w, wt__report_lib, wt__report_lib_len);
    rawz(&w, "</script>\n<script>");
    raw(&w, wt__report_js, wt__report_js_len);
    rawz(&w, "</script>\n</body>\n</html>\n");
    if (!w.st && w.buf.len && fwrite(w.buf.p, 1, w.buf.len, out) != w.buf.len) w.st = WT_ERR_IO;
    if (!w.st && (fflush(out) != 0 || ferror(out))) w.st = WT_ERR_IO;
    yajl_gen_free(w.g);
    wt_buf_free(&w.buf);
    names_free(&w.outlets);
    names_free(&w.speakers);
    names_free(&w.reasons);
    names_free(&w.kinds);
    return w.st;
}
