/* rules.h: what the attribution rules share. attrib.c reads sentences and
 * quotations; reported.c reads reported speech in a clause; phrase.c finds
 * the phrases they need (subjects, verb groups, appositions, speakers and
 * their kinds) and writes attributions. One document's state is the ctx. */
#ifndef WT_ATTRIB_RULES_H
#define WT_ATTRIB_RULES_H

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

#define MAX_SOURCE_WORDS 10  /* a longer phrase before a cue is not its subject */
#define MAX_APPOSITION   40  /* words of ", an analyst at the institute," */
#define MAX_CLAUSE_WORDS 300 /* words read at once in a run-on "sentence" */
#define RECENT_PEOPLE    8   /* people "he" or "she" may reach back to */
#define KNOWN_SEXES      32  /* surnames whose sex is remembered, newest kept */

enum { SEX_UNKNOWN = 0, SEX_MALE = 1, SEX_FEMALE = 2 };

/* A person's name as far as sex goes: the hashes of its last word and of
 * the given name right before it, if any (0 for none): "Jarek Kujda" and
 * "Malgorzata Kujda" are two people, "Mr Kujda" may be either. */
typedef struct {
    uint64_t surname, given;
} name_key;

typedef struct ctx {
    const uint64_t *flags; /* per token: the lists its word is in */
    const char *text;
    size_t len;
    const text_tokens *tok;
    attributions *out;
    const attrib_gazetteer *gz;
    attrib_span last_person, last_outlet;
    /* The people named lately, a ring (newest at (people_n - 1) %
     * RECENT_PEOPLE), and the sex the words around some names gave
     * ("actress", "Mrs"), by name_key: whom "he" and "she" mean when the
     * last person named cannot be (ph_note_person). */
    struct {
        attrib_span who;
        name_key key;
        int sure; /* a role or an honorific came with the name */
    } people[RECENT_PEOPLE];
    size_t people_n;
    struct {
        name_key who;
        int sex; /* SEX_MALE or SEX_FEMALE */
    } sexes[KNOWN_SEXES];
    size_t sexes_n;
    /* The last organisation or outlet that spoke, named: whom a nearby "it
     * said" means. */
    attrib_span last_body;
    int last_body_kind;
    const char *last_body_outlet; /* the gazetteer's name when it is an outlet, or NULL */
    /* "Cruz continued:" ends a sentence with its speaker and cue but no
     * words: they belong to the quotation opening the next one. Token
     * indices; pending_at is the sentence end it was set at, 0 for none. */
    size_t pending_src_a, pending_src_b;
    attrib_span pending_cue;
    uint32_t pending_at;
    /* A quotation that ended its sentence without a speaker: '"..., no?"
     * Freddy Ortega said.' gives it one. */
    attrib_span orphan;
    int title_case;               /* the sentence at hand is a headline in title case */
    const char *last_outlet_name; /* the gazetteer's name of last_outlet, or NULL */
    /* Hashes of the words written in capitals inside a sentence, sorted;
     * made the first time a headline asks (mid_caps_n == SIZE_MAX: not
     * yet). Owned; freed by attrib_find. */
    uint64_t *mid_caps;
    size_t mid_caps_n;
} ctx;

/* Whether token i is the word w (any case; w in lower case). The first
 * letter is compared before the call: most tokens differ there. */
static inline int word_is(const ctx *c, size_t i, const char *w)
{
    const text_token *t = &c->tok->v[i];
    size_t n = t->end - t->start;
    return strlen(w) == n && (c->text[t->start] | 0x20) == w[0] && strncasecmp(c->text + t->start, w, n) == 0;
}

/* Whether token i's word is in the list LIST (a name from LISTS). */
#define word_in(c, i, LIST) ((int)(((c)->flags[i] >> LIST##_BIT) & 1))

static inline int capitalized(const ctx *c, size_t i)
{
    unsigned char ch = (unsigned char)c->text[c->tok->v[i].start];
    return isupper(ch) || ch >= 0xC3; /* accented capitals and other scripts */
}

/* ---- Words and gaps (phrase.c) ---- */

