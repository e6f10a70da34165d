/* phrase.c: the phrases the attribution rules need, found over tokens:
 * verb groups ("has repeatedly said"), subjects before a cue, names before
 * and in appositions, the subject a participle hangs on; what kind of
 * speaker a phrase names and whom "he" or "the outlet" stands for; and the
 * one place attributions are written (ph_emit). */
#include "rules.h"

#include <stdlib.h>

/* Whether token i belongs to the words between a subject and its verb:
 * VERB_GROUP, or a lower-case adverb in -ly ("has repeatedly said") but
 * for the nouns in -ly a subject ends with ("the family said"). */
int ph_in_verb_group(const ctx *c, size_t i)
{
    if (word_in(c, i, VERB_GROUP)) return 1;
    if (word_is(c, i, "reportedly")) return 0; /* hearsay: the subject did not say it */
    return ph_adverb_ly(c, i);
}

int ph_adverb_ly(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    if (n < 5 || w[n - 2] != 'l' || w[n - 1] != 'y' || !(w[0] >= 'a' && w[0] <= 'z')) return 0;
    return !word_in(c, i, LY_NOUNS);
}

/* 3 when bytes i.. are a long dash: an em dash, an en dash, or the
 * horizontal bar some sites print for one; else 0. */
int ph_long_dash(const char *s, size_t i, size_t len)
{
    return i + 3 <= len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93 ||
                    (unsigned char)s[i + 2] == 0x95)
               ? 3
               : 0;
}

/* Whether a dash that sets off words stands at byte p: an em dash (or
 * the bar), or a hyphen or en dash with spaces both sides. */
static int ph_dash_at(const ctx *c, uint32_t p)
{
    if (ph_long_dash(c->text, p, c->len)) {
        if ((unsigned char)c->text[p + 2] != 0x93) return 1;
        return p > 0 && c->text[p - 1] == ' ' && p + 3 < c->len && c->text[p + 3] == ' '; /* en dash */
    }
    int spaced = p > 0 && c->text[p - 1] == ' ';
    if (c->text[p] == '-') {
        if (p + 2 < c->len && c->text[p + 1] == '-') return spaced && c->text[p + 2] == ' '; /* " -- " */
        if (p > 1 && c->text[p - 1] == '-')
            return c->text[p - 2] == ' ' && p + 1 < c->len && c->text[p + 1] == ' ';
        return spaced && p + 1 < c->len && c->text[p + 1] == ' ';
    }
    return 0;
}

/* 1 when the text between tokens a and b (and the words between them)
 * joins them into one phrase: spaces, hyphens, initials' stops,
 * apostrophes. */
int ph_gap_clear(const ctx *c, size_t a, size_t b)
{
    for (uint32_t p = c->tok->v[a].end; p < c->tok->v[b].start; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if ((ch == '-' || ch == 0xE2) && ph_dash_at(c, p))
            return 0; /* "Sanders — now that he has drawn even — has to show" */
        /* Parentheses too: "Sen. Marco Rubio (R-Fla.) said". */
        /* (letters and digits are the words of tokens between a and b) */
        if (ch == ' ' || ch == '-' || ch == '.' || ch == '\'' || ch == '(' || ch == ')' || ch >= 0x80 ||
            ch == '/' || ch == '&' || ch == '%' ||
            isalnum(ch)) /* "NBC News/Marist", "Procter & Gamble", "47%" */
            continue;
        return 0;
    }
    return 1;
}

/* Whether token i is part of a time said between a subject and its verb:
 * "Clinton on Tuesday said", "Sanders last week told". */
static int ph_when(const ctx *c, size_t i)
{
    /* (not a date inside the subject: "the fiscal year starting on 21 March") */
    if (word_in(c, i, TIME_WORDS) && !word_is(c, i, "may"))
        return !(i > 0 && isdigit((unsigned char)c->text[c->tok->v[i - 1].start]));
    if (i + 1 < c->tok->n && word_in(c, i + 1, TIME_WORDS) && ph_gap_clear(c, i, i + 1))
        return word_is(c, i, "on") || word_is(c, i, "last") || word_is(c, i, "this") ||
               word_is(c, i, "late") || word_is(c, i, "early") || word_is(c, i, "in");
    return 0;
}

/* Whether token k is an adverb of degree inside a verb group: "very",
 * "so", "more", "deeply", "increasingly". */
static int degree(const ctx *c, size_t k)
{
    return word_is(c, k, "very") || word_is(c, k, "so") || word_is(c, k, "more") || word_is(c, k, "less") ||
           word_is(c, k, "too") || word_is(c, k, "quite") || word_is(c, k, "not") || ph_adverb_ly(c, k);
}

/* Whether token k links a subject to what is said of it: a form of "be"
 * or "remain" ("is skeptical of", "remained adamant that"). */
static int copula(const ctx *c, size_t k)
{
    return word_in(c, k, PASSIVE) || word_is(c, k, "remain") || word_is(c, k, "remains") ||
           word_is(c, k, "remained");
}

/* The first token of the verb group ending with the cue at token cue, back
 * to floor: "has repeatedly called", "is also accusing" (a cue in -ing
 * takes its forms of "be"), "moved to emphasize". */
size_t ph_verb_group_start(const ctx *c, size_t floor, size_t cue)
{
    int ing = word_in(c, cue, GERUNDS);
    size_t v = cue;
    /* "is deeply skeptical of", "has been critical of": "is" and all */
    if (word_in(c, cue, STANCE_ADJ)) {
        while (v > floor + 1 && cue - v < 6 && ph_gap_clear(c, v - 1, v) &&
               (degree(c, v - 1) || copula(c, v - 1) || ph_in_verb_group(c, v - 1)))
            v--;
        return v;
    }
    for (int hops = 0; hops < 2; hops++) {
        /* ("reportedly said" is a report of speech; "reportedly plans" a
         * claim no one is named for) */
        while (v > floor + 1 && ph_gap_clear(c, v - 1, v) && cue - v < 6 &&
               (ph_in_verb_group(c, v - 1) || (ing && word_in(c, v - 1, PASSIVE)) || ph_when(c, v - 1) ||
                (word_is(c, v - 1, "reportedly") && (word_in(c, cue, INVERTING) || ing))))
            v--;
        /* "moved to emphasize", "has repeatedly tried to dismiss" */
        if (v > floor + 2 && word_is(c, v - 1, "to") && word_in(c, v - 2, CATENATIVES) &&
            ph_gap_clear(c, v - 2, v - 1) && ph_gap_clear(c, v - 1, v)) {
            v -= 2;
            /* ("was prompted to say", "were forced to admit") */
            size_t vn = c->tok->v[v].end - c->tok->v[v].start; /* ("is trying to determine") */
            int ing_form = vn > 4 && !memcmp(c->text + c->tok->v[v].end - 3, "ing", 3);
            if (v > floor + 1 && word_in(c, v - 1, PASSIVE) && ph_gap_clear(c, v - 1, v) &&
                (ph_past_tense(c, v) || ing_form))
                v--;
        } else if (v > floor + 2 && word_is(c, v - 1, "to") && ph_gap_clear(c, v - 2, v) &&
                   (word_is(c, v - 2, "likely") || word_is(c, v - 2, "unlikely") ||
                    word_is(c, v - 2, "quick") || word_is(c, v - 2, "eager") ||
                    word_is(c, v - 2, "willing") || word_is(c, v - 2, "ready") || word_is(c, v - 2, "able") ||
                    word_is(c, v - 2, "unable") || word_is(c, v - 2, "reluctant") ||
                    word_is(c, v - 2, "keen") || word_is(c, v - 2, "careful"))) {
            /* "was quick to point out", "are slightly more likely to say" */
            v -= 2;
            while (v > floor + 1 && ph_gap_clear(c, v - 1, v) &&
                   (word_is(c, v - 1, "more") || word_is(c, v - 1, "less") || word_is(c, v - 1, "most") ||
                    word_is(c, v - 1, "very") || word_is(c, v - 1, "so") || word_is(c, v - 1, "too") ||
                    word_is(c, v - 1, "much") || word_is(c, v - 1, "far") || word_in(c, v - 1, PASSIVE) ||
                    ph_in_verb_group(c, v - 1)))
                v--;
        } else if (v > floor + 3 && word_is(c, v - 1, "to") && word_is(c, v - 2, "on") &&
                   ph_gap_clear(c, v - 3, v) &&
                   (word_is(c, v - 3, "went") || word_is(c, v - 3, "goes") || word_is(c, v - 3, "go")))
            v -= 3; /* "went on to say" */
        else
            break;
    }
    return v;
}

/* Whether token i reads as a verb in the past: lower case, in -ed. */
int ph_past_tense(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    return n > 3 && w[0] >= 'a' && w[0] <= 'z' && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Whether a comma follows token i, past closing brackets and quotation
 * marks: "Sen. Lee Bright (R), another ...". */
int ph_comma_after(const ctx *c, size_t i)
{
    for (uint32_t p = c->tok->v[i].end; p < c->len; p++) {
        unsigned char ch = (unsigned char)c->text[p];
        if (ch == ',') return 1;
        if ((ch == '-' || ch == 0xE2) && ph_dash_at(c, p)) return 1; /* a dash sets off words as commas do */
        if (ch == ')' || ch == '"' || ch == '\'' || ch == ' ' || ch == '.') continue; /* "R-Ky.," */
        if (ch == 0xE2 && p + 2 < c->len && !memcmp(c->text + p, "\xE2\x80\x9D", 3)) {
            p += 2;
            continue;
        }
        return 0;
    }
    return 0;
}

int ph_is_open_quote(const char *s, size_t i, size_t len)
{
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9C", 3)) return 3; /* “ */
    /* A closing mark typed where the opening one belongs, opening a
     * paragraph: '”Fear. I am afraid ...” ― Petra Nwosu'. */
    if (i + 3 < len && !memcmp(s + i, "\xE2\x80\x9D", 3) && (i == 0 || s[i - 1] == '\n') &&
        (isalnum((unsigned char)s[i + 3]) || (unsigned char)s[i + 3] >= 0xC0))
        return 3;
    if (s[i] == '"' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '(' || s[i - 1] == '['))
        return 1;
    /* (after a no-break space or a long dash: 'said —"We will ...') */
    if (s[i] == '"' && i >= 2 && i + 1 < len && s[i + 1] != ' ' &&
        (((unsigned char)s[i - 2] == 0xC2 && (unsigned char)s[i - 1] == 0xA0) ||
         (i >= 3 && ph_long_dash(s, i - 3, len))))
        return 1;
    /* Two apostrophes, as some newspapers' archives write quotation marks. */
    if (s[i] == '\'' && i + 2 < len && s[i + 1] == '\'' && s[i + 2] != ' ' && s[i + 2] != '\'' &&
        (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '('))
        return 2;
    return 0;
}

/* Whether byte i ends a word from outside: the end, a space (also a
 * no-break space), a line, punctuation or a dash. */
static int word_ends_at(const char *s, size_t i, size_t len)
{
    if (i >= len) return 1;
    unsigned char ch = (unsigned char)s[i];
    if (ch && strchr(" \t\n,.;:!?)]-", ch)) return 1;
    if (ch == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) return 1;
    return ph_long_dash(s, i, len) != 0;
}

int ph_is_close_quote(const char *s, size_t i, size_t len)
{
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9D", 3)) return 3; /* ” */
    /* An opening mark typed where the closing one belongs: “...?“ he asked. */
    if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x9C", 3) && i > 0 && s[i - 1] != ' ' &&
        word_ends_at(s, i + 3, len))
        return 3;
    if (s[i] == '"' && word_ends_at(s, i + 1, len)) return 1;
    if (s[i] == '\'' && i + 1 < len && s[i + 1] == '\'' && i > 0 && s[i - 1] != ' ' &&
        word_ends_at(s, i + 2, len))
        return 2;
    return 0;
}

/* The gazetteer's name for tokens [a, b) when they are written as a name
 * (capitals but for "the", "of", "and"...), else NULL: "the Post" is the
 * Washington Post, "the post" is not. */
const char *ph_known_outlet(const ctx *c, size_t a, size_t b)
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
int ph_possessive(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    size_t n = t->end - t->start;
    const char *e = c->text + t->end;
    if (word_in(c, i, CONTRACTED_BE)) return 0; /* "he's": he is */
    if (n > 2 && e[-1] == 's' && (e[-2] == '\'' || (n > 4 && !memcmp(e - 4, "\xE2\x80\x99", 3)))) return 1;
    /* "Sanders' plan": an apostrophe after the s, outside the word */
    if (n > 1 && e[-1] == 's' && t->end < c->len &&
        (e[0] == '\'' || (t->end + 3 <= c->len && !memcmp(e, "\xE2\x80\x99", 3))) &&
        (t->end + 1 >= c->len || e[1] == ' ' || (t->end + 3 < c->len && e[0] != '\'' && e[3] == ' ')))
        return 1;
    return word_is(c, i, "his") || word_is(c, i, "her") || word_is(c, i, "their") || word_is(c, i, "its");
}

