/* buf.c: the bounded growable byte buffer and small allocation helpers. */
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void wt_buf_init(wt_buf *b, size_t max)
{
    b->p = NULL;
    b->len = b->cap = 0;
    b->max = max;
}

void wt_buf_free(wt_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

void wt_buf_reset(wt_buf *b)
{
    b->len = 0;
    if (b->p) b->p[0] = '\0';
}

wt_status wt_buf_reserve(wt_buf *b, size_t extra)
{
    if (extra > b->max || b->len > b->max - extra) return WT_ERR_LIMIT;
    size_t need = b->len + extra + 1; /* room for the trailing NUL */
    if (need <= b->cap) return WT_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    if (cap > b->max + 1) cap = b->max + 1;
    char *p = realloc(b->p, cap);
    if (!p) return WT_ERR_NOMEM;
    b->p = p;
    b->cap = cap;
    return WT_OK;
}

wt_status wt_buf_add(wt_buf *b, const void *p, size_t n)
{
    wt_status st = wt_buf_reserve(b, n);
    if (st) return st;
    if (n) memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
    return WT_OK;
}

wt_status wt_buf_addc(wt_buf *b, char c)
{
    return wt_buf_add(b, &c, 1);
}

wt_status wt_buf_adds(wt_buf *b, const char *s)
{
    return wt_buf_add(b, s, strlen(s));
}

char *wt_buf_take(wt_buf *b, size_t *len)
{
    if (!b->p && wt_buf_reserve(b, 0) != WT_OK) return NULL;
    char *p = b->p;
    if (len) *len = b->len;
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

char *wt_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

wt_status wt_grow(void **arr, size_t *cap, size_t need, size_t elem, size_t max)
{
    if (need <= *cap) return WT_OK;
    if (need > max) return WT_ERR_LIMIT;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    if (n > max) n = max;
    if (n > SIZE_MAX / elem) return WT_ERR_NOMEM;
    void *p = realloc(*arr, n * elem);
    if (!p) return WT_ERR_NOMEM;
    *arr = p;
    *cap = n;
    return WT_OK;
}

double wt_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
