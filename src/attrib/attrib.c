/* attrib.c: quotes and reported speech, by rules over words and sentences.
 *
 *   direct     a quotation (straight or curly marks, within a paragraph or
 *              run on into the next) whose sentence names who said it,
 *              before ("X said: ...", "X: ...") or after ("..., X said" /
 *              "..., said X"); a quotation standing alone right after an attributed
 *              one continues it
 *   reported   a sentence with a reporting verb: "X said (that) ...",
 *              "... , X said.", "according to X, ..."
 *
 * The source is the short phrase next to the cue; he/she resolve to the
 * person last named, "the outlet" and the like to the outlet last named.
 * Short quotations without a cue (scare quotes, titles) are not speech. */
#include "lexicon.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_SOURCE_WORDS 10 /* a longer phrase before a cue is not its subject */
#define MIN_QUOTE_WORDS  4  /* a quotation standing alone needs this many words to continue one */
#define MIN_SPEECH_WORDS 2  /* a one-word quotation is a term, not speech */
#define MAX_APPOSITION   40 /* words of ", an analyst at the institute," */

const char *const ATTRIB_KINDS[5] = {"unknown", "person", "outlet", "organization", "anonymous"};

typedef struct ctx {
    const uint64_t *flags; /* per token: the lists its word is in */
    const char *text;
    size_t len;
    const text_tokens *tok;
    attributions *out;
    const attrib_gazetteer *gz;
    attrib_span last_person, last_outlet;
    /* "Cruz continued:" ends a sentence with its speaker and cue but no
     * words: they belong to the quotation opening the next one. Token
     * indices; pending_at is the sentence end it was set at, 0 for none. */
    size_t pending_src_a, pending_src_b, pending_cue;
    uint32_t pending_at;
    /* A quotation that ended its sentence without a speaker: '"..., no?"
     * Freddy Ortega said.' gives it one. */
    attrib_span orphan;
    int title_case;               /* the sentence at hand is a headline in title case */
    const char *last_outlet_name; /* the gazetteer's name of last_outlet, or NULL */
} ctx;

static int word_is(const ctx *c, size_t i, const char *w)
{
    const text_token *t = &c->tok->v[i];
    size_t n = t->end - t->start;
    return strlen(w) == n && strncasecmp(c->text + t->start, w, n) == 0;
}

/* Whether token i's word is in the list LIST (a name from LISTS). */
#define word_in(c, i, LIST) ((int)(((c)->flags[i] >> LIST##_BIT) & 1))

static int capitalized(const ctx *c, size_t i)
{
    unsigned char ch = (unsigned char)c->text[c->tok->v[i].start];
    return isupper(ch) || ch >= 0xC3; /* accented capitals and other scripts */
}

/* Whether token i belongs to the words between a subject and its verb:
 * VERB_GROUP, or a lower-case adverb in -ly ("has repeatedly said") but
 * for the nouns in -ly a subject ends with ("the family said"). */
static int in_verb_group(const ctx *c, size_t i)
{
    if (word_in(c, i, VERB_GROUP)) return 1;
    const text_token *t = &c->tok->v[i];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    if (n < 5 || w[n - 2] != 'l' || w[n - 1] != 'y' || !(w[0] >= 'a' && w[0] <= 'z')) return 0;
    if (word_is(c, i, "reportedly")) return 0; /* hearsay: the subject did not say it */
    return !word_in(c, i, LY_NOUNS);
}

/* Whether a dash that sets off words stands at byte p: an em dash, or a
 * hyphen or en dash with spaces both sides. */
static int dash_at(const ctx *c, uint32_t p)
{
    if (p + 3 <= c->len && !memcmp(c->text + p, "\xE2\x80\x94", 3)) return 1;
    int spaced = p > 0 && c->text[p - 1] == ' ';
    if (c->text[p] == '-') return spaced && p + 1 < c->len && c->text[p + 1] == ' ';
    if (p + 3 <= c->len && !memcmp(c->text + p, "\xE2\x80\x93", 3))
        return spaced && p + 3 < c->len && c->text[p + 3] == ' ';
    return 0;
}

/* 1 when the text between tokens a and b joins them into one phrase:
 * spaces, hyphens, initials' stops, apostrophes. */
static int gap_clear(const ctx *c, size_t a, size_t b)
{
    for (uint32_t p = c->tok->v[a].end; p < c->tok->v[b].start; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (dash_at(c, p)) return 0; /* "Sanders — now that he has drawn even — has to show" */
        /* Parentheses too: "Sen. Marco Rubio (R-Fla.) said". */
        if (ch == ' ' || ch == '-' || ch == '.' || ch == '\'' || ch == '(' || ch == ')' || ch >= 0x80)
            continue;
        return 0;
    }
    return 1;
}

/* Whether token i is part of a time said between a subject and its verb:
 * "Clinton on Tuesday said", "Sanders last week told". */
static int when(const ctx *c, size_t i)
{
    if (word_in(c, i, TIME_WORDS) && !word_is(c, i, "may")) return 1;
    if (i + 1 < c->tok->n && word_in(c, i + 1, TIME_WORDS) && gap_clear(c, i, i + 1))
        return word_is(c, i, "on") || word_is(c, i, "last") || word_is(c, i, "this") ||
               word_is(c, i, "late") || word_is(c, i, "early") || word_is(c, i, "in");
    return 0;
}

/* The first token of the verb group ending with the cue at token cue, back
 * to floor: "has repeatedly called", "is also accusing" (a cue in -ing
 * takes its forms of "be"), "moved to emphasize". */
static size_t verb_group_start(const ctx *c, size_t floor, size_t cue)
{
    int ing = word_in(c, cue, GERUNDS);
    size_t v = cue;
    for (int hops = 0; hops < 2; hops++) {
        while (v > floor + 1 && gap_clear(c, v - 1, v) && cue - v < 6 &&
               (in_verb_group(c, v - 1) || (ing && word_in(c, v - 1, PASSIVE)) || when(c, v - 1)))
            v--;
        /* "moved to emphasize", "has repeatedly tried to dismiss" */
        if (v > floor + 2 && word_is(c, v - 1, "to") && word_in(c, v - 2, CATENATIVES) &&
            gap_clear(c, v - 2, v - 1) && gap_clear(c, v - 1, v))
            v -= 2;
        else if (v > floor + 3 && word_is(c, v - 1, "to") && word_is(c, v - 2, "on") &&
                 gap_clear(c, v - 3, v) &&
                 (word_is(c, v - 3, "went") || word_is(c, v - 3, "goes") || word_is(c, v - 3, "go")))
            v -= 3; /* "went on to say" */
        else
            break;
    }
    return v;
}

/* Whether token i reads as a verb in the past: lower case, in -ed. */
static int past_tense(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    return n > 3 && w[0] >= 'a' && w[0] <= 'z' && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Whether a comma follows token i, past closing brackets and quotation
 * marks: "Sen. Lee Bright (R), another ...". */
static int comma_after(const ctx *c, size_t i)
{
    for (uint32_t p = c->tok->v[i].end; p < c->len; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (ch == ',' || dash_at(c, p)) return 1; /* a dash sets off words as commas do */
        if (ch == ')' || ch == '"' || ch == '\'' || ch == ' ' || ch == '.') continue; /* "R-Ky.," */
        if (ch == 0xE2 && p + 2 < c->len && !memcmp(c->text + p, "\xE2\x80\x9D", 3)) {
            p += 2;
            continue;
        }
        return 0;
    }
    return 0;
}

static int is_open_quote(const char *s, size_t i, size_t len)
{
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9C", 3)) return 3; /* “ */
    if (s[i] == '"' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '(')) return 1;
    /* Two apostrophes, as some newspapers' archives write quotation marks. */
    if (s[i] == '\'' && i + 2 < len && s[i + 1] == '\'' && s[i + 2] != ' ' && s[i + 2] != '\'' &&
        (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '('))
        return 2;
    return 0;
}

static int is_close_quote(const char *s, size_t i, size_t len)
{
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9D", 3)) return 3; /* ” */
    /* An opening mark typed where the closing one belongs: “...?“ he asked. */
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9C", 3) && i > 0 && s[i - 1] != ' ' &&
        (i + 3 == len || strchr(" \n,.;:!?)", s[i + 3])))
        return 3;
    if (s[i] == '"' && (i + 1 == len || strchr(" \n,.;:!?)", s[i + 1]))) return 1;
    if (s[i] == '\'' && i + 1 < len && s[i + 1] == '\'' && i > 0 && s[i - 1] != ' ' &&
        (i + 2 == len || strchr(" \n,.;:!?)", s[i + 2])))
        return 2;
    return 0;
}

/* The gazetteer's name for tokens [a, b) when they are written as a name
 * (capitals but for "the", "of", "and"...), else NULL: "the Post" is the
 * Washington Post, "the post" is not. */
static const char *known_outlet(const ctx *c, size_t a, size_t b)
{
    if (!c->gz || b <= a) return NULL;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)c->text[c->tok->v[i].start];
        if (!capitalized(c, i) && !(ch >= '0' && ch <= '9') && !(i == a && word_is(c, i, "the")) &&
            !word_is(c, i, "of") && !word_is(c, i, "and") && !word_in(c, i, PARTICLES))
            return NULL;
    }
    return attrib_gazetteer_match(c->gz, c->tok, a, b);
}

/* Whether token i owns what follows: "Calloway's", "Calloway’s", "their". */
static int possessive(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    size_t n = t->end - t->start;
    const char *e = c->text + t->end;
    if (n > 2 && e[-1] == 's' && (e[-2] == '\'' || (n > 4 && !memcmp(e - 4, "\xE2\x80\x99", 3)))) return 1;
    return word_is(c, i, "his") || word_is(c, i, "her") || word_is(c, i, "their");
}

