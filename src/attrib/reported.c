/* reported.c: reported speech in a clause, by rules over its tokens:
 * "X said (that) ...", "..., X said.", "according to X, ...", set-off
 * speakers ("Cost estimates, he added, were ..."), clauses with speakers
 * of their own, participles, the passive, questions put to someone, claims
 * no one is named for, speech about a topic. attrib.c reads quotations and
 * calls in here for the words around them. */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Speech about a topic: "X talked about immigration", "Y referred to the
 * report", "Z spoke out against the plan". The topic runs to the next
 * comma or the sentence's end. */
static int participle(const ctx *c, size_t i);

/* Whether the sentence [a, b) opens with "In a poll released Monday,":
 * the token after the comma, where what the poll found begins (0 if
 * not); [a + 1, *e) names the poll. */
static size_t poll_opening(const ctx *c, size_t a, size_t b, size_t *e)
{
    if (a + 3 >= b || !word_is(c, a, "in") ||
        !(word_is(c, a + 1, "a") || word_is(c, a + 1, "an") || word_is(c, a + 1, "the")))
        return 0;
    size_t h = a + 2; /* the head: "a national Ledger/Harbor poll" */
    while (h < b && h < a + MAX_SOURCE_WORDS && !word_in(c, h, EVIDENCE) &&
           !(word_in(c, h, NAME_BREAKERS) && !word_is(c, h, "of")) && !word_in(c, h, CLAUSE_OPENERS))
        h++;
    if (h >= b || !word_in(c, h, EVIDENCE) || word_is(c, h, "report") || word_is(c, h, "reports")) return 0;
    if ((h == a + 2 && word_is(c, a + 1, "the")) || word_is(c, h - 1, "of")) return 0;
    size_t k = h + 1; /* (when and by whom: "released Monday", "by Gallup") */
    while (k < b && ph_gap_clear(c, k - 1, k))
        k++;
    if (k + 1 >= b) return 0;
    *e = h + 1;
    return k;
}

/* Whether the sentence [a, b) opens with a poll its respondents speak
 * in: "In a Ledger poll released Monday, 31 percent said they ...". The
 * token where what they said begins (0 if not); [a + 1, *e) names it. */
size_t rp_poll_opening(const ctx *c, size_t a, size_t b, size_t *e)
{
    size_t k = poll_opening(c, a, b, e);
    int asked = k && (word_is(c, *e - 1, "poll") || word_is(c, *e - 1, "survey"));
    for (size_t i = a + 2; asked && i + 1 < *e; i++)
        asked = !word_is(c, i, "of"); /* (not "In the world of Bush-era figures") */
    for (size_t i = k; asked && i < b; i++) {
        if (!ph_is_cue(c, i)) continue;
        /* (not when someone named ran it: "In a survey of 1,500 voters,
         * Working America found ...") */
        size_t sa, sb;
        ph_phrase_before(c, k, ph_verb_group_start(c, k, i), &sa, &sb);
        int named = sb > sa + 1;
        for (size_t n = sa; n < sb && named; n++)
            named = capitalized(c, n);
        /* (respondents are no one named: "Republican-leaning voters") */
        if (named || (sb > sa && capitalized(c, sa) && ph_kind_of(c, sa, sb) != KIND_UNKNOWN &&
                      !word_in(c, sb - 1, HUMANS)))
            return 0;
        return k;
    }
    return 0;
}

static wt_status topic(ctx *c, size_t a, size_t b)
{
    /* Claims with no source: "X reportedly plans ...", "X is expected to
     * ...": the whole sentence, its cue, no speaker. */
    for (size_t i = a + 1; i < b; i++) {
        size_t be = i - 1; /* "is expected", "is not expected", "is widely expected" */
        int expected = word_is(c, i, "expected") && i + 1 < b && word_is(c, i + 1, "to");
        while (expected && be > a && (word_is(c, be, "not") || ph_in_verb_group(c, be)))
            be--;
        expected = expected && word_in(c, be, PASSIVE);
        if (!word_is(c, i, "reportedly") && !expected) continue;
        return ph_emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[b - 1].end},
                       expected ? ph_span_of(c, be, i + 1) : ph_span_of(c, i, i + 1), 0, 0, 0);
    }
    /* "Clinton led Sanders 2-1 in an NBC News/Marist poll": evidence as
     * the source, the rest of the sentence what it says. */
    for (size_t i = a; i + 2 < b; i++) {
        if (!word_is(c, i, "in") ||
            !(word_is(c, i + 1, "a") || word_is(c, i + 1, "an") || word_is(c, i + 1, "the")))
            continue;
        /* (the head of the phrase: not "in the euphoria after the polls") */
        size_t e = i + 2;
        while (e < b && e < i + MAX_SOURCE_WORDS && !word_in(c, e, EVIDENCE) &&
               !(word_in(c, e, NAME_BREAKERS) && !word_is(c, e, "of")) && !word_in(c, e, CLAUSE_OPENERS))
            e++;
        if (e >= b || !word_in(c, e, EVIDENCE) || word_is(c, e, "report") || word_is(c, e, "reports"))
            continue;
        /* "trails Clinton in the polls" is where one stands, said by no poll
         * in particular; "the school of information studies" no study. */
        if ((e == i + 2 && word_is(c, i + 1, "the")) || word_is(c, e - 1, "of")) continue;
        if (i > a + 2) /* "..., in the latest poll." */
            return ph_emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end},
                           ph_span_of(c, i, i + 1), i + 1, e + 1, 0);
        size_t k = poll_opening(c, a, b, &e);
        if (k)
            return ph_emit(c, (attrib_span){c->tok->v[k].start, c->tok->v[b - 1].end},
                           ph_span_of(c, a, a + 1), a + 1, e, 0);
    }
    /* "Trump's attacks on Rubio", "his claim that ...": the owner of a
     * noun of speech. */
    for (size_t i = a; i + 2 < b; i++) {
        if (!word_in(c, i, STANCE_NOUNS) || i == a ||
            !(word_in(c, i + 1, TOPIC_PREPS) || word_is(c, i + 1, "that")))
            continue;
        /* (the owner, maybe before two adjectives: "Trump's recent
         * evidence-free assertion that") */
        size_t o = i - 1;
        while (o > a && i - o < 3 && !ph_possessive(c, o) && !capitalized(c, o) &&
               ph_gap_clear(c, o, o + 1) && !word_in(c, o, DETERMINERS) && !word_in(c, o, NAME_BREAKERS) &&
               !word_in(c, o, VERB_GROUP) && !word_in(c, o, PASSIVE) && !word_in(c, o, CLAUSE_OPENERS) &&
               !ph_is_cue(c, o) && !ph_past_tense(c, o) && !participle(c, o))
            o--;
        if (!ph_possessive(c, o) || !ph_gap_clear(c, o, i)) continue;
        size_t sa = o;
        while (sa > a && capitalized(c, sa) && capitalized(c, sa - 1) && ph_gap_clear(c, sa - 1, sa))
            sa--;
        size_t e = i + 3;
        while (e < b && ph_gap_clear(c, e - 1, e))
            e++;
        /* ("Trump continued his attacks on Rubio": "his" is the subject's,
         * who is the one to name) */
        size_t v = o >= 1 ? o - 1 : a, sb = o + 1, ca = o + 1;
        if (sa == o && v > a && (word_is(c, sa, "his") || word_is(c, sa, "her") || word_is(c, sa, "their")) &&
            ph_gap_clear(c, v, sa) && !capitalized(c, v) && !word_in(c, v, NAME_BREAKERS) &&
            !word_in(c, v, CLAUSE_OPENERS) && !word_in(c, v, TOPIC_PREPS)) {
            if (v > a + 1 && (word_is(c, v, "up") || word_is(c, v, "down")) && ph_gap_clear(c, v - 1, v)) v--;
            size_t va = ph_verb_group_start(c, a, v), pa, pb;
            ph_subject_before(c, a, sa, &pa, &pb);
            if (pb > pa && ph_plausible_source(c, pa, pb)) sa = pa, sb = pb, ca = va;
        }
        int that = word_is(c, i + 1, "that");
        return ph_emit(c, (attrib_span){c->tok->v[i + 2].start, c->tok->v[e - 1].end},
                       ph_span_of(c, ca, that ? i + 1 : i + 2), sa, sb, 0);
    }
    /* "Sheppard presented a message about healing", "A group published an
     * open letter about the discourse": a writing about a topic, its
     * author the clause's subject. */
    for (size_t i = a + 2; i + 2 < b; i++) {
        if (!word_in(c, i, DOCUMENTS) || !word_is(c, i + 1, "about") || c->flags[i] & QUOTED ||
            !ph_gap_clear(c, i, i + 2))
            continue;
        size_t v = i; /* the verb before the writing's article */
        while (v > a && i - v < 5 && ph_gap_clear(c, v - 1, v) && !word_in(c, v - 1, DETERMINERS))
            v--;
        if (v <= a + 1 || !word_in(c, v - 1, DETERMINERS) || !ph_gap_clear(c, v - 2, v - 1)) break;
        v -= 2; /* the verb */
        if (capitalized(c, v) || word_in(c, v, NAME_BREAKERS)) break;
        size_t sa, sb;
        ph_phrase_before(c, a, ph_verb_group_start(c, a, v), &sa, &sb);
        if (sb == sa || ph_kind_of(c, sa, sb) == KIND_UNKNOWN) break;
        size_t e = i + 3;
        while (e < b && ph_gap_clear(c, e - 1, e))
            e++;
        return ph_emit(c, (attrib_span){c->tok->v[i + 2].start, c->tok->v[e - 1].end},
                       ph_span_of(c, ph_verb_group_start(c, a, v), i + 2), sa, sb, 0);
    }
    for (size_t i = a + 1; i + 2 < b; i++) {
        if (!word_in(c, i, TOPIC_VERBS)) continue;
        size_t p = i + 1;
        if (word_is(c, p, "out") || word_is(c, p, "in")) p++; /* "spoke out against", "weighed in on" */
        if (word_is(c, i, "hit") && p == i + 1) continue;     /* "a five-cent hit to earnings" */
        /* (one responds to something: "responded on Twitter" says where) */
        if ((word_is(c, i, "responded") || word_is(c, i, "responding")) && !word_is(c, p, "to")) continue;
        if (p + 1 >= b || !word_in(c, p, TOPIC_PREPS) || !ph_gap_clear(c, i, i + 1) ||
            !ph_gap_clear(c, p - 1, p))
            continue;
        /* ("began talking about", "kept talking about": the verb before
         * is the cue's, the subject before it) */
        size_t v = i;
        if (v > a + 1 &&
            (word_is(c, v - 1, "began") || word_is(c, v - 1, "begins") || word_is(c, v - 1, "started") ||
             word_is(c, v - 1, "starts") || word_is(c, v - 1, "kept") || word_is(c, v - 1, "keeps") ||
             word_is(c, v - 1, "continued") || word_is(c, v - 1, "continues")))
            v--;
        size_t sa, sb;
        ph_phrase_before(c, a, v, &sa, &sb);
        if (sb == sa && v > a + 1 && (word_is(c, v - 1, "and") || word_is(c, v - 1, "but")))
            ph_subject_before(c, a, v - 1, &sa, &sb);
        if (sb == sa) ph_subject_before(c, a, v, &sa, &sb);
        if (sb == sa) continue;
        size_t e = p + 2;
        while (e < b && ph_gap_clear(c, e - 1, e))
            e++;
        return ph_emit(c, (attrib_span){c->tok->v[p + 1].start, c->tok->v[e - 1].end},
                       ph_span_of(c, v, p + 1), sa, sb, 0);
    }
    /* "amid criticism of the plan", "doubts about his record": a noun of
     * stance whose owner the sentence does not name; what it is about
     * runs to the next comma. */
    for (size_t i = a; i + 2 < b; i++) {
        if (!word_in(c, i, OWNERLESS_NOUNS) || c->flags[i] & QUOTED || capitalized(c, i) ||
            !ph_gap_clear(c, i, i + 2) ||
            !(word_in(c, i + 1, TOPIC_PREPS) || word_is(c, i + 1, "over") || word_is(c, i + 1, "that")) ||
            (i > a && (ph_possessive(c, i - 1) || capitalized(c, i - 1))))
            continue;
        size_t e = i + 3;
        while (e < b && ph_gap_clear(c, e - 1, e))
            e++;
        return ph_emit(c, (attrib_span){c->tok->v[i + 2].start, c->tok->v[e - 1].end},
                       ph_span_of(c, i, i + 2), 0, 0, 0);
    }
    return WT_OK;
}

