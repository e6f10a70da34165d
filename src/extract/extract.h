/* extract.h: from an HTML page to article text and metadata. Today: the
 * visible text of <body>, blocks as paragraphs, and the page's title, date
 * and site name from its head. */
#ifndef WT_EXTRACT_H
#define WT_EXTRACT_H

#include <gumbo.h>
#include <stddef.h>
#include "wiretrace.h"
#include "../util/util.h"

typedef struct extract_result {
    wt_buf text; /* UTF-8, paragraphs separated by blank lines */
    char *title; /* each NULL when the page does not say; owned */
    char *date;  /* as written on the page, for wt_date_parse */
    char *outlet;
    char *byline;
    char *lang;
} extract_result;

void extract_result_init(extract_result *r, size_t max_text);
void extract_result_free(extract_result *r);

/* Parses html (valid UTF-8) and fills r. WT_ERR_FORMAT for a page whose
 * elements nest deeper than any real page (gumbo's time grows with the
 * square of the depth); WT_ERR_LIMIT when the text exceeds r's limit. */
wt_status extract_html(const char *html, size_t len, extract_result *r);

/* A page's bytes as UTF-8 in out (reset first): by byte order mark, meta
 * charset or http-equiv, else UTF-8 when valid, else Windows-1252; a
 * declaration the bytes contradict is ignored. used names the encoding
 * read; *bad counts bytes that became U+FFFD. */
wt_status extract_to_utf8(const char *in, size_t n, wt_buf *out, char *used, size_t used_cap, size_t *bad);

/* Title, byline, date, site name and language from the page's metadata
 * into the fields of r still NULL; text_of renders an element's text
 * (malloc'd). */
wt_status extract_meta(const GumboNode *root, extract_result *r, char *(*text_of)(const GumboNode *));

/* ---- Junk in article text (junk.c) ---- */

enum {
    JUNK_COPYRIGHT,
    JUNK_COMMENTS,
    JUNK_SHARE,
    JUNK_NEWSLETTER,
    JUNK_SECTION_LABEL,
    JUNK_BYLINE,
    JUNK_WIDGET,
    JUNK_REPEATED_CAPTION,
    JUNK_REPEATED_HEADLINE,
    JUNK_ASSISTANT,
    JUNK_TEMPLATE,
    JUNK_REASON_COUNT
};

/* The reasons as written in the output ("copyright", "assistant-text"...). */
extern const char *const JUNK_REASONS[JUNK_REASON_COUNT];

typedef struct junk_span {
    uint32_t start, end; /* bytes of the text */
    uint8_t reason;      /* JUNK_* */
} junk_span;

typedef struct junk_spans {
    junk_span *v;
    size_t n, cap;
} junk_spans;

void junk_spans_free(junk_spans *s);

/* The junk lines of text, in order, into out (emptied first). A rights line
 * names the publisher, a dateline near the top a date and maybe an outlet:
 * each is written to its buffer ("" when none). */
wt_status junk_find(const char *text, size_t len, const char *title, junk_spans *out, char *publisher,
                    size_t pub_cap, char *date, size_t date_cap, char *outlet, size_t outlet_cap);

/* One document for the corpus-wide template search: its text, outlet id
 * (0 = unknown) and its junk spans, which gain "template" spans. */
typedef struct template_doc {
    const char *text;
    size_t len;
    uint32_t outlet;
    junk_span **junk; /* malloc'd array, in order; may be reallocated */
    uint32_t *njunk;
} template_doc;

/* Marks the lines an outlet repeats across many of its articles. */
wt_status junk_templates(template_doc *docs, size_t n);

/* Where the article proper starts: the first byte past the junk spans
 * (in order) that open the text and the white space between them. */
uint32_t junk_lead_end(const char *text, size_t len, const junk_span *junk, size_t n);

/* 1 for an element never shown: script, style, template, media, hidden. */
int extract_invisible(const GumboElement *el);

/* ---- The article within a page (article.c) ---- */

typedef struct article article;

/* Scores the blocks under body and picks the article; strict also rules
 * out blocks whose class or id says they are furniture. Caller frees with
 * article_free. */
wt_status article_find(const GumboNode *body, int strict, article **out);
void article_free(article *a);
int article_found(const article *a);
/* 1 for the elements the article is made of (the top block and siblings). */
int article_chosen(const article *a, const GumboNode *n);
/* 0 for an element inside the article that is page furniture. */
int article_keeps(const article *a, const GumboNode *n);

#endif
