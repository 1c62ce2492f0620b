"""The vocabulary of the question checker: auxiliaries, wh-words, openers, polite verbs.

Plain data, kept apart from the rules in :mod:`interview_tui.coaching.checker` so that each
file does one job.
"""

from __future__ import annotations

import re

DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
BE = frozenset({"am", "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"})
HAVE = frozenset({"have", "has", "had", "haven't", "hasn't", "hadn't"})
MODAL = frozenset(
    {
        "can",
        "could",
        "would",
        "will",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "can't",
        "couldn't",
        "mustn't",
        "wouldn't",
        "won't",
        "shouldn't",
    }
)
AUX = DO | BE | HAVE | MODAL
# The open rewording drops the negation: "Don't you like…?" becomes "What do you like…?".
POSITIVE = {
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "can't": "can",
    "couldn't": "could",
    "wouldn't": "would",
    "won't": "will",
    "shouldn't": "should",
    "mustn't": "must",
}

WH = frozenset({"what", "how", "why", "when", "where", "who", "whom", "which", "whose"})
# Words that open a question of their own at a sentence's start: "Got any kids?" ("have you
# got"), "Who'd be my line manager?" (relative mid-sentence, a question at the start).
OPENING_ASKS = frozenset({"got", "who'd", "who'll", "what'll", "where'll", "how'll", "when'll"})
# "what's" and friends are a wh-word with its verb already attached: an inverted question.
WH_CONTRACTED = frozenset(
    {"what's", "how's", "who's", "where's", "why's", "when's"}
    # "How'd you get in?": "how did", spoken; not "who'd", which is often relative.
    | {"how'd", "what'd", "where'd", "why'd", "when'd"}
)

# Words a yes/no clause can start with after its auxiliary ("…, did you", "…, is there").
SUBJECTS = frozenset(
    {
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "there",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "your",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
        "anyone",
        "anybody",
        "anything",
        "something",
        "someone",
        "somebody",
        "everyone",
        "people",
        "any",
        "some",
    }
)
PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this", "that"})

# Words that open a sentence without changing its kind: "So, do you…" is still yes/no.
OPENERS = frozenset(
    {"so", "and", "but", "also", "ok", "okay", "now", "then", "well", "oh"}
    # Adverbs that soften a question without changing it: "Roughly what does it pay?"
    | {"roughly", "honestly", "realistically", "briefly", "personally", "generally"}
)

# "Could you <verb>…" with one of these verbs is a request for an open answer.
POLITE_VERBS = frozenset(
    {
        "tell",
        "describe",
        "explain",
        "walk",
        "talk",
        "share",
        "outline",
        "elaborate",
        "expand",
        "give",
        "show",
        "take",
        "go",
        "run",
        "sketch",
        "summarise",
        "summarize",
        "paint",
        "list",
        "clarify",
        "help",
        "mind",
        # Requests for an introduction are requests, not yes/no questions.
        "refer",
        "recommend",
        "suggest",
        "introduce",
        "point",
        "connect",
        "send",
        "keep",
        "put",
    }
)
PERMISSION_VERBS = frozenset({"ask", "tell", "share", "add", "follow", "check", "clarify"})
# Verbs whose open form reads better with "how": "How would you describe…?".
HOW_VERBS = frozenset(
    {"describe", "feel", "handle", "approach", "deal", "cope", "manage", "decide", "know", "go"}
)
POLITE_AUX = frozenset({"could", "can", "would", "will"})
# Softeners allowed between "could you" and the verb: "Could you perhaps tell me…".
SOFTENERS = frozenset(
    {"please", "perhaps", "maybe", "briefly", "kindly", "also", "just", "quickly"}
)

# Tag questions: ", right?" or ", isn't it?" at the end of a question; "…, innit?" is
# "isn't it" in one word.
TAG_WORDS = frozenset(
    {"right", "correct", "yes", "yeah", "no", "true", "agreed", "ok", "okay", "innit", "eh"}
)
NEGATIVE_AUX = frozenset(word for word in AUX if word.endswith("n't"))

CLAUSE_BREAK = re.compile(r"[,;:—–(]")
SENTENCE_END = re.compile(r"[?!.]+|\n")
TRAILING_COMMA = re.compile(r",\s*$")

