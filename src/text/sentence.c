/* sentence.c: sentence boundaries for news text.
 *
 * A boundary is looked for in the gap between two words. It needs terminal
 * punctuation (. ! ? …), optionally followed by closing quotes or brackets,
 * then white space, then a word that may begin a sentence (a capital, a
 * digit, or an opening quote). A blank line always ends a sentence, a single
 * line break ends one before a capital. A full stop after a title (Mr., Gen.)
 * or an initial never does; after other abbreviations (Jan., Inc., U.S.) it
 * does only when the next word is a common sentence opener. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct word {
    const char *s;
    size_t n;
} word;
#define W(lit)                                                                                               \
    {                                                                                                        \
        lit, sizeof lit - 1                                                                                  \
    }

/* Abbreviations that are followed by a name or number, never by a new
 * sentence. Compared case-sensitively against the word before the stop. */
static const word TITLES[] = {
    W("Mr"),   W("Mrs"),  W("Ms"),   W("Mx"),     W("Dr"),  W("Prof"), W("Gen"),  W("Lt"),
    W("Col"),  W("Sgt"),  W("Capt"), W("Cmdr"),   W("Adm"), W("Maj"),  W("Cpl"),  W("Pvt"),
    W("Sen"),  W("Rep"),  W("Gov"),  W("Pres"),   W("Rev"), W("Hon"),  W("Sr"),   W("Sra"),
    W("Srta"), W("St"),   W("Mt"),   W("Ft"),     W("No"),  W("Nos"),  W("Vol"),  W("Art"),
    W("Fig"),  W("vs"),   W("v"),    W("approx"), W("ca"),  W("cf"),   W("Supt"), W("Insp"),
    W("Det"),  W("Atty"), W("Amb"),  W("Msgr"),   W("Fr"),  {NULL, 0},
};

/* Abbreviations that may also end a sentence. */
static const word ABBREVS[] = {
    W("Jan"), W("Feb"), W("Mar"),  W("Apr"), W("Jun"),  W("Jul"),  W("Aug"), W("Sep"),  W("Sept"),
    W("Oct"), W("Nov"), W("Dec"),  W("Inc"), W("Corp"), W("Co"),   W("Ltd"), W("Bros"), W("Jr"),
    W("etc"), W("Ave"), W("Blvd"), W("Rd"),  W("Dept"), W("Univ"), W("est"), W("al"),   W("ie"),
    W("eg"),  W("Plc"), W("plc"),  W("LLC"), W("Cos"),  {NULL, 0},
};

/* Capitalised words that commonly open a sentence: after an abbreviation
 * that may end one, they tip the balance towards a boundary. */
static const word OPENERS[] = {
    W("The"),   W("A"),     W("An"),        W("He"),    W("She"),       W("It"),      W("They"), W("We"),
    W("I"),     W("You"),   W("But"),       W("And"),   W("In"),        W("On"),      W("At"),   W("This"),
    W("That"),  W("These"), W("Those"),     W("His"),   W("Her"),       W("Their"),   W("Its"),  W("Our"),
    W("There"), W("What"),  W("When"),      W("Where"), W("Why"),       W("How"),     W("Who"),  W("If"),
    W("As"),    W("After"), W("Before"),    W("While"), W("Meanwhile"), W("However"), W("Some"), W("Many"),
    W("Most"),  W("One"),   W("Officials"), W("So"),    W("Yet"),       W("Still"),   W("El"),   W("La"),
    W("Los"),   W("Las"),   W("Un"),        W("Una"),   {NULL, 0},
};

static int in_list(const word *list, const char *w, size_t n)
{
    for (; list->s; list++)
        if (list->n == n && memcmp(list->s, w, n) == 0) return 1;
    return 0;
}

/* The code point at s[i] and its length; 0 length at the end. */
static int32_t cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t k =
        i < len ? utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp) : 0;
    *n = k > 0 ? (size_t)k : (i < len ? 1 : 0);
    return cp;
}

static int is_closing(int32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
           c == 0x203A;
}

static int is_opening(int32_t c)
{
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0xAB ||
           c == 0x2039 || c == 0xBF || c == 0xA1; /* ¿ ¡ open Spanish sentences */
}