/* The kind of speaker a source phrase names. */
static int kind_of(const ctx *c, size_t a, size_t b)
{
    if (b - a == 1 && word_in(c, a, PRONOUNS_PERSON)) return KIND_PERSON;
    /* "Dr Fox", "Mr Reuter": an honorific opens a person's name. */
    if (b - a >= 2 && word_in(c, a, HONORIFICS)) return KIND_PERSON;
    if (known_outlet(c, a, b)) return KIND_OUTLET;
    /* "the latest Harbor Ledger poll", "records": a document speaks, no one. */
    if (word_in(c, b - 1, EVIDENCE)) return KIND_UNKNOWN;
    for (size_t i = a; i < b; i++) {
        if (word_in(c, i, ANONYMOUS)) return KIND_ANONYMOUS;
        if (i + 1 < b && word_in(c, i, ANONYMOUS_PEOPLE) && word_in(c, i + 1, ANONYMOUS_TAIL))
            return KIND_ANONYMOUS;
    }
    /* "Agency" names a news agency only as "News Agency" or "Press Agency":
     * the International Atomic Energy Agency reports no news. */
    int agency = word_is(c, b - 1, "agency");
    int news_agency = agency && b - a >= 2 && (word_is(c, b - 2, "news") || word_is(c, b - 2, "press"));
    if (word_in(c, b - 1, OUTLET_WORDS) && (!agency || news_agency) &&
        (capitalized(c, b - 1) || word_is(c, a, "the"))) {
        /* An outlet's name: capitals, "the", "of" ("an internal report seen
         * by the Ledger" is a report, not the Ledger). */
        int name = 1;
        for (size_t i = a; i < b && name; i++)
            name = capitalized(c, i) || word_is(c, i, "the") || word_is(c, i, "of") ||
                   word_in(c, i, OUTLET_WORDS);
        if (name) return KIND_OUTLET;
    }
    /* Capitals after the first word: the first is capital at a sentence start. */
    int caps = 0;
    for (size_t i = a + 1; i < b; i++)
        caps += capitalized(c, i);
    /* A role, then a name to the end: "Committee chairman Michael Jack",
     * "UK Film Council chief executive John Woodward". */
    for (size_t i = a; i + 1 < b; i++) {
        /* (or any title in lower case before two or more capitalised
         * words: "Harbour master Ines Varga") */
        int title = !capitalized(c, i) && i + 2 < b && !word_in(c, i, NAME_BREAKERS) &&
                    !word_is(c, i, "and") && !word_in(c, i, DETERMINERS) && !possessive(c, i) &&
                    !(i > a && word_in(c, i - 1, NAME_BREAKERS));
        if (!word_in(c, i, ROLES) && !title) continue;
        size_t k = i + 1;
        while (k < b && capitalized(c, k) && !word_in(c, k, ORG_WORDS) && !word_in(c, k, OUTLET_WORDS))
            k++;
        if (k == b) return KIND_PERSON;
    }
    /* "many voters", "they", "Proponents of the bill", "A spokesman for the
     * Office": the head noun, the last word before any preposition. */
    size_t head = a;
    while (head + 1 < b && !word_in(c, head + 1, NAME_BREAKERS))
        head++;
    /* "30 percent of voters", "one of his advisers", "a majority of
     * Republicans": the people after "of". */
    if (head + 2 < b && word_is(c, head + 1, "of") &&
        (word_is(c, head, "percent") || word_is(c, head, "one") || word_is(c, head, "majority") ||
         word_is(c, head, "half") || word_is(c, head, "share") || word_is(c, head, "third") ||
         word_is(c, head, "most") || word_is(c, head, "some") || word_is(c, head, "many") ||
         isdigit((unsigned char)c->text[c->tok->v[head].start]))) {
        head += 2;
        while (head + 1 < b && !word_in(c, head + 1, NAME_BREAKERS))
            head++;
    }
    if (word_in(c, head, HUMANS) || word_in(c, head, ROLES)) return KIND_PERSON;
    for (size_t i = a; i < b; i++)
        if (word_in(c, i, ORG_WORDS) && (capitalized(c, i) || word_is(c, a, "the"))) return KIND_ORGANIZATION;
    for (size_t i = a; i < b; i++)
        if (word_in(c, i, ROLES)) return KIND_PERSON;
    int first_cap = capitalized(c, a) && !word_is(c, a, "the") && !word_is(c, a, "a") && !word_is(c, a, "an");
    int particles = 0;
    for (size_t i = a + 1; i < b; i++)
        particles += !capitalized(c, i) && word_in(c, i, PARTICLES);
    if (first_cap && caps + particles == (int)(b - a) - 1 && b - a <= 6) return KIND_PERSON; /* a name */
    return caps ? KIND_ORGANIZATION : KIND_UNKNOWN;
}

/* 1 when the text of span s holds the word w (any case). */
static int name_has(const ctx *c, attrib_span s, const char *w, size_t n)
{
    for (uint32_t p = s.start; p + n <= s.end; p++)
        if (!strncasecmp(c->text + p, w, n) && (p == s.start || c->text[p - 1] == ' ')) return 1;
    return 0;
}

static attrib_span span_of(const ctx *c, size_t a, size_t b)
{
    attrib_span s = {c->tok->v[a].start, c->tok->v[b - 1].end};
    /* "Sen. Marco Rubio (R-Fla.)": a parenthesis opened inside is closed too. */
    int open = 0;
    for (uint32_t p = s.start; p < s.end; p++)
        open += (c->text[p] == '(') - (c->text[p] == ')');
    while (open > 0 && s.end < c->len && (c->text[s.end] == '.' || c->text[s.end] == ')')) {
        open -= c->text[s.end] == ')';
        s.end++;
    }
    return s;
}

/* The longer name a surname stands for: "Nwosu" or "Ms Nwosu" for
 * "Councillor Petra Nwosu", named earlier in the article as a speaker or
 * the last person named. {0, 0} when there is none. */
static attrib_span full_name(const ctx *c, size_t a, size_t b)
{
    if (b - a > 2) return (attrib_span){0, 0};
    if (b - a == 2 && !word_in(c, a, HONORIFICS)) return (attrib_span){0, 0};
    const text_token *sur = &c->tok->v[b - 1];
    size_t n = sur->end - sur->start;
    for (size_t k = c->out->n + 1; k-- > 0;) { /* the last person named, then speakers, newest first */
        attrib_span s = c->last_person;
        if (k < c->out->n) {
            const attribution *o = &c->out->v[k];
            if (o->kind != KIND_PERSON) continue;
            s = (attrib_span){o->speaker_start, o->speaker_end};
        }
        if (s.end - s.start <= n + 1) continue;
        /* Ends with the surname, after a space: a longer name of the same person. */
        if (!memcmp(c->text + s.end - n, c->text + sur->start, n) && c->text[s.end - n - 1] == ' ') return s;
    }
    return (attrib_span){0, 0};
}

/* The end of token i and of a quotation it closes: a content cut
 * there keeps its closing mark ('was "the price of patching"'). */
static uint32_t word_end(const ctx *c, size_t i)
{
    uint32_t e = c->tok->v[i].end;
    uint32_t f = e < c->len && (c->text[e] == ',' || c->text[e] == '.' || c->text[e] == '?') ? e + 1 : e;
    if (f < c->len && c->text[f] == '"') return f + 1; /* 'to win,"' */
    if (f + 3 <= c->len && !memcmp(c->text + f, "\xE2\x80\x9D", 3)) return f + 3;
    if (e < c->len && c->text[e] == '"') return e + 1;
    if (e + 3 <= c->len && !memcmp(c->text + e, "\xE2\x80\x9D", 3)) return e + 3;
    return e;
}

/* Whether token i opens a relative clause as its subject: "who said". */
static int relative(const ctx *c, size_t i)
{
    return word_is(c, i, "who") || word_is(c, i, "which") || word_is(c, i, "that");
}

static wt_status emit(ctx *c, attrib_span content, attrib_span cue, size_t src_a, size_t src_b, int direct)
{
    /* Reported speech holding a quotation ('said the closure was "the
     * price of years of patching"') quotes the speaker too. */
    for (uint32_t p = content.start; p < content.end && !direct; p++)
        direct = c->text[p] == '"' || (p + 3 <= content.end && !memcmp(c->text + p, "\xE2\x80\x9C", 3));
    attribution at = {content, cue, {0, 0}, 0, 0, NULL, (uint8_t)direct, KIND_UNKNOWN};
    /* "who said", "which reported": a relative clause. Its speaker is the
     * name right before it ("Juanita Broaddrick, who said"); otherwise a
     * noun phrase this does not resolve, and no speaker is better than "who". */
    if (src_b > src_a && relative(c, src_a)) {
        at.source = span_of(c, src_a, src_b);
        size_t n = src_a;
        while (n > 0 && capitalized(c, n - 1) && src_a - n < 6 && (n == src_a || gap_clear(c, n - 1, n)))
            n--;
        if (n == src_a || (c->tok->v[src_a].start - c->tok->v[src_a - 1].end > 2) ||
            kind_of(c, n, src_a) == KIND_UNKNOWN) {
            src_b = src_a;
        } else { /* the name is the speaker; the source stays "who" */
            attrib_span src = at.source;
            wt_status st = emit(c, content, cue, n, src_a, direct);
            if (!st) c->out->v[c->out->n - 1].source = src;
            return st;
        }
    }
    /* "she will argue", "The company also said": a modal or an adverb
     * after the subject is no part of the speaker. */
    while (src_b > src_a + 1 && in_verb_group(c, src_b - 1))
        src_b--;
    /* "At the rally she said": the pronoun is the speaker. */
    if (src_b > src_a + 1 && word_in(c, src_b - 1, PRONOUNS_PERSON)) src_a = src_b - 1;
    /* "but Parry countered", "And she said", "To Dr Carpenter": the
     * conjunction or preposition is not the speaker. */
    while (src_b > src_a + 1 && (word_in(c, src_a, CLAUSE_OPENERS) || word_in(c, src_a, NAME_BREAKERS)))
        src_a++;
    if (src_b > src_a) {
        at.source = span_of(c, src_a, src_b);
        at.kind = (uint8_t)kind_of(c, src_a, src_b);
        attrib_span who = at.source;
        int pronoun = src_b - src_a == 1 && word_in(c, src_a, PRONOUNS_PERSON);
        /* "the outlet", "the newspaper": the outlet last named; "the Ledger"
         * only when the last named outlet has that word in its name. */
        int outlet_ref = src_b - src_a == 2 && word_is(c, src_a, "the") && at.kind == KIND_OUTLET &&
                         c->last_outlet.end &&
                         (word_in(c, src_a + 1, GENERIC_OUTLETS) ||
                          name_has(c, c->last_outlet, c->text + c->tok->v[src_a + 1].start,
                                   c->tok->v[src_a + 1].end - c->tok->v[src_a + 1].start));
        if (pronoun && c->last_person.end) {
            who = c->last_person;
        } else if (outlet_ref && c->last_outlet.end) {
            who = c->last_outlet;
            at.outlet = c->last_outlet_name;
        } else if (at.kind == KIND_PERSON && !pronoun) {
            /* "Nwosu said" after "Councillor Petra Nwosu": the full name. */
            attrib_span full = full_name(c, src_a, src_b);
            if (full.end) who = full;
            c->last_person = who;
        } else if (at.kind == KIND_OUTLET) {
            /* Named here, or "the Journal" with no Journal named before:
             * the gazetteer's outlet of that name. */
            at.outlet = known_outlet(c, src_a, src_b);
            c->last_outlet = at.source;
            c->last_outlet_name = at.outlet;
        }
        at.speaker_start = who.start;
        at.speaker_end = who.end;
    }
    wt_status st =
        wt_grow((void **)&c->out->v, &c->out->cap, c->out->n + 1, sizeof *c->out->v, (size_t)1 << 24);
    if (!st) c->out->v[c->out->n++] = at;
    return st;
}

static int is_cue(const ctx *c, size_t i);

/* The first token of [a, b) after its last comma or other clause mark:
 * '"...," between Europe and the world, Mr Howard added' -> Mr Howard. */
static size_t last_clause(const ctx *c, size_t a, size_t b)
{
    size_t k = a;
    for (size_t i = a + 1; i < b; i++)
        if (!gap_clear(c, i - 1, i)) k = i;
    return k;
}

