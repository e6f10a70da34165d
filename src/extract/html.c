/* html.c: the visible text of an HTML page, by gumbo's HTML5 parser.
 * Scripts, styles, templates and hidden elements are dropped; block
 * elements become paragraphs. The walk is iterative, so depth costs no
 * stack. */
#include "extract.h"

#include <ctype.h>
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { BR_NONE, BR_SPACE, BR_LINE, BR_PARA };

#define MAX_NESTING 20000 /* elements deep; beyond, a page is refused */
#define MIN_ARTICLE 500   /* bytes of article text below which looser rules are tried */

typedef struct walker {
    wt_buf *out;
    int pending; /* the break owed before the next text */
    wt_status st;
} walker;

void extract_result_init(extract_result *r, size_t max_text)
{
    memset(r, 0, sizeof *r);
    wt_buf_init(&r->text, max_text);
}

void extract_result_free(extract_result *r)
{
    wt_buf_free(&r->text);
    free(r->title);
    free(r->date);
    free(r->outlet);
    free(r->byline);
    free(r->lang);
    memset(r, 0, sizeof *r);
}

static int skipped_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_DATALIST: return 1;
    default: return 0;
    }
}

static int block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY: return 1;
    default: return 0;
    }
}

/* Blocks that are lines of a larger block: list items, table rows. */
static int line_tag(GumboTag t)
{
    return t == GUMBO_TAG_LI || t == GUMBO_TAG_TR || t == GUMBO_TAG_DT || t == GUMBO_TAG_DD;
}

/* Compares ignoring ASCII case and white space: "Display: None" is
 * "display:none". */
static int style_hides(const char *style)
{
    char compact[256];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof compact; p++)
        if (!isspace((unsigned char)*p)) compact[n++] = (char)tolower((unsigned char)*p);
    compact[n] = '\0';
    return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
}

static int hidden(const GumboElement *el)
{
    if (gumbo_get_attribute(&el->attributes, "hidden")) return 1;
    const GumboAttribute *a = gumbo_get_attribute(&el->attributes, "aria-hidden");
    if (a && strcasecmp(a->value, "true") == 0) return 1;
    a = gumbo_get_attribute(&el->attributes, "style");
    return a && style_hides(a->value);
}

int extract_invisible(const GumboElement *el)
{
    return skipped_tag(el->tag) || hidden(el);
}

static void owe(walker *w, int brk)
{
    if (brk > w->pending) w->pending = brk;
}

static void emit(walker *w, const char *s, size_t n)
{
    if (w->st || n == 0) return;
    if (w->out->len > 0 && w->pending != BR_NONE) {
        static const char *const seps[] = {"", " ", "\n", "\n\n"};
        w->st = wt_buf_adds(w->out, seps[w->pending]);
    }
    w->pending = BR_NONE;
    if (!w->st) w->st = wt_buf_add(w->out, s, n);
}

