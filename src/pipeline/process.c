/* process.c: one raw record to one document: JSON fields, HTML to text,
 * UTF-8 repair, date parsing, words and sentences. Runs on worker threads;
 * everything it touches is the record's or the worker's own. */
#include "pipeline.h"
#include "../extract/extract.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HEADLINE 150 /* bytes: a longer first line is not a headline */

wt_status pipe_worker_init(pipe_worker *w, size_t max_article, int keep, int fingerprint, int attribute,
                           int stories, const attrib_gazetteer *gz)
{
    memset(w, 0, sizeof *w);
    w->max_article = max_article;
    w->fingerprint = fingerprint;
    w->attribute = attribute;
    w->keep = keep;
    w->stories = stories;
    wt_buf_init(&w->names, (size_t)1 << 30);
    wt_buf_init(&w->scratch, 3 * max_article + 64); /* U+FFFD is 3 bytes */
    wt_buf_init(&w->msg, 4096);
    w->tz = text_tokenizer_new();
    w->lexicon = attribute ? attrib_lexicon_new(gz) : NULL;
    w->common = stories ? story_lexicon_new() : NULL;
    return w->tz && (w->lexicon || !attribute) && (w->common || !stories) ? WT_OK : WT_ERR_NOMEM;
}

void pipe_worker_free(pipe_worker *w)
{
    text_tokenizer_free(w->tz);
    text_tokens_free(&w->tokens);
    text_spans_free(&w->sentences);
    junk_spans_free(&w->junk);
    attributions_free(&w->attrib);
    attrib_lexicon_free(w->lexicon);
    story_lexicon_free(w->common);
    story_scratch_free(&w->story);
    text_tokens_free(&w->title_tokens);
    wt_buf_free(&w->names);
    wt_buf_free(&w->scratch);
    wt_buf_free(&w->msg);
}

void pipe_diags_clear(pipe_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->v[i].message);
    free(d->v);
    memset(d, 0, sizeof *d);
}

static wt_status diag(pipe_diags *d, wt_severity sev, wt_status st, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    wt_status g = wt_grow((void **)&d->v, &d->cap, d->n + 1, sizeof *d->v, 1 << 20);
    if (g) return g;
    if (!(d->v[d->n].message = strdup(msg))) return WT_ERR_NOMEM;
    d->v[d->n].severity = sev;
    d->v[d->n].status = st;
    d->n++;
    return WT_OK;
}

/* Takes ownership of a malloc'd string into *field (freeing a NULL-able
 * previous value is the caller's business: fields start NULL). */
static wt_status set_field(char **field, const char *s)
{
    if (!s) return WT_OK;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n == 0) return WT_OK;
    return (*field = wt_strndup(s, n)) ? WT_OK : WT_ERR_NOMEM;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f') return 0;
    return 1;
}

/* Valid UTF-8 of (s, n) into *out, malloc'd: repaired when needed. */
static wt_status repaired_copy(pipe_worker *w, const char *s, size_t n, char **out, size_t *out_len,
                               size_t *replaced)
{
    *replaced = 0;
    if (text_utf8_valid(s, n)) {
        *out_len = n;
        return (*out = wt_strndup(s, n)) ? WT_OK : WT_ERR_NOMEM;
    }
    wt_buf_reset(&w->scratch);
    wt_status st = text_utf8_repair(s, n, &w->scratch, replaced);
    if (st) return st;
    *out = wt_buf_take(&w->scratch, out_len);
    return *out ? WT_OK : WT_ERR_NOMEM;
}

/* Fills text, title, date and outlet of d from an HTML page. */
static wt_status from_html(pipe_worker *w, wt_doc *d, const char *html, size_t n, char **date)
{
    extract_result r;
    extract_result_init(&r, w->max_article);
    wt_status st = extract_html(html, n, &r);
    if (!st && !d->title) st = set_field(&d->title, r.title);
    if (!st && !d->outlet) st = set_field(&d->outlet, r.outlet);
    if (!st && !d->byline) st = set_field(&d->byline, r.byline);
    if (!st && !d->lang) st = set_field(&d->lang, r.lang);
    if (!st && !*date && r.date) st = (*date = strdup(r.date)) ? WT_OK : WT_ERR_NOMEM;
    if (!st) {
        d->text = wt_buf_take(&r.text, &d->text_len);
        if (!d->text) st = WT_ERR_NOMEM;
    }
    extract_result_free(&r);
    return st;
}

