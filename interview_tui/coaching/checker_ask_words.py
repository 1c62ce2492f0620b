"""Word lists for the ``job_ask`` grammar in :mod:`interview_tui.coaching.checker_asks`.

Topic lexicons, not set phrases: the ways into a job (a vacancy, a shift, being taken on), the
places that hire, and the words that make a question about now.
"""

from __future__ import annotations

from interview_tui.coaching.checker_words import OPENERS
from interview_tui.coaching.wordlists import PhraseIndex, entry_words

# Ways in that lead on from something the asker did first: "could that lead to a place?".
LEADING_ON = (
    "lead to a place",
    "lead to a job",
    "lead to a role",
    "lead to a position",
    "lead to work",
    "lead to paid work",
    "lead to something",
    # "…and see if it leads anywhere": a way in, left unnamed.
    "leads anywhere",
    "lead anywhere",
    "leads somewhere",
    "lead somewhere",
)

# A vacancy, or the way into one. A single word here counts only when nobody owns it: "a
# role" is a vacancy, "your role" is the listener's job; "my foot in the door" is an idiom.
VACANCY = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "role",
        "roles",
        "a job",
        "any jobs",
        "with a view to",
        "me get in",
        "get me in",
        "position",
        "positions",
        "vacancy",
        "vacancies",
        "opening",
        "openings",
        "comes up",
        "come up",
        "opens up",
        "opened up",
        "open up",
        "interview",
        "recruiting",
        "recruitment",
        "recruiter",
        "hiring manager",
        "trainees",
        "traineeship",
        "internship",
        "apprenticeship",
        "graduate scheme",
        "paid work",
        "joining",
        "join your",
        "apply",
        "good fit",
        "foot in the door",
        "taking on",
        "take on",
        "hiring",
        # Ways into paid work that people ask for without naming a job.
        "hired",
        "get hired",
        "shifts",
        "trial shift",
        "trial day",
        "trial week",
        "trial period",
        "paid trial",
        # A try-out as a noun, not "try out the software".
        "a try out",
        "of try out",
        "a tryout",
        # Being short of staff is a vacancy in all but name: "next time they're short of a
        # commis", "Are you short of anyone in the kitchen?".
        "short of a",
        "short of an",
        "short of anyone",
        "short of someone",
        "short of staff",
        "short of people",
        "short of hands",
        "short staffed",
        "room for someone",
        "room for anyone",
        # "I think I'd fit well on your sales team": the asker as the vacancy's answer.
        "fit well",
        "fit in well",
        "fit right in",
        "freelance",
        # "Intake" alone is also a stage of casework ("from intake to a decision").
        "trainee intake",
        "graduate intake",
        "next intake",
        "placement",
        "work experience",
        "looking for someone",
        "post",
        "posts",
        "came up",
        "coming up",
        "application",
        "referee",
        "looking for work",
        "looking for a job",
        "on the lookout",
        "extra hands",
        "pair of hands",
        "need cover",
        "in case you need",
        "in case you ever need",
        "if you ever need",
        "take people on",
        "take anyone on",
        "take someone on",
        "taking people on",
        "need anyone",
        "need any help",
        "need a hand",
        "anything going",
        "anything available",
        "anything coming up",
        "room for another",
        "room for a",
        "give me a chance",
        "give me a shot",
        "give me a go",
        "get me on",
        "get me onto",
        "on the rota",
        "onto the rota",
        "on your books",
        "unpaid",
        "interns",
        "anything for",
        "something for me",
        "spot for me",
        "place for me",
        "space for me",
        "get a start",
        "give me a start",
        # Being taken on, however it is put: "getting taken on at your garage", "is your site
        # taking anyone on?".
        "taken on",
        "get taken on",
        "taking anyone on",
        "taking someone on",
        "taking staff on",
        "take staff on",
        "short handed",
        # Being tried out: "Could your head chef try me out for a shift?"
        "try me out",
        "trial me",
        # A way onto the listener's team: "How do I get myself onto it?"
        "get onto",
        "getting onto",
        "get myself onto",
        "get myself on",
        "get on to",
        # A place or a gap the asker could fill: "a place at the practice", "any gaps on your
        # crew that I could fill".
        "a place at",
        "a place on",
        "a place in",
        *LEADING_ON,
        "room on your",
        "room in your",
        "room at your",
        "gap on",
        "gaps on",
        "gap in your",
        "gaps in your",
        "i could fill",
        "i can fill",
        "me to fill",
        # Work to be had there now: "Any supply work going at your school?"
        "work going",
        "jobs going",
        "shifts going",
        "supply work",
        "cover work",
        "relief work",
        "temp work",
        "casual work",
        "bank shifts",
    )
)
# Vacancies that lead on from something the asker did with the listener: "If I spent a week
# shadowing you, could that lead to a place at the practice?"
LEADS_ON = frozenset(entry_words(entry) for entry in LEADING_ON)
# Present-tense openers of a question put to the listener: "Do you…", "Are you…".
ASKS_NOW = frozenset({"do", "are", "would", "will", "could", "can"})
# Vacancies that are about taking people on, asked of the listener directly: "Do you ever
# take people on for the summer?", "Do you need anyone to help out on site?".
TAKING = frozenset(
    {
        ("take", "on"),
        ("taking", "on"),
        ("take", "people", "on"),
        ("take", "anyone", "on"),
        ("take", "someone", "on"),
        ("taking", "people", "on"),
        ("hiring",),
        ("recruiting",),
        ("need", "anyone"),
        ("need", "any", "help"),
        ("need", "a", "hand"),
        ("extra", "hands"),
        ("pair", "of", "hands"),
        ("need", "cover"),
        ("room", "for", "another"),
        ("room", "for", "a"),
        ("short", "of", "a"),
        ("short", "of", "an"),
        ("short", "of", "anyone"),
        ("short", "of", "someone"),
        ("short", "of", "staff"),
        ("short", "of", "people"),
        ("short", "of", "hands"),
        ("short", "staffed"),
        ("room", "for", "someone"),
        ("room", "for", "anyone"),
        ("taking", "anyone", "on"),
        ("taking", "someone", "on"),
        ("taking", "staff", "on"),
        ("take", "staff", "on"),
        ("short", "handed"),
        ("gaps", "on"),
        ("room", "on", "your"),
        ("room", "in", "your"),
        ("room", "at", "your"),
        ("gap", "on"),
        ("gap", "in", "your"),
        ("gaps", "in", "your"),
        ("work", "going"),
        ("jobs", "going"),
        ("shifts", "going"),
    }
)
# The listener's organisation, or someone in it who hires.
ORGANISATION = frozenset(
    {
        "team",
        "company",
        "firm",
        "organisation",
        "organization",
        "department",
        "office",
        "practice",
        "agency",
        "studio",
        "business",
        "boss",
        "manager",
        "hiring",
        "school",
        "hospital",
        "lab",
        # Workplaces of every trade, not only offices: "your crew", "your site", "your ward".
        "crew",
        "site",
        "ward",
        "garage",
        "kitchen",
        "restaurant",
        "shop",
        "salon",
        "farm",
        "workshop",
        "yard",
        "depot",
        "warehouse",
        "store",
        "branch",
        "clinic",
        "surgery",
        "charity",
        "unit",
        "trust",
        "bakery",
        "cafe",
        "pub",
        "hotel",
        "newsroom",
        "station",
        "theatre",
        "venue",
        "chef",
        "supervisor",
        "foreman",
    }
)