static int is_terminal(int32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static int starts_upper_or_digit(const char *s, size_t len, size_t i)
{
    size_t n;
    int32_t c = cp_at(s, len, i, &n);
    if (c < 0) return 0;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_ND;
}

/* A single capital letter, as in initials ("J. K. Rowling"). */
static int is_initial(const char *w, size_t n)
{
    size_t k;
    int32_t c = cp_at(w, n, 0, &k);
    return k == n && c >= 0 && utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

/* Where the gap [a, b) between two words splits, if it does: *end is where
 * the sentence ends, *next where the next begins. */
static int gap_splits(const char *s, size_t len, const text_token *prev, const text_token *next, size_t *end,
                      size_t *nstart)
{
    size_t a = prev->end, b = next->start, i = a, n;
    int32_t c;
    /* Most gaps are one space or one comma and a space: no boundary. */
    if (b - a == 1 && s[a] == ' ') return 0;
    if (b - a == 2 && s[a + 1] == ' ' && (s[a] == ',' || s[a] == ';')) return 0;
    /* A blank line ends a sentence whatever precedes it. */
    for (size_t k = a; k < b; k++) {
        if (s[k] != '\n') continue;
        size_t m = k + 1;
        while (m < b && (s[m] == ' ' || s[m] == '\t' || s[m] == '\r'))
            m++;
        if (m < b && s[m] == '\n') {
            size_t e = k;
            while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
                e--;
            while (m < b && (s[m] == ' ' || s[m] == '\t' || s[m] == '\r' || s[m] == '\n'))
                m++;
            *end = e;
            *nstart = m;
            return 1;
        }
    }
    /* Closing quotes and brackets may sit between the word and the stop,
     * a space before them too ("£1.25bn ). Fosters said"). */
    int terminal = 0, stop_only = 0;
    {
        size_t k = i;
        while (k < b && s[k] == ' ')
            k++;
        if (k > i && k < b && (c = cp_at(s, len, k, &n)) >= 0 && is_closing(c) && c != '\'' && c != '"')
            i = k;
    }
    while (i < b && (c = cp_at(s, len, i, &n)) >= 0 && (is_terminal(c) || is_closing(c))) {
        if (is_terminal(c)) {
            stop_only = !terminal && c == '.';
            terminal = 1;
        }
        i += n;
    }
    size_t ws = i;
    int newlines = 0;
    while (i < b && (c = cp_at(s, len, i, &n)) >= 0 &&
           (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x2028 || c == 0x2029)) {
        newlines += c == '\n' || c == 0x2028 || c == 0x2029;
        i += n;
    }
    if (i == ws) return 0; /* no white space right after the stop */
    size_t after_ws = i;
    int opening = 0;
    while (i < b && (c = cp_at(s, len, i, &n)) >= 0 && (is_opening(c) || c == '-' || c == 0x2014))
        opening |= is_opening(c), i += n;
    if (i != b) return 0; /* other punctuation in the gap (a dash, a colon) */

    *end = ws;
    *nstart = after_ws;
    int capital = starts_upper_or_digit(s, len, next->start) || opening;
    if (!terminal) return newlines > 0 && capital;
    if (!capital) return 0;
    if (stop_only && ws == a + 1) {
        /* A full stop right after the word: is the word an abbreviation? */
        const char *w = s + prev->start;
        size_t wn = prev->end - prev->start;
        if (in_list(TITLES, w, wn) || is_initial(w, wn)) return 0;
        if (in_list(ABBREVS, w, wn) || memchr(w, '.', wn)) {
            return opening || in_list(OPENERS, s + next->start, next->end - next->start);
        }
    }
    return 1;
}

void text_spans_free(text_spans *s)
{
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

static wt_status push_span(text_spans *out, size_t a, size_t b)
{
    wt_status st = wt_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, (size_t)1 << 31);
    if (st) return st;
    out->v[out->n++] = (text_span){(uint32_t)a, (uint32_t)b};
    return WT_OK;
}

/* Start of the sentence holding the word at w: opening quotes and brackets
 * right before it belong to the sentence. */
static size_t sentence_start(const char *s, size_t floor, size_t w)
{
    size_t i = w;
    while (i > floor) {
        size_t j = i - 1;
        while (j > floor && ((unsigned char)s[j] & 0xC0) == 0x80)
            j--;
        size_t n;
        int32_t c = cp_at(s, i, j, &n);
        if (!is_opening(c) && c != '-' && c != 0x2014) break;
        i = j;
    }
    return i;
}

/* End of a sentence whose last word ends at e: closing punctuation that
 * follows without white space belongs to it. */
static size_t sentence_end(const char *s, size_t len, size_t e, size_t ceil)
{
    size_t i = e, n;
    while (i < ceil) {
        int32_t c = cp_at(s, len, i, &n);
        if (c < 0 || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0) break;
        i += n;
    }
    return i;
}

wt_status text_sentences(const char *s, size_t len, const text_tokens *tok, text_spans *out)
{
    if (tok->n == 0) return WT_OK;
    size_t start = sentence_start(s, 0, tok->v[0].start);
    for (size_t k = 0; k + 1 < tok->n; k++) {
        size_t end, next, a = tok->v[k].end;
        /* Most gaps are one space: no boundary, and no call. */
        if (tok->v[k + 1].start == a + 1 && s[a] == ' ') continue;
        if (!gap_splits(s, len, &tok->v[k], &tok->v[k + 1], &end, &next)) continue;
        wt_status st = push_span(out, start, end);
        if (st) return st;
        start = next;
    }
    const text_token *last = &tok->v[tok->n - 1];
    return push_span(out, start, sentence_end(s, len, last->end, len));
}
