/* article.c: which part of a page is the article, in the family of
 * Readability. Every element gets its visible text length, the share of it
 * inside links, and its commas. Paragraph-like blocks score by length and
 * commas, and pass the score up to their parent (whole) and grandparent
 * (half); the ancestor with the best score, discounted by its link density
 * and weighed by its tag and by class/id hints, is the article. Siblings that
 * score well or read like prose join it. Inside the article, navigation,
 * share bars, related links, comments, forms and link lists are left out. */
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MIN_PARAGRAPH 25    /* characters a block needs to score */
#define SIBLING_SHARE 0.2   /* of the top score, for a sibling to join */
#define LINK_LIST     0.5   /* link density above which a block is a link list */
#define TOP_N         5     /* candidates looked at for a common ancestor... */
#define ALT_SHARE     0.75f /* ...scoring at least this share of the top... */
#define ALT_MIN       3     /* ...of which this many under one ancestor promote it */

typedef struct stat {
    const GumboNode *node;
    uint32_t parent; /* index, or UINT32_MAX */
    uint32_t text;   /* visible characters, white space folded */
    uint32_t links;  /* of which inside <a> */
    uint32_t commas;
    float score;
    uint8_t candidate, excluded;
} stat;

struct article {
    stat *s;
    size_t n, cap;
    const GumboNode **keys; /* open addressing: node -> index + 1 in vals */
    uint32_t *vals;
    size_t kcap;
    uint32_t top;
    uint8_t *chosen; /* per stat: rendered as part of the article */
};

/* Class and id words that say "not the article" and "the article". */
static const char *const NEGATIVE[] = {
    "comment",   "disqus",   "footer",     "footnote", "sidebar",      "widget",         "related",
    "recommend", "promo",    "sponsor",    "advert",   "-ad-",         "ad-slot",        "adslot",
    "banner",    "share",    "social",     "sharing",  "newsletter",   "subscribe",      "signup",
    "cookie",    "consent",  "gdpr",       "popup",    "modal",        "breadcrumb",     "pagination",
    "pager",     "menu",     "navbar",     "nav-",     "masthead",     "outbrain",       "taboola",
    "tags",      "tagcloud", "toolbar",    "print",    "most-popular", "trending",       "more-stories",
    "skip",      "hidden",   "author-bio", "byline",   "dateline",     "caption-credit", "rss",
    "login",     "paywall",  "shoutbox",   NULL,
};
static const char *const POSITIVE[] = {
    "article", "content", "entry", "main", "post", "story", "body", "text", "blog", "prose", "column", NULL,
};

static int has_word(const char *hay, const char *const *words)
{
    for (; *words; words++)
        if (strstr(hay, *words)) return 1;
    return 0;
}

/* Lower-cased class and id of an element, joined; "" when neither. */
static void class_id(const GumboElement *el, char *out, size_t cap)
{
    out[0] = '\0';
    const GumboAttribute *a = gumbo_get_attribute(&el->attributes, "class");
    const GumboAttribute *b = gumbo_get_attribute(&el->attributes, "id");
    size_t n = 0;
    for (int k = 0; k < 2; k++) {
        const char *v = k ? (b ? b->value : NULL) : (a ? a->value : NULL);
        for (; v && *v && n + 2 < cap; v++)
            out[n++] = (char)tolower((unsigned char)*v);
        if (n + 1 < cap) out[n++] = ' ';
    }
    out[n] = '\0';
}

static int class_weight(const GumboElement *el)
{
    char ci[256];
    class_id(el, ci, sizeof ci);
    if (!ci[0] || !strcmp(ci, "  ")) return 0;
    int w = 0;
    if (has_word(ci, NEGATIVE)) w -= 25;
    if (has_word(ci, POSITIVE)) w += 25;
    return w;
}

/* Elements never part of an article's text. */
static int excluded_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MENU: return 1;
    default: return 0;
    }
}

static size_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0xed5ad4bbU;
    x ^= x >> 11;
    return (size_t)x;
}

static uint32_t index_of(const article *a, const GumboNode *n)
{
    size_t m = a->kcap - 1;
    for (size_t s = hash_ptr(n) & m;; s = (s + 1) & m) {
        if (!a->keys[s]) return UINT32_MAX;
        if (a->keys[s] == n) return a->vals[s];
    }
}

static wt_status add_node(article *a, const GumboNode *n, uint32_t parent)
{
    if (a->n == a->cap) {
        wt_status st = wt_grow((void **)&a->s, &a->cap, a->n + 1, sizeof *a->s, (size_t)1 << 28);
        if (st) return st;
    }
    a->s[a->n] = (stat){.node = n, .parent = parent};
    a->n++;
    return WT_OK;
}

