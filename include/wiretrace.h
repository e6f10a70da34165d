/* wiretrace.h: the public API of libwiretrace, which reads piles of news
 * articles and tells how a story travelled between them.
 *
 * Conventions: every function that can fail returns a wt_status (WT_OK = 0);
 * handles are opaque and come in _new/_free pairs; every _free accepts NULL.
 * The comment beside each allocating function says who owns the result. */
#ifndef WIRETRACE_H
#define WIRETRACE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WT_VERSION "0.1.0"

typedef enum wt_status {
    WT_OK = 0,
    WT_ERR_NOMEM,     /* an allocation failed */
    WT_ERR_ARG,       /* the caller passed something invalid */
    WT_ERR_IO,        /* the operating system refused a read or write */
    WT_ERR_NOTFOUND,  /* no such file or directory */
    WT_ERR_FORMAT,    /* the input is not of the format it claims */
    WT_ERR_EMPTY,     /* the input holds nothing to read */
    WT_ERR_BINARY,    /* the input is binary, not text */
    WT_ERR_TRUNCATED, /* compressed input ends before its stream does */
    WT_ERR_LIMIT,     /* a size limit was reached */
    WT_ERR_INTERNAL   /* a bug in wiretrace */
} wt_status;

/* A short English description of a status; never NULL, static storage. */
const char *wt_strerror(wt_status st);

/* The library's version string, e.g. "0.1.0"; static storage. */
const char *wt_version(void);

/* ---- Documents ------------------------------------------------------- */

typedef struct wt_doc wt_doc;

typedef enum wt_field {
    WT_FIELD_ID,     /* unique within a run */
    WT_FIELD_SOURCE, /* path or URL the article came from */
    WT_FIELD_OUTLET, /* publisher, or NULL */
    WT_FIELD_TITLE,  /* headline, or NULL */
    WT_FIELD_DATE,   /* ISO 8601 UTC ("2026-03-04" or "2026-03-04T09:30:00Z"), or NULL */
    WT_FIELD_BYLINE, /* the author(s) as the page names them, or NULL */
    WT_FIELD_LANG    /* language tag ("en", "es-MX"), or NULL */
} wt_field;

/* A metadata field of a document, or NULL when unknown; owned by the doc. */
const char *wt_doc_get(const wt_doc *d, wt_field f);

/* The article's text: valid UTF-8, not NUL-terminated within len (a NUL
 * follows it for convenience); owned by the doc. */
const char *wt_doc_text(const wt_doc *d, size_t *len);

/* Publication time in seconds since 1970-01-01 UTC; returns 0 when the date
 * is unknown, 1 when known to the day, 2 when known to the second. */
int wt_doc_time(const wt_doc *d, int64_t *epoch);

/* Boilerplate: spans of the text set aside as page junk, in order. Returns
 * the reason ("copyright", "comments", "assistant-text"...; static) and
 * sets the byte span, or NULL past the end. */
size_t wt_doc_boilerplate_count(const wt_doc *d);
const char *wt_doc_boilerplate(const wt_doc *d, size_t i, uint32_t *start, uint32_t *end);

/* Who said what: a quotation or reported speech in the text. Byte spans;
 * an absent cue or source has start == end. */
typedef struct wt_attribution {
    uint32_t content_start, content_end;
    uint32_t cue_start, cue_end;
    uint32_t source_start, source_end;   /* the words naming the speaker here */
    uint32_t speaker_start, speaker_end; /* who that is: a pronoun's antecedent */
    const char *outlet;                  /* a known outlet's name ("the AP" -> "Associated Press"), or NULL */
    int direct;                          /* a quotation */
    const char *speaker_kind;            /* "person", "outlet", "organization", "anonymous", "unknown" */
} wt_attribution;

size_t wt_doc_attribution_count(const wt_doc *d);
wt_attribution wt_doc_attribution(const wt_doc *d, size_t i);

/* Counts made while reading the text (words by UAX #29, sentences). */
size_t wt_doc_words(const wt_doc *d);
size_t wt_doc_sentences(const wt_doc *d);

/* ---- Dates ------------------------------------------------------------ */

/* Parses the usual date formats of news metadata (ISO 8601, RFC 2822,
 * "March 4, 2026", "4 March 2026", "2026/03/04", epoch seconds) into UTC.
 * Returns 0 if unparseable, 1 for a day, 2 for a time (as wt_doc_time). */