NOW = PhraseIndex.build(
    entry_words(entry)
    for entry in (
        "any",
        "now",
        "currently",
        "at the moment",
        "this year",
        "next year",
        "this summer",
        "over the summer",
        "soon",
        "ever",
        "a chance",
        "any chance",
        # A vacancy there now: "Do you know of anything going at your work?"
        "anything going",
        "anything available",
        "anything coming up",
    )
)


# Wanting staff, however the role is named: "short of drivers", "looking for a receptionist",
# "need an extra pair of hands", "space for an assistant". A verb of need, then up to two
# words (a determiner, an adjective), then a noun for a person who works.
_SEEKS = frozenset(
    {
        ("short", "of"),
        # "next time the editor is after freelancers"
        ("is", "after"),
        ("are", "after"),
        ("need", "more"),
        ("needs", "more"),
        ("need", "any"),
        ("needs", "any"),
        ("looking", "for"),
        ("space", "for"),
        ("room", "for"),
        ("need", "a"),
        ("need", "an"),
        ("need", "another"),
        ("need", "extra"),
        ("need", "some"),
        ("needs", "a"),
        ("needs", "an"),
        ("needs", "another"),
        ("needs", "extra"),
        ("needs", "some"),
    }
)
# Person nouns by their endings ("driver", "receptionist", "technician", "trainee") and a few
# common ones that have none; words that end alike but name no person are left out.
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees")
_PERSONS = frozenset(
    {"staff", "help", "hands", "cover", "apprentice", "apprentices", "junior", "juniors"}
    | {"graduate", "graduates", "people", "anyone", "someone", "nurse", "nurses", "chef"}
    | {"chefs", "cook", "cooks", "temp", "temps", "assistant", "assistants", "consultant"}
    | {"consultants", "accountant", "accountants", "attendant", "attendants", "student"}
    | {"students", "volunteer", "volunteers", "intern", "interns", "carer", "carers"}
    | {"locum", "locums", "freelance", "freelancers", "hand", "crew", "labourer", "labourers"}
)
_NOT_PERSONS = frozenset(
    {"order", "paper", "number", "computer", "water", "answer", "other", "corner", "summer"}
    | {"winter", "never", "power", "matter", "better", "letter", "offer", "tender", "shelter"}
    | {"quarter", "centre", "center", "colour", "color", "error", "floor", "door", "factor"}
    | {"sector", "monitor", "labour", "labor", "honour", "major", "minor", "favour", "favor"}
    | {"together", "either", "neither", "rather", "whether", "ever", "over", "under", "after"}
    | {"cancer", "fewer", "bigger", "faster", "cheaper", "newer", "river", "weather", "hour"}
    | {"hours", "numbers", "papers", "orders", "answers", "others", "errors", "doors"}
    | {"money", "time", "space", "work", "cash", "budget", "funding", "ideas", "stock"}
)


