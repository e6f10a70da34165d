/* jsonl.c: the fields of one JSON Lines article, parsed with jansson.
 * Known fields: id, text or html, url, outlet, date, title; unknown fields
 * are ignored so that richer corpora read as they are. */
#include "ingest.h"

#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ingest_jsonl_clear(ingest_jsonl *j)
{
    free(j->id);
    free(j->url);
    free(j->outlet);
    free(j->date);
    free(j->title);
    free(j->body);
    memset(j, 0, sizeof *j);
}

static void seterr(wt_buf *e, const char *msg)
{
    wt_buf_reset(e);
    wt_buf_adds(e, msg);
}

/* A string field, or a number for id and date; absent and null are NULL. */
static wt_status get_string(json_t *obj, const char *key, int allow_number, char **out, wt_buf *e)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || json_is_null(v)) return WT_OK;
    char tmp[64];
    const char *s;
    size_t n;
    if (json_is_string(v)) {
        s = json_string_value(v);
        n = json_string_length(v);
    } else if (allow_number && json_is_integer(v)) {
        n = (size_t)snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        s = tmp;
    } else {
        char msg[96];
        snprintf(msg, sizeof msg, "field \"%s\" must be a string%s", key, allow_number ? " or an integer" : "");
        seterr(e, msg);
        return WT_ERR_FORMAT;
    }
    if (!(*out = wt_strndup(s, n))) return WT_ERR_NOMEM;
    return WT_OK;
}

wt_status ingest_jsonl_parse(const char *line, size_t len, ingest_jsonl *out, wt_buf *e)
{
    memset(out, 0, sizeof *out);
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        char msg[256];
        snprintf(msg, sizeof msg, "invalid JSON at column %d: %s", jerr.column, jerr.text);
        seterr(e, msg);
        return WT_ERR_FORMAT;
    }
    wt_status st = WT_OK;
    if (!json_is_object(root)) {
        seterr(e, "a JSON Lines article must be an object");
        st = WT_ERR_FORMAT;
        goto done;
    }
    char *text = NULL, *html = NULL;
    if ((st = get_string(root, "id", 1, &out->id, e)) || (st = get_string(root, "url", 0, &out->url, e)) ||
        (st = get_string(root, "outlet", 0, &out->outlet, e)) ||
        (st = get_string(root, "date", 1, &out->date, e)) ||
        (st = get_string(root, "title", 0, &out->title, e)) ||
        (st = get_string(root, "text", 0, &text, e)) || (st = get_string(root, "html", 0, &html, e))) {
        free(text);
        free(html);
        goto done;
    }
    if (text) {
        out->body = text;
        out->body_len = json_string_length(json_object_get(root, "text"));
        free(html);
    } else if (html) {
        out->body = html;
        out->body_len = json_string_length(json_object_get(root, "html"));
        out->is_html = 1;
    } else {
        seterr(e, "no \"text\" or \"html\" field");
        st = WT_ERR_FORMAT;
    }
done:
    json_decref(root);
    if (st) ingest_jsonl_clear(out);
    return st;
}
