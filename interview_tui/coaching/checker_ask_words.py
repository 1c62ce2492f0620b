"""Word lists for the ``job_ask`` grammar in :mod:`interview_tui.coaching.checker_asks`.

Topic lexicons, not set phrases: the ways into a job (a vacancy, a shift, being taken on), the
places that hire, and the words that make a question about now.
"""

from __future__ import annotations

from interview_tui.coaching.wordlists import PhraseIndex, entry_words

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
    )
)
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
