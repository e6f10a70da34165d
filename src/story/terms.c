/* terms.c: the key terms of one article, the words that tell its story
 * apart from others: content words outside page junk, names counting
 * double (a capitalised word that does not open a sentence), headline
 * words and speakers' names counting again. Common words are left out
 * here; the corpus-wide pass weighs the rest by how rare they are. */
#include "story.h"

#include <stdlib.h>
#include <string.h>

#define MIN_WORD      3 /* bytes: shorter words are function words or initials */
#define NAME_WEIGHT   2.0f
#define TITLE_WEIGHT  2.0f
#define SPEAKER_BONUS 1.0f
#define MAX_TABLE     ((size_t)1 << 24)

/* Words that appear in any story: function words of English (and of the
 * Romance languages news corpora often mix in) and the vocabulary of
 * reporting itself. */
static const char *const COMMON[] = {
    "the",       "and",       "for",       "that",     "with",      "was",       "were",      "are",
    "has",       "have",      "had",       "not",      "but",       "this",      "from",      "they",
    "their",     "them",      "there",     "these",    "those",     "which",     "who",       "whom",
    "whose",     "what",      "when",      "where",    "why",       "how",       "will",      "would",
    "could",     "should",    "can",       "may",      "might",     "must",      "shall",     "been",
    "being",     "its",       "his",       "her",      "hers",      "him",       "she",       "our",
    "ours",      "you",       "your",      "yours",    "all",       "any",       "some",      "one",
    "two",       "three",     "four",      "five",     "six",       "seven",     "eight",     "nine",
    "ten",       "than",      "then",      "into",     "onto",      "out",       "over",      "under",
    "about",     "after",     "before",    "again",    "also",      "just",      "only",      "very",
    "more",      "most",      "much",      "many",     "such",      "other",     "others",    "each",
    "every",     "both",      "few",       "own",      "same",      "too",       "now",       "new",
    "off",       "while",     "during",    "through",  "between",   "against",   "among",     "because",
    "since",     "until",     "upon",      "via",      "per",       "yet",       "still",     "even",
    "well",      "back",      "down",      "here",     "does",      "did",       "doing",     "done",
    "get",       "got",       "make",      "made",     "take",      "took",      "come",      "came",
    "going",     "went",      "see",       "saw",      "seen",      "know",      "knew",      "think",
    "want",      "way",       "like",      "use",      "used",      "year",      "years",     "month",
    "months",    "week",      "weeks",     "day",      "days",      "today",     "yesterday", "tomorrow",
    "time",      "times",     "people",    "last",     "first",     "next",      "part",      "including",
    "around",    "across",    "without",   "within",   "along",     "also",      "however",   "although",
    "though",    "whether",   "either",    "neither",  "nor",       "per",       "cent",      "percent",
    "million",   "billion",   "thousand",  "hundred",  "said",      "says",      "say",       "saying",
    "told",      "tell",      "tells",     "added",    "adds",      "according", "reported",  "reports",
    "report",    "reporting", "statement", "news",     "asked",     "noted",     "mr",        "mrs",
    "ms",        "dr",        "monday",    "tuesday",  "wednesday", "thursday",  "friday",    "saturday",
    "sunday",    "january",   "february",  "march",    "april",     "june",      "july",      "august",
    "september", "october",   "november",  "december", "it's",      "don't",     "didn't",    "isn't",
    "wasn't",    "won't",     "can't",     "there's",  "that's",    "he's",      "she's",     "they're",
    "we're",     "i'm",       "you're",    "let",      "lot",       "set",       "put",       "need",
    "told",      "good",      "great",     "big",      "small",     "long",      "high",      "low",
    "old",       "young",     "early",     "late",     "former",    "latest",    "recent",    "recently",
    "another",   "end",       "start",     "number",   "place",     "world",     "los",       "las",
    "del",       "que",       "por",       "con",      "para",      "una",       "uno",       "como",
    "más",       "pero",      "sus",       "este",     "esta",      "fue",       "han",       "ser",
    "les",       "des",       "une",       "est",      "dans",      "pour",      "qui",       "pas",
    "sur",       "par",       "avec",      "der",      "die",       "das",       "und",       "den",
    "dem",       "ein",       "eine",      "ist",      "mit",       "von",       "auf",       "für",
    NULL,
};

struct story_lexicon {
    text_wordset *common;
};

