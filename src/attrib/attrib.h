/* attrib.h: who said what. Finds direct quotes and reported speech in an
 * article's text, each as content, cue and source spans, and resolves the
 * source to a speaker (a pronoun to the person last named). */
#ifndef WT_ATTRIB_H
#define WT_ATTRIB_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../extract/extract.h"
#include "../text/text.h"

enum { KIND_UNKNOWN, KIND_PERSON, KIND_OUTLET, KIND_ORGANIZATION, KIND_ANONYMOUS };

/* The kinds as written in the output ("person", "outlet"...). */
extern const char *const ATTRIB_KINDS[5];

typedef struct attrib_span {
    uint32_t start, end; /* end == start: absent */
} attrib_span;

typedef struct attribution {
    attrib_span content, cue, source;
    uint32_t speaker_start, speaker_end; /* the span naming who it is, maybe elsewhere */
    const char *outlet;                  /* the outlet's name when the gazetteer knows it */
    uint8_t direct, kind;
} attribution;

typedef struct attributions {
    attribution *v;
    size_t n, cap;
} attributions;

void attributions_free(attributions *a);
/* Appends a copy of *at to a (at most 2^24 of them per document). */
wt_status attributions_push(attributions *a, const attribution *at);

/* ---- Outlets known by name (gazetteer.c) ---- */

#define ATTRIB_OUTLET_WORDS 8 /* the longest name matched, in words */

/* The data file data/outlets.tsv, compiled in. */
extern const unsigned char wt__outlets_tsv[];
extern const size_t wt__outlets_tsv_len;

/* A gazetteer from outlets.tsv-formatted data (name, tab, aliases joined
 * by "|"; "#" comments). Caller frees with attrib_gazetteer_free; names
 * it returns live as long as it does. NULL when out of memory. */
typedef struct attrib_gazetteer attrib_gazetteer;
attrib_gazetteer *attrib_gazetteer_new(const char *data, size_t len);
void attrib_gazetteer_free(attrib_gazetteer *g);
/* The name of the outlet tokens [a, b) name (a leading "the" optional),
 * or NULL. */
const char *attrib_gazetteer_match(const attrib_gazetteer *g, const text_tokens *tok, size_t a, size_t b);
/* The same for a name given as a string (a publisher's), any case;
 * scratch is the caller's token array. */
const char *attrib_gazetteer_lookup(const attrib_gazetteer *g, text_tokenizer *tz, text_tokens *scratch,
                                    const char *s, size_t n);

/* The reporting verbs and other word lists, ready for lookups; one per
 * thread or shared read-only. gz (may be NULL) must outlive it and every
 * attribution found with it. Caller frees with attrib_lexicon_free. */
typedef struct attrib_lexicon attrib_lexicon;
attrib_lexicon *attrib_lexicon_new(const attrib_gazetteer *gz);
void attrib_lexicon_free(attrib_lexicon *lx);

/* Quotations in single marks rewritten as double marks of the same byte
 * length (marks.c): *out is a copy of text the caller frees, or NULL when
 * text has none. */
wt_status attrib_double_marks(const char *text, size_t len, char **out);

/* Appends the attributions of text (tokens and sentences from the text
 * layer; junk spans are skipped) to out, in text order. text[len] is a
 * NUL byte, as the text layer's buffers end: the rules read the byte
 * after a last word. */
wt_status attrib_find(const attrib_lexicon *lx, const char *text, size_t len, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, attributions *out);

/* ---- Citations (citation.c) ---- */

typedef struct citation_doc {
    const char *outlet; /* the article's publisher, or NULL */
    const char *text;
    const attribution *at;
    size_t nat;
} citation_doc;

typedef struct citation {
    char *from, *to; /* outlet names, as first seen; owned */
    uint32_t *docs;  /* indices of the articles that cite, ascending; owned */
    size_t ndocs;
    uint32_t count; /* attributions that cite */
} citation;

/* Which outlet cites which, over all documents, ordered by names. Caller
 * frees with citations_free. */
wt_status attrib_citations(const citation_doc *docs, size_t n, citation **out, size_t *nout);
void citations_free(citation *c, size_t n);

#endif
