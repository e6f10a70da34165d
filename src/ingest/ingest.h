/* ingest.h: turning INPUT arguments into raw article records. A path
 * expands to files (directories walked in sorted order); a file is opened as
 * a byte stream (gzip and zstd undone); a format reader cuts the stream into
 * records: a whole file for plain text and HTML, a line for JSON Lines. New
 * container formats (WARC next) are one more entry in the format table. */
#ifndef WT_INGEST_H
#define WT_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../util/util.h"

/* ---- Files ------------------------------------------------------------ */

typedef struct ingest_file {
    char *path;    /* as opened: the INPUT, or INPUT/relative/path */
    char *relid;   /* default document id: path relative to the INPUT folder */
    uint64_t size; /* bytes on disk, 0 for standard input */
    int named;     /* given on the command line, not found in a walk */
    wt_status err; /* set when the path could not be expanded */
    char *errmsg;  /* with err */
} ingest_file;

typedef struct ingest_files {
    ingest_file *v;
    size_t n, cap;
    uint64_t total_size;
} ingest_files;

/* Appends the files of one INPUT to out; a missing or unreadable path
 * becomes an entry with err set, so that it is reported in order. Only
 * WT_ERR_NOMEM is returned as a failure. */
wt_status ingest_expand(const char *input, ingest_files *out);
void ingest_files_free(ingest_files *f);

/* ---- Byte streams ------------------------------------------------------ */

typedef struct ingest_stream ingest_stream;

/* Opens path ("-" for standard input) and undoes gzip or zstd compression,
 * recognised by magic bytes. Caller closes with ingest_stream_close. */
wt_status ingest_stream_open(const char *path, ingest_stream **out, wt_buf *errmsg);

/* Reads up to cap decompressed bytes; *got = 0 at the end. Fails with
 * WT_ERR_TRUNCATED, WT_ERR_FORMAT (corrupt data) or WT_ERR_IO, describing
 * the problem in errmsg. */
wt_status ingest_stream_read(ingest_stream *s, void *buf, size_t cap, size_t *got, wt_buf *errmsg);

/* Compressed bytes consumed so far, for progress. */
uint64_t ingest_stream_consumed(const ingest_stream *s);
void ingest_stream_close(ingest_stream *s);

/* ---- Records ----------------------------------------------------------- */

typedef enum ingest_kind {
    INGEST_TEXT,  /* a plain-text article */
    INGEST_HTML,  /* an HTML page */
    INGEST_JSONL, /* one JSON Lines record, not yet parsed */
    INGEST_ERROR  /* nothing to read here: err and data (the message) say why */
} ingest_kind;

typedef struct ingest_record {
    ingest_kind kind;
    char *data; /* owned; NUL-terminated; the message for INGEST_ERROR */
    size_t len;
    const char *input; /* display name, owned by the ingest_file */
    const char *relid; /* default id, owned by the ingest_file */
    uint64_t line;     /* 1-based line in JSON Lines input, else 0 */
    wt_status err;     /* for INGEST_ERROR */
    int whole_input;   /* the error concerns the whole input, not one article */
} ingest_record;

void ingest_record_clear(ingest_record *r);

typedef struct ingest_reader ingest_reader;

/* A reader over one file. Never fails but for memory: an input that cannot
 * be opened yields one INGEST_ERROR record. Caller frees with
 * ingest_reader_free. */
ingest_reader *ingest_reader_new(const ingest_file *f, size_t max_article);
void ingest_reader_free(ingest_reader *r);

/* Fills rec with the next record; returns 0 at the end of the input. */
int ingest_reader_next(ingest_reader *r, ingest_record *rec);

/* Compressed bytes of this input consumed so far. */
uint64_t ingest_reader_consumed(const ingest_reader *r);

/* Format of a path from its extension after any .gz/.zst: INGEST_TEXT,
 * INGEST_HTML, INGEST_JSONL, or -1 when unknown. */
int ingest_format_from_name(const char *path);

/* Format of content from its first bytes; -1 when it is binary. */
int ingest_format_sniff(const char *head, size_t n);

/* ---- JSON Lines records -------------------------------------------------- */

/* The fields of one JSON Lines article; strings owned by the struct. */
typedef struct ingest_jsonl {
    char *id, *url, *outlet, *date, *title, *byline, *lang;
    char *body; /* text or html */
    size_t body_len;
    int is_html; /* body came from "html" (no "text" given) */
} ingest_jsonl;

/* Parses one JSON Lines record (valid UTF-8). On failure errmsg says what
 * is wrong, without the input name. */
wt_status ingest_jsonl_parse(const char *line, size_t len, ingest_jsonl *out, wt_buf *errmsg);
void ingest_jsonl_clear(ingest_jsonl *j);

#endif