/* Whether an infinitive ("to" and a verb) runs on to token g from k on,
 * with no clause mark between: a base form after "and" is its verb. */
static int infinitive_before(const ctx *c, size_t k, size_t g)
{
    if (!ph_gap_clear(c, g - 1, g)) return 0; /* (", and": the clause's own verb) */
    for (size_t t = g - 1; t > k; t--) {
        if (!ph_gap_clear(c, t - 1, t) && c->text[c->tok->v[t - 1].end] != ':') return 0;
        if (word_is(c, t - 1, "to") && t + 1 < g) return 1;
    }
    return 0;
}

/* Whether the cue at token i, its subject starting at token sa, takes
 * its object from before the subject: a relative pronoun ("which he
 * favors", "that Warren advocated") or a noun right before a pronoun
 * subject ("a topic she knew well"), when nothing after the cue is its
 * object (the clause ends, or a preposition, an adverb or "but" follows).
 * [*oa, *ob) is the object. */
static int object_before(const ctx *c, size_t a, size_t *sa, size_t sb, size_t i, size_t b, size_t *oa,
                         size_t *ob)
{
    if (*sa < a || word_in(c, i, GERUNDS) || word_in(c, i, SEEMING) || word_in(c, i, STANCE_ADJ) ||
        word_in(c, i, FRAMING) || word_in(c, i, PHRASALS))
        return 0;
    size_t n = i + 1;
    /* (a preposition of when, where or how; not one leading to the object:
     * "hoped to carry", "talked about") */
    int adjunct = n < b && (word_is(c, n, "on") || word_is(c, n, "in") || word_is(c, n, "at") ||
                            word_is(c, n, "for") || word_is(c, n, "during") || word_is(c, n, "with") ||
                            word_is(c, n, "since") || word_is(c, n, "before") || word_is(c, n, "after"));
    int ends = n >= b || !ph_gap_clear(c, i, n) || adjunct || word_is(c, n, "but") || word_is(c, n, "and") ||
               word_is(c, n, "well") || word_in(c, n, TIME_WORDS) || ph_adverb_ly(c, n);
    if (!ends || (n < b && word_is(c, n, "that"))) return 0;
    /* ("said on Twitter that ...": the object after the adjunct) */
    for (size_t t = n; t < b && t < n + 6 && ph_gap_clear(c, t - 1, t); t++)
        if (word_is(c, t, "that") || c->flags[t] & QUOTED) return 0;
    size_t p = *sa > a ? *sa - 1 : a;
    int joined = *sa > a && ph_gap_clear(c, p, *sa);
    /* (not after a preposition: "in which he seemed to confirm, before
     * millions, the critiques" has its object after the cue) */
    if (joined && p > a && word_in(c, p - 1, NAME_BREAKERS)) return 0;
    if (joined &&
        (word_is(c, p, "which") || word_is(c, p, "whom") ||
         (word_is(c, p, "that") && p > a && !ph_is_cue(c, p - 1) && !word_in(c, p - 1, VERB_GROUP)))) {
        *oa = p;
        *ob = p + 1;
        return 1;
    }
    /* (a noun right before a pronoun subject, no "that" between: "a fact
     * he mentions"; the subject phrase read before may hold both; a
     * lower-case word before a name is its title, "campaign chairman Paul
     * Manafort", so names are left alone) */
    size_t jj = sb - 1;
    if (!(word_in(c, jj, PRONOUNS_PERSON) || word_is(c, jj, "they") || word_is(c, jj, "we") ||
          word_is(c, jj, "i")) ||
        (jj == *sa && !joined))
        return 0;
    size_t q = jj == *sa ? p : jj - 1; /* the noun's last word */
    if (capitalized(c, q) || word_in(c, q, NAME_BREAKERS) || word_in(c, q, DETERMINERS) ||
        word_in(c, q, CLAUSE_OPENERS) || word_in(c, q, VERB_GROUP) || word_in(c, q, PASSIVE) ||
        ph_is_cue(c, q) || ph_past_tense(c, q) || ph_possessive(c, q) || word_in(c, q, PRONOUNS_PERSON) ||
        isdigit((unsigned char)c->text[c->tok->v[q].start]))
        return 0;
    size_t s0 = q; /* back to the noun's article, three words at most */
    while (s0 > a && q - s0 < 3 && ph_gap_clear(c, s0 - 1, s0) && !word_in(c, s0 - 1, NAME_BREAKERS) &&
           !word_in(c, s0 - 1, VERB_GROUP) && !word_in(c, s0 - 1, PASSIVE) && !ph_is_cue(c, s0 - 1) &&
           !word_in(c, s0 - 1, CLAUSE_OPENERS) && !word_in(c, s0, DETERMINERS))
        s0--;
    if (s0 > a && word_in(c, s0 - 1, DETERMINERS) && !word_in(c, s0, DETERMINERS)) s0--;
    if (!word_in(c, s0, DETERMINERS)) return 0;
    *oa = s0;
    *ob = q + 1;
    *sa = jj;
    return 1;
}

/* Whether any of tokens [a, b) stands inside a quotation. */
static int quotes_in(const ctx *c, size_t a, size_t b)
{
    for (size_t q = a; q < b; q++)
        if (c->flags[q] & QUOTED) return 1;
    return 0;
}

/* Whether token i reads as a present participle: "running", "waging";
 * not "during", "something", "morning", "bring", nor one used as a
 * preposition ("including"). */
static int participle(const ctx *c, size_t i)
{
    const text_token *t = &c->tok->v[i];
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    if (n < 6 || memcmp(w + n - 3, "ing", 3) || !(w[0] >= 'a' && w[0] <= 'z')) return 0;
    if (n >= 5 && !memcmp(w + n - 5, "thing", 5)) return 0;
    static const char *const NOUNS[] = {"during",    "morning",   "evening",    "ceiling",   "wedding",
                                        "building",  "according", "pudding",    "funding",   "spring",
                                        "including", "regarding", "concerning", "following", "excluding",
                                        "involving", NULL};
    for (const char *const *x = NOUNS; *x; x++)
        if (strlen(*x) == n && !memcmp(*x, w, n)) return 0;
    return 1;
}

/* Whether only spaces and straight quotation marks stand between token
 * g - 1 and token g: 'it would "have been cool" had Clinton congratulated
 * him' opens no clause at the mark. */
static int marks_only(const ctx *c, size_t g)
{
    uint32_t p = c->tok->v[g - 1].end, e = c->tok->v[g].start;
    return strspn(c->text + p, " \"") >= e - p;
}

/* The first token from a on, before b, that opens a clause (after a
 * comma) whose subject names a speaker with a cue right after it: ",
 * the candidate said ...". b when there is none. */
static size_t next_speaker(const ctx *c, size_t a, size_t b)
{
    for (size_t g = a; g + 1 < b; g++) {
        /* (after a comma, or "and"/"but" and a pronoun: "... hacked the
         * computers and she accused Trump of ...") */
        /* (or a name: "... declined to comment and Senate aides later said
         * ...") */
        int and_pronoun = (word_is(c, g, "and") || word_is(c, g, "but")) &&
                          (word_in(c, g + 1, PRONOUNS_PERSON) ||
                           /* (not two names one subject: "Trump and Lewandowski said") */
                           (capitalized(c, g + 1) && g > a && !capitalized(c, g - 1) &&
                            !word_in(c, g - 1, PRONOUNS_PERSON)));
        if ((ph_gap_clear(c, g - 1, g) || marks_only(c, g)) && !and_pronoun) continue;
        /* (not a belief: "said the system is complex and he feels he can
         * win" is what he said) */
        if (and_pronoun && ph_gap_clear(c, g - 1, g) && word_in(c, g + 1, PRONOUNS_PERSON) && g + 2 < b &&
            word_in(c, g + 2, BELIEFS))
            continue;
        for (size_t h = g + 1; h < b && h <= g + MAX_SOURCE_WORDS && ph_gap_clear(c, h - 1, h); h++) {
            if (!ph_is_cue(c, h)) continue;
            size_t sa, sb;
            ph_phrase_before(c, g, ph_verb_group_start(c, g, h), &sa, &sb);
            /* (anyone, after "while" or "and": ", while enlisted personnel
             * favored Trump ...") */
            int opened = word_in(c, g, CLAUSE_OPENERS) && !ph_relative(c, g);
            /* (", at the town hall this week she said ...": where and when,
             * then the pronoun) */
            int placed = sb > sa + 1 && (word_in(c, sa, NAME_BREAKERS) || word_in(c, sa, TIME_WORDS)) &&
                         word_in(c, sb - 1, PRONOUNS_PERSON);
            /* (or ", who has called ...": a relative clause with speech of
             * its own) */
            int relative = sb == sa + 1 && sa == g && (word_is(c, g, "who") || word_is(c, g, "which")) &&
                           (!word_in(c, h, NOUN_CUES) || h > g + 1) && !word_in(c, h, GERUNDS);
            if (relative ||
                (sb > sa && sa == g + word_in(c, g, CLAUSE_OPENERS) &&
                 (ph_kind_of(c, sa, sb) != KIND_UNKNOWN || placed ||
                  (opened && sb - sa <= 4 && !word_in(c, h, NOUN_CUES) && ph_plausible_source(c, sa, sb) &&
                   /* ("the warnings reported by the Gazette": a participle) */
                   !(h + 1 < b && word_is(c, h + 1, "by"))))))
                return g;
            break;
        }
    }
    return b;
}

/* Whether the clause [a, b) opens with a person named in full and a verb
 * of saying ("Police Federation chairman Jan Berry said: ..."), not an
 * owner's ("Tony Blair's spokesman said"); [*sa, *sb) is the person. */
int rp_opening_speaker(const ctx *c, size_t a, size_t b, size_t *sa, size_t *sb)
{
    for (size_t i = a + 1; i < b && i <= a + MAX_SOURCE_WORDS && ph_gap_clear(c, i - 1, i); i++) {
        if (!ph_is_cue(c, i)) continue;
        if (!word_in(c, i, INVERTING)) return 0;
        ph_phrase_before(c, a, ph_verb_group_start(c, a, i), sa, sb);
        if (*sb < *sa + 2 || *sa != a || ph_kind_of(c, *sa, *sb) != KIND_PERSON) return 0;
        for (size_t k = *sa; k < *sb; k++)
            if (ph_possessive(c, k) || !(capitalized(c, k) || k + 2 < *sb)) return 0;
        return 1;
    }
    return 0;
}