/* Whether tokens [a, cue) can be the subject of the cue at token cue. A
 * subject does not end in a preposition, a determiner or a conjunction
 * ("trails in pledged", "stopped short of calls", "... the United States
 * and added"); words that are also nouns ("the first two states", "calls
 * and emails", "pledged delegates", "think tank") report only after a
 * speaker the rules can name. */
static int plausible_source(const ctx *c, size_t a, size_t cue)
{
    size_t e = cue - 1;
    if (word_in(c, e, NAME_BREAKERS) || word_is(c, e, "reportedly") || word_is(c, e, "and") ||
        word_is(c, e, "or") || word_is(c, e, "than") || word_is(c, e, "the") || word_is(c, e, "a") ||
        word_is(c, e, "an") || word_is(c, e, "their") || word_is(c, e, "his") || word_is(c, e, "her") ||
        word_is(c, e, "its") || word_is(c, e, "other"))
        return 0;
    if (possessive(c, e)) return 0; /* "Calloway's attacks on": the cue is a noun */
    int evidence = 0;
    for (size_t k = a; k < cue && !evidence; k++)
        evidence = word_in(c, k, EVIDENCE) || word_in(c, k, DOCUMENTS);
    /* (The head, the word before the cue, must name too: "recent
     * comments", "the two-paragraph mention" are nouns.) */
    if (word_in(c, cue, NOUN_CUES) && !evidence &&
        (kind_of(c, a, cue) == KIND_UNKNOWN || (!capitalized(c, e) && kind_of(c, e, cue) == KIND_UNKNOWN) ||
         (cue + 1 < c->tok->n &&
          (word_is(c, cue + 1, "delegates") || word_is(c, cue + 1, "tank") || word_is(c, cue + 1, "and")))))
        return 0;
    return 1;
}

/* Token index range [a, b) of the phrase ending right before token cue,
 * back to a clause boundary; b == a when there is none or it is too long. */
static void phrase_before(const ctx *c, size_t floor, size_t cue, size_t *a, size_t *b)
{
    /* "he will argue", "she would say": the modal belongs to the cue. */
    size_t verb = cue;
    cue = verb_group_start(c, floor, cue);
    *a = *b = cue;
    if (cue == floor || !gap_clear(c, cue - 1, cue) || word_in(c, cue - 1, PASSIVE)) return;
    if (relative(c, cue - 1)) { /* "Broaddrick, who said ...", "a group that supports" */
        *a = cue - 1;
        return;
    }
    size_t i = cue - 1;
    /* A subject holds no clause: it stops at "that" or at another cue. */
    while (i > floor && gap_clear(c, i - 1, i) && cue - i < MAX_SOURCE_WORDS && !word_is(c, i - 1, "that") &&
           (!is_cue(c, i - 1) || word_in(c, i - 1, NOUN_CUES)) && !word_in(c, i - 1, CLAUSE_OPENERS))
        i--;
    if (i > floor && gap_clear(c, i - 1, i) && cue - i >= MAX_SOURCE_WORDS)
        return; /* longer than a subject */
    /* The subject starts after the last word opening a clause: "which
     * Clinton conceded", "though he said". */
    for (size_t k = i; k + 1 < cue; k++)
        if (word_in(c, k, CLAUSE_OPENERS) || word_is(c, k, "that")) i = k + 1;
    while (i < cue && word_in(c, i, CLAUSE_OPENERS))
        i++;
    if (i == cue || word_is(c, i, "that") || is_cue(c, i)) return;
    if (!plausible_source(c, i, cue)) return;
    /* "Telephone call centres": a name takes "calls", not "call". */
    if (verb == cue && word_in(c, verb, BASE_FORMS)) {
        size_t head = i; /* the subject's head: before a preposition ("Sources for the Courier") */
        while (head + 1 < cue && !word_in(c, head + 1, NAME_BREAKERS))
            head++;
        if (capitalized(c, head) && !word_in(c, head, HUMANS) && c->text[c->tok->v[head].end - 1] != 's')
            return;
    }
    if (word_in(c, verb, EVIDENCE_CUES)) { /* only evidence "shows" */
        int evidence = 0;
        for (size_t k = i; k < cue; k++)
            evidence |= word_in(c, k, EVIDENCE) || word_in(c, k, DOCUMENTS);
        if (!evidence) return;
    }
    *a = i;
}

/* The phrase right after token cue, up to a comma or a stop. */
static void phrase_after(const ctx *c, size_t cue, size_t ceil, size_t *a, size_t *b)
{
    *a = *b = cue + 1;
    if (cue + 1 >= ceil || !gap_clear(c, cue, cue + 1)) return;
    size_t i = cue + 1;
    /* "said Sanders as he closed out": a clause after the name is not it. */
    while (i + 1 < ceil && gap_clear(c, i, i + 1) && i + 1 - cue <= MAX_SOURCE_WORDS &&
           !word_in(c, i + 1, CLAUSE_OPENERS))
        i++;
    *b = i + 1;
}

/* Whether token i is "seem" or "appear" in a form. */
static int seeming(const ctx *c, size_t i)
{
    return word_is(c, i, "seems") || word_is(c, i, "seemed") || word_is(c, i, "appears") ||
           word_is(c, i, "appeared") || word_is(c, i, "seem") || word_is(c, i, "appear");
}

static int is_cue(const ctx *c, size_t i)
{
    /* Most tokens are no verb of any list: out at once. */
    uint64_t f = c->flags[i];
    if (!(f & ((uint64_t)1 << CUES_BIT | (uint64_t)1 << PHRASALS_BIT | (uint64_t)1 << GERUNDS_BIT))) return 0;
    if (f & QUOTED) return 0; /* the speaker's words, not the article's */
    /* Cues are lower case ("the United States"), but for a headline in
     * title case: "Trump Says He Never Pledged ...". */
    unsigned char first = (unsigned char)c->text[c->tok->v[i].start];
    if (first >= 'A' && first <= 'Z' &&
        !(c->title_case && (word_is(c, i, "says") || word_is(c, i, "said") || word_is(c, i, "tells") ||
                            word_is(c, i, "warns") || word_is(c, i, "shows") || word_is(c, i, "finds"))))
        return 0;
    /* "so-called" names, it does not report. */
    if (word_is(c, i, "called") && i > 0 && word_is(c, i - 1, "so")) return 0;
    /* "the report", "his claims", "Trump's calls": a noun. */
    if (word_in(c, i, NOUN_CUES) && i > 0 && gap_clear(c, i - 1, i) &&
        (word_in(c, i - 1, DETERMINERS) || possessive(c, i - 1)))
        return 0;
    /* "seems to", "appeared that": a stance; "a photograph appears in the
     * Sun" is none. */
    if (seeming(c, i) && !(i + 1 < c->tok->n && (word_is(c, i + 1, "to") || word_is(c, i + 1, "that") ||
                                                 word_is(c, i + 1, "as") || word_is(c, i + 1, "like"))))
        return 0;
    if (word_in(c, i, CUES)) return 1;
    /* "he points out", "Trump shot back" */
    if (word_in(c, i, PHRASALS) && i + 1 < c->tok->n && gap_clear(c, i, i + 1) &&
        (word_is(c, i + 1, "out") || word_is(c, i + 1, "back")))
        return 1;
    /* "is accusing", "has been criticizing": a finite verb in -ing. */
    size_t v = i;
    while (v > 0 && v + 3 > i && in_verb_group(c, v - 1))
        v--;
    return word_in(c, i, GERUNDS) && v > 0 && word_in(c, v - 1, PASSIVE) && gap_clear(c, v - 1, i);
}

/* Remembers the last person named in tokens [a, b): a run of capitalised
 * words that reads as a name, for "he" and "she" later. */
static void note_names(ctx *c, size_t a, size_t b)
{
    /* The subject is whom the next "he" most likely means: a sentence
     * opening with "he" or "she" keeps the person it stands for, one
     * opening with a person's name ("Shadow home secretary David Davis
     * echoed criticisms of the way Mr Blunkett ...") makes that name the
     * one; otherwise the last person named. */
    if (word_in(c, a, PRONOUNS_PERSON)) return;
    for (size_t i = a; i < b; i++) {
        /* "At Jessops", "To Dr Carpenter": a capital opening the sentence. */
        if (!capitalized(c, i) || word_in(c, i, NAME_BREAKERS) || word_in(c, i, CLAUSE_OPENERS) ||
            word_is(c, i, "the") || (c->flags[i] & QUOTED))
            continue;
        size_t j = i + 1;
        while (j < b && gap_clear(c, j - 1, j) && (capitalized(c, j) || word_in(c, j, PARTICLES)))
            j++;
        int after_breaker = i > a && word_in(c, i - 1, NAME_BREAKERS);
        int before_of = j < b && word_is(c, j, "of");
        /* One word opening the sentence before a verb is a name too:
         * "Springer helped launch the West End show". */
        int one = j == i + 1 && i == a && j < b && !word_in(c, i, NOT_NAMES) && !word_in(c, i, TIME_WORDS) &&
                  (past_tense(c, j) || is_cue(c, j));
        if ((j - i >= 2 || one) && !after_breaker && !before_of && kind_of(c, i, j) == KIND_PERSON) {
            c->last_person = span_of(c, i, j);
            int subject = 1; /* only its title before it ("Shadow home secretary"), a verb after */
            for (size_t k = a; k < i && subject; k++)
                subject = gap_clear(c, k, k + 1) && !is_cue(c, k) && !past_tense(c, k) &&
                          !word_in(c, k, NAME_BREAKERS) && !word_in(c, k, CLAUSE_OPENERS);
            /* (a verb after it, or an apposition: "Tory leader Michael Howard, asked about ...") */
            if (subject && i - a < 6 && j < b &&
                (comma_after(c, j - 1) || (gap_clear(c, j - 1, j) && !capitalized(c, j))))
                return;
        }
        i = j - 1;
    }
}

/* "Jane Roe, an analyst at the Crisis Institute, said", "Suu Kyi, 70,
 * said", "One of his advisers, Tad Devine, told": the name next to an
 * apposition that ends with a comma right before the cue at token cue.
 * [*sa, *sb) is the name; empty when the shape is not there. */
