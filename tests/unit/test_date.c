/* test_date.c: publication dates in the forms news metadata uses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "wiretrace.h"

static void check(const char *in, const char *expected)
{
    int64_t t = 0;
    int p = wt_date_parse(in, strlen(in), &t);
    char out[21];
    if (!expected) {
        if (p != 0) fail_msg("\"%s\" should not parse, got %s", in, wt_date_format(t, p, out));
        return;
    }
    if (p == 0) fail_msg("\"%s\" did not parse", in);
    wt_date_format(t, p, out);
    if (strcmp(out, expected) != 0) fail_msg("\"%s\": got %s, expected %s", in, out, expected);
}

static void iso_8601(void **state)
{
    (void)state;
    check("2026-03-04", "2026-03-04");
    check("2026-03-04T09:30:00Z", "2026-03-04T09:30:00Z");
    check("2026-03-04T09:30:00.123Z", "2026-03-04T09:30:00Z");
    check("2026-03-04T11:30:00+02:00", "2026-03-04T09:30:00Z");
    check("2026-03-04T04:30:00-0500", "2026-03-04T09:30:00Z");
    check("2026-03-04 09:30", "2026-03-04T09:30:00Z");
    check("2026-03-04T23:30:00-03:00", "2026-03-05T02:30:00Z");
    check("  2026/03/04  ", "2026-03-04");
}

static void rfc_2822_and_prose(void **state)
{
    (void)state;
    check("Wed, 04 Mar 2026 09:30:00 GMT", "2026-03-04T09:30:00Z");
    check("Wed, 04 Mar 2026 04:30:00 EST", "2026-03-04T09:30:00Z");
    check("Wed, 4 Mar 2026 10:30:00 +0100", "2026-03-04T09:30:00Z");
    check("March 4, 2026", "2026-03-04");
    check("Mar 4, 2026", "2026-03-04");
    check("4 March 2026", "2026-03-04");
    check("Wednesday, March 4, 2026", "2026-03-04");
    check("March 4, 2026, 9:30 AM", "2026-03-04T09:30:00Z");
    check("March 4, 2026 at 9:30 pm", "2026-03-04T21:30:00Z");
    check("1772616600", "2026-03-04T09:30:00Z");
}

static void nonsense_is_rejected(void **state)
{
    (void)state;
    check("", NULL);
    check("yesterday", NULL);
    check("2026-13-45", NULL);
    check("March 2026 sometime", NULL);
    check("2026-03-04T09:30:00 Mars time", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iso_8601),
        cmocka_unit_test(rfc_2822_and_prose),
        cmocka_unit_test(nonsense_is_rejected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