/* Whether the clause [a, b) opens with a speaker and a verb of saying:
 * "Varga said of the ferry ...", or any cue a comma closes ("Varga shouted,
 * shorthand for ..."). */
int rp_opens_with_speaker(const ctx *c, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b && i <= a + MAX_SOURCE_WORDS && ph_gap_clear(c, i - 1, i); i++) {
        if (!ph_is_cue(c, i)) continue;
        if (!word_in(c, i, INVERTING) && !(i + 1 < b && ph_comma_after(c, i))) return 0;
        size_t sa, sb;
        ph_phrase_before(c, a, ph_verb_group_start(c, a, i), &sa, &sb);
        return sb > sa && sa == a && ph_kind_of(c, sa, sb) != KIND_UNKNOWN;
    }
    return 0;
}

/* Whether the sentence [a, b) ends with its speaker after a comma:
 * ", the poll found.", ", he said on Monday.", ", said Mindy Romero,
 * director of ...". *p is where that clause opens, *e where it ends
 * (b, or a participle going on), *cue its cue, [*sa, *sb) the speaker. */
static int final_speaker(const ctx *c, size_t a, size_t b, size_t *p, size_t *e, size_t *cue, size_t *sa,
                         size_t *sb)
{
    if (b < a + 4) return 0;
    /* The clause after the last comma, or one before it that ends where a
     * participle goes on: '..., the source recalled, adding that ...'. */
    size_t end = b;
    for (int tries = 0; tries < 3; tries++) {
        size_t q = end - 1; /* a comma before the clause's last word at the latest */
        while (q > a + 2 && end - q < 3 * MAX_SOURCE_WORDS && !ph_comma_after(c, q - 1))
            q--;
        if (q <= a + 2 || !ph_comma_after(c, q - 1) || c->flags[q] & QUOTED) return 0;
        /* (or before an apposition to the speaker, commas and all: ", said
         * Piet Oyelaran, director of the Lusk Institute at the University
         * of Calder, Lusk.") */
        int apposition = 0, when = 0;
        if (tries == 2 && b - end > 2 * MAX_SOURCE_WORDS) return 0;
        if (tries >= 1 && !(tries == 1 && word_in(c, end, GERUNDS))) {
            apposition = word_in(c, end, ROLES) || word_in(c, end, DETERMINERS);
            /* (or when: ", the AP declared on Thursday, two days after ...") */
            when = end + 2 < b &&
                   (word_in(c, end + 1, TIME_WORDS) || word_is(c, end + 1, "days") ||
                    word_is(c, end + 1, "hours") || word_is(c, end + 1, "weeks")) &&
                   (word_is(c, end + 2, "after") || word_is(c, end + 2, "before") ||
                    word_is(c, end + 2, "later") || word_is(c, end + 2, "earlier"));
            for (size_t k = end; k < b && !apposition && capitalized(c, k); k++) /* (", Davis.") */
                apposition = k + 1 == b || ph_comma_after(c, k);
            for (size_t k = end; k < b && apposition; k++)
                apposition = !ph_is_cue(c, k) && !word_in(c, k, VERB_GROUP) && !word_in(c, k, PASSIVE) &&
                             !word_in(c, k, CLAUSE_OPENERS);
            apposition |= when;
            if (!apposition) return 0;
        }
        if (rp_speaker_clause(c, q, end, cue, sa, sb) && (!apposition || *cue == q || when)) {
            *p = q;
            *e = apposition ? b : end;
            return 1;
        }
        /* ", Howard Dean, the former governor, proclaimed to a crowd.": the
         * name before an apposition, the cue after it. */
        if (tries == 0 && word_in(c, q, INVERTING) && !(c->flags[q] & QUOTED) && end - q <= 8 &&
            (q + 1 >= end || word_in(c, q + 1, NAME_BREAKERS) || word_in(c, q + 1, TIME_WORDS) ||
             word_is(c, q, "told") || word_is(c, q, "tells"))) {
            ph_name_before_apposition(c, a, q, sa, sb);
            if (*sb > *sa && *sa > a + 2 && ph_comma_after(c, *sa - 1) &&
                ph_kind_of(c, *sa, *sb) != KIND_UNKNOWN) {
                *cue = q;
                *p = *sa;
                /* (", his top aide, Tad Devine, told": the description
                 * before the name is no part of what was said) */
                size_t d = *sa - 1;
                while (d > a && *sa - d < 8 && ph_gap_clear(c, d - 1, d))
                    d--;
                if (d > a && ph_comma_after(c, d - 1) &&
                    (word_in(c, d, DETERMINERS) || ph_possessive(c, d) || !capitalized(c, d)))
                    *p = d;
                *e = end;
                return 1;
            }
        }
        end = q;
    }
    return 0;
}

/* Whether tokens [q, end) are "X said (on Monday)" or "said X": the
 * speaker of what comes before. */
int rp_speaker_clause(const ctx *c, size_t q, size_t end, size_t *cue, size_t *sa, size_t *sb)
{
    for (size_t i = q; i < end && i < q + MAX_SOURCE_WORDS + 3; i++) {
        if (!ph_is_cue(c, i) || word_in(c, i, NOUN_CUES)) continue;
        if (!word_in(c, i, INVERTING)) return 0; /* the verbs of saying only */
        if (i == q) {                            /* ", said Mindy Romero, director of ..." */
            /* (not "told X": X is told) */
            if (word_is(c, i, "told") || word_is(c, i, "tells") || word_in(c, i, OBJECT_VERBS)) return 0;
            ph_phrase_after(c, i, end, sa, sb);
            if (*sb == *sa || ph_kind_of(c, *sa, *sb) == KIND_UNKNOWN) return 0;
            if (!ph_name_like(c, *sa, *sb)) return 0; /* a name, not "the Khan family deserved better" */
            /* (the name ends the clause or an apposition follows: not ",
             * said China and Russia have ...") */
            if (*sb < end && !ph_comma_after(c, *sb - 1)) return 0;
        } else {
            ph_phrase_before(c, q, ph_verb_group_start(c, q, i), sa, sb);
            if (*sb == *sa || *sa != q + word_in(c, q, CLAUSE_OPENERS) || ph_relative(c, *sa) ||
                (ph_kind_of(c, *sa, *sb) == KIND_UNKNOWN && !word_in(c, *sb - 1, EVIDENCE) &&
                 !word_in(c, *sb - 1, DOCUMENTS)))
                return 0;
            /* only when and where after it: "he said on Monday." (and
             * whom: "Ash Carter told a Senate panel Wednesday.") */
            size_t w = i + 1;
            if (word_is(c, i, "told") || word_is(c, i, "tells")) {
                size_t o = w + (w < end && (word_in(c, w, DETERMINERS) || word_is(c, w, "reporters")));
                while (o < end && o < w + 5 && ph_gap_clear(c, o - 1, o) && !word_in(c, o, NAME_BREAKERS) &&
                       !word_in(c, o, TIME_WORDS) && !ph_is_cue(c, o) && !word_in(c, o, VERB_GROUP) &&
                       !word_in(c, o, PASSIVE) && !word_is(c, o, "that"))
                    o++;
                if (o >= end || word_in(c, o, NAME_BREAKERS) || word_in(c, o, TIME_WORDS)) w = o;
            }
            if (end - w >= 12 || (w < end && !word_in(c, w, NAME_BREAKERS) && !word_in(c, w, TIME_WORDS)))
                return 0;
            /* (and no verb of its own: not "Varga said during the debate
             * were sparked by ...", where the cue takes a clause) */
            for (size_t k = w; k < end; k++) {
                if (word_is(c, k, "that") || word_is(c, k, "which") || word_is(c, k, "who")) break;
                if (word_in(c, k, PASSIVE) && !word_is(c, k - 1, "to")) return 0;
            }
        }
        *cue = i;
        return 1;
    }
    return 0;
}

/* A cue in the passive, at token cue of the clause [a, b) whose verb
 * group starts at token v: "The plan was rejected by 59.6 percent of
 * voters" (the subject is what was said, the agent who said it), "it was
 * revealed in March that she had used ..." (no one named). 0 when the
 * shape is not there; else 1, with *st the status of emitting it. */
static int passive(ctx *c, size_t a, size_t v, size_t cue, size_t b, uint32_t sent_end, wt_status *st)
{
    size_t be = v;
    while (be <= cue && !word_in(c, be, PASSIVE))
        be++;
    if (be > cue && v > a && word_in(c, v - 1, PASSIVE) && ph_gap_clear(c, v - 1, v)) be = --v;
    if (be > cue) return 0;
    for (size_t k = cue + 1; k < b && k < cue + MAX_SOURCE_WORDS && ph_gap_clear(c, k - 1, k); k++) {
        if (word_is(c, k, "by") && v > a) {
            size_t sa, sb;
            ph_phrase_after(c, k, b, &sa, &sb);
            if (sb == sa || ph_kind_of(c, sa, sb) == KIND_UNKNOWN) return 0;
            /* "Rubio was asked by Gerard Baker whether ...": the question after
             * the one who asked it */
            if ((word_is(c, cue, "asked") || word_is(c, cue, "questioned")) && sb + 1 < b) {
                size_t q = sb + (word_is(c, sb, "about") && sb + 2 < b);
                *st = ph_emit(c, (attrib_span){c->tok->v[q].start, sent_end}, ph_span_of(c, v, cue + 1), sa,
                              sb, 0);
                return 1;
            }
            size_t s = v - 1; /* the subject: back to the clause's start */
            while (s > a && ph_gap_clear(c, s - 1, s) && v - s < MAX_SOURCE_WORDS)
                s--;
            *st = ph_emit(c, (attrib_span){c->tok->v[s].start, c->tok->v[v - 1].end},
                          ph_span_of(c, v, cue + 1), sa, sb, 0);
            return 1;
        }
        if (word_is(c, k, "that") && k + 1 < b) {
            *st = ph_emit(c, (attrib_span){c->tok->v[k + 1].start, sent_end}, ph_span_of(c, v, cue + 1), 0, 0,
                          0);
            return 1;
        }
    }
    /* "Clinton was asked about the emails": what was asked, by no one named. */
    if ((word_is(c, cue, "asked") || word_is(c, cue, "questioned")) && cue + 1 < b && v > a) {
        size_t k = cue + 1 + (word_is(c, cue + 1, "about") && cue + 2 < b);
        *st = ph_emit(c, (attrib_span){c->tok->v[k].start, sent_end}, ph_span_of(c, v, k), 0, 0, 0);
        return 1;
    }
    return 0;
}

/* "Sanders is widely seen as the insurgent", "Allergan is best known for
 * Botox": how someone is held, by no one named; the whole clause from its
 * subject is what is held, "is ... as" the cue. */
