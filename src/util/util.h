/* util.h: small shared helpers for every stage: a bounded growable byte
 * buffer (in the manner of curl's dynbuf) and checked allocation. */
#ifndef WT_UTIL_H
#define WT_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include "wiretrace.h"

/* A growable byte buffer that never grows past max. The bytes are always
 * followed by a NUL so p can be used as a C string. */
typedef struct wt_buf {
    char *p;
    size_t len, cap, max;
} wt_buf;

void wt_buf_init(wt_buf *b, size_t max);
void wt_buf_free(wt_buf *b);  /* releases p; b may be reused after init */
void wt_buf_reset(wt_buf *b); /* len = 0, memory kept */
wt_status wt_buf_reserve(wt_buf *b, size_t extra);
wt_status wt_buf_add(wt_buf *b, const void *p, size_t n);
wt_status wt_buf_addc(wt_buf *b, char c);
wt_status wt_buf_adds(wt_buf *b, const char *s);
/* Hands the bytes to the caller (free() them) and resets b to empty. */
char *wt_buf_take(wt_buf *b, size_t *len);

/* strndup that returns NULL only on allocation failure; caller frees. */
char *wt_strndup(const char *s, size_t n);

/* Grows an array of elem-size items to hold at least need items; *cap is
 * updated. Returns WT_ERR_NOMEM or WT_ERR_LIMIT past max items. */
wt_status wt_grow(void **arr, size_t *cap, size_t need, size_t elem, size_t max);

/* Monotonic seconds, for measuring durations. */
double wt_now(void);

#define WT_MIN(a, b) ((a) < (b) ? (a) : (b))
#define WT_MAX(a, b) ((a) > (b) ? (a) : (b))

#endif