# Sentences that only ask for the reason or the rest of the same answer ("…? Why?").
REASON_PROBES = frozenset(
    {
        ("why",),
        ("why", "not"),
        ("why", "or", "why", "not"),
        ("if", "so", "why"),
        ("if", "not", "why", "not"),
        ("if", "not", "why"),
        ("why", "is", "that"),
        ("how", "so"),
        # "What makes you say that?", "What made you think so?"
        *(
            ("what", makes, "you", say, that)
            for makes in ("makes", "made")
            for say in ("say", "think")
            for that in ("that", "so")
        ),
        ("what", "happened"),
        ("what", "happened", "next"),
        ("what", "happened", "then"),
        ("what", "did", "you", "do"),
    }
)
# Sentences starting with these verbs ask for something: "Tell me about your last role."
REQUESTS = frozenset({"tell", "describe", "walk", "talk", "give", "explain", "share"})
# "how many / how long … did you": the wh-word takes a word before its auxiliary.
HOW_MUCH = frozenset(
    {"many", "much", "long", "often", "far", "big", "complex", "large", "soon", "quickly"} | {"old"}
)
# Common irregular past tenses, so "and which course taught you…" reads as a question.
IRREGULAR_PAST = frozenset(
    {
        "taught",
        "made",
        "got",
        "gave",
        "took",
        "went",
        "came",
        "brought",
        "led",
        "left",
        "kept",
        "felt",
        "found",
        "told",
        "thought",
        "won",
        "lost",
        "ran",
        "sent",
        "built",
        "paid",
        "held",
        "meant",
        "drew",
        "began",
        "chose",
        "wrote",
    }
)
OBJECTS = frozenset({"you", "me", "us", "them", "people", "him", "her"})
# "…, and what's the hardest?": a second clause with one of these asks the other side.
CONTRAST_WORDS = frozenset(
    {"least", "most", "worst", "best", "hardest", "easiest", "toughest", "not", "less", "more"}
)
# Yes/no is the answer wanted when checking a legal requirement of the job.
# The same checks from their grammar: a licence, certificate, registration, permit or visa
# the job needs, a legal minimum age, or whether sponsorship is needed.
ELIGIBILITY_CHECK = re.compile(
    r"\b(?:licen[cs]es?|licensed|certificates?|certification|certified|permits?"
    r"|(?:a|your|valid|current) visa|(?:need|needs|require|requires) (?:\w+ )?sponsorship"
    r"|registration|registered|register|clearance|dbs|accreditation"
    # A registration PIN held ("a current nursing PIN"); not a lock's pins ("pin tumbler").
    r"|(?:current|valid|active|nursing|nmc|registration|your) pin(?! tumbler)"
    r"|(?:permission|entitled|allowed|eligible) to work|settled status|leave to remain"
    # The right to work asked plainly: "Are you free to live and work here with no visa
    # sponsorship?"; not "Are you free to work Saturdays?".
    r"|(?:free|able|allowed|entitled|permitted) to live and work"
    r"|(?:no|without|not needing|no need for) (?:\w+ ){0,2}sponsorship"
    # A legal minimum age reached: "Have you turned 18?", "Will you have reached 21 by May?"
    r"|(?:turned|reached|turn|reach) (?:the age of )?(?:16|17|18|19|20|21|25|sixteen|eighteen"
    r"|twenty-one)"
    # A legal minimum age stated as who is barred: "…can't be issued to anyone under 21".
    r"|(?:anyone|anybody|nobody|no one|people|staff) (?:aged )?under (?:16|18|21|25|sixteen"
    r"|eighteen|twenty-one)"
    r"|accredited|(?:at least|over|aged|age of) (?:16|17|18|19|20|21|25|sixteen|seventeen|eighteen"
    r"|twenty-one)|(?:16|18|21|25|sixteen|eighteen|twenty-one) or (?:over|older|above))\b"
    # A card, badge or ticket the job needs, held or still valid: "Is your SIA badge still
    # valid?", "Do you hold a current CSCS card?"; not "card payments".
    r"|\b(?:valid|current|in-date) (?:[\w-]+ ){0,3}(?:cards?|badges?|tickets?|passes|pass)\b"
    r"|\b(?:cards?|badges?|tickets?|pass|passport|qualifications?)\b(?: \w+){0,3} "
    r"(?:still )?(?:valid|in date|up to date|expired|current)\b"
    r"|\b(?:hold|got|have|carry) (?:a |an |your )?(?:[\w-]+ ){0,2}(?:cards?|badges?|tickets?)\b"
)
# Whose licence a check is about: "Is yours current?" after "The post needs a valid shotgun
# certificate." asks about theirs.
SECOND_PERSON = frozenset({"you", "your", "yours", "you're", "you've", "yourself"})
ELIGIBILITY = frozenset(
    {
        ("legally", "entitled"),
        ("legally", "allowed"),
        ("allowed", "to", "work"),
        ("eligible", "to", "work"),
        ("permitted", "to", "work"),
        ("work", "permit"),
        ("right", "to", "work"),
        ("driving", "licence"),
        ("driving", "license"),
        ("over", "18"),
        ("over", "21"),
        ("over", "eighteen"),
        ("register",),
        ("registered", "with"),
        ("permission", "to", "work"),
        ("work", "visa"),
        ("leave", "to", "remain"),
        ("settled", "status"),
    }
)
# A follow-up that asks whether the candidate meets a requirement just stated: "Staff must
# be 18 or over. Do you meet that requirement?"
MEETS = frozenset(
    {"meet", "meets", "satisfy", "fulfil", "fulfill", "requirement", "requirements", "criteria"}
    # Holding the licence or reaching the age just stated: "Do you currently hold one?",
    # "Will you have reached that age by the time training ends?".
    | {"hold", "holds", "reached", "turned"}
)
# Probes after which "no" still ends the conversation: the question stays yes/no.
CONDITIONAL_PROBES = frozenset(
    {("if", "so", "why"), ("if", "not", "why", "not"), ("if", "not", "why")}
)
# "…or not?", "…or something?" do not offer a choice.
# "…Eclipse or another package", "…or any other tool": one of a kind, not a choice.
NOT_A_CHOICE = frozenset({"not", "something", "anything", "so", "otherwise", "no"})
NOT_A_CHOICE |= frozenset({"another", "other", "any", "similar", "some"})
# Idioms with "or" in them offer no choice either: "sooner or later", "more or less".
OR_IDIOMS = frozenset(
    {
        ("sooner", "later"),
        ("with", "without"),  # "Can you do that, with or without adjustments?" is closed
        ("more", "less"),
        ("one", "two"),
        ("two", "three"),
        ("give", "take"),
        ("rain", "shine"),
        ("now", "never"),
        ("day", "two"),
        ("week", "two"),
        ("year", "two"),
    }
)
# A stance put after a statement for a nod: "…, I'd imagine?", "…, surely?", "…, then?".
STANCE_TAGS = frozenset(
    {
        ("i'd", "imagine"),
        ("i", "imagine"),
        ("i", "guess"),
        ("i'd", "guess"),
        ("i", "suppose"),
        ("i'd", "suppose"),
        ("i", "bet"),
        ("i'd", "bet"),
        ("i'd", "say"),
        ("i'd", "think"),
        ("i", "take", "it"),
        ("i", "assume"),
        ("i'd", "assume"),
        ("i", "expect"),
        ("i'd", "expect"),
        ("i'm", "guessing"),
        ("i'm", "sure"),
        ("i", "reckon"),
        ("i'd", "reckon"),
        ("surely",),
        ("presumably",),
        ("no", "doubt"),
        ("then",),
        # "…, am I wrong?": the asker's guess, put up to be confirmed.
        ("am", "i", "wrong"),
        ("or", "am", "i", "wrong"),
        # "…, correct me if I'm wrong?", "…, if I'm not mistaken?": the same guess, asked to
        # be contradicted rather than confirmed; "no" still ends it.
        ("correct", "me", "if", "i'm", "wrong"),
        ("tell", "me", "if", "i'm", "wrong"),
        ("if", "i'm", "not", "mistaken"),
        ("unless", "i'm", "mistaken"),
    }
)

# Words after "which firms" that show an embedded clause or a noun, not a verb.
NOT_A_VERB = (
    PRONOUNS
    | SUBJECTS
    | {"the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "this", "that"}
    | {"these", "those", "to", "of", "in", "on", "at", "for", "and", "or", "with", "like"}
    | {"most", "best", "more", "some", "any", "all", "each", "every"}
)
