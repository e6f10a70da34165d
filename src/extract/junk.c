/* junk.c: page junk inside article text, found line by line and marked as
 * boilerplate spans with a reason; the text itself is never changed.
 *
 * Each rule looks at one line (a paragraph or a line of it) standing alone:
 * copyright and rights lines, comment and share widgets, newsletter
 * prompts, section labels in capitals at the top, bylines and "Published"
 * lines, lone widget words, a caption printed again with an agency credit
 * glued on, a
 * headline repeated, and text a writing assistant left behind ("Here is a
 * polished version of your article:"). A copyright line also names the
 * publisher, and a dateline the date, for documents that lack them. */
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SHORT_LINE  80  /* bytes: widget words, labels, bylines are short */
#define RIGHTS_LINE 300 /* a rights line is at most this long */
#define MIN_CAPTION 20  /* bytes a line needs before its repeat counts */
#define LABEL_LINES 4   /* section labels stand among the first lines */

const char *const JUNK_REASONS[JUNK_REASON_COUNT] = {
    "copyright",         "comments",       "share",    "newsletter",
    "section-label",     "byline",         "widget",   "repeated-caption",
    "repeated-headline", "assistant-text", "template",
};

typedef struct line {
    const char *s; /* trimmed */
    size_t n;
    uint32_t start, end; /* trimmed span in the text */
} line;

/* Word lists are lower case; a first-letter test spares most compares. */
static int ieq(const char *s, size_t n, const char *lit)
{
    return n && ((unsigned char)s[0] | 0x20) == (unsigned char)lit[0] && strlen(lit) == n &&
           strncasecmp(s, lit, n) == 0;
}

static int istarts(const char *s, size_t n, const char *lit)
{
    if (!n || (((unsigned char)s[0] | 0x20) != (unsigned char)lit[0] && s[0] != lit[0])) return 0;
    size_t k = strlen(lit);
    return n >= k && strncasecmp(s, lit, k) == 0;
}

/* lit (lower case) within s, ignoring ASCII case. Lines tested this way
 * are short (RIGHTS_LINE at most): they are lowered once into a buffer and
 * searched with memmem. */
static int icontains(const char *s, size_t n, const char *lit)
{
    char low[RIGHTS_LINE];
    if (n > sizeof low) return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    return memmem(low, n, lit, strlen(lit)) != NULL;
}

static int any_eq(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (ieq(s, n, *list)) return 1;
    return 0;
}

static int any_start(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (istarts(s, n, *list)) return 1;
    return 0;
}

/* The line without a trailing count or punctuation: "Comments (12)" and
 * "Share:" read as "Comments" and "Share". */
static size_t core_length(const char *s, size_t n)
{
    while (n && (isdigit((unsigned char)s[n - 1]) || strchr(" ()[]:.|>»-", s[n - 1])))
        n--;
    return n;
}

static const char *const COMMENT_WORDS[] = {
    "comments",
    "comment",
    "post a comment",
    "leave a comment",
    "add a comment",
    "add comment",
    "show comments",
    "view comments",
    "load comments",
    "join the conversation",
    "join the discussion",
    "discuss",
    "reply",
    "comments are closed",
    NULL,
};
static const char *const SHARE_WORDS[] = {
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this page",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "email",
    "print",
    "copy link",
    "share via email",
    "facebook twitter email",
    "facebook twitter",
    NULL,
};
static const char *const WIDGET_WORDS[] = {
    "advertisement",
    "advertising",
    "sponsored",
    "read more",
    "related",
    "related stories",
    "related articles",
    "more on this story",
    "loading",
    "click here",
    "skip to content",
    "skip to main content",
    "follow us",
    "back to top",
    "top stories",
    "most read",
    "trending",
    "watch",
    "listen",
    "play video",
    "image",
    "photo",
    "see also",
    "you may also like",
    "recommended",
    "continue reading",
    NULL,
};
static const char *const NEWSLETTER_STARTS[] = {
    "sign up for",
    "sign up to",
    "subscribe to our",
    "subscribe for",
    "get our newsletter",
    "get the latest",
    "get the best of",
    "join our newsletter",
    "never miss a",
    "enter your email",
    NULL,
};
/* Writing-assistant leftovers: how such text opens and closes. */
static const char *const ASSISTANT_STARTS[] = {
    "here is a polished",
    "here's a polished",
    "here is a revised",
    "here's a revised",
    "here is the revised",
    "here is an improved",
    "here's an improved",
    "here is a rewritten",
    "here's a rewritten",
    "here is your article",
    "here's your article",
    "here is a draft",
    "here's a draft",
    "here is the article",
    "here's the article",
    "sure! here",
    "sure, here",
    "certainly! here",
    "certainly, here",
    "absolutely! here",
    "i hope this draft",
    "i hope this helps",
    "i hope this gives",
    "i hope this article",
    "i hope this version",
    "let me know if you",
    "feel free to",
    "as an ai",
    "would you like me to",
    "if you'd like, i can",
    "if you would like, i can",
    NULL,
};
static const char *const CREDITS[] = {
    "photo:",    "photograph:", "picture:", "image:",       "credit:", "source:",
    "afp",       "reuters",     "ap photo", "getty images", "epa",     "(afp)",
    "(reuters)", "(ap)",        "/afp",     "/reuters",     NULL,
};

