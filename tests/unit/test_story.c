/* test_story.c: stories on articles written for the test: coverage of one
 * event by several outlets in different words is one story; another event
 * on the same days, the same event weeks later, and an unrelated article
 * are stories of their own; the result does not depend on thread count or
 * input order; the clustering pass on its own (links, shared words). */
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
#include "story/story.h"

static const char *const ARTICLES[] = {
    /* The Greyfen dam: three outlets, two days, different words. */
    "{\"id\":\"dam-ledger\",\"outlet\":\"Harbor Ledger\",\"date\":\"2026-01-05T08:00:00Z\","
    "\"title\":\"Greyfen dam spillway cracks as Marrow River rises\",\"text\":\"Engineers opened every "
    "sluice "
    "of the Greyfen dam on Sunday after a crack appeared in its spillway, as the Marrow River rose to its "
    "highest level in forty years. Odile Franke, who runs the Marrow Valley water board, said villages "
    "below the dam were not in danger. Families in Lowmarsh and Pellby were told to move furniture upstairs. "
    "The spillway was rebuilt in 1998.\"}",
    "{\"id\":\"dam-courier\",\"outlet\":\"Greyfen Courier\",\"date\":\"2026-01-05T17:30:00Z\","
    "\"text\":\"Residents of Lowmarsh spent the night filling sandbags while water poured over the Greyfen "
    "spillway. The water board chief, Odile Franke, promised that the dam itself was sound and that the "
    "crack in the spillway concrete would be sealed once the Marrow River falls. Pellby school will stay "
    "closed on Monday.\"}",
    "{\"id\":\"dam-radio\",\"outlet\":\"Lume Valley Radio\",\"date\":\"2026-01-06T07:10:00Z\","
    "\"title\":\"Marrow River flood: Pellby and Lowmarsh evacuated\",\"text\":\"Police moved two hundred "
    "people out of Pellby and Lowmarsh overnight as the Marrow River kept rising. Odile Franke of the "
    "water board said divers had inspected the Greyfen dam spillway crack and found no movement.\"}",
    /* Another event on the same days. */
    "{\"id\":\"vote-herald\",\"outlet\":\"Northbay Herald\",\"date\":\"2026-01-05T10:00:00Z\","
    "\"title\":\"Eastreach mayoral race tightens\",\"text\":\"Two days before the Eastreach mayoral vote, "
    "councillor Amadou Sefton drew level with the sitting mayor, Birgit Calloway, in a poll of harbour "
    "districts. Sefton promised free ferries to Kestrel Island; Calloway called the pledge unaffordable.\"}",
    "{\"id\":\"vote-journal\",\"outlet\":\"Eastreach Journal\",\"date\":\"2026-01-07T21:00:00Z\","
    "\"text\":\"Amadou Sefton won the Eastreach mayoral election by four hundred votes, ending Birgit "
    "Calloway's eight years in office. Sefton told supporters at the harbour that the ferries to Kestrel "
    "Island would be free by summer.\"}",
    /* The dam again, seven weeks later: a story of its own. */
    "{\"id\":\"dam-later\",\"outlet\":\"Harbor Ledger\",\"date\":\"2026-02-24T09:00:00Z\","
    "\"title\":\"Greyfen dam spillway repair approved\",\"text\":\"The Marrow Valley water board approved "
    "the repair of the Greyfen dam spillway on Tuesday. Odile Franke said the crack found during the "
    "January flood would be sealed by divers before the spring rains reach the Marrow River.\"}",
    /* Unrelated. */
    "{\"id\":\"chess\",\"outlet\":\"Saltmarsh Post\",\"date\":\"2026-01-06T12:00:00Z\","
    "\"title\":\"Teenager wins coastal chess open\",\"text\":\"Fourteen-year-old Ilse Varga won the coastal "
    "chess open in Tidewater with a queen sacrifice in the final round, beating three grandmasters on the "
    "way. Her coach, Piet Oyelaran, said she had studied endgames every morning since she was nine.\"}",
};
#define N_ARTICLES (sizeof ARTICLES / sizeof *ARTICLES)