int wt_date_parse(const char *s, size_t len, int64_t *epoch);

/* Formats epoch as ISO 8601 UTC into out (at least 21 bytes); precision is
 * the value wt_date_parse returned. Returns out. */
char *wt_date_format(int64_t epoch, int precision, char out[21]);

/* ---- Diagnostics --------------------------------------------------------- */

typedef enum wt_severity {
    WT_SEV_WARNING, /* the article was read, with a repair (e.g. bad UTF-8) */
    WT_SEV_REJECT   /* an input or an article was set aside */
} wt_severity;

typedef struct wt_diag {
    wt_severity severity;
    wt_status status;
    const char *input;   /* the path as given, or "-" for standard input */
    uint64_t line;       /* 1-based line for JSON Lines input, else 0 */
    const char *message; /* what is wrong, in English, without the input name */
} wt_diag;

/* Called from the thread that called wt_analyzer_run, in input order. */
typedef void (*wt_diag_fn)(void *user, const wt_diag *d);

typedef struct wt_progress {
    uint64_t articles;    /* articles read so far */
    uint64_t bytes_done;  /* input bytes consumed (compressed size) */
    uint64_t bytes_total; /* sum of input sizes, 0 when unknown (stdin) */
} wt_progress;

typedef void (*wt_progress_fn)(void *user, const wt_progress *p);

/* ---- The analyzer ------------------------------------------------------ */

typedef struct wt_options {
    int threads;                /* worker threads; <= 0 means one per core */
    size_t max_article_bytes;   /* larger articles are rejected; 0 = 64 MiB */
    int keep_documents;         /* 0: count only (streaming, as `stats` does) */
    int find_reuse;             /* run the reuse engine (needs keep_documents) */
    int find_attributions;      /* find who said what (needs keep_documents) */
    int find_stories;           /* group articles into stories (needs keep_documents) */
    unsigned min_passage_words; /* shortest reused passage reported; 0 = 15 */
    wt_diag_fn on_diag;
    wt_progress_fn on_progress;
    void *user; /* passed to the callbacks */
} wt_options;

/* Sets the defaults: all cores, 64 MiB, documents kept, reuse,
 * attributions and stories found, passages of 15 words or more, no callbacks. */
void wt_options_init(wt_options *opt);

typedef struct wt_summary {
    uint64_t inputs;            /* files and streams opened or attempted */
    uint64_t inputs_rejected;   /* inputs that yielded no article at all */
    uint64_t articles;          /* articles read */
    uint64_t articles_rejected; /* articles set aside (bad JSONL line, empty, too large) */
    uint64_t warnings;
    uint64_t bytes;      /* input bytes consumed (compressed size) */
    uint64_t text_bytes; /* bytes of article text */
    uint64_t words;
    uint64_t sentences;
    uint64_t passages;         /* reused passages reported */
    uint64_t duplicate_groups; /* groups of near-duplicate articles */
    uint64_t stories;          /* stories the articles form */
    uint64_t candidate_pairs;  /* article pairs the reuse engine aligned */
    uint64_t fingerprints;     /* reuse fingerprints indexed */
    double read_seconds;       /* reading, extracting and tokenising */
    double reuse_seconds;      /* corpus-wide stages: templates, citations, reuse, stories */
    double story_seconds;      /* of which the story pass */
    double seconds;            /* wall time of wt_analyzer_run */
} wt_summary;

typedef struct wt_analyzer wt_analyzer;

/* A new analyzer; opt may be NULL for defaults. Caller frees with
 * wt_analyzer_free. Returns NULL only when out of memory. */
wt_analyzer *wt_analyzer_new(const wt_options *opt);
void wt_analyzer_free(wt_analyzer *a);

/* Queues an input: a file, a directory (walked recursively in sorted order)
 * or "-" for JSON Lines on standard input. Nothing is read yet. */
wt_status wt_analyzer_add_input(wt_analyzer *a, const char *path);

/* Reads every queued input and runs the pipeline. Bad inputs and articles
 * are reported through on_diag and counted, and never stop the run: the
 * result is WT_OK unless something fatal happened (out of memory), in which
 * case wt_analyzer_errmsg says what. */
wt_status wt_analyzer_run(wt_analyzer *a);

/* The summary of the last run; owned by the analyzer. */
const wt_summary *wt_analyzer_summary(const wt_analyzer *a);

