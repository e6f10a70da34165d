/* lexicon.c: the word lists of the attribution rules (reporting verbs,
 * roles, pronouns, outlet words...), and the table that looks a token's
 * word up in all of them at once. Reporting verbs are written as lemmas
 * and inflected here, so each verb has all its forms. */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Verbs that report speech, writing, thought or stance, as lemmas; their
 * forms are made by inflect(). Marks before a lemma: '~' its base and -s
 * forms are nouns too ("calls", "claims"), '+' doubles the last consonant
 * ("slammed"), '=' no base form reports ("noted", "notes", not "a
 * note"), '^' neither the base nor the -s form ("stated", not "states"),
 * '@' its object is a person ("thanked Obama": OBJECT_VERBS). "say|said"
 * gives an irregular past and participle, "write|wrote|written" both. */
static const char *const CUE_LEMMAS[] = {
    /* saying and telling */
    "say|said", "tell|told", "add", "^state", "^remark", "~comment", "~note", "mention", "=report",
    "announce", "declare", "proclaim", "pronounce", "assert", "affirm", "~claim", "allege", "insist",
    "maintain", "contend", "argue", "^reason", "explain", "clarify", "elaborate", "specify", "~detail",
    "describe", "characterize", "characterise", "portray", "depict", "^label", "^brand", "+dub",
    "write|wrote|written", "~tweet", "=post", "retweet", "^email", "blog", "disclose", "divulge", "reveal",
    "outline", "=list", "~recount", "recall", "recollect", "relate", "narrate", "~quote", "cite", "invoke",
    "testify", "~answer", "~reply", "respond", "retort", "~counter", "conclude", "observe", "opine", "muse",
    "ponder", "~joke", "~shout", "yell", "scream", "~chant", "whisper", "mutter", "murmur", "~boom", "bellow",
    "~bark", "~+snap", "gush", "~rave", "~sneer", "grouse", "~gripe", "fume", "~rant", "~vent", "~tease",
    "~needle", "~+jab", "~hype", "marvel", "confide", "~sigh", "~groan", "~cry", "holler", "~roar",
    "~thunder", "~growl", "~hiss", "interject", "chide", "berate", "lecture", "~caution", "~+quip", "~+chat",
    "~chime", "~crow", "exult", "~gloat", "~+plug", "~pitch", "~drawl", "~stammer", "~stutter", "~blurt",
    "~+rebut", "~+fret", "~+sob", "exclaim", "~echo", "liken", "~compare", "equate", "repeat", "reiterate",
    "restate", "~stress", "emphasize", "emphasise", "underscore", "underline", "highlight", "~signal",
    "~hint", "indicate", "imply", "suggest", "insinuate", "~show|showed|shown", "demonstrate", "confirm",
    "verify", "inform", "notify", "remind",
    /* asking, urging, warning, predicting */
    "ask", "inquire", "enquire", "~query", "~question", "wonder", "~demand", "~request", "@urge", "implore",
    "beg", "plead", "~appeal", "~@call", "encourage", "recommend", "propose", "~counsel", "warn", "caution",
    "~alert", "threaten", "predict", "~forecast|forecast", "~estimate", "calculate", "~guess", "speculate",
    "theorize", "theorise",
    /* promising, admitting, refusing */
    "~promise", "~vow", "~pledge", "swear|swore|sworn", "=guarantee", "assure", "reassure", "+admit",
    "concede", "confess", "acknowledge", "recognize", "recognise", "agree", "disagree", "concur", "~deny",
    "~dispute", "~challenge", "contradict", "refute", "@reject", "@dismiss", "rebuff", "refuse", "decline",
    "~object", "~protest", "complain", "grumble", "lament", "bemoan", "~+regret", "apologize", "apologise",
    "deplore", "decry",
    /* praise and blame */
    "~@praise", "@laud", "@hail", "@applaud", "commend", "@congratulate", "^@thank", "~@credit", "~@welcome",
    "celebrate", "~@salute", "~tout", "trumpet", "~boast", "+brag", "@endorse", "=@back", "~@support",
    "~favor", "~favour", "+prefer", "advocate", "@defend", "justify", "@oppose", "resist", "@criticize",
    "@criticise", "@condemn", "@denounce", "~@blame", "~@fault", "@accuse", "~@charge", "~@attack", "assail",
    "@lambaste", "castigate", "@chastise", "~@rebuke", "@scold", "~+@slam", "~@blast", "~+rip", "~knock",
    "bash", "@mock", "ridicule", "deride", "~taunt", "~scoff", "lampoon",
    /* thinking, knowing, wanting */
    "think|thought", "believe", "feel|felt", "know|knew", "~doubt", "suspect", "~fear", "~worry", "~hope",
    "~wish", "~expect", "anticipate", "intend", "~+plan", "~seek|sought", "~want", "consider", "~regard",
    "~view", "deem", "assess", "reckon", "assume", "presume", "imagine", "envision", "envisage", "~see|saw",
    "realize", "realise", "understand|understood", "learn|learned", "~find|found", "hear|heard", "determine",
    "seem", "appear", "resent", "~dislike", "~dread", "~express", "~offer", "~discuss",
    /* raising, framing, pressing, taking up */
    "~voice", "~reference", "remember", "nominate", "~push", "~paint", "~frame", "~lobby", "~brush", "~+spar",
    "convince", "^rule", "~share", "embrace", "~promote", "balk", "~react", "persuade", "attribute",
    "champion", "~vote", "~project", "~float", "~allude", "vouch", "recite", "disavow", "articulate",
    "acquiesce", "utter", "reaffirm", "downplay", "disparage", "interpret", "~coin", "cajole", "deflect",
    "dictate", "~discount", "exhort", "expound", "+extol", "heckle", "~herald", "~jeer", "~petition", "posit",
    "recant", "~reprimand", "retract", "~smear", "spout", "surmise", "admonish", "attest", "avow", "broach",
    "~censure", "coax", "convey", "demur", "denigrate", "disclaim", "enthuse", "espouse", "forewarn",
    "lambast", "~moan", "profess", "quibble", "~relay", "~reproach", "stipulate", "summarize", "summarise",
    "vilify", NULL};
/* Participles that tell how someone is held, in the passive before
 * "as": "is widely seen as", "has been described as". */
static const char *const FRAMING[] = {
    "seen",          "viewed",    "regarded",  "considered", "perceived", "described", "characterized",
    "characterised", "portrayed", "deemed",    "branded",    "labeled",   "labelled",  "hailed",
    "dismissed",     "painted",   "cast",      "billed",     "touted",    "pegged",    "known",
    "called",        "dubbed",    "nicknamed", NULL};
/* Adjectives of stance after "is": "is eager to", "are skeptical of",
 * "was adamant that". */
static const char *const STANCE_ADJ[] = {
    "eager",      "hopeful",   "wary",      "supportive", "concerned",  "worried",     "critical",
    "skeptical",  "sceptical", "adamant",   "confident",  "optimistic", "pessimistic", "convinced",
    "dismissive", "vocal",     "outspoken", "unhappy",    "upset",      "doubtful",    NULL};
/* Verbs of putting a writing out, cues with the writing after them:
 * "released a memo", "issued a statement", "unveiled its plan". */
static const char *const PUBLISHING[] = {"released",  "releases",   "releasing",   "issued",   "issuing",
                                         "published", "publishes",  "publishing",  "unveiled", "unveils",
                                         "unveiling", "circulated", "circulating", NULL};
/* Nouns of speech one makes, besides the nouns of stance: "made the
 * case that", "made a plea for", "made a point of saying". */
static const char *const MADE_NOUNS[] = {
    "case",        "plea",       "point", "announcement", "statement",  "statements",  "appeal",
    "pitch",       "speech",     "joke",  "jokes",        "reference",  "mention",     "apology",
    "observation", "confession", "offer", "commitment",   "prediction", "predictions", NULL};
/* Nouns of stance reported with no owner: "amid criticism of the plan". */
static const char *const OWNERLESS_NOUNS[] = {"criticism",   "criticisms", "complaints", "doubts",
                                              "speculation", "praise",     "assumption", NULL};
/* Quantities of people: "a few think", "a handful of Democrats",
 * "30 percent of voters". */
static const char *const QUANTITIES[] = {
    "percent", "one",     "majority", "minority", "half",  "share",  "third", "quarter", "most", "some",
    "many",    "handful", "number",   "group",    "dozen", "couple", "few",   "lot",     NULL};
/* Verbs of belief: "said ... and he feels he can win" goes on with what
 * the same speaker said. */
static const char *const BELIEFS[] = {
    "think", "thinks", "thought", "feel",  "feels", "felt",   "believe", "believes", "believed", "hope",
    "hopes", "hoped",  "know",    "knows", "knew",  "expect", "expects", "expected", NULL};
/* Cue forms the lemmas do not give. */
static const char *const CUES[] = {"signalled", "continued", "continues", "decided",
                                   "named",     "ordered",   NULL};
static const char *const PRONOUNS_PERSON[] = {"he", "she", "he's", "she's", NULL};
/* "seems", "appeared": how things look (said by no one). */
static const char *const SEEMING[] = {"seem", "seems", "seemed", "appear", "appears", "appeared", NULL};
/* Cues that report only before a clause ("seems to", "continued that",
 * "appeared as if") or a stop ('she continued.'), not before an object:
 * "a photograph appears in the Sun", "continued a fierce contest". */
static const char *const NEEDS_CLAUSE[] = {"seem",    "seems",    "seemed",    "appear",
                                           "appears", "appeared", "continued", NULL};
/* Verbs that give a quotation's words only right beside it: '"...," the
 * editorial read.', 'The sign reads: "..."', '"...!" beamed Hartley';
 * "she read the book" is no speech. */
static const char *const QUOTE_VERBS[] = {"read",    "reads",    "began", "begins", "ended",    "ends",
                                          "states",  "beamed",   "beams", "smiled", "smiles",   "laughed",
                                          "laughs",  "grinned",  "grins", "nodded", "chuckled", "chuckles",
                                          "cheered", "shrugged", NULL};
/* Words opening a clause the writer adds against what was reported:
 * "..., although sales have fallen". */
static const char *const CONCESSIONS[] = {"although", "though", "despite", "whereas", "but", NULL};
/* A pronoun and "is"/"are"/"am" in one word, before a verb in -ing. */
static const char *const CONTRACTED_BE[] = {"he's", "she's",  "it's",  "they're", "we're",
                                            "i'm",  "you're", "who's", NULL};
static const char *const ANONYMOUS[] = {
    "source", "sources", "official", "officials", "aide", "aides", "insider", "insiders", NULL,
};
/* "a person familiar with...", "people close to...": the noun, then this. */
static const char *const ANONYMOUS_PEOPLE[] = {"person", "people", "someone", "persons", NULL};
static const char *const ANONYMOUS_TAIL[] = {"familiar", "close", "briefed", "knowledgeable", NULL};
/* Honorifics that open a person's name ("Dr Fox", "Ms Nwosu"). */
static const char *const HONORIFICS[] = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof", NULL};
/* Roles that name a person ("the mayor", "a spokeswoman"). */
static const char *const ROLES[] = {
    "mayor",        "minister",
    "president",    "spokesman",
    "spokeswoman",  "spokesperson",
    "chief",        "director",
    "councillor",   "councilor",
    "senator",      "governor",
    "secretary",    "chairman",
    "chairwoman",   "engineer",
    "analyst",      "lawyer",
    "attorney",     "professor",
    "economist",    "candidate",
    "nominee",      "leader",
    "manager",      "officer",
    "inspector",    "commissioner",
    "ambassador",   "judge",
    "coach",        "captain",
    "author",       "writer",
    "reporter",     "correspondent",
    "editor",       "star",
    "bishop",       "chancellor",
    "mp",           "msp",
    "mep",          "premier",
    "boss",         "founder",
    "chairperson",  "actor",
    "actress",      "singer",
    "striker",      "defender",
    "midfielder",   "goalkeeper",
    "player",       "executive",
    "businessman",  "businesswoman",
    "billionaire",  "mogul",
    "tycoon",       "justice",
    "congressman",  "congresswoman",
    "host",         "anchor",
    "columnist",    "ceo",
    "sheriff",      "pastor",
    "rabbi",        "priest",
    "pope",         "frontrunner",
    "front-runner", "physician",
    "nurse",        "dean",
    "principal",    "headteacher",
    "surgeon",      NULL,
};
/* People by what they are or do, and the words that stand for some of
 * them: the head of a subject that can hold an opinion ("voters fear",
 * "many believe", "they want"). */
static const char *const HUMANS[] = {"voters",
                                     "voter",
                                     "critics",
                                     "critic",
                                     "supporters",
                                     "supporter",
                                     "experts",
                                     "expert",
                                     "analysts",
                                     "economists",
                                     "residents",
                                     "resident",
                                     "investors",
                                     "lawmakers",
                                     "lawmaker",
                                     "legislators",
                                     "activists",
                                     "activist",
                                     "advocates",
                                     "opponents",
                                     "opponent",
                                     "protesters",
                                     "delegates",
                                     "members",
                                     "member",
                                     "leaders",
                                     "politicians",
                                     "politician",
                                     "candidates",
                                     "observers",
                                     "scientists",
                                     "scientist",
                                     "researchers",
                                     "researcher",
                                     "doctors",
                                     "doctor",
                                     "reporters",
                                     "editors",
                                     "journalists",
                                     "journalist",
                                     "writers",
                                     "historians",
                                     "historian",
                                     "strategists",
                                     "strategist",
                                     "pollsters",
                                     "pollster",
                                     "donors",
                                     "donor",
                                     "fans",
                                     "workers",
                                     "worker",
                                     "citizens",
                                     "students",
                                     "student",
                                     "teachers",
                                     "teacher",
                                     "parents",
                                     "women",
                                     "men",
                                     "woman",
                                     "man",
                                     "immigrants",
                                     "conservatives",
                                     "liberals",
                                     "progressives",
                                     "moderates",
                                     "evangelicals",
                                     "independents",
                                     "senators",
                                     "governors",
                                     "judges",
                                     "lawyers",
                                     "prosecutors",
                                     "prosecutor",
                                     "investigators",
                                     "advisers",
                                     "adviser",
                                     "advisors",
                                     "advisor",
                                     "allies",
                                     "backers",
                                     "rivals",
                                     "rival",
                                     "colleagues",
                                     "friends",
                                     "participants",
                                     "respondents",
                                     "americans",
                                     "republicans",
                                     "democrats",
                                     "many",
                                     "some",
                                     "others",
                                     "most",
                                     "few",
                                     "everyone",
                                     "nobody",
                                     "they",
                                     "we",
                                     "i",
                                     "you",
                                     "organizers",
                                     "organisers",
                                     "campaigners",
                                     "surrogates",
                                     "surrogate",
                                     "consultants",
                                     "consultant",
                                     "diplomats",
                                     "diplomat",
                                     "ministers",
                                     "officers",
                                     "agents",
                                     "veterans",
                                     "members",
                                     "attendees",
                                     "audience",
                                     "crowd",
                                     "employees",
                                     "staffers",
                                     "staff",
                                     "spokespeople",
                                     "candidate",
                                     "nominee",
                                     "conservative",
                                     "liberal",
                                     "republican",
                                     "democrat",
                                     "insiders",
                                     "pundits",
                                     "pundit",
                                     "commentators",
                                     "commentator",
                                     "skeptics",
                                     "sceptics",
                                     "proponents",
                                     "detractors",
                                     "employee",
                                     "executives",
                                     "hopefuls",
                                     "hopeful",
                                     "operatives",
                                     "operative",
                                     "superdelegates",
                                     "speakers",
                                     "moderators",
                                     "moderator",
                                     "contenders",
                                     "contender",
                                     "attorneys",
                                     "founders",
                                     "founder",
                                     "users",
                                     "developers",
                                     "farmers",
                                     "owners",
                                     "scholars",
                                     "academics",
                                     "professors",
                                     "physicians",
                                     "nurses",
                                     "soldiers",
                                     "troops",
                                     "bankers",
                                     "traders",
                                     "shoppers",
                                     "consumers",
                                     "customers",
                                     "viewers",
                                     "readers",
                                     "listeners",
                                     "players",
                                     "athletes",
                                     "coaches",
                                     "clergy",
                                     "priests",
                                     "locals",
                                     "neighbours",
                                     "neighbors",
                                     "families",
                                     "victims",
                                     "survivors",
                                     "witnesses",
                                     "patients",
                                     "refugees",
                                     "migrants",
                                     "demonstrators",
                                     "marchers",
                                     "planners",
                                     "engineers",
                                     "designers",
                                     "artists",
                                     "musicians",
                                     "actors",
                                     "authors",
                                     "bloggers",
                                     "columnists",
                                     "publishers",
                                     "regulators",
                                     "auditors",
                                     "inspectors",
                                     "jurors",
                                     "defendants",
                                     "plaintiffs",
                                     "landlords",
                                     "tenants",
                                     "taxpayers",
                                     "homeowners",
                                     "employers",
                                     "chiefs",
                                     "mayors",
                                     "representatives",
                                     "congressmen",
                                     "nominees",
                                     "challengers",
                                     "challenger",
                                     "incumbents",
                                     "incumbent",
                                     "people",
                                     "children",
                                     "teenagers",
                                     "adults",
                                     "seniors",
                                     "retirees",
                                     "youths",
                                     "both",
                                     "neither",
                                     "boy",
                                     "girl",
                                     "boys",
                                     "girls",
                                     "kid",
                                     "kids",
                                     "child",
                                     "teen",
                                     "teens",
                                     "mother",
                                     "father",
                                     "son",
                                     "daughter",
                                     "wife",
                                     "husband",
                                     "brother",
                                     "sister",
                                     "friend",
                                     "neighbor",
                                     "neighbour",
                                     "another",
                                     "majorities",
                                     "minorities",
                                     "side",
                                     "sides",
                                     "quarters",
                                     "thirds",
                                     "fifths",
                                     "half",
                                     "majority",
                                     "plurality",
                                     "minority",
                                     NULL};
/* Words that open a clause, not a subject: "and then said", "if you
 * believe". A subject phrase starts after them. */
static const char *const CLAUSE_OPENERS[] = {
    "and",     "but",      "then",   "if",     "as",    "so",     "or",      "now",     "when", "while",
    "because", "although", "though", "having", "also",  "yet",    "still",   "even",    "who",  "which",
    "where",   "after",    "before", "since",  "until", "unless", "whether", "whereas", NULL};
/* Subordinators: the clause they open ends at its comma ("While X
 * welcomed the plan, they ..."), and is read on its own. */
static const char *const SUBORDINATORS[] = {"while",   "when",   "as", "although", "though",
                                            "because", "since",  "if", "once",     "whereas",
                                            "after",   "before", NULL};
static const char *const GENERIC_OUTLETS[] = {"outlet",      "newspaper",   "paper",    "network",
                                              "broadcaster", "station",     "magazine", "wire",
                                              "site",        "publication", NULL};
/* Verbs that report only when evidence speaks: "a poll shows", not
 * "the cables showed corrosion". */
static const char *const EVIDENCE_CUES[] = {"show", "shows", "showed", "shown",
                                            "find", "found", "finds",  NULL};
static const char *const EVIDENCE[] = {"poll",          "polls",     "survey",   "surveys", "study",
                                       "studies",       "report",    "reports",  "records", "data",
                                       "figures",       "analysis",  "research", "review",  "audit",
                                       "investigation", "documents", "inquiry",  "probe",   NULL};
/* Writings that speak for their authors: "The ad claims ...", "a
 * statement saying ...". */
static const char *const DOCUMENTS[] = {
    "ad",          "ads",     "statement",  "statements",  "letter",    "letters",    "complaint",
    "lawsuit",     "memo",    "filing",     "video",       "book",      "article",    "editorial",
    "column",      "website", "tweet",      "tweets",      "email",     "emails",     "message",
    "release",     "post",    "note",       "speech",      "op-ed",     "interview",  "petition",
    "brief",       "motion",  "footage",    "commercial",  "mailer",    "flyer",      "banner",
    "sign",        "signs",   "slogan",     "headline",    "caption",   "remarks",    "comments",
    "words",       "filings", "polling",    "results",     "numbers",   "statistics", "estimates",
    "projections", "returns", "transcript", "transcripts", "documents", "records",    "story",
    "stories",     "piece",   "placard",    "placards",    "banners",   NULL};
/* Verbs of speaking about something, and what they take: "talked about". */
static const char *const TOPIC_VERBS[] = {
    "talked",    "talking",    "talks",      "talk",        "spoke",   "speaks",  "speaking",  "referring",
    "referred",  "refers",     "pointed",    "pointing",    "points",  "focused", "focusing",  "focuses",
    "commented", "commenting", "complained", "complaining", "weighed", "alluded", "responded", "responding",
    "objected",  "railed",     "lashed",     "hit",         NULL};
/* Nouns of speech and stance with an owner: "Trump's attacks on Rubio",
 * "their criticism of the plan". */
static const char *const STANCE_NOUNS[] = {
    "criticism",   "support",    "attacks",     "attack",     "praise",      "defense",   "defence",
    "endorsement", "opposition", "accusations", "accusation", "allegations", "claims",    "comments",
    "remarks",     "warning",    "warnings",    "calls",      "call",        "views",     "view",
    "message",     "promise",    "pledge",      "denial",     "questions",   "concerns",  "criticisms",
    "complaints",  "assessment", "description", "plan",       "plans",       "decision",  "proposal",
    "refusal",     "vow",        "threat",      "demand",     "request",     "assertion", "argument",
    "suggestion",  "insistence", "admission",   "allegation", "charge",      "push",      "bid",
    "claim",       "belief",     "contention",  "prediction", "promises",    "threats",   "statement",
    NULL};
static const char *const TOPIC_PREPS[] = {"about", "of", "on", "to", "against", "at", NULL};
/* Nouns in -ly, no adverbs: "the family said". */
static const char *const LY_NOUNS[] = {"family",  "rally",     "ally",   "assembly",   "monopoly",
                                       "reply",   "supply",    "bully",  "daily",      "weekly",
                                       "monthly", "quarterly", "italy",  "july",       "anomaly",
                                       "belly",   "holy",      "homily", "melancholy", NULL};
/* Words between a subject and its cue, part of neither: modals,
 * auxiliaries, negation and common adverbs ("she would not say", "Trump
 * has repeatedly called", "Roffman doesn't want"). */
static const char *const VERB_GROUP[] = {
    "will",   "would",   "could",    "may",       "might",      "can",       "should",   "must",   "did",
    "does",   "do",      "has",      "have",      "had",        "not",       "never",    "also",   "then",
    "later",  "again",   "already",  "still",     "once",       "often",     "just",     "even",   "both",
    "all",    "first",   "ever",     "now",       "too",        "since",     "doesn't",  "didn't", "don't",
    "won't",  "can't",   "wouldn't", "couldn't",  "shouldn't",  "hasn't",    "haven't",  "hadn't", "cannot",
    "isn't",  "wasn't",  "aren't",   "weren't",   "soon",       "only",      "merely",   "long",   "almost",
    "nearly", "barely",  "hardly",   "allegedly", "apparently", "privately", "publicly", "always", "indeed",
    "rarely", "instead", NULL};
/* Cues that are also nouns or adjectives. */
static const char *const NOUN_CUES[] = {
    "states",  "calls", "claims",   "notes",   "reports",  "jokes",   "shows",   "finds",
    "pledged", "think", "expected", "hopes",   "promises", "wants",   "support", "hope",
    "want",    "see",   "know",     "discuss", "endorse",  "suggest", "backs",   "attacks",
    "plans",   "named", "called",   "fear",    "claim",    "call",    "feel",    NULL};
/* Capitalised at a clause's start, these name nobody: "Before the
 * debate, ...", "There's still time for Cruz". */
static const char *const NOT_NAMES[] = {
    "before",    "after",    "amid",      "during",    "since", "despite", "following", "until",   "there",
    "this",      "these",    "those",     "it",        "its",   "that",    "what",      "how",     "why",
    "here",      "one",      "another",   "such",      "about", "against", "among",     "under",   "without",
    "like",      "over",     "into",      "through",   "i'm",   "it's",    "there's",   "that's",  "we",
    "meanwhile", "still",    "yet",       "however",   "now",   "then",    "instead",   "already", "once",
    "asked",     "speaking", "according", "citing",    "in",    "on",      "at",        "for",     "with",
    "by",        "from",     "to",        "of",        "a",     "an",      "his",       "her",     "their",
    "our",       "my",       "your",      "some",      "many",  "most",    "all",       "both",    "each",
    "every",     "no",       "not",       "if",        "when",  "while",   "as",        "so",      "last",
    "next",      "absent",   "unlike",    "including", NULL};
/* Verbs that take another verb with "to": "moved to emphasize", "tried
 * to dismiss", "has to say". */
static const char *const CATENATIVES[] = {
    "want",      "wants",      "wanted",    "plan",       "plans",     "planned", "hope",       "hopes",
    "hoped",     "try",        "tries",     "tried",      "seek",      "seeks",   "sought",     "begin",
    "begins",    "began",      "continue",  "continues",  "continued", "need",    "needs",      "needed",
    "intend",    "intends",    "intended",  "going",      "used",      "refuse",  "refuses",    "refused",
    "agree",     "agrees",     "agreed",    "vow",        "vows",      "vowed",   "promise",    "promises",
    "promised",  "threaten",   "threatens", "threatened", "move",      "moves",   "moved",      "help",
    "helps",     "helped",     "decide",    "decides",    "decided",   "aim",     "aims",       "aimed",
    "appear",    "appears",    "appeared",  "seem",       "seems",     "seemed",  "attempt",    "attempts",
    "attempted", "declined",   "declines",  "rushed",     "hastened",  "chose",   "choose",     "chooses",
    "has",       "have",       "had",       "got",        "wish",      "wishes",  "wished",     "dared",
    "tend",      "tends",      "tended",    "working",    "worked",    "works",   "continuing", "taken",
    "took",      "prompted",   "forced",    "compelled",  "obliged",   "trying",  "seeking",    "hoping",
    "planning",  "attempting", "looking",   "aiming",     NULL};
/* Verbs that report with "out" or "back": "points out", "shot back". */
static const char *const PHRASALS[] = {
    "point",  "points",  "pointed", "pointing", "shoot",  "shoots",  "shot",     "fire", "fires",  "fired",
    "firing", "hit",     "hits",    "hitting",  "push",   "pushes",  "pushed",   "lash", "lashes", "lashed",
    "strike", "strikes", "struck",  "spell",    "spells", "spelled", "spelling", NULL};
/* Cues that come before their speaker: ", said Mindy Romero". */
static const char *const INVERTING[] = {
    "said",   "says",      "added",  "adds",      "asked",     "asks",      "wrote",     "writes",
    "told",   "explained", "noted",  "continued", "continues", "recalled",  "replied",   "insisted",
    "argued", "countered", "warned", "observed",  "declared",  "quipped",   "remarked",  "found",
    "finds",  "showed",    "shows",  "reported",  "reports",   "announced", "estimated", NULL};
/* The base forms of the cue lemmas get this bit too ("say", "call"): a
 * name before one is no subject ("Telephone call centres"). */
static const char *const BASE_FORMS[] = {NULL};
/* Filled from the lemmas marked '@' (a person as object: after a
 * quotation, '"...," thanked Obama for ...' names the one thanked). */
static const char *const OBJECT_VERBS[] = {NULL};
/* Words of time: "On Thursday evening Hillary Clinton delivered ...". */
static const char *const TIME_WORDS[] = {
    "monday",   "tuesday",  "wednesday", "thursday",  "friday",    "saturday", "sunday",  "january",
    "february", "march",    "april",     "may",       "june",      "july",     "august",  "september",
    "october",  "november", "december",  "jan",       "feb",       "aug",      "sept",    "oct",
    "nov",      "dec",      "morning",   "afternoon", "evening",   "night",    "week",    "weekend",
    "month",    "year",     "day",       "today",     "yesterday", "tonight",  "earlier", "later",
    "recently", "ago",      "past",      NULL};
/* Words before a noun: a cue after them is the noun ("the report"). */
static const char *const DETERMINERS[] = {"the",  "a",   "an",      "this",  "these", "those",
                                          "his",  "her", "their",   "its",   "our",   "my",
                                          "your", "new", "another", "every", "each",  NULL};
/* A cue after these is passive ("was warned"): its subject did not speak. */
static const char *const PASSIVE[] = {"was", "were", "is", "are", "be", "been", "being", NULL};
/* A capitalised run after these names a place or a body, not a person. */
static const char *const NAME_BREAKERS[] = {"for",       "of",      "at",      "in",      "on",      "from",
                                            "to",        "by",      "with",    "during",  "despite", "amid",
                                            "following", "without", "against", "through", NULL};
/* Cues in -ing after a comma: "..., saying ...": the speaker is the
 * sentence's subject. The lemmas give most. */
static const char *const GERUNDS[] = {"referring", "questioning", "pointing", NULL};
/* Lower-case particles inside names: María de la Cruz, Ludwig van Beethoven. */
static const char *const PARTICLES[] = {"de",  "la", "del", "van", "von", "der", "da",  "di", "le",
                                        "bin", "al", "y",   "dos", "das", "du",  "ibn", NULL};
static const char *const OUTLET_WORDS[] = {
    "times",    "post",      "herald",   "news",        "journal",   "tribune",  "agency",   "tv",
    "radio",    "wire",      "ledger",   "gazette",     "press",     "reuters",  "ap",       "afp",
    "bbc",      "cnn",       "guardian", "telegraph",   "chronicle", "observer", "courier",  "daily",
    "standard", "star",      "mail",     "express",     "examiner",  "bulletin", "magazine", "network",
    "outlet",   "newspaper", "paper",    "broadcaster", "notebook",  "politico", "axios",    "bloomberg",
    "nbc",      "abc",       "cbs",      "fox",         "msnbc",     "npr",      "pbs",      "breitbart",
    "hill",     NULL,
};
static const char *const ORG_WORDS[] = {
    "authority",  "ministry",     "department",   "council",         "company",
    "inc",        "corp",         "university",   "institute",       "commission",
    "party",      "police",       "government",   "committee",       "campaign",
    "court",      "office",       "board",        "administration",  "association",
    "union",      "bank",         "group",        "foundation",      "agency",
    "service",    "army",         "senate",       "congress",        "house",
    "fbi",        "cia",          "unions",       "groups",          "companies",
    "parties",    "agencies",     "campaigns",    "electronics",     "analytics",
    "systems",    "technologies", "networks",     "securities",      "holdings",
    "industries", "airlines",     "airways",      "pharmaceuticals", "ltd",
    "cup",        "trophy",       "championship", "championships",   "tournament",
    "festival",   "awards",       "olympics",     "school",          "college",
    "center",     "centre",       "museum",       "hospital",        "church",
    "club",       "fund",         "trust",        "society",         "coalition",
    "alliance",   "network",      "forum",        "corporation",     "firm",
    "bureau",     "federation",   "league",       "caucus",          "institution",
    "plc",        "llc",          NULL,
};

/* Words that tell a person's sex, in or right before their name ("Mrs
 * Roe", "actress Helen Roe"): whom a later "he" or "she" can mean. */
static const char *const MALE_WORDS[] = {
    "mr",          "sir",         "lord",      "king",       "prince",      "duke",      "father",
    "brother",     "son",         "husband",   "uncle",      "grandfather", "boyfriend", "widower",
    "businessman", "congressman", "sportsman", "councilman", "frontman",    "salesman",  NULL,
};
static const char *const FEMALE_WORDS[] = {
    "mrs",           "ms",          "miss",         "lady",    "dame",        "baroness",   "queen",
    "princess",      "duchess",     "mother",       "sister",  "daughter",    "wife",       "aunt",
    "grandmother",   "girlfriend",  "widow",        "actress", "spokeswoman", "chairwoman", "businesswoman",
    "congresswoman", "sportswoman", "councilwoman", "mum",     "mom",         "saleswoman", NULL,
};

/* Words of a title in capitals that no name holds: "Shall We Dance",
 * "Do You Remember". */
static const char *const TITLE_WORDS[] = {"we", "you", "my",  "our", "your",  "me",
                                          "us", "is",  "are", "do",  "shall", NULL};

static const char *const *const LISTS[N_LISTS] = {
    CUES,        PRONOUNS_PERSON, ANONYMOUS,     ANONYMOUS_PEOPLE, ANONYMOUS_TAIL, ROLES,
    HUMANS,      PARTICLES,       GERUNDS,       OUTLET_WORDS,     ORG_WORDS,      EVIDENCE_CUES,
    EVIDENCE,    PASSIVE,         NAME_BREAKERS, GENERIC_OUTLETS,  CLAUSE_OPENERS, NOUN_CUES,
    VERB_GROUP,  TOPIC_VERBS,     TOPIC_PREPS,   STANCE_NOUNS,     HONORIFICS,     LY_NOUNS,
    DETERMINERS, NOT_NAMES,       TIME_WORDS,    CATENATIVES,      DOCUMENTS,      PHRASALS,
    INVERTING,   BASE_FORMS,      CONTRACTED_BE, SEEMING,          NEEDS_CLAUSE,   QUOTE_VERBS,
    CONCESSIONS, OBJECT_VERBS,    SUBORDINATORS, FRAMING,          STANCE_ADJ,     PUBLISHING,
    MADE_NOUNS,  OWNERLESS_NOUNS, QUANTITIES,    BELIEFS,          MALE_WORDS,     FEMALE_WORDS,
    TITLE_WORDS};

#define MAX_FORM 32 /* bytes of the longest verb form */

/* A vowel, for the spelling rules of -s, -ed and -ing. */
static int vowel(char ch)
{
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* Writes lemma + suffix into out with English spelling: "argue"+"ing" ->
 * "arguing", "deny"+"ed" -> "denied", "slam"+"ed" doubled -> "slammed",
 * "stress"+"s" -> "stresses". */
static void inflect(const char *lemma, size_t n, const char *suffix, int dbl, char out[MAX_FORM])
{
    char last = lemma[n - 1], before = n > 1 ? lemma[n - 2] : 'a';
    char stem[MAX_FORM + 1];
    memcpy(stem, lemma, n);
    stem[n] = 0;
    if (suffix[0] == 's') {
        if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
            ((last == 'h') && (before == 'c' || before == 's')))
            suffix = "es";
        else if (last == 'y' && !vowel(before))
            stem[n - 1] = 0, suffix = "ies";
    } else if (last == 'e' && suffix[0] == 'e') {
        suffix = "d"; /* argue -> argued */
    } else if (last == 'y' && !vowel(before) && suffix[0] == 'e') {
        stem[n - 1] = 0, suffix = "ied";
    } else if (last == 'e' && suffix[0] == 'i' && before == 'i') {
        stem[n - 2] = 'y', stem[n - 1] = 0; /* tie -> tying */
    } else if (last == 'e' && suffix[0] == 'i' && before != 'e' && before != 'y' && before != 'o') {
        stem[n - 1] = 0; /* argue -> arguing, but see -> seeing */
    } else if (dbl) {
        stem[n] = last, stem[n + 1] = 0;
    }
    size_t sn = strlen(stem), xn = strlen(suffix);
    memcpy(out, stem, sn); /* n + 4 < MAX_FORM: the caller checked */
    memcpy(out + sn, suffix, xn + 1);
}

/* Adds the forms of one entry of CUE_LEMMAS to the table. */
static wt_status add_lemma(text_wordset *ws, const char *entry)
{
    int noun = 0, dbl = 0, no_base = 0, past_only = 0, object = 0;
    for (;; entry++) {
        if (*entry == '~')
            noun = 1;
        else if (*entry == '@')
            object = 1;
        else if (*entry == '^')
            past_only = no_base = 1;
        else if (*entry == '+')
            dbl = 1;
        else if (*entry == '=')
            no_base = 1;
        else
            break;
    }
    const char *bar = strchr(entry, '|');
    size_t n = bar ? (size_t)(bar - entry) : strlen(entry);
    if (n == 0 || n + 4 >= MAX_FORM) return WT_ERR_LIMIT;
    char form[MAX_FORM], past[MAX_FORM], part[MAX_FORM];
    if (bar) { /* "say|said", "write|wrote|written" */
        const char *bar2 = strchr(bar + 1, '|');
        size_t pn = bar2 ? (size_t)(bar2 - bar - 1) : strlen(bar + 1);
        if (pn + 1 >= MAX_FORM || (bar2 && strlen(bar2 + 1) + 1 >= MAX_FORM)) return WT_ERR_LIMIT;
        snprintf(past, sizeof past, "%.*s", (int)pn, bar + 1);
        snprintf(part, sizeof part, "%s", bar2 ? bar2 + 1 : past);
    } else {
        inflect(entry, n, "ed", dbl, past);
        memcpy(part, past, sizeof part);
    }
    uint64_t cue = (uint64_t)1 << CUES_BIT | (object ? (uint64_t)1 << OBJECT_VERBS_BIT : 0),
             as_noun = noun ? (uint64_t)1 << NOUN_CUES_BIT : 0;
    wt_status st = text_wordset_add(ws, past, cue);
    if (!st && strcmp(part, past)) st = text_wordset_add(ws, part, cue);
    snprintf(form, sizeof form, "%.*s", (int)n, entry);
    if (!st && !no_base) st = text_wordset_add(ws, form, cue | as_noun | (uint64_t)1 << BASE_FORMS_BIT);
    inflect(entry, n, "s", dbl, form);
    if (!st && !past_only) st = text_wordset_add(ws, form, cue | as_noun);
    inflect(entry, n, "ing", dbl, form);
    if (!st) st = text_wordset_add(ws, form, (uint64_t)1 << GERUNDS_BIT);
    return st;
}

attrib_lexicon *attrib_lexicon_new(const attrib_gazetteer *gz)
{
    attrib_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx || !(lx->words = text_wordset_new())) {
        free(lx);
        return NULL;
    }
    lx->gz = gz;
    wt_status st = WT_OK;
    for (int k = 0; k < N_LISTS && !st; k++)
        st = text_wordset_add_all(lx->words, LISTS[k], (uint64_t)1 << k);
    for (const char *const *w = CUE_LEMMAS; *w && !st; w++)
        st = add_lemma(lx->words, *w);
    /* Many of a role are people: "councillors", "secretaries". */
    for (const char *const *w = ROLES; *w && !st; w++) {
        char form[MAX_FORM];
        size_t n = strlen(*w);
        if (n + 4 >= MAX_FORM) {
            st = WT_ERR_LIMIT;
            break;
        }
        inflect(*w, n, "s", 0, form);
        st = text_wordset_add(lx->words, form, (uint64_t)1 << HUMANS_BIT);
    }
    if (st) {
        attrib_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

void attrib_lexicon_free(attrib_lexicon *lx)
{
    if (!lx) return;
    text_wordset_free(lx->words);
    free(lx);
}