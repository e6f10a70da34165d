/* test_junk.c: junk lines in article text, each with its reason, and the
 * lines that must stay article text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/extract.h"
#include "wiretrace.h"

typedef struct found {
    char reasons[2048]; /* "reason: line" joined by newlines */
    char publisher[128], date[96], outlet[96];
} found;

static void find(const char *text, const char *title, found *f)
{
    junk_spans sp = {0};
    assert_int_equal(junk_find(text, strlen(text), title, &sp, f->publisher, sizeof f->publisher, f->date,
                               sizeof f->date, f->outlet, sizeof f->outlet),
                     WT_OK);
    f->reasons[0] = '\0';
    for (size_t i = 0; i < sp.n; i++) {
        size_t n = strlen(f->reasons);
        snprintf(f->reasons + n, sizeof f->reasons - n, "%s: %.*s\n", JUNK_REASONS[sp.v[i].reason],
                 (int)(sp.v[i].end - sp.v[i].start), text + sp.v[i].start);
    }
    junk_spans_free(&sp);
}

static void news_page_junk(void **state)
{
    (void)state;
    found f;
    find("ANALYSIS\n\n"
         "Harbour ferries run again\n\n"
         "By Ruth Calloway, City Reporter\n\n"
         "Ferries resumed on Tuesday, the authority said.\n\n"
         "Traffic cones block the northern approach to the bridge on Sunday night.\n\n"
         "The council meets on Thursday.\n\n"
         "Traffic cones block the northern approach to the bridge on Sunday night.Photo: Coastline Wire\n\n"
         "Share this article\n\n"
         "Sign up for our newsletter and get the best of Port Lume in your inbox.\n\n"
         "Comments (12)\n"
         "Post a Comment\n\n"
         "Advertisement\n\n"
         "\xC2\xA9 2026 The Harbor Ledger. All rights reserved.\n",
         "Harbour ferries run again", &f);
    assert_string_equal(
        f.reasons, "section-label: ANALYSIS\n"
                   "byline: By Ruth Calloway, City Reporter\n"
                   "repeated-caption: Traffic cones block the northern approach to the bridge on Sunday "
                   "night.Photo: Coastline Wire\n"
                   "share: Share this article\n"
                   "newsletter: Sign up for our newsletter and get the best of Port Lume in your inbox.\n"
                   "comments: Comments (12)\n"
                   "comments: Post a Comment\n"
                   "widget: Advertisement\n"
                   "copyright: \xC2\xA9 2026 The Harbor Ledger. All rights reserved.\n");
    assert_string_equal(f.publisher, "The Harbor Ledger");
}

static void assistant_text_and_datelines(void **state)
{
    (void)state;
    found f;
    find("Here is a polished version of your article:\n\n"
         "What the closure means\n\n"
         "The Civic Notebook | March 4, 2026\n\n"
         "For most of Port Lume, the bridge is a view.\n\n"
         "What the closure means\n\n"
         "I hope this draft gives you a solid starting point for your post! Let me know if you would like a "
         "shorter version.\n",
         "What the closure means", &f);
    assert_string_equal(f.reasons,
                        "assistant-text: Here is a polished version of your article:\n"
                        "byline: The Civic Notebook | March 4, 2026\n"
                        "repeated-headline: What the closure means\n"
                        "assistant-text: I hope this draft gives you a solid starting point for your "
                        "post! Let me know if you would like a shorter version.\n");
    assert_string_equal(f.date, "March 4, 2026");
    assert_string_equal(f.outlet, "The Civic Notebook");
    find("Published March 3, 2026 4:45 PM\n\nCopyright 2026 Coastline Wire. All rights reserved.\n", NULL,
         &f);
    assert_string_equal(f.date, "March 3, 2026 4:45 PM");
    assert_string_equal(f.publisher, "Coastline Wire");
}

static void article_text_is_left_alone(void **state)
{
    (void)state;
    found f;
    /* Prose that merely looks like junk: a sentence starting "By", a share
     * of profits, a comment quoted, a name in capitals mid-text, a
     * repeated line without a credit, "feel free" inside the story. */
    find("The mayor spoke first.\n\n"
         "By then, the ferries had stopped running for the night.\n\n"
         "Shareholders will receive a share of the profits, the company said.\n\n"
         "\"No comment,\" said the spokesman.\n\n"
         "The council voted.\n\n"
         "NATO\n\n"
         "The council voted.\n\n"
         "Residents should feel free to use the ferries, the mayor said.\n\n"
         "It ends here.\n",
         NULL, &f);
    assert_string_equal(f.reasons, "");
    assert_string_equal(f.publisher, "");
}