/* Visible characters of a text node with runs of white space as one. */
static uint32_t folded_length(const char *t, uint32_t *commas)
{
    uint32_t n = 0;
    int space = 1;
    for (; *t; t++) {
        unsigned char c = (unsigned char)*t;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!space) n++;
            space = 1;
            continue;
        }
        space = 0;
        if ((c & 0xC0) != 0x80) n++; /* count characters, not bytes */
        *commas += c == ',';
    }
    return n;
}

/* Collects every element under root in document order (parents first),
 * then sums text, link text and commas bottom-up. */
static wt_status collect(article *a, const GumboNode *root)
{
    wt_status st = add_node(a, root, UINT32_MAX);
    for (size_t i = 0; i < a->n && !st; i++) {
        const GumboNode *n = a->s[i].node;
        const GumboVector *kids = &n->v.element.children;
        for (unsigned k = 0; k < kids->length && !st; k++) {
            const GumboNode *c = kids->data[k];
            if (c->type == GUMBO_NODE_ELEMENT) {
                if (extract_invisible(&c->v.element)) continue;
                st = add_node(a, c, (uint32_t)i);
            } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
                a->s[i].text += folded_length(c->v.text.text, &a->s[i].commas);
            }
        }
    }
    if (st) return st;
    /* Children come after their parents, so one backward sweep sums. */
    for (size_t i = a->n; i-- > 1;) {
        stat *s = &a->s[i], *p = &a->s[s->parent];
        if (s->node->v.element.tag == GUMBO_TAG_A) s->links = s->text;
        p->text += s->text;
        p->links += s->links;
        p->commas += s->commas;
    }
    size_t cap = 16;
    while (cap < a->n * 2)
        cap *= 2;
    a->keys = calloc(cap, sizeof *a->keys);
    a->vals = malloc(cap * sizeof *a->vals);
    if (!a->keys || !a->vals) return WT_ERR_NOMEM;
    a->kcap = cap;
    for (size_t i = 0; i < a->n; i++) {
        size_t s = hash_ptr(a->s[i].node) & (cap - 1);
        while (a->keys[s])
            s = (s + 1) & (cap - 1);
        a->keys[s] = a->s[i].node;
        a->vals[s] = (uint32_t)i;
    }
    return WT_OK;
}

static double link_density(const stat *s)
{
    return s->text ? (double)s->links / (double)s->text : 0.0;
}

/* A block that reads as a paragraph: <p>, <pre>, <td>, or a <div> or
 * <section> holding no other blocks. */
static int paragraph_like(const article *a, size_t i)
{
    GumboTag t = a->s[i].node->v.element.tag;
    if (t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE) return 1;
    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ARTICLE) return 0;
    const GumboVector *kids = &a->s[i].node->v.element.children;
    for (unsigned k = 0; k < kids->length; k++) {
        const GumboNode *c = kids->data[k];
        if (c->type != GUMBO_NODE_ELEMENT) continue;
        switch (c->v.element.tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_DL: return 0;
        default: break;
        }
    }
    return 1;
}

