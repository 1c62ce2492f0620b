"""Mentions the ``illegal`` rule (:mod:`interview_tui.coaching.checker_illegal`) leaves alone
because they are not about the candidate's protected characteristics:

* **a condition in the people the job serves**, named after the topic: "Which health
  conditions have you learned to recognise in the residents?", "What illnesses do you see
  most among the pupils?". Not "Do you have any medical conditions?", nor "What medical
  conditions do you have that might affect your work with children?" (the candidate's own);
* **where someone trained**, asked with origin words: "Where are you originally from in
  terms of your nursing training?", "Where are you from, training-wise?". Not "Where are you
  originally from?" nor "Where are you originally from, and where did you train?".
"""

from __future__ import annotations

import re

_END = re.compile(r"[.?!\n]")
# The topic, seen, handled or looked for in the people the job serves.
_DEALT_IN_OTHERS = re.compile(
    r"^[^.?!\n]{0,50}?\b(?:spot|spotted|spotting|recogni[sz]\w*|notic\w*|identif\w*|manag\w*"
    r"|handl\w*|deal\w* with|treat\w*|support\w*|come across|came across|seen?|saw|encounter\w*"
    r"|monitor\w*|look(?:ed|ing)? out for|watch(?:ed|ing)? (?:out )?for|look(?:ed|ing)? for"
    r"|screen\w*|assess\w*|diagnos\w*)\b"
    r"[^.?!\n]{0,25}?\b(?:in|among|amongst|with|for|of) (?:the |your |our |their |a |an |some "
    r"|any |many |most |these |those )?(?:\w+ ){0,2}?(?:children|kids|pupils|students|patients"
    r"|clients|residents|customers|service users|learners|babies|toddlers|infants|elderly"
    r"|young people|older people|adults|tenants|guests|passengers|members|users|athletes"
    r"|players|animals|families|people you (?:care for|support|look after|work with))\b",
    re.IGNORECASE,
)
_CANDIDATE_OWN = re.compile(
    r"\b(?:you have|you've got|you suffer|your own|(?:do|did|are|were|have|has|had) you)\b",
    re.IGNORECASE,
)
_TRAINING = re.compile(
    r"^[^.?!\n]{0,40}?(?:\b(?:in terms of|as far as|when it comes to|regarding|with regard to"
    r"|for|as regards) (?:your |the )?(?:\w+ )?(?:training|education|qualifications?|studies"
    r"|degree|apprenticeship|career|professional background)\b"
    r"|\b(?:training|career|education|qualification|professionally)(?:-| )?wise\b"
    r"|\bprofessionally\b)",
    re.IGNORECASE,
)
_AND_THEN = re.compile(r"\band\b|[,;]\s*(?:what|where|how|which|who|why|when)\b", re.IGNORECASE)


def _rest_of_sentence(text: str, match: re.Match[str]) -> str:
    end = _END.search(text, match.end())
    return text[match.end() : end.start() if end else len(text)]


def others_dealt_with(text: str, match: re.Match[str]) -> bool:
    """Whether the topic at ``match`` is one the candidate spots, handles or sees in the
    people the job serves, named after it in the same sentence."""
    rest = _rest_of_sentence(text, match)
    found = _DEALT_IN_OTHERS.search(rest)
    if found is None:
        return False
    start = max((m.end() for m in _END.finditer(text, 0, match.start())), default=0)
    # "Do you suffer from any condition…", "…conditions you have…": the candidate's own.
    own = text[start : match.end()] + rest[: found.start() + 1]
    return not _CANDIDATE_OWN.search(own)


def about_training(text: str, match: re.Match[str]) -> bool:
    """Whether an origin question at ``match`` is narrowed, in the same clause, to where the
    candidate trained: "Where are you originally from in terms of your training?"."""
    end = _END.search(text, match.end())
    rest = text[match.start() : end.start() if end else len(text)]
    found = _TRAINING.search(rest[match.end() - match.start() :])
    if found is None:
        return False
    between = rest[: match.end() - match.start() + found.start()]
    return not _AND_THEN.search(between)
