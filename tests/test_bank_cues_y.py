"""Paraphrase families of the key points of questions no labelled answer had used (issue 13).

Banks: situational, data_analysis, pressure_and_failure, sales_and_service,
managers_and_leaders, pay_and_offers, software_engineering, working_across_difference. These
questions' cues had never met a real answer, and on fresh12 the answers to such questions
scored far lower recall than the rest: a shop manager, a nurse, a plumber or a driver making
the point in their own words was missed. Each covered case is a plain, spoken way of making the
point, met through the bank's own cues as loaded by the real loader; each failed with the cues
these questions had before. The near misses name the topic, read the point back, say a
buzzword or the opposite, and must stay "not detected". Answers are judged as approaches, not
as past-behaviour stories, so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    # situational
    (
        ("situational", "change_team_resists"),
        "understanding why the change is happening",
        "I'd ask why management wants the new booking system in the first place.",
    ),
    (
        ("situational", "change_team_resists"),
        "trying it in good faith",
        "I wouldn't be dragging my feet; I'd use it every day as if it was my idea.",
    ),
    (
        ("situational", "change_team_resists"),
        "channelling concerns constructively",
        "I'd collect the drivers' gripes and pass them to the supervisor with a fix for each.",
    ),
    (
        ("situational", "change_team_resists"),
        "helping colleagues through it",
        "If the older drivers can't get the hang of the tablets, I'd sit with them.",
    ),
    (
        ("situational", "data_contradicts_boss"),
        "checking your own analysis first",
        "First I'd redo the sums on a clean sheet in case I'd slipped up.",
    ),
    (
        ("situational", "data_contradicts_boss"),
        "raising it early and privately",
        "I'd catch him away from the rest of the team.",
    ),
    (
        ("situational", "data_contradicts_boss"),
        "offering an alternative",
        "Maybe we could try it in a single branch before going national.",
    ),
    # data_analysis
    (
        ("data_analysis", "choosing_success_metric"),
        "starting from the goal",
        "I'd ask what we want patients to do differently afterwards.",
    ),
    (
        ("data_analysis", "choosing_success_metric"),
        "a measure that reflects the goal",
        "I'd count how many people were seen within the hour.",
    ),
    (
        ("data_analysis", "missing_data_decision"),
        "being open about the limitation",
        "I'd say plainly that the gaps could skew the results.",
    ),
    # pressure_and_failure
    (
        ("pressure_and_failure", "constant_change"),
        "an example of a pivot",
        "Halfway through the refurb we were sent to a burst main instead.",
    ),
    (
        ("pressure_and_failure", "decision_regret"),
        "the decision and its context",
        "I agreed to the extra order without checking we had drivers.",
    ),
    (
        ("pressure_and_failure", "decision_regret"),
        "why it was the wrong call",
        "We let the customer down badly and they never came back.",
    ),
    (
        ("pressure_and_failure", "learning_from_failure_habit"),
        "how you share lessons with others",
        "I pass it on to the lads at the morning huddle.",
    ),
    # sales_and_service
    (
        ("sales_and_service", "prospecting_approach"),
        "your sources and routine",
        "Most mornings I'm phoning local firms that might need us.",
    ),
    # managers_and_leaders
    (
        ("managers_and_leaders", "building_team"),
        "habits you put in place",
        "We agreed some ground rules together in the first week.",
    ),
    (
        ("managers_and_leaders", "building_team"),
        "evidence of improvement",
        "Within a month people started covering each other's shifts without being asked.",
    ),
    # pay_and_offers
    (
        ("pay_and_offers", "competing_offers"),
        "what attracts you to this role",
        "Honestly, you're my first choice.",
    ),
    # software_engineering
    (
        ("software_engineering", "estimation_approach"),
        "how you communicate changes to the estimate",
        "If it runs over I phone the customer the same day.",
    ),
    (
        ("software_engineering", "testing_philosophy"),
        "the mix of unit, integration and end-to-end tests",
        "Most of my checks are small and quick, plus a couple that run through the whole booking.",
    ),
    (
        ("software_engineering", "code_review_philosophy"),
        "how you prioritise comments",
        "I keep the must-fix problems apart from the small stuff.",
    ),
    (
        ("software_engineering", "engineering_culture"),
        "how decisions and disagreements are handled",
        "We thrash it out in the room and then everyone gets behind it.",
    ),
    (
        ("software_engineering", "simplicity_vs_flexibility"),
        "the two designs compared",
        "A simple spreadsheet would do what the fancy booking system did.",
    ),
    (
        ("software_engineering", "breaking_down_large_project"),
        "how it was split into milestones",
        "We did the care home wing by wing, and each ward was signed off before the next.",
    ),
    (
        ("software_engineering", "receiving_review_feedback"),
        "the feedback",
        "My supervisor said I'd buried a junction box in the plaster.",
    ),
    (
        ("software_engineering", "on_call_sustainability"),
        "the changes you made",
        "We wrote down what counts as an emergency and everything else waits till Monday.",
    ),
    (
        ("managers_and_leaders", "management_style"),
        "concrete behaviours",
        "There's a briefing at the cabin every morning before anyone picks up a tool.",
    ),
    (
        ("managers_and_leaders", "management_style"),
        "adapting to different people",
        "I don't treat everyone the same: the old hands need less time from me.",
    ),
    (
        ("managers_and_leaders", "delegation_manager"),
        "how you stay informed without micromanaging",
        "I don't stand over them; we agree a day to look at it together.",
    ),
    (
        ("pay_and_offers", "salary_history_gap"),
        "the market rate for this kind of role",
        "Similar jobs round here are advertised at about that level.",
    ),
    (
        ("sales_and_service", "product_knowledge"),
        "what you already know",
        "I've used your vans myself for three years in my own business.",
    ),
    # working_across_difference
    (
        ("working_across_difference", "learning_about_difference"),
        "what you learned",
        "I realised how much I'd taken for granted.",
    ),
    (
        ("working_across_difference", "learning_about_difference"),
        "what it changed at work",
        "Now I always face people when I speak.",
    ),
]

NEAR_MISSES = [
    (
        ("situational", "change_team_resists"),
        "understanding why the change is happening",
        "The change is happening whether we like it or not.",
    ),
    (
        ("situational", "change_team_resists"),
        "trying it in good faith",
        "I'd try it in good faith.",
    ),
    (
        ("situational", "change_team_resists"),
        "helping colleagues through it",
        "I'd help my colleagues through it.",
    ),
    (
        ("situational", "data_contradicts_boss"),
        "raising it early and privately",
        "I'd raise it early and privately.",
    ),
    (
        ("situational", "data_contradicts_boss"),
        "offering an alternative",
        "I'd offer an alternative.",
    ),
    (
        ("data_analysis", "choosing_success_metric"),
        "a measure that reflects the goal",
        "Numbers are important.",
    ),
    (
        ("pressure_and_failure", "decision_regret"),
        "why it was the wrong call",
        "It was the wrong call.",
    ),
    (
        ("pressure_and_failure", "learning_from_failure_habit"),
        "how you share lessons with others",
        "Sharing is caring.",
    ),
    (
        ("pressure_and_failure", "constant_change"),
        "an example of a pivot",
        "Priorities change all the time here.",
    ),
    (
        ("software_engineering", "estimation_approach"),
        "how you communicate changes to the estimate",
        "Estimates change, that's life.",
    ),
    (
        ("pay_and_offers", "competing_offers"),
        "what attracts you to this role",
        "The other offer pays more.",
    ),
    (
        ("managers_and_leaders", "building_team"),
        "evidence of improvement",
        "The team got better.",
    ),
    (
        ("working_across_difference", "inclusion_what_it_means"),
        "a real example",
        "Inclusion is about everyone.",
    ),
    (
        ("working_across_difference", "learning_about_difference"),
        "what it changed at work",
        "It changed nothing at work, to be honest.",
    ),
    (
        ("software_engineering", "engineering_culture"),
        "how decisions and disagreements are handled",
        "We argued a lot and nothing got decided.",
    ),
    (
        ("managers_and_leaders", "management_style"),
        "adapting to different people",
        "My style adapts to different people.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NEAR_MISSES)