static float tag_weight(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

static void make_candidate(article *a, uint32_t i)
{
    stat *s = &a->s[i];
    if (s->candidate) return;
    s->candidate = 1;
    s->score = tag_weight(s->node->v.element.tag) + (float)class_weight(&s->node->v.element);
}

/* Marks elements that are page furniture by tag, and with by_class by
 * class/id too. */
static void exclude(article *a, int by_class)
{
    for (size_t i = 1; i < a->n; i++) {
        stat *s = &a->s[i];
        const GumboElement *el = &s->node->v.element;
        if (a->s[s->parent].excluded || excluded_tag(el->tag)) {
            s->excluded = 1;
            continue;
        }
        char ci[256];
        class_id(el, ci, sizeof ci);
        /* A negative hint rules a block out unless a positive one says it
         * is the article itself (class="article-body comments-closed"). */
        if (by_class && ci[0] && has_word(ci, NEGATIVE) && !has_word(ci, POSITIVE) &&
            el->tag != GUMBO_TAG_BODY)
            s->excluded = 1;
    }
}

static void score(article *a)
{
    for (size_t i = 1; i < a->n; i++) {
        stat *s = &a->s[i];
        if (s->excluded || !paragraph_like(a, i) || s->text < MIN_PARAGRAPH) continue;
        /* Prose scores; a block of links (a list of names, of stories) does not. */
        float points =
            (1.0f + (float)s->commas + (float)WT_MIN(s->text / 100, 3u)) * (float)(1.0 - link_density(s));
        uint32_t up = s->parent;
        for (int level = 0; level < 5 && up != UINT32_MAX; level++, up = a->s[up].parent) {
            make_candidate(a, up);
            a->s[up].score += points / (level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f);
        }
    }
    a->top = UINT32_MAX;
    float best = 0;
    for (size_t i = 0; i < a->n; i++) {
        stat *s = &a->s[i];
        if (!s->candidate || s->excluded) continue;
        s->score *= (float)(1.0 - link_density(s));
        if (s->score > best) best = s->score, a->top = (uint32_t)i;
    }
}

/* 1 when element i lies under element anc. */
static int under(const article *a, uint32_t i, uint32_t anc)
{
    for (; i != UINT32_MAX; i = a->s[i].parent)
        if (i == anc) return 1;
    return 0;
}

/* When several of the best candidates sit under one ancestor (an article
 * cut into sections), that ancestor is the article. */
static void promote(article *a)
{
    uint32_t best[TOP_N];
    size_t nb = 0;
    float floor = a->s[a->top].score * ALT_SHARE;
    for (size_t i = 0; i < a->n; i++) {
        const stat *s = &a->s[i];
        if (!s->candidate || s->excluded || i == a->top || s->score < floor) continue;
        if (nb < TOP_N) best[nb++] = (uint32_t)i;
    }
    if (nb < ALT_MIN) return;
    for (uint32_t anc = a->s[a->top].parent; anc != UINT32_MAX && anc != 0; anc = a->s[anc].parent) {
        size_t inside = 0;
        for (size_t k = 0; k < nb; k++)
            inside += under(a, best[k], anc);
        if (inside >= ALT_MIN) {
            a->top = anc;
            return;
        }
    }
}

/* Climbs from the top candidate: through parents that hold nothing else,
 * and to an ancestor that outscores it (the article around one strong
 * section), stopping where scores fall below a third of the top's. */
static void climb(article *a)
{
    for (;;) {
        uint32_t p = a->s[a->top].parent;
        if (p == UINT32_MAX || p == 0) break;
        const GumboVector *kids = &a->s[p].node->v.element.children;
        unsigned elements = 0;
        for (unsigned k = 0; k < kids->length; k++)
            elements += ((const GumboNode *)kids->data[k])->type == GUMBO_NODE_ELEMENT;
        if (elements != 1) break;
        a->top = p;
    }
    float last = a->s[a->top].score, threshold = last / 3.0f;
    for (uint32_t p = a->s[a->top].parent; p != UINT32_MAX && p != 0; p = a->s[p].parent) {
        const stat *s = &a->s[p];
        if (!s->candidate) continue;
        if (s->excluded || s->score < threshold) break;
        if (s->score > last) {
            a->top = p;
            break;
        }
        last = s->score;
    }
}

/* The top candidate and the siblings that belong with it. */
static void choose(article *a)
{
    promote(a);
    climb(a);
    a->chosen[a->top] = 1;
    uint32_t parent = a->s[a->top].parent;
    if (parent == UINT32_MAX) return;
    float threshold = WT_MAX(10.0f, a->s[a->top].score * (float)SIBLING_SHARE);
    for (size_t i = 0; i < a->n; i++) {
        stat *s = &a->s[i];
        if (s->parent != parent || i == a->top || s->excluded) continue;
        int join = s->candidate && s->score >= threshold;
        if (!join && s->node->v.element.tag == GUMBO_TAG_P) {
            double ld = link_density(s);
            join = (s->text >= 80 && ld < 0.25) || (s->text > 0 && s->text < 80 && ld == 0 && s->commas > 0);
        }
        if (join) a->chosen[i] = 1;
    }
}

wt_status article_find(const GumboNode *body, int strict, article **out)
{
    *out = NULL;
    article *a = calloc(1, sizeof *a);
    if (!a) return WT_ERR_NOMEM;
    wt_status st = collect(a, body);
    if (!st && !(a->chosen = calloc(a->n ? a->n : 1, 1))) st = WT_ERR_NOMEM;
    if (st) {
        article_free(a);
        return st;
    }
    exclude(a, strict);
    score(a);
    if (a->top != UINT32_MAX) choose(a);
    *out = a;
    return WT_OK;
}

void article_free(article *a)
{
    if (!a) return;
    free(a->s);
    free(a->keys);
    free(a->vals);
    free(a->chosen);
    free(a);
}

int article_found(const article *a)
{
    return a->top != UINT32_MAX;
}

int article_chosen(const article *a, const GumboNode *n)
{
    uint32_t i = index_of(a, n);
    return i != UINT32_MAX && a->chosen[i];
}

int article_keeps(const article *a, const GumboNode *n)
{
    uint32_t i = index_of(a, n);
    if (i == UINT32_MAX) return 1;
    const stat *s = &a->s[i];
    if (s->excluded && !a->chosen[i]) return 0;
    /* A block that is mostly links inside the article: a list of related
     * stories, a tag cloud. */
    GumboTag t = s->node->v.element.tag;
    if (t != GUMBO_TAG_A && t != GUMBO_TAG_P && !s->candidate && s->text > 0 && link_density(s) > LINK_LIST)
        return 0;
    return 1;
}
