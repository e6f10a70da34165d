/* date.c: publication dates in the forms news metadata uses, to UTC.
 * strptime does the field work; this file knows the formats and zones. */
#include "wiretrace.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Formats tried in order; the flag says whether they carry a time of day. */
static const struct {
    const char *fmt;
    int has_time;
} FORMATS[] = {
    {"%Y-%m-%dT%H:%M:%S", 1},
    {"%Y-%m-%d %H:%M:%S", 1},
    {"%Y-%m-%dT%H:%M", 1},
    {"%Y-%m-%d %H:%M", 1},
    {"%Y-%m-%d", 0},
    {"%Y/%m/%d %H:%M:%S", 1},
    {"%Y/%m/%d", 0},
    {"%Y%m%dT%H%M%S", 1},
    {"%a, %d %b %Y %H:%M:%S", 1},
    {"%a, %d %b %Y %H:%M", 1},
    {"%d %b %Y %H:%M:%S", 1},
    {"%a %b %d %H:%M:%S %Y", 1}, /* asctime */
    {"%A, %B %d, %Y %I:%M %p", 1},
    {"%A, %B %d, %Y", 0},
    {"%A %B %d, %Y", 0},
    {"%B %d, %Y, %I:%M %p", 1},
    {"%B %d, %Y %I:%M %p", 1},
    {"%B %d, %Y at %I:%M %p", 1},
    {"%B %d, %Y %H:%M", 1},
    {"%B %d, %Y", 0},
    {"%B %d %Y", 0},
    {"%d %B %Y %H:%M", 1},
    {"%A, %d %B %Y", 0},
    {"%A %d %B %Y", 0},
    {"%d %B %Y", 0},
    {"%d %B, %Y", 0},
    {"%d.%m.%Y", 0},
};

/* Offsets of named zones seen in news feeds, in minutes east of UTC. */
static const struct {
    const char *name;
    int minutes;
} ZONES[] = {
    {"Z", 0},      {"UTC", 0},    {"GMT", 0},    {"UT", 0},     {"EST", -300}, {"EDT", -240},
    {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420},
    {"BST", 60},   {"CET", 60},   {"CEST", 120}, {"IST", 330},  {"JST", 540},  {"AEST", 600},
};

/* 2200-01-01T00:00:00Z: dates are accepted from 1900 up to here. */
#define LAST_EPOCH 7258118400LL

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && isspace((unsigned char)*p))
        p++;
    return p;
}

/* The zone after a time: offset in seconds; -1 on anything else. */
static int parse_zone(const char *p, const char *end, long *offset)
{
    *offset = 0;
    p = skip_space(p, end);
    if (p == end) return 0;
    if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1, h, m = 0;
        const char *q = p + 1;
        if (end - q >= 2 && isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1])) {
            h = (q[0] - '0') * 10 + (q[1] - '0');
            q += 2;
        } else {
            return -1;
        }
        if (q < end && *q == ':') q++;
        if (end - q >= 2 && isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1])) {
            m = (q[0] - '0') * 10 + (q[1] - '0');
            q += 2;
        }
        if (skip_space(q, end) != end || h > 14 || m > 59) return -1;
        *offset = sign * (h * 3600L + m * 60L);
        return 0;
    }
    for (size_t i = 0; i < sizeof ZONES / sizeof ZONES[0]; i++) {
        size_t k = strlen(ZONES[i].name);
        if ((size_t)(end - p) >= k && strncasecmp(p, ZONES[i].name, k) == 0) {
            const char *q = p + k;
            if (q < end && (*q == '+' || *q == '-')) {
                long extra;
                if (parse_zone(q, end, &extra)) return -1;
                *offset = ZONES[i].minutes * 60L + extra;
                return 0;
            }
            if (skip_space(q, end) != end) return -1;
            *offset = ZONES[i].minutes * 60L;
            return 0;
        }
    }
    return -1;
}

int wt_date_parse(const char *s, size_t len, int64_t *epoch)
{
    char buf[128];
    const char *b = skip_space(s, s + len), *e = s + len;
    while (e > b && isspace((unsigned char)e[-1]))
        e--;
    if (e == b || (size_t)(e - b) >= sizeof buf) return 0;
    size_t n = (size_t)(e - b);
    memcpy(buf, b, n);
    buf[n] = '\0';

    /* Bare epoch seconds or milliseconds. */
    size_t digits = strspn(buf, "0123456789");
    if (digits == n && (n == 10 || n == 13)) {
        long long v = strtoll(buf, NULL, 10);
        if (n == 13) v /= 1000;
        if (v >= LAST_EPOCH) return 0; /* the same range as written dates */
        *epoch = v;
        return 2;
    }
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        const char *rest = strptime(buf, FORMATS[i].fmt, &tm);
        if (!rest) continue;
        /* Fractions of a second are dropped. */
        if (FORMATS[i].has_time && *rest == '.') {
            rest++;
            while (isdigit((unsigned char)*rest))
                rest++;
        }
        long offset = 0;
        if (*rest && (!FORMATS[i].has_time || parse_zone(rest, buf + n, &offset) != 0)) continue;
        if (tm.tm_year < 0 || tm.tm_year >= 300 || tm.tm_mday < 1) continue; /* 1900 to 2199 */
        time_t t = timegm(&tm);
        if (t == (time_t)-1 && !(tm.tm_year == 69)) continue;
        *epoch = (int64_t)t - offset;
        return FORMATS[i].has_time ? 2 : 1;
    }
    return 0;
}

char *wt_date_format(int64_t epoch, int precision, char out[21])
{
    struct tm tm;
    time_t t = (time_t)epoch;
    out[0] = '\0';
    if (!gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 8099) return out;
    /* strftime bounds every field, so 21 bytes always suffice. */
    strftime(out, 21, precision >= 2 ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d", &tm);
    return out;
}
