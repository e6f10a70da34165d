/* token.c: words by the Unicode word-break rules (UAX #29) with hashes of
 * their normalised forms.
 *
 * Text is cut at ASCII white space first, which UAX #29 always breaks
 * around. A chunk of pure ASCII, by far the common case in news, is split by
 * the ASCII subset of the rules, written out below and checked against
 * libunistring in the unit tests; any other chunk goes to libunistring's
 * u8_wordbreaks. Normalisation is utf8proc's NFKC with case folding. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <uniwbrk.h>
/* xxHash's own header-only mode: the hash inlines into the word loop. */
#define XXH_INLINE_ALL
#include <xxhash.h>

/* Word-break classes of ASCII bytes, as UAX #29 assigns them. */
enum { C_OTHER, C_SPACE, C_LETTER, C_DIGIT, C_EXTEND, C_MIDLETTER, C_MIDNUMLET, C_MIDNUM, C_HIGH };
#define IS_WORD(c) ((unsigned)((c)-C_LETTER) <= C_EXTEND - C_LETTER)

static const uint8_t ascii_class[256] = {
    ['\t'] = C_SPACE,         ['\n'] = C_SPACE,         ['\v'] = C_SPACE,
    ['\f'] = C_SPACE,         ['\r'] = C_SPACE,         [' '] = C_SPACE,
    ['0' ... '9'] = C_DIGIT,  ['A' ... 'Z'] = C_LETTER, ['a' ... 'z'] = C_LETTER,
    [':'] = C_MIDLETTER,      ['.'] = C_MIDNUMLET,      ['\''] = C_MIDNUMLET, /* MidNumLet and Single_Quote */
    [','] = C_MIDNUM,         [';'] = C_MIDNUM,         ['_'] = C_EXTEND,     /* ExtendNumLet */
    [0x80 ... 0xFF] = C_HIGH,
};

struct text_tokenizer {
    wt_buf norm;  /* normalised form of the current word */
    uint8_t *brk; /* u8_wordbreaks output for the current chunk */
    size_t brk_cap;
};

text_tokenizer *text_tokenizer_new(void)
{
    text_tokenizer *tz = calloc(1, sizeof *tz);
    if (!tz) return NULL;
    wt_buf_init(&tz->norm, (size_t)1 << 30);
    return tz;
}

void text_tokenizer_free(text_tokenizer *tz)
{
    if (!tz) return;
    wt_buf_free(&tz->norm);
    free(tz->brk);
    free(tz);
}

size_t text_token_at(const text_tokens *tok, uint32_t b)
{
    size_t lo = 0, hi = tok->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tok->v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void text_tokens_free(text_tokens *t)
{
    free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
}

static inline wt_status push_token(text_tokens *out, size_t start, size_t end, uint64_t hash)
{
    if (out->n == out->cap) {
        wt_status st = wt_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, (size_t)1 << 31);
        if (st) return st;
    }
    out->v[out->n++] = (text_token){(uint32_t)start, (uint32_t)end, hash};
    return WT_OK;
}

/* The normalised form of a word of any script into tz->norm. */
static wt_status normalize_unicode(text_tokenizer *tz, const char *w, size_t len)
{
    wt_buf_reset(&tz->norm);
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)len, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    if (n < 0) {
        free(mapped);
        /* Only reachable with invalid UTF-8, which the text layer repairs
         * before tokenising; hash the bytes as they are. */
        return wt_buf_add(&tz->norm, w, len);
    }
    /* Typographic apostrophes match straight ones: copies often change them. */
    wt_status st = WT_OK;
    for (utf8proc_ssize_t i = 0; i < n && !st; i++) {
        if (i + 2 < n && mapped[i] == 0xE2 && mapped[i + 1] == 0x80 && mapped[i + 2] == 0x99) {
            st = wt_buf_addc(&tz->norm, '\'');
            i += 2;
        } else {
            st = wt_buf_addc(&tz->norm, (char)mapped[i]);
        }
    }
    free(mapped);
    return st;
}