static void name_before_apposition(const ctx *c, size_t a, size_t cue, size_t *sa, size_t *sb)
{
    *sa = *sb = a;
    if (cue < a + 2 || !comma_after(c, cue - 1)) return;
    size_t fa = a, fb = a; /* the nearest name, when no phrase opens its clause */
    for (size_t j = cue - 1; j > a && j + MAX_APPOSITION > cue; j--) {
        if (!comma_after(c, j - 1)) continue; /* the apposition opens at token j */
        /* The phrase before it, back to its clause's start. */
        size_t p = j - 1;
        while (p > a && j - p < MAX_SOURCE_WORDS && gap_clear(c, p - 1, p))
            p--;
        int in_relative = relative(c, p); /* ", who have indicted 19 people," is no subject */
        while (p + 1 < j && word_in(c, p, CLAUSE_OPENERS))
            p++;
        int opens = !in_relative && (p == a || !gap_clear(c, p - 1, p) || word_in(c, p - 1, CLAUSE_OPENERS));
        /* "of Flint, Mich.": a place in an apposition, no phrase of its own. */
        int place = word_in(c, p, NAME_BREAKERS) || isdigit((unsigned char)c->text[c->tok->v[p].start]) ||
                    word_is(c, p, "like") || word_is(c, p, "unlike") || word_is(c, p, "including") ||
                    word_is(c, p, "as");
        /* The apposition itself a name after a description: "One of his
         * advisers, Tad Devine, told". */
        size_t k = j + 1;
        while (k < cue && gap_clear(c, k - 1, k) && (capitalized(c, k) || word_in(c, k, PARTICLES)))
            k++;
        if (k == cue && capitalized(c, j) && cue - j <= 6 && !place && !capitalized(c, j - 1) &&
            kind_of(c, j, cue) == KIND_PERSON) {
            *sa = j;
            *sb = cue;
            return;
        }
        /* The phrase opens its clause: "A White House official, who ...,
         * said", "Westmacott, who ... in Iran, Turkey and France, praised". */
        if (opens && !place && j - p < MAX_SOURCE_WORDS && !relative(c, p) &&
            (kind_of(c, p, j) != KIND_UNKNOWN || word_in(c, j - 1, DOCUMENTS) ||
             word_in(c, j - 1, EVIDENCE))) {
            *sa = p;
            *sb = j;
            return;
        }
        /* Else a name right before it. */
        size_t i = j - 1;
        if (fb > fa || !capitalized(c, i)) continue;
        while (i > a && j - i < 6 && gap_clear(c, i - 1, i) &&
               (capitalized(c, i - 1) || word_in(c, i - 1, PARTICLES)))
            i--;
        int kind = kind_of(c, i, j);
        if (kind == KIND_PERSON || kind == KIND_OUTLET || kind == KIND_ORGANIZATION) fa = i, fb = j;
    }
    *sa = fa;
    *sb = fb;
}

/* The subject of the clause a participle or an elided "and added"
 * hangs on, in tokens [a, end): the last name (a capitalised run) or
 * pronoun followed by a lower-case word that is not a preposition, as in
 * "Hours after the debate, Trump went after Bush, calling him ...".
 * [*sa, *sb) is empty when there is none. */
static void subject_before(const ctx *c, size_t a, size_t end, size_t *sa, size_t *sb)
{
    *sa = *sb = a;
    for (size_t i = a; i < end; i++) {
        int pronoun = word_in(c, i, PRONOUNS_PERSON) || word_is(c, i, "they");
        /* "The spokesman", "the campaign": "the", then who it is. */
        int the = word_is(c, i, "the");
        if (!pronoun && !the && (!capitalized(c, i) || word_in(c, i, NOT_NAMES) || word_in(c, i, TIME_WORDS)))
            continue;
        size_t j = i + 1;
        while (!pronoun && j < end && j - i < 6 && gap_clear(c, j - 1, j) &&
               (capitalized(c, j) || word_in(c, j, PARTICLES)))
            j++;
        int after_breaker = i > a && word_in(c, i - 1, NAME_BREAKERS);
        /* At a clause's start, or after when: "On Thursday evening Clinton ..." */
        int clause_start = i == a || !gap_clear(c, i - 1, i) || word_in(c, i - 1, CLAUSE_OPENERS) ||
                           word_in(c, i - 1, TIME_WORDS) ||
                           isdigit((unsigned char)c->text[c->tok->v[i - 1].start]);
        if (the) {
            /* "The Arizona Republican", "the campaign", "The Sanders campaign" */
            if (j < end && (word_in(c, j, ORG_WORDS) || word_in(c, j, ROLES) ||
                            word_in(c, j, GENERIC_OUTLETS) || word_in(c, j, HUMANS)))
                j++;
            else if (j == i + 1)
                the = -1; /* "The" alone opens no subject here */
        }
        /* "Weber, who advises Kasich, is no fan of Trump but lauded ..." */
        int relative_next = j < end && c->text[c->tok->v[j - 1].end] == ',' && relative(c, j);
        /* "Gary Emineth, a former state party chairman, became ...": a name
         * opening the sentence, then its apposition. */
        int apposition_next = i == a && j < end && comma_after(c, j - 1) && !pronoun;
        if (j < end && clause_start && the >= 0 &&
            (gap_clear(c, j - 1, j) || relative_next || apposition_next) &&
            (!capitalized(c, j) || apposition_next) && !after_breaker && !word_in(c, j, NAME_BREAKERS) &&
            !word_is(c, j, "and") && !word_is(c, j, "or") && !word_is(c, j, "but") &&
            !word_is(c, j, "after") && !word_is(c, j, "before") && !word_in(c, i, CLAUSE_OPENERS)) {
            *sa = i;
            *sb = j;
        }
        i = j - 1;
    }
    if (*sb > *sa) return;
    /* "Hundreds of demonstrators marched ..., chanting": the words opening
     * the sentence up to a verb in -ed, when they name people. */
    size_t j = a;
    while (j + 1 < end && j - a < MAX_SOURCE_WORDS && gap_clear(c, j, j + 1) && !past_tense(c, j + 1))
        j++;
    if (j + 1 < end && past_tense(c, j + 1) && kind_of(c, a, j + 1) != KIND_UNKNOWN) {
        *sa = a;
        *sb = j + 1;
    }
}

/* Speech about a topic: "X talked about immigration", "Y referred to the
 * report", "Z spoke out against the plan". The topic runs to the next
 * comma or the sentence's end. */
static wt_status topic(ctx *c, size_t a, size_t b)
{
    /* Claims with no source: "X reportedly plans ...", "X is expected to
     * ...": the whole sentence, its cue, no speaker. */
    for (size_t i = a + 1; i < b; i++) {
        int expected =
            word_is(c, i, "expected") && word_in(c, i - 1, PASSIVE) && i + 1 < b && word_is(c, i + 1, "to");
        if (!word_is(c, i, "reportedly") && !expected) continue;
        return emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[b - 1].end},
                    expected ? span_of(c, i - 1, i + 1) : span_of(c, i, i + 1), 0, 0, 0);
    }
    /* "Clinton led Sanders 2-1 in an NBC News/Marist poll": evidence as
     * the source, the rest of the sentence what it says. */
    for (size_t i = a; i + 2 < b; i++) {
        if (!word_is(c, i, "in") ||
            !(word_is(c, i + 1, "a") || word_is(c, i + 1, "an") || word_is(c, i + 1, "the")))
            continue;
        size_t e = i + 2;
        while (e < b && e < i + MAX_SOURCE_WORDS && !word_in(c, e, EVIDENCE))
            e++;
        if (e >= b || !word_in(c, e, EVIDENCE) || word_is(c, e, "report") || word_is(c, e, "reports"))
            continue;
        /* "trails Clinton in the polls" is where one stands, said by no poll
         * in particular; "the school of information studies" no study. */
        if ((e == i + 2 && word_is(c, i + 1, "the")) || word_is(c, e - 1, "of")) continue;
        if (i > a + 2) /* "..., in the latest poll." */
            return emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end}, span_of(c, i, i + 1),
                        i + 1, e + 1, 0);
        size_t k = e + 1; /* "In a poll released Monday, 50 percent chose Clinton." */
        while (k < b && gap_clear(c, k - 1, k))
            k++;
        if (i == a && k + 1 < b)
            return emit(c, (attrib_span){c->tok->v[k].start, c->tok->v[b - 1].end}, span_of(c, i, i + 1),
                        i + 1, e + 1, 0);
    }
    /* "Trump's attacks on Rubio": the owner of a noun of speech. */
    for (size_t i = a; i + 2 < b; i++) {
        if (!word_in(c, i, STANCE_NOUNS) || !word_in(c, i + 1, TOPIC_PREPS) || i == a) continue;
        if (!possessive(c, i - 1)) continue;
        size_t sa = i - 1;
        while (sa > a && capitalized(c, sa) && capitalized(c, sa - 1) && gap_clear(c, sa - 1, sa))
            sa--;
        size_t e = i + 3;
        while (e < b && gap_clear(c, e - 1, e))
            e++;
        return emit(c, (attrib_span){c->tok->v[i + 2].start, c->tok->v[e - 1].end}, span_of(c, i, i + 2), sa,
                    i, 0);
    }
    for (size_t i = a + 1; i + 2 < b; i++) {
        if (!word_in(c, i, TOPIC_VERBS)) continue;
        size_t p = i + 1;
        if (word_is(c, p, "out") || word_is(c, p, "in")) p++; /* "spoke out against", "weighed in on" */
        if (word_is(c, i, "hit") && p == i + 1) continue;     /* "a five-cent hit to earnings" */
        if (p + 1 >= b || !word_in(c, p, TOPIC_PREPS) || !gap_clear(c, i, i + 1) || !gap_clear(c, p - 1, p))
            continue;
        size_t sa, sb;
        phrase_before(c, a, i, &sa, &sb);
        if (sb == sa) subject_before(c, a, i, &sa, &sb);
        if (sb == sa) continue;
        size_t e = p + 2;
        while (e < b && gap_clear(c, e - 1, e))
            e++;
        return emit(c, (attrib_span){c->tok->v[p + 1].start, c->tok->v[e - 1].end}, span_of(c, i, p + 1), sa,
                    sb, 0);
    }
    return WT_OK;
}

/* The first token from a on, before b, that opens a clause (after a
 * comma) whose subject names a speaker with a cue right after it: ",
 * the candidate said ...". b when there is none. */
static size_t next_speaker(const ctx *c, size_t a, size_t b)
{
    for (size_t g = a; g + 1 < b; g++) {
        if (gap_clear(c, g - 1, g)) continue;
        for (size_t h = g + 1; h < b && h <= g + MAX_SOURCE_WORDS && gap_clear(c, h - 1, h); h++) {
            if (!is_cue(c, h)) continue;
            size_t sa, sb;
            phrase_before(c, g, verb_group_start(c, g, h), &sa, &sb);
            if (sb > sa && sa == g + word_in(c, g, CLAUSE_OPENERS) && kind_of(c, sa, sb) != KIND_UNKNOWN)
                return g;
            break;
        }
    }
    return b;
}

/* Whether tokens [a, b) read as who someone is, after an inverted cue
 * ("said Mindy Romero", "said the mayor", "said one of those advisers"),
 * not as what was said ("said the problem was not requiring an ID"). */
static int name_like(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!capitalized(c, k) && !word_in(c, k, DETERMINERS) && !word_in(c, k, PARTICLES) &&
            !word_is(c, k, "of") && !word_is(c, k, "and") && !word_in(c, k, ROLES) &&
            !word_in(c, k, HUMANS) && !word_in(c, k, ANONYMOUS) && !word_in(c, k, ANONYMOUS_PEOPLE) &&
            !word_in(c, k, GENERIC_OUTLETS) && !word_in(c, k, ORG_WORDS) &&
            !isdigit((unsigned char)c->text[c->tok->v[k].start]) && !word_is(c, k, "one") &&
            !word_is(c, k, "those") && !word_is(c, k, "former") && !word_is(c, k, "senior") &&
            !word_is(c, k, "top"))
            return 0;
    return 1;
}

