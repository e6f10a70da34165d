/* label.c: a readable name for a story: the headline of its most central
 * article, or, without one, the opening words of that article's text. */
#include "story.h"

#include <string.h>

#define LABEL_WORDS_BYTES 90 /* an opening sentence is cut near here, at a space */

static int space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

size_t story_label(const char *title, const char *text, size_t len, char *out, size_t cap)
{
    const char *s = title && *title ? title : text;
    size_t n = title && *title ? strlen(title) : len;
    while (n && space(*s)) {
        s++;
        n--;
    }
    int cut = 0;
    if (!(title && *title)) {
        const char *nl = memchr(s, '\n', n);
        if (nl) n = (size_t)(nl - s);
        const char *stop = NULL;
        for (size_t i = 0; i + 1 < n && !stop; i++)
            if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && space(s[i + 1])) stop = s + i + 1;
        if (stop) n = (size_t)(stop - s);
        if (n > LABEL_WORDS_BYTES) {
            size_t k = LABEL_WORDS_BYTES;
            while (k > 0 && !space(s[k]))
                k--;
            n = k ? k : LABEL_WORDS_BYTES;
            cut = 1;
        }
    }
    while (n && space(s[n - 1]))
        n--;
    /* Never cut inside a UTF-8 sequence. */
    size_t room = cap > 4 ? cap - 4 : 0;
    if (n > room) {
        n = room;
        cut = 1;
    }
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    memcpy(out, s, n);
    if (cut) {
        memcpy(out + n, "\xE2\x80\xA6", 3); /* … */
        n += 3;
    }
    out[n] = '\0';
    return n;
}
