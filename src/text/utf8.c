/* utf8.c: UTF-8 validation and repair, on libunistring's decoder. */
#include "text.h"

#include <string.h>
#include <unistr.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

int text_utf8_valid(const char *s, size_t len)
{
    if (memchr(s, '\0', len)) return 0;
    /* Multi-byte sequences are made of bytes >= 0x80 only, so each run of
     * such bytes can be checked on its own and ASCII skipped in words. */
    size_t i = 0;
    while (i < len) {
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL) break;
            i += 8;
        }
        while (i < len && (unsigned char)s[i] < 0x80)
            i++;
        size_t j = i;
        while (j < len && (unsigned char)s[j] >= 0x80)
            j++;
        if (j > i && u8_check((const uint8_t *)s + i, j - i) != NULL) return 0;
        i = j;
    }
    return 1;
}

wt_status text_utf8_repair(const char *in, size_t len, wt_buf *out, size_t *replaced)
{
    const uint8_t *p = (const uint8_t *)in, *q = p, *end = p + len;
    size_t bad = 0;
    wt_status st = wt_buf_reserve(out, len);
    if (st) return st;
    while (q < end) {
        if (*q > 0 && *q < 0x80) {
            q++;
            continue;
        }
        ucs4_t uc;
        /* u8_mbtouc consumes the maximal invalid subpart in one step and
         * reports it as U+FFFD, as Unicode recommends for replacement. */
        int n = u8_mbtouc(&uc, q, (size_t)(end - q));
        int invalid = uc == 0 || (uc == 0xFFFD && !(n == 3 && q[0] == 0xEF && q[1] == 0xBF && q[2] == 0xBD));
        if (!invalid) {
            q += n;
            continue;
        }
        if ((st = wt_buf_add(out, p, (size_t)(q - p)))) return st;
        if ((st = wt_buf_add(out, REPLACEMENT, 3))) return st;
        bad++;
        q += n > 0 ? n : 1;
        p = q;
    }
    if ((st = wt_buf_add(out, p, (size_t)(q - p)))) return st;
    *replaced = bad;
    return WT_OK;
}