static int speaker_clause(const ctx *c, size_t q, size_t end, size_t *cue, size_t *sa, size_t *sb);

/* Whether the sentence [a, b) ends with its speaker after a comma:
 * ", the poll found.", ", he said on Monday.", ", said Mindy Romero,
 * director of ...". *p is where that clause opens, *e where it ends
 * (b, or a participle going on), *cue its cue, [*sa, *sb) the speaker. */
static int final_speaker(const ctx *c, size_t a, size_t b, size_t *p, size_t *e, size_t *cue, size_t *sa,
                         size_t *sb)
{
    if (b < a + 4) return 0;
    /* The clause after the last comma, or one before it that ends where a
     * participle goes on: '..., the source recalled, adding that ...'. */
    size_t end = b;
    for (int tries = 0; tries < 2; tries++) {
        size_t q = end - 1; /* a comma before the clause's last word at the latest */
        while (q > a + 2 && b - q < 3 * MAX_SOURCE_WORDS && !comma_after(c, q - 1))
            q--;
        if (q <= a + 2 || !comma_after(c, q - 1) || c->flags[q] & QUOTED) return 0;
        if (tries == 1 && !word_in(c, end, GERUNDS)) return 0;
        if (speaker_clause(c, q, end, cue, sa, sb)) {
            *p = q;
            *e = end;
            return 1;
        }
        end = q;
    }
    return 0;
}

/* Whether tokens [q, end) are "X said (on Monday)" or "said X": the
 * speaker of what comes before. */
static int speaker_clause(const ctx *c, size_t q, size_t end, size_t *cue, size_t *sa, size_t *sb)
{
    for (size_t i = q; i < end && i < q + MAX_SOURCE_WORDS + 3; i++) {
        if (!is_cue(c, i) || word_in(c, i, NOUN_CUES)) continue;
        if (!word_in(c, i, INVERTING)) return 0; /* the verbs of saying only */
        if (i == q) {                            /* ", said Mindy Romero, director of ..." */
            phrase_after(c, i, end, sa, sb);
            if (*sb == *sa || kind_of(c, *sa, *sb) == KIND_UNKNOWN) return 0;
            if (!name_like(c, *sa, *sb)) return 0; /* a name, not "the Khan family deserved better" */
        } else {
            phrase_before(c, q, verb_group_start(c, q, i), sa, sb);
            if (*sb == *sa || *sa != q + word_in(c, q, CLAUSE_OPENERS) || relative(c, *sa) ||
                (kind_of(c, *sa, *sb) == KIND_UNKNOWN && !word_in(c, *sb - 1, EVIDENCE) &&
                 !word_in(c, *sb - 1, DOCUMENTS)))
                return 0;
            /* only when and where after it: "he said on Monday." */
            if (end - i > 5 ||
                (i + 1 < end && !word_in(c, i + 1, NAME_BREAKERS) && !word_in(c, i + 1, TIME_WORDS)))
                return 0;
        }
        *cue = i;
        return 1;
    }
    return 0;
}

/* Whether the word at token i stands elsewhere in the text in capitals
 * inside a sentence, as names do ("... night, Trump responded"), and
 * labels ("Update", "Watch") do not. */
static int named_elsewhere(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    for (size_t k = 1; k < c->tok->n; k++) {
        const text_token *u = &c->tok->v[k];
        if (k == i || u->hash != t->hash || !capitalized(c, k)) continue;
        int mid = 1; /* no sentence ends between it and the word before */
        for (uint32_t p = c->tok->v[k - 1].end; p < u->start && mid; p++)
            mid = !strchr(".!?:\n\"", c->text[p]) && (unsigned char)c->text[p] != 0xE2;
        if (mid) return 1;
    }
    return 0;
}

/* A cue in the passive, at token cue of the clause [a, b) whose verb
 * group starts at token v: "The plan was rejected by 59.6 percent of
 * voters" (the subject is what was said, the agent who said it), "it was
 * revealed in March that she had used ..." (no one named). 0 when the
 * shape is not there; else 1, with *st the status of emitting it. */
static int passive(ctx *c, size_t a, size_t v, size_t cue, size_t b, uint32_t sent_end, wt_status *st)
{
    size_t be = v;
    while (be <= cue && !word_in(c, be, PASSIVE))
        be++;
    if (be > cue && v > a && word_in(c, v - 1, PASSIVE) && gap_clear(c, v - 1, v)) be = --v;
    if (be > cue) return 0;
    for (size_t k = cue + 1; k < b && k < cue + MAX_SOURCE_WORDS && gap_clear(c, k - 1, k); k++) {
        if (word_is(c, k, "by") && v > a) {
            size_t sa, sb;
            phrase_after(c, k, b, &sa, &sb);
            if (sb == sa || kind_of(c, sa, sb) == KIND_UNKNOWN) return 0;
            size_t s = v - 1; /* the subject: back to the clause's start */
            while (s > a && gap_clear(c, s - 1, s) && v - s < MAX_SOURCE_WORDS)
                s--;
            *st = emit(c, (attrib_span){c->tok->v[s].start, c->tok->v[v - 1].end}, span_of(c, v, cue + 1), sa,
                       sb, 0);
            return 1;
        }
        if (word_is(c, k, "that") && k + 1 < b) {
            *st = emit(c, (attrib_span){c->tok->v[k + 1].start, sent_end}, span_of(c, v, cue + 1), 0, 0, 0);
            return 1;
        }
    }
    return 0;
}

/* "Asked if he was bullied, the candidate said no": the question, with no
 * source of its own, emitted; *e is where the rest of the sentence starts
 * (a when there is no such question). */
static wt_status asked(ctx *c, size_t a, size_t b, size_t *e)
{
    *e = a;
    size_t q = a + (word_is(c, a, "when") && a + 1 < b ? 1 : 0);
    if (q + 2 >= b || !word_is(c, q, "asked") || (q != a && !word_is(c, a, "when"))) return WT_OK;
    size_t k = q + 2;
    while (k < b && gap_clear(c, k - 1, k))
        k++;
    if (k >= b) return WT_OK;
    *e = k;
    return emit(c, (attrib_span){c->tok->v[q + 1].start, word_end(c, k - 1)}, span_of(c, a, q + 1), 0, 0, 0);
}

