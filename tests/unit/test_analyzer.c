/* test_analyzer.c: the library API end to end on the example corpus:
 * documents, ids, metadata, diagnostics in order, any thread count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wiretrace.h"

#ifndef WT_SOURCE_DIR
#error "WT_SOURCE_DIR must name the project root"
#endif

typedef struct seen {
    char log[4096];
} seen;

static void on_diag(void *user, const wt_diag *d)
{
    seen *s = user;
    size_t n = strlen(s->log);
    snprintf(s->log + n, sizeof s->log - n, "%s:%llu:%d:%s\n", strrchr(d->input, '/') + 1,
             (unsigned long long)d->line, d->severity, d->message);
}

static wt_analyzer *run(int threads, seen *s, const char *extra)
{
    wt_options opt;
    wt_options_init(&opt);
    opt.threads = threads;
    opt.on_diag = on_diag;
    opt.user = s;
    wt_analyzer *a = wt_analyzer_new(&opt);
    assert_non_null(a);
    assert_int_equal(wt_analyzer_add_input(a, WT_SOURCE_DIR "/examples/corpus"), WT_OK);
    if (extra) assert_int_equal(wt_analyzer_add_input(a, extra), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    return a;
}

static const wt_doc *by_id(const wt_analyzer *a, const char *id)
{
    for (size_t i = 0; i < wt_analyzer_doc_count(a); i++)
        if (strcmp(wt_doc_get(wt_analyzer_doc(a, i), WT_FIELD_ID), id) == 0) return wt_analyzer_doc(a, i);
    fail_msg("no document %s", id);
    return NULL;
}

static void example_corpus_reads_whole(void **state)
{
    (void)state;
    seen s = {""};
    wt_analyzer *a = run(2, &s, NULL);
    const wt_summary *sum = wt_analyzer_summary(a);
    assert_int_equal(sum->articles, 7);
    assert_int_equal(sum->inputs, 6);
    assert_int_equal(sum->inputs_rejected + sum->articles_rejected + sum->warnings, 0);
    assert_string_equal(s.log, "");

    const wt_doc *d = by_id(a, "harbor-ledger-bridge.html");
    assert_string_equal(wt_doc_get(d, WT_FIELD_OUTLET), "The Harbor Ledger");
    assert_string_equal(wt_doc_get(d, WT_FIELD_DATE), "2026-03-02T07:15:00Z");
    size_t len;
    const char *text = wt_doc_text(d, &len);
    assert_non_null(strstr(text, "said Dana Whitfield, chief engineer"));
    assert_null(strstr(text, "ledgerAnalytics")); /* script */
    assert_null(strstr(text, "newsletter"));      /* display:none */
    /* The article, not the page: no navigation, comment widget or footer. */
    assert_null(strstr(text, "Post a Comment"));
    assert_null(strstr(text, "All rights reserved"));
    assert_null(strstr(text, "Tram depot opens a year late"));
    assert_non_null(strstr(text, "Mayor Tomas Reyes-Alba is expected to address"));
    assert_true(wt_doc_words(d) > 200 && wt_doc_sentences(d) > 10);

    d = by_id(a, "northbay-herald-bridge");
    assert_string_equal(wt_doc_get(d, WT_FIELD_SOURCE),
                        "https://northbay-herald.example/news/saltmarsh-bridge-closed");
    int64_t t;
    assert_int_equal(wt_doc_time(d, &t), 2);
    assert_true(t == 1772461800);

    d = by_id(a, "lume-radio-inspection-delay.html");
    assert_string_equal(wt_doc_get(d, WT_FIELD_DATE), "2025-11-20");

    /* Plain text: headline, outlet and date from its first lines. */
    d = by_id(a, "gazette-bridge-followup.txt");
    assert_string_equal(wt_doc_get(d, WT_FIELD_DATE), "2026-03-03");
    assert_string_equal(wt_doc_get(d, WT_FIELD_OUTLET), "Port Lume Gazette");
    assert_string_equal(wt_doc_get(d, WT_FIELD_TITLE),
                        "Islanders count the cost as Saltmarsh Bridge stays shut");
    text = wt_doc_text(d, &len);
    assert_memory_equal(text, "Islanders count the cost", 24); /* plain text is kept byte for byte */
    wt_analyzer_free(a);
}

static void thread_count_changes_nothing(void **state)
{
    (void)state;
    seen s1 = {""}, s2 = {""};
    wt_analyzer *a = run(1, &s1, WT_SOURCE_DIR "/tests/data/mixed.jsonl");
    wt_analyzer *b = run(3, &s2, WT_SOURCE_DIR "/tests/data/mixed.jsonl");
    assert_string_equal(s1.log, s2.log);
    assert_int_equal(wt_analyzer_doc_count(a), wt_analyzer_doc_count(b));
    for (size_t i = 0; i < wt_analyzer_doc_count(a); i++) {
        size_t la, lb;
        const char *ta = wt_doc_text(wt_analyzer_doc(a, i), &la),
                   *tb = wt_doc_text(wt_analyzer_doc(b, i), &lb);
        assert_string_equal(wt_doc_get(wt_analyzer_doc(a, i), WT_FIELD_ID),
                            wt_doc_get(wt_analyzer_doc(b, i), WT_FIELD_ID));
        assert_int_equal(la, lb);
        assert_memory_equal(ta, tb, la);
    }
    /* Diagnostics come in input order, with their lines. */
    assert_string_equal(s1.log,
                        "mixed.jsonl:2:1:invalid JSON at the end of the line: parse error: premature EOF\n"
                        "mixed.jsonl:3:0:duplicate id \"coastline-wire-0302-bridge\"; this article was "
                        "renamed \"coastline-wire-0302-bridge#2\"\n");
    assert_int_equal(wt_analyzer_summary(a)->articles_rejected, 1);
    wt_analyzer_free(a);
    wt_analyzer_free(b);
}

static void handles_free_null(void **state)
{
    (void)state;
    wt_analyzer_free(NULL);
    assert_string_equal(wt_strerror(WT_OK), "success");
    assert_string_equal(wt_strerror(WT_ERR_TRUNCATED), "truncated compressed input");
    wt_analyzer *a = wt_analyzer_new(NULL);
    assert_int_equal(wt_analyzer_add_input(a, ""), WT_ERR_ARG);
    wt_analyzer_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(example_corpus_reads_whole),
        cmocka_unit_test(thread_count_changes_nothing),
        cmocka_unit_test(handles_free_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
