/* test_attrib.c: who said what, on sentences we write: quotes with their
 * speakers before and after, continued quotes, pronouns, reported speech,
 * "according to", outlets, anonymous sources, and scare quotes that are no
 * speech. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/attrib.h"

/* "direct|source|cue|speaker|kind|content" lines for the text's attributions. */
static char *run(const char *text)
{
    text_tokenizer *tz = text_tokenizer_new();
    text_tokens tok = {0};
    text_spans sent = {0};
    attributions at = {0};
    size_t n = strlen(text);
    assert_int_equal(text_tokenize(tz, text, n, &tok), WT_OK);
    assert_int_equal(text_sentences(text, n, &tok, &sent), WT_OK);
    attrib_lexicon *lx = attrib_lexicon_new();
    assert_non_null(lx);
    assert_int_equal(attrib_find(lx, text, n, &tok, &sent, NULL, 0, &at), WT_OK);
    attrib_lexicon_free(lx);
    char *out = calloc(1, 8192);
    for (size_t i = 0; i < at.n; i++) {
        const attribution *a = &at.v[i];
        size_t k = strlen(out);
        snprintf(out + k, 8192 - k, "%s|%.*s|%.*s|%.*s|%s|%.*s\n", a->direct ? "direct" : "reported",
                 (int)(a->source.end - a->source.start), text + a->source.start,
                 (int)(a->cue.end - a->cue.start), text + a->cue.start,
                 (int)(a->speaker_end - a->speaker_start), text + a->speaker_start, ATTRIB_KINDS[a->kind],
                 (int)(a->content.end - a->content.start), text + a->content.start);
    }
    attributions_free(&at);
    text_spans_free(&sent);
    text_tokens_free(&tok);
    text_tokenizer_free(tz);
    return out;
}

static void check(const char *text, const char *expected)
{
    char *got = run(text);
    if (strcmp(got, expected) != 0) fail_msg("for: %s\ngot:\n%sexpected:\n%s", text, got, expected);
    free(got);
}

static void quotes_and_their_speakers(void **state)
{
    (void)state;
    check("\"The bridge stays shut until every cable is tested,\" Dana Whitfield said.",
          "direct|Dana Whitfield|said|Dana Whitfield|person|The bridge stays shut until every cable is "
          "tested,\n");
    check("Mayor Tomas Reyes-Alba said: \"Nobody will cross that bridge until it is safe.\"",
          "direct|Mayor Tomas Reyes-Alba|said|Mayor Tomas Reyes-Alba|person|Nobody will cross that bridge "
          "until it "
          "is safe.\n");
    check("“We lost the bridge and the trade with it,” said María de la Cruz Ortega, an analyst at the Lume "
          "Institute.",
          "direct|María de la Cruz Ortega|said|María de la Cruz Ortega|person|We lost the bridge and the "
          "trade with "
          "it,\n");
}

static void continued_quotes_and_pronouns(void **state)
{
    (void)state;
    check("Councillor Petra Nwosu spoke first. \"I want every memo on the table,\" she said. \"The islands "
          "deserve the truth.\"",
          "direct|she|said|Councillor Petra Nwosu|person|I want every memo on the table,\n"
          "direct|she||Councillor Petra Nwosu|person|The islands deserve the truth.\n");
}

static void reported_speech(void **state)
{
    (void)state;
    check("Councillor Petra Nwosu said the closure was the price of years of patching.",
          "reported|Councillor Petra Nwosu|said|Councillor Petra Nwosu|person|the closure was the price of "
          "years of "
          "patching.\n");
    check("The mayor told reporters that the city would not wait for the inquiry.",
          "reported|The mayor|told|The mayor|person|the city would not wait for the inquiry.\n");
    check("Ferries will run every twenty minutes, the authority said.",
          "reported|the authority|said|the authority|organization|Ferries will run every twenty minutes\n");
    check("According to The Harbor Ledger, the cables were installed in 1987.",
          "reported|The Harbor Ledger|According to|The Harbor Ledger|outlet|the cables were installed in "
          "1987.\n");
    check("Ferry traffic doubled in March, according to the Port Lume Transit Authority.",
          "reported|the Port Lume Transit Authority|according to|the Port Lume Transit "
          "Authority|organization|Ferry "
          "traffic doubled in March\n");
    check("The Gazette has learned that the council was warned in 2024.",
          "reported|The Gazette|has learned|The Gazette|outlet|the council was warned in 2024.\n");
}

static void anonymous_sources(void **state)
{
    (void)state;
    check("A person familiar with the inspection said the corrosion had been flagged.",
          "reported|A person familiar with the inspection|said|A person familiar with the "
          "inspection|anonymous|the "
          "corrosion had been flagged.\n");
    check("Officials said the ferries would run all night.",
          "reported|Officials|said|Officials|anonymous|the ferries would run all night.\n");
}

static void scare_quotes_are_not_speech(void **state)
{
    (void)state;
    check("The council unveiled its so-called \"reform\" and a new \"Freedom Plan\" on Tuesday.", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quotes_and_their_speakers),
        cmocka_unit_test(continued_quotes_and_pronouns),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(anonymous_sources),
        cmocka_unit_test(scare_quotes_are_not_speech),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
