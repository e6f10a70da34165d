/* marks.c: quotations in single marks, as British papers and most
 * headlines print them ('Varga: ‘We will not sell the pier’'), rewritten
 * as double marks of the same byte length in a copy of the text, so the
 * rules read one kind of quotation. Apostrophes stay: "don’t", "the
 * workers’ union", "O'Brien", "rock 'n' roll" inside a word or a name. */
#include "rules.h"

#include <stdlib.h>

#define LSQUO "\xE2\x80\x98" /* ‘ */
#define RSQUO "\xE2\x80\x99" /* ’ */

/* Whether a quotation may open at byte i (after nothing, a space, a line,
 * a bracket or a long dash) with a word right after. */
static int opens_at(const char *s, size_t i, size_t w, size_t len)
{
    /* (a word: not a year, "in ‘08", "the '90s") */
    if (i + w >= len || s[i + w] == ' ' || s[i + w] == '\n' || isdigit((unsigned char)s[i + w])) return 0;
    if (i == 0) return 1;
    unsigned char b = (unsigned char)s[i - 1];
    return b == ' ' || b == '\n' || b == '(' || b == '[' || (i >= 3 && ph_long_dash(s, i - 3, len));
}

/* Whether the mark of w bytes at byte i closes a quotation: a word or a
 * stop before it, a word's end after it; not the plural owner's mark
 * before a lower-case word ("the workers’ union"). */
static int closes_at(const char *s, size_t i, size_t w, size_t len)
{
    if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n') return 0;
    size_t n = i + w;
    if (n < len && (isalnum((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80)) return 0; /* "don’t" */
    if (s[i - 1] == 's' && n + 1 < len && s[n] == ' ' && islower((unsigned char)s[n + 1])) return 0;
    return 1;
}

/* Whether bytes i.. are a single mark: 3 for ‘ or ’ (open says which), 1
 * for a straight one, else 0. */
static size_t single_mark(const char *s, size_t i, size_t len, int open)
{
    if (s[i] == '\'') return 1;
    if (i + 3 <= len && !memcmp(s + i, open ? LSQUO : RSQUO, 3)) return 3;
    return 0;
}

wt_status attrib_double_marks(const char *text, size_t len, char **out)
{
    *out = NULL;
    /* (nothing to do in most texts: no opening mark of either kind) */
    if (!memmem(text, len, LSQUO, 3) && !memmem(text, len, " '", 2) && !memmem(text, len, "\n'", 2) &&
        !(len && text[0] == '\''))
        return WT_OK;
    /* (terminated as the text is: the rules read the byte after a last word) */
    char *t = malloc(len + 1);
    if (!t) return WT_ERR_NOMEM;
    memcpy(t, text, len);
    t[len] = '\0';
    int changed = 0;
    int in_double = 0; /* inside a quotation in double marks: singles there are nested */
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '\n') in_double = 0; /* (an open quotation ends with its paragraph) */
        if (ph_is_open_quote(t, i, len) && !in_double) {
            in_double = 1;
            continue;
        }
        if (in_double && ph_is_close_quote(t, i, len)) {
            in_double = 0;
            continue;
        }
        size_t w = single_mark(t, i, len, 1);
        if (in_double || !w || !opens_at(t, i, w, len)) continue;
        /* The closing mark of the same kind in the paragraph. */
        size_t e = i + w;
        while (e < len && t[e] != '\n') {
            if (single_mark(t, e, len, 0) == w && closes_at(t, e, w, len)) break;
            e++;
        }
        if (e >= len || t[e] == '\n') continue;
        /* Speech, not a term in marks ("a Home Office 'certificate of
         * approval'"): a stop or a comma inside the closing mark, or a
         * colon or a paragraph's start before the opening one. */
        size_t b = i;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (!strchr(".,?!", t[e - 1]) && b > 0 && t[b - 1] != ':' && t[b - 1] != '\n') continue;
        if (w == 1) {
            t[i] = '"', t[e] = '"';
        } else {
            memcpy(t + i, "\xE2\x80\x9C", 3); /* “ */
            memcpy(t + e, "\xE2\x80\x9D", 3); /* ” */
        }
        changed = 1;
        i = e + w - 1;
    }
    if (changed)
        *out = t;
    else
        free(t);
    return WT_OK;
}
