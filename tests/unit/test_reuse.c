/* test_reuse.c: the reuse engine on planted reuse: verbatim and edited
 * copies, reordered and dropped sentences, two sources in one article,
 * chains of copies, a passage copied twice, outlet footers, direction.
 * Filler text comes from a seeded generator over invented words, so that
 * nothing but the planted passages is shared. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wiretrace.h"

typedef struct rng {
    uint64_t s;
} rng;

static uint32_t next(rng *r)
{
    r->s = r->s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(r->s >> 33);
}

/* A made-up word: syllables, so no two seeds share phrases by chance. */
static void word(rng *r, char *out)
{
    static const char *const syl[] = {"ka", "lo", "mer", "tin", "sa", "vel", "or",   "nu", "pri", "dax",
                                      "el", "fo", "gra", "hul", "ix", "jo",  "quen", "ru", "sto", "wy"};
    int n = 1 + (int)(next(r) % 3);
    out[0] = '\0';
    for (int i = 0; i < n; i++)
        strcat(out, syl[next(r) % 20]);
}

/* n sentences of filler, each 10 to 18 words, appended to buf. */
static void filler(rng *r, char *buf, int n)
{
    for (int s = 0; s < n; s++) {
        int words = 10 + (int)(next(r) % 9);
        for (int w = 0; w < words; w++) {
            char wd[16];
            word(r, wd);
            if (w == 0) wd[0] = (char)(wd[0] - 32);
            strcat(buf, wd);
            strcat(buf, w + 1 < words ? " " : ". ");
        }
    }
    size_t n2 = strlen(buf);
    if (n2 && buf[n2 - 1] == ' ') buf[n2 - 1] = '\0';
}

/* Planted passages: the bridge story, in sentences. */
static const char *const S[] = {
    "The Saltmarsh Bridge was closed to all traffic late on Sunday after inspectors found cracked support "
    "cables beneath its central span.",
    "Engineers from the Port Lume Transit Authority discovered the damage during a routine inspection that "
    "had been postponed twice last year.",
    "Three of the twelve main cables showed corrosion deep enough to warrant an immediate closure, according "
    "to an internal report.",
    "Ferries between the harbour and the islands will run every twenty minutes from Monday morning, the "
    "authority said in a statement.",
    "Around fourteen thousand vehicles cross the bridge on a typical weekday, most of them delivery vans and "
    "commuter cars from the islands.",
};

typedef struct corpus {
    char path[64];
    FILE *f;
} corpus;

static void corpus_open(corpus *c)
{
    strcpy(c->path, "/tmp/wt-reuse-XXXXXX.jsonl");
    int fd = mkstemps(c->path, 6);
    assert_true(fd >= 0);
    c->f = fdopen(fd, "w");
}

/* Writes one article; text is JSON-safe by construction. */
static void add(corpus *c, const char *id, const char *outlet, const char *date, const char *text)
{
    fprintf(c->f, "{\"id\": \"%s\", \"outlet\": \"%s\", ", id, outlet);
    if (date) fprintf(c->f, "\"date\": \"%s\", ", date);
    fprintf(c->f, "\"text\": \"");
    for (const char *p = text; *p; p++) {
        if (*p == '\n')
            fputs("\\n", c->f);
        else if (*p == '"')
            fputs("\\\"", c->f);
        else
            fputc(*p, c->f);
    }
    fputs("\"}\n", c->f);
}