static wt_status framed(ctx *c, size_t a, size_t i, size_t b, uint32_t sent_end)
{
    size_t v = i - 1; /* "is", then "has been", "can be" */
    while (v > a && !word_in(c, v, PASSIVE) && !word_in(c, v, CONTRACTED_BE))
        v--;
    while (v > a + 1 && ph_gap_clear(c, v - 1, v) && ph_in_verb_group(c, v - 1))
        v--;
    size_t s = v > a ? v - 1 : a; /* the subject: back to the clause's start */
    while (s > a && ph_gap_clear(c, s - 1, s) && v - s < MAX_SOURCE_WORDS)
        s--;
    while (s + 1 < v && word_in(c, s, CLAUSE_OPENERS))
        s++;
    if (word_in(c, v, CONTRACTED_BE)) s = v; /* "it's known as" */
    int as = word_is(c, i + 1, "as") || word_is(c, i + 1, "for") || word_is(c, i + 1, "by");
    /* (held by someone named after: '"strategic ambiguity" by Joshua
     * Hendrick, a professor') */
    size_t sa = 0, sb = 0;
    for (size_t k = i + 2; k + 1 < b && k < i + 12 && !word_is(c, i + 1, "by"); k++) {
        if (ph_comma_after(c, k - 1) && !(c->flags[k - 1] & QUOTED)) break;
        if (!word_is(c, k, "by") || c->flags[k] & QUOTED) continue;
        ph_phrase_after(c, k, b, &sa, &sb);
        if (sb == sa || ph_kind_of(c, sa, sb) == KIND_UNKNOWN) sa = sb = 0;
        break;
    }
    return ph_emit(c, (attrib_span){c->tok->v[s].start, sent_end}, ph_span_of(c, v, as ? i + 2 : i + 1), sa,
                   sb, 0);
}

/* "Asked if he was bullied, the candidate said no": the question, with no
 * source of its own, emitted; *e is where the rest of the sentence starts
 * (a when there is no such question). */
wt_status rp_asked(ctx *c, size_t a, size_t b, size_t *e)
{
    *e = a;
    size_t q = a + (word_is(c, a, "when") && a + 1 < b ? 1 : 0);
    if (q + 2 >= b || !word_is(c, q, "asked") || (q != a && !word_is(c, a, "when"))) return WT_OK;
    size_t k = q + 2;
    while (k < b && (ph_gap_clear(c, k - 1, k) || marks_only(c, k))) /* (words quoted in it too) */
        k++;
    /* (the question closing the sentence after its answer: '"...," Sam
     * Nunberg said when asked how Trump digests the news.') */
    if (k >= b && (q == a || a == 0 || !ph_is_cue(c, a - 1))) return WT_OK;
    *e = k;
    return ph_emit(c, (attrib_span){c->tok->v[q + 1].start, ph_word_end(c, k - 1)}, ph_span_of(c, a, q + 1),
                   0, 0, 0);
}

/* Whether tokens [k, e) after a cue tell only when, where or how it was
 * said: "Monday", "on Twitter", "at a Sunday news conference", "in a
 * statement", "on MSNBC's Morning Joe". */
static int where_or_how(const ctx *c, size_t k, size_t e)
{
    if (e <= k || e - k > 5) return 0;
    if (!word_in(c, k, TIME_WORDS) &&
        !((word_is(c, k, "on") || word_is(c, k, "in") || word_is(c, k, "at")) && e - k >= 2))
        return 0;
    int where = 1, how = 0;
    for (size_t t = k + 1; t < e && where; t++) {
        /* (an occasion: "said at a Sunday news conference") */
        int occasion = word_is(c, t, "conference") || word_is(c, t, "rally") || word_is(c, t, "event") ||
                       word_is(c, t, "hearing") || word_is(c, t, "meeting") || word_is(c, t, "briefing") ||
                       word_is(c, t, "debate") || word_is(c, t, "forum") || word_is(c, t, "news");
        /* (a show: "on MSNBC's "Morning Joe"") */
        how |= word_in(c, t, DOCUMENTS) || occasion || ph_possessive(c, t) || (c->flags[t] & QUOTED);
        where = capitalized(c, t) || word_in(c, t, TIME_WORDS) || word_in(c, t, DOCUMENTS) ||
                word_in(c, t, DETERMINERS) || occasion;
    }
    return where && (e - k <= 3 || how);
}

/* Where what the cue at token i reports starts: past "clear" of "made
 * (it) clear" and past "that", also after when ("said Sunday night
 * that"). */
static size_t after_cue(const ctx *c, size_t i, size_t b)
{
    size_t k = i + 1;
    if (k + 1 < b && word_is(c, k, "it") && word_is(c, k + 1, "clear"))
        k += 2;
    else if (k < b && word_is(c, k, "clear") && !word_in(c, i, CUES))
        k++;
    size_t t = k;
    while (t < b && t < k + 3 &&
           (word_in(c, t, TIME_WORDS) || word_is(c, t, "night") || word_is(c, t, "morning")))
        t++;
    if (t < b && word_is(c, t, "that")) return t + 1;
    /* (and where or to whom: "said in a statement Monday that", "told
     * reporters at a campaign event that") */
    if (k < b && (word_in(c, k, NAME_BREAKERS) || word_is(c, k, "reporters")) && !word_is(c, k, "of")) {
        int relative = 0; /* ("in an interview that aired Sunday that ...") */
        for (t = k + 1; t < b && t < k + 14 && ph_gap_clear(c, t - 1, t); t++) {
            if (word_is(c, t, "that")) {
                if (t + 1 < b && (word_in(c, t + 1, VERB_GROUP) || word_in(c, t + 1, PASSIVE) ||
                                  ph_past_tense(c, t + 1))) {
                    if (relative++) break;
                    continue;
                }
                return t + 1;
            }
            if ((!relative && (ph_is_cue(c, t) || word_in(c, t, VERB_GROUP) || word_in(c, t, PASSIVE) ||
                               ph_past_tense(c, t))) ||
                word_in(c, t, CLAUSE_OPENERS) || c->flags[t] & QUOTED)
                break;
        }
    }
    return k;
}

/* Whether a dash after token d opens words from token g on that a second
 * dash closes before b: an aside ("argued - rebuking Varga by name - that
 * ..."), not what follows. */
static int dash_aside(const ctx *c, size_t d, size_t g, size_t b)
{
    if (c->text[c->tok->v[d].end] == ',') return 0;
    for (size_t t = g; t + 1 < b; t++)
        if (ph_comma_after(c, t) && c->text[c->tok->v[t].end] != ',') return 1;
    return 0;
}

/* Whether only a comma and spaces stand between tokens a and a + 1. */
static int comma_only(const ctx *c, size_t a, size_t b)
{
    int commas = 0;
    for (uint32_t p = c->tok->v[a].end; p < c->tok->v[b].start; p++) {
        if (c->text[p] == ',')
            commas++;
        else if (c->text[p] != ' ')
            return 0;
    }
    return commas == 1;
}

/* Whether a quotation opens right after offset p, past white space. */
static int quote_follows(const ctx *c, uint32_t p)
{
    while (p < c->len && (c->text[p] == ' ' || c->text[p] == '\n'))
        p++;
    return p < c->len && ph_is_open_quote(c->text, p, c->len);
}

/* "As Marcus puts it, ...", "..., as the mayor noted.", "As the band
 * sang back in the 1980s, ...": an "as" clause in [a, b) with a speaker
 * and a cue, and only when after the cue. 1 when there is one: *q is
 * "as", [q + 1, *sb) the speaker, [*cue_a, *ce) the cue, *e where the
 * clause ends. */
int rp_as_clause(const ctx *c, size_t a, size_t b, size_t *q_at, size_t *sb_at, size_t *cue_at, size_t *ce_at,
                 size_t *e_at)
{
    for (size_t q = a; q + 2 < b; q++) {
        if (!word_in(c, q, CLAUSE_OPENERS) || !word_is(c, q, "as") || (q > a && !ph_comma_after(c, q - 1)))
            continue;
        size_t v = q + 1;
        while (v < b && v < q + 1 + MAX_SOURCE_WORDS && ph_gap_clear(c, v - 1, v) && !ph_is_cue(c, v) &&
               !word_is(c, v, "put") && !word_is(c, v, "puts") && !(word_in(c, v, GERUNDS) && v + 1 >= b))
            v++; /* (", as leaders have taken to saying.") */
        /* (a speaker set off by commas: "As John Cornyn, the No. 2 in
         * the leadership, put it:") */
        int set_off = 0;
        size_t sb_name = v;
        if (v < b && ph_comma_after(c, v - 1) && v > q + 1) {
            size_t sa, sb, w = v;
            while (w < b && w < v + MAX_APPOSITION && !ph_comma_after(c, w))
                w++;
            if (w + 1 < b && (word_is(c, w + 1, "put") || word_is(c, w + 1, "puts") || ph_is_cue(c, w + 1))) {
                ph_name_before_apposition(c, q + 1, w + 1, &sa, &sb);
                if (sa == q + 1 && sb == v) v = w + 1, set_off = 1;
            }
        }
        if (v >= b || v == q + 1 || (!set_off && !ph_gap_clear(c, v - 1, v))) return 0;
        int put = word_is(c, v, "put") || word_is(c, v, "puts");
        size_t e = v + 1 + (put && v + 1 < b && word_is(c, v + 1, "it"));
        if (e == v + 1 && put) return 0;         /* "as X put the case" */
        if (e == v + 1) e = ph_cue_end(c, v, b); /* "As Paul Ryan has pointed out," */
        size_t ce = e;                           /* the cue's end; "As I mentioned above," */
        /* (and when: "As the Post reported just today, ...") */
        size_t w = e;
        while (w < b && w < e + 3 && !ph_comma_after(c, w - 1) &&
               (word_is(c, w, "above") || word_is(c, w, "earlier") || word_is(c, w, "before") ||
                word_is(c, w, "just") || word_is(c, w, "last") || word_is(c, w, "this") ||
                word_is(c, w, "on") || word_in(c, w, TIME_WORDS) || ph_in_verb_group(c, w)))
            w++;
        if (w + 1 < b && w > e && ph_comma_after(c, w - 1)) e = w;
        size_t cue_a = ph_verb_group_start(c, q + 1, v);
        if (ph_kind_of(c, q + 1, cue_a) == KIND_UNKNOWN) return 0;
        /* (a speaker, no clause: not "As the debate progressed and Varga
         * stood by his comment Monday that") */
        for (size_t k = q + 1; k < (set_off ? sb_name : cue_a); k++)
            if (ph_past_tense(c, k) || word_in(c, k, PASSIVE) || word_is(c, k, "and")) return 0;
        *q_at = q, *sb_at = set_off ? sb_name : cue_a, *cue_at = cue_a, *ce_at = ce, *e_at = e;
        return 1;
    }
    return 0;
}

