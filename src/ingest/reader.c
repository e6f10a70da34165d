/* reader.c: cuts one input into article records by format. Plain text and
 * HTML files are one article each; JSON Lines files are one per line. The
 * format comes from the extension, else from sniffing the first bytes. */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CHUNK (1024 * 1024)

/* The format table: a new container format (WARC) adds a row and a case in
 * ingest_reader_next. */
static const struct {
    const char *ext;
    ingest_kind kind;
} FORMATS[] = {
    {".txt", INGEST_TEXT},   {".text", INGEST_TEXT},   {".html", INGEST_HTML},    {".htm", INGEST_HTML},
    {".xhtml", INGEST_HTML}, {".jsonl", INGEST_JSONL}, {".ndjson", INGEST_JSONL}, {".json", INGEST_JSONL},
};

struct ingest_reader {
    const ingest_file *f;
    size_t max_article;
    ingest_stream *s;
    int kind; /* format, -1 until known */
    int done;
    char *buf; /* decompressed bytes not yet consumed */
    size_t pos, len, cap;
    int eof;           /* the stream has no more bytes */
    wt_status pending; /* a stream failure to report after the data before it */
    uint64_t line;
    uint64_t records; /* records yielded, to tell an input with no articles */
    wt_buf err;
};

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

int ingest_format_from_name(const char *path)
{
    size_t n = strlen(path);
    if (ends_with(path, n, ".gz"))
        n -= 3;
    else if (ends_with(path, n, ".zst"))
        n -= 4;
    else if (ends_with(path, n, ".zstd"))
        n -= 5;
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++)
        if (ends_with(path, n, FORMATS[i].ext)) return (int)FORMATS[i].kind;
    return -1;
}

int ingest_format_sniff(const char *head, size_t n)
{
    size_t ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)head[i];
        if (c == 0) return -1;
        ctl += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
    /* Real text has next to no control characters; binary data is full of them. */
    if (ctl * 100 > n) return -1;
    size_t i = 0;
    if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        i++;
    if (i < n && head[i] == '{') return INGEST_JSONL;
    if (i < n && head[i] == '<') {
        static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body", "<p", "<div", "<!--"};
        for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++) {
            size_t k = strlen(tags[t]);
            if (n - i >= k && strncasecmp(head + i, tags[t], k) == 0) return INGEST_HTML;
        }
    }
    return INGEST_TEXT;
}

ingest_reader *ingest_reader_new(const ingest_file *f, size_t max_article)
{
    ingest_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->f = f;
    r->max_article = max_article;
    r->kind = ingest_format_from_name(f->path);
    wt_buf_init(&r->err, 4096);
    return r;
}

void ingest_reader_free(ingest_reader *r)
{
    if (!r) return;
    ingest_stream_close(r->s);
    free(r->buf);
    wt_buf_free(&r->err);
    free(r);
}

uint64_t ingest_reader_consumed(const ingest_reader *r)
{
    return r->s ? ingest_stream_consumed(r->s) : 0;
}

void ingest_record_clear(ingest_record *rec)
{
    free(rec->data);
    memset(rec, 0, sizeof *rec);
}

static int error_record(ingest_record *rec, wt_status st, const char *msg, int whole)
{
    rec->kind = INGEST_ERROR;
    rec->err = st;
    rec->data = strdup(msg);
    rec->len = rec->data ? strlen(rec->data) : 0;
    rec->whole_input = whole;
    if (!rec->data) rec->err = WT_ERR_NOMEM;
    return 1;
}

/* Keeps at least want bytes (or all that remain) in buf from pos on. The
 * buffer grows by doubling, so a small file never costs a large one. */
static wt_status refill(ingest_reader *r, size_t want)
{
    if (r->len - r->pos >= want || r->eof || r->pending) return WT_OK;
    if (r->pos > 0) {
        memmove(r->buf, r->buf + r->pos, r->len - r->pos);
        r->len -= r->pos;
        r->pos = 0;
    }
    while (r->len < want && !r->eof) {
        if (r->len == r->cap) {
            size_t cap = r->cap ? r->cap * 2 : CHUNK;
            if (cap > want) cap = WT_MAX(want, r->len + 1);
            char *nb = realloc(r->buf, cap + 1);
            if (!nb) return WT_ERR_NOMEM;
            r->buf = nb;
            r->cap = cap;
        }
        size_t got;
        wt_status st = ingest_stream_read(r->s, r->buf + r->len, r->cap - r->len, &got, &r->err);
        if (st == WT_ERR_NOMEM) return st;
        if (st) {
            r->pending = st;
            break;
        }
        if (got == 0) r->eof = 1;
        r->len += got;
    }
    if (r->buf) r->buf[r->len] = '\0';
    return WT_OK;
}

