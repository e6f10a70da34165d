/* jsonl.c: the fields of one JSON Lines article, parsed by yajl's event
 * parser. Only the top-level fields we know are kept (id, text or html, url,
 * outlet, date, title, byline, lang); anything else, nested or not, is skipped without
 * building a tree, which is what makes reading millions of lines cheap. */
#include "ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

enum { F_ID, F_TEXT, F_HTML, F_URL, F_OUTLET, F_DATE, F_TITLE, F_BYLINE, F_LANG, F_COUNT, F_OTHER = -1 };

static const char *const FIELD_NAMES[F_COUNT] = {"id",   "text",  "html",   "url", "outlet",
                                                 "date", "title", "byline", "lang"};

typedef struct parse_state {
    int depth; /* 1 inside the top-level object */
    int field; /* the top-level key whose value comes next */
    int seen[F_COUNT];
    char *values[F_COUNT];
    size_t lens[F_COUNT];
    int top_is_object;
    wt_status st; /* set by a callback to stop the parse */
    char why[160];
} parse_state;

static int fail(parse_state *p, wt_status st, const char *why)
{
    p->st = st;
    snprintf(p->why, sizeof p->why, "%s", why);
    return 0;
}

/* A scalar value at the top level of the object. */
static int take(parse_state *p, const char *s, size_t n, int is_string, int is_integer)
{
    if (p->depth != 1 || p->field == F_OTHER) return 1;
    int f = p->field;
    p->field = F_OTHER;
    if (!is_string && !(is_integer && (f == F_ID || f == F_DATE))) {
        char why[96];
        snprintf(why, sizeof why, "field \"%s\" must be a string%s", FIELD_NAMES[f],
                 f == F_ID || f == F_DATE ? " or an integer" : "");
        return fail(p, WT_ERR_FORMAT, why);
    }
    if (!(p->values[f] = wt_strndup(s, n))) return fail(p, WT_ERR_NOMEM, "out of memory");
    p->lens[f] = n;
    return 1;
}

/* A non-scalar, boolean or null where a known field stands. */
static int other_value(parse_state *p, int is_null)
{
    if (p->depth == 1 && p->field != F_OTHER) {
        if (is_null) {
            p->field = F_OTHER; /* null means absent */
            return 1;
        }
        return take(p, NULL, 0, 0, 0);
    }
    return 1;
}

static int on_null(void *ctx)
{
    return other_value(ctx, 1);
}
static int on_bool(void *ctx, int b)
{
    (void)b;
    return other_value(ctx, 0);
}

static int on_number(void *ctx, const char *s, size_t n)
{
    int integer = 1;
    for (size_t i = 0; i < n; i++)
        integer &= (s[i] >= '0' && s[i] <= '9') || (i == 0 && s[i] == '-');
    return take(ctx, s, n, 0, integer);
}

static int on_string(void *ctx, const unsigned char *s, size_t n)
{
    return take(ctx, (const char *)s, n, 1, 0);
}

static int on_start_map(void *ctx)
{
    parse_state *p = ctx;
    if (p->depth == 0)
        p->top_is_object = 1;
    else if (!other_value(p, 0))
        return 0;
    p->depth++;
    return 1;
}

static int on_key(void *ctx, const unsigned char *k, size_t n)
{
    parse_state *p = ctx;
    if (p->depth != 1) return 1;
    p->field = F_OTHER;
    for (int f = 0; f < F_COUNT; f++) {
        if (strlen(FIELD_NAMES[f]) == n && memcmp(FIELD_NAMES[f], k, n) == 0) {
            if (p->seen[f]) {
                char why[64];
                snprintf(why, sizeof why, "field \"%s\" appears twice", FIELD_NAMES[f]);
                return fail(p, WT_ERR_FORMAT, why);
            }
            p->seen[f] = 1;
            p->field = f;
        }
    }
    return 1;
}

static int on_end(void *ctx)
{
    ((parse_state *)ctx)->depth--;
    return 1;
}

static int on_start_array(void *ctx)
{
    parse_state *p = ctx;
    if (p->depth == 0) return fail(p, WT_ERR_FORMAT, "a JSON Lines article must be an object");
    if (!other_value(p, 0)) return 0;
    p->depth++;
    return 1;
}

static const yajl_callbacks CALLBACKS = {
    on_null, on_bool, NULL, NULL, on_number, on_string, on_start_map, on_key, on_end, on_start_array, on_end,
};

void ingest_jsonl_clear(ingest_jsonl *j)
{
    free(j->id);
    free(j->url);
    free(j->outlet);
    free(j->date);
    free(j->title);
    free(j->byline);
    free(j->lang);
    free(j->body);
    memset(j, 0, sizeof *j);
}

static void seterr(wt_buf *e, const char *msg)
{
    wt_buf_reset(e);
    wt_buf_adds(e, msg);
}

wt_status ingest_jsonl_parse(const char *line, size_t len, ingest_jsonl *out, wt_buf *e)
{
    memset(out, 0, sizeof *out);
    parse_state p;
    memset(&p, 0, sizeof p);
    p.field = F_OTHER;
    yajl_handle h = yajl_alloc(&CALLBACKS, NULL, &p);
    if (!h) return WT_ERR_NOMEM;
    yajl_status ys = yajl_parse(h, (const unsigned char *)line, len);
    int at_end = 0;
    if (ys == yajl_status_ok) {
        ys = yajl_complete_parse(h);
        at_end = 1;
    }
    wt_status st = p.st;
    if (ys != yajl_status_ok && !st) {
        /* yajl's own words, plus where: "lexical error: invalid char..." */
        unsigned char *msg = yajl_get_error(h, 0, (const unsigned char *)line, len);
        char why[256];
        char where[48] = "at the end of the line";
        if (!at_end) snprintf(where, sizeof where, "at byte %zu", yajl_get_bytes_consumed(h));
        snprintf(why, sizeof why, "invalid JSON %s: %s", where, msg ? (char *)msg : "parse error");
        size_t k = strlen(why);
        while (k > 0 && (why[k - 1] == '\n' || why[k - 1] == ' '))
            why[--k] = '\0';
        yajl_free_error(h, msg);
        seterr(e, why);
        st = WT_ERR_FORMAT;
    } else if (st) {
        seterr(e, p.why);
    } else if (!p.top_is_object) {
        seterr(e, "a JSON Lines article must be an object");
        st = WT_ERR_FORMAT;
    }
    yajl_free(h);

    out->id = p.values[F_ID];
    out->url = p.values[F_URL];
    out->outlet = p.values[F_OUTLET];
    out->date = p.values[F_DATE];
    out->title = p.values[F_TITLE];
    out->byline = p.values[F_BYLINE];
    out->lang = p.values[F_LANG];
    if (p.values[F_TEXT]) {
        out->body = p.values[F_TEXT];
        out->body_len = p.lens[F_TEXT];
        free(p.values[F_HTML]);
    } else if (p.values[F_HTML]) {
        out->body = p.values[F_HTML];
        out->body_len = p.lens[F_HTML];
        out->is_html = 1;
    } else if (!st) {
        seterr(e, "no \"text\" or \"html\" field");
        st = WT_ERR_FORMAT;
    }
    if (st) ingest_jsonl_clear(out);
    return st;
}