int ph_in_verb_group(const ctx *c, size_t i);       /* "has", "not", "repeatedly" before a verb */
int ph_adverb_ly(const ctx *c, size_t i);           /* a lower-case adverb in -ly, not "family" */
int ph_gap_clear(const ctx *c, size_t a, size_t b); /* tokens a and b in one phrase */
size_t ph_verb_group_start(const ctx *c, size_t floor, size_t cue);
int ph_past_tense(const ctx *c, size_t i);                  /* lower case, in -ed */
int ph_comma_after(const ctx *c, size_t i);                 /* a comma (or dash) after token i */
int ph_is_open_quote(const char *s, size_t i, size_t len);  /* mark length, or 0 */
int ph_is_close_quote(const char *s, size_t i, size_t len); /* mark length, or 0 */
int ph_long_dash(const char *s, size_t i, size_t len);      /* 3 at an em or en dash, else 0 */
int ph_possessive(const ctx *c, size_t i);                  /* "Calloway's", "their" */
int ph_relative(const ctx *c, size_t i);                    /* "who", "which", "that" */
int ph_framed(const ctx *c, size_t i);                      /* "is (widely) seen as": how someone is held */
size_t ph_cue_end(const ctx *c, size_t i, size_t b); /* past the cue at i and its particle ("points out") */
int ph_is_cue(const ctx *c, size_t i);               /* a reporting verb used as one here */
int ph_no_speech(const ctx *c, size_t i);            /* "adding to", "showed up" */
uint32_t ph_word_end(const ctx *c, size_t i);        /* its end, with a quotation it closes */
size_t ph_last_clause(const ctx *c, size_t a, size_t b);

/* ---- Who: names, kinds, speakers (phrase.c) ---- */

const char *ph_known_outlet(const ctx *c, size_t a, size_t b); /* the gazetteer's name, or NULL */
int ph_kind_of(const ctx *c, size_t a, size_t b);              /* KIND_* of a source phrase */
int ph_name_like(const ctx *c, size_t a, size_t b);            /* reads as who someone is */
int ph_named_elsewhere(ctx *c, size_t i);                      /* written as a name inside a sentence */
attrib_span ph_span_of(const ctx *c, size_t a, size_t b);
/* Notes the people named in tokens [a, b): whom the next "he" means (the
 * subject, else the last named), or with keep_last only as others a
 * pronoun of the other sex may mean. */
void ph_note_names(ctx *c, size_t a, size_t b, int keep_last);
/* Notes who as the last person named, of the sex the words of [a, b)
 * around the name give ("actress Helen Roe", "Mrs Roe"), if any. */
void ph_note_person(ctx *c, attrib_span who, size_t a, size_t b);
/* "Rhian Roe of the Calder Institute", "Jon Foxley at Total Ferry": a
 * person's full name in [a, b), then where they work; the index of "of",
 * "at" or "from" after the name, else 0. */
size_t ph_name_then_place(const ctx *c, size_t a, size_t b);

/* ---- Subjects (phrase.c): [*a, *b) or [*sa, *sb), empty when none ---- */

int ph_plausible_source(const ctx *c, size_t a, size_t cue);
void ph_phrase_before(const ctx *c, size_t floor, size_t cue, size_t *a, size_t *b);
void ph_phrase_after(const ctx *c, size_t cue, size_t ceil, size_t *a, size_t *b);
void ph_name_before_apposition(const ctx *c, size_t a, size_t cue, size_t *sa, size_t *sb);
void ph_subject_before(const ctx *c, size_t a, size_t end, size_t *sa, size_t *sb);
/* Whether the clause ending at token b (before a colon and a quotation)
 * is a subject naming a speaker or a writing and any verb phrase: "Fallon
 * fired back:", "Hoff's letter makes a libertarian-style case:"; the
 * subject is [*sa, *sb), the cue [*sb, b). */
int ph_colon_clause(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb);
/* Whether the tokens before b (before a colon and a quotation) end with a
 * roundup's label: a name or a writing after a dash ("Pollsters agree -
 * Carl Bialik:") or after "From", "More from" ("More from the report:");
 * [*sa, *sb) is it. */
int ph_label_before_colon(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb);

/* Appends an attribution: content and cue spans, the source as tokens
 * [src_a, src_b) (empty for none), its speaker resolved. */
wt_status ph_emit(ctx *c, attrib_span content, attrib_span cue, size_t src_a, size_t src_b, int direct);

/* reported.c: reported speech in tokens [a, b) of a clause ending at byte
 * sent_end; "X said ..." opening [a, b); the speaker closing "..., said
 * X" in [q, end); "Asked whether ..., X said" (the question emitted, *e
 * where the rest starts). */
wt_status rp_reported(ctx *c, size_t a, size_t b, uint32_t sent_end);
int rp_opens_with_speaker(const ctx *c, size_t a, size_t b);
size_t rp_poll_opening(const ctx *c, size_t a, size_t b, size_t *e); /* "In a Ledger poll, 31 percent said" */
int rp_opening_speaker(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb);
int rp_as_clause(const ctx *c, size_t a, size_t b, size_t *q, size_t *sb, size_t *cue_a, size_t *ce,
                 size_t *e);
int rp_speaker_clause(const ctx *c, size_t q, size_t end, size_t *cue, size_t *sa, size_t *sb);
wt_status rp_asked(ctx *c, size_t a, size_t b, size_t *e);

#endif