static char *write_corpus(const size_t *order)
{
    char *path = strdup("/tmp/wt-story-XXXXXX.jsonl");
    int fd = mkstemps(path, 6);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    for (size_t i = 0; i < N_ARTICLES; i++)
        fprintf(f, "%s\n", ARTICLES[order ? order[i] : i]);
    fclose(f);
    return path;
}

static wt_analyzer *analyze(const char *path, int threads)
{
    wt_options opt;
    wt_options_init(&opt);
    opt.threads = threads;
    wt_analyzer *a = wt_analyzer_new(&opt);
    assert_non_null(a);
    assert_int_equal(wt_analyzer_add_input(a, path), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    return a;
}

static size_t doc_index(const wt_analyzer *a, const char *id)
{
    for (size_t i = 0; i < wt_analyzer_doc_count(a); i++)
        if (strcmp(wt_doc_get(wt_analyzer_doc(a, i), WT_FIELD_ID), id) == 0) return i;
    fail_msg("no document %s", id);
    return 0;
}

static size_t story_of(const wt_analyzer *a, const char *id)
{
    return wt_analyzer_doc_story(a, doc_index(a, id));
}

/* Story membership as a string of letters, in a fixed article order. */
static void partition(const wt_analyzer *a, char *out)
{
    static const char *const ids[] = {"dam-ledger",   "dam-courier", "dam-radio", "vote-herald",
                                      "vote-journal", "dam-later",   "chess"};
    size_t seen[8], n = 0;
    for (size_t i = 0; i < 7; i++) {
        size_t s = story_of(a, ids[i]), k = 0;
        while (k < n && seen[k] != s)
            k++;
        if (k == n) seen[n++] = s;
        out[i] = (char)('a' + k);
    }
    out[7] = '\0';
}

static void events_become_stories(void **state)
{
    (void)state;
    char *path = write_corpus(NULL);
    wt_analyzer *a = analyze(path, 2);
    char p[8];
    partition(a, p);
    assert_string_equal(p, "aaabbcd");
    assert_int_equal(wt_analyzer_story_count(a), 4);

    /* Every article in exactly one story; the first report is the earliest. */
    size_t total = 0;
    for (size_t k = 0; k < wt_analyzer_story_count(a); k++) {
        wt_story s = wt_analyzer_story(a, k);
        total += s.n;
        for (size_t m = 0; m < s.n; m++)
            assert_int_equal(wt_analyzer_doc_story(a, s.docs[m]), k);
    }
    assert_int_equal(total, N_ARTICLES);
    wt_story dam = wt_analyzer_story(a, story_of(a, "dam-radio"));
    assert_int_equal(dam.n, 3);
    assert_int_equal(dam.first, doc_index(a, "dam-ledger"));
    wt_story vote = wt_analyzer_story(a, story_of(a, "vote-journal"));
    assert_int_equal(vote.first, doc_index(a, "vote-herald"));
    /* Stories come in the date order of their first articles. */
    assert_true(story_of(a, "dam-ledger") < story_of(a, "vote-herald"));
    assert_true(story_of(a, "chess") < story_of(a, "dam-later"));
    wt_analyzer_free(a);
    unlink(path);
    free(path);
}

static void same_for_any_threads_and_order(void **state)
{
    (void)state;
    static const size_t reversed[] = {6, 5, 4, 3, 2, 1, 0};
    char *p1 = write_corpus(NULL), *p2 = write_corpus(reversed);
    wt_analyzer *a = analyze(p1, 1), *b = analyze(p2, 2);
    char x[8], y[8];
    partition(a, x);
    partition(b, y);
    assert_string_equal(x, y);
    wt_analyzer_free(a);
    wt_analyzer_free(b);
    unlink(p1);
    unlink(p2);
    free(p1);
    free(p2);
}

static void without_stories_none(void **state)
{
    (void)state;
    char *path = write_corpus(NULL);
    wt_options opt;
    wt_options_init(&opt);
    opt.find_stories = 0;
    wt_analyzer *a = wt_analyzer_new(&opt);
    assert_int_equal(wt_analyzer_add_input(a, path), WT_OK);
    assert_int_equal(wt_analyzer_run(a), WT_OK);
    assert_int_equal(wt_analyzer_story_count(a), 0);
    assert_true(wt_analyzer_doc_story(a, 0) == SIZE_MAX);
    wt_analyzer_free(a);
    unlink(path);
    free(path);
}

/* The pass on its own: weights made up, hashes small odd numbers (the
 * pass keeps the low bit set). */
static void links_and_shared_words(void **state)
{
    (void)state;
    /* Articles 0 and 1 share two of their terms weakly; 2 and 3 share one
     * term only; 4 shares two light terms with
     * 0 and 1 (too little alone) and a reused passage with 0. */
    story_term t0[] = {{23, 3}, {25, 3}, {27, 1}, {29, 1}, {181, 5}};
    story_term t1[] = {{23, 3}, {25, 3}, {31, 1}, {33, 1}, {183, 5}};
    story_term t2[] = {{43, 5}, {185, 1}};
    story_term t3[] = {{43, 5}, {187, 1}};
    story_term t4[] = {{27, 2}, {29, 2}, {189, 2}, {191, 2}};
    story_term filler[] = {{23, 1}, {25, 1}, {27, 1}, {43, 1}, {195, 1}};
    story_doc docs[] = {{t0, 5, 1, 1000}, {t1, 5, 1, 2000}, {t2, 2, 1, 3000},
                        {t3, 2, 1, 4000}, {t4, 4, 1, 5000}, {filler, 5, 0, 0}};
    story_result r;
    story_options o;
    story_options_init(&o);
    assert_int_equal(story_cluster(docs, 6, NULL, 0, &o, &r), WT_OK);
    assert_int_equal(r.doc_story[0], r.doc_story[1]);
    assert_int_not_equal(r.doc_story[2], r.doc_story[3]); /* one shared word is not enough */
    assert_int_not_equal(r.doc_story[4], r.doc_story[0]);
    story_result_free(&r);

    story_link link = {4, 0};
    assert_int_equal(story_cluster(docs, 6, &link, 1, &o, &r), WT_OK);
    assert_int_equal(r.doc_story[4], r.doc_story[0]);
    /* Members listed once each, ascending within a story. */
    assert_int_equal(r.offsets[r.n], 6);
    for (size_t k = 0; k < r.n; k++)
        for (uint32_t m = r.offsets[k] + 1; m < r.offsets[k + 1]; m++)
            assert_true(r.members[m - 1] < r.members[m]);
    story_result_free(&r);

    /* The window: the same words a year later open a new story. */
    docs[1].epoch = 1000 + 365 * 86400;
    assert_int_equal(story_cluster(docs, 6, NULL, 0, &o, &r), WT_OK);
    assert_int_not_equal(r.doc_story[0], r.doc_story[1]);
    story_result_free(&r);
}

static void labels(void **state)
{
    (void)state;
    char out[64];
    story_label("  Dam holds  ", NULL, 0, out, sizeof out);
    assert_string_equal(out, "Dam holds");
    const char *text = "\n\nThe dam held. Water fell overnight.";
    story_label(NULL, text, strlen(text), out, sizeof out);
    assert_string_equal(out, "The dam held.");
    const char *longer =
        "Engineers opened every sluice of the Greyfen dam on Sunday after a crack appeared in the "
        "spillway and kept them open";
    story_label(NULL, longer, strlen(longer), out, sizeof out);
    assert_true(strlen(out) < sizeof out);
    assert_non_null(strstr(out, "\xE2\x80\xA6"));
    assert_int_equal(strncmp(out, "Engineers opened every sluice", 29), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(events_become_stories),
        cmocka_unit_test(same_for_any_threads_and_order),
        cmocka_unit_test(without_stories_none),
        cmocka_unit_test(links_and_shared_words),
        cmocka_unit_test(labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
