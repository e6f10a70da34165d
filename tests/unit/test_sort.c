/* test_sort.c: the parallel radix sort orders keys by the chosen bits and
 * keeps equal keys in their order, for any number of threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "reuse/reuse.h"

static void sorts_stably_on_any_threads(void **state)
{
    (void)state;
    size_t n = 300000;
    uint64_t *v = malloc(n * sizeof *v), *w = malloc(n * sizeof *w);
    uint64_t s = 42;
    for (size_t i = 0; i < n; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        /* Few distinct keys in bits 32..63 so that ties are common; the
         * low 32 bits hold the original position. */
        v[i] = (s >> 52) << 32 | (uint32_t)i;
    }
    for (int threads = 1; threads <= 4; threads++) {
        memcpy(w, v, n * sizeof *w);
        assert_int_equal(reuse_radix_sort(w, n, 32, 64, threads), WT_OK);
        for (size_t i = 1; i < n; i++) {
            assert_true(w[i - 1] >> 32 <= w[i] >> 32);
            if (w[i - 1] >> 32 == w[i] >> 32) assert_true((uint32_t)w[i - 1] < (uint32_t)w[i]);
        }
    }
    /* A pass in which all keys share a digit changes nothing. */
    for (size_t i = 0; i < n; i++)
        w[i] = (uint64_t)7 << 48 | (n - i);
    assert_int_equal(reuse_radix_sort(w, n, 0, 64, 2), WT_OK);
    for (size_t i = 1; i < n; i++)
        assert_true(w[i - 1] < w[i]);
    free(v);
    free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sorts_stably_on_any_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