static int is_rights_line(const char *s, size_t n)
{
    if (n > RIGHTS_LINE) return 0;
    if (istarts(s, n, "\xC2\xA9") || istarts(s, n, "(c)") || istarts(s, n, "copyright")) return 1;
    char low[RIGHTS_LINE];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    return memmem(low, n, "all rights reserved", 19) ||
           memmem(low, n, "may not be published, broadcast", 31) ||
           memmem(low, n, "may not be reproduced", 21);
}

/* Letters all capitals, one to four words, no sentence punctuation. */
static int is_label(const char *s, size_t n)
{
    if (n == 0 || n > 40) return 0;
    int letters = 0, words = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z') return 0;
        if (c == '.' || c == ',' || c == '?' || c == '!' || c == '"' || c == ':') return 0;
        if (c >= '0' && c <= '9') return 0; /* "2000 GMT" is a time, not a label */
        letters += c >= 'A' && c <= 'Z';
        words += c == ' ';
    }
    return letters >= 3 && words <= 4;
}

/* "By Ruth Calloway", "By Ruth Calloway, City Reporter", "Published by X". */
static int is_byline(const char *s, size_t n)
{
    if (n > SHORT_LINE) return 0;
    if (istarts(s, n, "published by ") || istarts(s, n, "written by ") || istarts(s, n, "reporting by ") ||
        istarts(s, n, "posted by ") || istarts(s, n, "story by "))
        return 1;
    if (!istarts(s, n, "by ") || n < 5 || !isupper((unsigned char)s[3])) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.' && i + 1 < n) return 0; /* a sentence, not a name ("By then, ... .") */
    return 1;
}

/* A line that gives a date and little else: "Published March 3, 2026 4:45
 * PM", "Port Lume Gazette | March 3, 2026", "Updated: 2026-03-03". *when
 * gets the date part, *who the part before a "|" when there is one. */
static int is_dateline(const char *s, size_t n, char *when, size_t wcap, char *who, size_t ocap)
{
    if (n > SHORT_LINE) return 0;
    who[0] = '\0';
    const char *p = s, *end = s + n;
    const char *bar = memchr(s, '|', n);
    if (bar) {
        size_t k = (size_t)(bar - s);
        while (k && s[k - 1] == ' ')
            k--;
        if (k && k < ocap) memcpy(who, s, k), who[k] = '\0';
        p = bar + 1;
    }
    static const char *const LEADS[] = {
        "published on ", "published: ", "published ", "updated on ",   "updated: ", "updated ",
        "posted on ",    "posted: ",    "posted ",    "last updated ", NULL};
    while (p < end && *p == ' ')
        p++;
    for (const char *const *l = LEADS; *l; l++)
        if (istarts(p, (size_t)(end - p), *l)) {
            p += strlen(*l);
            break;
        }
    size_t k = (size_t)(end - p);
    if (k == 0 || k >= wcap) return 0;
    memcpy(when, p, k);
    when[k] = '\0';
    int64_t t;
    if (wt_date_parse(when, k, &t)) return 1;
    who[0] = '\0';
    return 0;
}

/* The publisher in a rights line: "(c) 2026 The Harbor Ledger. All rights
 * reserved." gives "The Harbor Ledger". */
static void rights_holder(const char *s, size_t n, char *out, size_t cap)
{
    out[0] = '\0';
    size_t i = 0;
    if (istarts(s, n, "\xC2\xA9"))
        i = 2;
    else if (istarts(s, n, "(c)"))
        i = 3;
    else if (istarts(s, n, "copyright"))
        i = 9;
    else
        return;
    while (i < n && (s[i] == ' ' || s[i] == '\xC2' || s[i] == '\xA9' || isdigit((unsigned char)s[i]) ||
                     s[i] == '-' || s[i] == ',' || istarts(s + i, n - i, "(c)")))
        i += istarts(s + i, n - i, "(c)") ? 3 : 1;
    size_t j = i;
    while (j < n && s[j] != '.' && s[j] != ',' && s[j] != ';')
        j++;
    /* "Copyright 2026 Coastline Wire. All rights ..." stops at the stop. */
    while (j > i && s[j - 1] == ' ')
        j--;
    if (j - i >= 2 && j - i < cap && !istarts(s + i, j - i, "all rights")) {
        memcpy(out, s + i, j - i);
        out[j - i] = '\0';
    }
}

