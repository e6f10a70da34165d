/* reuse.h: the reuse engine. Finds every passage that one article shares
 * with another, and groups of near-duplicate articles, across a corpus.
 *
 *   fingerprints  winnowed word 5-gram hashes of each document (on the worker
 *                 threads, while reading)
 *   candidates    an inverted index of fingerprints; each bucket links its
 *                 documents to the earliest one and to their predecessor in
 *                 date order (never all pairs); pairs sharing enough
 *                 fingerprints are candidates; outlet templates are skipped
 *   alignment     seed-and-extend over token ids: 3-gram seeds, chained,
 *                 then a banded affine-gap Smith-Waterman, then neighbouring
 *                 alignments merged so that an edited copy is one passage
 *   attribution   the earlier article is the source; each region of an
 *                 article is credited to its single best source */
#ifndef WT_REUSE_H
#define WT_REUSE_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../extract/extract.h"
#include "../text/text.h"
#include "../util/util.h"

#define REUSE_NGRAM  5 /* words per fingerprinted n-gram */
#define REUSE_WINNOW 4 /* winnowing window: any shared run of 8 words leaves a common fingerprint */

/* Winnowed fingerprints of a token sequence, appended to *fp (malloc'd,
 * caller frees). Positions are not kept: alignment recomputes them. */
wt_status reuse_fingerprints(const text_tokens *tok, uint32_t **fp, uint32_t *n);

/* The hash of the n-gram starting at each of the n - REUSE_NGRAM + 1
 * positions of t into h; returns that count (0 for short input). */
size_t reuse_ngram_hashes(const text_token *t, size_t n, uint32_t *h);

/* The same over n tokens into out (room for n); h is scratch for n. Returns
 * the number of fingerprints. */
size_t reuse_winnow(const text_token *t, size_t n, uint32_t *h, uint32_t *out);

/* What the engine needs of one document. */
typedef struct reuse_doc {
    const char *text;
    size_t len;
    uint32_t *fp; /* malloc'd; reuse_run takes it over and frees it once indexed */
    uint32_t nfp;
    uint32_t words;        /* tokens in text */
    const junk_span *junk; /* boilerplate: its words never match */
    uint32_t njunk;
    uint32_t outlet; /* 0 = unknown, else an id shared by documents of one outlet */
    int dated;       /* epoch is meaningful */
    int64_t epoch;
} reuse_doc;

/* Sorts v by bits [lo_bit, hi_bit) of each key, stably, on up to threads
 * threads. */
wt_status reuse_radix_sort(uint64_t *v, size_t n, int lo_bit, int hi_bit, int threads);

/* ---- Pairwise alignment ------------------------------------------------ */

/* One aligned region of two token sequences: half-open token ranges. */
typedef struct reuse_align {
    uint32_t a0, a1, b0, b1;
    uint32_t matches;
} reuse_align;

typedef struct reuse_aligns {
    reuse_align *v;
    size_t n, cap;
} reuse_aligns;

typedef struct reuse_aligner reuse_aligner;

/* Scratch for aligning pairs; one per thread. NULL when out of memory. */
reuse_aligner *reuse_aligner_new(void);
void reuse_aligner_free(reuse_aligner *al);

/* Appends to out the passages shared by token sequences a and b, each one
 * region even across edits and a dropped sentence, with at least min_words
 * matching words. */
wt_status reuse_align_pair(reuse_aligner *al, const text_token *a, size_t na, const text_token *b, size_t nb,
                           uint32_t min_words, reuse_aligns *out);

void reuse_aligns_free(reuse_aligns *x);

/* ---- Passage spans -------------------------------------------------------- */

#define REUSE_SNAP_WORDS 3 /* a passage end this close to a sentence boundary moves to it */

/* One article as the aligner sees it: its words and sentences. */
typedef struct reuse_side {
    text_tokens tok;
    text_spans sent;
} reuse_side;

wt_status reuse_side_load(reuse_side *s, text_tokenizer *tz, const char *text, size_t len);

/* Gives the tokens inside the spans hashes that match nothing (salt keeps
 * two articles' masks apart). Spans are in order. */
void reuse_mask_spans(text_token *tok, size_t ntok, const junk_span *sp, size_t nsp, uint32_t salt);
void reuse_side_free(reuse_side *s);

/* The byte span of tokens [t0, t1) of s, snapped to sentence boundaries
 * within REUSE_SNAP_WORDS; *whole tells whether the match itself runs from
 * a sentence start to a sentence end. */