/* Text with runs of HTML white space folded to one space. */
static void emit_text(walker *w, const char *s, int preformatted)
{
    if (preformatted) {
        emit(w, s, strlen(s));
        return;
    }
    const char *p = s;
    while (*p) {
        const char *q = p;
        while (*q && !(*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r' || *q == '\f'))
            q++;
        if (q > p) emit(w, p, (size_t)(q - p));
        if (!*q) break;
        while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r' || *q == '\f')
            q++;
        owe(w, BR_SPACE);
        p = q;
    }
}

static int is_heading(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2;
}

static char *inner_text(const GumboNode *n);

/* 1 when a heading's text is the page title, or the title starts with it
 * ("Headline | Site"). */
static int heading_is_title(const GumboNode *h, const char *title)
{
    char *t = inner_text(h);
    int same = 0;
    if (t) {
        size_t n = strlen(t);
        same = n >= 8 && strncmp(title, t, n) == 0;
        free(t);
    }
    return same;
}

/* One frame of the explicit walk stack. */
typedef struct frame {
    const GumboNode *node;
    unsigned int next; /* next child to visit */
    int pre;           /* inside <pre> */
    int inside;        /* inside the article (always, without one) */
} frame;

/* Renders the text under body; with an article, only the article's
 * elements, without the furniture inside it and without a heading that
 * repeats the title. */
static wt_status walk_body(const GumboNode *body, walker *w, const article *art, const char *title)
{
    size_t cap = 64, depth = 0;
    frame *stack = malloc(cap * sizeof *stack);
    if (!stack) return WT_ERR_NOMEM;
    stack[depth++] = (frame){body, 0, 0, art == NULL};
    owe(w, BR_NONE);
    while (depth > 0 && !w->st) {
        frame *f = &stack[depth - 1];
        const GumboNode *n = f->node;
        const GumboVector *kids = n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children : NULL;
        if (!kids || f->next >= kids->length) {
            if (n->type == GUMBO_NODE_ELEMENT && block_tag(n->v.element.tag))
                owe(w, line_tag(n->v.element.tag) ? BR_LINE : BR_PARA);
            depth--;
            continue;
        }
        const GumboNode *c = kids->data[f->next++];
        int pre = f->pre, inside = f->inside;
        switch (c->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            if (inside) emit_text(w, c->v.text.text, pre);
            break;
        case GUMBO_NODE_ELEMENT: {
            GumboTag t = c->v.element.tag;
            if (skipped_tag(t) || hidden(&c->v.element)) break;
            if (art) {
                if (!inside && article_chosen(art, c))
                    inside = 1;
                else if (inside && !article_keeps(art, c))
                    break;
                if (inside && title && is_heading(t) && heading_is_title(c, title)) break;
            }
            if (t == GUMBO_TAG_BR) {
                owe(w, BR_LINE);
                break;
            }
            if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) owe(w, BR_SPACE);
            if (block_tag(t)) owe(w, line_tag(t) ? BR_LINE : BR_PARA);
            if (depth == cap) {
                frame *ns = realloc(stack, 2 * cap * sizeof *stack);
                if (!ns) {
                    w->st = WT_ERR_NOMEM;
                    break;
                }
                stack = ns;
                cap *= 2;
            }
            stack[depth++] = (frame){c, 0, pre || t == GUMBO_TAG_PRE, inside};
            break;
        }
        default: break;
        }
    }
    free(stack);
    return w->st;
}

/* Concatenated text of an element, white space folded. */
static char *inner_text(const GumboNode *n)
{
    wt_buf b;
    wt_buf_init(&b, 64 * 1024);
    walker w = {&b, BR_NONE, WT_OK};
    if (walk_body(n, &w, NULL, NULL) || b.len == 0) {
        wt_buf_free(&b);
        return NULL;
    }
    return wt_buf_take(&b, NULL);
}

/* An upper estimate of how deep the page's elements nest, from its tags
 * alone (void elements and self-closed tags do not count; script and style
 * bodies are skipped). gumbo's tree builder slows down with the square of
 * the depth, so pathological pages are refused before parsing. */
static size_t nesting_estimate(const char *s, size_t n)
{
    static const char *const VOID[] = {"br",  "img",   "hr",    "input",  "meta",  "link", "area", "base",
                                       "col", "embed", "param", "source", "track", "wbr",  NULL};
    size_t depth = 0, deepest = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '<') continue;
        int closing = s[i + 1] == '/';
        size_t j = i + 1 + (size_t)closing, k = j;
        while (k < n && isalnum((unsigned char)s[k]))
            k++;
        if (k == j) continue;
        size_t name = k - j;
        const char *gt = memchr(s + k, '>', n - k);
        if (!gt) break;
        int self = gt > s + k && gt[-1] == '/';
        int is_void = 0;
        for (const char *const *v = VOID; *v && !is_void; v++)
            is_void = strlen(*v) == name && !strncasecmp(s + j, *v, name);
        if (!closing && (name == 6 || name == 5) &&
            (!strncasecmp(s + j, "script", 6) || !strncasecmp(s + j, "style", 5))) {
            const char *end = memmem(gt, n - (size_t)(gt - s), name == 6 ? "</script" : "</style", name + 2);
            if (!end) break;
            i = (size_t)(end - s);
            continue;
        }
        if (closing)
            depth -= depth > 0;
        else if (!is_void && !self && ++depth > deepest)
            deepest = depth;
        i = (size_t)(gt - s);
    }
    return deepest;
}

wt_status extract_html(const char *html, size_t len, extract_result *r)
{
    if (nesting_estimate(html, len) > MAX_NESTING) return WT_ERR_FORMAT;
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0; /* error records cost time and are not used */
    GumboOutput *out = gumbo_parse_with_options(&opt, html, len);
    if (!out) return WT_ERR_NOMEM;
    const GumboNode *root = out->root, *body = NULL;
    const GumboVector *kids = &root->v.element.children;
    for (unsigned i = 0; i < kids->length; i++) {
        const GumboNode *c = kids->data[i];
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY) body = c;
    }
    wt_status st = extract_meta(root, r, inner_text);
    /* The article by strict rules; if that yields too little, by tags and
     * scores alone (class names mislead: "no-sidebars" on a page's body);
     * if that fails too, the page's whole visible text. */
    for (int pass = 0; body && !st && pass < 3; pass++) {
        article *art = NULL;
        if (pass < 2) st = article_find(body, pass == 0, &art);
        if (!st && (pass == 2 || article_found(art))) {
            wt_buf_reset(&r->text);
            walker w = {&r->text, BR_NONE, WT_OK};
            st = walk_body(body, &w, art, r->title);
        }
        article_free(art);
        if (r->text.len >= MIN_ARTICLE) break;
    }
    gumbo_destroy_output(&opt, out);
    return st;
}
