/* attrib.c: quotes and reported speech, by rules over sentences: this
 * file reads quotations and sentences and calls reported.c for reported
 * speech; the phrases come from phrase.c, the word lists from lexicon.c.
 *
 *   direct     a quotation (straight or curly marks, within a paragraph or
 *              run on into the next) whose sentence names who said it,
 *              before ("X said: ...", "X: ...") or after ("..., X said" /
 *              "..., said X"); a quotation standing alone right after an
 *              attributed one continues it
 *   reported   a sentence with a reporting verb: "X said (that) ...",
 *              "... , X said.", "according to X, ...", several to a
 *              sentence when its clauses have speakers of their own
 *
 * The source is the short phrase next to the cue; he/she resolve to the
 * subject last named, "the outlet" and the like to the outlet last named.
 * Short quotations without a cue (scare quotes, titles) are not speech. */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MIN_QUOTE_WORDS  4 /* a quotation standing alone needs this many words to continue one */
#define MIN_SPEECH_WORDS 2 /* a one-word quotation is a term, not speech */

const char *const ATTRIB_KINDS[5] = {"unknown", "person", "outlet", "organization", "anonymous"};

/* The first cue in [ta, qa) with a speaker of its own (*any; qa when
 * none), and the first whose speaker is no relative pronoun (*named):
 * "Huntley, a delegate, said he wanted "..."" reports the quotation's
 * clause, "who said" inside an apposition does not. */
static void leading_cues(const ctx *c, size_t ta, size_t qa, size_t *any, size_t *named)
{
    *any = *named = qa;
    for (size_t e = ta; e < qa && *named == qa; e++) {
        if (!ph_is_cue(c, e)) continue;
        size_t ea, eb, ev = ph_verb_group_start(c, ta, e);
        ph_phrase_before(c, ta, ev, &ea, &eb);
        if (eb == ea) ph_name_before_apposition(c, ta, ev, &ea, &eb);
        if (eb == ea) continue;
        if (*any == qa) *any = e;
        if (!ph_relative(c, ea)) *named = e;
    }
}

static void reverse(attribution *v, size_t a, size_t b)
{
    for (; a + 1 < b; a++, b--) {
        attribution t = v[a];
        v[a] = v[b - 1];
        v[b - 1] = t;
    }
}

/* Whether the sentence after sentence s, right after byte end in its
 * paragraph, is a bare "Trump said." or "she says Monday.": a speaker
 * for the quotation that ended the sentence before. */
static int bare_said_next(const ctx *c, const text_spans *sent, size_t s, uint32_t end)
{
    if (s + 1 >= sent->n || sent->v[s + 1].start > end + 5) return 0; /* (past the closing mark) */
    for (uint32_t p = end; p < sent->v[s + 1].start; p++)
        if (c->text[p] == '\n') return 0;
    size_t a = text_token_at(c->tok, sent->v[s + 1].start), b = text_token_at(c->tok, sent->v[s + 1].end);
    if (b >= a + 2 && word_in(c, b - 1, TIME_WORDS)) b--;
    if (b < a + 2 || b - a > 5 || !(word_is(c, b - 1, "said") || word_is(c, b - 1, "says"))) return 0;
    if (b == a + 2 && word_in(c, a, PRONOUNS_PERSON)) return 1;
    for (size_t k = a; k + 1 < b; k++)
        if (!capitalized(c, k) || (k > a && !ph_gap_clear(c, k - 1, k))) return 0;
    return 1;
}

/* Whether token i is a word in -ing, as a participle opening a sentence
 * is: 'Holding open a book, Beck said, "..."' tells what Beck did. */
static int opens_with_ing(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    return t->end - t->start > 4 && !memcmp(c->text + t->end - 3, "ing", 3);
}

/* Moves the attributions from `from` on to stand before the one at `at`,
 * keeping text order when a clause was read after what follows it (the
 * clause before a quotation, the question before its answer). */
static void put_before(attributions *out, size_t from, size_t at)
{
    if (at >= from || from >= out->n) return;
    reverse(out->v, at, from);
    reverse(out->v, from, out->n);
    reverse(out->v, at, out->n);
}

/* Sets QUOTED on the tokens inside closed quotations (within a
 * paragraph): a cue there is a speaker's word, not the article's
 * attribution ('"I know you can handle it," she wrote'). */
/* Whether byte p breaks a paragraph: an empty line, or any line break in a
 * text whose paragraphs are single lines (single_lines). */
static int paragraph_break(const char *text, size_t p, size_t len, int single_lines)
{
    return text[p] == '\n' && (single_lines || (p + 1 < len && text[p + 1] == '\n'));
}

static void mark_quoted(const char *text, size_t len, int single_lines, const text_tokens *tok,
                        uint64_t *flags)
{
    size_t t = 0;
    for (size_t p = 0; p < len; p++) {
        int k = (text[p] == '"' || text[p] == '\'' || (unsigned char)text[p] == 0xE2)
                    ? ph_is_open_quote(text, p, len)
                    : 0;
        if (!k) continue;
        size_t q = p + (size_t)k, e = q;
        while (e < len && !ph_is_close_quote(text, e, len) && !paragraph_break(text, e, len, single_lines))
            e++;
        /* Unclosed: perhaps no quotation at all, unless the next paragraph
         * opens with a mark, as a quotation running over paragraphs does. */
        if (e < len && text[e] == '\n') {
            size_t n = e;
            while (n < len && (text[n] == '\n' || text[n] == ' '))
                n++;
            if (n >= len || !ph_is_open_quote(text, n, len)) continue;
        } else if (e >= len) {
            continue;
        }
        while (t < tok->n && tok->v[t].start < q)
            t++;
        for (; t < tok->n && tok->v[t].end <= e; t++)
            flags[t] |= QUOTED;
        p = e;
    }
}

/* Spaces or no-break spaces from byte p: the byte after them. */
static size_t skip_blanks(const char *t, size_t p, size_t len)
{
    for (;;) {
        if (p < len && t[p] == ' ')
            p++;
        else if (p + 1 < len && (unsigned char)t[p] == 0xC2 && (unsigned char)t[p + 1] == 0xA0)
            p += 2;
        else
            return p;
    }
}

/* A signature at byte p: a dash ("—", "―", or "- "), then a name of a
 * person or a body that ends its line (a title may follow after a comma):
 * '— Ines Varga.' Sets the dash's length and the name's tokens. */
static int signature_at(const ctx *c, size_t p, size_t *d, size_t *a, size_t *n)
{
    const char *t = c->text;
    *d = (size_t)ph_long_dash(t, p, c->len);
    /* (a hyphen with a space after it, or set right before the name at a
     * line's start: "-Michelle Marks, Philadelphia.") */
    if (!*d && p + 1 < c->len && t[p] == '-' &&
        (t[p + 1] == ' ' || ((p == 0 || t[p - 1] == '\n') && t[p + 1] >= 'A' && t[p + 1] <= 'Z')))
        *d = 1;
    if (!*d) return 0;
    size_t ns = skip_blanks(t, p + *d, c->len);
    if (ns > p + *d + 2 || ns >= c->len) return 0;
    *a = *n = text_token_at(c->tok, (uint32_t)ns);
    while (*n < c->tok->n && *n - *a < 6 && capitalized(c, *n) && (*n == *a || ph_gap_clear(c, *n - 1, *n)))
        (*n)++;
    if (*n == *a || c->tok->v[*a].start != ns) return 0;
    size_t e = c->tok->v[*n - 1].end;
    while (e < c->len && t[e] == '.')
        e++;
    e = skip_blanks(t, e, c->len);
    if (e < c->len && t[e] != '\n' && t[e] != ',') return 0;
    int kind = ph_kind_of(c, *a, *n);
    return kind == KIND_PERSON || kind == KIND_ORGANIZATION || kind == KIND_OUTLET;
}

/* Emits the quotation from the opening mark at qs to a closing mark that
 * ends at qe (maybe before a stop) as said by the signer at dash p, unless
 * nothing is quoted there or something else already took it. */