void reuse_snap_span(const reuse_side *s, const char *text, size_t len, uint32_t t0, uint32_t t1,
                     uint32_t *start, uint32_t *end, int *whole);

/* ---- The corpus-wide run ------------------------------------------------- */

typedef struct reuse_passage {
    uint32_t a, b;                           /* document indices; a is the source when known */
    uint32_t a_start, a_end, b_start, b_end; /* bytes */
    uint32_t words;                          /* matching words */
    float identity;                          /* words / the longer side's words */
    int source_known;                        /* a is the source */
} reuse_passage;

typedef struct reuse_group {
    uint32_t first, n; /* a range of reuse_result.members */
    float similarity;  /* the lowest pairwise similarity that joined the group */
} reuse_group;

typedef struct reuse_result {
    reuse_passage *passages;
    size_t n_passages;
    reuse_group *groups;
    size_t n_groups;
    uint32_t *members; /* document indices of each group, ascending */
    /* Figures for the summary. */
    uint64_t fingerprints, candidates;
} reuse_result;

void reuse_result_free(reuse_result *r);

typedef struct reuse_options {
    int threads;
    uint32_t min_words;      /* shortest passage reported, in matching words */
    uint32_t fragment_words; /* shorter passages must be whole sentences on one side */
    double pair_evidence;    /* shared fingerprints two documents need to be aligned,
                              * each counted 1 / (documents holding it - 1) */
    double min_evidence;     /* the same, counted over a passage's own fingerprints */
    uint32_t long_words;     /* a passage this long is evidence enough by itself */
    double dup_cover;        /* share of both documents a near-duplicate pair covers */
} reuse_options;

void reuse_options_init(reuse_options *o);

/* Runs the engine over all documents, freeing their fingerprint arrays
 * (docs[i].fp) as soon as they are indexed. Output is the same for any
 * number of threads. */
wt_status reuse_run(reuse_doc *docs, size_t n, const reuse_options *opt, reuse_result *out);

/* ---- Inside the engine (engine.c, candidates.c, passages.c, sources.c) ---- */

#define REUSE_MAX_ITEMS     ((size_t)1 << 40)
#define REUSE_MAX_DOCS      ((size_t)1 << 24) /* documents per run: links pack two in 48 bits */
#define REUSE_TEMPLATE_BITS (1 << 16)

/* One run: the documents, their date order, and what each step leaves for
 * the next. */
typedef struct reuse_run_state {
    reuse_doc *docs;
    size_t n;
    const reuse_options *opt;
    uint32_t *rank;  /* position of each document in date order */
    uint64_t *pairs; /* candidate pairs, lo << 32 | hi, ascending */
    size_t n_pairs;
    uint64_t *common; /* hash << 32 | df of fingerprints held by 3 or more documents, ascending */
    size_t n_common;
    uint32_t *templates;                            /* hashes of outlet-template fingerprints, ascending */
    uint8_t template_bits[REUSE_TEMPLATE_BITS / 8]; /* a one-hash filter over them */
    size_t n_templates, templates_cap;
} reuse_run_state;

/* A passage as aligned, before sources are decided. */
typedef struct reuse_raw {
    uint32_t lo, hi; /* document indices, lo < hi */
    uint32_t lo_start, lo_end, hi_start, hi_end;
    uint32_t words, lo_words, hi_words; /* matching words; words spanned on each side */
} reuse_raw;

typedef struct reuse_raws {
    reuse_raw *v;
    size_t n, cap;
} reuse_raws;

/* candidates.c: the pairs worth aligning, into rs->pairs. */
wt_status reuse_find_candidates(reuse_run_state *rs, reuse_result *out);
/* Documents holding fingerprint h: 2 unless common, UINT32_MAX for a template. */
uint32_t reuse_fingerprint_df(const reuse_run_state *rs, uint32_t h);
/* The evidence one shared fingerprint of a df-document bucket gives a pair. */
double reuse_fingerprint_weight(size_t df);
/* passages.c: every candidate pair aligned, on all threads, in pair order. */
wt_status reuse_align_all(reuse_run_state *rs, reuse_raws *all);
/* sources.c: near-duplicate groups, then one source per region. */
wt_status reuse_group_duplicates(reuse_run_state *rs, const reuse_raws *raw, reuse_result *out);
wt_status reuse_attribute(reuse_run_state *rs, reuse_raws *raw, reuse_result *out);

int reuse_cmp_u32(const void *p, const void *q);

#endif
