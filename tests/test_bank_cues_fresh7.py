"""Cues widened for the fresh7 answers recognise each point in other people's words.

Each covered case is one paraphrase family of a key point, met through the bank's cues
loaded by the real loader, in wordings written for these tests and set in other trades
than the labelled answers. The near misses name the topic or read the rubric back and must
stay "not detected". Answers are judged as approaches so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

BEHAVIORAL = "behavioral"
DIFFERENCE = "working_across_difference"

COVERED = [
    (
        (BEHAVIORAL, "cross_team_dependency"),
        "the dependency and why it was at risk",
        "We couldn't start the fit-out until the electricians had signed the boards off.",
    ),
    (
        (BEHAVIORAL, "cross_team_dependency"),
        "the dependency and why it was at risk",
        "Our install date slipped twice while the supplier dealt with a bigger order.",
    ),
    (
        (BEHAVIORAL, "cross_team_dependency"),
        "understanding the other team's constraints",
        "I asked their lead what was really holding them up on their side.",
    ),
    (
        (BEHAVIORAL, "unpopular_decision"),
        "the decision and who it affected",
        "The tenants on the top floor were furious about losing the parking spaces.",
    ),
    (
        (BEHAVIORAL, "unpopular_decision"),
        "why it was still the right call",
        "With half the drivers off sick we simply could not run the late route safely.",
    ),
    (
        (BEHAVIORAL, "beyond_your_role"),
        "the gap you noticed",
        "The stock checks fell between the two shifts and were never done.",
    ),
    (
        (BEHAVIORAL, "beyond_your_role"),
        "the gap you noticed",
        "Parents were stuck on the new online booking system for clubs.",
    ),
    (
        (BEHAVIORAL, "beyond_your_role"),
        "the result and who benefited",
        "Within a month we were helping about twenty families a week with their claims.",
    ),
    (
        (BEHAVIORAL, "beyond_your_role"),
        "the result and who benefited",
        "The checklist has since been adopted by four other wards.",
    ),
    (
        (BEHAVIORAL, "interrupted_by_urgent"),
        "the interruption and its urgency",
        "I was halfway through the quarterly accounts when the server room flooded.",
    ),
    (
        (BEHAVIORAL, "interrupted_by_urgent"),
        "what you did to reduce similar interruptions",
        "Now I go through the supplier list every Friday so it cannot catch us out.",
    ),
    (
        ("data_analysis", "finding_nobody_wanted"),
        "the finding and why it was unwelcome",
        "Once the returns were taken off, the uplift from the new layout vanished.",
    ),
    (
        ("data_analysis", "gaming_a_target"),
        "the target and the behaviour it caused",
        "Engineers sent a holding reply because the tool counted that as resolved.",
    ),
    (
        ("data_analysis", "gaming_a_target"),
        "the target and the behaviour it caused",
        "On paper our numbers looked great while the backlog kept growing.",
    ),
    (
        ("healthcare", "multidisciplinary_working"),
        "your contribution",
        "In the meeting I pointed out that she never ate when her son was there.",
    ),
    (
        ("healthcare", "multidisciplinary_working"),
        "your contribution",
        "I took my fluid records to the huddle and said he was drying out.",
    ),
    (
        ("healthcare", "multidisciplinary_working"),
        "the patient's voice",
        "Before the review I sat with her and asked what mattered most to her.",
    ),
    (
        ("pressure_and_failure", "project_that_failed"),
        "the project and its goal",
        "The idea was to cut the waiting list for hip scans by a third.",
    ),
    (
        ("pressure_and_failure", "project_that_failed"),
        "the main causes of failure",
        "What went wrong was that we never costed the delivery vans properly.",
    ),
    (
        ("pressure_and_failure", "no_clear_owner"),
        "the risk it created",
        "We nearly lost a whole batch of vaccines when nobody checked the fridge.",
    ),
    (
        ("pressure_and_failure", "no_clear_owner"),
        "the risk it created",
        "If the freezer broke down over a weekend we would lose the whole stock.",
    ),
    (
        ("pressure_and_failure", "major_setback"),
        "the setback and its impact on you",
        "When the contract was pulled I felt ashamed to face the rest of the crew.",
    ),
    (
        ("public_sector", "managing_a_quality_service"),
        "including harder-to-reach groups",
        "We printed the letters in five languages for the families on the estate.",
    ),
    (
        ("public_sector", "managing_a_quality_service"),
        "including harder-to-reach groups",
        "Many older residents never answer surveys, so I visited the lunch club instead.",
    ),
    (
        ("public_sector", "managing_a_quality_service"),
        "the improvement",
        "Complaints about missed bins fell from thirty a week to four.",
    ),
    (
        ("public_sector", "leadership_public"),
        "the difficulty",
        "The trust announced redundancies across three wards that spring.",
    ),
    (
        ("public_sector", "leadership_public"),
        "the difficulty",
        "Half the office were worried about their jobs after the merger was announced.",
    ),
    (
        ("pressure_and_failure", "pressure_from_above"),
        "the pressure and where it came from",
        "The foreman wanted the scaffold passed before the inspector turned up.",
    ),
    (
        ("pressure_and_failure", "pressure_from_above"),
        "the risk of cutting the corner",
        "If a resident fell on that loose stair someone could be badly injured.",
    ),
    (
        ("pressure_and_failure", "pressure_from_above"),
        "the risk of cutting the corner",
        "My signature goes on the audit certificate, so it is me who answers for it.",
    ),
    (
        ("pressure_and_failure", "pressure_from_above"),
        "the alternative you proposed",
        "I said no, but I could have the full checks done by Monday lunchtime.",
    ),
    (
        ("software_engineering", "bug_escaped_tests"),
        "why the tests missed it",
        "Our test suite only ever ran against a tiny, tidy copy of the database.",
    ),
    (
        ("sales_and_service", "account_growth"),
        "relationships you built",
        "I got to know their finance lead and called her every month.",
    ),
    (
        ("software_engineering", "explaining_to_non_engineers"),
        "the problem and the audience",
        "The governors needed to understand why the old laptops could no longer be patched.",
    ),
    (
        ("software_engineering", "explaining_to_non_engineers"),
        "the decision it enabled",
        "After that the committee agreed to fund a second server.",
    ),
    (
        (DIFFERENCE, "difference_in_a_customer"),
        "how you found out what they needed",
        "She showed me she preferred to type her questions on her phone.",
    ),
    (
        (DIFFERENCE, "difference_in_a_customer"),
        "the adjustment you made",
        "I wrote the dosage down in large print for him.",
    ),
    (
        (DIFFERENCE, "difference_in_a_customer"),
        "the adjustment you made",
        "We moved to a quieter side room away from the tills.",
    ),
    (
        (DIFFERENCE, "unfamiliar_customs"),
        "how you learned them",
        "On my first morning the site foreman gave me a tour of the plant.",
    ),
    (
        (DIFFERENCE, "unfamiliar_customs"),
        "the effect on the work",
        "The school invited us back to do the science block the following summer.",
    ),
    (
        (DIFFERENCE, "neurodiverse_or_different_needs"),
        "the need, described respectfully",
        "She found the open-plan office overwhelming by the afternoon.",
    ),
    (
        (DIFFERENCE, "neurodiverse_or_different_needs"),
        "the change to the team's way of working",
        "We switched the music off in the back kitchen during prep.",
    ),
    (
        (DIFFERENCE, "neurodiverse_or_different_needs"),
        "the change to the team's way of working",
        "I emailed the rota the week before so nobody got surprised.",
    ),
    (
        ("situational", "instruction_you_think_wrong"),
        "raising the concern privately with evidence",
        "I would not challenge him in front of the crew.",
    ),
    (
        ("situational", "instruction_you_think_wrong"),
        "raising the concern privately with evidence",
        "I would show him the guidance that says two people must do the lift.",
    ),
    (
        ("situational", "instruction_you_think_wrong"),
        "escalating if it is unsafe or unlawful",
        "If people could be hurt I would go over his head.",
    ),
    (
        ("situational", "instruction_you_think_wrong"),
        "escalating if it is unsafe or unlawful",
        "As a last resort I would ring the whistleblowing hotline.",
    ),
    (
        ("teaching", "subject_passion"),
        "a specific activity or hook",
        "We play a quiz with buzzers where every answer is a French verb.",
    ),
    (
        ("teaching", "subject_passion"),
        "a specific activity or hook",
        "I brought in song lyrics for them to scan like poems.",
    ),
    (
        ("teaching", "subject_passion"),
        "evidence of changed attitude",
        "A girl who said history was boring asked to join the museum trip.",
    ),
    (
        ("teaching", "subject_passion"),
        "evidence of changed attitude",
        "Attendance at the lunchtime coding club rose from three to eleven.",
    ),
    (
        ("career_story", "why_this_role"),
        "the parts of the role that attract you",
        "What I enjoy most is planning the routes so the crews have an easy day.",
    ),
    (
        ("pay_and_offers", "pay_vs_role"),
        "a genuine reason beyond pay",
        "Mentoring the new starters is the part I enjoyed most in my last post.",
    ),
    (
        ("pay_and_offers", "pay_vs_role"),
        "a genuine reason beyond pay",
        "On the road I have missed most of my children growing up.",
    ),
]

NOT_COVERED = [
    (
        (BEHAVIORAL, "cross_team_dependency"),
        "the dependency and why it was at risk",
        "The other team had different priorities from ours.",
    ),
    (
        (BEHAVIORAL, "unpopular_decision"),
        "why it was still the right call",
        "It was the right call, and I still think it was the right call.",
    ),
    (
        (BEHAVIORAL, "beyond_your_role"),
        "the result and who benefited",
        "The result was good and lots of people benefited from it.",
    ),
    (
        (BEHAVIORAL, "interrupted_by_urgent"),
        "what you did to reduce similar interruptions",
        "I did what I could to reduce similar interruptions.",
    ),
    (
        ("data_analysis", "gaming_a_target"),
        "the target and the behaviour it caused",
        "The target caused some behaviour that was not ideal.",
    ),
    (
        ("pressure_and_failure", "project_that_failed"),
        "the main causes of failure",
        "Honestly it just did not come together the way we hoped.",
    ),
    (
        ("pressure_and_failure", "project_that_failed"),
        "what you took into later projects",
        "None of us had checked the calendar before we booked the hall.",
    ),
    (
        ("pressure_and_failure", "pressure_from_above"),
        "the alternative you proposed",
        "I told him no and went back to my own work.",
    ),
    (
        ("software_engineering", "bug_escaped_tests"),
        "why the tests missed it",
        "The tests run on every commit, as they always have.",
    ),
    (
        (DIFFERENCE, "difference_in_a_customer"),
        "the adjustment you made",
        "I made the adjustment they needed.",
    ),
    (
        (DIFFERENCE, "neurodiverse_or_different_needs"),
        "the change to the team's way of working",
        "We changed the team's way of working for her.",
    ),
    (
        ("situational", "instruction_you_think_wrong"),
        "raising the concern privately with evidence",
        "I would raise the concern privately with evidence.",
    ),
    (
        ("healthcare", "multidisciplinary_working"),
        "the patient's voice",
        "I asked what the consultant wanted us to watch for overnight.",
    ),
    (
        ("software_engineering", "explaining_to_non_engineers"),
        "the decision it enabled",
        "They agreed it sounded like a real problem.",
    ),
    (
        (DIFFERENCE, "unfamiliar_customs"),
        "the effect on the work",
        "I asked again when I was not sure what to do.",
    ),
    (
        ("teaching", "subject_passion"),
        "a specific activity or hook",
        "I always give them real feedback on their homework.",
    ),
    (
        ("teaching", "subject_passion"),
        "evidence of changed attitude",
        "Some of them still think the subject is boring now.",
    ),
    (
        ("healthcare", "safeguarding_concern"),
        "not investigating yourself",
        "I would note what she said, not what I guessed was happening.",
    ),
    (
        (BEHAVIORAL, "developed_someone"),
        "what you learned about mentoring",
        "She sat in on my calls, just listening at first.",
    ),
    (
        ("teaching", "subject_passion"),
        "a specific activity or hook",
        "I use a specific activity or hook to get them interested.",
    ),
    (
        ("teaching", "subject_passion"),
        "evidence of changed attitude",
        "Their attitude changed and the pupils were more engaged.",
    ),
    (
        ("pay_and_offers", "pay_vs_role"),
        "a genuine reason beyond pay",
        "I have always wanted a bigger salary, to be honest.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
