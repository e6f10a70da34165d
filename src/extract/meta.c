/* meta.c: what a page says about itself: title, byline, publication date,
 * site name and language, from meta tags (og:, twitter:, article:, name=),
 * JSON-LD (parsed by yajl's tree API), <html lang>, <time datetime> and
 * rel/itemprop author marks. The first source that says something wins, in
 * that order of trust. */
#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yajl/yajl_tree.h>

#define MAX_LD_BYTES (1 << 20) /* JSON-LD blocks larger than this are skipped */
#define MAX_BYLINE   100       /* bytes; a longer "author" block is a biography */

static void set_once(char **field, const char *value)
{
    if (*field || !value) return;
    while (isspace((unsigned char)*value))
        value++;
    size_t n = strlen(value);
    while (n && isspace((unsigned char)value[n - 1]))
        n--;
    if (n) *field = wt_strndup(value, n);
}

/* The text of an element's text children (scripts hold one text node). */
static const char *only_text(const GumboNode *n)
{
    const GumboVector *kids = &n->v.element.children;
    for (unsigned i = 0; i < kids->length; i++) {
        const GumboNode *c = kids->data[i];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) return c->v.text.text;
    }
    return NULL;
}

static const char *ld_string(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    yajl_val v = yajl_tree_get(obj, path, yajl_t_string);
    return v ? YAJL_GET_STRING(v) : NULL;
}

/* A name from a JSON-LD person or organisation: a string, an object with
 * "name", or an array of those (the first). */
static const char *ld_name(yajl_val v)
{
    if (!v) return NULL;
    if (YAJL_IS_STRING(v)) return YAJL_GET_STRING(v);
    if (YAJL_IS_ARRAY(v) && YAJL_GET_ARRAY(v)->len) return ld_name(YAJL_GET_ARRAY(v)->values[0]);
    if (YAJL_IS_OBJECT(v)) return ld_string(v, "name");
    return NULL;
}

static int ld_is_article(yajl_val obj)
{
    const char *path[] = {"@type", NULL};
    yajl_val t = yajl_tree_get(obj, path, yajl_t_any);
    if (t && YAJL_IS_ARRAY(t) && YAJL_GET_ARRAY(t)->len) t = YAJL_GET_ARRAY(t)->values[0];
    const char *s = t && YAJL_IS_STRING(t) ? YAJL_GET_STRING(t) : NULL;
    return s && (strstr(s, "Article") || !strcmp(s, "BlogPosting") || !strcmp(s, "WebPage") ||
                 !strcmp(s, "Report") || !strcmp(s, "LiveBlogPosting"));
}

/* Fills r from the first article object in a JSON-LD value. */
static int read_ld(yajl_val v, extract_result *r, int depth)
{
    if (!v || depth > 4) return 0;
    if (YAJL_IS_ARRAY(v)) {
        for (size_t i = 0; i < YAJL_GET_ARRAY(v)->len; i++)
            if (read_ld(YAJL_GET_ARRAY(v)->values[i], r, depth + 1)) return 1;
        return 0;
    }
    if (!YAJL_IS_OBJECT(v)) return 0;
    const char *graph[] = {"@graph", NULL};
    if (read_ld(yajl_tree_get(v, graph, yajl_t_array), r, depth + 1)) return 1;
    if (!ld_is_article(v)) return 0;
    const char *author[] = {"author", NULL}, *publisher[] = {"publisher", NULL};
    set_once(&r->title, ld_string(v, "headline"));
    set_once(&r->date, ld_string(v, "datePublished"));
    set_once(&r->byline, ld_name(yajl_tree_get(v, author, yajl_t_any)));
    set_once(&r->outlet, ld_name(yajl_tree_get(v, publisher, yajl_t_any)));
    return 1;
}

static void json_ld(const char *text, extract_result *r)
{
    if (!text || strlen(text) > MAX_LD_BYTES) return;
    char err[128];
    yajl_val v = yajl_tree_parse(text, err, sizeof err);
    if (!v) return; /* broken JSON-LD is common; the other sources remain */
    read_ld(v, r, 0);
    yajl_tree_free(v);
}