static int open_input(ingest_reader *r, ingest_record *rec)
{
    const ingest_file *f = r->f;
    if (f->err) return error_record(rec, f->err, f->errmsg ? f->errmsg : wt_strerror(f->err), 1);
    wt_buf_reset(&r->err);
    wt_status st = ingest_stream_open(f->path, &r->s, &r->err);
    if (st) return error_record(rec, st, r->err.len ? r->err.p : wt_strerror(st), 1);
    if ((st = refill(r, 64 * 1024))) return error_record(rec, st, wt_strerror(st), 1);
    if (r->len == 0 && r->pending) return error_record(rec, r->pending, r->err.p, 1);
    if (r->len == 0) return error_record(rec, WT_ERR_EMPTY, "empty file", 1);
    int sniffed = ingest_format_sniff(r->buf, WT_MIN(r->len, (size_t)64 * 1024));
    if (sniffed < 0 && r->kind != INGEST_JSONL)
        return error_record(rec, WT_ERR_BINARY, "binary file, not text (NUL or control bytes)", 1);
    if (r->kind < 0) r->kind = sniffed;
    return 0;
}

/* A whole file as one article. */
static int next_whole(ingest_reader *r, ingest_record *rec)
{
    wt_status st = refill(r, r->max_article + 1);
    if (st) return error_record(rec, st, wt_strerror(st), 1);
    if (r->pending) return error_record(rec, r->pending, r->err.p, 1);
    if (r->len > r->max_article) {
        char msg[128];
        snprintf(msg, sizeof msg, "article larger than the limit of %zu bytes", r->max_article);
        return error_record(rec, WT_ERR_LIMIT, msg, 1);
    }
    if (memchr(r->buf, '\0', r->len))
        return error_record(rec, WT_ERR_BINARY, "binary file, not text (NUL bytes)", 1);
    rec->kind = (ingest_kind)r->kind;
    char *shrunk = realloc(r->buf, r->len + 1);
    rec->data = shrunk ? shrunk : r->buf;
    rec->len = r->len;
    r->buf = NULL;
    r->pos = r->len = r->cap = 0;
    r->records++;
    return 1;
}

/* One line of a JSON Lines file; blank lines are passed over. */
static int next_line(ingest_reader *r, ingest_record *rec)
{
    for (;;) {
        wt_status st = refill(r, 1);
        if (st) return error_record(rec, st, wt_strerror(st), 0);
        char *start = r->buf + r->pos;
        size_t avail = r->len - r->pos;
        char *nl = avail ? memchr(start, '\n', avail) : NULL;
        size_t scanned = 0;
        while (!nl && !r->eof && !r->pending && avail <= r->max_article) {
            scanned = avail;
            if ((st = refill(r, avail + CHUNK))) return error_record(rec, st, wt_strerror(st), 0);
            start = r->buf + r->pos;
            avail = r->len - r->pos;
            nl = memchr(start + scanned, '\n', avail - scanned);
        }
        if (!nl && r->pending) {
            /* The stream broke: a partial last line is no record. */
            char msg[512];
            snprintf(msg, sizeof msg, "%s; %s", r->err.p,
                     avail ? "the partial last line was dropped" : "stopped reading here");
            r->pos = r->len;
            r->done = 1;
            rec->line = r->line + 1;
            return error_record(rec, r->pending, msg, 0);
        }
        if (avail == 0 && r->eof) return 0;
        size_t n = nl ? (size_t)(nl - start) : avail;
        r->line++;
        if (n > r->max_article) {
            /* Skip to the end of this line without keeping it. */
            while (!nl && !r->eof && !r->pending) {
                r->pos = r->len;
                if ((st = refill(r, CHUNK))) return error_record(rec, st, wt_strerror(st), 0);
                nl = memchr(r->buf + r->pos, '\n', r->len - r->pos);
            }
            r->pos = nl ? (size_t)(nl - r->buf) + 1 : r->len;
            char msg[128];
            snprintf(msg, sizeof msg, "line longer than the limit of %zu bytes; skipped", r->max_article);
            rec->line = r->line;
            return error_record(rec, WT_ERR_LIMIT, msg, 0);
        }
        r->pos += n + (nl != NULL);
        size_t m = n;
        while (m > 0 && (start[m - 1] == '\r' || start[m - 1] == ' ' || start[m - 1] == '\t'))
            m--;
        size_t k = 0;
        while (k < m && (start[k] == ' ' || start[k] == '\t'))
            k++;
        if (k == m) continue;
        rec->kind = INGEST_JSONL;
        rec->data = wt_strndup(start + k, m - k);
        rec->len = m - k;
        rec->line = r->line;
        if (!rec->data) return error_record(rec, WT_ERR_NOMEM, "out of memory", 0);
        return 1;
    }
}

int ingest_reader_next(ingest_reader *r, ingest_record *rec)
{
    memset(rec, 0, sizeof *rec);
    rec->input = r->f->path;
    rec->relid = r->f->relid;
    if (r->done) return 0;
    if (!r->s) {
        int n = open_input(r, rec);
        if (n) {
            r->done = 1;
            return n;
        }
    }
    if (r->kind == INGEST_JSONL) {
        int n = next_line(r, rec);
        if (n == 0 && r->records == 0) {
            r->done = 1;
            return error_record(rec, WT_ERR_EMPTY, "no articles: only blank lines", 1);
        }
        if (n) r->records++;
        if (n == 0) r->done = 1;
        return n;
    }
    r->done = 1;
    return next_whole(r, rec);
}
