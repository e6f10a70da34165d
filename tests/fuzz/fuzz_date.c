/* fuzz_date.c: any string through the date parser; what parses must
 * format and parse again to the same instant. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "wiretrace.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int64_t t, again;
    int p = wt_date_parse((const char *)data, size, &t);
    if (p) {
        char iso[21];
        wt_date_format(t, p, iso);
        if (iso[0] && (wt_date_parse(iso, strlen(iso), &again) != p || again != t)) abort();
    }
    return 0;
}
