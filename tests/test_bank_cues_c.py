"""Cues of the fresh self-assessment, engineering and working-across-difference questions.

The questions that no labelled answer set had used listed too few of the everyday words
people answer in. Each covered case below is one paraphrase family a real answer uses (a
shop manager's "people come to me", an engineer's "we flipped the flag off", a porter who
"pointed out" what the day shift never saw), met through the bank's own cues as loaded by
the real loader; each was not detected by the cues before they were widened. The near
misses must stay silent: the topic named without substance, the key point read back, a
buzzword, or a number that is no rating. Answers are judged as approaches (not
past-behaviour stories), so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

SA = "self_assessment"
SE = "software_engineering"
WAD = "working_across_difference"

COVERED = [
    (
        (SA, "greatest_strength"),
        "one clearly named strength",
        "People on the ward tend to come to me when a relative is upset.",
    ),
    (
        (SA, "greatest_strength"),
        "the result it produced",
        "Because of that the shop kept the contract and we cut complaints by half.",
    ),
    (
        (SA, "weakness_for_this_role"),
        "the part you expect to be hard",
        "I expect the budgets side to be the toughest bit at first.",
    ),
    (
        (SA, "perception_gap"),
        "the common first impression",
        "People who have just met me often think I am cold or a bit stern.",
    ),
    (
        (SA, "what_would_manager_improve"),
        "the development area in your manager's words",
        "She'd probably say I need to delegate more instead of doing it all myself.",
    ),
    (
        (SA, "seeking_feedback"),
        "how and how often you ask",
        "After every big job I sit down with the site foreman for ten minutes.",
    ),
    (
        (SE, "incident_response"),
        "mitigation before root cause",
        "Within ten minutes we flipped the flag off and got checkout working again,"
        " and only then started digging.",
    ),
    (
        (SE, "incident_response"),
        "your role in the response",
        "I was the one on call that night, so I ran the call and handed out the digging.",
    ),
    (
        (SE, "deliberate_shortcut"),
        "the shortcut and why it was taken",
        "We hardcoded the tax rates because the client demo was on the Friday.",
    ),
    (
        (SE, "legacy_code"),
        "what you improved for others",
        "I left a map of the main flows in the wiki so the next person would not have"
        " to dig like I did.",
    ),
    (
        (SE, "code_review_philosophy"),
        "how you phrase feedback",
        "I try to ask questions rather than give orders.",
    ),
    (
        (WAD, "different_communication_style"),
        "the misreading it caused",
        "At first I took her one-line emails as a sign she was angry with me.",
    ),
    (
        (WAD, "cultural_misunderstanding"),
        "how it was put right",
        "I went and found him, said sorry and we cleared the air over a coffee.",
    ),
    (
        (WAD, "built_diverse_perspectives"),
        "the perspective that made the difference",
        "One of the night porters pointed out that nobody on the day shift ever saw the"
        " back entrance after dark.",
    ),
    (
        (WAD, "feedback_across_cultures"),
        "adjusting directness or setting",
        "I made sure never to raise it in front of the team and kept it to a quiet word"
        " in his office.",
    ),
    (
        (WAD, "international_team"),
        "practical challenges",
        "With colleagues in Manila and Leeds there was only an hour of overlap in the working day.",
    ),
    (
        (WAD, "different_working_pace"),
        "where it caused friction",
        "Her colour-coded plan for every week drove me up the wall at first.",
    ),
]

NOT_COVERED = [
    (
        (SA, "greatest_strength"),
        "one clearly named strength",
        "I have quite a few strengths and I think they are all useful.",
    ),
    (
        (SA, "self_rating"),
        "a specific number",
        "I have been doing this for about seven years now.",
    ),
    (
        (SA, "core_values"),
        "an action that shows each",
        "My values are very important to me and I always keep them in mind.",
    ),
    (
        (SE, "incident_response"),
        "communication with stakeholders",
        "Communication is really important during an incident.",
    ),
    (
        (SE, "testing_philosophy"),
        "testing driven by risk",
        "Testing is important and I always test things.",
    ),
    (
        (SE, "deliberate_shortcut"),
        "the shortcut and why it was taken",
        "It was a shortcut.",
    ),
    (
        (SE, "debugging_approach"),
        "adding targeted instrumentation",
        "I would add targeted instrumentation.",
    ),
    (
        (WAD, "adapted_communication"),
        "what you changed in your own communication",
        "I changed my communication.",
    ),
    (
        (WAD, "different_communication_style"),
        "how you work together now",
        "We work together on the rota now.",
    ),
    (
        (WAD, "challenged_exclusion"),
        "escalation when it was needed",
        "I believe in escalation when needed.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