static wt_analyzer *run(corpus *c, int threads)
{
    fclose(c->f);
    c->f = NULL;
    wt_options opt;
    wt_options_init(&opt);
    opt.threads = threads;
    wt_analyzer *a = wt_analyzer_new(&opt);
    assert_int_equal(wt_analyzer_add_input(a, c->path), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    unlink(c->path);
    return a;
}

static size_t doc_index(const wt_analyzer *a, const char *id)
{
    for (size_t i = 0; i < wt_analyzer_doc_count(a); i++)
        if (!strcmp(wt_doc_get(wt_analyzer_doc(a, i), WT_FIELD_ID), id)) return i;
    fail_msg("no document %s", id);
    return 0;
}

/* Passages between documents x and y, either way round. */
static size_t passages_between(const wt_analyzer *a, const char *x, const char *y, wt_passage *out,
                               size_t max)
{
    size_t ix = doc_index(a, x), iy = doc_index(a, y), n = 0;
    for (size_t i = 0; i < wt_analyzer_passage_count(a); i++) {
        wt_passage p = wt_analyzer_passage(a, i);
        if ((p.a == ix && p.b == iy) || (p.a == iy && p.b == ix)) {
            if (n < max) out[n] = p;
            n++;
        }
    }
    return n;
}

/* The text of side `which` ('a' or 'b') of a passage. */
static char *side_text(const wt_analyzer *a, const wt_passage *p, char which)
{
    size_t len;
    const char *t = wt_doc_text(wt_analyzer_doc(a, which == 'a' ? p->a : p->b), &len);
    uint32_t s = which == 'a' ? p->a_start : p->b_start, e = which == 'a' ? p->a_end : p->b_end;
    assert_true(s < e && e <= len);
    char *out = malloc(e - s + 1);
    memcpy(out, t + s, e - s);
    out[e - s] = '\0';
    return out;
}

static char *text_of(rng *r, int before, const char *planted, int after)
{
    char *buf = calloc(1, 16384);
    filler(r, buf, before);
    if (planted) {
        if (before) strcat(buf, "\n\n");
        strcat(buf, planted);
        if (after) strcat(buf, "\n\n");
    }
    char *tail = buf + strlen(buf);
    filler(r, tail, after);
    return buf;
}

static void verbatim_and_edited_copies(void **state)
{
    (void)state;
    rng r = {1};
    corpus c;
    corpus_open(&c);
    char planted[1024], edited[1024];
    snprintf(planted, sizeof planted, "%s %s %s", S[0], S[1], S[2]);
    /* Light edits: two words changed, one dropped. */
    snprintf(edited, sizeof edited, "%s", planted);
    char *p = strstr(edited, "late on Sunday");
    memcpy(p, "early on Monday", 14); /* "late on Sunday" -> "early on Monda" + "y" below */
    memmove(p + 15, p + 14, strlen(p + 14) + 1);
    p[14] = 'y';
    p = strstr(edited, "routine ");
    memmove(p, p + 8, strlen(p + 8) + 1);

    char *src = text_of(&r, 4, planted, 3);
    char *copy = text_of(&r, 2, planted, 5);
    char *edit = text_of(&r, 5, edited, 2);
    add(&c, "ledger", "Harbor Ledger", "2026-03-02T07:15:00Z", src);
    add(&c, "wire", "Coastline Wire", "2026-03-02T11:00:00Z", copy);
    add(&c, "gazette", "Port Lume Gazette", "2026-03-03", edit);
    wt_analyzer *a = run(&c, 2);

    wt_passage ps[4];
    assert_int_equal(passages_between(a, "ledger", "wire", ps, 4), 1);
    char *ta = side_text(a, &ps[0], 'a'), *tb = side_text(a, &ps[0], 'b');
    assert_string_equal(ta, planted);
    assert_string_equal(tb, planted);
    assert_true(ps[0].a == doc_index(a, "ledger") && ps[0].a_is_source);
    assert_true(ps[0].identity > 0.999);
    free(ta);
    free(tb);

    /* The edited copy is one passage spanning all three sentences. */
    size_t n =
        passages_between(a, "ledger", "gazette", ps, 4) + passages_between(a, "wire", "gazette", ps + 1, 3);
    assert_int_equal(n, 1); /* credited to one source only */
    wt_passage *e = passages_between(a, "ledger", "gazette", ps, 4) ? &ps[0] : &ps[1];
    tb = side_text(a, e, 'b');
    assert_string_equal(tb, edited);
    assert_true(e->identity < 0.99 && e->identity > 0.85);
    free(tb);
    wt_analyzer_free(a);
    free(src);
    free(copy);
    free(edit);
}

static void two_sources_and_a_passage_copied_twice(void **state)
{
    (void)state;
    rng r = {2};
    corpus c;
    corpus_open(&c);
    char one[512], two[512], both[4096];
    snprintf(one, sizeof one, "%s %s", S[0], S[1]);
    snprintf(two, sizeof two, "%s %s", S[3], S[4]);
    char *x = text_of(&r, 3, one, 3), *y = text_of(&r, 3, two, 3);
    char *f1 = text_of(&r, 3, NULL, 0), *f2 = text_of(&r, 3, NULL, 0);
    snprintf(both, sizeof both, "%s\n\n%s\n\n%s\n\n%s", f1, one, f2, two);
    char *twice = calloc(1, 8192);
    char *f3 = text_of(&r, 4, NULL, 0), *f4 = text_of(&r, 3, NULL, 0);
    snprintf(twice, 8192, "%s\n\n%s\n\n%s\n\n%s", one, f3, f4, one);
    add(&c, "first", "Harbor Ledger", "2026-03-01", x);
    add(&c, "second", "Lume Valley Radio", "2026-03-01T12:00:00Z", y);
    add(&c, "mix", "Tidewater Daily News", "2026-03-04", both);
    add(&c, "twice", "Civic Notebook", "2026-03-05", twice);
    wt_analyzer *a = run(&c, 1);
    wt_passage ps[4];
    assert_int_equal(passages_between(a, "first", "mix", ps, 4), 1);
    assert_true(ps[0].a == doc_index(a, "first") && ps[0].a_is_source);
    assert_int_equal(passages_between(a, "second", "mix", ps, 4), 1);
    assert_true(ps[0].a == doc_index(a, "second") && ps[0].a_is_source);
    /* Each copy in "twice" is its own passage. */
    size_t n = passages_between(a, "first", "twice", ps, 4);
    assert_int_equal(n, 2);
    assert_true(ps[0].b_start != ps[1].b_start);
    wt_analyzer_free(a);
    free(x);
    free(y);
    free(f1);
    free(f2);
    free(f3);
    free(f4);
    free(twice);
}

static void chains_reorders_and_dropped_sentences(void **state)
{
    (void)state;
    rng r = {3};
    corpus c;
    corpus_open(&c);
    char all[1024], dropped[1024], reordered[1024];
    snprintf(all, sizeof all, "%s %s %s %s %s", S[0], S[1], S[2], S[3], S[4]);
    snprintf(dropped, sizeof dropped, "%s %s %s %s", S[0], S[1], S[3], S[4]);
    snprintf(reordered, sizeof reordered, "%s %s\n\n%s", S[3], S[4], S[0]);
    char *a0 = text_of(&r, 3, all, 2), *a1 = text_of(&r, 2, dropped, 3), *a2 = text_of(&r, 4, reordered, 2);
    add(&c, "origin", "Harbor Ledger", "2026-03-01", a0);
    add(&c, "dropped", "Northbay Herald", "2026-03-02", a1);
    add(&c, "reordered", "Port Lume Gazette", "2026-03-03", a2);
    wt_analyzer *a = run(&c, 2);
    wt_passage ps[4];
    /* A dropped sentence does not split the passage. */
    assert_int_equal(passages_between(a, "origin", "dropped", ps, 4), 1);
    char *tb = side_text(a, &ps[0], 'b');
    assert_string_equal(tb, dropped);
    free(tb);
    /* Reordered sentences: both runs are found, each credited once. */
    size_t n = passages_between(a, "origin", "reordered", ps, 4) +
               passages_between(a, "dropped", "reordered", ps, 0);
    assert_int_equal(n, 2);
    wt_analyzer_free(a);
    free(a0);
    free(a1);
    free(a2);
}

static void footers_direction_and_duplicates(void **state)
{
    (void)state;
    rng r = {4};
    corpus c;
    corpus_open(&c);
    /* Twelve unrelated articles of one outlet, each with its footer. */
    for (int i = 0; i < 12; i++) {
        char id[16], date[16];
        snprintf(id, sizeof id, "own-%d", i);
        snprintf(date, sizeof date, "2026-02-%02d", i + 1);
        char *t = text_of(&r, 6, NULL, 0);
        strcat(t, "\n\nCopyright 2026 Harbor Ledger. All rights reserved. Reproduction without permission is "
                  "prohibited.");
        add(&c, id, "Harbor Ledger", date, t);
        free(t);
    }
    /* A near-duplicate pair without dates: the direction is unknown. */
    char *orig = text_of(&r, 12, NULL, 0);
    char *dup = strdup(orig);
    char *sp = strchr(dup + 200, ' ');
    memmove(sp, sp + 1, strlen(sp)); /* two words run together */
    add(&c, "syndicated-a", "Coastline Wire", NULL, orig);
    add(&c, "syndicated-b", "Northbay Herald", NULL, dup);
    /* Undated: a short item taken whole into a longer story is its source. */
    char item[1024];
    snprintf(item, sizeof item, "%s %s %s", S[0], S[1], S[2]);
    char *story = text_of(&r, 10, item, 10);
    add(&c, "wire-item", "Coastline Wire", NULL, item);
    add(&c, "local-story", "Port Lume Gazette", NULL, story);
    free(story);
    wt_analyzer *a = run(&c, 2);
    wt_passage ws[2];
    assert_int_equal(passages_between(a, "wire-item", "local-story", ws, 2), 1);
    assert_true(ws[0].a_is_source && ws[0].a == doc_index(a, "wire-item"));
    for (size_t i = 0; i < wt_analyzer_passage_count(a); i++) {
        wt_passage p = wt_analyzer_passage(a, i);
        const char *ida = wt_doc_get(wt_analyzer_doc(a, p.a), WT_FIELD_ID);
        if (!strncmp(ida, "own-", 4)) fail_msg("a footer was reported as reuse (%s)", ida);
    }
    wt_passage ps[2];
    assert_int_equal(passages_between(a, "syndicated-a", "syndicated-b", ps, 2), 1);
    assert_false(ps[0].a_is_source);
    assert_int_equal(wt_analyzer_group_count(a), 1);
    wt_group g = wt_analyzer_group(a, 0);
    assert_int_equal(g.n, 2);
    assert_true(g.similarity > 0.95);
    wt_analyzer_free(a);
    free(orig);
    free(dup);
}

static void overlapping_copies(void **state)
{
    (void)state;
    rng r = {6};
    corpus c;
    corpus_open(&c);
    char all[1024], first[1024], middle[1024];
    snprintf(all, sizeof all, "%s %s %s %s %s", S[0], S[1], S[2], S[3], S[4]);
    snprintf(first, sizeof first, "%s %s %s", S[0], S[1], S[2]);
    snprintf(middle, sizeof middle, "%s %s %s", S[1], S[2], S[3]);
    char *a0 = text_of(&r, 3, all, 3), *a1 = text_of(&r, 4, first, 2), *a2 = text_of(&r, 2, middle, 4);
    add(&c, "origin", "Harbor Ledger", "2026-03-01", a0);
    add(&c, "first-part", "Coastline Wire", "2026-03-02", a1);
    add(&c, "middle-part", "Northbay Herald", "2026-03-03", a2);
    wt_analyzer *a = run(&c, 2);
    wt_passage ps[4];
    /* Both copies are credited to the origin, with their own spans there. */
    assert_int_equal(passages_between(a, "origin", "first-part", ps, 4), 1);
    char *t = side_text(a, &ps[0], 'a');
    assert_string_equal(t, first);
    free(t);
    assert_int_equal(passages_between(a, "origin", "middle-part", ps, 4), 1);
    t = side_text(a, &ps[0], 'a');
    assert_string_equal(t, middle);
    free(t);
    /* The two copies share two sentences, but the later one took three from
     * the origin: it is not credited to the earlier copy too. */
    assert_int_equal(passages_between(a, "first-part", "middle-part", ps, 4), 0);
    wt_analyzer_free(a);
    free(a0);
    free(a1);
    free(a2);
}

static void compare_marks_matching_words(void **state)
{
    (void)state;
    rng r = {5};
    corpus c;
    corpus_open(&c);
    char one[512], two[512];
    snprintf(one, sizeof one, "%s %s", S[1], S[2]);
    snprintf(two, sizeof two, "%s %s", S[1], S[2]);
    char *w = strstr(two, "routine");
    memcpy(w, "regular", 7);
    char *x = text_of(&r, 2, one, 2), *y = text_of(&r, 2, two, 2);
    add(&c, "x", "Harbor Ledger", "2026-03-01", x);
    add(&c, "y", "Coastline Wire", "2026-03-02", y);
    wt_analyzer *a = run(&c, 1);
    wt_comparison *cmp;
    assert_int_equal(wt_compare_docs(wt_analyzer_doc(a, 0), wt_analyzer_doc(a, 1), 15, &cmp), WT_OK);
    assert_int_equal(wt_comparison_count(cmp), 1);
    const wt_word *words;
    size_t n = wt_comparison_words(cmp, 0, 1, &words), unmatched = 0;
    size_t len;
    const char *t = wt_doc_text(wt_analyzer_doc(a, 1), &len);
    for (size_t i = 0; i < n; i++)
        if (!words[i].matched) {
            unmatched++;
            assert_memory_equal(t + words[i].start, "regular", 7);
        }
    assert_int_equal(unmatched, 1);
    wt_comparison_free(cmp);
    wt_analyzer_free(a);
    free(x);
    free(y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verbatim_and_edited_copies),
        cmocka_unit_test(two_sources_and_a_passage_copied_twice),
        cmocka_unit_test(chains_reorders_and_dropped_sentences),
        cmocka_unit_test(footers_direction_and_duplicates),
        cmocka_unit_test(overlapping_copies),
        cmocka_unit_test(compare_marks_matching_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