/* Reported speech in the tokens [a, b) of one sentence, outside quotes. */
static wt_status reported_main(ctx *c, size_t a, size_t b, uint32_t sent_end)
{
    size_t e = a;
    wt_status st = asked(c, a, b, &e);
    if (st) return st;
    a = e;
    /* A headline "Milbank: Republicans 'Waving the Flag'": a name, a colon,
     * what they said. One word is a name only before quoted words, when
     * the gazetteer knows it or when the article writes it as a name
     * elsewhere ("Update: ..." is no speaker, "Trump: ..." is). */
    size_t n = a;
    while (n < b && n - a < 6 && capitalized(c, n) && (n == a || gap_clear(c, n - 1, n)))
        n++;
    if (n > a && n + 1 < b && c->text[c->tok->v[n - 1].end] == ':') {
        int kind = kind_of(c, a, n);
        int quoted = 0;
        for (uint32_t p = c->tok->v[n].start > 0 ? c->tok->v[n].start - 1 : 0; p < sent_end && !quoted; p++)
            quoted = c->text[p] == '"' || (unsigned char)c->text[p] == 0xE2;
        if ((kind == KIND_PERSON || kind == KIND_OUTLET || kind == KIND_ORGANIZATION) &&
            (n - a >= 2 || quoted || known_outlet(c, a, n) ||
             (c->tok->v[a].end - c->tok->v[a].start > 1 && named_elsewhere(c, a)))) /* not "Q:" */
            return emit(c, (attrib_span){c->tok->v[n].start, sent_end},
                        (attrib_span){c->tok->v[n - 1].end, c->tok->v[n - 1].end + 1}, a, n, 0);
    }
    for (size_t i = a > 0 ? a : 1; i < b; i++) {
        /* ", saying", "a statement (on Wednesday) saying"; at a, what
         * follows a quotation's cue: '"...," Law said, noting ...' */
        size_t d = i - 1;
        while (d > a && word_in(c, d, TIME_WORDS))
            d--;
        /* ", forcefully denouncing": an adverb between the comma and it. */
        int after_comma =
            !gap_clear(c, i - 1, i) || (i >= a + 2 && in_verb_group(c, i - 1) && comma_after(c, i - 2)) ||
            /* "before insisting", "by saying": the clause's subject says it */
            (i > a && (word_is(c, i - 1, "before") || word_is(c, i - 1, "after") || word_is(c, i - 1, "by") ||
                       word_is(c, i - 1, "while") || word_is(c, i - 1, "when")));
        /* "with 30 percent of voters saying ...": the people after "with" say it. */
        size_t w = i;
        while (w > a && i - w < MAX_SOURCE_WORDS && gap_clear(c, w - 1, w) && !word_is(c, w - 1, "with"))
            w--;
        int with = w > a && w < i && word_is(c, w - 1, "with") && gap_clear(c, w - 1, w) &&
                   !word_in(c, i - 1, VERB_GROUP);
        if (!word_in(c, i, GERUNDS) || (!after_comma && !word_in(c, d, DOCUMENTS) && !with)) continue;
        if (i == a && !comma_after(c, i - 1)) continue; /* "Citing a source, ..." opens a sentence */
        /* "X said ..., noting ...": the cue comes first, below (but not
         * one in a relative clause: "Giuliani, who backs Trump, ..."). */
        int cue_before = 0;
        for (size_t k = a; k < i && !cue_before; k++) {
            size_t v = is_cue(c, k) ? verb_group_start(c, a, k) : 0;
            cue_before = is_cue(c, k) && !(v > a && relative(c, v - 1));
        }
        if (cue_before) break;
        size_t sa, sb, k = i + 1;
        if (with && !after_comma)
            sa = w, sb = i;
        else
            subject_before(c, a, i, &sa, &sb);
        if (sb == sa && c->out->n && i == a) {
            /* '"...," he said, adding that ...': the speaker just named. */
            attrib_span prev = c->out->v[c->out->n - 1].source;
            if (prev.end > prev.start && prev.end <= c->tok->v[a].start &&
                c->tok->v[a].start - prev.end < 64) {
                sa = text_token_at(c->tok, prev.start);
                sb = text_token_at(c->tok, prev.end);
            }
        }
        if (sb == sa || k >= b) continue;
        if (word_in(c, i, PHRASALS) && (word_is(c, k, "out") || word_is(c, k, "back")))
            k++; /* "pointing out" */
        /* "telling CNN that ...": the content starts after "that". */
        for (size_t t = k; t < b && t < k + 5; t++)
            if (word_is(c, t, "that")) {
                k = t + 1;
                break;
            }
        /* "..., telling CNN that ... and questioning how ...": two. */
        for (size_t g = k + 1; g + 1 < b; g++)
            if (word_is(c, g, "and") && word_in(c, g + 1, GERUNDS) && gap_clear(c, g, g + 1)) {
                wt_status st = emit(c, (attrib_span){c->tok->v[k].start, word_end(c, g - 1)},
                                    span_of(c, i, i + 1), sa, sb, 0);
                if (st) return st;
                i = g + 1;
                k = g + 2;
                g = k;
            }
        if (k < b)
            return emit(c, (attrib_span){c->tok->v[k].start, sent_end}, span_of(c, i, i + 1), sa, sb, 0);
    }
    for (size_t i = a; i + 1 < b; i++) {
        if (word_is(c, i, "according") && word_is(c, i + 1, "to")) {
            size_t sa, sb;
            phrase_after(c, i + 1, b, &sa, &sb);
            if (sb == sa) return WT_OK;
            /* "In addition, according to the department, nearly nine
             * million ...": a short opening, then what X says. */
            int opening = i > a && i - a <= 3 && !gap_clear(c, i - 1, i) && sb + 2 < b;
            if (i > a && !opening) /* "..., according to X." */
                return emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end}, span_of(c, i, i + 2),
                            sa, sb, 0);
            if (sb >= b) return WT_OK; /* "According to X." says nothing */
            return emit(c, (attrib_span){c->tok->v[sb].start, sent_end}, span_of(c, i, i + 2), sa, sb, 0);
        }
    }
    /* "Clinton has support from 52 percent, the poll found.": a speaker
     * closing the sentence reports all before it, whatever cues it holds. */
    {
        size_t p, e, cue, sa, sb;
        if (final_speaker(c, a, b, &p, &e, &cue, &sa, &sb)) {
            wt_status st = emit(c, (attrib_span){c->tok->v[a].start, word_end(c, p - 1)},
                                span_of(c, cue, cue + 1), sa, sb, 0);
            return st || e >= b ? st : reported_main(c, e, b, sent_end); /* ", adding that ..." */
        }
    }
    for (size_t i = a; i < b; i++) {
        if (!is_cue(c, i)) continue;
        size_t cue_a = verb_group_start(c, a, i); /* "has learned", "also said" */
        size_t sa, sb;
        phrase_before(c, a, cue_a, &sa, &sb);
        if (sb == sa) name_before_apposition(c, a, cue_a, &sa, &sb);
        if (sb == sa && cue_a > a + 1 && (word_is(c, cue_a - 1, "and") || word_is(c, cue_a - 1, "but")))
            subject_before(c, a, cue_a - 1, &sa, &sb); /* "Grassley downplayed the attack and said ..." */
        if (sb == sa && i > a + 1 && c->text[c->tok->v[i - 1].end] == ',') {
            /* "Trump's misinformation may be strategic, said Jeffery Hemsley." */
            size_t pa, pb;
            phrase_after(c, i, b, &pa, &pb);
            /* The speaker ends the sentence, or an apposition follows. */
            int ends = pb >= b || c->text[c->tok->v[pb - 1].end] == ',';
            if (pb > pa && ends && pb - pa <= MAX_SOURCE_WORDS && kind_of(c, pa, pb) != KIND_UNKNOWN &&
                !relative(c, pa) && !word_in(c, pa, CLAUSE_OPENERS) && name_like(c, pa, pb))
                return emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end}, span_of(c, i, i + 1),
                            pa, pb, 0);
        }
        if (sb == sa && !word_in(c, i, GERUNDS)) {
            wt_status st = WT_OK;
            if (passive(c, a, cue_a, i, b, sent_end, &st)) return st;
        }
        if (sb == sa) continue;
        size_t k = i + 1;
        if (word_in(c, i, PHRASALS) && k < b) k++, i++; /* "points out": the particle is the cue's */
        /* "Trump seems to be the classic New Yorker": how it looks, said by
         * no one; the whole clause is the content. */
        if (seeming(c, i) && sb < b) {
            size_t from = relative(c, sa) ? sa + 1 : sa;
            if (from < cue_a)
                return emit(c, (attrib_span){c->tok->v[from].start, sent_end}, span_of(c, cue_a, i + 1), 0, 0,
                            0);
        }
        if (word_is(c, i, "told") && k < b) { /* told reporters, told the outlet, told Tidewater Daily News */
            if (word_is(c, k, "the")) k++;
            while (k + 1 < b && capitalized(c, k) && capitalized(c, k + 1) && gap_clear(c, k, k + 1))
                k++;
            k++;
        }
        /* "said on Monday that ...": the content starts after "that". */
        for (size_t t = k; t < b && t < k + 5 && (t == k || gap_clear(c, t - 1, t)); t++)
            if (word_is(c, t, "that")) {
                k = t + 1;
                break;
            }
        /* "..., NBC announced on Tuesday.": after the cue only when and
         * where; what was said comes before the speaker. */
        if (sa > a + 1 && !gap_clear(c, sa - 1, sa) && k < b && b - k <= 4 &&
            (word_in(c, k, NAME_BREAKERS) || word_in(c, k, TIME_WORDS) || b - k == 1))
            k = b;
        attrib_span cue = span_of(c, cue_a, i + 1);
        int colon = sent_end > 0 && c->text[sent_end - 1] == ':';
        if (sa == a && k >= b && c->orphan.end && c->orphan.end + 4 >= c->tok->v[a].start &&
            c->orphan.end <= c->tok->v[a].start) { /* '"..., no?" Freddy Ortega said.' */
            attrib_span q = c->orphan;
            c->orphan.end = 0;
            return emit(c, q, cue, sa, sb, 1);
        }
        if (k < b && relative(c, sa)) {
            /* "..., who said Clinton raped her in 1978, recounted ...": the
             * relative clause ends at its comma; the main clause goes on. */
            size_t e = k;
            while (e + 1 < b && gap_clear(c, e, e + 1))
                e++;
            wt_status st = emit(c, (attrib_span){c->tok->v[k].start, e + 1 < b ? c->tok->v[e].end : sent_end},
                                cue, sa, sb, 0);
            if (st || e + 1 >= b) return st;
            i = e;
            continue;
        }
        if (k < b && !(colon && sa == a && b - k < 5)) { /* "X said the closure was ...": the rest */
            /* "X denounced the plan and said ...": each verb its own
             * attribution of the same speaker. */
            for (size_t g = k + 1; g + 1 < b; g++) {
                if (!word_is(c, g, "and") && !word_is(c, g, "but")) continue;
                size_t h = g + 1;
                while (h < b && h < g + 4 && in_verb_group(c, h))
                    h++;
                /* (a noun-like cue only after a comma: ", but views Mr. Trump as ...") */
                if (h >= b || !is_cue(c, h) ||
                    (word_in(c, h, NOUN_CUES) && !past_tense(c, h) && !comma_after(c, g - 1)))
                    continue;
                wt_status st = emit(c, (attrib_span){c->tok->v[k].start, word_end(c, g - 1)}, cue, sa, sb, 0);
                if (st) return st;
                cue = span_of(c, g + 1, h + 1);
                k = h + 1 < b && word_is(c, h + 1, "that") ? h + 2 : h + 1;
                g = k;
            }
            if (k >= b) return WT_OK;
            /* "..., noting that ...": a second attribution of the same speaker. */
            for (size_t g = k + 2; g + 1 < b; g++) {
                if (!word_in(c, g, GERUNDS) || c->text[c->tok->v[g - 1].end] != ',') continue;
                wt_status st = emit(c, (attrib_span){c->tok->v[k].start, word_end(c, g - 1)}, cue, sa, sb, 0);
                size_t h = g + 1 + (word_is(c, g + 1, "that") ? 1 : 0);
                if (!st && h < b)
                    st =
                        emit(c, (attrib_span){c->tok->v[h].start, sent_end}, span_of(c, g, g + 1), sa, sb, 0);
                return st;
            }
            /* "After the moderator pointed out that ..., the candidate said
             * ...": a clause with a speaker of its own ends this one. */
            size_t g = next_speaker(c, k + 2, b);
            if (g < b) {
                wt_status st = emit(c, (attrib_span){c->tok->v[k].start, word_end(c, g - 1)}, cue, sa, sb, 0);
                return st ? st : reported_main(c, g, b, sent_end);
            }
            return emit(c, (attrib_span){c->tok->v[k].start, sent_end}, cue, sa, sb, 0);
        }
        if (sa == a && colon) { /* "Cruz called them on it:" and a quotation next */
            c->pending_src_a = sa;
            c->pending_src_b = sb;
            c->pending_cue = i;
            c->pending_at = sent_end;
            return WT_OK;
        }
        if (sa > a) { /* "..., X said." */
            wt_status st = emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[sa - 1].end}, cue, sa, sb, 0);
            if (st) return st;
            a = i + 1; /* another attribution may follow in the sentence */
        }
    }
    return topic(c, a, b);
}

/* Reported speech, then "citing X": whoever reports cites X for what
 * they report ("Citing a source, the Post said ..."), or the sentence
 * before it is X's ("..., citing a report by the board"). */
static wt_status reported(ctx *c, size_t a, size_t b, uint32_t sent_end)
{
    /* A semicolon ends a clause as a full stop would. */
    for (size_t i = a + 1; i + 1 < b; i++)
        if (c->text[c->tok->v[i].end] == ';') {
            wt_status st = reported(c, a, i + 1, c->tok->v[i].end);
            return st ? st : reported(c, i + 1, b, sent_end);
        }
    size_t before = c->out->n;
    wt_status st = reported_main(c, a, b, sent_end);
    for (size_t i = a; i + 1 < b && !st; i++) {
        if (!word_is(c, i, "citing")) continue;
        size_t sa, sb;
        phrase_after(c, i, b, &sa, &sb);
        if (sb == sa) break;
        /* One cites a speaker or a document, not "a shortage of engineers". */
        int cited = kind_of(c, sa, sb) != KIND_UNKNOWN;
        for (size_t k = sa; k < sb && !cited; k++)
            cited = word_in(c, k, EVIDENCE);
        if (!cited) break;
        attrib_span content;
        if (c->out->n > before)
            content = c->out->v[before].content;
        else if (i > a)
            content = (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end};
        else if (sb < b)
            content = (attrib_span){c->tok->v[sb].start, sent_end};
        else
            break;
        return emit(c, content, span_of(c, i, i + 1), sa, sb, 0);
    }
    return st;
}

/* Moves attribution k after those added since, keeping them in text
 * order when the clause before a quotation was read after it. */
static void to_end(attributions *out, size_t k)
{
    if (k + 1 >= out->n) return;
    attribution q = out->v[k];
    memmove(out->v + k, out->v + k + 1, (out->n - k - 1) * sizeof *out->v);
    out->v[out->n - 1] = q;
}

/* Sets QUOTED on the tokens inside closed quotations (within a
 * paragraph): a cue there is a speaker's word, not the article's
 * attribution ('"I know you can handle it," she wrote'). */
