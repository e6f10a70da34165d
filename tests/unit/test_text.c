/* test_text.c: the text layer: UTF-8 repair, words (checked against
 * libunistring on random text), normalisation, sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uniwbrk.h>

#include "text/text.h"

/* ---- UTF-8 repair ------------------------------------------------------- */

static char *repair(const char *in, size_t n, size_t *replaced)
{
    wt_buf b;
    wt_buf_init(&b, 1 << 20);
    assert_int_equal(text_utf8_repair(in, n, &b, replaced), WT_OK);
    return wt_buf_take(&b, NULL);
}

static void utf8_valid_text_is_unchanged(void **state)
{
    (void)state;
    const char *s = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xEF\xBF\xBD kept";
    size_t rep = 99;
    char *out = repair(s, strlen(s), &rep);
    assert_string_equal(out, s);
    assert_int_equal(rep, 0);
    assert_true(text_utf8_valid(s, strlen(s)));
    free(out);
}

static void utf8_invalid_sequences_become_fffd(void **state)
{
    (void)state;
    /* A lone continuation byte, a Latin-1 é, a sequence cut short, an
     * overlong slash, a surrogate, and a NUL. */
    const char s[] = "a\x80"
                     "b\xE9"
                     "c\xE2\x82"
                     "d\xC0\xAF"
                     "e\xED\xA0\x80"
                     "f\0g";
    size_t rep = 0;
    char *out = repair(s, sizeof s - 1, &rep);
    assert_false(text_utf8_valid(s, sizeof s - 1));
    assert_true(text_utf8_valid(out, strlen(out)));
    assert_non_null(strstr(out, "a\xEF\xBF\xBD"
                                "b\xEF\xBF\xBD"
                                "c\xEF\xBF\xBD"
                                "d"));
    assert_non_null(strstr(out, "f\xEF\xBF\xBDg"));
    assert_true(rep >= 6);
    free(out);
}

/* ---- Words ------------------------------------------------------------- */

static text_tokens tokenize(const char *s)
{
    text_tokenizer *tz = text_tokenizer_new();
    text_tokens t = {0};
    assert_int_equal(text_tokenize(tz, s, strlen(s), &t), WT_OK);
    text_tokenizer_free(tz);
    return t;
}

/* The words of s joined by '|', as they stand in the text. */
static char *words(const char *s)
{
    text_tokens t = tokenize(s);
    char *out = calloc(1, strlen(s) * 2 + 2);
    for (size_t i = 0; i < t.n; i++) {
        if (i) strcat(out, "|");
        strncat(out, s + t.v[i].start, t.v[i].end - t.v[i].start);
    }
    text_tokens_free(&t);
    return out;
}

static void check_words(const char *s, const char *expected)
{
    char *w = words(s);
    assert_string_equal(w, expected);
    free(w);
}

static void words_follow_uax29(void **state)
{
    (void)state;
    check_words("The U.S. mayor can't pay $1,000.50 (3.5%) today.",
                "The|U.S|mayor|can't|pay|1,000.50|3.5|today");
    check_words("e-mail foo_bar 10:30 a:b", "e|mail|foo_bar|10|30|a:b");
    check_words("\"Quoted,\" she said -- twice...", "Quoted|she|said|twice");
    check_words("", "");
    check_words("  \n\t ", "");
}

static void words_in_spanish_and_accents(void **state)
{
    (void)state;
    check_words("María de la Cruz dijo: «¿Dónde está el niño?»", "María|de|la|Cruz|dijo|Dónde|está|el|niño");
    check_words("Zoë Müller-Lüdenscheidt’s café", "Zoë|Müller|Lüdenscheidt’s|café");
}

static uint64_t hash_of(const char *w)
{
    text_tokens t = tokenize(w);
    assert_int_equal(t.n, 1);
    uint64_t h = t.v[0].hash;
    text_tokens_free(&t);
    return h;
}

static void normalised_forms_match(void **state)
{
    (void)state;
    assert_true(hash_of("Mayor") == hash_of("MAYOR"));
    assert_true(hash_of("María") == hash_of("MARÍA"));
    /* NFKC: a precomposed and a decomposed é are one word. */
    assert_true(hash_of("caf\xC3\xA9") == hash_of("cafe\xCC\x81"));
    assert_true(hash_of("Straße") == hash_of("STRASSE"));
    assert_true(hash_of("Ledger’s") == hash_of("ledger's"));
    /* Compatibility forms: the ligature ﬁ and full-width letters. */
    assert_true(hash_of("\xEF\xAC\x81nal") == hash_of("final"));
    assert_true(hash_of("\xEF\xBC\xA1\xEF\xBC\xA2") == hash_of("ab"));
    assert_true(hash_of("mayor") != hash_of("mayors"));

    text_tokenizer *tz = text_tokenizer_new();
    wt_buf b;
    wt_buf_init(&b, 1024);
    assert_int_equal(text_normalize_word(tz, "DÜSSELDORF", strlen("DÜSSELDORF"), &b), WT_OK);
    assert_string_equal(b.p, "düsseldorf");
    wt_buf_free(&b);
    text_tokenizer_free(tz);
}

