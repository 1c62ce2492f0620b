"""Paraphrase families of the key points of questions no labelled set had used (issue 13).

Banks: behavioral, career_story, data_analysis, early_career, healthcare,
managers_and_leaders, public_sector. Each covered case is a plain, spoken way of making the
point, as a nurse, a plumber, a shop manager or a developer would put it, met through the
bank's own cues as loaded by the real loader; each failed with the cues these questions had
before they were widened. The near misses name the topic, read the point back or say a
buzzword, and must stay "not detected". Answers are judged as approaches, not as
past-behaviour stories, so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    # behavioral
    (
        ("behavioral", "disagreement"),
        "the other person's reasoning, fairly stated",
        "Her reasoning was that a second pair of hands at night cost less than agency cover.",
    ),
    (
        ("behavioral", "disagreement"),
        "how it was resolved",
        "We met halfway: his layout for the front room and mine for the kitchen.",
    ),
    (
        ("behavioral", "difficult_colleague"),
        "the behaviour that made it hard",
        "In meetings he would talk over me and then snap if I finished my sentence.",
    ),
    (
        ("behavioral", "difficult_colleague"),
        "your attempt to understand their side",
        "Over a coffee I found out she was caring for her dad and barely sleeping.",
    ),
    (
        ("behavioral", "led_without_authority"),
        "how you kept the work on track",
        "I kept a shared spreadsheet of who owed what and chased people every Friday.",
    ),
    (
        ("behavioral", "stopped_a_project"),
        "what happened to the freed-up time",
        "The two developers were put on the booking system instead, which finally shipped in May.",
    ),
    (
        ("behavioral", "tight_deadline_tradeoff"),
        "the deadline and why it was fixed",
        "The inspection was booked by the regulator and could not slip by a single day.",
    ),
    (
        ("behavioral", "saw_it_through"),
        "the moment it got hard",
        "Halfway through, the supplier went bust and the whole order stalled.",
    ),
    # career_story
    (
        ("career_story", "describe_current_role"),
        "who you work with",
        "Most of my day is spent with the night nurses and the families of the residents.",
    ),
    (
        ("career_story", "what_do_you_want_next"),
        "the environment you work best in",
        "I like a calm, quiet workshop where nobody is looking over my shoulder all day.",
    ),
    (
        ("career_story", "first_ninety_days"),
        "how you would learn the context and people",
        "I'd spend the first fortnight shadowing each of the engineers on their rounds.",
    ),
    (
        ("career_story", "laid_off"),
        "the facts, briefly",
        "The firm lost its biggest client in March and forty of us went in one afternoon.",
    ),
    (
        ("career_story", "short_tenure"),
        "what you now check before accepting a role",
        "These days I always ask to meet the people I'd be working with before I sign anything.",
    ),
    (
        ("career_story", "overqualified"),
        "your real reason for the move",
        "I miss being on the tools, and running three sites left me no time at home.",
    ),
    # data_analysis
    (
        ("data_analysis", "vague_request"),
        "asking what decision it supports",
        "I'd ask what she would do differently depending on the answer.",
    ),
    (
        ("data_analysis", "analysis_changed_decision"),
        "the decision at stake",
        "The owners were about to sign a five-year lease on a second shop.",
    ),
    (
        ("data_analysis", "urgent_adhoc_request"),
        "checking the real urgency and precision",
        "I rang him to ask how accurate it had to be and when his meeting was.",
    ),
    (
        ("data_analysis", "metric_that_misled"),
        "how you found out",
        "Something looked odd, so I went through fifty of the delivery photos myself.",
    ),
    (
        ("data_analysis", "said_no_to_analysis"),
        "what they got in the end",
        "She got a one-page summary from the data we already had, the same afternoon.",
    ),
    # early_career
    (
        ("early_career", "internship_contribution"),
        "who used it or what changed",
        "The sales team still open my tracker every Monday morning.",
    ),
    (
        ("early_career", "grades_question"),
        "what you changed afterwards",
        "After that I did past papers every Sunday until they felt easy.",
    ),
    (
        ("early_career", "juggling_study_and_work"),
        "what you said no to",
        "I gave up five-a-side and stopped going out on Fridays until the exams were over.",
    ),
    (
        ("early_career", "what_you_know_about_industry"),
        "a current challenge or trend",
        "Firms are struggling to find qualified electricians as the older ones retire.",
    ),
    (
        ("early_career", "choosing_first_role"),
        "alternatives you considered",
        "I weighed it up against a job in retail.",
    ),
    # healthcare
    (
        ("healthcare", "why_nursing"),
        "a genuine experience that drew you in",
        "When my nan was on a stroke ward, one nurse always took the time to do her hair.",
    ),
    (
        ("healthcare", "why_nursing"),
        "understanding of the reality of the work",
        "I know it means twelve-hour nights, short staffing and a lot of paperwork.",
    ),
    (
        ("healthcare", "stress_and_resilience_clinical"),
        "support you use",
        "After a bad shift I offload to my partner on the drive home.",
    ),
    (
        ("healthcare", "keeping_up_to_date_clinical"),
        "a change in practice that followed",
        "Since then I always check the skin on the heels at every turn.",
    ),
    (
        ("healthcare", "keeping_up_to_date_clinical"),
        "professional requirements",
        "I write it up as one of my reflective accounts for the NMC.",
    ),
    # managers_and_leaders
    (
        ("managers_and_leaders", "management_style"),
        "adapting to different people",
        "Newer staff want more detail, while the old hands like to be left alone.",
    ),
    (
        ("managers_and_leaders", "building_team"),
        "evidence of improvement",
        "Nobody has left in two years and sick days have halved.",
    ),
    (
        ("managers_and_leaders", "delegation_manager"),
        "how you stay informed without micromanaging",
        "We agree two or three dates to catch up, and otherwise I leave them to it.",
    ),
    (
        ("managers_and_leaders", "managing_former_peers"),
        "fair boundaries",
        "I'd skip the Friday pub trips for a while.",
    ),
    # public_sector
    (
        ("public_sector", "seeing_big_picture"),
        "how you connected your work to it",
        "So I reworked the leaflet round so it fed straight into the council's recycling target.",
    ),
    (
        ("public_sector", "developing_self_and_others"),
        "identifying the need",
        "She admitted she dreaded speaking at the residents' meetings.",
    ),
    (
        ("public_sector", "developing_self_and_others"),
        "what you did",
        "I let him chair the next two meetings and sat in the corner to back him up.",
    ),
    (
        ("public_sector", "developing_self_and_others"),
        "the change you saw",
        "Now she runs the drop-in sessions on her own.",
    ),
    (
        ("public_sector", "public_service_values"),
        "the values of public service",
        "Whoever walks through the door gets the same help, whether or not they can pay.",
    ),
]

NOT_COVERED = [
    (
        ("behavioral", "disagreement"),
        "how it was resolved",
        "We went with it.",
    ),
    (
        ("behavioral", "difficult_colleague"),
        "your attempt to understand their side",
        "I was really stressed at the time.",
    ),
    (
        ("behavioral", "stopped_a_project"),
        "what happened to the freed-up time",
        "It was a piece of work that I recommended stopping.",
    ),
    (
        ("behavioral", "tight_deadline_tradeoff"),
        "the deadline and why it was fixed",
        "The deadline was hard and we had to trade scope for quality.",
    ),
    (
        ("career_story", "what_do_you_want_next"),
        "how this role matches",
        "This is the sort of thing I am looking for in my next role.",
    ),
    (
        ("career_story", "career_goals_short_term"),
        "how you would measure them",
        "I know I will get there if I keep at it.",
    ),
    (
        ("career_story", "other_opportunities"),
        "the common thread in roles you are considering",
        "Honestly, all of them would be fine by me.",
    ),
    (
        ("data_analysis", "pressured_to_change_numbers"),
        "not hiding the result",
        "I won't do that.",
    ),
    (
        ("data_analysis", "missing_data_decision"),
        "being open about the limitation",
        "It is not ideal, but that is life.",
    ),
    (
        ("data_analysis", "choosing_success_metric"),
        "a measure that reflects the goal",
        "I would choose a measure of success for the new feature.",
    ),
    (
        ("early_career", "choosing_first_role"),
        "alternatives you considered",
        "I also think it suits me.",
    ),
    (
        ("early_career", "where_in_three_years"),
        "responsibility you hope to take on",
        "I'd like to do my own thing.",
    ),
    (
        ("early_career", "what_you_know_about_industry"),
        "a specific interest",
        "I applied because it pays well.",
    ),
    (
        ("healthcare", "stress_and_resilience_clinical"),
        "concrete coping habits",
        "After that I carry on.",
    ),
    (
        ("healthcare", "why_nursing"),
        "why this area of care",
        "Because I want to.",
    ),
    (
        ("healthcare", "stress_and_resilience_clinical"),
        "support you use",
        "We talk about it.",
    ),
    (
        ("managers_and_leaders", "management_style"),
        "concrete behaviours",
        "I like to think I am approachable.",
    ),
    (
        ("managers_and_leaders", "giving_difficult_feedback_manager"),
        "a regular rhythm",
        "Regular feedback matters to me.",
    ),
    (
        ("public_sector", "public_service_values"),
        "a personal reason",
        "Because I want to.",
    ),
    (
        ("public_sector", "seeing_big_picture"),
        "the wider aim",
        "I always think about the wider aims of the organisation.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