story_lexicon *story_lexicon_new(void)
{
    story_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx || !(lx->common = text_wordset_new())) {
        free(lx);
        return NULL;
    }
    if (text_wordset_add_all(lx->common, COMMON, 1)) {
        story_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

void story_lexicon_free(story_lexicon *lx)
{
    if (!lx) return;
    text_wordset_free(lx->common);
    free(lx);
}

static int is_common(const story_lexicon *lx, uint64_t h)
{
    return text_wordset_get(lx->common, h) != 0;
}

void story_scratch_free(story_scratch *s)
{
    free(s->table);
    s->table = NULL;
    s->cap = 0;
}

/* A word worth keeping: long enough, not a number, not a common word. */
static int content_word(const story_lexicon *lx, const char *text, const text_token *t)
{
    unsigned char c = (unsigned char)text[t->start];
    if (t->end - t->start < MIN_WORD || (c >= '0' && c <= '9')) return 0;
    return !is_common(lx, t->hash);
}

/* Counts a word; once the table is three quarters full (only an article
 * of millions of distinct words gets there) new words are not taken. */
static void add(story_scratch *s, size_t size, size_t *used, uint64_t h, float w)
{
    h |= 1; /* 0 marks an empty slot */
    size_t m = size - 1, k = (size_t)h & m;
    while (s->table[k].hash && s->table[k].hash != h)
        k = (k + 1) & m;
    if (!s->table[k].hash) {
        if (4 * (*used + 1) > 3 * size) return;
        (*used)++;
        s->table[k].hash = h;
    }
    s->table[k].weight += w;
}

static int heavier(const void *p, const void *q)
{
    const story_term *x = p, *y = q;
    if (x->weight != y->weight) return x->weight > y->weight ? -1 : 1;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

wt_status story_terms(const story_lexicon *lx, story_scratch *s, const char *text, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, const char *title_text,
                      const text_tokens *title, const uint32_t *names, size_t nnames, story_term **out,
                      uint32_t *nout)
{
    *out = NULL;
    *nout = 0;
    size_t words = tok->n + (title ? title->n : 0) + nnames;
    size_t need = 64;
    while (need < 2 * words && need < MAX_TABLE)
        need *= 2;
    if (s->cap < need) {
        story_term *t = realloc(s->table, need * sizeof *t);
        if (!t) return WT_ERR_NOMEM;
        s->table = t;
        s->cap = need;
    }
    /* Only the part the article needs is used: faster to clear and scan. */
    memset(s->table, 0, need * sizeof *s->table);

    size_t j = 0, si = 0, used = 0;
    for (size_t i = 0; i < tok->n; i++) {
        const text_token *t = &tok->v[i];
        while (j < njunk && junk[j].end <= t->start)
            j++;
        if (j < njunk && junk[j].start <= t->start) continue;
        while (si < sent->n && sent->v[si].end <= t->start)
            si++;
        if (!content_word(lx, text, t)) continue;
        unsigned char c = (unsigned char)text[t->start];
        int opens = si < sent->n && sent->v[si].start == t->start;
        add(s, need, &used, t->hash, c >= 'A' && c <= 'Z' && !opens ? NAME_WEIGHT : 1.0f);
    }
    for (size_t i = 0; title && i < title->n; i++)
        if (content_word(lx, title_text, &title->v[i])) add(s, need, &used, title->v[i].hash, TITLE_WEIGHT);
    for (size_t i = 0; i < nnames; i++) {
        size_t k = text_token_at(tok, names[i]);
        if (k < tok->n && tok->v[k].start == names[i] && content_word(lx, text, &tok->v[k]))
            add(s, need, &used, tok->v[k].hash, SPEAKER_BONUS);
    }

    /* The heaviest STORY_TERMS, kept in order by insertion: most words are
     * lighter than the lightest kept and cost one comparison. */
    story_term best[STORY_TERMS];
    size_t n = 0;
    for (size_t k = 0; k < need; k++) {
        const story_term *t = &s->table[k];
        if (!t->hash || (n == STORY_TERMS && heavier(t, &best[n - 1]) > 0)) continue;
        size_t at = n < STORY_TERMS ? n++ : n - 1;
        while (at > 0 && heavier(t, &best[at - 1]) < 0) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = *t;
    }
    if (!n) return WT_OK;
    if (!(*out = malloc(n * sizeof **out))) return WT_ERR_NOMEM;
    memcpy(*out, best, n * sizeof **out);
    *nout = (uint32_t)n;
    return WT_OK;
}