/* A photo or agency credit: "Photo: Coastline Wire", "(AFP)", "Reuters". */
static int credit_glued(const char *rest, size_t n)
{
    while (n && (*rest == ' ' || *rest == '.' || *rest == '-' || *rest == '|'))
        rest++, n--;
    return n > 0 && n <= 60 && any_start(rest, n, CREDITS);
}

static wt_status push(junk_spans *out, uint32_t start, uint32_t end, int reason)
{
    wt_status st = wt_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, (size_t)1 << 24);
    if (st) return st;
    out->v[out->n++] = (junk_span){start, end, (uint8_t)reason};
    return WT_OK;
}

void junk_spans_free(junk_spans *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

wt_status junk_find(const char *text, size_t len, const char *title, junk_spans *out, char *publisher,
                    size_t pub_cap, char *date, size_t date_cap, char *outlet, size_t outlet_cap)
{
    publisher[0] = date[0] = outlet[0] = '\0';
    out->n = 0;
    /* Lines, trimmed. */
    line *lines = NULL;
    size_t nl = 0, cap = 0;
    wt_status st = WT_OK;
    for (size_t i = 0; i < len && !st;) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        size_t a = i, b = e;
        while (a < b && isspace((unsigned char)text[a]))
            a++;
        while (b > a && isspace((unsigned char)text[b - 1]))
            b--;
        if (b > a && !(st = wt_grow((void **)&lines, &cap, nl + 1, sizeof *lines, (size_t)1 << 26)))
            lines[nl++] = (line){text + a, b - a, (uint32_t)a, (uint32_t)b};
        i = e + 1;
    }
    size_t title_n = title ? strlen(title) : 0;
    int title_seen = 0;
    for (size_t k = 0; k < nl && !st; k++) {
        const line *l = &lines[k];
        const char *s = l->s;
        size_t n = l->n, core = core_length(s, n);
        int reason = -1;
        char when[96], who[96];
        if (title_n && n == title_n && !memcmp(s, title, n)) {
            /* The headline once is part of the text; again, it is junk. */
            if (title_seen++) reason = JUNK_REPEATED_HEADLINE;
        } else if (is_rights_line(s, n)) {
            reason = JUNK_COPYRIGHT;
            if (!publisher[0]) rights_holder(s, n, publisher, pub_cap);
        } else if (n <= SHORT_LINE && any_eq(s, core, COMMENT_WORDS)) {
            reason = JUNK_COMMENTS;
        } else if (n <= SHORT_LINE && any_eq(s, core, SHARE_WORDS)) {
            reason = JUNK_SHARE;
        } else if (n <= 2 * SHORT_LINE && any_start(s, n, NEWSLETTER_STARTS) &&
                   (icontains(s, n, "newsletter") || icontains(s, n, "inbox"))) {
            reason = JUNK_NEWSLETTER;
        } else if ((k < 3 || k + 3 >= nl) && n <= 3 * SHORT_LINE && any_start(s, n, ASSISTANT_STARTS)) {
            reason = JUNK_ASSISTANT;
        } else if (is_byline(s, n)) {
            reason = JUNK_BYLINE;
        } else if (k < 6 && is_dateline(s, n, when, sizeof when, who, sizeof who)) {
            reason = JUNK_BYLINE;
            if (!date[0]) snprintf(date, date_cap, "%s", when);
            if (!outlet[0] && who[0]) snprintf(outlet, outlet_cap, "%s", who);
        } else if (k < LABEL_LINES && is_label(s, n) && k + 1 < nl) {
            reason = JUNK_SECTION_LABEL;
        } else if (n <= SHORT_LINE && any_eq(s, core, WIDGET_WORDS)) {
            reason = JUNK_WIDGET;
        } else if (n >= MIN_CAPTION) {
            /* A line printed before, maybe with a credit glued on: among
             * the last 200 lines (a caption repeats near its photo; a
             * document of many thousand lines stays linear). */
            for (size_t j = k > 200 ? k - 200 : 0; j < k; j++) {
                const line *p = &lines[j];
                if (p->n >= MIN_CAPTION && p->n <= n && !memcmp(p->s, s, p->n) &&
                    credit_glued(s + p->n, n - p->n)) {
                    reason = JUNK_REPEATED_CAPTION;
                    break;
                }
            }
        }
        if (reason >= 0) st = push(out, l->start, l->end, reason);
    }
    free(lines);
    return st;
}

uint32_t junk_lead_end(const char *text, size_t len, const junk_span *junk, size_t n)
{
    uint32_t at = 0;
    for (size_t j = 0;; j++) {
        while (at < len && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
            at++;
        if (j == n || junk[j].start > at) return at;
        if (junk[j].end > at) at = junk[j].end;
    }
}
