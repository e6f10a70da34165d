/* test_html.c: the visible text and metadata of HTML pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

static extract_result extract(const char *html)
{
    extract_result r;
    extract_result_init(&r, 1 << 20);
    assert_int_equal(extract_html(html, strlen(html), &r), WT_OK);
    return r;
}

static void blocks_become_paragraphs(void **state)
{
    (void)state;
    extract_result r = extract("<html><body><h1>Bridge  shut</h1><p>First\n   line.</p>"
                               "<p>Second <b>bold</b> line.<br>After break.</p>"
                               "<ul><li>one</li><li>two</li></ul></body></html>");
    assert_string_equal(r.text.p,
                        "Bridge shut\n\nFirst line.\n\nSecond bold line.\nAfter break.\n\none\ntwo");
    extract_result_free(&r);
}

static void invisible_things_are_dropped(void **state)
{
    (void)state;
    extract_result r = extract("<body><script>var x = 1;</script><style>p{}</style>"
                               "<p>Kept.</p><div hidden>Hidden.</div><p aria-hidden=\"true\">Aria.</p>"
                               "<p style=\"color: red; DISPLAY : None\">Styled.</p>"
                               "<noscript>Enable JS</noscript><template><p>T</p></template>"
                               "<p>Also kept.</p></body>");
    assert_string_equal(r.text.p, "Kept.\n\nAlso kept.");
    extract_result_free(&r);
}

static void metadata_from_head(void **state)
{
    (void)state;
    extract_result r = extract("<html><head><title>Page title | Site</title>"
                               "<meta property=\"og:title\" content=\"Real headline\">"
                               "<meta property=\"og:site_name\" content=\"Tidewater Daily News\">"
                               "<meta property=\"article:published_time\" content=\"2026-03-03T16:45:00Z\">"
                               "</head><body><p>x</p></body></html>");
    assert_string_equal(r.title, "Real headline");
    assert_string_equal(r.outlet, "Tidewater Daily News");
    assert_string_equal(r.date, "2026-03-03T16:45:00Z");
    extract_result_free(&r);

    r = extract("<title>Only a title</title><p>Body without head or body tags.");
    assert_string_equal(r.title, "Only a title");
    assert_null(r.outlet);
    assert_string_equal(r.text.p, "Body without head or body tags.");
    extract_result_free(&r);
}

static void deep_nesting_costs_no_stack(void **state)
{
    (void)state;
    size_t depth = 20000;
    char *html = malloc(depth * 11 + 64);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(html + n, "<span>");
    n += (size_t)sprintf(html + n, "deep text");
    html[n] = '\0';
    extract_result r = extract(html);
    assert_string_equal(r.text.p, "deep text");
    extract_result_free(&r);
    free(html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blocks_become_paragraphs),
        cmocka_unit_test(invisible_things_are_dropped),
        cmocka_unit_test(metadata_from_head),
        cmocka_unit_test(deep_nesting_costs_no_stack),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