/* Reported speech in the tokens [a, b) of one sentence, outside quotes. */
static wt_status reported_main(ctx *c, size_t a, size_t b, uint32_t sent_end)
{
    /* "Do you support Donald Trump?": a question put to the reader. */
    if (a + 2 < b && word_is(c, a + 1, "you") && sent_end > 0 && c->text[sent_end - 1] == '?' &&
        (word_is(c, a, "do") || word_is(c, a, "did") || word_is(c, a, "would") || word_is(c, a, "will") ||
         word_is(c, a, "are") || word_is(c, a, "have") || word_is(c, a, "can")))
        return WT_OK;
    size_t e = a;
    wt_status st = rp_asked(c, a, b, &e);
    if (st) return st;
    a = e;
    /* "In a Ledger poll released Monday, 31 percent said they ...": the poll
     * reports what its respondents said. */
    size_t k = rp_poll_opening(c, a, b, &e);
    if (k)
        return ph_emit(c, (attrib_span){c->tok->v[k].start, sent_end}, ph_span_of(c, a, a + 1), a + 1, e, 0);
    /* A headline "Milbank: Republicans 'Waving the Flag'": a name, a colon,
     * what they said. One word is a name only before quoted words, when
     * the gazetteer knows it or when the article writes it as a name
     * elsewhere ("Update: ..." is no speaker, "Trump: ..." is). */
    size_t n = a;
    while (n < b && n - a < 6 && capitalized(c, n) && (n == a || ph_gap_clear(c, n - 1, n)))
        n++;
    /* "Clinton to Planned Parenthood: ...", "Mukasey at RNC: ...": whom
     * or where after the name; the name speaks. */
    size_t colon = n;
    if (n > a && n < b && c->text[c->tok->v[n - 1].end] != ':' &&
        (word_is(c, n, "to") || word_is(c, n, "at") || word_is(c, n, "on")) && ph_gap_clear(c, n - 1, n)) {
        size_t k = n + 1;
        while (k < b && k - n < 8 && ph_gap_clear(c, k - 1, k) && c->text[c->tok->v[k - 1].end] != ':')
            k++;
        if (k < b && c->text[c->tok->v[k - 1].end] == ':' && capitalized(c, k - 1)) colon = k;
    }
    if (n > a && colon + 1 < b && c->text[c->tok->v[colon - 1].end] == ':' && !(c->flags[a] & QUOTED)) {
        int kind = ph_kind_of(c, a, n);
        /* A list of names after it is a roll, not words: "Iowa: Tim
         * Albrecht, Brad Anderson, Rob Barron, ..." */
        size_t commas = 0, caps = 0, words = 0;
        for (size_t k = colon; k < b; k++, words++) {
            commas += ph_comma_after(c, k);
            caps += capitalized(c, k);
        }
        if (commas >= 3 && caps * 4 >= words * 3) kind = KIND_UNKNOWN;
        /* ("Poll: ...", "Report: ...": a survey or a writing speaks too) */
        int writing = word_in(c, n - 1, EVIDENCE) || word_in(c, n - 1, DOCUMENTS);
        /* A label is no speaker: "The Latest:" (but transcripts name
         * speakers in capitals: "JAKE TAPPER:"). */
        if (n - a == 2 && word_is(c, a, "the") && !ph_known_outlet(c, a, n)) kind = KIND_UNKNOWN, writing = 0;
        int quoted = 0;
        for (uint32_t p = c->tok->v[n].start > 0 ? c->tok->v[n].start - 1 : 0; p < sent_end && !quoted; p++)
            quoted = c->text[p] == '"' || (unsigned char)c->text[p] == 0xE2;
        if ((kind == KIND_PERSON || kind == KIND_OUTLET || kind == KIND_ORGANIZATION || writing) &&
            (n - a >= 2 || quoted || writing || ph_known_outlet(c, a, n) ||
             (c->tok->v[a].end - c->tok->v[a].start > 1 && ph_named_elsewhere(c, a)))) /* not "Q:" */
            return ph_emit(c, (attrib_span){c->tok->v[colon].start, sent_end},
                           (attrib_span){c->tok->v[colon - 1].end, c->tok->v[colon - 1].end + 1}, a, n, 0);
    }
    /* "As Marcus puts it, ...", "..., as the mayor noted." */
    {
        size_t q, sb, cue_a, ce, e;
        if (rp_as_clause(c, a, b, &q, &sb, &cue_a, &ce, &e)) {
            attrib_span cue = ph_span_of(c, cue_a, ce);
            if (q == a && e + 1 < b && ph_comma_after(c, e - 1))
                return ph_emit(c, (attrib_span){c->tok->v[e].start, sent_end}, cue, q + 1, sb, 0);
            if (q > a && e >= b)
                return ph_emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[q - 1].end}, cue, q + 1, sb, 0);
        }
    }
    /* "Cost estimates, he added, were based on a prototype.": a speaker
     * set off by commas inside the sentence says all of it. */
    /* (From each verb of saying with a comma after it, back to the comma
     * before: few tokens are such verbs.) */
    for (size_t v = a + 2; v + 1 < b; v++) {
        if (!word_in(c, v, INVERTING) || c->flags[v] & QUOTED || !ph_comma_after(c, v)) continue;
        size_t q = v, e = v + 1;
        while (q > a + 1 && v - q < MAX_SOURCE_WORDS + 2 && !ph_comma_after(c, q - 1))
            q--;
        size_t cue, sa, sb;
        if (q <= a || !ph_comma_after(c, q - 1) || c->flags[q] & QUOTED ||
            !rp_speaker_clause(c, q, e, &cue, &sa, &sb))
            continue;
        if (cue != v || sa < q) continue; /* the speaker and the cue, nothing after */
        /* (not ", but I said, ...", nor ", he said, adding ...", nor ', he
         * replied, "..."', nor when the words before report on their own) */
        if (word_in(c, q, CLAUSE_OPENERS) || word_in(c, e, GERUNDS) || c->flags[e] & QUOTED ||
            ph_is_open_quote(c->text, c->tok->v[e].start > 0 ? c->tok->v[e].start - 1 : 0, c->len))
            continue;
        int cue_before = 0;
        for (size_t i = a; i + 1 < q && !cue_before; i++)
            cue_before = ph_is_cue(c, i);
        if (cue_before) continue;
        return ph_emit(c, (attrib_span){c->tok->v[a].start, sent_end}, ph_span_of(c, cue, cue + 1), sa, sb,
                       0);
    }
    /* "While environmentalists welcomed the plan, they were less pleased
     * by ...": a clause a subordinator opens ends at its comma; each
     * clause is read on its own ("As X puts it, ..." is read above). */
    size_t opener = a + (a + 1 < b && word_is(c, a, "even"));
    if (opener + 3 < b && !(c->flags[opener] & QUOTED) && word_in(c, opener, SUBORDINATORS)) {
        /* (the first comma after its verb: "While many trial lawyers,
         * including big donors, opposed those decisions, ...") */
        size_t first = opener + 1; /* the first comma, and the cue */
        while (first + 2 < b && !ph_comma_after(c, first - 1))
            first++;
        size_t comma = opener + 2;
        while (comma < b && comma < opener + 2 * MAX_SOURCE_WORDS && !ph_is_cue(c, comma))
            comma++;
        /* (no cue before the first comma: "As for his travel, he prefers
         * ..." splits there) */
        if (comma >= b || comma >= opener + 2 * MAX_SOURCE_WORDS || comma > first) comma = opener + 2;
        while (comma + 2 < b && !ph_comma_after(c, comma - 1))
            comma++;
        if (comma + 2 < b && ph_comma_after(c, comma - 1)) {
            st = reported_main(c, a, comma, ph_word_end(c, comma - 1));
            return st ? st : reported_main(c, comma, b, sent_end);
        }
    }
    for (size_t i = a > 0 ? a : 1; i < b; i++) {
        if (!word_in(c, i, GERUNDS) || c->flags[i] & QUOTED || ph_no_speech(c, i))
            continue; /* most: at once */
        /* ", saying", "a statement (on Wednesday) saying"; at a, what
         * follows a quotation's cue: '"...," Law said, noting ...' */
        size_t d = i - 1;
        while (d > a && word_in(c, d, TIME_WORDS))
            d--;
        /* ", forcefully denouncing": an adverb between the comma and it. */
        int after_comma =
            !ph_gap_clear(c, i - 1, i) ||
            (i >= a + 2 && ph_in_verb_group(c, i - 1) && ph_comma_after(c, i - 2)) ||
            /* "before insisting", "by saying": the clause's subject says it */
            (i > a && (word_is(c, i - 1, "before") || word_is(c, i - 1, "after") || word_is(c, i - 1, "by") ||
                       word_is(c, i - 1, "upon") || word_is(c, i - 1, "while") || word_is(c, i - 1, "when")));
        /* "with 30 percent of voters saying ...": the people after "with" say it. */
        size_t w = i;
        while (w > a && i - w < MAX_SOURCE_WORDS && ph_gap_clear(c, w - 1, w) && !word_is(c, w - 1, "with"))
            w--;
        size_t we = i; /* (the people end before an adverb: "with Trump reportedly yelling") */
        while (we > w + 1 && (word_is(c, we - 1, "reportedly") || ph_in_verb_group(c, we - 1)))
            we--;
        /* (or a name right before it after a comma or a dash, the absolute
         * construction: "... - Ryan saying he was encouraged") */
        size_t nb = i;
        while (nb > a && i - nb < 5 && capitalized(c, nb - 1) && (nb == i || ph_gap_clear(c, nb - 1, nb)))
            nb--;
        int named = nb < i && nb > a && !ph_gap_clear(c, nb - 1, nb) && ph_gap_clear(c, i - 1, i) &&
                    ph_kind_of(c, nb, i) != KIND_UNKNOWN && !word_in(c, nb, NOT_NAMES);
        int with = w > a && w < i && word_is(c, w - 1, "with") && ph_gap_clear(c, w - 1, w) &&
                   !word_in(c, i - 1, VERB_GROUP) &&
                   (ph_kind_of(c, w, we) != KIND_UNKNOWN || word_in(c, we - 1, EVIDENCE)); /* people or
                                                                               polls, not "a speech" */
        if (!after_comma && !word_in(c, d, DOCUMENTS) && !with && !named) continue;
        if (i == a && !ph_comma_after(c, i - 1)) continue; /* "Citing a source, ..." opens a sentence */
        /* "X said ..., noting ...": the cue comes first, below (but not
         * one in a relative clause: "Giuliani, who backs Trump, ..."). */
        int cue_before = 0;
        for (size_t k = a; k < i && !cue_before; k++) {
            if (!ph_is_cue(c, k)) continue;
            size_t v = ph_verb_group_start(c, a, k), pa, pb;
            /* (a cue with a subject: not "deflected numerous questions") */
            ph_phrase_before(c, a, v, &pa, &pb);
            if (pb == pa) ph_name_before_apposition(c, a, v, &pa, &pb);
            cue_before = !(v > a && ph_relative(c, v - 1)) && (pb > pa || v == a);
        }
        if (cue_before) break;
        size_t sa, sb, k = i + 1;
        if (with && !after_comma)
            sa = w, sb = we;
        else if (named && !after_comma)
            sa = nb, sb = i;
        else
            ph_subject_before(c, a, i, &sa, &sb);
        /* (not whom the speaker told, read after the cue: '"...," the
         * candidate told CBS' Face the Nation, saying ...') */
        int told =
            a > 0 && ph_gap_clear(c, a - 1, a) &&
            (word_is(c, a - 1, "told") || word_is(c, a - 1, "tells") || word_in(c, a - 1, OBJECT_VERBS));
        if (told && sa == a) sb = sa;
        /* (or after the speaker's apposition: ', said X, a spokesman,
         * explaining why ...') */
        /* (or after where and how: ', said X in a statement, adding ...') */
        int apposition = i > a && a > 0 && ph_comma_after(c, i - 1) &&
                         ((i - a <= MAX_APPOSITION && ph_comma_after(c, a - 1)) ||
                          (i - a <= MAX_SOURCE_WORDS && word_in(c, a, NAME_BREAKERS)));
        /* (or after "before", "then": '"...," Cruz replied, before adding
         * that ...') */
        int led = i > a && i - a <= 2;
        for (size_t t = a; t < i && led; t++)
            led = word_in(c, t, CLAUSE_OPENERS) || ph_in_verb_group(c, t) || word_is(c, t, "upon") ||
                  word_is(c, t, "by");
        if (sb == sa && c->out->n && (i == a || apposition || told || led)) {
            /* '"...," he said, adding that ...': the speaker just named. */
            attrib_span prev = c->out->v[c->out->n - 1].source;
            if (prev.end > prev.start && prev.end <= c->tok->v[a].start &&
                c->tok->v[a].start - prev.end < 64) {
                sa = text_token_at(c->tok, prev.start);
                sb = text_token_at(c->tok, prev.end);
            }
        }
        if (sb == sa || k >= b) continue;
        if (k == i + 1) k = ph_cue_end(c, i, b); /* "pointing out" */
        /* "telling CNN that ...": the content starts after "that" (not
         * one of another verb: 'calling it "disqualifying" and asserting
         * that ...'). */
        for (size_t t = k; t < b && t < k + 5 && !word_is(c, t, "and") && !word_in(c, t, GERUNDS); t++)
            if (word_is(c, t, "that")) {
                k = t + 1;
                break;
            }
        /* "..., telling CNN that ... and questioning how ...": two. */
        for (size_t g = k + 1; g + 1 < b; g++) {
            if (!word_is(c, g, "and") || !ph_gap_clear(c, g, g + 1)) continue;
            /* (or "... and Trump calling it ...": a name of its own) */
            size_t v = g + 1;
            while (v < b && v - g <= 4 && capitalized(c, v) && ph_gap_clear(c, v - 1, v))
                v++;
            /* (or the subject's own verb: "issued a statement saying ...
             * and said ...") */
            int finite = v == g + 1 && v < b && ph_is_cue(c, v) && !word_in(c, v, GERUNDS) &&
                         !word_in(c, v, BASE_FORMS) && !word_in(c, v, NOUN_CUES) && word_in(c, v, INVERTING);
            if (v >= b || (!word_in(c, v, GERUNDS) && !finite) || c->flags[v] & QUOTED ||
                (v > g + 1 && ph_kind_of(c, g + 1, v) == KIND_UNKNOWN))
                continue;
            wt_status st = ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, g - 1)},
                                   ph_span_of(c, i, i + 1), sa, sb, 0);
            if (st) return st;
            if (v > g + 1) sa = g + 1, sb = v;
            i = v;
            k = after_cue(c, v, b);
            g = k;
        }
        /* "Trump, later alleging that ..., said he would ...": the
         * participle set off after its subject, then the subject's own
         * verb. */
        if (k < b && (sb == i || (sb + 1 == i && ph_in_verb_group(c, sb))) && ph_comma_after(c, sb - 1))
            for (size_t g = k + 1; g + 1 < b; g++) {
                if (!ph_comma_after(c, g - 1) || !word_in(c, g, INVERTING) || c->flags[g] & QUOTED) continue;
                wt_status st = ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, g - 1)},
                                       ph_span_of(c, i, i + 1), sa, sb, 0);
                size_t h = after_cue(c, g, b);
                if (!st && h < b)
                    st = ph_emit(c, (attrib_span){c->tok->v[h].start, sent_end}, ph_span_of(c, g, g + 1), sa,
                                 sb, 0);
                return st;
            }
        if (k < b)
            return ph_emit(c, (attrib_span){c->tok->v[k].start, sent_end}, ph_span_of(c, i, i + 1), sa, sb,
                           0);
    }
    for (size_t i = a; i + 1 < b; i++) {
        if (word_is(c, i, "according") && word_is(c, i + 1, "to") && !(c->flags[i] & QUOTED)) {
            size_t sa, sb;
            ph_phrase_after(c, i + 1, b, &sa, &sb);
            if (sb == sa) return WT_OK;
            /* ('"...," the pope told reporters, according to Reuters', '...
             * Obama said of the families, according to a pool report':
             * right after a speaker and words with no verb, X gives what
             * that speaker said) */
            const attribution *last = c->out->n ? &c->out->v[c->out->n - 1] : NULL;
            uint32_t said_end = last ? WT_MAX(last->cue.end, last->source.end) : 0;
            int plain =
                last && i - a <= 12 && last->cue.end <= c->tok->v[a].start &&
                c->tok->v[a].start >= said_end && c->tok->v[a].start - said_end <= 2 &&
                strspn(c->text + said_end, " ,") >= c->tok->v[a].start - said_end; /* (its sentence) */
            for (size_t k = a; k < i && plain; k++)
                plain = !ph_is_cue(c, k) && !word_in(c, k, VERB_GROUP) && !word_in(c, k, CLAUSE_OPENERS) &&
                        !ph_relative(c, k);
            if (plain) return ph_emit(c, last->content, ph_span_of(c, i, i + 2), sa, sb, last->direct);
            /* "In addition, according to the department, nearly nine
             * million ...": a short opening, then what X says. */
            /* (or "..., after, according to him, Mexico's network censured
             * ...": a clause of its own after X, longer than before) */
            int opening = i > a && !ph_gap_clear(c, i - 1, i) && sb + 2 < b &&
                          (i - a <= 3 || (ph_comma_after(c, sb - 1) && b - sb > 4 && b - sb > i - a));
            /* ("But according to the reports, ...": a conjunction alone
             * before it says nothing) */
            int bare = i > a && sb + 2 < b;
            for (size_t k = a; k < i && bare; k++)
                bare =
                    word_in(c, k, CLAUSE_OPENERS) || word_is(c, k, "however") || word_is(c, k, "meanwhile");
            opening |= bare;
            /* ("..., because, according to Trump, the media would ...": what
             * the subordinate clause says is X's) */
            opening |= i > a + 1 && sb + 2 < b && ph_comma_after(c, sb - 1) && ph_comma_after(c, i - 1) &&
                       (word_in(c, i - 1, SUBORDINATORS) || word_is(c, i - 1, "that"));
            if (i > a && !opening) { /* "..., according to X." */
                /* (", which stood at 263, according to the AP": the clause
                 * before it) */
                size_t from = i - 1;
                while (from > a && ph_gap_clear(c, from - 1, from))
                    from--;
                if (from <= a || !ph_relative(c, from)) from = a;
                /* ('"...," Clinton said Monday in Cheyenne, according to
                 * audio of the event': only when and where before it, right
                 * after a speaker; X gives what that speaker said) */
                if (last && from == a && i - a <= 4 && last->cue.end <= c->tok->v[a].start &&
                    c->tok->v[a].start >= said_end && c->tok->v[a].start - said_end <= 2 &&
                    strspn(c->text + said_end, " ,") >= c->tok->v[a].start - said_end)
                    return ph_emit(c, last->content, ph_span_of(c, i, i + 2), sa, sb, last->direct);
                return ph_emit(c, (attrib_span){c->tok->v[from].start, c->tok->v[i - 1].end},
                               ph_span_of(c, i, i + 2), sa, sb, 0);
            }
            if (sb >= b) return WT_OK; /* "According to X." says nothing */
            return ph_emit(c, (attrib_span){c->tok->v[sb].start, sent_end}, ph_span_of(c, i, i + 2), sa, sb,
                           0);
        }
    }
    /* "Clinton has support from 52 percent, the poll found.": a speaker
     * closing the sentence reports all before it, whatever cues it holds. */
    {
        size_t p, e, cue, sa, sb;
        /* (not before a colon: "In a speech, Varga declared:" gives what
         * follows) */
        /* (nor before a comma and the quotation the clause leads to:
         * 'Responding to the criticism, Trump said, "..."') */
        uint32_t ce = sent_end;
        while (ce > 0 && c->text[ce - 1] == ' ')
            ce--;
        int colon_end =
            ce > 0 && (c->text[ce - 1] == ':' || (c->text[ce - 1] == ',' && quote_follows(c, ce)) ||
                       (sent_end < c->len && c->text[sent_end] == ':'));
        if (!colon_end && final_speaker(c, a, b, &p, &e, &cue, &sa, &sb)) {
            /* "Rick Tyler said that the campaign ... , he said.": a named
             * speaker opening the sentence is the one a pronoun closing it
             * repeats; what was said lies between. */
            size_t oa, ob;
            if (e >= b && sb == sa + 1 && word_in(c, sa, PRONOUNS_PERSON) &&
                rp_opening_speaker(c, a, p, &oa, &ob))
                return reported_main(c, a, p, ph_word_end(c, p - 1));
            wt_status st = ph_emit(c, (attrib_span){c->tok->v[a].start, ph_word_end(c, p - 1)},
                                   ph_span_of(c, cue, cue + 1), sa, sb, 0);
            return st || e >= b ? st : reported_main(c, e, b, sent_end); /* ", adding that ..." */
        }
    }
    for (size_t i = a; i < b; i++) {
        if (!ph_is_cue(c, i)) continue;
        if (ph_framed(c, i)) return framed(c, a, i, b, sent_end);
        size_t cue_a = ph_verb_group_start(c, a, i); /* "has learned", "also said" */
        /* (a participle with no "is" before it, right after a name, is no
         * clause's verb: "then e-mailed Mr Oyelaran pointing out the
         * mistake" is Mr Varga's; the participles after a comma or a dash
         * are read above) */
        if (cue_a == i && i > a + 2 && word_in(c, i, GERUNDS) && !capitalized(c, i) &&
            capitalized(c, i - 1) && capitalized(c, i - 2) && ph_gap_clear(c, i - 2, i - 1) &&
            ph_gap_clear(c, i - 1, i) && !ph_comma_after(c, i - 3))
            continue;
        size_t sa, sb;
        ph_phrase_before(c, a, cue_a, &sa, &sb);
        /* "Trump's misinformation may be strategic, said Jeffery Hemsley."
         * (before a name with an apposition ahead of the comma: "..., whom
         * he has alienated, said Larry Sabato, director of ...") */
        if (sb == sa && i > a + 1 && c->text[c->tok->v[i - 1].end] == ',' &&
            !(word_is(c, i, "told") || word_is(c, i, "tells") || word_in(c, i, OBJECT_VERBS))) {
            size_t pa, pb;
            ph_phrase_after(c, i, b, &pa, &pb);
            /* The speaker ends the sentence, or an apposition follows. */
            /* (or a relative clause on the speaker, after a clause: "...,
             * said a handful of Democrats who point to ...", not "X, a
             * manager, said the staff member who ...") */
            int ends = pb >= b || c->text[c->tok->v[pb - 1].end] == ',' ||
                       (word_is(c, pb, "who") && !capitalized(c, i - 1));
            if (!ends && pb + 1 < b && b - pb <= 4 && (word_is(c, pb, "in") || word_is(c, pb, "at"))) {
                ends = 1; /* (where: "says Dossym Satpayev in Almaty.") */
                for (size_t k = pb + 1; k < b && ends; k++)
                    ends = capitalized(c, k) && ph_gap_clear(c, k - 1, k);
            }
            if (pb > pa && ends && pb - pa <= MAX_SOURCE_WORDS && ph_kind_of(c, pa, pb) != KIND_UNKNOWN &&
                !ph_relative(c, pa) && !word_in(c, pa, CLAUSE_OPENERS) && ph_name_like(c, pa, pb))
                return ph_emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end},
                               ph_span_of(c, i, i + 1), pa, pb, 0);
        }
        if (sb == sa) ph_name_before_apposition(c, a, cue_a, &sa, &sb);
        if (sb == sa && cue_a > a + 1 && (word_is(c, cue_a - 1, "and") || word_is(c, cue_a - 1, "but")))
            ph_subject_before(c, a, cue_a - 1, &sa, &sb); /* "Grassley downplayed the attack and said ..." */
        if (sb == sa && !word_in(c, i, GERUNDS)) {
            wt_status st = WT_OK;
            if (passive(c, a, cue_a, i, b, sent_end, &st)) return st;
        }
        if (sb == sa) continue;
        /* "continued to express doubts", "appeared to imply": the cue after
         * "to" reports. */
        if ((word_is(c, i, "continued") || word_is(c, i, "continues") || word_is(c, i, "continue") ||
             word_is(c, i, "began") || word_is(c, i, "begins") || word_is(c, i, "started") ||
             word_is(c, i, "tried") || word_is(c, i, "tries") || word_is(c, i, "moved") ||
             word_in(c, i, SEEMING)) &&
            i + 2 < b && word_is(c, i + 1, "to") && ph_is_cue(c, i + 2))
            continue;
        /* "a carbon tax, which he favors", "a fact he often mentions": the
         * cue's object stands before its subject; what was said is that. */
        {
            size_t obj_a, obj_b;
            if (object_before(c, a, &sa, sb, i, b, &obj_a, &obj_b)) {
                wt_status st =
                    ph_emit(c, ph_span_of(c, obj_a, obj_b), ph_span_of(c, cue_a, i + 1), sa, sb, 0);
                if (st) return st;
                a = i + 1;
                continue;
            }
        }
        size_t k = ph_cue_end(c, i, b); /* "points out": the particle is the cue's */
        i = k - 1;
        /* "Trump seems to be the classic New Yorker": how it looks, said by
         * no one; the whole clause is the content. */
        if (word_in(c, i, SEEMING) && sb < b) {
            size_t from = ph_relative(c, sa) ? sa + 1 : sa;
            if (from < cue_a)
                return ph_emit(c, (attrib_span){c->tok->v[from].start, sent_end}, ph_span_of(c, cue_a, i + 1),
                               0, 0, 0);
        }
        if (word_is(c, i, "told") && k < b) { /* told reporters, told the outlet, told Tidewater Daily News */
            if (word_is(c, k, "the")) k++;
            while (k + 1 < b && capitalized(c, k) && capitalized(c, k + 1) && ph_gap_clear(c, k, k + 1))
                k++;
            k++;
        }
        /* "said on Monday that ...", "said, without evidence, that ...": the
         * content starts after "that". */
        int aside = k < b && comma_only(c, k - 1, k); /* "said, without evidence, that" */
        /* (not the "that" of a later verb: "invoked Obama and suggested
         * that ...") */
        /* (further after a phrase of where or how: "said at a Sunday news
         * conference that") */
        size_t reach = k < b && word_in(c, k, NAME_BREAKERS) ? 8 : 5;
        for (size_t t = k;
             t < b && t < k + reach &&
             (t == k || ph_gap_clear(c, t - 1, t) || (aside && comma_only(c, t - 1, t)) ||
              (ph_comma_after(c, t - 1) && c->text[c->tok->v[t - 1].end] != ',')) && /* "- falsely -" */
             !word_is(c, t, "and") &&
             !word_is(c, t, "but") && !(t > k && ph_is_cue(c, t));
             t++)
            if (word_is(c, t, "that")) {
                /* (not the "that" of a relative clause: "in an interview
                 * that aired Sunday that ...", which may go on) */
                if (t + 1 < b && t > k && word_in(c, k, NAME_BREAKERS) &&
                    (word_in(c, t + 1, VERB_GROUP) || word_in(c, t + 1, PASSIVE) ||
                     ph_past_tense(c, t + 1))) {
                    reach = WT_MIN(reach + 6, 16);
                    continue;
                }
                /* (after an aside, the "that" after its closing comma: not
                 * "asylum, Nwosu said, a policy that passed") */
                if (aside && !comma_only(c, t - 1, t)) break;
                k = t + 1;
                break;
            }
        /* "..., NBC announced on Tuesday.": after the cue only when and
         * where; what was said comes before the speaker. */
        if (sa > a + 1 && !ph_gap_clear(c, sa - 1, sa) && k < b && b - k <= 4 &&
            (word_in(c, k, NAME_BREAKERS) || word_in(c, k, TIME_WORDS) ||
             (b - k == 1 && (capitalized(c, k) || isdigit((unsigned char)c->text[c->tok->v[k].start])))))
            k = b;
        /* "Fallon responded on Twitter.", "she said Monday.": where and
         * when, nothing said. */
        /* (or how: "said in a statement.", "wrote in an email Monday.") */
        if (k < b && b - k <= 5 && where_or_how(c, k, b)) k = b;
        attrib_span cue = ph_span_of(c, cue_a, i + 1);
        int colon = sent_end > 0 && c->text[sent_end - 1] == ':';
        /* 'He told his audience, to rowdy applause:' and a quotation
         * opening the next paragraph: the quotation is what was told. */
        int intro = colon && quote_follows(c, sent_end);
        if (intro) {
            /* (the cue nearest the colon: "- and do we know it! - Cruz
             * called them on it:") */
            size_t later = i + 1;
            while (later < b && !ph_is_cue(c, later))
                later++;
            if (later < b) continue;
            k = b;
        }
        size_t when = k; /* ('"...." She said Monday.') */
        while (when < b && word_in(c, when, TIME_WORDS))
            when++;
        if (sa == a && when >= b && c->orphan.end && c->orphan.end + 6 >= c->tok->v[a].start &&
            c->orphan.end <= c->tok->v[a].start) { /* '"..., no?" Freddy Ortega said.' */
            attrib_span q = c->orphan;
            c->orphan.end = 0;
            return ph_emit(c, q, cue, sa, sb, 1);
        }
        if (k < b && ph_relative(c, sa)) {
            /* "..., who said Clinton raped her in 1978, recounted ...": the
             * relative clause ends at its comma; the main clause goes on. */
            size_t e = k;
            while (e + 1 < b &&
                   (ph_gap_clear(c, e, e + 1) || marks_only(c, e + 1))) /* ("called him "a hero"") */
                e++;
            /* ("A woman who has accused Clinton of rape said Sunday that
             * ...": with no comma before "who", the main clause's verb of
             * saying ends the relative one, and the people before "who"
             * speak) */
            size_t m = k + 1, na = sa, nb2 = sa;
            if (sa > a && ph_gap_clear(c, sa - 1, sa)) {
                while (m < e && !((word_in(c, m, INVERTING) || word_is(c, m, "say")) &&
                                  !ph_past_tense(c, m) && ph_is_cue(c, m)))
                    m++;
                if (m < e) {
                    na = sa;
                    while (na > a && ph_gap_clear(c, na - 1, na) && sa - na < MAX_SOURCE_WORDS &&
                           !word_in(c, na - 1, CLAUSE_OPENERS) && !ph_is_cue(c, na - 1))
                        na--;
                    if (na < sa && ph_kind_of(c, na, sa) != KIND_UNKNOWN) nb2 = sa;
                }
            }
            if (nb2 > na) { /* (the people before "who" did both) */
                size_t before = c->out->n;
                wt_status st =
                    ph_emit(c, (attrib_span){c->tok->v[k].start, c->tok->v[m - 1].end}, cue, sa, sb, 0);
                if (!st && c->out->n > before) { /* ("who" is they) */
                    attribution *r = &c->out->v[c->out->n - 1];
                    r->source.start = c->tok->v[na].start;
                    r->speaker_start = c->tok->v[na].start;
                    r->speaker_end = c->tok->v[nb2 - 1].end;
                    r->kind = (uint8_t)ph_kind_of(c, na, nb2);
                }
                size_t h = after_cue(c, m, b);
                if (!st && h < b)
                    st = ph_emit(c, (attrib_span){c->tok->v[h].start, sent_end}, ph_span_of(c, m, m + 1), na,
                                 nb2, 0);
                return st;
            }
            wt_status st =
                ph_emit(c, (attrib_span){c->tok->v[k].start, e + 1 < b ? c->tok->v[e].end : sent_end}, cue,
                        sa, sb, 0);
            if (st || e + 1 >= b) return st;
            i = e;
            continue;
        }
        if (k < b && !(colon && sa == a && b - k < 5)) { /* "X said the closure was ...": the rest */
            size_t content_k = k;
            /* "Nwosu hit back, saying ...": a participle right after the
             * cue and a comma is what reports. */
            if (k > i && ph_comma_after(c, k - 1) && word_in(c, k, GERUNDS) && !ph_no_speech(c, k) &&
                !(c->flags[k] & QUOTED) && !dash_aside(c, k - 1, k, b)) {
                cue = ph_span_of(c, k, k + 1);
                k = after_cue(c, k, b);
                if (k >= b) return WT_OK;
            }
            /* "X denounced the plan and said ...": each verb its own
             * attribution of the same speaker. */
            for (size_t g = k + 1; g + 1 < b; g++) {
                /* (or a list: "She urged ..., proposed that ..., and pushed
                 * to ...": a verb in the past after a comma, as the cue is) */
                if (ph_past_tense(c, g) && (ph_is_cue(c, g) || word_in(c, g, TOPIC_VERBS)) &&
                    ph_past_tense(c, i) && ph_comma_after(c, g - 1) && !word_in(c, g, NOUN_CUES) &&
                    !word_is(c, g + 1, "by")) {
                    wt_status st =
                        ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, g - 1)}, cue, sa, sb, 0);
                    if (st) return st;
                    cue = ph_span_of(c, g, g + 1);
                    k = after_cue(c, g, b);
                    g = k;
                    continue;
                }
                if (!word_in(c, g, CLAUSE_OPENERS) || (!word_is(c, g, "and") && !word_is(c, g, "but")))
                    continue;
                size_t h = g + 1;
                while (h < b && h < g + 4 && ph_in_verb_group(c, h))
                    h++;
                /* (a noun-like cue only after a comma, or with a person as
                 * its object: ", but views Mr. Trump as ...", "and calls
                 * her ...") */
                int object = h + 1 < b && (word_is(c, h + 1, "her") || word_is(c, h + 1, "him") ||
                                           word_is(c, h + 1, "them") || capitalized(c, h + 1));
                if (h >= b || !ph_is_cue(c, h) ||
                    (word_in(c, h, NOUN_CUES) && !ph_past_tense(c, h) && !ph_comma_after(c, g - 1) &&
                     !object))
                    continue;
                /* (a belief after a clause "that" opened is its subject's:
                 * "told friends that the candidate knew ... and thought ...") */
                if (h == g + 1 && word_in(c, h, BELIEFS) && content_k > i + 1 &&
                    word_is(c, content_k - 1, "that"))
                    continue;
                /* (a base form goes with a base form: in "says he'd sit Putin
                 * down and tell him ..." it is the reported clause's verb) */
                if (h == g + 1 && word_in(c, h, BASE_FORMS) && !word_in(c, i, BASE_FORMS)) continue;
                /* (nor after an infinitive: "a new strategy: to stand up for
                 * Mexicans and defend ...") */
                if (h == g + 1 && word_in(c, h, BASE_FORMS) && infinitive_before(c, k, g)) continue;
                wt_status st =
                    ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, g - 1)}, cue, sa, sb, 0);
                if (st) return st;
                cue = ph_span_of(c, g + 1, h + 1);
                k = after_cue(c, h, b);
                g = k;
            }
            if (k >= b) return WT_OK;
            /* "..., noting that ...": a second attribution of the same speaker. */
            for (size_t g = k + 1; g + 1 < b; g++) {
                /* (or "..., not wanting to ...", "..., recently telling ...") */
                size_t n = g > k + 1 &&
                                   (word_is(c, g - 1, "not") || word_is(c, g - 1, "only") ||
                                    word_is(c, g - 1, "also") || word_is(c, g - 1, "then") ||
                                    ph_adverb_ly(c, g - 1)) &&
                                   ph_gap_clear(c, g - 1, g)
                               ? g - 1
                               : g;
                if (!word_in(c, g, GERUNDS) || ph_no_speech(c, g) || !ph_comma_after(c, n - 1) ||
                    c->flags[g] & QUOTED) /* (a participle the speaker says) */
                    continue;
                if (dash_aside(c, n - 1, g, b)) continue;
                /* (not "said on MSNBC, adding that ...": where, not what) */
                wt_status st = where_or_how(c, k, n)
                                   ? WT_OK
                                   : ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, n - 1)}, cue,
                                             sa, sb, 0);
                size_t h = after_cue(c, g, b);
                if (!st && h < b)
                    st = ph_emit(c, (attrib_span){c->tok->v[h].start, sent_end},
                                 ph_span_of(c, n < g && ph_adverb_ly(c, n) ? n : g, g + 1), sa, sb, 0);
                return st;
            }
            /* "Rubio said the extremist is Clinton, and he railed against
             * ..." (or "- and he singled out"): the writer tells what the
             * speaker did next. */
            for (size_t h = k + 2; h + 2 < b; h++)
                if (word_is(c, h, "and") && !ph_gap_clear(c, h - 1, h) && !(c->flags[h] & QUOTED) &&
                    word_in(c, h + 1, PRONOUNS_PERSON) && ph_gap_clear(c, h + 1, h + 2) &&
                    (ph_past_tense(c, h + 2) || ph_is_cue(c, h + 2))) {
                    wt_status st =
                        ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, h - 1)}, cue, sa, sb, 0);
                    return st ? st : reported_main(c, h + 1, b, sent_end);
                }
            /* 'Trump called the merger "a terrible deal" and ranked
             * Fiorina as ...': after the quotation that closes what was said,
             * "and" and a verb in the past are the speaker's next act. */
            for (size_t h = k + 2; h + 1 < b; h++) {
                if (!word_is(c, h, "and") || c->flags[h] & QUOTED || !(c->flags[h - 1] & QUOTED) ||
                    !ph_past_tense(c, h + 1) || !ph_gap_clear(c, h, h + 1))
                    continue;
                uint32_t p = c->tok->v[h - 1].end; /* (a mark closes right before "and") */
                if (!(c->text[p] == '"' || (p + 3 <= c->len && !memcmp(c->text + p, "\xE2\x80\x9D", 3))))
                    continue;
                wt_status st =
                    ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, h - 1)}, cue, sa, sb, 0);
                size_t m = after_cue(c, h + 1, b);
                if (!st && ph_is_cue(c, h + 1) && !ph_no_speech(c, h + 1) && m < b)
                    st = ph_emit(c, (attrib_span){c->tok->v[m].start, sent_end}, ph_span_of(c, h + 1, h + 2),
                                 sa, sb, 0);
                return st;
            }
            /* "Ryan insists the GOP must be a party of ideas, and has
             * championed an agenda ...": a verb after ", and" with the
             * speaker as its subject tells what the speaker did. */
            for (size_t h = k + 2; h + 1 < b; h++) {
                if (!word_is(c, h, "and") || !ph_comma_after(c, h - 1) || c->flags[h] & QUOTED) continue;
                size_t v = h + 1;
                int perfect = word_is(c, v, "has") || word_is(c, v, "have") || word_is(c, v, "had");
                if (perfect && v + 1 < b) v++;
                if (!ph_past_tense(c, v) || !ph_gap_clear(c, h, v)) continue;
                /* (not when it quotes them: '..., and secured approval from
                 * "the highest levels of government"') */
                if (quotes_in(c, v + 1, b)) break;
                return ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, h - 1)}, cue, sa, sb, 0);
            }
            /* "Various rivals see him as a threat, running more than $22
             * million in ads against him": a participle after a comma tells
             * what they did. */
            for (size_t h = k + 1; h + 1 < b; h++) {
                /* (", compared with 23 percent who ...": a comparison) */
                int compared =
                    word_is(c, h, "compared") && (word_is(c, h + 1, "with") || word_is(c, h + 1, "to"));
                if (!ph_comma_after(c, h - 1) || c->flags[h] & QUOTED ||
                    (!compared &&
                     (h < k + 3 || !participle(c, h) || ph_is_cue(c, h) || word_in(c, h, GERUNDS))))
                    continue;
                wt_status st =
                    ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, h - 1)}, cue, sa, sb, 0);
                /* (one quoting the speaker goes on in their words: ',
                 * poking fun at "one of the best ..."') */
                if (!st && quotes_in(c, h + 1, b))
                    return ph_emit(c, (attrib_span){c->tok->v[h + 1].start, sent_end},
                                   ph_span_of(c, h, h + 1), sa, sb, 0);
                return st ? st : reported_main(c, h, b, sent_end);
            }
            /* "After the moderator pointed out that ..., the candidate said
             * ...": a clause with a speaker of its own ends this one. */
            /* ("disclosed that after the rape, Clinton called her ...", "said,
             * if elected, she would ...": a subordinate clause opening what
             * was said ends at its comma, and the clause after it is still
             * what was said) */
            size_t from = k + 1;
            if (word_in(c, k, SUBORDINATORS) && (word_is(c, k - 1, "that") || ph_comma_after(c, k - 1))) {
                while (from < b && !ph_comma_after(c, from - 1))
                    from++;
                from = from < b ? from + 1 : k + 1;
            }
            size_t g = next_speaker(c, from, b);
            /* "Some view it as a takeover, although they have failed to
             * ...": a concession after a comma is the writer's again. */
            for (size_t h = k + 2; h + 1 < g; h++)
                /* (not "but that ...", "but also ...": the same report goes on) */
                if (word_in(c, h, CONCESSIONS) &&
                    !(word_is(c, h, "but") && (word_is(c, h + 1, "that") || word_is(c, h + 1, "also") ||
                                               word_is(c, h + 1, "only") || word_is(c, h + 1, "not"))) &&
                    ph_comma_after(c, h - 1) && !(c->flags[h] & QUOTED)) {
                    wt_status st =
                        ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, h - 1)}, cue, sa, sb, 0);
                    return st ? st : reported_main(c, h + 1, b, sent_end);
                }
            if (g < b) {
                wt_status st =
                    ph_emit(c, (attrib_span){c->tok->v[k].start, ph_word_end(c, g - 1)}, cue, sa, sb, 0);
                return st ? st : reported_main(c, g, b, sent_end);
            }
            return ph_emit(c, (attrib_span){c->tok->v[k].start, sent_end}, cue, sa, sb, 0);
        }
        /* ("Dianne Bystrom agreed." and a quotation right after: hers) */
        int bare = sa == a && k >= b && sent_end < c->len && c->text[sent_end - 1] == '.' &&
                   quote_follows(c, sent_end) && !word_in(c, i, NOUN_CUES);
        for (uint32_t p = sent_end; bare && p < c->len && (c->text[p] == ' ' || c->text[p] == '\n'); p++)
            bare = c->text[p] != '\n';               /* (in the same paragraph) */
        if ((sa == a || intro) && (colon || bare)) { /* "Cruz called them on it:" and a quotation next */
            c->pending_src_a = sa;
            c->pending_src_b = sb;
            c->pending_cue = ph_span_of(c, i, i + 1);
            c->pending_at = sent_end;
            return WT_OK;
        }
        if (sa > a) {      /* "..., X said." */
            int words = 0; /* (not "as" alone: '"...," Cruz said as the heckler yelled:') */
            for (size_t k = a; k < sa && !words; k++)
                words = (!word_in(c, k, CLAUSE_OPENERS) || ph_relative(c, k)) && !word_in(c, k, TIME_WORDS);
            wt_status st =
                words ? ph_emit(c, (attrib_span){c->tok->v[a].start, c->tok->v[sa - 1].end}, cue, sa, sb, 0)
                      : WT_OK;
            if (st) return st;
            a = i + 1; /* another attribution may follow in the sentence */
        }
    }
    /* "Trump issued the following statement:", "Transcript as follows:" and
     * a quotation opening the next paragraph: the writing's words. */
    if (sent_end > 0 && c->text[sent_end - 1] == ':' && quote_follows(c, sent_end)) {
        size_t w = a;
        while (w < b && !word_in(c, w, DOCUMENTS) && !word_is(c, w, "follows") && !word_is(c, w, "following"))
            w++;
        if (w < b) {
            size_t sa, sb;
            ph_subject_before(c, a, w, &sa, &sb);
            if (sb == sa && w > a && word_in(c, w, DOCUMENTS)) { /* "Transcript:" */
                sa = a;
                sb = w + 1;
            }
            if (sb > sa) {
                while (w + 1 < b && !word_in(c, w, DOCUMENTS) && word_is(c, w, "following"))
                    w++; /* "the following statement" */
                c->pending_src_a = sa;
                c->pending_src_b = sb;
                c->pending_cue = ph_span_of(c, w, w + 1);
                c->pending_at = sent_end;
                return WT_OK;
            }
        }
        /* "Fallon fired back:", "he demurred:": any verb after a subject
         * that names someone; a roundup's "- Pew Research:". */
        size_t sa, sb;
        if (ph_label_before_colon(c, a, b, &sa, &sb)) {
            c->pending_src_a = sa;
            c->pending_src_b = sb;
            c->pending_cue = (attrib_span){sent_end - 1, sent_end}; /* (the colon) */
            c->pending_at = sent_end;
            return WT_OK;
        }
        if (ph_colon_clause(c, a, b, &sa, &sb)) {
            c->pending_src_a = sa;
            c->pending_src_b = sb;
            c->pending_cue = ph_span_of(c, sb, b);
            c->pending_at = sent_end;
            return WT_OK;
        }
    }
    return topic(c, a, b);
}