static wt_status emit_signed(ctx *c, size_t qs, size_t qe, size_t p, size_t d, size_t a, size_t n)
{
    const char *t = c->text;
    if (qe < qs + 8) return WT_OK;
    int open = ph_is_open_quote(t, qs, c->len);
    size_t close = qe - 1; /* the closing mark, maybe before a stop */
    if (t[close] == '.') close--;
    size_t cl = 0;
    for (size_t w = 1; w <= 3 && !cl && close + 1 >= w; w++)
        if (ph_is_close_quote(t, close + 1 - w, c->len) == (int)w) cl = w;
    if (!open || !cl) return WT_OK;
    uint32_t cs = (uint32_t)(qs + (size_t)open), ce = (uint32_t)(close + 1 - cl);
    if (ce <= cs) return WT_OK;
    for (size_t k = 0; k < c->out->n; k++)
        if (c->out->v[k].content.start < qe && c->out->v[k].content.end > qs) return WT_OK;
    wt_status st = ph_emit(c, (attrib_span){cs, ce}, (attrib_span){(uint32_t)p, (uint32_t)(p + d)}, a, n, 1);
    if (st) return st;
    size_t at = c->out->n - 1; /* in the order of the text */
    while (at > 0 && c->out->v[at - 1].content.start > cs)
        at--;
    put_before(c->out, c->out->n - 1, at);
    return WT_OK;
}

/* Longest reach of a signature back from its line's end: a dash, a name
 * of six words and a stop. */
#define SIGNATURE_REACH 96

/* A quotation signed by its writer, as pages print reader comments and
 * epigraphs: a paragraph of its own signed by the next ('"We will sail at
 * dawn."' then '— Ines Varga'), or by the end of its own line ('"We will
 * sail at dawn." — Ines Varga'): the signer's words, when nothing else
 * gave them a speaker. */
static wt_status signed_quotes(ctx *c)
{
    const char *t = c->text;
    for (size_t p = 0; p + 4 < c->len;) {
        const char *nl = memchr(t + p, '\n', c->len - p);
        size_t le = nl ? (size_t)(nl - t) : c->len, d, a, n;
        wt_status st = WT_OK;
        if (p >= 2 && signature_at(c, p, &d, &a, &n)) {
            size_t qe = p - 1; /* the paragraph before: a quotation from its first byte to its last */
            while (qe > 0 && (t[qe - 1] == '\n' || t[qe - 1] == ' '))
                qe--;
            size_t qs = qe;
            while (qs > 0 && t[qs - 1] != '\n')
                qs--;
            st = emit_signed(c, qs, qe, p, d, a, n);
        } else if (le > p + 8 && ph_is_open_quote(t, p, c->len)) {
            for (size_t q = le > p + SIGNATURE_REACH ? le - SIGNATURE_REACH : p + 1; q < le; q++) {
                if (((unsigned char)t[q] != 0xE2 && t[q] != '-') || !signature_at(c, q, &d, &a, &n)) continue;
                size_t qe = q; /* the closing mark right before the dash */
                while (qe > p && (t[qe - 1] == ' ' || (qe >= p + 2 && (unsigned char)t[qe - 2] == 0xC2 &&
                                                       (unsigned char)t[qe - 1] == 0xA0)))
                    qe -= t[qe - 1] == ' ' ? 1 : 2;
                st = emit_signed(c, p, qe, q, d, a, n);
                break;
            }
        }
        if (st) return st;
        if (!nl) break;
        p = le + 1;
    }
    return WT_OK;
}

/* Embedded posts as pages print them: "The media makes everything up! —
 * Donald J. Trump (@realDonaldTrump) June 29, 2016": the words from the
 * line's start (or the markup before them) to the dash are the named
 * account's own. */
static wt_status embedded_posts(ctx *c)
{
    const char *t = c->text;
    for (size_t p = 1; p + 3 < c->len; p++) {
        if (t[p] != '(' || t[p + 1] != '@' || t[p - 1] != ' ') continue;
        size_t h = text_token_at(c->tok, (uint32_t)p + 2); /* the handle */
        if (h >= c->tok->n || c->tok->v[h].start != p + 2) continue;
        size_t n = text_token_at(c->tok, (uint32_t)p), a = n; /* the name before it, in capitals */
        while (a > 0 && n - a < 6 && capitalized(c, a - 1) && (a == n || ph_gap_clear(c, a - 1, a)))
            a--;
        if (a == n || a == 0 || c->flags[a] & QUOTED) continue;
        /* a dash right before the name */
        uint32_t d = c->tok->v[a].start;
        while (d > 0 && t[d - 1] == ' ')
            d--;
        int dash = d >= 3 && ph_long_dash(t, d - 3, c->len);
        int hyphen = d >= 2 && t[d - 1] == '-' && t[d - 2] == ' ';
        if (!dash && !hyphen) continue;
        uint32_t cue_start = dash ? d - 3 : d - 1, e = cue_start;
        while (e > 0 && t[e - 1] == ' ')
            e--;
        uint32_t s = e;
        while (s > 0 && t[s - 1] != '\n' && t[s - 1] != '>' && e - s < 2000)
            s--;
        if (e <= s + 1) continue;
        /* (the name decides the kind; the source shows the account too) */
        wt_status st = ph_emit(c, (attrib_span){s, e},
                               (attrib_span){cue_start, dash ? cue_start + 3 : cue_start + 1}, a, n, 1);
        if (st) return st;
        if (c->tok->v[h].end < c->len && t[c->tok->v[h].end] == ')')
            c->out->v[c->out->n - 1].source.end = c->tok->v[h].end + 1;
        size_t at = c->out->n - 1; /* in the order of the text */
        while (at > 0 && c->out->v[at - 1].content.start > s)
            at--;
        put_before(c->out, c->out->n - 1, at);
    }
    return WT_OK;
}

/* Whether the quotation opening at byte p ends with a comma, a question
 * or an exclamation mark and its speaker follows: ', "...," said Kunin',
 * ', "...?" she asked'. */
static int said_after(const ctx *c, size_t p)
{
    size_t q = p + (size_t)ph_is_open_quote(c->text, p, c->len), e = 0;
    for (size_t i = q; i < c->len && !e && c->text[i] != '\n'; i++)
        if (ph_is_close_quote(c->text, i, c->len)) e = i;
    if (!e || e == q || !strchr(",?!", c->text[e - 1])) return 0;
    size_t qb = text_token_at(c->tok, (uint32_t)e);
    return qb < c->tok->n && (ph_is_cue(c, qb) || (qb + 1 < c->tok->n && ph_is_cue(c, qb + 1) &&
                                                   (word_in(c, qb, PRONOUNS_PERSON) || capitalized(c, qb))));
}

/* Only when and where stand between a speaker's cue ending at said and a
 * quotation opening at q, and a comma closes them: '..., she said on
 * Monday, "..."' goes on with her words. */
static int said_when_where(const ctx *c, size_t said, size_t q)
{
    const char *text = c->text;
    if (q <= said || q - said > 40) return 0;
    size_t b = q;
    while (b > said && text[b - 1] == ' ')
        b--;
    if (!(b > said && text[b - 1] == ',' && !memchr(text + said, '.', b - said) &&
          !memchr(text + said, '"', b - said)))
        return 0;
    /* (not a cue of its own, '..., adding later, "..."', nor a turn, '...,
     * but despite the tone, "..."', nor a quotation whose speaker follows) */
    for (size_t t = text_token_at(c->tok, (uint32_t)said); t < c->tok->n && c->tok->v[t].start < b; t++)
        if (ph_is_cue(c, t) || word_in(c, t, CUES) || word_is(c, t, "adding") || word_in(c, t, CONCESSIONS) ||
            word_in(c, t, CLAUSE_OPENERS))
            return 0;
    return !said_after(c, q);
}

/* The quotation of out->v[k] goes on to end: its content, and the same
 * words given again to another source right after it ('"...," Sanders
 * said, according to CNN. "..."': CNN's are the whole quotation too). */
static void continue_quote(attributions *out, size_t k, uint32_t end)
{
    attrib_span was = out->v[k].content;
    for (size_t j = k; j < out->n; j++)
        if (j == k || (out->v[j].content.start == was.start && out->v[j].content.end == was.end))
            out->v[j].content.end = end;
}