static void meta_tag(const GumboElement *el, extract_result *r)
{
    const GumboAttribute *k = gumbo_get_attribute(&el->attributes, "property");
    if (!k) k = gumbo_get_attribute(&el->attributes, "name");
    if (!k) k = gumbo_get_attribute(&el->attributes, "itemprop");
    const GumboAttribute *v = gumbo_get_attribute(&el->attributes, "content");
    if (!k || !v) return;
    const char *key = k->value;
    if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title") || !strcasecmp(key, "dc.title"))
        set_once(&r->title, v->value);
    else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
             !strcasecmp(key, "date") || !strcasecmp(key, "pubdate") || !strcasecmp(key, "dc.date") ||
             !strcasecmp(key, "parsely-pub-date") || !strcasecmp(key, "sailthru.date"))
        set_once(&r->date, v->value);
    else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name"))
        set_once(&r->outlet, v->value);
    else if (!strcasecmp(key, "author") || !strcasecmp(key, "dc.creator") ||
             !strcasecmp(key, "parsely-author") ||
             (!strcasecmp(key, "article:author") && strncmp(v->value, "http", 4) != 0))
        set_once(&r->byline, v->value);
    else if (!strcasecmp(key, "og:locale") || !strcasecmp(key, "dc.language") || !strcasecmp(key, "language"))
        set_once(&r->lang, v->value);
}

/* 1 for an element marked as the author's name: rel or itemprop
 * "author", or a class or id with "byline" or "author" in it. */
static int author_mark(const GumboElement *el)
{
    const GumboAttribute *a = gumbo_get_attribute(&el->attributes, "rel");
    if (a && !strcasecmp(a->value, "author")) return 1;
    a = gumbo_get_attribute(&el->attributes, "itemprop");
    if (a && !strcasecmp(a->value, "author")) return 1;
    for (int k = 0; k < 2; k++) {
        a = gumbo_get_attribute(&el->attributes, k ? "id" : "class");
        if (a && (strcasestr(a->value, "byline") || strcasestr(a->value, "author")) &&
            !strcasestr(a->value, "bio"))
            return 1;
    }
    return 0;
}

wt_status extract_meta(const GumboNode *root, extract_result *r, char *(*text_of)(const GumboNode *))
{
    const GumboAttribute *lang = gumbo_get_attribute(&root->v.element.attributes, "lang");
    /* Meta tags and JSON-LD first, wherever they are; then the marks in
     * the visible page. An explicit stack keeps deep pages off the C stack. */
    size_t cap = 256, depth = 0;
    const GumboNode **stack = malloc(cap * sizeof *stack);
    if (!stack) return WT_ERR_NOMEM;
    char *title_tag = NULL, *time_tag = NULL, *author_text = NULL;
    stack[depth++] = root;
    while (depth) {
        const GumboNode *n = stack[--depth];
        const GumboElement *el = &n->v.element;
        if (el->tag == GUMBO_TAG_META)
            meta_tag(el, r);
        else if (el->tag == GUMBO_TAG_TITLE && !title_tag)
            title_tag = text_of(n);
        else if (el->tag == GUMBO_TAG_SCRIPT) {
            const GumboAttribute *t = gumbo_get_attribute(&el->attributes, "type");
            if (t && !strcasecmp(t->value, "application/ld+json")) json_ld(only_text(n), r);
            continue;
        } else if (el->tag == GUMBO_TAG_TIME && !time_tag) {
            const GumboAttribute *dt = gumbo_get_attribute(&el->attributes, "datetime");
            if (dt && *dt->value) time_tag = strdup(dt->value);
        } else if (!author_text && author_mark(el)) {
            /* A name, not a biography box. */
            author_text = text_of(n);
            if (author_text && strlen(author_text) > MAX_BYLINE) {
                free(author_text);
                author_text = NULL;
            }
        }
        /* Children pushed last-first, so they are visited in order. */
        for (unsigned i = el->children.length; i-- > 0;) {
            const GumboNode *c = el->children.data[i];
            if (c->type != GUMBO_NODE_ELEMENT) continue;
            if (depth == cap) {
                const GumboNode **ns = realloc(stack, 2 * cap * sizeof *stack);
                if (!ns) {
                    free(stack);
                    free(title_tag);
                    free(time_tag);
                    free(author_text);
                    return WT_ERR_NOMEM;
                }
                stack = ns;
                cap *= 2;
            }
            stack[depth++] = c;
        }
    }
    free(stack);
    set_once(&r->title, title_tag);
    set_once(&r->date, time_tag);
    set_once(&r->byline, author_text);
    if (lang) set_once(&r->lang, lang->value);
    free(title_tag);
    free(time_tag);
    free(author_text);
    return WT_OK;
}