/* Reported speech, then "citing X": whoever reports cites X for what
 * they report ("Citing a source, the Post said ..."), or the sentence
 * before it is X's ("..., citing a report by the board"). */
static wt_status reported_clause(ctx *c, size_t a, size_t b, uint32_t sent_end);

wt_status rp_reported(ctx *c, size_t a, size_t b, uint32_t sent_end)
{
    /* A semicolon ends a clause as a full stop would. A run-on "sentence"
     * longer than any in news (a list, a transcript without stops) is read
     * a window at a time: the rules look back and forth within a clause,
     * and over thousands of words that would be quadratic. */
    while (a < b) {
        size_t e = b;
        uint32_t end = sent_end;
        for (size_t i = a + 1; i + 1 < b && e == b; i++)
            if (c->text[c->tok->v[i].end] == ';' || i - a + 1 >= MAX_CLAUSE_WORDS) {
                e = i + 1;
                end = c->tok->v[i].end;
            }
        wt_status st = reported_clause(c, a, e, end);
        if (st) return st;
        a = e;
    }
    return WT_OK;
}

/* Reported speech in the tokens [a, b) of one clause, then "citing X". */
static wt_status reported_clause(ctx *c, size_t a, size_t b, uint32_t sent_end)
{
    size_t before = c->out->n;
    wt_status st = reported_main(c, a, b, sent_end);
    for (size_t i = a; i + 1 < b && !st; i++) {
        if (!word_is(c, i, "citing")) continue;
        size_t sa, sb;
        ph_phrase_after(c, i, b, &sa, &sb);
        if (sb == sa) break;
        /* One cites a speaker or a document, not "a shortage of engineers". */
        int cited = ph_kind_of(c, sa, sb) != KIND_UNKNOWN;
        for (size_t k = sa; k < sb && !cited; k++)
            cited = word_in(c, k, EVIDENCE);
        if (!cited) break;
        attrib_span content;
        if (c->out->n > before)
            content = c->out->v[before].content;
        else if (i > a)
            content = (attrib_span){c->tok->v[a].start, c->tok->v[i - 1].end};
        else if (sb < b)
            content = (attrib_span){c->tok->v[sb].start, sent_end};
        else
            break;
        return ph_emit(c, content, ph_span_of(c, i, i + 1), sa, sb, 0);
    }
    return st;
}