static void spans_point_into_text(void **state)
{
    (void)state;
    const char *s = "¡Hola! Éste es el año 2026.";
    text_tokens t = tokenize(s);
    assert_int_equal(t.n, 6);
    assert_int_equal(t.v[0].start, 2); /* after the two bytes of ¡ */
    assert_memory_equal(s + t.v[1].start, "Éste", t.v[1].end - t.v[1].start);
    assert_memory_equal(s + t.v[5].start, "2026", 4);
    text_tokens_free(&t);
}

/* The ASCII fast path must split exactly as libunistring does. */
static void ascii_path_agrees_with_libunistring(void **state)
{
    (void)state;
    static const char alphabet[] = "aZ09 .,;:'_-\"!?()\n$%aeiouxyz";
    unsigned seed = 12345;
    char s[64], brk[64];
    text_tokenizer *tz = text_tokenizer_new();
    for (int round = 0; round < 20000; round++) {
        size_t n = 1 + (seed = seed * 1103515245u + 12345u) % 40;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            s[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        s[n] = '\0';
        text_tokens t = {0};
        assert_int_equal(text_tokenize(tz, s, n, &t), WT_OK);
        u8_wordbreaks((const uint8_t *)s, n, brk);
        /* Expected words: libunistring segments holding a letter or digit. */
        size_t k = 0, seg = 0;
        for (size_t i = 1; i <= n; i++) {
            if (i < n && !brk[i]) continue;
            int word = 0;
            for (size_t j = seg; j < i; j++)
                word |= (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                        (s[j] >= '0' && s[j] <= '9');
            if (word) {
                if (k >= t.n || t.v[k].start != seg || t.v[k].end != i)
                    fail_msg("ASCII words differ from UAX #29 on \"%s\" at byte %zu", s, seg);
                k++;
            }
            seg = i;
        }
        assert_int_equal(k, t.n);
        text_tokens_free(&t);
    }
    text_tokenizer_free(tz);
}

/* ---- Sentences ----------------------------------------------------------- */

/* The sentences of s joined by " | ". */
static char *sentences(const char *s)
{
    text_tokens t = tokenize(s);
    text_spans sp = {0};
    assert_int_equal(text_sentences(s, strlen(s), &t, &sp), WT_OK);
    char *out = calloc(1, strlen(s) * 2 + 8);
    for (size_t i = 0; i < sp.n; i++) {
        if (i) strcat(out, " | ");
        strncat(out, s + sp.v[i].start, sp.v[i].end - sp.v[i].start);
    }
    text_tokens_free(&t);
    text_spans_free(&sp);
    return out;
}

static void check_sentences(const char *s, const char *expected)
{
    char *got = sentences(s);
    assert_string_equal(got, expected);
    free(got);
}

static void sentences_respect_abbreviations(void **state)
{
    (void)state;
    check_sentences("Mr. Vance met Gen. Okafor on Jan. 5 in the U.S. capital. They talked.",
                    "Mr. Vance met Gen. Okafor on Jan. 5 in the U.S. capital. | They talked.");
    check_sentences("Shares rose 3.5 per cent. The index fell.",
                    "Shares rose 3.5 per cent. | The index fell.");
    check_sentences("J. R. Hartley wrote it. He was right.", "J. R. Hartley wrote it. | He was right.");
    check_sentences("He moved to the U.S. The move was quick.", "He moved to the U.S. | The move was quick.");
    check_sentences("Dr. Alba works for Harbor Co. in Port Lume.",
                    "Dr. Alba works for Harbor Co. in Port Lume.");
}

static void sentences_and_quotation_marks(void **state)
{
    (void)state;
    check_sentences("\"We are done.\" She left. \"Why?\" he asked.",
                    "\"We are done.\" | She left. | \"Why?\" he asked.");
    check_sentences("“It is over,” said Ines Arroyo. “We lost.”",
                    "“It is over,” said Ines Arroyo. | “We lost.”");
    check_sentences("Really? Yes! Fine...", "Really? | Yes! | Fine...");
    /* A space before a closing bracket and the stop. */
    check_sentences("It was worth A$3.1bn (£1.2bn ). Lume Ferries said so.",
                    "It was worth A$3.1bn (£1.2bn ). | Lume Ferries said so.");
}

static void sentences_break_at_paragraphs(void **state)
{
    (void)state;
    check_sentences("Bridge closes\n\nThe council voted, 5-2\n\nwith regret",
                    "Bridge closes | The council voted, 5-2 | with regret");
    check_sentences("Headline here\nThe story starts.", "Headline here | The story starts.");
    check_sentences("a wrapped line\ncontinues here.", "a wrapped line\ncontinues here.");
}

static void sentences_in_spanish(void **state)
{
    (void)state;
    check_sentences("La Sra. María de la Cruz habló. ¿Quién pagará? Nadie lo sabe.",
                    "La Sra. María de la Cruz habló. | ¿Quién pagará? | Nadie lo sabe.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_valid_text_is_unchanged),
        cmocka_unit_test(utf8_invalid_sequences_become_fffd),
        cmocka_unit_test(words_follow_uax29),
        cmocka_unit_test(words_in_spanish_and_accents),
        cmocka_unit_test(normalised_forms_match),
        cmocka_unit_test(spans_point_into_text),
        cmocka_unit_test(ascii_path_agrees_with_libunistring),
        cmocka_unit_test(sentences_respect_abbreviations),
        cmocka_unit_test(sentences_and_quotation_marks),
        cmocka_unit_test(sentences_break_at_paragraphs),
        cmocka_unit_test(sentences_in_spanish),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
