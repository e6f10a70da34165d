/* sort.c: a stable LSD radix sort of 64-bit keys on all threads. Each pass
 * counts 16-bit digits per thread over its slice, turns the counts into
 * offsets digit by digit and thread by thread (which keeps equal keys in
 * order), and scatters each slice in parallel. */
#include "reuse.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define DIGITS           65536
#define MAX_SORT_THREADS 64
#define MIN_SLICE        ((size_t)1 << 16) /* below this a thread is not worth starting */

typedef struct slice {
    const uint64_t *src;
    uint64_t *dst;
    size_t lo, hi;
    int shift;
    uint64_t mask;
    size_t *count; /* DIGITS counters, then this slice's offsets */
    int scatter;
} slice;

static void *run_slice(void *arg)
{
    slice *s = arg;
    if (!s->scatter) {
        memset(s->count, 0, DIGITS * sizeof *s->count);
        for (size_t i = s->lo; i < s->hi; i++)
            s->count[(s->src[i] >> s->shift) & s->mask]++;
    } else {
        for (size_t i = s->lo; i < s->hi; i++)
            s->dst[s->count[(s->src[i] >> s->shift) & s->mask]++] = s->src[i];
    }
    return NULL;
}

/* Runs every slice's phase, on threads for all but the first. */
static void run_all(slice *sl, int nt)
{
    pthread_t th[MAX_SORT_THREADS];
    int started = 1;
    for (; started < nt; started++)
        if (pthread_create(&th[started], NULL, run_slice, &sl[started]) != 0) break;
    run_slice(&sl[0]);
    for (int t = 1; t < started; t++)
        pthread_join(th[t], NULL);
    for (int t = started; t < nt; t++)
        run_slice(&sl[t]);
}

wt_status reuse_radix_sort(uint64_t *v, size_t n, int lo_bit, int hi_bit, int threads)
{
    if (n < 2) return WT_OK;
    int nt = threads < 1 ? 1 : threads > MAX_SORT_THREADS ? MAX_SORT_THREADS : threads;
    while (nt > 1 && n / (size_t)nt < MIN_SLICE)
        nt--;
    uint64_t *tmp = malloc(n * sizeof *tmp);
    size_t *counts = malloc((size_t)nt * DIGITS * sizeof *counts);
    if (!tmp || !counts) {
        free(tmp);
        free(counts);
        return WT_ERR_NOMEM;
    }
    slice sl[MAX_SORT_THREADS];
    uint64_t *src = v, *dst = tmp;
    for (int shift = lo_bit; shift < hi_bit; shift += 16) {
        uint64_t mask = hi_bit - shift >= 16 ? 0xFFFF : ((uint64_t)1 << (hi_bit - shift)) - 1;
        for (int t = 0; t < nt; t++)
            sl[t] = (slice){src,   dst,  n * (size_t)t / (size_t)nt,  n * (size_t)(t + 1) / (size_t)nt,
                            shift, mask, counts + (size_t)t * DIGITS, 0};
        run_all(sl, nt);
        size_t first_digit = (src[0] >> shift) & mask, same = 0;
        for (int t = 0; t < nt; t++)
            same += sl[t].count[first_digit];
        if (same == n) continue; /* one digit for all keys: nothing moves */
        size_t sum = 0;
        for (size_t d = 0; d <= mask; d++)
            for (int t = 0; t < nt; t++) {
                size_t c = sl[t].count[d];
                sl[t].count[d] = sum;
                sum += c;
            }
        for (int t = 0; t < nt; t++)
            sl[t].scatter = 1;
        run_all(sl, nt);
        uint64_t *x = src;
        src = dst;
        dst = x;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);
    free(tmp);
    free(counts);
    return WT_OK;
}