size_t ph_name_then_place(const ctx *c, size_t a, size_t b)
{
    /* (not a peer's title, "Lord Roe of Lusk", nor a role after it, "UK
     * Chancellor of the Exchequer", "Calder Bureau of Statistics chief
     * Jon Foxley") */
    if (b < a + 4) return 0;
    size_t k = a + 2;
    while (k + 1 < b && !(word_in(c, k, NAME_BREAKERS) &&
                          (word_is(c, k, "of") || word_is(c, k, "at") || word_is(c, k, "from"))))
        k++;
    for (size_t i = a; i < k; i++)
        if (word_is(c, i, "lord") || word_is(c, i, "lady") || word_is(c, i, "baroness")) return 0;
    if (k + 1 >= b || !capitalized(c, k - 1) || !capitalized(c, k - 2) || !ph_gap_clear(c, k - 2, k - 1) ||
        word_in(c, k - 1, ROLES) || word_in(c, k - 1, HUMANS) || word_in(c, k - 1, ORG_WORDS))
        return 0;
    /* (nor two people, "Jon Roe of Lusk and Ines Varga of Calder", nor a
     * headline in capitals) */
    for (size_t i = k + 1; i < b; i++)
        if (word_in(c, i, ROLES) || word_in(c, i, HUMANS) || word_is(c, i, "and")) return 0;
    for (size_t i = k - 2; i < k; i++) {
        const text_token *t = &c->tok->v[i];
        int lower = 0;
        for (uint32_t p = t->start; p < t->end && !lower; p++)
            lower = islower((unsigned char)c->text[p]);
        if (!lower) return 0;
    }
    return ph_kind_of(c, a, k) == KIND_PERSON ? k : 0;
}

/* The kind of speaker a source phrase names. */
int ph_kind_of(const ctx *c, size_t a, size_t b)
{
    /* "Ines Varga and Piet Oyelaran": two people. */
    for (size_t k = a + 1; k + 1 < b; k++)
        if (word_is(c, k, "and") && capitalized(c, k + 1) && capitalized(c, a)) {
            if (ph_kind_of(c, a, k) == KIND_PERSON && ph_kind_of(c, k + 1, b) == KIND_PERSON)
                return KIND_PERSON;
            break;
        }
    if (b - a == 1 && word_in(c, a, PRONOUNS_PERSON)) return KIND_PERSON;
    /* "Dr Fox", "Mr Reuter": an honorific opens a person's name. */
    if (b - a >= 2 && word_in(c, a, HONORIFICS)) return KIND_PERSON;
    if (ph_known_outlet(c, a, b)) return KIND_OUTLET;
    /* "the latest Harbor Ledger poll", "records": a document speaks, no one. */
    if (word_in(c, b - 1, EVIDENCE)) return KIND_UNKNOWN;
    /* "one owner of a shop who declined to be named" */
    if (b + 4 < c->tok->n && word_is(c, b, "who") && word_is(c, b + 2, "to") && word_is(c, b + 3, "be") &&
        (word_is(c, b + 1, "declined") || word_is(c, b + 1, "refused") || word_is(c, b + 1, "asked")) &&
        (word_is(c, b + 4, "named") || word_is(c, b + 4, "identified")))
        return KIND_ANONYMOUS;
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
                    !word_is(c, i, "and") && !word_in(c, i, DETERMINERS) && !ph_possessive(c, i) &&
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
        (word_in(c, head, QUANTITIES) || isdigit((unsigned char)c->text[c->tok->v[head].start]))) {
        head += 2;
        while (head + 1 < b && !word_in(c, head + 1, NAME_BREAKERS))
            head++;
    }
    if (word_in(c, head, HUMANS) || word_in(c, head, ROLES)) return KIND_PERSON;
    if (head + 2 < b && word_in(c, head + 1, NAME_BREAKERS) && ph_name_then_place(c, a, b))
        return KIND_PERSON;
    /* "about 4 in 10", "one in five": a share of people */
    if (b - a >= 3 && word_is(c, b - 2, "in") &&
        (isdigit((unsigned char)c->text[c->tok->v[b - 1].start]) || word_is(c, b - 1, "ten") ||
         word_is(c, b - 1, "five") || word_is(c, b - 1, "four") || word_is(c, b - 1, "three")))
        return KIND_PERSON;
    /* "the 46-year-old" */
    if (head > a && word_is(c, head, "old") && word_is(c, head - 1, "year")) return KIND_PERSON;
    for (size_t i = a; i < b; i++)
        /* (or an owner's: "Varga's campaign", "Trump's office") */
        if (word_in(c, i, ORG_WORDS) &&
            (capitalized(c, i) || word_is(c, a, "the") || (i > a && ph_possessive(c, i - 1))))
            return KIND_ORGANIZATION;
    for (size_t i = a; i < b; i++)
        if (word_in(c, i, ROLES)) return KIND_PERSON;
    int first_cap = capitalized(c, a) && !word_is(c, a, "the") && !word_is(c, a, "a") && !word_is(c, a, "an");
    int particles = 0;
    for (size_t i = a + 1; i < b; i++)
        particles += !capitalized(c, i) && word_in(c, i, PARTICLES);
    /* (not a title in capitals with a pronoun or a verb in it: "Shall We
     * Dance", "Do You Remember") */
    for (size_t i = a; i < b && first_cap; i++)
        if (word_in(c, i, TITLE_WORDS)) return KIND_UNKNOWN;
    if (first_cap && caps + particles == (int)(b - a) - 1 && b - a <= 6) return KIND_PERSON; /* a name */
    return caps ? KIND_ORGANIZATION : KIND_UNKNOWN;
}

/* 1 when the text of span s holds the word w (any case). */
static int ph_name_has(const ctx *c, attrib_span s, const char *w, size_t n)
{
    for (uint32_t p = s.start; p + n <= s.end; p++)
        if (!strncasecmp(c->text + p, w, n) && (p == s.start || c->text[p - 1] == ' ')) return 1;
    return 0;
}

