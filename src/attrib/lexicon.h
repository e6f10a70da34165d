/* lexicon.h: the attribution rules' word lists, merged into one table
 * that gives each token the set of lists its word is in (a bit each). */
#ifndef WT_ATTRIB_LEXICON_H
#define WT_ATTRIB_LEXICON_H

#include "attrib.h"

/* The word lists merged into one table: a word's hash (as the tokenizer
 * hashes it, case folded) gives the set of lists it is in, so each token
 * is looked up once per document. */
#define N_LISTS 49
/* Each list's bit in a token's flags, in the order of LISTS. */
enum {
    CUES_BIT,
    PRONOUNS_PERSON_BIT,
    ANONYMOUS_BIT,
    ANONYMOUS_PEOPLE_BIT,
    ANONYMOUS_TAIL_BIT,
    ROLES_BIT,
    HUMANS_BIT,
    PARTICLES_BIT,
    GERUNDS_BIT,
    OUTLET_WORDS_BIT,
    ORG_WORDS_BIT,
    EVIDENCE_CUES_BIT,
    EVIDENCE_BIT,
    PASSIVE_BIT,
    NAME_BREAKERS_BIT,
    GENERIC_OUTLETS_BIT,
    CLAUSE_OPENERS_BIT,
    NOUN_CUES_BIT,
    VERB_GROUP_BIT,
    TOPIC_VERBS_BIT,
    TOPIC_PREPS_BIT,
    STANCE_NOUNS_BIT,
    HONORIFICS_BIT,
    LY_NOUNS_BIT,
    DETERMINERS_BIT,
    NOT_NAMES_BIT,
    TIME_WORDS_BIT,
    CATENATIVES_BIT,
    DOCUMENTS_BIT,
    PHRASALS_BIT,
    INVERTING_BIT,
    BASE_FORMS_BIT,
    CONTRACTED_BE_BIT,
    SEEMING_BIT,
    NEEDS_CLAUSE_BIT,
    QUOTE_VERBS_BIT,
    CONCESSIONS_BIT,
    OBJECT_VERBS_BIT,
    SUBORDINATORS_BIT,
    FRAMING_BIT,
    STANCE_ADJ_BIT,
    PUBLISHING_BIT,
    MADE_NOUNS_BIT,
    OWNERLESS_NOUNS_BIT,
    QUANTITIES_BIT,
    BELIEFS_BIT,
    MALE_WORDS_BIT,
    FEMALE_WORDS_BIT,
    TITLE_WORDS_BIT
};
_Static_assert(TITLE_WORDS_BIT + 1 == N_LISTS, "one bit per list");
/* A token's flag beside its lists: it stands inside a quotation. */
#define QUOTED ((uint64_t)1 << 63)
_Static_assert(N_LISTS < 63, "lists and QUOTED fit a token's flags");
struct attrib_lexicon {
    text_wordset *words; /* each word with the set of lists it is in */
    const attrib_gazetteer *gz;
};

#endif