/* The key terms of the story pass; speakers' names weigh more. */
static wt_status find_terms(pipe_worker *w, wt_doc *d)
{
    wt_buf_reset(&w->names);
    wt_status st = WT_OK;
    for (size_t i = 0; i < w->attrib.n && !st; i++) {
        const attribution *a = &w->attrib.v[i];
        if (a->speaker_end <= a->speaker_start || a->kind != KIND_PERSON) continue;
        size_t k = text_token_at(&w->tokens, a->speaker_end);
        if (k == 0 || w->tokens.v[k - 1].start < a->speaker_start) continue;
        uint32_t at = w->tokens.v[k - 1].start; /* the surname */
        st = wt_buf_add(&w->names, &at, sizeof at);
    }
    w->title_tokens.n = 0;
    if (!st && d->title) st = text_tokenize(w->tz, d->title, strlen(d->title), &w->title_tokens);
    if (!st)
        st = story_terms(w->common, &w->story, d->text, &w->tokens, &w->sentences, d->junk, d->njunk,
                         d->title, d->title ? &w->title_tokens : NULL, (const uint32_t *)(void *)w->names.p,
                         w->names.len / sizeof(uint32_t), &d->terms, &d->nterms);
    return st;
}

/* The headline of a plain-text article: a short line standing alone at
 * byte at (a blank line after it, no sentence punctuation at its end). */
static wt_status headline_at(wt_doc *d, size_t at)
{
    const char *t = d->text + at, *nl = memchr(t, '\n', d->text_len - at);
    size_t n = nl ? (size_t)(nl - t) : 0;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\r'))
        n--;
    int alone = nl && nl + 1 < d->text + d->text_len && (nl[1] == '\n' || nl[1] == '\r');
    if (n && n <= MAX_HEADLINE && alone && !strchr(".:;,", t[n - 1]) && !(d->title = wt_strndup(t, n)))
        return WT_ERR_NOMEM;
    return WT_OK;
}

/* Marks d's junk lines; a rights line may name the publisher and a
 * dateline the date (into *date when it has none yet). */
static wt_status mark_junk(pipe_worker *w, wt_doc *d, char **date)
{
    char publisher[128], jdate[96], joutlet[96];
    wt_status st = junk_find(d->text, d->text_len, d->title, &w->junk, publisher, sizeof publisher, jdate,
                             sizeof jdate, joutlet, sizeof joutlet);
    if (st) return st;
    if (w->junk.n) {
        if (!(d->junk = malloc(w->junk.n * sizeof *d->junk))) return WT_ERR_NOMEM;
        memcpy(d->junk, w->junk.v, w->junk.n * sizeof *d->junk);
        d->njunk = (uint32_t)w->junk.n;
    }
    if (!d->outlet && (st = set_field(&d->outlet, publisher[0] ? publisher : joutlet[0] ? joutlet : NULL)))
        return st;
    if (!*date && jdate[0] && !(*date = strdup(jdate))) return WT_ERR_NOMEM;
    return WT_OK;
}