attrib_span ph_span_of(const ctx *c, size_t a, size_t b)
{
    attrib_span s = {c->tok->v[a].start, c->tok->v[b - 1].end};
    if (s.end < c->len && c->text[s.end] == '%') s.end++; /* "42%" */
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

/* The key of the name in tokens [a, b) (see name_key). */
static name_key key_of_tokens(const ctx *c, size_t a, size_t b)
{
    name_key k = {0, 0};
    if (b <= a) return k;
    k.surname = c->tok->v[b - 1].hash;
    if (b >= a + 2 && ph_gap_clear(c, b - 2, b - 1) && capitalized(c, b - 2) &&
        !word_in(c, b - 2, HONORIFICS) && !word_in(c, b - 2, ROLES))
        k.given = c->tok->v[b - 2].hash;
    return k;
}

/* The key of the name span who ends with (see name_key). */
static name_key key_of(const ctx *c, attrib_span who)
{
    size_t e = text_token_at(c->tok, who.end), a = text_token_at(c->tok, who.start);
    if (e == 0 || c->tok->v[e - 1].end != who.end) return (name_key){0, 0};
    return key_of_tokens(c, a < e ? a : e - 1, e);
}

/* The sex the text gave who: told of this very name, or for a surname
 * alone ("Mr Kujda", "Fletcher") of any name with that surname when all
 * agree; a given name is its own ("Malgorzata Kujda" is not "Mr Kujda"). */
static int sex_of(const ctx *c, name_key who)
{
    int any = SEX_UNKNOWN;
    for (size_t k = 0; k < c->sexes_n && k < KNOWN_SEXES; k++) {
        if (c->sexes[k].who.surname != who.surname) continue;
        if (c->sexes[k].who.given == who.given) return c->sexes[k].sex;
        if (!who.given) any = any == SEX_UNKNOWN || any == c->sexes[k].sex ? c->sexes[k].sex : -1;
    }
    return any < 0 ? SEX_UNKNOWN : any;
}

static void note_sex(ctx *c, name_key who, int sex)
{
    if (!who.surname || sex == SEX_UNKNOWN) return;
    for (size_t k = 0; k < c->sexes_n && k < KNOWN_SEXES; k++)
        if (c->sexes[k].who.surname == who.surname && c->sexes[k].who.given == who.given) {
            c->sexes[k].sex = sex;
            return;
        }
    size_t at = c->sexes_n++ % KNOWN_SEXES; /* (the oldest gives way) */
    c->sexes[at].who = who;
    c->sexes[at].sex = sex;
}

/* The sex the words of a person's mention [a, b) give: in the name or
 * right before it ("actress Helen Roe", "his wife, Helen Roe", "Mrs
 * Roe"), not its surname ("Billie Jean King"). */
static int sex_words(const ctx *c, size_t a, size_t b)
{
    size_t k = a;
    if (a > 0 && (ph_gap_clear(c, a - 1, a) ||
                  (c->tok->v[a].start == c->tok->v[a - 1].end + 2 && c->text[c->tok->v[a - 1].end] == ',')))
        k = a - 1;
    /* (the nearest to the name: "Mr Roe's daughter Emily" is a woman) */
    for (size_t i = b - 1; i-- > k;) {
        if (word_in(c, i, MALE_WORDS)) return SEX_MALE;
        if (word_in(c, i, FEMALE_WORDS)) return SEX_FEMALE;
    }
    return SEX_UNKNOWN;
}

/* Adds who to the people lately named, below the last person named. */
static void ring_push(ctx *c, attrib_span who, size_t a, size_t b)
{
    size_t at = c->people_n++ % RECENT_PEOPLE;
    name_key here = key_of_tokens(c, a, b); /* (the name as written here) */
    int same = b > a && who.start == c->tok->v[a].start && who.end == c->tok->v[b - 1].end;
    name_key full = same ? here : key_of(c, who);
    c->people[at].who = who;
    c->people[at].key = full;
    /* (a person for sure when a role or an honorific comes with the name) */
    c->people[at].sure = 0;
    for (size_t k = a > 0 && ph_gap_clear(c, a - 1, a) ? a - 1 : a; k < b && !c->people[at].sure; k++)
        c->people[at].sure = word_in(c, k, ROLES) || word_in(c, k, HONORIFICS);
    /* (the sex belongs to the name as written here, and to the longer
     * name it was taken for when that has none yet: "Ms Roe" after
     * "Helen Roe") */
    int sex = b > a ? sex_words(c, a, b) : SEX_UNKNOWN;
    if (sex == SEX_UNKNOWN) return;
    note_sex(c, here, sex);
    if (!same && sex_of(c, full) == SEX_UNKNOWN) note_sex(c, full, sex);
}

void ph_note_person(ctx *c, attrib_span who, size_t a, size_t b)
{
    c->last_person = who;
    ring_push(c, who, a, b);
}

/* Whether who spoke in one of the last attributions: someone, not a
 * thing written in capitals ("Second Amendment"). */
static int spoke_before(const ctx *c, attrib_span who)
{
    size_t oldest = c->out->n > 256 ? c->out->n - 256 : 0;
    for (size_t k = c->out->n; k-- > oldest;)
        if (c->out->v[k].speaker_start == who.start && c->out->v[k].speaker_end == who.end) return 1;
    return 0;
}

/* Whom the pronoun at token i means: the last person named, unless the
 * text gave them the other sex ("actress Helen Roe read out his speech.
 * He ..."); then the newest before them the text gave this sex, or else
 * the newest it gave none who spoke or came with a role. */
static attrib_span pronoun_person(ctx *c, size_t i)
{
    int want = word_is(c, i, "he") || word_is(c, i, "him") || word_is(c, i, "his")     ? SEX_MALE
               : word_is(c, i, "she") || word_is(c, i, "her") || word_is(c, i, "hers") ? SEX_FEMALE
                                                                                       : SEX_UNKNOWN;
    if (want == SEX_UNKNOWN || c->people_n == 0) return c->last_person;
    size_t n = WT_MIN(c->people_n, (size_t)RECENT_PEOPLE), pick = SIZE_MAX, unknown = SIZE_MAX;
    for (size_t k = 0; k < n && pick == SIZE_MAX; k++) {
        size_t at = (c->people_n - 1 - k) % RECENT_PEOPLE;
        int sex = sex_of(c, c->people[at].key);
        if (sex == want || (k == 0 && sex == SEX_UNKNOWN))
            pick = at;
        else if (sex == SEX_UNKNOWN && unknown == SIZE_MAX &&
                 (c->people[at].sure || spoke_before(c, c->people[at].who)))
            unknown = at;
    }
    if (pick == SIZE_MAX) pick = unknown;
    /* (what a pronoun was taken to mean is not learned as their sex: one
     * wrong guess would then mislead every pronoun after it) */
    return pick == SIZE_MAX ? c->last_person : c->people[pick].who;
}

/* Whether span s holds a word that breaks a name ("of", "for", "at"):
 * a description, not a name. */
static int described(const ctx *c, attrib_span s)
{
    for (size_t k = text_token_at(c->tok, s.start); k < c->tok->n && c->tok->v[k].end <= s.end; k++)
        if (word_in(c, k, NAME_BREAKERS)) return 1;
    return 0;
}

/* The longer name a surname stands for: "Nwosu" or "Ms Nwosu" for
 * "Councillor Petra Nwosu", named earlier in the article as a speaker or
 * the last person named. {0, 0} when there is none. */
static attrib_span ph_full_name(const ctx *c, size_t a, size_t b)
{
    if (b - a > 2) return (attrib_span){0, 0};
    if (b - a == 2 && !word_in(c, a, HONORIFICS)) return (attrib_span){0, 0};
    const text_token *sur = &c->tok->v[b - 1];
    size_t n = sur->end - sur->start;
    /* The last person named, then speakers, newest first; the last 256 at
     * most (a surname stands for someone named lately, and a transcript of
     * thousands of turns stays linear). */
    /* (between them the people lately named, newest first) */
    size_t oldest = c->out->n > 256 ? c->out->n - 256 : 0, ring = WT_MIN(c->people_n, (size_t)RECENT_PEOPLE);
    for (size_t k = c->out->n + 1 + ring; k-- > oldest;) {
        attrib_span s = c->last_person;
        if (k < c->out->n) {
            const attribution *o = &c->out->v[k];
            if (o->kind != KIND_PERSON) continue;
            s = (attrib_span){o->speaker_start, o->speaker_end};
        } else if (k < c->out->n + ring) {
            s = c->people[(c->people_n - 1 - (c->out->n + ring - 1 - k)) % RECENT_PEOPLE].who;
            /* (a name, not an honorific and the surname again: "Mr Roe") */
            size_t f = text_token_at(c->tok, s.start);
            if (f + 1 < c->tok->n && word_in(c, f, HONORIFICS) && c->tok->v[f + 1].end >= s.end) continue;
        }
        if (s.end - s.start <= n + 1) continue;
        /* Ends with the surname, after a space: a longer name of the same
         * person, unless the text gave them the other sex ("Mr. Roe" is
         * not "his wife, Helen Roe"). */
        /* (in a description, only the name at its end: "a close associate
         * of Mikhail Roe" is Mikhail Roe, "Republic of Calder manager Jon
         * Roe" Jon Roe) */
        if (!memcmp(c->text + s.end - n, c->text + sur->start, n) && c->text[s.end - n - 1] == ' ' &&
            described(c, s)) {
            size_t e = text_token_at(c->tok, s.end) - 1, f = e;
            while (f > 0 && c->tok->v[f - 1].start >= s.start && capitalized(c, f - 1) &&
                   ph_gap_clear(c, f - 1, f))
                f--;
            if (f == e) continue;
            s = ph_span_of(c, f, e + 1);
        }
        if (!memcmp(c->text + s.end - n, c->text + sur->start, n) && c->text[s.end - n - 1] == ' ') {
            int sex = sex_words(c, a, b), known = sex_of(c, key_of(c, s));
            if (sex && known && sex != known) continue;
            return s;
        }
    }
    return (attrib_span){0, 0};
}

/* The end of token i and of a quotation it closes: a content cut
 * there keeps its closing mark ('was "the price of patching"'). */
uint32_t ph_word_end(const ctx *c, size_t i)
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
int ph_relative(const ctx *c, size_t i)
{
    return word_is(c, i, "who") || word_is(c, i, "which") || word_is(c, i, "that") ||
           word_is(c, i, "who's") || word_is(c, i, "who\xE2\x80\x99s");
}

/* A content read to the end of its sentence from inside a quotation
 * ('before saying, "It's time ..."') ends with a closing mark it never
 * opened: left out. */
static attrib_span trim_unopened_quote(const char *text, attrib_span s)
{
    /* (a stop after the mark too: 'I do not want that".') */
    if (s.end - s.start >= 3 && strchr(".,;", text[s.end - 1]) &&
        (text[s.end - 2] == '"' || (s.end - s.start >= 5 && !memcmp(text + s.end - 4, "\xE2\x80\x9D", 3)))) {
        attrib_span t = trim_unopened_quote(text, (attrib_span){s.start, s.end - 1});
        if (t.end < s.end - 1) return t;
    }
    uint32_t n = s.end - s.start;
    const char *t = text + s.start;
    if (n >= 2 && t[n - 1] == '"') {
        int straight = 0;
        for (uint32_t p = 0; p < n; p++)
            straight += t[p] == '"';
        if (straight % 2) s.end--;
    } else if (n >= 4 && !memcmp(t + n - 3, "\xE2\x80\x9D", 3) && !memmem(t, n, "\xE2\x80\x9C", 3)) {
        s.end -= 3;
    } else if (n >= 3 && t[n - 1] == '\'' && t[n - 2] == '\'' && !memmem(t, n - 2, "''", 2)) {
        s.end -= 2;
    }
    return s;
}

/* Content without the writer's aside after its quotation: 'called him a
 * "moderate," a subtle dig at ...' ends at the closing mark (an article
 * after the mark's comma, and no verb to the end). */
static attrib_span trim_aside(const ctx *c, attrib_span s)
{
    for (uint32_t p = s.start + 1; p + 4 < s.end; p++) {
        /* (the comma after the mark, '"...", a', or inside it, '"...," a') */
        if (c->text[p] != ',') continue;
        uint32_t q = p + 1, m = 0; /* q: after both */
        if (c->text[p - 1] == '"' || (p >= 3 && !memcmp(c->text + p - 3, "\xE2\x80\x9D", 3)))
            m = p;
        else if (c->text[q] == '"')
            m = ++q;
        else if (q + 3 <= s.end && !memcmp(c->text + q, "\xE2\x80\x9D", 3))
            m = q += 3;
        if (!m || q >= s.end || c->text[q] != ' ') continue;
        size_t k = text_token_at(c->tok, q), e = text_token_at(c->tok, s.end);
        if (k >= e || !(word_is(c, k, "a") || word_is(c, k, "an"))) continue;
        int verb = 0; /* (a relative clause inside it is the noun's: "a dig at a candidate who came") */
        for (size_t j = k; j < e && !verb && !(j > k + 1 && ph_relative(c, j)); j++)
            verb = word_in(c, j, VERB_GROUP) || ph_past_tense(c, j) || ph_is_cue(c, j) ||
                   word_in(c, j, CLAUSE_OPENERS) || ph_relative(c, j) || (c->flags[j] & QUOTED);
        if (!verb) s.end = m;
        return s;
    }
    return s;
}

/* What was said without the speaker's next act trailing it: "... has
 * \"kept us safe\" on Twitter before claiming that ...". */
static attrib_span trim_tail(const ctx *c, attrib_span s)
{
    size_t a = text_token_at(c->tok, s.start), e = text_token_at(c->tok, s.end);
    for (size_t k = a + 3; k + 1 < e; k++) {
        if (c->flags[k] & QUOTED) continue;
        /* (not one opening a clause: "as saying that after slamming into
         * the crowd, the driver ...") */
        int cut = (word_is(c, k, "before") || word_is(c, k, "after")) && ph_gap_clear(c, k - 1, k + 1) &&
                  !word_is(c, k - 1, "that") && !(c->flags[k + 1] & QUOTED) &&
                  (ph_is_cue(c, k + 1) || word_in(c, k + 1, GERUNDS));
        if (cut) {
            s.end = ph_word_end(c, k - 1);
            return s;
        }
    }
    return s;
}

/* Whether token i puts a writing out, in the present ("is releasing a new
 * ad", "runs a piece"); the past tense the caller reads itself. */
static int put_out(const ctx *c, size_t i)
{
    static const char *const verbs[] = {
        "ran",   "sent",    "put",   "releases", "releasing", "runs",       "running", "airs",    "airing",
        "sends", "sending", "posts", "posting",  "publishes", "publishing", "issues",  "issuing", NULL};
    for (size_t k = 0; verbs[k]; k++)
        if (word_is(c, i, verbs[k])) return 1;
    return 0;
}

wt_status ph_emit(ctx *c, attrib_span content, attrib_span cue, size_t src_a, size_t src_b, int direct)
{
    /* (a speaker and a verb within someone's quotation, '“Hearing him
     * talk about the ferry makes me angry.” ― Odile Franke', and no marks
     * of its own: the signer's words, not the article's report) */
    if (!direct && src_b > src_a && cue.end > cue.start && c->flags[src_a] & QUOTED) {
        size_t k = text_token_at(c->tok, cue.start);
        if (k < c->tok->n && c->flags[k] & QUOTED) return WT_OK;
    }
    attrib_span whole = trim_aside(c, content);
    content = trim_tail(c, whole);
    /* Reported speech holding a quotation ('said the closure was "the
     * price of years of patching"') quotes the speaker too. */
    for (uint32_t p = content.start; p < content.end && !direct; p++)
        direct = c->text[p] == '"' || (p + 3 <= content.end && !memcmp(c->text + p, "\xE2\x80\x9C", 3));
    content = trim_unopened_quote(c->text, content);
    attribution at = {content, cue, {0, 0}, 0, 0, NULL, (uint8_t)direct, KIND_UNKNOWN};
    /* "who said", "which reported": a relative clause. Its speaker is the
     * name right before it ("Juanita Broaddrick, who said"); otherwise a
     * noun phrase this does not resolve, and no speaker is better than "who". */
    if (src_b > src_a && ph_relative(c, src_a)) {
        at.source = ph_span_of(c, src_a, src_b);
        size_t n = src_a;
        while (n > 0 && capitalized(c, n - 1) && src_a - n < 6 && (n == src_a || ph_gap_clear(c, n - 1, n)))
            n--;
        if (n == src_a || (c->tok->v[src_a].start - c->tok->v[src_a - 1].end > 2) ||
            ph_kind_of(c, n, src_a) == KIND_UNKNOWN) {
            /* ("entrance poll results that show", "a non-profit that
             * advocates": a restrictive "that" right after the people or
             * writings it stands for; the source runs from them) */
            size_t np = src_a; /* (back to its article, three words at most) */
            while (np > 0 && src_a - np < 3 && ph_gap_clear(c, np - 1, np) &&
                   !word_in(c, np - 1, CLAUSE_OPENERS) && !word_in(c, np - 1, NAME_BREAKERS) &&
                   !ph_is_cue(c, np - 1) && !word_in(c, np - 1, VERB_GROUP) && !word_in(c, np - 1, PASSIVE) &&
                   !(np < src_a && word_in(c, np, DETERMINERS)))
                np--;
            /* ("Nwosu is releasing a new ad that urges ...", "The Ledger
             * ran a piece that noted": a writing someone put out speaks
             * for them) */
            size_t d = src_a > 1 ? src_a - 1 : 0; /* (the writing's article) */
            while (d > 0 && src_a - d < 8 && !word_in(c, d, DETERMINERS) &&
                   (ph_gap_clear(c, d - 1, d) ||
                    (c->tok->v[d].start == c->tok->v[d - 1].end + 1 && c->text[c->tok->v[d - 1].end] == '-')))
                d--; /* (over "30-second") */
            while (d > 1 && word_in(c, d - 1, DETERMINERS) && ph_gap_clear(c, d - 1, d))
                d--; /* ("a new") */
            if (word_is(c, src_a, "that") && d > 1 && word_in(c, d, DETERMINERS) &&
                (word_in(c, src_a - 1, DOCUMENTS) || word_is(c, src_a - 1, "piece")) &&
                ph_gap_clear(c, d - 1, d) && !capitalized(c, d - 1) &&
                (ph_past_tense(c, d - 1) || put_out(c, d - 1))) {
                size_t v = ph_verb_group_start(c, 0, d - 1), f, sa, sb;
                if (v > 0 && word_in(c, v - 1, PASSIVE) && ph_gap_clear(c, v - 1, v))
                    v--; /* "is releasing" */
                f = v;
                while (f > 0 && v - f < 12 && ph_gap_clear(c, f - 1, f))
                    f--;
                ph_phrase_before(c, f, v, &sa, &sb);
                if (sb > sa && ph_kind_of(c, sa, sb) != KIND_UNKNOWN && !ph_relative(c, sa))
                    return ph_emit(c, content, cue, sa, sb, direct);
            }
            if ((word_is(c, src_a, "that") || word_is(c, src_a, "who")) && np < src_a &&
                (ph_kind_of(c, np, src_a) != KIND_UNKNOWN || word_in(c, src_a - 1, EVIDENCE) ||
                 word_in(c, src_a - 1, DOCUMENTS)))
                at.source = ph_span_of(c, np, src_b);
            src_b = src_a;
        } else { /* the name is the speaker; the source stays "who" */
            attrib_span src = at.source;
            wt_status st = ph_emit(c, content, cue, n, src_a, direct);
            if (!st) c->out->v[c->out->n - 1].source = src;
            return st;
        }
    }
    /* "she will argue", "The company also said": a modal or an adverb
     * after the subject is no part of the speaker. */
    while (src_b > src_a + 1 && ph_in_verb_group(c, src_b - 1))
        src_b--;
    /* "At the rally she said": the pronoun is the speaker. */
    if (src_b > src_a + 1 && word_in(c, src_b - 1, PRONOUNS_PERSON)) src_a = src_b - 1;
    /* "but Parry countered", "And she said", "To Dr Carpenter": the
     * conjunction or preposition is not the speaker. */
    while (src_b > src_a + 1 &&
           (word_in(c, src_a, CLAUSE_OPENERS) || word_in(c, src_a, NAME_BREAKERS) ||
            word_in(c, src_a, TIME_WORDS) || word_is(c, src_a, "however") || word_is(c, src_a, "meanwhile") ||
            word_is(c, src_a, "instead") || word_is(c, src_a, "now") || word_is(c, src_a, "still")))
        src_a++;
    if (src_b > src_a) {
        at.source = ph_span_of(c, src_a, src_b);
        at.kind = (uint8_t)ph_kind_of(c, src_a, src_b);
        /* "The Post's Ruth Marcus": the person after the owner. */
        size_t owner = src_a;
        for (size_t p = src_a; p + 2 < src_b + 1 && owner == src_a; p++)
            if (ph_possessive(c, p) && capitalized(c, p) && p + 1 < src_b && capitalized(c, src_b - 1) &&
                ph_kind_of(c, p + 1, src_b) == KIND_PERSON)
                owner = p + 1;
        if (owner > src_a) at.kind = KIND_PERSON;
        attrib_span who = at.source;
        int pronoun = src_b - src_a == 1 && word_in(c, src_a, PRONOUNS_PERSON);
        /* "the outlet", "the newspaper": the outlet last named; "the Ledger"
         * only when the last named outlet has that word in its name. */
        int outlet_ref = src_b - src_a == 2 && word_is(c, src_a, "the") && at.kind == KIND_OUTLET &&
                         c->last_outlet.end &&
                         (word_in(c, src_a + 1, GENERIC_OUTLETS) ||
                          ph_name_has(c, c->last_outlet, c->text + c->tok->v[src_a + 1].start,
                                      c->tok->v[src_a + 1].end - c->tok->v[src_a + 1].start));
        /* "The British Chambers of Commerce welcomed the plan. "...," it
         * said.": the body that spoke just before (a paragraph at most). */
        int it = src_b - src_a == 1 && word_is(c, src_a, "it") && c->last_body.end &&
                 at.source.start > c->last_body.end && at.source.start - c->last_body.end < 400;
        if (it) {
            who = c->last_body;
            at.kind = (uint8_t)c->last_body_kind;
            at.outlet = c->last_body_outlet;
        } else if (pronoun && c->last_person.end) {
            who = pronoun_person(c, src_a);
        } else if (outlet_ref && c->last_outlet.end) {
            who = c->last_outlet;
            at.outlet = c->last_outlet_name;
        } else if (at.kind == KIND_PERSON && !pronoun) {
            /* "Nwosu said" after "Councillor Petra Nwosu": the full name. */
            attrib_span full = ph_full_name(c, src_a, src_b);
            if (!full.end && owner > src_a) who = ph_span_of(c, owner, src_b);
            if (full.end) who = full;
            /* "Petra Nwosu of the Calder Institute": the name, not where
             * she works. */
            size_t name_b = !full.end && owner == src_a ? ph_name_then_place(c, src_a, src_b) : 0;
            if (name_b)
                who = ph_span_of(c, src_a, name_b);
            else
                name_b = src_b;
            ph_note_person(c, who, src_a, name_b);
        } else if (at.kind == KIND_OUTLET) {
            /* Named here, or "the Journal" with no Journal named before:
             * the gazetteer's outlet of that name. */
            at.outlet = ph_known_outlet(c, src_a, src_b);
            c->last_outlet = at.source;
            c->last_outlet_name = at.outlet;
        }
        at.speaker_start = who.start;
        at.speaker_end = who.end;
        if ((at.kind == KIND_ORGANIZATION || at.kind == KIND_OUTLET) && !it && !outlet_ref) {
            c->last_body = who;
            c->last_body_kind = at.kind;
            c->last_body_outlet = at.outlet;
        }
    }
    wt_status st = attributions_push(c->out, &at);
    /* ("... before claiming that ...": the speaker's next words, when the
     * participle cut off is a verb of saying) */
    size_t g = text_token_at(c->tok, content.end) + 1; /* past "before" */
    if (!st && content.end < whole.end && g + 1 < c->tok->n && c->tok->v[g].end < whole.end &&
        (ph_is_cue(c, g) || word_in(c, g, GERUNDS))) {
        size_t k = g + 1 + (word_is(c, g + 1, "that") && g + 2 < c->tok->n);
        if (c->tok->v[k].start < whole.end)
            st = ph_emit(c, (attrib_span){c->tok->v[k].start, whole.end}, ph_span_of(c, g, g + 1), src_a,
                         src_b, 0);
    }
    return st;
}

/* The first token of [a, b) after its last comma or other clause mark:
 * '"...," between Europe and the world, Mr Howard added' -> Mr Howard. */
size_t ph_last_clause(const ctx *c, size_t a, size_t b)
{
    size_t k = a;
    for (size_t i = a + 1; i < b; i++)
        if (!ph_gap_clear(c, i - 1, i)) k = i;
    return k;
}

/* Whether tokens [a, cue) can be the subject of the cue at token cue. A
 * subject does not end in a preposition, a determiner or a conjunction
 * ("trails in pledged", "stopped short of calls", "... the United States
 * and added"); words that are also nouns ("the first two states", "calls
 * and emails", "pledged delegates", "think tank") report only after a
 * speaker the rules can name. */
/* Whether token k ends a subject's head: a preposition ("Majorities
 * across the spectrum", "voters outside New York"). */
static int head_ends(const ctx *c, size_t k)
{
    return word_in(c, k, NAME_BREAKERS) || word_is(c, k, "across") || word_is(c, k, "among") ||
           word_is(c, k, "over") || word_is(c, k, "under") || word_is(c, k, "outside") ||
           word_is(c, k, "inside") || word_is(c, k, "within") || word_is(c, k, "around");
}

int ph_plausible_source(const ctx *c, size_t a, size_t cue)
{
    size_t e = cue - 1;
    if (word_in(c, e, NAME_BREAKERS) || word_is(c, e, "reportedly") || word_is(c, e, "and") ||
        word_is(c, e, "or") || word_is(c, e, "but") || word_is(c, e, "than") || word_is(c, e, "the") ||
        word_is(c, e, "a") || word_is(c, e, "an") || word_is(c, e, "their") || word_is(c, e, "his") ||
        word_is(c, e, "her") || word_is(c, e, "its") || word_is(c, e, "other"))
        return 0;
    if (ph_possessive(c, e)) return 0; /* "Calloway's attacks on": the cue is a noun */
    int evidence = 0;
    for (size_t k = a; k < cue && !evidence; k++)
        evidence = word_in(c, k, EVIDENCE) || word_in(c, k, DOCUMENTS);
    /* (The head, the word before the cue, must name too: "recent
     * comments", "the two-paragraph mention" are nouns.) */
    /* (the head: the word before a preposition, "Majorities across the
     * spectrum favor") */
    size_t head = e;
    for (size_t k = a + 1; k < cue && (capitalized(c, a) || word_in(c, a, DETERMINERS)); k++)
        if (head_ends(c, k)) {
            head = k - 1;
            break;
        }
    /* ("called for", "calls on": a demand, not a name) */
    int demand = (word_is(c, cue, "called") || word_is(c, cue, "calls")) && cue + 1 < c->tok->n &&
                 (word_is(c, cue + 1, "for") || word_is(c, cue + 1, "on"));
    if (word_in(c, cue, NOUN_CUES) && !evidence && !demand &&
        (ph_kind_of(c, a, cue) == KIND_UNKNOWN ||
         (!capitalized(c, head) && ph_kind_of(c, head, head + 1) == KIND_UNKNOWN &&
          !word_in(c, head, ORG_WORDS) && !word_in(c, head, GENERIC_OUTLETS) &&
          !isdigit((unsigned char)c->text[c->tok->v[head].start])) ||
         (cue + 1 < c->tok->n &&
          (word_is(c, cue + 1, "delegates") || word_is(c, cue + 1, "tank") || word_is(c, cue + 1, "and")))))
        return 0;
    return 1;
}

/* Token index range [a, b) of the phrase ending right before token cue,
 * back to a clause boundary; b == a when there is none or it is too long. */
void ph_phrase_before(const ctx *c, size_t floor, size_t cue, size_t *a, size_t *b)
{
    /* "he will argue", "she would say": the modal belongs to the cue. */
    size_t verb = cue;
    cue = ph_verb_group_start(c, floor, cue);
    *a = *b = cue;
    if (cue == floor || !ph_gap_clear(c, cue - 1, cue) || word_in(c, cue - 1, PASSIVE)) return;
    if (ph_relative(c, cue - 1)) { /* "Broaddrick, who said ...", "a group that supports" */
        *a = cue - 1;
        return;
    }
    size_t i = cue - 1;
    /* A subject holds no clause: it stops at "that" or at another cue. */
    while (i > floor && ph_gap_clear(c, i - 1, i) && cue - i < MAX_SOURCE_WORDS &&
           !word_is(c, i - 1, "that") && (!ph_is_cue(c, i - 1) || word_in(c, i - 1, NOUN_CUES)) &&
           !word_in(c, i - 1, CLAUSE_OPENERS))
        i--;
    if (i > floor && ph_gap_clear(c, i - 1, i) && cue - i >= MAX_SOURCE_WORDS) {
        /* Longer than a subject, unless a plain noun phrase opens the
         * clause before "said" ("More than half of respondents in the USA
         * TODAY/Suffolk poll said"): no verb, no clause inside. */
        if (!word_in(c, verb, INVERTING)) return;
        size_t k = i;
        while (k > floor && ph_gap_clear(c, k - 1, k) && cue - k < 2 * MAX_SOURCE_WORDS &&
               !word_is(c, k - 1, "that") && !ph_is_cue(c, k - 1) && !word_in(c, k - 1, CLAUSE_OPENERS) &&
               !word_in(c, k - 1, VERB_GROUP) && !word_in(c, k - 1, PASSIVE) && !ph_past_tense(c, k - 1))
            k--;
        if ((k > floor && ph_gap_clear(c, k - 1, k)) || !capitalized(c, k)) return;
        for (size_t j = k; j < i; j++)
            if (ph_past_tense(c, j) || word_in(c, j, VERB_GROUP) || word_in(c, j, PASSIVE)) return;
        i = k;
    }
    /* The subject starts after the last word opening a clause: "which
     * Clinton conceded", "though he said". */
    for (size_t k = i; k + 1 < cue; k++)
        if (word_in(c, k, CLAUSE_OPENERS) || word_is(c, k, "that")) i = k + 1;
    /* "Current and former officials who spoke with The Huffington Post
     * said": a relative clause whose verb follows "who" belongs to the
     * people named before it, who are the subject. */
    if (i > floor + 1 && i < cue && ph_gap_clear(c, i - 2, i) &&
        (word_is(c, i - 1, "who") || word_is(c, i - 1, "that")) && !capitalized(c, i) &&
        !word_in(c, i, PRONOUNS_PERSON) && !word_in(c, i, DETERMINERS) && !word_is(c, i, "they") &&
        !word_is(c, i, "we") && !word_is(c, i, "i") && !word_is(c, i, "it") && !word_is(c, cue - 1, "to") &&
        !word_in(c, verb, NOUN_CUES)) {
        /* (the cue the main clause's, not one the relative goes on to:
         * "a pollster who cooperated ... and called him ...") */
        int own = 0;
        for (size_t k = i; k < cue && !own; k++)
            own = word_is(c, k, "and") || word_is(c, k, "or");
        size_t np = own ? floor : i - 1;
        while (np > floor && ph_gap_clear(c, np - 1, np) && !word_in(c, np - 1, CLAUSE_OPENERS) &&
               !word_is(c, np - 1, "that") && !ph_is_cue(c, np - 1) && i - np < MAX_SOURCE_WORDS)
            np--;
        if (!own && np < i - 1 && i - 1 - np < MAX_SOURCE_WORDS && ph_plausible_source(c, np, i - 1) &&
            ph_kind_of(c, np, i - 1) != KIND_UNKNOWN) {
            *a = np;
            *b = i - 1;
            return;
        }
    }
    /* "the woman, who like many in the town did not want": the relative
     * is the subject, the phrase after it an aside. */
    if (i > floor && i < cue && ph_relative(c, i - 1) && !word_is(c, i - 1, "that") &&
        (word_in(c, i, NAME_BREAKERS) || word_is(c, i, "like") || word_is(c, i, "unlike")) &&
        !(i + 1 < cue &&
          (word_is(c, i + 1, "least") || word_is(c, i + 1, "most")))) { /* "which at least one ..." */
        *a = i - 1;
        *b = i;
        return;
    }
    while (i < cue && word_in(c, i, CLAUSE_OPENERS))
        i++;
    /* "At the bottom it reads", "In 2009 he said": a subject pronoun after
     * a phrase of place or time that no comma closes is the subject alone. */
    int placed = (word_in(c, i, NAME_BREAKERS) || (i > floor && word_in(c, i - 1, NAME_BREAKERS))) &&
                 !word_is(c, i, "of") && !word_is(c, i, "to") && !(i > floor && word_is(c, i - 1, "of")) &&
                 !(i > floor && word_is(c, i - 1, "to"));
    if (placed && cue > i + 1 &&
        (word_in(c, cue - 1, PRONOUNS_PERSON) || word_is(c, cue - 1, "it") || word_is(c, cue - 1, "they") ||
         word_is(c, cue - 1, "we") || word_is(c, cue - 1, "i")))
        i = cue - 1;
    if (i == cue || word_is(c, i, "that") || ph_is_cue(c, i)) return;
    if (!ph_plausible_source(c, i, cue)) return;
    /* "Mr. Autor and Mr. Hanson emphasize": two names joined by "and" are
     * one subject, and they take the base form. */
    int pair = 0;
    if (i > floor + 1 && word_is(c, i - 1, "and") && capitalized(c, i) && capitalized(c, i - 2) &&
        ph_gap_clear(c, i - 2, i)) {
        size_t k = i - 2;
        while (k > floor && ph_gap_clear(c, k - 1, k) && capitalized(c, k - 1) && cue - k < MAX_SOURCE_WORDS)
            k--;
        if (k == floor || !ph_gap_clear(c, k - 1, k) || word_in(c, k - 1, CLAUSE_OPENERS)) {
            i = k;
            pair = 1;
        }
    }
    /* "Telephone call centres": a name takes "calls", not "call". */
    if (verb == cue && word_in(c, verb, BASE_FORMS) && !pair) {
        size_t head = i; /* the subject's head: before a preposition ("Sources for the Courier") */
        while (head + 1 < cue && !head_ends(c, head + 1))
            head++;
        if (capitalized(c, head) && !word_in(c, head, HUMANS) && c->text[c->tok->v[head].end - 1] != 's')
            return;
    }
    /* Only evidence "shows", or people who "found that ...": not "the
     * cables showed corrosion", "police found the car". */
    if (word_in(c, verb, EVIDENCE_CUES) && !(verb + 1 < c->tok->n && word_is(c, verb + 1, "that"))) {
        int evidence = 0;
        for (size_t k = i; k < cue; k++)
            evidence |= word_in(c, k, EVIDENCE) || word_in(c, k, DOCUMENTS);
        if (!evidence) return;
    }
    /* "Christoph Caselitz, president of the division at the firm says",
     * "Ms Robinson, who presents The Weakest Link tells": an apposition or
     * a relative clause the writer did not close with a comma; the name
     * before it speaks. */
    size_t open = i; /* where the unclosed part opens */
    if (i > floor + 2 && word_is(c, i - 1, "who") && ph_comma_after(c, i - 2) && !capitalized(c, i))
        open = i - 1;
    if (open > floor + 1 && ph_comma_after(c, open - 1) &&
        (open < i || word_in(c, i, ROLES) || word_in(c, i, DETERMINERS)) && capitalized(c, open - 1)) {
        size_t n = open - 1;
        while (n > floor && open - 1 - n < 5 && ph_gap_clear(c, n - 1, n) &&
               (capitalized(c, n - 1) || word_in(c, n - 1, PARTICLES)))
            n--;
        /* (a full name opening the clause: not "In Florida, a poll
         * found", "hosts Joe Scarborough and Mika Brzezinski, the
         * candidate stated") */
        int opens = n == floor || (n == floor + 1 && word_in(c, floor, CLAUSE_OPENERS));
        for (size_t k = n; k < open && opens; k++)
            opens = !word_in(c, k, TIME_WORDS) && !word_in(c, k, NAME_BREAKERS) && !word_in(c, k, NOT_NAMES);
        if (opens && open - n >= 2 && ph_kind_of(c, n, open) == KIND_PERSON && ph_name_like(c, n, open)) {
            *a = n;
            *b = open;
            return;
        }
    }
    *a = i;
}

/* Whether tokens from a to the clause's end (before ceil, a comma or a
 * stop) are a role and a name: "BBC pundit Steve Cram". */
static int role_and_name(const ctx *c, size_t a, size_t ceil)
{
    size_t e = a, role = 0;
    while (e < ceil && e < a + 6 && (e == a || ph_gap_clear(c, e - 1, e)) &&
           (capitalized(c, e) || word_in(c, e, ROLES) || word_in(c, e, HUMANS))) {
        role += word_in(c, e, ROLES) || word_in(c, e, HUMANS);
        e++;
    }
    return role && e > a + 1 && capitalized(c, e - 1) && !word_in(c, e - 1, ROLES) &&
           !word_in(c, e - 1, HUMANS) && (e >= ceil || !ph_gap_clear(c, e - 1, e));
}

/* The phrase right after token cue, up to a comma or a stop. */
void ph_phrase_after(const ctx *c, size_t cue, size_t ceil, size_t *a, size_t *b)
{
    *a = *b = cue + 1;
    if (cue + 1 >= ceil || !ph_gap_clear(c, cue, cue + 1)) return;
    size_t i = cue + 1;
    /* "said Sanders as he closed out": a clause after the name is not it. */
    /* (nor where it was written: "writes Stella Papamichael on the BBC
     * Movies site") */
    /* (nor where the speaker is: "says Dossym Satpayev in Almaty") */
    /* (a title in straight marks is part of it: 'according to the
     * "Medicare for all" document') */
    size_t marks = 0, before_mark = i;
    for (;;) {
        /* (two roles of one name: "former Olympian and BBC pundit Steve
         * Cram") */
        if (i + 2 < ceil && word_is(c, i + 1, "and") && ph_gap_clear(c, i, i + 1) &&
            role_and_name(c, i + 2, ceil)) {
            i++;
            continue;
        }
        if (i + 1 >= ceil || i + 1 - cue > MAX_SOURCE_WORDS || word_in(c, i + 1, CLAUSE_OPENERS) ||
            (i > cue && (word_is(c, i + 1, "on") || word_is(c, i + 1, "in")) && capitalized(c, i)))
            break;
        if (!ph_gap_clear(c, i, i + 1)) {
            size_t q = 0, other = 0;
            for (uint32_t p = c->tok->v[i].end; p < c->tok->v[i + 1].start; p++)
                if (c->text[p] == '"')
                    q++;
                else if (c->text[p] != ' ')
                    other++;
            if (q != 1 || other) break;
            if (marks++ % 2 == 0) before_mark = i;
        }
        i++;
    }
    if (marks % 2) i = before_mark; /* (a mark left open: up to it) */
    *b = i + 1;
}

/* "adding to her run of victories", "showed up in 2008", "That said,",
 * "think tanks", "continues to", "Wolf reported from Washington." (a
 * credit line): verbs of saying with words that make them something else
 * (but "Trump added to People" is told). */
int ph_no_speech(const ctx *c, size_t i)
{
    /* (the first letter first: this runs for every verb of saying) */
    unsigned char f0 = (unsigned char)c->text[c->tok->v[i].start] | 0x20;
    /* "That said, Cruz cannot ...": a turn of phrase. */
    if (f0 == 's' && i > 0 && ph_comma_after(c, i) && word_is(c, i, "said") && word_is(c, i - 1, "that") &&
        (capitalized(c, i - 1) || i == 1 || !ph_gap_clear(c, i - 2, i - 1)))
        return 1;
    if (i + 1 >= c->tok->n || !ph_gap_clear(c, i, i + 1)) return 0;
    /* "continues to lead": only "Wallnau continues: "..."" and '"...," she
     * continues.' report. */
    if (f0 == 'c' && word_is(c, i, "continues")) return 1;
    /* "..., assuming a two-way race": a condition the writer sets. */
    if (f0 == 'a' && word_is(c, i, "assuming")) return 1;
    /* "who declined to be named": why a source is anonymous, not speech. */
    if ((f0 == 'd' || f0 == 'r' || f0 == 'a') && word_is(c, i + 1, "to") && i + 3 < c->tok->n &&
        word_is(c, i + 2, "be") &&
        (word_is(c, i + 3, "named") || word_is(c, i + 3, "identified") || word_is(c, i + 3, "quoted")) &&
        (word_is(c, i, "declined") || word_is(c, i, "refused") || word_is(c, i, "asked")))
        return 1;
    /* "compared with the same period": a comparison. */
    if (f0 == 'c' && (word_is(c, i + 1, "with") || word_is(c, i + 1, "to")) && word_is(c, i, "compared"))
        return 1;
    if (f0 == 't' && (word_is(c, i + 1, "tank") || word_is(c, i + 1, "tanks")) && word_is(c, i, "think"))
        return 1; /* "think tanks" */
    /* "Wolf reported from Washington.": a credit line. */
    if (f0 == 'r' && word_is(c, i + 1, "from") && word_is(c, i, "reported")) {
        size_t k = i + 2;
        while (k < c->tok->n && k < i + 6 && capitalized(c, k) && ph_gap_clear(c, k - 1, k))
            k++;
        uint32_t e = c->tok->v[k - 1].end;
        if (k > i + 2 && e < c->len && c->text[e] == '.' && (e + 1 >= c->len || c->text[e + 1] == '\n'))
            return 1;
    }
    if (f0 == 'a' && word_is(c, i + 1, "to") &&
        (word_is(c, i, "add") || word_is(c, i, "adds") || word_is(c, i, "added") ||
         word_is(c, i, "adding"))) {
        size_t n = i + 2 + (i + 3 < c->tok->n && word_is(c, i + 2, "the"));
        return !(n < c->tok->n && capitalized(c, n));
    }
    /* "maintained that ...", "maintains he is innocent" report; "maintains
     * a lead", "maintained an office" keep something. */
    if (f0 == 'm' && (word_is(c, i, "maintain") || word_is(c, i, "maintains") ||
                      word_is(c, i, "maintained") || word_is(c, i, "maintaining")))
        return !(word_is(c, i + 1, "that") || word_in(c, i + 1, PRONOUNS_PERSON) ||
                 word_is(c, i + 1, "they") || word_is(c, i + 1, "it") || word_is(c, i + 1, "his") ||
                 word_is(c, i + 1, "her"));
    /* "voted for", "votes against", "voting to": a stance; "voted early",
     * "voted in Ohio" only an act. */
    if (f0 == 'v' && (word_is(c, i, "vote") || word_is(c, i, "votes") || word_is(c, i, "voted") ||
                      word_is(c, i, "voting")))
        return !(word_is(c, i + 1, "for") || word_is(c, i + 1, "against") || word_is(c, i + 1, "to"));
    return f0 == 's' && word_is(c, i + 1, "up") &&
           (word_is(c, i, "show") || word_is(c, i, "shows") || word_is(c, i, "showed") ||
            word_is(c, i, "showing") || word_is(c, i, "shown"));
}

/* Whether token i is an adjective of stance after "is": "is skeptical
 * of", "was adamant that", "are eager to". */
static int stance_adj(const ctx *c, size_t i)
{
    if (!word_in(c, i, STANCE_ADJ) || i == 0 || i + 1 >= c->tok->n || !ph_gap_clear(c, i, i + 1)) return 0;
    /* (what follows says of what: "of", "about", "that", "to"; not "eager
     * to say", where the verb of saying reports) */
    size_t n = i + 1;
    if (!word_is(c, n, "that") && !word_is(c, n, "of") && !word_is(c, n, "about") && !word_is(c, n, "to") &&
        !word_is(c, n, "with") && !word_is(c, n, "on"))
        return 0;
    if (word_is(c, n, "to") && n + 1 < c->tok->n && ph_is_cue(c, n + 1)) return 0;
    if (word_is(c, i, "critical") && !word_is(c, n, "of")) return 0; /* "critical to": needed */
    size_t v = i - 1;
    while (v > 0 && i - v < 3 && degree(c, v) && ph_gap_clear(c, v, v + 1))
        v--;
    return copula(c, v) && ph_gap_clear(c, v, v + 1);
}

/* Whether token i is "make" with a noun of speech as its object, a verb
 * of saying in two words: "made the case that", "makes a plea for". */
static int made_speech(const ctx *c, size_t i)
{
    if (!(word_is(c, i, "made") || word_is(c, i, "make") || word_is(c, i, "makes") ||
          word_is(c, i, "making")) ||
        c->flags[i] & QUOTED)
        return 0;
    if (i + 2 < c->tok->n &&
        (word_is(c, i + 1, "clear") || (word_is(c, i + 1, "it") && word_is(c, i + 2, "clear"))))
        return 1; /* ("made clear", "makes it clear") */
    /* the noun after an article or an owner and an adjective at most: "made
     * an impassioned plea" */
    size_t k = i + 1;
    if (k < c->tok->n && ph_gap_clear(c, i, k) && (word_in(c, k, DETERMINERS) || ph_possessive(c, k))) k++;
    for (size_t adj = 0; adj < 2 && k < c->tok->n && ph_gap_clear(c, k - 1, k); adj++, k++) {
        /* (not "made his remarks", "making calls": the act, said elsewhere) */
        if (word_is(c, k, "comments") || word_is(c, k, "remarks") || word_is(c, k, "calls") ||
            word_is(c, k, "call") || word_is(c, k, "bid"))
            return 0;
        if (word_in(c, k, STANCE_NOUNS) || word_in(c, k, MADE_NOUNS)) return 1;
    }
    return 0;
}

/* Whether token i puts a writing out, the writing after it: "released a
 * memo", "issued a statement", "unveiled its plan". */
static int publishing(const ctx *c, size_t i)
{
    /* (the writing its object: not "an article published in the Post") */
    if (!word_in(c, i, PUBLISHING) || capitalized(c, i) || i + 1 >= c->tok->n ||
        word_in(c, i + 1, NAME_BREAKERS))
        return 0;
    for (size_t k = i + 1; k < c->tok->n && k <= i + 4 && ph_gap_clear(c, k - 1, k); k++)
        if ((word_in(c, k, DOCUMENTS) || word_in(c, k, EVIDENCE) || word_is(c, k, "plan") ||
             word_is(c, k, "proposal") || word_is(c, k, "findings")) &&
            !capitalized(c, k)) {
            /* (a writing whose words or topic follow is read by the rules
             * for writings: 'issued a statement, "..."', 'a letter about',
             * 'a statement - Varga saying ...') */
            uint32_t e = c->tok->v[k].end;
            if (k + 1 < c->tok->n && word_is(c, k + 1, "about")) return 0;
            if (e < c->len && c->text[e] != ' ' && c->text[e] != '.') return 0;
            return !(e + 2 < c->len && ph_dash_at(c, e + 1));
        }
    return 0;
}

int ph_framed(const ctx *c, size_t i)
{
    if (!word_in(c, i, FRAMING) || i == 0 || i + 1 >= c->tok->n) return 0;
    /* ("is best known for", "is also known by") */
    int known = word_is(c, i, "known");
    int as = ph_gap_clear(c, i, i + 1) &&
             (word_is(c, i + 1, "as") || (known && (word_is(c, i + 1, "for") || word_is(c, i + 1, "by"))));
    /* (a name needs no "as": "has been called the 'Trump of the East'") */
    int naming = word_is(c, i, "called") || word_is(c, i, "dubbed") || word_is(c, i, "labeled") ||
                 word_is(c, i, "labelled") || word_is(c, i, "branded") || word_is(c, i, "nicknamed");
    uint32_t after = c->tok->v[i].end + 1;
    int named = naming && after < c->len && c->text[after - 1] == ' ' &&
                (word_is(c, i + 1, "a") || word_is(c, i + 1, "an") || word_is(c, i + 1, "the") ||
                 ph_is_open_quote(c->text, after, c->len));
    if (!as && !named) return 0;
    size_t v = i - 1; /* back over adverbs: "is widely seen as", "is best known for" */
    while (v > 0 && i - v < 3 && !word_in(c, v, PASSIVE) && !word_in(c, v, CONTRACTED_BE) &&
           ph_gap_clear(c, v, v + 1) &&
           (degree(c, v) || word_is(c, v, "also") || word_is(c, v, "best") || word_is(c, v, "well") ||
            word_is(c, v, "now") || word_is(c, v, "once") || word_is(c, v, "perhaps") ||
            word_is(c, v, "still")))
        v--;
    return (word_in(c, v, PASSIVE) || word_in(c, v, CONTRACTED_BE)) && ph_gap_clear(c, v, v + 1);
}

size_t ph_cue_end(const ctx *c, size_t i, size_t b)
{
    return i + 1 +
           (i + 1 < b && word_in(c, i, PHRASALS) && ph_gap_clear(c, i, i + 1) &&
            (word_is(c, i + 1, "out") || word_is(c, i + 1, "back")));
}

int ph_is_cue(const ctx *c, size_t i)
{
    /* "made clear that", "makes it clear", "made the case that", "makes a
     * plea for": a verb of saying in two words. */
    if ((c->text[c->tok->v[i].start] | 0x20) == 'm' && made_speech(c, i)) return 1;
    /* Most tokens are no verb of any list: out at once. */
    uint64_t f = c->flags[i];
    if (!(f & ((uint64_t)1 << CUES_BIT | (uint64_t)1 << PHRASALS_BIT | (uint64_t)1 << GERUNDS_BIT |
               (uint64_t)1 << FRAMING_BIT | (uint64_t)1 << STANCE_ADJ_BIT | (uint64_t)1 << PUBLISHING_BIT)))
        return 0;
    if (f & QUOTED) return 0; /* the speaker's words, not the article's */
    if (ph_framed(c, i) || stance_adj(c, i) || publishing(c, i)) return 1;
    /* Cues are lower case ("the United States"), but for a headline in
     * title case: "Trump Says He Never Pledged ...". */
    unsigned char first = (unsigned char)c->text[c->tok->v[i].start];
    if (first >= 'A' && first <= 'Z' &&
        !(c->title_case && word_in(c, i, CUES) &&
          (!word_in(c, i, NOUN_CUES) || c->text[c->tok->v[i].end - 1] == 's')))
        return 0;
    /* "so-called" names, it does not report; "mortgage-backed", "Iran-backed"
     * describe. */
    uint32_t st = c->tok->v[i].start;
    if (st > 0 && c->text[st - 1] == '-') return 0;
    if (word_is(c, i, "called") && i > 0 && word_is(c, i - 1, "so")) return 0;
    if (ph_no_speech(c, i)) return 0;
    /* "continued a fierce contest", "a photograph appears in the Sun": no
     * speech; "he continued:", "seems to", '"...," she continued.' are. */
    /* ("he appeared, drawing crowds": one showed up; "it seems," is how
     * things look) */
    if (word_in(c, i, SEEMING) && (i + 1 >= c->tok->n || !ph_gap_clear(c, i, i + 1)) &&
        !(i > 0 && word_is(c, i - 1, "it")))
        return 0;
    if (word_in(c, i, NEEDS_CLAUSE) && i + 1 < c->tok->n && ph_gap_clear(c, i, i + 1) &&
        !word_is(c, i + 1, "that") && !word_is(c, i + 1, "to") && !word_is(c, i + 1, "as") &&
        !word_is(c, i + 1, "like")) {
        /* ("seemed irritated", "appears closer", "seems pretty likely":
         * how one looks; not "appears in the Sun", "seems a good idea") */
        size_t n = i + 1;
        if (!word_in(c, i, SEEMING) || word_in(c, n, NAME_BREAKERS) || word_in(c, n, DETERMINERS) ||
            capitalized(c, n) || isdigit((unsigned char)c->text[c->tok->v[n].start]) || word_is(c, n, "on") ||
            word_is(c, n, "before") || word_is(c, n, "after") || word_is(c, n, "and") ||
            word_in(c, n, PRONOUNS_PERSON))
            return 0;
    }
    /* "FBI general counsel James Baker said": a title before a name. */
    if ((f & (uint64_t)1 << NOUN_CUES_BIT) && i + 3 < c->tok->n && capitalized(c, i + 1) &&
        !capitalized(c, i) && i > 0 && ph_gap_clear(c, i - 1, i) && !word_in(c, i - 1, PRONOUNS_PERSON) &&
        !word_is(c, i - 1, "they")) {
        size_t k = i + 1; /* (names joined by single spaces) */
        while (k < c->tok->n && k < i + 5 && capitalized(c, k) &&
               c->tok->v[k].start == c->tok->v[k - 1].end + 1 && c->text[c->tok->v[k - 1].end] == ' ')
            k++;
        if (k > i + 2 && k < c->tok->n && c->tok->v[k].start == c->tok->v[k - 1].end + 1 &&
            word_in(c, k, INVERTING) && !capitalized(c, k))
            return 0;
    }
    /* "the report", "his claims", "Trump's calls": a noun. */
    if (word_in(c, i, NOUN_CUES) && i > 0 && ph_gap_clear(c, i - 1, i) &&
        (word_in(c, i - 1, DETERMINERS) || ph_possessive(c, i - 1)))
        return 0;
    /* "a press call", "a campaign promise": after "a" and one noun, a
     * base form is a noun too (one subject would take "calls"); not "a
     * few think", "a majority want". */
    if (word_in(c, i, NOUN_CUES) && i > 1 && c->text[c->tok->v[i].end - 1] != 's' && !ph_past_tense(c, i) &&
        (word_is(c, i - 2, "a") || word_is(c, i - 2, "an")) && ph_gap_clear(c, i - 2, i) &&
        !capitalized(c, i - 1) && !word_in(c, i - 1, QUANTITIES))
        return 0;
    if (word_in(c, i, CUES)) return 1;
    /* "he points out", "Trump shot back" */
    if (ph_cue_end(c, i, c->tok->n) == i + 2) return 1;
    /* "is accusing", "has been criticizing": a finite verb in -ing. */
    size_t v = i;
    while (v > 0 && v + 3 > i && ph_in_verb_group(c, v - 1))
        v--;
    /* (also after "he's", "they're": a pronoun and "is" in one word) */
    return word_in(c, i, GERUNDS) && v > 0 &&
           (word_in(c, v - 1, PASSIVE) || word_in(c, v - 1, CONTRACTED_BE)) && ph_gap_clear(c, v - 1, i);
}

/* Remembers the last person named in tokens [a, b): a run of capitalised
 * words that reads as a name, for "he" and "she" later. */
void ph_note_names(ctx *c, size_t a, size_t b, int keep_last)
{
    /* The subject is whom the next "he" most likely means: a sentence
     * opening with "he" or "she" keeps the person it stands for, one
     * opening with a person's name ("Shadow home secretary David Davis
     * echoed criticisms of the way Mr Blunkett ...") makes that name the
     * one; otherwise the last person named. */
    /* (the others named in it are whom a pronoun of the other sex may
     * mean: they join the people lately named below that one) */
    int kept = keep_last || word_in(c, a, PRONOUNS_PERSON), others = 0;
    attrib_span keep = c->last_person;
    /* A company or an outlet opening the sentence as its subject is what a
     * nearby "it said" means, as one that spoke is: "Lume Ferries last
     * week agreed ... However, it is expecting ..." */
    if (!keep_last && a + 1 < b) {
        size_t oa = a + word_is(c, a, "the"), oe = oa;
        while (oe < b && (capitalized(c, oe) || (oe > oa && word_is(c, oe, "of"))) &&
               (oe == oa || ph_gap_clear(c, oe - 1, oe)))
            oe++;
        while (oe > oa && word_is(c, oe - 1, "of"))
            oe--;
        size_t v = oe; /* (when between: "Lume Ferries last week agreed") */
        while (v < b && v < oe + 3 && (word_in(c, v, TIME_WORDS) || word_is(c, v, "last")))
            v++;
        /* (the verb first: most sentences open with a capital) */
        int verb =
            oe > oa && oe - oa <= 6 && v < b && ph_gap_clear(c, oe - 1, oe) && !capitalized(c, v) &&
            (ph_past_tense(c, v) || word_in(c, v, VERB_GROUP) || word_is(c, v, "is") || ph_is_cue(c, v));
        int kind = verb ? ph_kind_of(c, a, oe) : KIND_UNKNOWN;
        if (kind == KIND_ORGANIZATION || kind == KIND_OUTLET) {
            c->last_body = ph_span_of(c, a, oe);
            c->last_body_kind = kind;
            c->last_body_outlet = kind == KIND_OUTLET ? ph_known_outlet(c, a, oe) : NULL;
        }
    }
    for (size_t i = a; i < b; i++) {
        /* "At Jessops", "To Dr Carpenter": a capital opening the sentence. */
        if (!capitalized(c, i) || word_in(c, i, NAME_BREAKERS) || word_in(c, i, CLAUSE_OPENERS) ||
            word_in(c, i, PRONOUNS_PERSON) || word_is(c, i, "the") || (c->flags[i] & QUOTED))
            continue;
        /* (an adverb opening the sentence: "Later Ms Roe spoke") */
        if (i == a && (word_in(c, i, TIME_WORDS) || word_is(c, i, "later") || word_is(c, i, "earlier") ||
                       word_is(c, i, "meanwhile") || word_is(c, i, "however") || word_is(c, i, "still") ||
                       word_is(c, i, "also") || word_is(c, i, "instead")))
            continue;
        size_t j = i + 1;
        while (j < b && ph_gap_clear(c, j - 1, j) && (capitalized(c, j) || word_in(c, j, PARTICLES)))
            j++;
        int after_breaker = i > a && word_in(c, i - 1, NAME_BREAKERS);
        int before_of = j < b && word_is(c, j, "of");
        /* One word opening the sentence before a verb is a name too:
         * "Springer helped launch the West End show". */
        /* (or before a comma when the article writes it as a name
         * elsewhere: "Butragueno, meanwhile, was angry") */
        int opener = j == i + 1 && i == a && j < b && !word_in(c, i, NOT_NAMES) && !word_in(c, i, TIME_WORDS);
        int one =
            opener && (ph_past_tense(c, j) || ph_is_cue(c, j) ||
                       (ph_comma_after(c, i) && !word_in(c, i, TITLE_WORDS) && ph_named_elsewhere(c, i)));
        /* (before "is" or "has" only a surname of someone named in full
         * lately: "Varga is a former rower", not "Microsoft is ...") */
        int surname_only = !one && opener &&
                           (word_in(c, j, VERB_GROUP) || word_is(c, j, "is") || word_is(c, j, "was")) &&
                           !word_in(c, i, TITLE_WORDS) && !word_is(c, i, "i");
        one = one || surname_only;
        /* (or after a role in lower case: "Best actor Foxley could not
         * attend", "striker Tevez") */
        int role_before = i > a && !capitalized(c, i - 1) && word_in(c, i - 1, ROLES) &&
                          ph_gap_clear(c, i - 1, i) && !word_in(c, i, NOT_NAMES) &&
                          !word_in(c, i, TIME_WORDS);
        one = one || (j == i + 1 && role_before);
        /* (after "of" only a name with its honorific, and only below the
         * one kept: "her view of Mr Kilroy-Silk") */
        if ((j - i >= 2 || one) && ((!after_breaker && !before_of) || (kept && word_in(c, i, HONORIFICS))) &&
            ph_kind_of(c, i, j) == KIND_PERSON) {
            if (kept) { /* (as written: only its sex is asked of it) */
                ring_push(c, ph_span_of(c, i, j), i, j);
                others = 1;
                i = j - 1;
                continue;
            }
            attrib_span full = ph_full_name(c, i, j); /* ("Mr Blair": Tony Blair, named before) */
            if (surname_only && !full.end) {
                i = j - 1;
                continue;
            }
            attrib_span who = full.end ? full : ph_span_of(c, i, j);
            ph_note_person(c, who, i, j);
            int subject = 1; /* only its title before it ("Shadow home secretary"), a verb after */
            for (size_t k = a; k < i && subject; k++)
                subject = ph_gap_clear(c, k, k + 1) && !ph_is_cue(c, k) && !ph_past_tense(c, k) &&
                          !word_in(c, k, NAME_BREAKERS) && !word_in(c, k, CLAUSE_OPENERS);
            /* (or right after an opening phrase and its comma, with a verb
             * after it: "Realising his error, Mr Varga then e-mailed ...") */
            size_t v =
                j + (j + 1 < b && (word_is(c, j, "then") || word_is(c, j, "also") || word_is(c, j, "later")));
            while (v + 1 < b && c->tok->v[v + 1].start == c->tok->v[v].end + 1 &&
                   c->text[c->tok->v[v].end] == '-')
                v++; /* ("e-mailed") */
            int opened = !subject && i > a + 1 && ph_comma_after(c, i - 1) && !capitalized(c, i - 1) &&
                         v < b && ph_gap_clear(c, j - 1, j) && ph_gap_clear(c, v - 1, v) &&
                         (ph_past_tense(c, v) || ph_is_cue(c, v) || word_in(c, v, VERB_GROUP));
            /* (a verb after it, or an apposition: "Tory leader Michael Howard, asked about ...") */
            if (opened || (subject && i - a < 6 && j < b &&
                           (ph_comma_after(c, j - 1) || (ph_gap_clear(c, j - 1, j) && !capitalized(c, j))))) {
                kept = 1;
                keep = who;
            }
        }
        i = j - 1;
    }
    if (others && keep.end) ring_push(c, keep, 0, 0);
    c->last_person = kept && keep.end ? keep : c->last_person;
}

/* Whether a person's name stands alone between a comma (or the clause's
 * start a) and the comma before token cue ("..., Sen. Jack Reed
 * (D-R.I.), said"); *at is where it starts. */
static int alone_name(const ctx *c, size_t a, size_t cue, size_t *at)
{
    size_t p = cue - 1;
    while (p > a && cue - p < MAX_SOURCE_WORDS && ph_gap_clear(c, p - 1, p))
        p--;
    *at = p;
    return (p == a || !ph_gap_clear(c, p - 1, p)) && capitalized(c, p) && !word_in(c, p, NOT_NAMES) &&
           ph_name_like(c, p, cue) && ph_kind_of(c, p, cue) == KIND_PERSON;
}

/* "Jane Roe, an analyst at the Crisis Institute, said", "Suu Kyi, 70,
 * said", "One of his advisers, Tad Devine, told": the name next to an
 * apposition that ends with a comma right before the cue at token cue.
 * [*sa, *sb) is the name; empty when the shape is not there. */
void ph_name_before_apposition(const ctx *c, size_t a, size_t cue, size_t *sa, size_t *sb)
{
    *sa = *sb = a;
    if (cue < a + 2 || !ph_comma_after(c, cue - 1)) return;
    size_t fa = a, fb = a; /* the nearest name, when no phrase opens its clause */
    size_t alone;
    /* "Gov. Ines Varga (D-Calder), said": a name and its party in brackets,
     * standing alone before the comma, is the speaker. */
    if (c->tok->v[cue - 1].end < c->len && c->text[c->tok->v[cue - 1].end] == ')') {
        size_t e = cue - 1;
        while (e > a && cue - e < 4 &&
               !memchr(c->text + c->tok->v[e - 1].end, '(', c->tok->v[e].start - c->tok->v[e - 1].end))
            e--;
        if (e > a + 1 &&
            memchr(c->text + c->tok->v[e - 1].end, '(', c->tok->v[e].start - c->tok->v[e - 1].end) &&
            alone_name(c, a, e, &alone)) {
            *sa = alone;
            *sb = cue;
            return;
        }
    }
    for (size_t j = cue - 1; j > a && j + MAX_APPOSITION > cue; j--) {
        if (!ph_comma_after(c, j - 1)) continue; /* the apposition opens at token j */
        /* The phrase before it, back to its clause's start. */
        size_t p = j - 1;
        while (p > a && j - p < MAX_SOURCE_WORDS && ph_gap_clear(c, p - 1, p))
            p--;
        int in_relative = ph_relative(c, p); /* ", who have indicted 19 people," is no subject */
        while (p + 1 < j && word_in(c, p, CLAUSE_OPENERS))
            p++;
        int opens =
            !in_relative && (p == a || !ph_gap_clear(c, p - 1, p) || word_in(c, p - 1, CLAUSE_OPENERS));
        /* "of Flint, Mich.": a place in an apposition, no phrase of its own. */
        int place = word_in(c, p, NAME_BREAKERS) || isdigit((unsigned char)c->text[c->tok->v[p].start]) ||
                    word_is(c, p, "like") || word_is(c, p, "unlike") || word_is(c, p, "including") ||
                    word_is(c, p, "as") ||
                    /* (or what one does: "Trump, speaking at a rally in
                     * Wilmington, N.C., warned") */
                    (word_in(c, p, GERUNDS) ||
                     (c->tok->v[p].end - c->tok->v[p].start > 4 &&
                      !memcmp(c->text + c->tok->v[p].end - 3, "ing", 3) && !capitalized(c, p)));
        /* The apposition itself a name after a description: "One of his
         * advisers, Tad Devine, told". */
        size_t k = j + 1;
        while (k < cue && ph_gap_clear(c, k - 1, k) && (capitalized(c, k) || word_in(c, k, PARTICLES)))
            k++;
        if (k == cue && capitalized(c, j) && cue - j <= 6 && !place && !capitalized(c, j - 1) &&
            ph_kind_of(c, j, cue) == KIND_PERSON) {
            *sa = j;
            *sb = cue;
            return;
        }
        /* The phrase opens its clause: "A White House official, who ...,
         * said", "Westmacott, who ... in Iran, Turkey and France, praised". */
        /* (not over a clause a subordinator opens when a name stands
         * alone before the cue: "In Berea, Ohio, after winning the
         * primary, Gov. John Kasich, said") */
        if (opens && !place && j - p < MAX_SOURCE_WORDS && !ph_relative(c, p) &&
            !(word_in(c, j, SUBORDINATORS) && alone_name(c, a, cue, &alone)) &&
            (ph_kind_of(c, p, j) != KIND_UNKNOWN || word_in(c, j - 1, DOCUMENTS) ||
             word_in(c, j - 1, EVIDENCE))) {
            *sa = p;
            *sb = j;
            return;
        }
        /* Else a name right before it. */
        size_t i = j - 1;
        if (fb > fa || !capitalized(c, i)) continue;
        while (i > a && j - i < 6 && ph_gap_clear(c, i - 1, i) &&
               (capitalized(c, i - 1) || word_in(c, i - 1, PARTICLES)))
            i--;
        int kind = ph_kind_of(c, i, j);
        if (kind == KIND_PERSON || kind == KIND_OUTLET || kind == KIND_ORGANIZATION) fa = i, fb = j;
    }
    /* "Sen. Jack Reed (D-R.I.), said": a name, a comma and nothing between
     * (after the appositions: "Cory James, 22, of Flint, Mich., said" is
     * not said by Mich.). */
    if (alone_name(c, a, cue, &alone)) fa = alone, fb = cue;
    *sa = fa;
    *sb = fb;
}

/* The subject of the clause a participle or an elided "and added"
 * hangs on, in tokens [a, end): the last name (a capitalised run) or
 * pronoun followed by a lower-case word that is not a preposition, as in
 * "Hours after the debate, Trump went after Bush, calling him ...".
 * [*sa, *sb) is empty when there is none. */
/* Whether tokens a to b (both in) run on with no comma or other clause
 * mark between them. */
static int ph_runs_on(const ctx *c, size_t a, size_t b)
{
    if (b >= c->tok->n) b = c->tok->n - 1;
    for (size_t k = a + 1; k <= b; k++)
        if (!ph_gap_clear(c, k - 1, k)) return 0;
    return 1;
}

void ph_subject_before(const ctx *c, size_t a, size_t end, size_t *sa, size_t *sb)
{
    *sa = *sb = a;
    for (size_t i = a; i < end; i++) {
        /* (people named by what they are count as one: "candidates were
         * able to ... by saying") */
        int pronoun = word_in(c, i, PRONOUNS_PERSON) || word_is(c, i, "they") ||
                      (word_in(c, i, HUMANS) && !capitalized(c, i) && c->text[c->tok->v[i].end - 1] == 's');
        /* "The spokesman", "the campaign": "the", then who it is. */
        int the = word_is(c, i, "the");
        if (!pronoun && !the && (!capitalized(c, i) || word_in(c, i, NOT_NAMES) || word_in(c, i, TIME_WORDS)))
            continue;
        size_t j = i + 1;
        while (!pronoun && j < end && j - i < 6 && ph_gap_clear(c, j - 1, j) &&
               (capitalized(c, j) || word_in(c, j, PARTICLES)))
            j++;
        int after_breaker = i > a && word_in(c, i - 1, NAME_BREAKERS);
        /* At a clause's start, or after when: "On Thursday evening Clinton ..." */
        int clause_start = i == a || !ph_gap_clear(c, i - 1, i) || word_in(c, i - 1, CLAUSE_OPENERS) ||
                           word_in(c, i - 1, TIME_WORDS) ||
                           isdigit((unsigned char)c->text[c->tok->v[i - 1].start]);
        if (the) {
            /* "The Arizona Republican", "the campaign", "The Sanders campaign" */
            size_t j0 = j; /* (two of them: "the billionaire businessman") */
            while (j < end && j < j0 + 2 && ph_gap_clear(c, j - 1, j) &&
                   (word_in(c, j, ORG_WORDS) || word_in(c, j, ROLES) || word_in(c, j, GENERIC_OUTLETS) ||
                    word_in(c, j, HUMANS)))
                j++;
            if (j == j0 && j == i + 1) the = -1; /* "The" alone opens no subject here */
            /* "the families of the company's founders had mobilized": the
             * phrase after "of" belongs to the subject, up to its verb */
            if (the > 0 && j + 1 < end && word_is(c, j, "of")) {
                size_t k = j + 1;
                while (k < end && k - i < 8 && ph_gap_clear(c, k - 1, k) && !ph_in_verb_group(c, k) &&
                       !ph_past_tense(c, k) && !word_in(c, k, PASSIVE))
                    k++;
                if (k < end && k - i < 8 && ph_gap_clear(c, k - 1, k) &&
                    (ph_in_verb_group(c, k) || ph_past_tense(c, k) || word_in(c, k, PASSIVE)))
                    j = k;
            }
        }
        /* "Weber, who advises Kasich, is no fan of Trump but lauded ..." */
        /* "Clinton's campaign said", not "denounced Trump's rhetoric and said":
         * an owner is a subject with what it owns. */
        if (!pronoun && ph_possessive(c, j - 1)) {
            if (j < end && ph_gap_clear(c, j - 1, j) && !capitalized(c, j) && !word_in(c, j, NAME_BREAKERS))
                j++;
            else
                continue;
        }
        int relative_next = j < end && c->text[c->tok->v[j - 1].end] == ',' && ph_relative(c, j);
        /* "Gary Emineth, a former state party chairman, became ...": a name
         * opening the sentence, then its apposition. */
        /* (or after an opening phrase: "At the rally, Suu Kyi, 70, said") */
        int apposition_next = (i == a || (i > a && !ph_gap_clear(c, i - 1, i) && ph_comma_after(c, i - 1) &&
                                          capitalized(c, i))) &&
                              j < end && ph_comma_after(c, j - 1) && !pronoun;
        if (j < end && clause_start && the >= 0 &&
            (ph_gap_clear(c, j - 1, j) || relative_next || apposition_next) &&
            (!capitalized(c, j) || apposition_next) && !after_breaker && !word_in(c, j, NAME_BREAKERS) &&
            !word_is(c, j, "and") && !word_is(c, j, "or") && !word_is(c, j, "but") &&
            !word_is(c, j, "after") && !word_is(c, j, "before") && !word_in(c, i, CLAUSE_OPENERS) &&
            /* (not one inside a clause a subordinator or a relative opens
             * after the subject: "Bradley apologized after they came out,
             * saying") */
            !(*sb > *sa && i > a && word_in(c, i - 1, CLAUSE_OPENERS) && !word_is(c, i - 1, "and") &&
              !word_is(c, i - 1, "but") && !word_is(c, i - 1, "then") && !word_is(c, i - 1, "so") &&
              !ph_runs_on(c, j, end) && !(word_in(c, i, PRONOUNS_PERSON) && !word_is(c, i, "they")))) {
            *sa = i;
            *sb = j;
        }
        i = j - 1;
    }
    if (*sb > *sa) return;
    /* "Hundreds of demonstrators marched ..., chanting": the words opening
     * the sentence up to a verb in -ed, when they name people. */
    size_t j = a;
    while (j + 1 < end && j - a < MAX_SOURCE_WORDS && ph_gap_clear(c, j, j + 1) && !ph_past_tense(c, j + 1))
        j++;
    if (j + 1 < end && ph_past_tense(c, j + 1) && ph_kind_of(c, a, j + 1) != KIND_UNKNOWN) {
        *sa = a;
        *sb = j + 1;
    }
}

/* Whether tokens [a, b) read as who someone is, after an inverted cue
 * ("said Mindy Romero", "said the mayor", "said one of those advisers"),
 * not as what was said ("said the problem was not requiring an ID"). */
int ph_name_like(const ctx *c, size_t a, size_t b)
{
    /* ("political scientist Dossym Satpayev": a title in lower case before
     * a full name) */
    size_t n = b;
    while (n > a && capitalized(c, n - 1) && (n == b || ph_gap_clear(c, n - 1, n)))
        n--;
    if (b - n >= 2 && n > a && n - a <= 3) {
        int plain = 1;
        for (size_t k = a; k < n && plain; k++)
            plain = !word_in(c, k, VERB_GROUP) && !word_in(c, k, PASSIVE) && !ph_past_tense(c, k) &&
                    !ph_is_cue(c, k) && !word_in(c, k, NAME_BREAKERS) && !word_in(c, k, CLAUSE_OPENERS);
        if (plain) return 1;
    }
    for (size_t k = a; k < b; k++)
        if (!capitalized(c, k) && !word_in(c, k, DETERMINERS) && !word_in(c, k, PARTICLES) &&
            !word_is(c, k, "of") && !word_is(c, k, "and") && !word_in(c, k, ROLES) &&
            !word_in(c, k, HUMANS) && !word_in(c, k, ANONYMOUS) && !word_in(c, k, ANONYMOUS_PEOPLE) &&
            !word_in(c, k, GENERIC_OUTLETS) && !word_in(c, k, ORG_WORDS) &&
            !isdigit((unsigned char)c->text[c->tok->v[k].start]) && !word_is(c, k, "one") &&
            !word_is(c, k, "those") && !word_is(c, k, "former") && !word_is(c, k, "senior") &&
            /* ("the company's chief executive") */
            !(ph_possessive(c, k) && k + 1 < b) && !word_is(c, k, "chief") && !word_is(c, k, "deputy") &&
            !word_is(c, k, "longtime") && !word_is(c, k, "veteran") && !word_is(c, k, "top") &&
            !word_is(c, k, "several") && !word_is(c, k, "many") && !word_is(c, k, "some") &&
            !word_is(c, k, "other") && !word_is(c, k, "two") && !word_is(c, k, "three") &&
            /* ("a handful of Democrats", "a group of economists") */
            !(k + 1 < b && word_is(c, k + 1, "of") && word_in(c, k, QUANTITIES)))
            return 0;
    return 1;
}

/* Whether the word at token i stands elsewhere in the text in capitals
 * inside a sentence, as names do ("... night, Trump responded"), and
 * labels ("Update", "Watch") do not. */
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int ph_named_elsewhere(ctx *c, size_t i)
{
    if (c->mid_caps_n == SIZE_MAX) { /* once per document: headlines may be many */
        c->mid_caps_n = 0;
        c->mid_caps = malloc((c->tok->n ? c->tok->n : 1) * sizeof *c->mid_caps);
        if (!c->mid_caps) return 0;
        for (size_t k = 1; k < c->tok->n; k++) {
            const text_token *u = &c->tok->v[k];
            if (!capitalized(c, k)) continue;
            int mid = 1; /* no sentence ends between it and the word before */
            for (uint32_t p = c->tok->v[k - 1].end; p < u->start && mid; p++)
                mid = !strchr(".!?:\n\"", c->text[p]) && (unsigned char)c->text[p] != 0xE2;
            if (mid) c->mid_caps[c->mid_caps_n++] = u->hash;
        }
        qsort(c->mid_caps, c->mid_caps_n, sizeof *c->mid_caps, cmp_u64);
    }
    uint64_t h = c->tok->v[i].hash;
    return c->mid_caps && bsearch(&h, c->mid_caps, c->mid_caps_n, sizeof h, cmp_u64) != NULL;
}

/* Whether token k reads as a verb in the present with a singular subject:
 * lower case, in -s, not in -ss, -us or -'s ("makes", "lobbies"; not
 * "class", "campus", "Obama's"). */
static int present_s(const ctx *c, size_t k)
{
    const text_token *t = &c->tok->v[k];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    return n > 3 && w[0] >= 'a' && w[0] <= 'z' && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
           !ph_possessive(c, k);
}

int ph_colon_clause(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb)
{
    size_t from = ph_last_clause(c, a, b);
    while (from + 2 < b && (word_in(c, from, CLAUSE_OPENERS) || word_is(c, from, "to")) &&
           !ph_relative(c, from))
        from++; /* "But", "as the heckler yelled:", "to which O'Malley interjected:" */
    if (from + 1 < b && word_is(c, from, "which")) from++;
    /* The verb: the first in -ed or of a verb group, else the first in -s
     * ("Obama's first five questioners ranged", "Hoff's letter makes"). */
    size_t v = 0;
    /* (after a pronoun, the next word: "he gave the skipper a compliment:") */
    int pronoun = word_in(c, from, PRONOUNS_PERSON) || word_is(c, from, "they");
    if (pronoun && from + 1 < b && ph_gap_clear(c, from, from + 1) &&
        islower((unsigned char)c->text[c->tok->v[from + 1].start]))
        v = from + 1;
    for (int pass = 0; pass < 2 && !v; pass++)
        for (size_t k = from + 1; k < b && k <= from + MAX_SOURCE_WORDS && !v; k++) {
            if (!ph_gap_clear(c, k - 1, k)) break;
            if (pass == 0 ? ph_past_tense(c, k) || ph_in_verb_group(c, k) || ph_is_cue(c, k)
                          : present_s(c, k))
                v = k;
        }
    if (!v) return 0;
    v = ph_verb_group_start(c, from, v);
    if (v <= from || !ph_plausible_source(c, from, v)) return 0;
    /* (or an owner's words: "Clinton's response was:") */
    int named = ph_kind_of(c, from, v) != KIND_UNKNOWN || (v == from + 1 && pronoun) ||
                (v > from + 1 && ph_possessive(c, from) && capitalized(c, from));
    for (size_t k = from; k < v && !named; k++)
        named = word_in(c, k, DOCUMENTS) || word_in(c, k, EVIDENCE);
    if (!named) return 0;
    *sa = from;
    *sb = v;
    return 1;
}

int ph_label_before_colon(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb)
{
    if (b < a + 1) return 0;
    size_t k = b - 1, i = k;
    while (i > a && ph_gap_clear(c, i - 1, i) && k - i + 1 < MAX_SOURCE_WORDS)
        i--;
    int dash = 0;
    for (uint32_t p = i > a ? c->tok->v[i - 1].end : c->tok->v[i].start; p < c->tok->v[i].start; p++)
        dash |= c->text[p] == '-' || ph_long_dash(c->text, p, c->len);
    size_t na = i; /* (after "From" or "More from" opening it) */
    if (word_is(c, i, "from") && i < k)
        na = i + 1;
    else if (word_is(c, i, "more") && i + 1 < k && word_is(c, i + 1, "from"))
        na = i + 2;
    if (!dash && na == i) return 0;
    int writing = word_is(c, na, "the") && (word_in(c, k, DOCUMENTS) || word_in(c, k, EVIDENCE));
    int name = !writing && k + 1 - na <= 6;
    for (size_t j = na; j <= k && name; j++)
        name = capitalized(c, j) || word_is(c, j, "and") || word_in(c, j, PARTICLES);
    /* (a name the rules know the kind of, or a short one in capitals: "Pew
     * Research") */
    if (!writing && !(name && (ph_kind_of(c, na, k + 1) != KIND_UNKNOWN || k + 1 - na <= 3))) return 0;
    *sa = na;
    *sb = k + 1;
    return 1;
}
