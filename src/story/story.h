/* story.h: stories, the groups of articles about the same events. Each
 * article is summed up while it is read as a few weighted key terms
 * (terms.c); once the corpus is read, one pass over the articles in date
 * order puts each into the open story it resembles most, or starts a new
 * one (cluster.c). Reused passages between two articles pull them into one
 * story. */
#ifndef WT_STORY_H
#define WT_STORY_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../extract/extract.h"
#include "../text/text.h"

#define STORY_TERMS 24 /* key terms kept per article */

/* A key term: the hash of a word's normalised form and its weight in the
 * article (occurrences, more for names and headline words). */
typedef struct story_term {
    uint64_t hash;
    float weight;
} story_term;

/* The common words that say nothing of a story; one per thread or shared
 * read-only. Caller frees with story_lexicon_free. */
typedef struct story_lexicon story_lexicon;
story_lexicon *story_lexicon_new(void);
void story_lexicon_free(story_lexicon *lx);

/* Scratch for story_terms; zero-initialised, freed by story_scratch_free. */
typedef struct story_scratch {
    story_term *table; /* open addressing, hash 0 = empty */
    size_t cap;
} story_scratch;
void story_scratch_free(story_scratch *s);

/* The key terms of an article: its words outside junk, the words of its
 * title counted again; speakers' names (byte spans in text) count extra.
 * *out (caller frees) gets at most STORY_TERMS terms, heaviest first. */
wt_status story_terms(const story_lexicon *lx, story_scratch *s, const char *text, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, const char *title_text,
                      const text_tokens *title, const uint32_t *names, size_t nnames, story_term **out,
                      uint32_t *nout);

/* ---- The corpus-wide pass (cluster.c) ---- */

typedef struct story_doc {
    const story_term *terms;
    uint32_t nterms;
    int dated;
    int64_t epoch;
} story_doc;

/* Two articles that share a reused passage. */
typedef struct story_link {
    uint32_t a, b;
} story_link;

typedef struct story_options {
    double min_similarity; /* cosine of an article to a story's centre to join it */
    double link_bonus;     /* added when the article shares a passage with the story */
    int64_t window;        /* seconds a story stays open after its latest article */
} story_options;

void story_options_init(story_options *o);

typedef struct story_result {
    uint32_t *members;   /* document indices, story after story, each ascending */
    uint32_t *offsets;   /* story k is members[offsets[k] .. offsets[k + 1]) */
    uint32_t *doc_story; /* the story of each document */
    uint32_t *central;   /* per story: the member closest to its centre */
    size_t n;            /* stories */
} story_result;

void story_result_free(story_result *r);

/* Groups the n documents into stories. Every document is in exactly one;
 * stories are ordered by their first member in date order. The result is
 * the same for any input order of links. */
wt_status story_cluster(const story_doc *docs, size_t n, const story_link *links, size_t nlinks,
                        const story_options *opt, story_result *out);

/* A story's label into out (cap >= 8 bytes, NUL-terminated): the title
 * when there is one, else the text's opening sentence, shortened with an
 * ellipsis. Returns its length. */
size_t story_label(const char *title, const char *text, size_t len, char *out, size_t cap);

#endif
