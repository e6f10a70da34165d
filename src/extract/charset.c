/* charset.c: an HTML page's bytes to UTF-8. The encoding comes from a byte
 * order mark, else from <meta charset> or the http-equiv Content-Type in
 * the first bytes, else is UTF-8 when the bytes are valid UTF-8 and
 * Windows-1252 otherwise (what browsers assume for old Western pages).
 * A declaration that the bytes contradict is not believed: valid UTF-8
 * with multi-byte characters stays UTF-8 whatever the page claims. iconv
 * does the conversion. */
#include "extract.h"
#include "../text/text.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#define SNIFF_BYTES 4096

/* The charset named in a meta tag within the first bytes, into name. */
static int declared_charset(const char *s, size_t n, char *name, size_t cap)
{
    n = WT_MIN(n, (size_t)SNIFF_BYTES);
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(s + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < n && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j >= n || s[j] != '=') continue;
        j++;
        while (j < n && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
            j++;
        size_t k = 0;
        while (j < n && k + 1 < cap &&
               (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':'))
            name[k++] = (char)tolower((unsigned char)s[j++]);
        name[k] = '\0';
        if (k) return 1;
    }
    return 0;
}

static int is_utf8_name(const char *c)
{
    return !strcmp(c, "utf-8") || !strcmp(c, "utf8");
}

/* 1 when s holds multi-byte UTF-8 and nothing invalid. */
static int clearly_utf8(const char *s, size_t n)
{
    int multi = 0;
    for (size_t i = 0; i < n && !multi; i++)
        multi = (unsigned char)s[i] >= 0x80;
    return multi && text_utf8_valid(s, n);
}

/* Converts with iconv; a byte iconv cannot read becomes U+FFFD. */
static wt_status convert(const char *from, const char *in, size_t n, wt_buf *out, size_t *bad)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) return WT_ERR_ARG;
    wt_status st = wt_buf_reserve(out, n + n / 2 + 16);
    char *src = (char *)in;
    size_t left = n;
    while (!st && left > 0) {
        if ((st = wt_buf_reserve(out, left * 2 + 16))) break;
        char *dst = out->p + out->len;
        size_t room = out->cap - out->len - 1, before = room;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        out->len += before - room;
        if (r != (size_t)-1) break;
        if (errno == E2BIG) continue;
        /* EILSEQ or EINVAL: one byte the charset does not define. */
        st = wt_buf_add(out, "\xEF\xBF\xBD", 3);
        (*bad)++;
        src++;
        left--;
    }
    iconv_close(cd);
    if (!st) out->p[out->len] = '\0';
    return st;
}

wt_status extract_to_utf8(const char *in, size_t n, wt_buf *out, char *used, size_t used_cap, size_t *bad)
{
    *bad = 0;
    const char *from = NULL;
    char name[48] = "";
    if (n >= 3 && !memcmp(in, "\xEF\xBB\xBF", 3)) {
        in += 3, n -= 3;
    } else if (n >= 2 && !memcmp(in, "\xFF\xFE", 2)) {
        from = "UTF-16LE", in += 2, n -= 2;
    } else if (n >= 2 && !memcmp(in, "\xFE\xFF", 2)) {
        from = "UTF-16BE", in += 2, n -= 2;
    } else if (declared_charset(in, n, name, sizeof name) && !is_utf8_name(name) && !clearly_utf8(in, n)) {
        from = name;
    } else if (!text_utf8_valid(in, n) && !(name[0] && is_utf8_name(name))) {
        from = "WINDOWS-1252";
    }
    wt_buf_reset(out);
    wt_status st = WT_OK;
    if (from) {
        st = convert(from, in, n, out, bad);
        if (st == WT_ERR_ARG) { /* a charset iconv does not know: read as Windows-1252 */
            wt_buf_reset(out);
            from = "WINDOWS-1252";
            st = convert(from, in, n, out, bad);
        }
    }
    if (!from) {
        from = "UTF-8";
        wt_buf_reset(out);
        st = text_utf8_repair(in, n, out, bad);
    } else if (!st && out->len && memchr(out->p, '\0', out->len)) {
        /* NUL is no text in any charset: replaced as in UTF-8 input. */
        wt_buf clean;
        wt_buf_init(&clean, out->max);
        size_t nul = 0;
        st = text_utf8_repair(out->p, out->len, &clean, &nul);
        *bad += nul;
        wt_buf_free(out);
        *out = clean;
    }
    snprintf(used, used_cap, "%s", from);
    return st;
}