def _is_person(word: str) -> bool:
    if word in _PERSONS:
        return True
    return word not in _NOT_PERSONS and len(word) > 4 and word.endswith(_PERSON_ENDINGS)


def seeks_staff(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The span (first, stop) of a need for staff in ``words``, or None."""
    for index in range(len(words) - 2):
        if tuple(words[index : index + 2]) not in _SEEKS:
            continue
        for noun in range(index + 2, min(len(words), index + 5)):
            if _is_person(words[noun]):
                return (index, noun + 1)
    return None


# Asides that open an ask without changing it: "By any chance is your team hiring?"
_ASIDES: tuple[tuple[str, ...], ...] = (
    ("by", "any", "chance"),
    ("out", "of", "interest"),
    ("out", "of", "curiosity"),
)
_ASIDES += (("just", "out", "of", "interest"), ("just", "out", "of", "curiosity"))


def start_of(words: tuple[str, ...]) -> int:
    """The index of the first word after any openers ("so", "and", "well") and asides ("by
    any chance", "out of interest")."""
    start = next((i for i, word in enumerate(words) if word not in OPENERS), 0)
    for aside in _ASIDES:
        if words[start : start + len(aside)] == aside and start + len(aside) < len(words):
            return start_of(words[start + len(aside) :]) + start + len(aside)
    return start


# "getting a claims handler job at your insurer": a named job at the listener's employer.
_GETTING = frozenset({"get", "getting", "land", "landing", "secure", "securing", "win"})
_ASKER = frozenset({"i", "me", "my", "i'd", "i'm", "myself"})
_POSTS = frozenset({"job", "role", "post", "position", "placement", "apprenticeship"})


def job_at_yours(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of "get a <named> job at your <place>" for the asker, or None; not "How did
    you land a nursing post at your trust?" (their story) or "…a role in your field?"."""
    if not _ASKER.intersection(words):
        return None
    for index in range(len(words) - 4):
        if words[index] not in _GETTING or words[index + 1] not in ("a", "an"):
            continue
        for post in range(index + 2, min(len(words) - 2, index + 7)):
            if words[post] in _POSTS and words[post + 1] in ("at", "with"):
                if words[post + 2] in ("your", "you"):
                    return (index, post + 3)
                break
    return None