static wt_status build(pipe_worker *w, const ingest_record *rec, wt_doc *d, pipe_diags *diags, int *rejected)
{
    wt_status st;
    size_t replaced = 0;
    char *date = NULL, *body = NULL;
    size_t body_len = 0;
    *rejected = 1;

    if (rec->kind == INGEST_HTML) {
        /* A page says its own encoding; text and JSON Lines are UTF-8. */
        char charset[48];
        wt_buf_reset(&w->scratch);
        st = extract_to_utf8(rec->data, rec->len, &w->scratch, charset, sizeof charset, &replaced);
        if (!st && !(body = wt_buf_take(&w->scratch, &body_len))) st = WT_ERR_NOMEM;
        if (st == WT_ERR_LIMIT) goto out;
        if (st) return st;
        if (replaced &&
            (st = diag(diags, WT_SEV_WARNING, WT_ERR_FORMAT, "%zu byte%s not valid in %s replaced by U+FFFD",
                       replaced, replaced == 1 ? "" : "s", charset)))
            goto out;
    } else if (rec->kind == INGEST_JSONL && text_utf8_valid(rec->data, rec->len)) {
        /* A valid line is parsed where it lies: yajl copies what it keeps. */
    } else {
        if ((st = repaired_copy(w, rec->data, rec->len, &body, &body_len, &replaced))) return st;
        if (replaced && (st = diag(diags, WT_SEV_WARNING, WT_ERR_FORMAT,
                                   "%zu invalid UTF-8 sequence%s replaced by U+FFFD", replaced,
                                   replaced == 1 ? "" : "s")))
            goto out;
    }

    if (rec->kind == INGEST_JSONL) {
        ingest_jsonl j;
        wt_buf_reset(&w->msg);
        wt_status pst = body ? ingest_jsonl_parse(body, body_len, &j, &w->msg)
                             : ingest_jsonl_parse(rec->data, rec->len, &j, &w->msg);
        if (pst == WT_ERR_NOMEM) {
            st = pst;
            goto out;
        }
        if (pst) {
            st = diag(diags, WT_SEV_REJECT, pst, "%s", w->msg.p);
            goto out;
        }
        if (j.id) {
            d->id = j.id;
            j.id = NULL;
        } else {
            char idbuf[64];
            snprintf(idbuf, sizeof idbuf, "#%llu", (unsigned long long)rec->line);
            size_t a = strlen(rec->relid), b = strlen(idbuf);
            if ((d->id = malloc(a + b + 1))) memcpy(d->id, rec->relid, a), memcpy(d->id + a, idbuf, b + 1);
        }
        st = d->id ? WT_OK : WT_ERR_NOMEM;
        if (!st) st = set_field(&d->source, j.url ? j.url : rec->input);
        if (!st) st = set_field(&d->outlet, j.outlet);
        if (!st) st = set_field(&d->title, j.title);
        if (!st) st = set_field(&d->byline, j.byline);
        if (!st) st = set_field(&d->lang, j.lang);
        date = j.date;
        j.date = NULL;
        if (!st && j.is_html) {
            st = from_html(w, d, j.body, j.body_len, &date);
            if (st == WT_ERR_FORMAT) {
                ingest_jsonl_clear(&j);
                goto html_failed;
            }
        } else if (!st && memchr(j.body, '\0', j.body_len)) {
            /* A \u0000 escape: NUL is no text, so it is replaced like bad UTF-8. */
            size_t nul = 0;
            wt_buf_reset(&w->scratch);
            st = text_utf8_repair(j.body, j.body_len, &w->scratch, &nul);
            if (!st && !(d->text = wt_buf_take(&w->scratch, &d->text_len))) st = WT_ERR_NOMEM;
            if (!st)
                st = diag(diags, WT_SEV_WARNING, WT_ERR_FORMAT, "%zu NUL character%s replaced by U+FFFD", nul,
                          nul == 1 ? "" : "s");
        } else if (!st) {
            d->text = j.body;
            d->text_len = j.body_len;
            j.body = NULL;
        }
        ingest_jsonl_clear(&j);
        if (st) goto out;
    } else {
        if (!(d->id = strdup(rec->relid)) || !(d->source = strdup(rec->input))) {
            st = WT_ERR_NOMEM;
            goto out;
        }
        if (rec->kind == INGEST_HTML) {
            if ((st = from_html(w, d, body, body_len, &date))) goto html_failed;
        } else {
            d->text = body;
            d->text_len = body_len;
            body = NULL;
        }
    }
    if (!d->source && (st = set_field(&d->source, rec->input))) goto out;

    if (d->text_len > w->max_article) {
        st = diag(diags, WT_SEV_REJECT, WT_ERR_LIMIT, "article text larger than the limit of %zu bytes",
                  w->max_article);
        goto out;
    }
    if (!d->text || blank(d->text, d->text_len)) {
        st = diag(diags, WT_SEV_REJECT, WT_ERR_EMPTY,
                  rec->kind == INGEST_HTML ? "no visible text in the page" : "empty article text");
        goto out;
    }
    /* A plain-text article that opens with a short line standing alone
     * opens with its headline. */
    if (rec->kind == INGEST_TEXT && !d->title && (st = headline_at(d, 0))) goto out;
    /* Junk lines, for documents that are kept (counting needs none). */
    if (w->keep && (st = mark_junk(w, d, &date))) goto out;
    /* "Here is a polished version of your article:" and then the headline. */
    if (rec->kind == INGEST_TEXT && !d->title && d->njunk) {
        uint32_t at = junk_lead_end(d->text, d->text_len, d->junk, d->njunk);
        if (at > 0 && (st = headline_at(d, at))) goto out;
    }
    if (date) {
        d->date_prec = wt_date_parse(date, strlen(date), &d->epoch);
        if (d->date_prec) {
            wt_date_format(d->epoch, d->date_prec, d->date);
        } else if ((st = diag(diags, WT_SEV_WARNING, WT_ERR_FORMAT,
                              "unrecognised date \"%.60s\"; left unknown", date))) {
            goto out;
        }
    }

    w->tokens.n = 0;
    w->sentences.n = 0;
    if ((st = text_tokenize(w->tz, d->text, d->text_len, &w->tokens))) goto out;
    if ((st = text_sentences(d->text, d->text_len, &w->tokens, &w->sentences))) goto out;
    d->words = (uint32_t)w->tokens.n;
    d->sentences = (uint32_t)w->sentences.n;
    w->attrib.n = 0;
    if (w->attribute) {
        if ((st = attrib_find(w->lexicon, d->text, d->text_len, &w->tokens, &w->sentences, d->junk, d->njunk,
                              &w->attrib)))
            goto out;
        if (w->attrib.n) {
            if (!(d->attrib = malloc(w->attrib.n * sizeof *d->attrib))) {
                st = WT_ERR_NOMEM;
                goto out;
            }
            memcpy(d->attrib, w->attrib.v, w->attrib.n * sizeof *d->attrib);
            d->nattrib = (uint32_t)w->attrib.n;
        }
    }
    if (w->stories && (st = find_terms(w, d))) goto out;
    if (w->fingerprint) {
        /* Boilerplate is no evidence of reuse. */
        reuse_mask_spans(w->tokens.v, w->tokens.n, d->junk, d->njunk, 0);
        if ((st = reuse_fingerprints(&w->tokens, &d->fp, &d->nfp))) goto out;
    }
    *rejected = 0;
html_failed:
    if (st == WT_ERR_FORMAT)
        st = diag(diags, WT_SEV_REJECT, WT_ERR_FORMAT,
                  "HTML elements nested deeper than any real page; set aside");
out:
    free(body);
    free(date);
    if (st == WT_ERR_LIMIT)
        st = diag(diags, WT_SEV_REJECT, WT_ERR_LIMIT, "article larger than the limit of %zu bytes",
                  w->max_article);
    return st;
}

wt_status pipe_process(pipe_worker *w, const ingest_record *rec, wt_doc **out, pipe_diags *diags)
{
    *out = NULL;
    if (rec->kind == INGEST_ERROR) {
        if (rec->err == WT_ERR_NOMEM) return WT_ERR_NOMEM;
        return diag(diags, WT_SEV_REJECT, rec->err, "%s", rec->data ? rec->data : wt_strerror(rec->err));
    }
    wt_doc *d = doc_new();
    if (!d) return WT_ERR_NOMEM;
    int rejected;
    wt_status st = build(w, rec, d, diags, &rejected);
    if (st || rejected) {
        doc_free(d);
        return st;
    }
    *out = d;
    return WT_OK;
}