static void mark_quoted(const char *text, size_t len, const text_tokens *tok, uint64_t *flags)
{
    size_t t = 0;
    for (size_t p = 0; p < len; p++) {
        int k = (text[p] == '"' || text[p] == '\'' || (unsigned char)text[p] == 0xE2)
                    ? is_open_quote(text, p, len)
                    : 0;
        if (!k) continue;
        size_t q = p + (size_t)k, e = q;
        while (e < len && !is_close_quote(text, e, len) &&
               !(text[e] == '\n' && e + 1 < len && text[e + 1] == '\n'))
            e++;
        /* Unclosed: perhaps no quotation at all, unless the next paragraph
         * opens with a mark, as a quotation running over paragraphs does. */
        if (e < len && text[e] == '\n') {
            size_t n = e;
            while (n < len && (text[n] == '\n' || text[n] == ' '))
                n++;
            if (n >= len || !is_open_quote(text, n, len)) continue;
        } else if (e >= len) {
            continue;
        }
        while (t < tok->n && tok->v[t].start < q)
            t++;
        for (; t < tok->n && tok->v[t].end <= e; t++)
            flags[t] |= QUOTED;
        p = e;
    }
}

wt_status attrib_find(const attrib_lexicon *lx, const char *text, size_t len, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, attributions *out)
{
    uint64_t *flags = malloc((tok->n ? tok->n : 1) * sizeof *flags);
    if (!flags) return WT_ERR_NOMEM;
    for (size_t i = 0; i < tok->n; i++)
        flags[i] = text_wordset_get(lx->words, tok->v[i].hash);
    mark_quoted(text, len, tok, flags);
    ctx c = {.flags = flags, .text = text, .len = len, .tok = tok, .out = out, .gz = lx->gz};
    wt_status st = WT_OK;
    size_t q_from = 0; /* quotations are searched from here on */
    size_t jk = 0;
    int last_direct = -1; /* index in out of the last attributed quotation, for continuations */
    size_t resume = 0;    /* token to read a sentence again from, after a quotation in it */
    for (size_t s = 0; s < sent->n && !st; s++) {
        uint32_t ss = sent->v[s].start, se = sent->v[s].end;
        while (jk < njunk && junk[jk].end <= ss)
            jk++;
        if (jk < njunk && junk[jk].start < se) continue; /* junk */
        size_t ta = text_token_at(tok, ss), tb = text_token_at(tok, se);
        size_t s2 = s; /* the sentence a quotation opening in this one ends in */
        int resumed = resume > ta && resume < tb;
        if (resumed) ta = resume; /* read again after its first quotation */
        resume = 0;
        if (c.pending_at && ss >= c.pending_at && ss <= c.pending_at + 4 && !is_open_quote(text, ss, len) &&
            (unsigned char)text[ss] != 0xE2) {
            /* "Wallnau wrote:" and a paragraph set off without quotation
             * marks: the paragraph is what was written. */
            size_t pe = ss;
            while (pe < len && text[pe] != '\n')
                pe++;
            st = emit(&c, (attrib_span){ss, (uint32_t)pe}, span_of(&c, c.pending_cue, c.pending_cue + 1),
                      c.pending_src_a, c.pending_src_b, 1);
            c.pending_at = 0;
            while (s + 1 < sent->n && sent->v[s + 1].start < pe)
                s++;
            continue;
        }
        size_t caps = 0;
        for (size_t i = ta; i < tb; i++)
            caps += capitalized(&c, i);
        c.title_case = tb - ta >= 4 && 10 * caps >= 7 * (tb - ta);
        if (ta >= tb) continue;
        /* A quotation opening in this sentence. */
        size_t qo = 0, qc = 0;
        /* From the last sentence's end: a mark opening this sentence may
         * lie before its first word. */
        size_t from = s > 0 ? sent->v[s - 1].end : 0;
        for (size_t p = WT_MAX(q_from, from); p < se && !qo; p++) {
            unsigned char ch = (unsigned char)text[p];
            if (ch != '"' && ch != 0xE2 && ch != '\'') continue; /* the bytes a quotation mark starts with */
            int k = is_open_quote(text, p, len);
            if (k) qo = p + (size_t)k;
        }
        if (qo) {
            for (size_t p = qo; p < len && !qc; p++) {
                if (text[p] == '\n' && p + 1 < len && text[p + 1] == '\n')
                    break; /* runs on: ends at the paragraph */
                if (is_close_quote(text, p, len)) qc = p;
            }
            size_t end = qc ? qc : qo;
            if (!qc) /* an open quotation ends with its paragraph */
                while (end < len && !(text[end] == '\n'))
                    end++;
            q_from = end + 1;
            size_t qa = text_token_at(tok, (uint32_t)qo), qb = text_token_at(tok, (uint32_t)end);
            attrib_span content = {(uint32_t)qo, (uint32_t)end};
            if (resumed && last_direct >= 0) {
                /* '"...," said Wilcox. "..."' in one sentence: the quotation
                 * goes on after its speaker, one attribution. */
                attribution *ld = &out->v[last_direct];
                uint32_t said = WT_MAX(ld->cue.end, ld->source.end);
                if (said > ld->content.end && said <= qo && qo - said <= 4) {
                    ld->content.end = content.end;
                    s2 = s;
                    while (s2 + 1 < sent->n && sent->v[s2].end < end)
                        s2++;
                    goto next_quote;
                }
            }
            /* One word is a term, unless a speaker follows it: '"Savage," she said.' */
            int spoken = qc && end > qo && text[end - 1] && strchr(",?!", text[end - 1]) && qb < tok->n &&
                         (is_cue(&c, qb) || (qb + 1 < tok->n && is_cue(&c, qb + 1) &&
                                             (word_in(&c, qb, PRONOUNS_PERSON) || capitalized(&c, qb))));
            if (qb - qa < MIN_SPEECH_WORDS && !spoken) goto not_speech;
            /* 'an appearance on "CBS This Morning,"': a title in capitals
             * after a preposition names a show or a book. */
            if (qa > ta && word_in(&c, qa - 1, NAME_BREAKERS) && qb - qa <= 6) {
                size_t caps = 0;
                for (size_t i = qa; i < qb; i++)
                    caps += capitalized(&c, i) || word_in(&c, i, NAME_BREAKERS) || word_is(&c, i, "the");
                if (caps == qb - qa) goto not_speech;
            }
            /* The rest of the sentence holding the quotation's end. */
            s2 = s;
            while (s2 + 1 < sent->n && sent->v[s2].end < end)
                s2++;
            size_t rb = text_token_at(tok, sent->v[s2].end);
            size_t found = 0, tail = rb; /* where the sentence goes on after the attribution */
            size_t first_new = out->n;
            if (qb + 1 < rb && word_is(&c, qb, "according") && word_is(&c, qb + 1, "to")) {
                size_t sa, sb; /* "...," according to the news outlet. */
                phrase_after(&c, qb + 1, rb, &sa, &sb);
                if (sb > sa) {
                    st = emit(&c, content, span_of(&c, qb, qb + 2), sa, sb, 1);
                    found = 1;
                    tail = sb;
                }
            }
            /* 'Trump claimed that "..."': the quotation completes the verb
             * before it, whatever follows. */
            /* (A colon before it closes the clause: 'Trump asserted that
             * ...: "France is no longer France," he claimed.') */
            int colon_before = 0;
            for (size_t p = qa > ta ? c.tok->v[qa - 1].end : qo; p < qo; p++)
                colon_before |= text[p] == ':';
            int complement = qa > ta && !colon_before && (word_is(&c, qa - 1, "that") || is_cue(&c, qa - 1));
            for (size_t e = ta; e + 1 < qa && !complement && !colon_before;
                 e++) { /* 'Trump said it would "..."' */
                if (!is_cue(&c, e)) continue;
                size_t ea, eb, ev = verb_group_start(&c, ta, e);
                phrase_before(&c, ta, ev, &ea, &eb);
                if (eb == ea) name_before_apposition(&c, ta, ev, &ea, &eb);
                complement = eb > ea;
            }
            /* '"Who do they think they are?" Trump said of Apple.': a
             * question or a cry ends its sentence; the speaker may come in
             * the next, short one. */
            int cry = qc && end > qo && (text[end - 1] == '?' || text[end - 1] == '!');
            int same_para = 1;
            for (size_t p = end; s2 + 1 < sent->n && p < sent->v[s2 + 1].start; p++)
                same_para &= text[p] != '\n';
            if (cry && same_para && qb >= rb && s2 + 1 < sent->n && !complement &&
                sent->v[s2 + 1].start <= end + 4) {
                size_t nb = text_token_at(tok, sent->v[s2 + 1].start),
                       ne = text_token_at(tok, sent->v[s2 + 1].end);
                if (nb == qb && ne > nb && ne - nb <= 12 && !(c.flags[nb] & QUOTED)) {
                    s2++;
                    rb = ne;
                }
            }
            for (size_t i = qb; i < rb && i < qb + MAX_APPOSITION && !found && !complement; i++) {
                if (!is_cue(&c, i)) continue;
                size_t sa, sb;
                if (i == qb) {
                    phrase_after(&c, i, rb, &sa, &sb); /* ", said X", not ", described the impact" */
                    if (sb > sa && kind_of(&c, sa, sb) == KIND_UNKNOWN) sb = sa;
                } else if (i > qb + 1 && text[c.tok->v[i - 1].end] == ',')
                    name_before_apposition(&c, qb, i, &sa, &sb); /* ", X, who ..., said" */
                else if (i <= qb + MAX_SOURCE_WORDS && relative(&c, last_clause(&c, qb, i)))
                    continue; /* '"...," Warren, who has not endorsed anyone, said' */
                else if (i <= qb + MAX_SOURCE_WORDS && plausible_source(&c, last_clause(&c, qb, i), i))
                    sa = last_clause(&c, qb, i), sb = i; /* ", X said" */
                else if (i <= qb + MAX_SOURCE_WORDS)
                    continue;
                else
                    break;
                if (sb > sa && sb - sa <= MAX_SOURCE_WORDS) {
                    st = emit(&c, content, span_of(&c, i, i + 1), sa, sb, 1);
                    found = 1;
                    tail = WT_MAX(sb, i + 1);
                }
            }
            if (!found && !st && !complement && qb + 1 < rb) {
                /* '"...," he shrugged.', '"...," Trump shot back.': a speaker
                 * and a verb this does not know, and nothing else. */
                size_t v = qb;
                int pronoun = word_in(&c, qb, PRONOUNS_PERSON) || word_is(&c, qb, "they");
                while (!pronoun && v < rb && v < qb + 4 && capitalized(&c, v) &&
                       (v == qb || gap_clear(&c, v - 1, v)))
                    v++;
                if (pronoun) v = qb + 1;
                size_t e = v + 1;
                while (e < rb && e < v + 3 && gap_clear(&c, e - 1, e) && !capitalized(&c, e))
                    e++;
                int lower = v < rb && (unsigned char)text[c.tok->v[v].start] >= 'a' &&
                            (unsigned char)text[c.tok->v[v].start] <= 'z' && !word_in(&c, v, NAME_BREAKERS);
                if (v > qb && lower && gap_clear(&c, v - 1, v) && e >= rb &&
                    (pronoun || kind_of(&c, qb, v) == KIND_PERSON) &&
                    (past_tense(&c, v) || text[c.tok->v[v].end - 1] == 's')) {
                    st = emit(&c, content, span_of(&c, v, e), qb, v, 1);
                    found = 1;
                    tail = rb;
                }
            }
            /* "..., Law said, noting that donors feel ...": more speech after. */
            if (found && !st && tail < rb) {
                /* (Up to a quotation that goes on: its words are the speaker's.) */
                size_t stop = tail;
                uint32_t stop_at = sent->v[s2].end;
                while (stop < rb) {
                    uint32_t p = c.tok->v[stop].start;
                    if (p > 0 && (is_open_quote(text, p - 1, len) ||
                                  (p >= 3 && !memcmp(text + p - 3, "\xE2\x80\x9C", 3)))) {
                        stop_at = c.tok->v[stop - 1].end;
                        break;
                    }
                    stop++;
                }
                if (stop > tail) st = reported(&c, tail, stop, stop_at);
            }
            /* 'Trump asserted that France had lost its identity: "...," he
             * claimed': the clause before the colon reports too. */
            if (found && !st && colon_before && qa > ta + 2) {
                uint32_t colon = c.tok->v[qa - 1].end;
                while (colon < qo && text[colon] != ':')
                    colon++;
                size_t before = out->n;
                st = reported(&c, ta, qa, colon);
                if (!st && out->n > before) {
                    to_end(out, before - 1);
                    /* "he insisted" after "Reyes-Alba argued ...:": the
                     * person just named, read after the quotation was. */
                    attribution *q = &out->v[out->n - 1], *p = &out->v[out->n - 2];
                    size_t qs = text_token_at(tok, q->source.start);
                    if (q->source.end == tok->v[qs].end && word_in(&c, qs, PRONOUNS_PERSON) &&
                        p->kind == KIND_PERSON) {
                        q->speaker_start = p->speaker_start;
                        q->speaker_end = p->speaker_end;
                    }
                }
            }
            if (!found && !st && qa > ta + 1 && (word_is(&c, ta, "said") || word_is(&c, ta, "says"))) {
                size_t sa, sb; /* "Said Comey, "..."" */
                phrase_after(&c, ta, qa, &sa, &sb);
                if (sb > sa && kind_of(&c, sa, sb) != KIND_UNKNOWN) {
                    st = emit(&c, content, span_of(&c, ta, ta + 1), sa, sb, 1);
                    found = 1;
                }
            }
            for (size_t i = ta; i + 1 < qa && !found && !st; i++) { /* "According to X, ..." */
                if (!word_is(&c, i, "according") || !word_is(&c, i + 1, "to")) continue;
                size_t sa, sb;
                phrase_after(&c, i + 1, qa, &sa, &sb);
                if (sb > sa) {
                    st = emit(&c, content, span_of(&c, i, i + 2), sa, sb, 1);
                    found = 1;
                }
            }
            for (size_t i = qa; i-- > ta && !found && !st;) { /* "X said: ..." */
                if (word_in(&c, i, GERUNDS) && i > ta &&
                    (!gap_clear(&c, i - 1, i) || word_in(&c, i - 1, DOCUMENTS))) {
                    /* "X posted a comment, saying, "...": the sentence's
                     * subject; "Clinton tweeted congratulations, adding ...":
                     * and the clause before may report too. */
                    size_t sa, sb;
                    subject_before(&c, ta, i, &sa, &sb);
                    if (sb > sa) {
                        st = emit(&c, content, span_of(&c, i, i + 1), sa, sb, 1);
                        found = 1;
                        size_t before = out->n;
                        if (!st) st = reported(&c, ta, i, c.tok->v[i - 1].end);
                        if (!st) to_end(out, before - 1);
                    }
                    continue;
                }
                if (!is_cue(&c, i)) continue;
                size_t cue_a = verb_group_start(&c, ta, i); /* "has learned", "also said" */
                size_t sa, sb;
                phrase_before(&c, ta, cue_a, &sa, &sb);
                if (sb == sa) name_before_apposition(&c, ta, cue_a, &sa, &sb); /* "X, a lawyer, said: ..." */
                if (sb == sa && cue_a > ta + 1 &&
                    (word_is(&c, cue_a - 1, "and") || word_is(&c, cue_a - 1, "but")))
                    subject_before(&c, ta, cue_a - 1, &sa,
                                   &sb); /* "The president noted ..., and added: ..." */
                /* 'Bryant said he expects an "aggressive appeal" of the
                 * ruling': words between the cue and a quotation that no
                 * colon or comma introduces; the quoted words are part of
                 * reported speech, the whole sentence's. */
                size_t between = qa - (i + 1) - (i + 1 < qa && word_is(&c, i + 1, "that"));
                int introduced = 0;
                for (size_t p = c.tok->v[qa - 1].end; p < qo; p++)
                    introduced |= text[p] == ':' || text[p] == ',';
                /* 'He said that he would offer "a prayer"': an earlier cue
                 * with a speaker reports the clause the quotation is in. */
                int earlier = 0;
                for (size_t e = ta; e < cue_a && !earlier && sb > sa; e++) {
                    if (!is_cue(&c, e)) continue;
                    size_t ea, eb, ev = verb_group_start(&c, ta, e);
                    phrase_before(&c, ta, ev, &ea, &eb);
                    if (eb == ea)
                        name_before_apposition(&c, ta, ev, &ea, &eb); /* "Huntley, a delegate, said" */
                    earlier = eb > ea && !relative(&c, ea);
                }
                if (sb > sa && ((between > 0 && !introduced) || earlier)) {
                    size_t before = out->n;
                    st = reported(&c, ta, rb, sent->v[s2].end);
                    found = out->n > before;
                    break;
                }
                if (sb > sa) {
                    /* "The vote was close, she added, "...": the words before
                     * the speaker are hers too, reported. */
                    if (i + 1 == qa && sa > ta + 1 && !gap_clear(&c, sa - 1, sa) &&
                        text[c.tok->v[sa - 1].end] == ',' && !word_in(&c, ta, NAME_BREAKERS) &&
                        !word_in(&c, ta, NOT_NAMES))
                        st = emit(&c, (attrib_span){c.tok->v[ta].start, c.tok->v[sa - 1].end},
                                  span_of(&c, cue_a, i + 1), sa, sb, 0);
                    if (!st) st = emit(&c, content, span_of(&c, cue_a, i + 1), sa, sb, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa > ta) { /* "Rep. Trey Gowdy: ..." */
                size_t colon = qo;
                while (colon > c.tok->v[qa - 1].end && text[colon - 1] != ':')
                    colon--;
                size_t k = qa - 1, i = k;
                while (i > ta && gap_clear(&c, i - 1, i) && k - i + 1 < MAX_SOURCE_WORDS)
                    i--;
                int clause_start = i == ta || !gap_clear(&c, i - 1, i);
                int name = 1; /* "Rep. Trey Gowdy:", not "Mr Houston was quoted saying:" */
                for (size_t j = i; j <= k && name; j++)
                    name = capitalized(&c, j) || word_is(&c, j, "the") || word_is(&c, j, "of") ||
                           word_in(&c, j, PARTICLES) || (unsigned char)text[c.tok->v[j].start] < 'A';
                if (colon > c.tok->v[k].end && clause_start && name &&
                    kind_of(&c, i, k + 1) != KIND_UNKNOWN) {
                    st = emit(&c, content, (attrib_span){(uint32_t)colon - 1, (uint32_t)colon}, i, k + 1, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa == ta && c.pending_at && c.pending_at + 4 >= qo - 1 &&
                c.pending_at <= qo) { /* "Cruz continued:\n\n"..." */
                st = emit(&c, content, span_of(&c, c.pending_cue, c.pending_cue + 1), c.pending_src_a,
                          c.pending_src_b, 1);
                found = 1;
            }
            c.pending_at = 0;
            /* ""Boots on the ground" would do, Ben Carson said": no cue next
             * to the quotation, but the sentence reports speech. */
            /* (Not when a closed quotation is the whole sentence: its words are
             * the speaker's, and '"...? Really?" Bush said.' names him next.) */
            if (!found && !st && (last_direct < 0 || qa != ta) && !(qc && qa == ta && qb + 1 >= rb)) {
                size_t before = out->n;
                st = reported(&c, ta, rb, sent->v[s2].end);
                found = out->n > before;
            }
            /* 'Asked what that might look like, she said: "..."': the
             * question too, before the answer. */
            if (found && !st && qa > ta + 2) {
                size_t before = out->n, e;
                st = asked(&c, ta, qa, &e);
                if (!st && out->n > before) { /* in text order: the question first */
                    attribution qn = out->v[out->n - 1];
                    memmove(out->v + first_new + 1, out->v + first_new,
                            (out->n - 1 - first_new) * sizeof *out->v);
                    out->v[first_new] = qn;
                }
            }
            c.orphan.end = 0;
            if (!found && qc && end + 3 >= sent->v[s2].end) c.orphan = content;
            if (found) {
                /* The quotation's own attribution, to continue: not one of
                 * the sentence's others ("said X, who supported Cruz"). */
                last_direct = (int)out->n - 1;
                for (size_t k = out->n; k-- > first_new;)
                    if (out->v[k].content.start == content.start) last_direct = (int)k;
            } else if (last_direct >= 0 && qa == ta && qb - qa >= MIN_QUOTE_WORDS) {
                /* A quotation standing alone right after an attributed one
                 * continues it: '"...," she said. "..."' is one attribution
                 * whose content runs over both parts (and over paragraphs). */
                out->v[last_direct].content.end = content.end;
            }
        next_quote:;
            /* Another quotation opening in the same sentence ('..., adding:
             * "..."'): read the sentence again from there. */
            size_t again = 0; /* where it opens */
            for (size_t p = q_from; p < sent->v[s2].end && !again; p++)
                if ((text[p] == '"' || text[p] == '\'' || (unsigned char)text[p] == 0xE2) &&
                    is_open_quote(text, p, len))
                    again = p;
            /* Only when a cue of its own introduces it: not '"...," he said
             * on "Face the Nation."' */
            int cued = 0;
            uint32_t last_cue = out->n ? out->v[out->n - 1].cue.start : 0;
            for (size_t t = text_token_at(tok, (uint32_t)q_from);
                 again && t < tok->n && tok->v[t].start < again && !cued; t++)
                cued = tok->v[t].start > last_cue && (is_cue(&c, t) || word_in(&c, t, GERUNDS));
            again = cued ? again : 0;
            s = again ? s2 - 1 : s2; /* (s2 == 0 wraps, and the loop's s++ brings it back) */
            if (again) resume = text_token_at(tok, (uint32_t)q_from);
            continue;
        }
    not_speech:
        last_direct = -1;
        size_t before = out->n;
        st = reported(&c, ta, tb, se);
        /* A person speaking here is whom the next "he" means (emit noted
         * them); else the names the sentence holds. */
        int spoke = 0;
        for (size_t k = before; k < out->n && !spoke; k++)
            spoke = out->v[k].kind == KIND_PERSON;
        if (!spoke) note_names(&c, ta, tb);
    }
    free(flags);
    return st;
}

void attributions_free(attributions *a)
{
    free(a->v);
    memset(a, 0, sizeof *a);
}