static wt_status normalize_ascii(text_tokenizer *tz, const char *w, size_t len)
{
    wt_buf_reset(&tz->norm);
    wt_status st = wt_buf_reserve(&tz->norm, len);
    if (st) return st;
    char *d = tz->norm.p;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        d[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    tz->norm.len = len;
    d[len] = '\0';
    return WT_OK;
}

wt_status text_normalize_word(text_tokenizer *tz, const char *w, size_t len, wt_buf *out)
{
    int ascii = 1;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = (unsigned char)w[i] < 0x80;
    wt_status st = ascii ? normalize_ascii(tz, w, len) : normalize_unicode(tz, w, len);
    if (st) return st;
    wt_buf_reset(out);
    return wt_buf_add(out, tz->norm.p, tz->norm.len);
}

/* 1 when the segment holds a letter or a number of any script. */
static int is_wordlike(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t left = (utf8proc_ssize_t)len;
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) return 0;
        utf8proc_category_t cat = utf8proc_category(cp);
        if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
            (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
            return 1;
        p += n;
        left -= n;
    }
    return 0;
}

static wt_status tokenize_unicode(text_tokenizer *tz, const char *s, size_t a, size_t b, text_tokens *out)
{
    size_t n = b - a;
    wt_status st = wt_grow((void **)&tz->brk, &tz->brk_cap, n, 1, (size_t)1 << 32);
    if (st) return st;
    u8_wordbreaks((const uint8_t *)s + a, n, (char *)tz->brk);
    size_t seg = 0;
    for (size_t i = 1; i <= n; i++) {
        if (i < n && !tz->brk[i]) continue;
        if (is_wordlike(s + a + seg, i - seg)) {
            if ((st = normalize_unicode(tz, s + a + seg, i - seg))) return st;
            st = push_token(out, a + seg, a + i, XXH3_64bits(tz->norm.p, tz->norm.len));
            if (st) return st;
        }
        seg = i;
    }
    return WT_OK;
}

wt_status text_tokenize(text_tokenizer *tz, const char *s, size_t len, text_tokens *out)
{
    if (len > UINT32_MAX) return WT_ERR_LIMIT;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, chunk = 0, chunk_tokens = out->n;
    wt_status st;
    while (i < len) {
        int c = ascii_class[u[i]];
        if (c == C_SPACE) {
            chunk = ++i;
            chunk_tokens = out->n;
            continue;
        }
        if (c == C_HIGH) {
            /* Not ASCII: redo this white-space-delimited chunk by the full rules. */
            out->n = chunk_tokens;
            size_t e = i;
            while (e < len && ascii_class[u[e]] != C_SPACE)
                e++;
            if ((st = tokenize_unicode(tz, s, chunk, e, out))) return st;
            i = e;
            continue;
        }
        if (!IS_WORD(c)) {
            i++;
            continue;
        }
        /* An ASCII word: letters, digits and connectors (WB5, WB8-WB13b),
         * bridged by a middle character between two letters (WB6/WB7: can't,
         * U.S) or two digits (WB11/WB12: 3.5, 1,000). Case is folded on the
         * fly; words are short, so the folded copy lives on the stack. */
        size_t start = i, n = 0;
        int alnum = 0;
        char low[64];
        for (;;) {
            while (i < len && IS_WORD(c = ascii_class[u[i]])) {
                if (n < sizeof low) low[n] = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] + 32 : u[i]);
                n++;
                alnum |= c != C_EXTEND;
                i++;
            }
            if (i + 1 >= len) break;
            int prev = ascii_class[u[i - 1]], next = ascii_class[u[i + 1]];
            if ((prev == C_LETTER && next == C_LETTER && (c == C_MIDLETTER || c == C_MIDNUMLET)) ||
                (prev == C_DIGIT && next == C_DIGIT && (c == C_MIDNUM || c == C_MIDNUMLET))) {
                if (n < sizeof low) low[n] = (char)u[i];
                n++;
                i++;
                continue;
            }
            break;
        }
        if (i < len && c == C_HIGH) continue; /* the chunk is redone above */
        if (!alnum) continue;
        uint64_t h;
        if (n <= sizeof low) {
            h = XXH3_64bits(low, n);
        } else {
            if ((st = normalize_ascii(tz, s + start, n))) return st;
            h = XXH3_64bits(tz->norm.p, tz->norm.len);
        }
        if ((st = push_token(out, start, i, h))) return st;
    }
    return WT_OK;
}
