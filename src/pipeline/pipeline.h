/* pipeline.h: the document model and the analyzer that runs the stages
 * over it. Records flow one way: ingest, extract, text, then the corpus-wide
 * stages; the store writes the results. */
#ifndef WT_PIPELINE_H
#define WT_PIPELINE_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../ingest/ingest.h"
#include "../attrib/attrib.h"
#include "../extract/extract.h"
#include "../reuse/reuse.h"
#include "../story/story.h"
#include "../text/text.h"
#include "../util/util.h"

struct wt_doc {
    char *id, *source, *outlet, *title; /* owned; id and source never NULL */
    char *byline, *lang;                /* owned, NULL when unknown */
    char *text;                         /* owned, valid UTF-8, NUL-terminated */
    size_t text_len;
    int64_t epoch; /* publication time when date_prec > 0 */
    int date_prec; /* as wt_date_parse returns */
    char date[21]; /* ISO 8601 form, "" when unknown */
    uint32_t words, sentences;
    uint32_t *fp;    /* reuse fingerprints, owned; freed once the reuse stage ran */
    junk_span *junk; /* boilerplate spans, in order; owned */
    uint32_t njunk;
    attribution *attrib; /* who said what, in text order; owned */
    uint32_t nattrib;
    uint32_t nfp;
    story_term *terms; /* key terms for the story pass, owned; freed once it ran */
    uint32_t nterms;
};

/* A new empty document; caller frees with doc_free. */
wt_doc *doc_new(void);
void doc_free(wt_doc *d);

/* A message about one record, in input order. */
typedef struct pipe_diag {
    wt_severity severity;
    wt_status status;
    char *message; /* owned */
} pipe_diag;

typedef struct pipe_diags {
    pipe_diag *v;
    size_t n, cap;
} pipe_diags;

void pipe_diags_clear(pipe_diags *d);

/* Per-thread scratch for turning records into documents. */
typedef struct pipe_worker {
    text_tokenizer *tz;
    text_tokens tokens;
    text_spans sentences;
    wt_buf scratch, msg;
    junk_spans junk;
    attributions attrib;
    attrib_lexicon *lexicon;
    story_lexicon *common;   /* words that tell no story apart */
    story_scratch story;
    text_tokens title_tokens;
    wt_buf names;            /* speakers' name words, as byte offsets */
    size_t max_article;
    int fingerprint; /* compute reuse fingerprints */
    int attribute;   /* find who said what */
    int stories;     /* find key terms for stories */
    int keep;        /* documents are kept: find their junk and metadata lines */
} pipe_worker;

/* gz: the outlet gazetteer for attributions (may be NULL); outlives w. */
wt_status pipe_worker_init(pipe_worker *w, size_t max_article, int keep, int fingerprint, int attribute,
                          int stories, const attrib_gazetteer *gz);
void pipe_worker_free(pipe_worker *w);

/* Turns one record into a document (*out, NULL when the record is set
 * aside), appending what went wrong to diags. Returns only fatal errors. */
wt_status pipe_process(pipe_worker *w, const ingest_record *rec, wt_doc **out, pipe_diags *diags);

#endif