static wt_status find(const attrib_lexicon *lx, const char *text, size_t len, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, attributions *out);

wt_status attrib_find(const attrib_lexicon *lx, const char *text, size_t len, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, attributions *out)
{
    char *doubled; /* (the rules read the text with single marks made double) */
    wt_status st = attrib_double_marks(text, len, &doubled);
    if (st) return st;
    size_t first = out->n;
    st = find(lx, doubled ? doubled : text, len, tok, sent, junk, njunk, out);
    free(doubled);
    /* The same attribution found twice, when a sentence is read again
     * after a quotation, is one (kept in place; those near it looked at). */
    size_t w = first;
    for (size_t r = first; r < out->n && !st; r++) {
        const attribution *a = &out->v[r];
        int seen = 0;
        for (size_t k = w > first + 16 ? w - 16 : first; k < w && !seen; k++) {
            const attribution *b = &out->v[k];
            seen = a->content.start == b->content.start && a->content.end == b->content.end &&
                   a->cue.start == b->cue.start && a->cue.end == b->cue.end &&
                   a->source.start == b->source.start && a->source.end == b->source.end;
        }
        if (!seen) out->v[w++] = *a;
    }
    if (!st) out->n = w;
    return st;
}

static wt_status find(const attrib_lexicon *lx, const char *text, size_t len, const text_tokens *tok,
                      const text_spans *sent, const junk_span *junk, size_t njunk, attributions *out)
{
    uint64_t *flags = malloc((tok->n ? tok->n : 1) * sizeof *flags);
    if (!flags) return WT_ERR_NOMEM;
    for (size_t i = 0; i < tok->n; i++)
        flags[i] = text_wordset_get(lx->words, tok->v[i].hash);
    int single_lines = len > 0 && !memmem(text, len, "\n\n", 2); /* paragraphs one line each */
    mark_quoted(text, len, single_lines, tok, flags);
    ctx c = {.flags = flags,
             .text = text,
             .len = len,
             .tok = tok,
             .out = out,
             .gz = lx->gz,
             .mid_caps_n = SIZE_MAX};
    wt_status st = WT_OK;
    size_t q_from = 0; /* quotations are searched from here on */
    size_t jk = 0;
    int last_direct = -1;   /* index in out of the last attributed quotation, for continuations */
    int last_reported = -1; /* the last sentence's reported speech of a person, and where it ended */
    uint32_t reported_end = 0;
    size_t resume = 0; /* token to read a sentence again from, after a quotation in it */
    for (size_t s = 0; s < sent->n && !st; s++) {
        uint32_t ss = sent->v[s].start, se = sent->v[s].end;
        while (jk < njunk && junk[jk].end <= ss)
            jk++;
        if (jk < njunk && junk[jk].start < se) continue; /* junk */
        size_t ta = text_token_at(tok, ss), tb = text_token_at(tok, se);
        size_t s2 = s; /* the sentence a quotation opening in this one ends in */
        int resumed = resume > ta && resume < tb;
        if (resumed) ta = resume; /* read again after its first quotation */
        resume = 0;
        if (c.pending_at && ss >= c.pending_at && ss <= c.pending_at + 4 &&
            !ph_is_open_quote(text, ss, len) && (unsigned char)text[ss] != 0xE2) {
            /* "Wallnau wrote:" and a paragraph set off without quotation
             * marks: the paragraph is what was written. */
            size_t pe = ss;
            while (pe < len && text[pe] != '\n')
                pe++;
            st = ph_emit(&c, (attrib_span){ss, (uint32_t)pe}, c.pending_cue, c.pending_src_a, c.pending_src_b,
                         1);
            c.pending_at = 0;
            while (s + 1 < sent->n && sent->v[s + 1].start < pe)
                s++;
            continue;
        }
        if (!resumed) { /* (once a sentence: it may be read again after each quotation) */
            size_t caps = 0;
            for (size_t i = ta; i < tb; i++)
                caps += capitalized(&c, i);
            c.title_case = tb - ta >= 4 && 10 * caps >= 7 * (tb - ta);
        }
        if (ta >= tb) continue;
        /* A quotation opening in this sentence. */
        size_t qo = 0, qc = 0;
        int qmark = 0; /* the opening mark's length in bytes */
        /* From the last sentence's end: a mark opening this sentence may
         * lie before its first word. */
        size_t from = s > 0 ? sent->v[s - 1].end : 0;
        for (size_t p = WT_MAX(q_from, from); p < se && !qo; p++) {
            unsigned char ch = (unsigned char)text[p];
            if (ch != '"' && ch != 0xE2 && ch != '\'') continue; /* the bytes a quotation mark starts with */
            int k = ph_is_open_quote(text, p, len);
            if (k) qo = p + (size_t)k, qmark = k;
        }
        if (qo) {
            for (size_t p = qo; p < len && !qc; p++) {
                if (paragraph_break(text, p, len, single_lines)) break; /* runs on: ends at the paragraph */
                if (ph_is_close_quote(text, p, len)) qc = p;
            }
            size_t end = qc ? qc : qo;
            if (!qc) /* an open quotation ends with its paragraph */
                while (end < len && !(text[end] == '\n'))
                    end++;
            q_from = end + 1;
            size_t qa = text_token_at(tok, (uint32_t)qo), qb = text_token_at(tok, (uint32_t)end);
            attrib_span content = {(uint32_t)qo, (uint32_t)end};
            if (resumed && last_direct >= 0) {
                /* '"...," said Wilcox. "..."' in one sentence: the quotation
                 * goes on after its speaker, one attribution (a stop or a
                 * comma, a space, then a mark of any length: "“"). */
                attribution *ld = &out->v[last_direct];
                uint32_t said = WT_MAX(ld->cue.end, ld->source.end);
                if (said > ld->content.end && said <= qo &&
                    (qo - said <= 2 + (size_t)qmark || said_when_where(&c, said, qo - (size_t)qmark))) {
                    continue_quote(out, (size_t)last_direct, content.end);
                    s2 = s;
                    while (s2 + 1 < sent->n && sent->v[s2].end < end)
                        s2++;
                    goto next_quote;
                }
            }
            /* A person named before the quotation in its sentence is whom
             * a "she" after it means: 'Jan Berry said: "... "...," she
             * warned.' */
            if (qa > ta && !resumed) {
                size_t sa, sb;
                if (rp_opening_speaker(&c, ta, qa, &sa, &sb))
                    ph_note_person(&c, ph_span_of(&c, sa, sb), sa, sb);
            }
            /* One word is a term, unless a speaker follows it: '"Savage," she said.' */
            /* ('"Nooooo!" the crowd cried out': a short subject, then the cue) */
            /* (or a cue and a colon right before it: 'the heckler yelled:
             * "You suck!"') */
            int colon_cue = qa > ta && text[c.tok->v[qa - 1].end] == ':' &&
                            (ph_is_cue(&c, qa - 1) || (qa > ta + 1 && ph_is_cue(&c, qa - 2)));
            int spoken = colon_cue ||
                         (qc && end > qo && text[end - 1] && strchr(",?!", text[end - 1]) && qb < tok->n &&
                          (ph_is_cue(&c, qb) ||
                           (qb + 1 < tok->n && ph_is_cue(&c, qb + 1) &&
                            (word_in(&c, qb, PRONOUNS_PERSON) || capitalized(&c, qb))) ||
                           (qb + 2 < tok->n && word_is(&c, qb, "the") && ph_is_cue(&c, qb + 2) &&
                            ph_kind_of(&c, qb, qb + 2) != KIND_UNKNOWN)));
            if (qb - qa < MIN_SPEECH_WORDS && !spoken) goto not_speech;
            /* 'Asked whether Clinton "has the integrity to serve," 75 percent
             * said she does': words quoted inside the question. */
            if (qa > ta + 1 && !resumed &&
                (word_is(&c, ta, "asked") || (word_is(&c, ta, "when") && word_is(&c, ta + 1, "asked")))) {
                size_t k = ta + 1;
                while (k < qa && ph_gap_clear(&c, k - 1, k))
                    k++;
                uint32_t p = c.tok->v[qa - 1].end;
                while (p < qo && (text[p] == ' ' || text[p] == '"' || (unsigned char)text[p] >= 0x80))
                    p++;
                if (k == qa && p >= qo) goto not_speech;
            }
            /* 'an appearance on "CBS This Morning,"': a title in capitals
             * after a preposition names a show or a book. */
            /* (or after an owner: 'Fox News channel's "Sunday Morning
             * Futures,"') */
            if (qa > ta && (word_in(&c, qa - 1, NAME_BREAKERS) || ph_possessive(&c, qa - 1)) &&
                qb - qa <= 6) {
                size_t caps = 0;
                for (size_t i = qa; i < qb; i++)
                    caps += capitalized(&c, i) || word_in(&c, i, NAME_BREAKERS) || word_is(&c, i, "the");
                if (caps == qb - qa) goto not_speech;
            }
            /* 'the "Medicare for all" document': a short quotation between
             * an article and the noun it names is a title or a term. */
            if (qa > ta && qc &&
                (word_is(&c, qa - 1, "the") || word_is(&c, qa - 1, "a") || word_is(&c, qa - 1, "an")) &&
                qb - qa <= 5 && qb < tok->n && c.tok->v[qb].start <= end + 4 && !capitalized(&c, qb) &&
                !strchr(",.?!", text[end - 1]) && !ph_is_cue(&c, qb) && !word_in(&c, qb, PRONOUNS_PERSON) &&
                !word_in(&c, qb, NAME_BREAKERS) && !word_in(&c, qb, CLAUSE_OPENERS) &&
                !word_in(&c, qb, VERB_GROUP) && !word_in(&c, qb, PASSIVE) && !ph_past_tense(&c, qb) &&
                !word_is(&c, qb, "or"))
                goto not_speech;
            /* The rest of the sentence holding the quotation's end. */
            s2 = s;
            while (s2 + 1 < sent->n && sent->v[s2].end < end)
                s2++;
            size_t rb = text_token_at(tok, sent->v[s2].end);
            size_t found = 0, tail = rb; /* where the sentence goes on after the attribution */
            size_t first_new = out->n;
            if (qb + 1 < rb && word_is(&c, qb, "according") && word_is(&c, qb + 1, "to")) {
                size_t sa, sb; /* "...," according to the news outlet. */
                ph_phrase_after(&c, qb + 1, rb, &sa, &sb);
                if (sb > sa) {
                    st = ph_emit(&c, content, ph_span_of(&c, qb, qb + 2), sa, sb, 1);
                    found = 1;
                    tail = sb;
                }
            }
            /* 'Trump claimed that "..."': the quotation completes the verb
             * before it, whatever follows. */
            /* (A colon before it closes the clause: 'Trump asserted that
             * ...: "France is no longer France," he claimed.') */
            int colon_before = 0;
            for (size_t p = qa > ta ? c.tok->v[qa - 1].end : qo; p < qo; p++)
                colon_before |= text[p] == ':';
            size_t any_lead, lead; /* the first cues before it with a speaker ('Trump said it would "..."') */
            leading_cues(&c, ta, qa, &any_lead, &lead);
            int complement = qa > ta && !colon_before &&
                             (word_is(&c, qa - 1, "that") || ph_is_cue(&c, qa - 1) || any_lead + 1 < qa);
            /* (not a second quotation after words of their own and a comma,
             * when the speaker follows: '"...," she said, but despite the
             * tone, "...," said Kunin.') */
            size_t cue2, sa2, sb2;
            if (complement && resumed && !word_is(&c, qa - 1, "that") && !ph_is_cue(&c, qa - 1) &&
                any_lead + 2 < qa && ph_comma_after(&c, qa - 1) && qb + 1 < rb &&
                ph_comma_after(&c, qb - 1) && rp_speaker_clause(&c, qb, rb, &cue2, &sa2, &sb2))
                complement = 0;
            /* '"Who do they think they are?" Trump said of Apple.': a
             * question or a cry ends its sentence; the speaker may come in
             * the next, short one. */
            int cry = qc && end > qo && (text[end - 1] == '?' || text[end - 1] == '!');
            int same_para = 1;
            for (size_t p = end; s2 + 1 < sent->n && p < sent->v[s2 + 1].start; p++)
                same_para &= text[p] != '\n';
            if (cry && same_para && qb >= rb && s2 + 1 < sent->n && !complement &&
                sent->v[s2 + 1].start <= end + 4) {
                size_t nb = text_token_at(tok, sent->v[s2 + 1].start),
                       ne = text_token_at(tok, sent->v[s2 + 1].end);
                /* (a short one, or one opening with its speaker: '"Who do
                 * they think they are?" Trump said of Apple in February,
                 * when ...') */
                if (nb == qb && ne > nb && (ne - nb <= 12 || rp_opens_with_speaker(&c, nb, ne)) &&
                    !(c.flags[nb] & QUOTED)) {
                    s2++;
                    rb = ne;
                }
            }
            /* A speaker after the quotation: when it opens its sentence or
             * ends as speech does ('..., whoa,"', '...,",'); not 'could
             * muster no more than "ooooh, whoa" when Clinton accused him'. */
            int speechlike = qa == ta || (qc && end > qo && strchr(",?!", text[end - 1])) ||
                             (qc && ph_comma_after(&c, qb - 1));
            for (size_t i = qb; i < rb && i < qb + MAX_APPOSITION && !found && !complement && speechlike;
                 i++) {
                /* (a verb giving quotations, in lower case: not "the United
                 * States") */
                if (!ph_is_cue(&c, i) && !(word_in(&c, i, QUOTE_VERBS) && !capitalized(&c, i))) continue;
                /* (a verb giving quotations only beside them ends its clause:
                 * not '"...," and donations began to pick up') */
                if (!ph_is_cue(&c, i) && i > qb && i + 1 < rb && !ph_comma_after(&c, i)) continue;
                /* 'Conceding "down the line" he warned: "..."': a cue before
                 * a colon gives what follows it. */
                if (text[c.tok->v[i].end] == ':') break;
                size_t sa, sb, ce = i + 1; /* (the cue ends before ce) */
                if (i == qb) {
                    /* (not a verb with a person as object: '"Scandal,"
                     * thanked Obama for ...') */
                    if (word_in(&c, i, OBJECT_VERBS)) continue;
                    ce = ph_cue_end(&c, i, rb - 1);            /* ('"...," points out Piet Oyelaran') */
                    ph_phrase_after(&c, ce - 1, rb, &sa, &sb); /* ", said X", not ", described the impact" */
                    /* (a writing too: '"...," read the email.'; or whoever
                     * "said the skipper" names, a short phrase with its
                     * article, closing the clause) */
                    size_t head = sa; /* (up to a preposition: "a deckhand on the ferry") */
                    while (head < sb && !word_in(&c, head, NAME_BREAKERS))
                        head++;
                    int named = sb > sa && head - sa <= 4 &&
                                (word_is(&c, sa, "the") || word_is(&c, sa, "a") || word_is(&c, sa, "an") ||
                                 word_is(&c, sa, "one")) &&
                                (sb >= rb || ph_comma_after(&c, sb - 1) || word_is(&c, sb, "who") ||
                                 word_is(&c, sb, "that")) &&
                                (word_in(&c, i, INVERTING) || ph_name_like(&c, sa, head));
                    if (sb > sa && ph_kind_of(&c, sa, sb) == KIND_UNKNOWN && !named &&
                        !word_in(&c, sb - 1, DOCUMENTS) && !word_in(&c, sb - 1, EVIDENCE))
                        sb = sa;
                    /* (the speaker ends the clause: not '"Morning Joe," suggested
                     * business mogul Donald Trump's refusal could ...') */
                    int verb = 0; /* (a verb inside it is another clause) */
                    for (size_t k = sa; k < sb && !verb; k++)
                        verb = word_in(&c, k, VERB_GROUP) || ph_is_cue(&c, k);
                    if (sb > sa && !word_in(&c, i, INVERTING) &&
                        ((sb < rb && !ph_comma_after(&c, sb - 1) && !word_in(&c, sb, CLAUSE_OPENERS)) ||
                         verb))
                        sb = sa;
                } else if (i > qb + 1 && text[c.tok->v[i - 1].end] == ',')
                    ph_name_before_apposition(&c, qb, i, &sa, &sb); /* ", X, who ..., said" */
                else if (i <= qb + MAX_SOURCE_WORDS && ph_relative(&c, ph_last_clause(&c, qb, i)))
                    continue; /* '"...," Warren, who has not endorsed anyone, said' */
                else if (i <= qb + MAX_SOURCE_WORDS && ph_plausible_source(&c, ph_last_clause(&c, qb, i), i))
                    sa = ph_last_clause(&c, qb, i), sb = i; /* ", X said" */
                else if (i <= qb + MAX_SOURCE_WORDS)
                    continue;
                else
                    break;
                if (sb > sa && sb - sa <= MAX_SOURCE_WORDS) {
                    st = ph_emit(&c, content, ph_span_of(&c, i, ce), sa, sb, 1);
                    found = 1;
                    tail = WT_MAX(sb, ce);
                }
            }
            if (!found && !st && !complement && qb + 1 < rb) {
                /* '"...," he shrugged.', '"...," Trump shot back.': a speaker
                 * and a verb this does not know, and nothing else. */
                size_t v = qb;
                int pronoun = word_in(&c, qb, PRONOUNS_PERSON) || word_is(&c, qb, "they");
                /* (a name with an article and a word or two before it: '"...,"
                 * an angry Hollande retaliated.') */
                if (!pronoun && (word_is(&c, qb, "a") || word_is(&c, qb, "an") || word_is(&c, qb, "the")))
                    for (size_t k = qb + 1; k < rb && k <= qb + 3 && ph_gap_clear(&c, k - 1, k); k++)
                        if (capitalized(&c, k)) {
                            v = k;
                            break;
                        }
                size_t name_at = v;
                while (!pronoun && v < rb && v < name_at + 4 && capitalized(&c, v) &&
                       (v == qb || ph_gap_clear(&c, v - 1, v)))
                    v++;
                if (pronoun) v = qb + 1;
                size_t e = v + 1;
                while (e < rb && e < v + 3 && ph_gap_clear(&c, e - 1, e) && !capitalized(&c, e))
                    e++;
                int lower = v < rb && (unsigned char)text[c.tok->v[v].start] >= 'a' &&
                            (unsigned char)text[c.tok->v[v].start] <= 'z' && !word_in(&c, v, NAME_BREAKERS);
                /* ("Trump went on, as if ...": the verb's clause may end at a comma) */
                int particle = v + 1 < rb && (word_is(&c, v + 1, "on") || word_is(&c, v + 1, "back") ||
                                              word_is(&c, v + 1, "out"));
                if (v > qb && lower && ph_gap_clear(&c, v - 1, v) &&
                    (e >= rb || !ph_gap_clear(&c, e - 1, e)) &&
                    (pronoun || ph_kind_of(&c, name_at, v) == KIND_PERSON) &&
                    (ph_past_tense(&c, v) || text[c.tok->v[v].end - 1] == 's' || particle)) {
                    st = ph_emit(&c, content, ph_span_of(&c, v, e), pronoun ? qb : name_at, v, 1);
                    found = 1;
                    tail = e;
                }
            }
            /* "..., Law said, noting that donors feel ...": more speech after. */
            if (found && !st && tail < rb) {
                /* (Up to a quotation that goes on: its words are the speaker's.) */
                size_t stop = tail;
                uint32_t stop_at = sent->v[s2].end;
                while (stop < rb) {
                    uint32_t p = c.tok->v[stop].start;
                    if (p > 0 && (ph_is_open_quote(text, p - 1, len) ||
                                  (p >= 3 && !memcmp(text + p - 3, "\xE2\x80\x9C", 3)))) {
                        /* (one a colon or comma opens: 'adding: "..."'; not
                         * words quoted inside the clause) */
                        uint32_t q = c.tok->v[stop - 1].end;
                        while (q < p && text[q] == ' ')
                            q++;
                        if (q < p && (text[q] == ':' || text[q] == ',')) {
                            stop_at = c.tok->v[stop - 1].end;
                            break;
                        }
                    }
                    stop++;
                }
                /* (not when a cue of its own leads to that quotation: '...,
                 * though he said, "..."' is read with it) */
                int leads = stop < rb && stop > tail && ph_is_cue(&c, stop - 1);
                if (stop > tail && !leads) st = rp_reported(&c, tail, stop, stop_at);
                if (stop >= rb) q_from = WT_MAX(q_from, sent->v[s2].end); /* read to its end */
            }
            /* 'Trump asserted that France had lost its identity: "...," he
             * claimed': the clause before the colon reports too. */
            if (found && !st && colon_before && qa > ta + 2) {
                uint32_t colon = c.tok->v[qa - 1].end;
                while (colon < qo && text[colon] != ':')
                    colon++;
                size_t before = out->n;
                st = rp_reported(&c, ta, qa, colon);
                if (!st && out->n > before) {
                    put_before(out, before, before - 1);
                    /* "he insisted" after "Reyes-Alba argued ...:": the
                     * person just named, read after the quotation was. */
                    attribution *q = &out->v[out->n - 1], *p = &out->v[out->n - 2];
                    size_t qs = text_token_at(tok, q->source.start);
                    if (q->source.end == tok->v[qs].end && word_in(&c, qs, PRONOUNS_PERSON) &&
                        p->kind == KIND_PERSON) {
                        q->speaker_start = p->speaker_start;
                        q->speaker_end = p->speaker_end;
                    }
                }
            }
            size_t poll_e; /* 'In a Ledger poll, 75 percent said "most people" can't be trusted.' */
            if (!found && !st && rp_poll_opening(&c, ta, qa, &poll_e)) {
                st = rp_reported(&c, ta, rb, sent->v[s2].end);
                found = 1;
            }
            size_t said = ta; /* (after "But,": 'But, said Solovey, "..."') */
            while (said + 1 < qa && word_in(&c, said, CLAUSE_OPENERS))
                said++;
            /* (any verb of saying before a colon: 'In other words, explained
             * moderator Odile Franke: "..."') */
            int inverted = word_is(&c, said, "said") || word_is(&c, said, "says") ||
                           (word_in(&c, said, INVERTING) && text[c.tok->v[qa - 1].end] == ':' &&
                            ph_gap_clear(&c, said, said + 1));
            if (!found && !st && qa > said + 1 && inverted) {
                size_t sa, sb; /* "Said Comey, "..."" */
                ph_phrase_after(&c, said, qa, &sa, &sb);
                if (!word_is(&c, said, "said") && !word_is(&c, said, "says") && sb != qa)
                    sb = sa; /* (the speaker runs up to the colon: not 'Asked whether ..., he said:') */
                /* (and holds no clause of a pronoun and its verb: not 'Asked
                 * if he would stay he told the Ledger:') */
                for (size_t k = sa; k + 1 < sb; k++)
                    if (word_in(&c, k, PRONOUNS_PERSON) &&
                        (ph_is_cue(&c, k + 1) || word_in(&c, k + 1, VERB_GROUP)))
                        sb = sa;
                if (sb > sa && (ph_kind_of(&c, sa, sb) != KIND_UNKNOWN || word_in(&c, sb - 1, DOCUMENTS) ||
                                word_in(&c, sb - 1, EVIDENCE))) { /* ("Said the Pew report: ...") */
                    st = ph_emit(&c, content, ph_span_of(&c, said, said + 1), sa, sb, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa > ta + 2) { /* 'As the mayor put it: "..."' */
                size_t q, sb, cue_a, ce, e;
                if (rp_as_clause(&c, ta, qa, &q, &sb, &cue_a, &ce, &e) &&
                    (q == ta || word_in(&c, ta, CLAUSE_OPENERS) || ph_comma_after(&c, q - 1)) &&
                    (ce == qa || e == qa)) {
                    st = ph_emit(&c, content, ph_span_of(&c, cue_a, ce), q + 1, sb, 1);
                    found = 1;
                }
            }
            for (size_t i = ta; i + 1 < qa && !found && !st; i++) { /* "According to X, ..." */
                if (!word_is(&c, i, "according") || !word_is(&c, i + 1, "to")) continue;
                size_t sa, sb;
                ph_phrase_after(&c, i + 1, qa, &sa, &sb);
                if (sb > sa) {
                    st = ph_emit(&c, content, ph_span_of(&c, i, i + 2), sa, sb, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa > ta + 1 && text[c.tok->v[qa - 1].end] == ':') {
                size_t sa, sb; /* a roundup's "Headline - Carl Bialik:", "More from the report:" */
                if (ph_label_before_colon(&c, ta, qa, &sa, &sb)) {
                    uint32_t colon = c.tok->v[qa - 1].end;
                    st = ph_emit(&c, content, (attrib_span){colon, colon + 1}, sa, sb, 1);
                    found = 1;
                }
            }
            /* (a clause before the colon with a subject of its own is the
             * speaker's, not a cue before it: 'Reid said ..., but he gave
             * the Texan a compliment: "..."') */
            size_t colon_sa = 0, colon_sb;
            if (qa > ta + 1 && text[c.tok->v[qa - 1].end] == ':' &&
                !ph_colon_clause(&c, ta, qa, &colon_sa, &colon_sb))
                colon_sa = 0;
            for (size_t i = qa; i-- > ta && !found && !st && i >= colon_sa;) { /* "X said: ..." */
                if (word_in(&c, i, GERUNDS) && i > ta &&
                    (!ph_gap_clear(&c, i - 1, i) || word_in(&c, i - 1, DOCUMENTS) ||
                     word_is(&c, i - 1, "by") || word_is(&c, i - 1, "upon") || word_is(&c, i - 1, "before") ||
                     word_is(&c, i - 1, "after"))) {
                    /* "X posted a comment, saying, "...": the sentence's
                     * subject; "Clinton tweeted congratulations, adding ...":
                     * and the clause before may report too. */
                    size_t sa, sb;
                    ph_subject_before(&c, ta, i, &sa, &sb);
                    /* ("with one of its ads asking, "..."": what comes after "with") */
                    size_t w = i;
                    while (w > ta && i - w < MAX_SOURCE_WORDS && ph_gap_clear(&c, w - 1, w) &&
                           !word_is(&c, w - 1, "with"))
                        w--;
                    if (w > ta && w < i && word_is(&c, w - 1, "with") &&
                        (ph_kind_of(&c, w, i) != KIND_UNKNOWN || word_in(&c, i - 1, DOCUMENTS)))
                        sa = w, sb = i;
                    if (sb > sa) {
                        st = ph_emit(&c, content, ph_span_of(&c, i, i + 1), sa, sb, 1);
                        found = 1;
                        size_t before = out->n;
                        if (!st) st = rp_reported(&c, ta, i, c.tok->v[i - 1].end);
                        if (!st) put_before(out, before, before - 1);
                    }
                    continue;
                }
                /* (a verb giving quotations only beside them, before a colon
                 * or right before the quotation and a comma: 'The sign reads,
                 * "..."') */
                if (!ph_is_cue(&c, i) &&
                    !(word_in(&c, i, QUOTE_VERBS) && !capitalized(&c, i) &&
                      (text[c.tok->v[i].end] == ':' || (i + 1 == qa && text[c.tok->v[i].end] == ','))))
                    continue;
                size_t cue_a = ph_verb_group_start(&c, ta, i); /* "has learned", "also said" */
                size_t sa, sb;
                ph_phrase_before(&c, ta, cue_a, &sa, &sb);
                if (sb == sa)
                    ph_name_before_apposition(&c, ta, cue_a, &sa, &sb); /* "X, a lawyer, said: ..." */
                /* "The president noted ..., and added: ...", "... but went
                 * on to say, "..."" */
                size_t conj = cue_a;
                if (cue_a > ta + 2 && word_is(&c, cue_a - 1, "to"))
                    for (size_t t = cue_a - 2; t > ta && cue_a - t <= 4 && ph_gap_clear(&c, t, t + 1); t--)
                        if (word_is(&c, t, "and") || word_is(&c, t, "but")) {
                            conj = t + 1;
                            break;
                        }
                if (sb == sa && conj > ta + 1 &&
                    (word_is(&c, conj - 1, "and") || word_is(&c, conj - 1, "but")))
                    ph_subject_before(&c, ta, conj - 1, &sa, &sb);
                /* 'Ms Jowell insisted: "..." And continued: "..."': no subject
                 * at all, the speaker of the quotation just before. */
                int bare = sb == sa && out->n > 0 && out->v[out->n - 1].source.end &&
                           out->v[out->n - 1].direct &&
                           c.tok->v[ta].start - out->v[out->n - 1].content.end < 8;
                for (size_t k = ta; k < cue_a && bare; k++)
                    bare = word_in(&c, k, CLAUSE_OPENERS);
                if (bare && text[c.tok->v[i].end] == ':') {
                    attribution a = out->v[out->n - 1];
                    a.content = content;
                    a.cue = ph_span_of(&c, cue_a, i + 1);
                    st = attributions_push(out, &a);
                    found = 1;
                    break;
                }
                /* 'Candidates who think "..." are wrong, she said.': a
                 * relative clause's cue gives way to the sentence's speaker. */
                size_t cue2, sa2, sb2;
                /* (or one inside a noun phrase: 'Nothing the president said
                 * "will assuage fears," the senator said.') */
                /* (or one words of their own part from the quotation: 'she
                 * said, but despite the tone, "...," said Kunin.') */
                if (sb > sa &&
                    (ph_relative(&c, sa) || (sa > ta && ph_gap_clear(&c, sa - 1, sa)) || i + 2 < qa) &&
                    qb + 1 < rb && ph_comma_after(&c, qb - 1) &&
                    rp_speaker_clause(&c, qb, rb, &cue2, &sa2, &sb2))
                    continue;
                /* 'Bryant said he expects an "aggressive appeal" of the
                 * ruling': words between the cue and a quotation that no
                 * colon or comma introduces; the quoted words are part of
                 * reported speech, the whole sentence's. */
                size_t between = qa - (i + 1) - (i + 1 < qa && word_is(&c, i + 1, "that"));
                int introduced = 0;
                for (size_t p = c.tok->v[qa - 1].end; p < qo; p++)
                    introduced |= text[p] == ':' || text[p] == ',';
                /* 'He said that he would offer "a prayer"': an earlier cue
                 * with a speaker reports the clause the quotation is in. */
                int earlier = lead < cue_a;
                /* (not before a person's relative clause whose cue introduces
                 * the quotation itself: 'this tweet from Rikkie Wells who
                 * tweeted, "..."'; a writing's speaks for whoever made it) */
                if (earlier && introduced && i + 1 == qa && sb == sa + 1 && word_is(&c, sa, "who"))
                    earlier = 0;
                /* (not a clause of its own after "and": 'a woman asked for a
                 * photo and Clinton said, "..."': each clause its speaker) */
                size_t and_at = sa > ta + 1 ? sa - 1 : sa; /* (also "and then Wallnau continues:") */
                if (and_at > ta + 1 && (word_is(&c, and_at, "then") || word_is(&c, and_at, "later")))
                    and_at--;
                /* (or a concession: '..., though he said, "..."') */
                int joined = earlier && introduced && i + 1 == qa && sb > sa && and_at > ta &&
                             (word_is(&c, and_at, "and") || word_is(&c, and_at, "while") ||
                              word_in(&c, and_at, CONCESSIONS)) &&
                             ph_kind_of(&c, sa, sb) != KIND_UNKNOWN && !word_is(&c, i, "quote");
                /* (or the subject's own next verb: 'Trump joked that ..., but
                 * went on to say, "..."': the quotation is what he went on
                 * to say, and the words before are read on their own) */
                int next_verb = earlier && introduced && i + 1 == qa && sb > sa && conj <= cue_a &&
                                conj > sb && (word_is(&c, conj - 1, "and") || word_is(&c, conj - 1, "but")) &&
                                !word_is(&c, i, "quote");
                if (next_verb) {
                    st = rp_reported(&c, ta, conj - 1, c.tok->v[conj - 2].end);
                    if (!st) st = ph_emit(&c, content, ph_span_of(&c, conj, i + 1), sa, sb, 1);
                    found = 1;
                    break;
                }
                if (joined) {
                    /* (a person the clause before names is whom its "she" means) */
                    if (sb == sa + 1 && word_in(&c, sa, PRONOUNS_PERSON)) ph_note_names(&c, ta, and_at, 0);
                    st = ph_emit(&c, content, ph_span_of(&c, cue_a, i + 1), sa, sb, 1);
                    found = 1;
                    break;
                }
                if (sb > sa && ((between > 0 && !introduced) || earlier)) {
                    size_t before = out->n;
                    st = rp_reported(&c, ta, rb, sent->v[s2].end);
                    found = out->n > before;
                    break;
                }
                if (sb > sa) {
                    /* "The vote was close, she added, "...": the words before
                     * the speaker are hers too, reported. */
                    if (i + 1 == qa && sa > ta + 1 && !ph_gap_clear(&c, sa - 1, sa) &&
                        text[c.tok->v[sa - 1].end] == ',' && !word_in(&c, ta, NAME_BREAKERS) &&
                        !word_in(&c, ta, NOT_NAMES) && !word_in(&c, ta, CLAUSE_OPENERS)) {
                        /* ('Responding to the criticism, Trump said, "..."': a
                         * participle of speech opening the sentence reports
                         * what follows it; 'Holding open a book, ...' tells
                         * what one did) */
                        size_t from = ta, cue_end = ta;
                        if (opens_with_ing(&c, ta)) {
                            int speech = word_in(&c, ta, CUES) || word_in(&c, ta, GERUNDS) ||
                                         word_in(&c, ta, TOPIC_VERBS);
                            from = cue_end = ta + 1;
                            if (from + 1 < sa && word_in(&c, from, TOPIC_PREPS)) from = cue_end = ta + 2;
                            if (!speech) from = sa;
                        }
                        if (from < sa)
                            st = ph_emit(&c, (attrib_span){c.tok->v[from].start, c.tok->v[sa - 1].end},
                                         cue_end > ta ? ph_span_of(&c, ta, cue_end)
                                                      : ph_span_of(&c, cue_a, i + 1),
                                         sa, sb, 0);
                    }
                    /* (with its particle: 'Nwosu shot back, "..."') */
                    if (!st)
                        st = ph_emit(&c, content, ph_span_of(&c, cue_a, ph_cue_end(&c, i, qa)), sa, sb, 1);
                    found = 1;
                    /* 'She declared "What a Super Tuesday!" and said that ...':
                     * the speaker's next verb after the quotation. */
                    size_t v = qb + 1;
                    while (v < rb && v < qb + 4 && ph_in_verb_group(&c, v))
                        v++;
                    if (!st && v + 1 < rb && (word_is(&c, qb, "and") || word_is(&c, qb, "but")) &&
                        ph_gap_clear(&c, qb, v) && ph_is_cue(&c, v) && !word_in(&c, v, NOUN_CUES) &&
                        !word_in(&c, v, BASE_FORMS)) {
                        size_t k = v + 1 + (word_is(&c, v + 1, "that") && v + 2 < rb);
                        st = ph_emit(&c, (attrib_span){c.tok->v[k].start, sent->v[s2].end},
                                     ph_span_of(&c, qb + 1, v + 1), sa, sb, 0);
                    }
                }
            }
            if (!found && !st && qa > ta + 2 &&
                (text[c.tok->v[qa - 1].end] == ':' ||
                 (text[c.tok->v[qa - 1].end] == ',' && word_in(&c, qa - 1, DOCUMENTS)))) {
                /* "McConnell delivered a blunt message to Trump: "..."": a
                 * writing or a message before the colon, its sender's (or
                 * right before a comma: 'Trump issued a statement, "..."'). */
                size_t w = ta;
                while (w < qa && !word_in(&c, w, DOCUMENTS))
                    w++;
                size_t sa, sb;
                if (w < qa && w > ta) {
                    ph_subject_before(&c, ta, w, &sa, &sb);
                    if (sb > sa && sb < w) {
                        st = ph_emit(&c, content, ph_span_of(&c, w, w + 1), sa, sb, 1);
                        found = !st;
                    }
                }
            }
            if (!found && !st && qa > ta) { /* "Rep. Trey Gowdy: ..." */
                size_t colon = qo;
                while (colon > c.tok->v[qa - 1].end && text[colon - 1] != ':')
                    colon--;
                size_t k = qa - 1, i = k;
                while (i > ta && ph_gap_clear(&c, i - 1, i) && k - i + 1 < MAX_SOURCE_WORDS)
                    i--;
                int clause_start = i == ta || !ph_gap_clear(&c, i - 1, i);
                int name = 1; /* "Rep. Trey Gowdy:", not "Mr Houston was quoted saying:" */
                for (size_t j = i; j <= k && name; j++)
                    name = capitalized(&c, j) || word_is(&c, j, "the") || word_is(&c, j, "of") ||
                           word_in(&c, j, PARTICLES) || (unsigned char)text[c.tok->v[j].start] < 'A';
                if (colon > c.tok->v[k].end && clause_start && name &&
                    ph_kind_of(&c, i, k + 1) != KIND_UNKNOWN) {
                    st = ph_emit(&c, content, (attrib_span){(uint32_t)colon - 1, (uint32_t)colon}, i, k + 1,
                                 1);
                    found = 1;
                }
            }
            if (!found && !st && qa > ta + 1 && text[c.tok->v[qa - 1].end] == ':') {
                /* "In a Fox interview, Trump went even further: "..."": a
                 * short clause with a subject before the colon, no verb of
                 * saying needed. */
                size_t sa, sb, from = ph_last_clause(&c, ta, qa);
                ph_subject_before(&c, from, qa - 1, &sa, &sb);
                if (sb > sa && sa == from && qa - sb <= 6 && !word_in(&c, sb, NAME_BREAKERS) &&
                    ph_kind_of(&c, sa, sb) != KIND_UNKNOWN) {
                    st = ph_emit(&c, content, ph_span_of(&c, sb, qa), sa, sb, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa > ta + 1 && text[c.tok->v[qa - 1].end] == ':') {
                size_t sa, sb; /* 'to which O'Malley interjected: "..."' */
                if (ph_colon_clause(&c, ta, qa, &sa, &sb)) {
                    /* (the clauses before it first, on their own: 'Reid said
                     * Cruz is a non-entity, but he gave ...:') */
                    size_t e = sa;
                    while (e > ta && word_in(&c, e - 1, CLAUSE_OPENERS))
                        e--;
                    if (e > ta + 2) st = rp_reported(&c, ta, e, c.tok->v[e - 1].end);
                    if (!st) st = ph_emit(&c, content, ph_span_of(&c, sb, qa), sa, sb, 1);
                    found = 1;
                }
            }
            if (!found && !st && qa == ta && c.pending_at && c.pending_at + 4 >= qo - 1 &&
                c.pending_at <= qo) { /* "Cruz continued:\n\n"..." */
                st = ph_emit(&c, content, c.pending_cue, c.pending_src_a, c.pending_src_b, 1);
                found = 1;
            }
            c.pending_at = 0;
            /* ""Boots on the ground" would do, Ben Carson said": no cue next
             * to the quotation, but the sentence reports speech. */
            /* (Not when a closed quotation is the whole sentence: its words are
             * the speaker's, and '"...? Really?" Bush said.' names him next.) */
            if (!found && !st && (last_direct < 0 || qa != ta) && !(qc && qa == ta && qb + 1 >= rb)) {
                size_t before = out->n;
                st = rp_reported(&c, ta, rb, sent->v[s2].end);
                found = out->n > before;
            }
            /* 'Asked what that might look like, she said: "..."': the
             * question too, before the answer. */
            if (found && !st && qa > ta + 2) {
                size_t before = out->n, e;
                st = rp_asked(&c, ta, qa, &e);
                if (!st) put_before(out, before, first_new); /* the question first */
            }
            c.orphan.end = 0;
            /* (one ending as speech goes on: '"..., no?" Freddy Ortega said.';
             * not a finished statement another then agrees with, unless a
             * bare "Trump said." follows it) */
            int said_next =
                !found && qc && end > qo && text[end - 1] == '.' && bare_said_next(&c, sent, s2, end);
            if (!found && qc && end + 3 >= sent->v[s2].end && end > qo && (text[end - 1] != '.' || said_next))
                c.orphan = content;
            if (said_next) {
                /* (its speaker comes in the next sentence) */
            } else if (found) {
                /* The quotation's own attribution, to continue: not one of
                 * the sentence's others ("said X, who supported Cruz"). */
                last_direct = (int)out->n - 1;
                for (size_t k = out->n; k-- > first_new;)
                    if (out->v[k].content.start == content.start) last_direct = (int)k;
            } else if (last_direct >= 0 && qa == ta && qb - qa >= MIN_QUOTE_WORDS &&
                       /* (not one a comma closes before words of its own:
                        * '"...," an angry Hollande retaliated.') */
                       !(qc && end > qo && text[end - 1] == ',' && qb + 1 < rb)) {
                /* A quotation standing alone right after an attributed one
                 * continues it: '"...," she said. "..."' is one attribution
                 * whose content runs over both parts (and over paragraphs). */
                /* ('"...," Trump said, adding a plug for himself. "..."':
                 * the words the speaker went on to say, the last ones.) */
                attribution *ld = &out->v[last_direct], *after = &out->v[out->n - 1];
                int went_on = (size_t)last_direct + 1 < out->n && after->content.start > ld->content.end &&
                              after->speaker_start == ld->speaker_start && !after->direct &&
                              qo - after->content.end <= 4 &&
                              word_is(&c, text_token_at(tok, after->cue.start), "adding");
                if (went_on) { /* (its marks and all: the words around them are reported) */
                    after->content.end = qc ? (uint32_t)(qc + ph_is_close_quote(text, qc, len)) : content.end;
                    after->direct = 1;
                } else
                    continue_quote(out, (size_t)last_direct, content.end);
            } else if (last_reported >= 0 && qa == ta && qb - qa >= MIN_QUOTE_WORDS && !st) {
                /* '... the system cannot be trusted, he says. "People have to
                 * deposit their money in the banks ..."': a quotation standing
                 * alone in the paragraph of a person's reported words is theirs. */
                /* (or the paragraph after it, when it is words and not a
                 * slogan in capitals: 'Mr Raynsford dismissed a suggestion
                 * ...\n\n"This is a response to ..."') */
                int para = 0, lower = 0, upper = 0;
                for (uint32_t p = reported_end; p < qo; p++)
                    para += text[p] == '\n' && (p == 0 || text[p - 1] != '\n');
                for (size_t p = qo; p < end; p++)
                    lower += islower((unsigned char)text[p]), upper += isupper((unsigned char)text[p]);
                /* (a speaker not known to be a person, a document or "the
                 * Calder international", only in the same paragraph) */
                if (para == 0 ||
                    (para == 1 && lower > 4 * upper && out->v[last_reported].kind == KIND_PERSON)) {
                    attribution a = out->v[last_reported];
                    a.content = content;
                    a.direct = 1;
                    st = attributions_push(out, &a);
                    last_direct = (int)out->n - 1;
                }
            }
            last_reported = -1;
        next_quote:;
            /* Another quotation opening in the same sentence ('..., adding:
             * "..."'): read the sentence again from there. */
            /* Only when a cue of its own introduces it: not '"...," he said
             * on "Face the Nation."' (but the one after it may be: '...
             * said on "Morning Joe," adding, "..."') */
            size_t again = 0; /* where it opens */
            uint32_t last_cue = out->n ? out->v[out->n - 1].cue.start : 0;
            size_t t = text_token_at(tok, (uint32_t)q_from);
            for (size_t p = q_from; p < sent->v[s2].end && !again; p++) {
                if (!((text[p] == '"' || text[p] == '\'' || (unsigned char)text[p] == 0xE2) &&
                      ph_is_open_quote(text, p, len)))
                    continue;
                int cued = 0;
                /* (or it goes on right after its speaker: '"...," he said, "..."') */
                if (last_direct >= 0) {
                    uint32_t said = WT_MAX(out->v[last_direct].cue.end, out->v[last_direct].source.end);
                    cued = said > out->v[last_direct].content.end && said <= p && p - said <= 4;
                    if (!cued && said > out->v[last_direct].content.end) cued = said_when_where(&c, said, p);
                }
                for (; t < tok->n && tok->v[t].start < p && !cued; t++)
                    cued = tok->v[t].start > last_cue && (ph_is_cue(&c, t) || word_in(&c, t, GERUNDS));
                /* (or its speaker after it: '..., "I think he will," said Kunin.') */
                if (!cued) cued = said_after(&c, p);
                /* (or a colon before it: '..., but he gave the skipper a
                 * compliment: "..."') */
                if (!cued) {
                    size_t b = p;
                    while (b > q_from && text[b - 1] == ' ')
                        b--;
                    cued = b > q_from && text[b - 1] == ':';
                }
                if (cued) again = p;
            }
            s = again ? s2 - 1 : s2; /* (s2 == 0 wraps, and the loop's s++ brings it back) */
            if (again) {
                resume = text_token_at(tok, (uint32_t)q_from);
                q_from = again; /* (the quotations before it are titles) */
            }
            continue;
        }
    not_speech:
        /* A term or a title in marks, and a quotation a colon introduces
         * later in the sentence ('... to "look" representative - More from
         * the report: "..."'): the sentence is read again for it. */
        if (qo && !resumed) {
            size_t next = 0; /* (one a colon introduces) */
            for (size_t p = q_from; p < se && !next; p++)
                if ((text[p] == '"' || (unsigned char)text[p] == 0xE2) && ph_is_open_quote(text, p, len))
                    next = p;
            size_t b = next;
            while (b > q_from && text[b - 1] == ' ')
                b--;
            if (next && b > q_from && text[b - 1] == ':') {
                s--; /* (s == 0 wraps, and the loop's s++ brings it back) */
                continue;
            }
        }
        last_direct = -1;
        size_t before = out->n;
        st = rp_reported(&c, ta, tb, se);
        last_reported = -1;
        /* (someone named or "he"/"she": not "they", not "who", not an
         * outlet, whose quotations name it, not in a question) */
        if (out->n > before && out->v[out->n - 1].kind != KIND_OUTLET && out->v[out->n - 1].source.end &&
            !ph_relative(&c, text_token_at(tok, out->v[out->n - 1].source.start)) &&
            !(out->v[out->n - 1].source.end - out->v[out->n - 1].source.start == 4 &&
              !strncasecmp(text + out->v[out->n - 1].source.start, "they", 4)) &&
            se > 0 && text[se - 1] != '?') {
            last_reported = (int)out->n - 1;
            reported_end = se;
        }
        /* A person speaking here is whom the next "he" means (ph_emit noted
         * them), the others named below them; else the names the sentence
         * holds. */
        int spoke = 0;
        for (size_t k = before; k < out->n && !spoke; k++)
            spoke = out->v[k].kind == KIND_PERSON;
        ph_note_names(&c, ta, tb, spoke);
    }
    if (!st) st = embedded_posts(&c);
    if (!st) st = signed_quotes(&c);
    free(c.mid_caps);
    free(flags);
    return st;
}

void attributions_free(attributions *a)
{
    free(a->v);
    memset(a, 0, sizeof *a);
}

wt_status attributions_push(attributions *a, const attribution *at)
{
    wt_status st = wt_grow((void **)&a->v, &a->cap, a->n + 1, sizeof *a->v, (size_t)1 << 24);
    if (!st) a->v[a->n++] = *at;
    return st;
}