/* Documents kept by the last run, in input order; owned by the analyzer. */
size_t wt_analyzer_doc_count(const wt_analyzer *a);
const wt_doc *wt_analyzer_doc(const wt_analyzer *a, size_t i);

/* A passage shared by two documents (indices as for wt_analyzer_doc);
 * byte offsets into each document's text. */
typedef struct wt_passage {
    size_t a, b;
    uint32_t a_start, a_end, b_start, b_end;
    uint32_t words;  /* words that match on both sides */
    double identity; /* words / the longer side's words */
    int a_is_source; /* 1 when a is known to be the source (earlier date) */
} wt_passage;

/* Reused passages of the last run, ordered by a, b, a_start. */
size_t wt_analyzer_passage_count(const wt_analyzer *a);
wt_passage wt_analyzer_passage(const wt_analyzer *a, size_t i);

/* A group of near-duplicate documents; docs is owned by the analyzer. */
typedef struct wt_group {
    const uint32_t *docs; /* ascending document indices */
    size_t n;
    double similarity; /* the lowest pairwise similarity in the group */
} wt_group;

size_t wt_analyzer_group_count(const wt_analyzer *a);
wt_group wt_analyzer_group(const wt_analyzer *a, size_t i);

/* A story: the articles about the same events. */
typedef struct wt_story {
    const uint32_t *docs; /* ascending document indices; owned by the analyzer */
    size_t n;
    size_t first;   /* the article that reported it first, SIZE_MAX when unknown */
    size_t central; /* the article most like the rest; its headline names the story */
} wt_story;

/* Stories of the last run, in the date order of their first articles;
 * every kept document is in exactly one. */
size_t wt_analyzer_story_count(const wt_analyzer *a);
wt_story wt_analyzer_story(const wt_analyzer *a, size_t i);
/* A readable name of story i into out (cap >= 8; NUL-terminated, cut
 * with an ellipsis): a member's headline or the central article's opening
 * sentence. Returns its length. */
size_t wt_analyzer_story_label(const wt_analyzer *a, size_t i, char *out, size_t cap);
/* The story of document doc, SIZE_MAX when stories were not looked for. */
size_t wt_analyzer_doc_story(const wt_analyzer *a, size_t doc);

/* ---- Comparing two documents ---------------------------------------------- */

typedef struct wt_comparison wt_comparison;

/* A word of a compared passage: its byte span, and whether it is paired
 * with the same word on the other side. */
typedef struct wt_word {
    uint32_t start, end;
    int matched;
} wt_word;

/* The passages documents a and b share (at least min_words matching words;
 * 0 = 15), as the reuse engine aligns them, without corpus-wide filters.
 * In the passages, a is 0 and b is 1. Caller frees with
 * wt_comparison_free. */
wt_status wt_compare_docs(const wt_doc *a, const wt_doc *b, unsigned min_words, wt_comparison **out);
void wt_comparison_free(wt_comparison *c);
size_t wt_comparison_count(const wt_comparison *c);
wt_passage wt_comparison_passage(const wt_comparison *c, size_t i);
/* The words of passage i on side 0 (a) or 1 (b); owned by c. */
size_t wt_comparison_words(const wt_comparison *c, size_t i, int side, const wt_word **words);

/* Which outlet cites which: from is the citing articles' publisher, to the
 * outlet their attributions name; docs owned by the analyzer. */
typedef struct wt_citation {
    const char *from, *to;
    const uint32_t *docs; /* ascending indices of the citing articles */
    size_t ndocs;
    uint32_t count; /* attributions that cite */
} wt_citation;

size_t wt_analyzer_citation_count(const wt_analyzer *a);
wt_citation wt_analyzer_citation(const wt_analyzer *a, size_t i);

/* Writes the report of the last run as one self-contained HTML page
 * (stories, timelines, the citation and copy graph, reused passages side
 * by side, quotes by speaker, every article with its junk marked; scripts
 * and styles inlined, no network). WT_ERR_IO when the stream fails. */
wt_status wt_analyzer_write_html(wt_analyzer *a, FILE *out);

/* Writes every record of the last run as JSON Lines (docs/FORMAT.md).
 * WT_ERR_IO when the stream fails; the message is on the analyzer. */
wt_status wt_analyzer_write_jsonl(wt_analyzer *a, FILE *out);

/* The detail of the last failure; owned by the analyzer, never NULL. */
const char *wt_analyzer_errmsg(const wt_analyzer *a);

#ifdef __cplusplus
}
#endif
#endif /* WIRETRACE_H */