/* Every boilerplate span of a run, as "id reason: first 40 bytes" lines. */
static void boilerplate_of(const wt_analyzer *a, char *all, size_t cap)
{
    all[0] = '\0';
    for (size_t i = 0; i < wt_analyzer_doc_count(a); i++) {
        const wt_doc *d = wt_analyzer_doc(a, i);
        size_t len;
        const char *t = wt_doc_text(d, &len);
        for (size_t k = 0; k < wt_doc_boilerplate_count(d); k++) {
            uint32_t s, e;
            const char *why = wt_doc_boilerplate(d, k, &s, &e);
            size_t n = strlen(all);
            int shown = (int)(e - s < 40 ? e - s : 40);
            snprintf(all + n, cap - n, "%s %s: %.*s\n", wt_doc_get(d, WT_FIELD_ID), why, shown, t + s);
        }
    }
}

static void example_corpus_junk(void **state)
{
    (void)state;
    wt_analyzer *a = wt_analyzer_new(NULL);
    assert_int_equal(wt_analyzer_add_input(a, WT_SOURCE_DIR "/examples/corpus"), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    char all[8192];
    boilerplate_of(a, all, sizeof all);
    /* Every junk line of the examples, with its reason, and nothing else. */
    assert_string_equal(
        all, "civic-notebook-explainer.txt assistant-text: Here is a polished version of your artic\n"
             "civic-notebook-explainer.txt byline: The Civic Notebook | March 4, 2026\n"
             "civic-notebook-explainer.txt assistant-text: I hope this draft gives you a solid star\n"
             "gazette-bridge-followup.txt byline: Port Lume Gazette | March 3, 2026\n"
             "gazette-bridge-followup.txt section-label: ANALYSIS\n"
             "gazette-bridge-followup.txt share: Share this article\n"
             "gazette-bridge-followup.txt copyright: \xC2\xA9"
             " 2026 Port Lume Gazette. All rights re\n"
             "harbor-ledger-bridge.html repeated-caption: Traffic cones block the northern approac\n"
             "tidewater-daily-council.txt byline: Published March 3, 2026 4:45 PM\n"
             "tidewater-daily-council.txt comments: Comments (12)\n"
             "tidewater-daily-council.txt comments: Post a Comment\n"
             "coastline-wire-0302-bridge copyright: Copyright 2026 Coastline Wire. All right\n"
             "northbay-herald-bridge section-label: WORLD\n"
             "northbay-herald-bridge byline: Published by Northbay Herald\n"
             "northbay-herald-bridge copyright: (c) 2026 Northbay Herald. All rights res\n");
    wt_analyzer_free(a);
}

static void outlet_templates(void **state)
{
    (void)state;
    /* Eight articles of one outlet carry its correspondent's tagline; three
     * of another share a sentence, which is reuse, not a template. */
    char path[] = "/tmp/wt-templates-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < 8; i++)
        fprintf(f,
                "{\"id\": \"ledger-%d\", \"outlet\": \"Harbor Ledger\", \"text\": \"Story number %d about "
                "the harbour, with its own words %d.\\n\\nRuth Calloway covers transport for the Harbor "
                "Ledger.\"}\n",
                i, i, i * 7919);
    for (int i = 0; i < 3; i++)
        fprintf(f,
                "{\"id\": \"gazette-%d\", \"outlet\": \"Port Lume Gazette\", \"text\": \"Report %d.\\n\\nThe "
                "council will meet again on Thursday evening.\"}\n",
                i, i);
    fclose(f);
    wt_options opt;
    wt_options_init(&opt);
    opt.find_reuse = 0;
    wt_analyzer *a = wt_analyzer_new(&opt);
    assert_int_equal(wt_analyzer_add_input(a, path), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    unlink(path);
    /* The tagline in each of the eight, nothing else anywhere. */
    char all[4096], want[4096] = "";
    boilerplate_of(a, all, sizeof all);
    for (int i = 0; i < 8; i++) {
        size_t n = strlen(want);
        snprintf(want + n, sizeof want - n, "ledger-%d template: Ruth Calloway covers transport for the H\n",
                 i);
    }
    assert_string_equal(all, want);
    wt_analyzer_free(a);
}

/* Where the article starts after junk that opens the text. */
static void article_start_after_leading_junk(void **state)
{
    (void)state;
    const char *text = "Sure! Here is your article:\n\nANALYSIS\n\nDam holds\n\nThe river fell. Share this\n";
    size_t len = strlen(text);
    junk_span lead[] = {{0, 27, JUNK_ASSISTANT}, {29, 37, JUNK_SECTION_LABEL}, {66, 76, JUNK_SHARE}};
    assert_int_equal(junk_lead_end(text, len, lead, 3), 39);    /* "Dam holds" */
    assert_int_equal(junk_lead_end(text, len, lead + 2, 1), 0); /* junk later in the text */
    assert_int_equal(junk_lead_end(text, len, NULL, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(news_page_junk),
        cmocka_unit_test(assistant_text_and_datelines),
        cmocka_unit_test(article_text_is_left_alone),
        cmocka_unit_test(example_corpus_junk),
        cmocka_unit_test(outlet_templates),
        cmocka_unit_test(article_start_after_leading_junk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
