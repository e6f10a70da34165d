/* text.h: the text layer. Repairs UTF-8, splits text into words by Unicode
 * rules (UAX #29) with normalised hashes for matching, and into sentences. */
#ifndef WT_TEXT_H
#define WT_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"
#include "../util/util.h"

/* Copies in to out, replacing each invalid UTF-8 sequence (and each NUL) by
 * U+FFFD; *replaced counts them. out is appended to, not reset. */
wt_status text_utf8_repair(const char *in, size_t len, wt_buf *out, size_t *replaced);

/* 1 when s is valid UTF-8 without NUL bytes, else 0. */
int text_utf8_valid(const char *s, size_t len);

/* A word: its byte span in the text and the hash of its normalised form
 * (NFKC, case folded, default-ignorables removed, ’ as '). */
typedef struct text_token {
    uint32_t start, end;
    uint64_t hash;
} text_token;

typedef struct text_tokens {
    text_token *v;
    size_t n, cap;
} text_tokens;

void text_tokens_free(text_tokens *t);

typedef struct text_tokenizer text_tokenizer;

/* Scratch state for tokenising; one per thread. Caller frees with
 * text_tokenizer_free. NULL when out of memory. */
text_tokenizer *text_tokenizer_new(void);
void text_tokenizer_free(text_tokenizer *tz);

/* Appends the words of s (len < 4 GiB) to out. */
wt_status text_tokenize(text_tokenizer *tz, const char *s, size_t len, text_tokens *out);

/* Index of the first token starting at or after byte b (tok->n if none). */
size_t text_token_at(const text_tokens *tok, uint32_t b);

/* The normalised form of one word, for tests and tools; out is reset first. */
wt_status text_normalize_word(text_tokenizer *tz, const char *w, size_t len, wt_buf *out);

/* Sentence spans, as byte offsets into the text. */
typedef struct text_span {
    uint32_t start, end;
} text_span;

typedef struct text_spans {
    text_span *v;
    size_t n, cap;
} text_spans;

void text_spans_free(text_spans *s);

/* Appends the sentences of s to out, using its tokens from text_tokenize.
 * Copes with abbreviations, initials, decimals, quotation marks and
 * paragraph breaks. */
wt_status text_sentences(const char *s, size_t len, const text_tokens *tok, text_spans *out);

/* A fixed set of up to 3,000 words, each with 32 bits of data (e.g. the
 * lists it is in), looked up by a token's hash. Caller frees with
 * text_wordset_free; NULL when out of memory. */
typedef struct text_wordset text_wordset;
text_wordset *text_wordset_new(void);
void text_wordset_free(text_wordset *ws);
/* Adds word (written normalised: lower case) with bits ORed into its data;
 * WT_ERR_LIMIT when the set is full. */
wt_status text_wordset_add(text_wordset *ws, const char *word, uint64_t bits);
/* Adds every word of a NULL-terminated list with the same bits. */
wt_status text_wordset_add_all(text_wordset *ws, const char *const *words, uint64_t bits);
/* The data of the word whose token hash is hash; 0 when absent. */
uint64_t text_wordset_get(const text_wordset *ws, uint64_t hash);

#endif
