"""The fresh10-pool questions' cues: plain method words are met, buzzwords are not.

A second pass over the cues of the bank questions no labelled answer set used yet, after the
fresh9 lessons. Each covered case is a paraphrase that the earlier cues missed (a method told in
plain verbs: "went back through the figures", "asked the organiser who'd be in the room"); each
near miss must stay "not detected": keyword-stuffed, the topic only, or one everyday word
("growth", "add value", "my manager", "every day"), several of which the earlier cues wrongly
covered. Cues are loaded by the real loader and judged with ``analyse``, as approaches, so that
only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    (
        ("pay_and_offers", "competing_offers"),
        "the criteria you will use",
        "First the training, then how long the drive is each morning.",
    ),
    (
        ("pay_and_offers", "current_salary"),
        "a steer towards expectations for this role",
        "What I'm after for this job is somewhere near forty thousand.",
    ),
    (
        ("pay_and_offers", "salary_history_gap"),
        "your growth since",
        (
            "Since then I've passed my forklift instructor course and"
            " trained the whole night shift myself."
        ),
    ),
    (
        ("pay_and_offers", "what_would_make_you_accept"),
        "a link to what you have heard about this role",
        "From what Sarah said about the new depot, I'd be setting it up from scratch.",
    ),
    (
        ("pressure_and_failure", "bounce_back_bad_day"),
        "how you reflect without dwelling",
        (
            "I give myself ten minutes to go over what happened,"
            " then I close the laptop and that's it."
        ),
    ),
    (
        ("pressure_and_failure", "decision_regret"),
        "why it was the wrong call",
        "It backfired, because I never checked whether the new van could take the pallets.",
    ),
    (
        ("pressure_and_failure", "learning_from_failure_habit"),
        "an example of a lesson applied later",
        (
            "When the same fault cropped up on another boiler in"
            " March, I recognised the signs straight away."
        ),
    ),
    (
        ("pressure_and_failure", "learning_from_failure_habit"),
        "how you share lessons with others",
        "Then I warn the next shift about it so the new starters don't get caught out.",
    ),
    (
        ("pressure_and_failure", "strong_opinion_changed"),
        "the argument or evidence that changed it",
        (
            "In the end she took me to see their night shift running"
            " it, and I had to admit she was right."
        ),
    ),
    (
        ("remote_and_hybrid", "visibility_remote"),
        "agreed expectations",
        "At the start of each month we settle on the three things that matter most.",
    ),
    (
        ("remote_and_hybrid", "visibility_remote"),
        "regular, useful updates",
        ("I keep a running page of what I've finished that my boss can open whenever she likes."),
    ),
    (
        ("remote_and_hybrid", "visibility_remote"),
        "regular, useful updates",
        ("I message my boss as soon as something's done or I'm stuck, so she never has to chase."),
    ),
    (
        ("sales_and_service", "product_knowledge"),
        "a plan to learn quickly",
        ("I'd spend the first fortnight breaking the demo kit myself and testing it on the bench."),
    ),
    (
        ("sales_and_service", "product_knowledge"),
        "what you already know",
        "I've used your app at home for two years, so I know the booking side well.",
    ),
    (
        ("sales_and_service", "prospecting_approach"),
        "conversion or results",
        "About one in ten of those first calls turns into a site visit.",
    ),
    (
        ("sales_and_service", "sell_me_this"),
        "benefits linked to those needs",
        "With this one you won't have to hunt for a charger on the train again.",
    ),
    (
        ("situational", "change_team_resists"),
        "channelling concerns constructively",
        "I'd jot down the snags people hit and take the list to the team leader each Friday.",
    ),
    (
        ("situational", "conflicting_managers"),
        "bringing the conflict to both managers, with facts",
        ("Then I'd email both of them so they know about the clash and can choose between them."),
    ),
    (
        ("situational", "data_contradicts_boss"),
        "checking your own analysis first",
        (
            "Before saying anything I'd go back through the figures"
            " and get a colleague to look over my sums."
        ),
    ),
    (
        ("situational", "impossible_request_from_client"),
        "understanding the real need behind the date",
        "I'd ask why Friday matters to them, because sometimes it's only one part they need.",
    ),
    (
        ("software_engineering", "breaking_down_large_project"),
        "how risk shaped the order",
        "We did the payments migration first because if that failed nothing else mattered.",
    ),
    (
        ("software_engineering", "scaling_problem"),
        "how the bottleneck was found",
        (
            "I watched the graphs during the Monday rush and every"
            " request was queueing for a database connection."
        ),
    ),
    (
        ("software_engineering", "tech_debt_case"),
        "how you won time for it",
        "I bundled the clean-up into the invoicing feature so it never needed its own slot.",
    ),
    (
        ("teaching", "differentiation"),
        "checking progress",
        "I get them to hold up their whiteboards so I can see who's got it.",
    ),
    (
        ("teaching", "differentiation"),
        "finding out what each pupil needs",
        ("In September I look through their books and last year's reports before I plan anything."),
    ),
    (
        ("teaching", "safeguarding_disclosure"),
        "listening without leading or promising secrecy",
        ("I'd let her talk at her own pace without prompting her or putting words in her mouth."),
    ),
    (
        ("teaching", "why_teaching"),
        "a moment with learners that explains why",
        "A lad in my reading group finally read a whole page aloud and beamed at me.",
    ),
    (
        ("working_across_difference", "disagreement_across_values"),
        "the relationship afterwards",
        "We still have a coffee together most Fridays.",
    ),
    (
        ("working_across_difference", "international_team"),
        "practical challenges",
        "Half the team were asleep when we needed answers, so a question could take a day.",
    ),
    (
        ("working_across_difference", "learning_about_difference"),
        "what you did to learn",
        (
            "I spent Saturday mornings helping at the food bank and"
            " chatting with the people who came in."
        ),
    ),
]

NOT_COVERED = [
    (
        ("pay_and_offers", "accept_on_the_spot"),
        "clear interest in the role",
        "I'm happy to work hard and I think it would be a good step.",
    ),
    (
        ("pay_and_offers", "competing_offers"),
        "the criteria you will use",
        "I really value learning, growth and collaboration, and I try to add value every day.",
    ),
    (
        ("pay_and_offers", "pay_review_progression"),
        "pay linked to contribution and growth",
        "I am focused on growth and I want to keep learning every day.",
    ),
    (
        ("pay_and_offers", "salary_history_gap"),
        "the difference in the role's scope",
        "My manager was always happy with the team and I got on well with everyone.",
    ),
    (
        ("pay_and_offers", "salary_history_gap"),
        "the market rate for this kind of role",
        "I would add value from day one and hit the ground running.",
    ),
    (
        ("pay_and_offers", "what_would_make_you_accept"),
        "two or three deciding factors",
        "I'm passionate about growth and I believe in teamwork and delivering results.",
    ),
    (
        ("pressure_and_failure", "bounce_back_bad_day"),
        "how you reflect without dwelling",
        "I reflect on the day and try not to dwell on it, that's my way of moving on.",
    ),
    (
        ("pressure_and_failure", "constant_change"),
        "an example of a pivot",
        "For example, I keep moving forward and I am always open to change.",
    ),
    (
        ("pressure_and_failure", "learning_from_failure_habit"),
        "how you share lessons with others",
        "I bring passion and energy to the team and I always look for the positives.",
    ),
    (
        ("pressure_and_failure", "strong_opinion_changed"),
        "the opinion you held",
        "I thought about it a lot and I felt strongly that I should be sure of my view.",
    ),
    (
        ("remote_and_hybrid", "hybrid_office_days"),
        "focus at home",
        "I'm very focused on doing a good job, whether I'm at home or in the office.",
    ),
    (
        ("remote_and_hybrid", "remote_tools"),
        "habits that make them work",
        "I try to get a lot done every day and keep things moving.",
    ),
    (
        ("remote_and_hybrid", "visibility_remote"),
        "agreed expectations",
        "My manager is great and we get on really well.",
    ),
    (
        ("sales_and_service", "product_knowledge"),
        "a plan to learn quickly",
        "I'm learning something new every day and I love a challenge.",
    ),
    (
        ("sales_and_service", "sell_me_this"),
        "questions about the buyer's needs",
        "That's a good question, and I think everybody needs a pen.",
    ),
    (
        ("sales_and_service", "target_track_record"),
        "what drove the results",
        "I'm focused on results and I always give a hundred percent.",
    ),
    (
        ("situational", "change_team_resists"),
        "helping colleagues through it",
        "I'd lead by example and showed my colleagues I was a team player.",
    ),
    (
        ("situational", "change_team_resists"),
        "trying it in good faith",
        "I would really try to stay positive about it.",
    ),
    (
        ("situational", "conflicting_managers"),
        "checking how urgent each request really is",
        "I'd think about the impact on the business and really prioritise.",
    ),
    (
        ("situational", "conflicting_managers"),
        "confirming the decision so everyone knows",
        "I'd make sure everyone is happy and that we all pull together.",
    ),
    (
        ("situational", "impossible_request_from_client"),
        "offering alternatives",
        "I'd offer excellent service and put the customer first instead.",
    ),
    (
        ("situational", "new_team_member_struggling"),
        "involving the manager if needed",
        "My manager has always been great with new starters.",
    ),
    (
        ("software_engineering", "evaluating_new_tech"),
        "how you bring the team along",
        "I make sure everyone is involved and feels part of it.",
    ),
    (
        ("software_engineering", "evaluating_new_tech"),
        "how you trial it safely",
        "I try to learn something every single day.",
    ),
    (
        ("software_engineering", "simplicity_vs_flexibility"),
        "the choice and its consequence",
        "I always focus on results and doing the right thing for the team.",
    ),
    (
        ("software_engineering", "staying_current"),
        "something learned recently",
        "I'm a team player who has always played to my strengths.",
    ),
    (
        ("software_engineering", "tech_debt_case"),
        "how you quantified it",
        "I add value every day and I take ownership.",
    ),
    (
        ("software_engineering", "user_impact"),
        "your contribution",
        "I add value wherever I can and I'm a real team player.",
    ),
    (
        ("teaching", "assessment_feedback"),
        "adjusting teaching in response",
        "Assessment showed me a lot and it shapes everything I do.",
    ),
    (
        ("teaching", "differentiation"),
        "finding out what each pupil needs",
        "Every pupil needs something different and I know that.",
    ),
    (
        ("teaching", "safeguarding_disclosure"),
        "recording their words",
        "I'd say the right words and make sure the pupil felt safe.",
    ),
    (
        ("teaching", "teaching_development"),
        "a specific area",
        "That's a great question, I'm always developing and improving.",
    ),
    (
        ("teaching", "why_teaching"),
        "something specific about this school",
        "I really value education and I want to make a difference at this school.",
    ),
    (
        ("working_across_difference", "different_communication_style"),
        "how you work together now",
        "I work hard and the outcome went really well.",
    ),
    (
        ("working_across_difference", "feedback_across_cultures"),
        "adjusting directness or setting",
        "I always put the team first and I'm very direct with my passion.",
    ),
    (
        ("working_across_difference", "inclusion_what_it_means"),
        "everyday actions you take",
        "I bring passion and positivity to the team every day.",
    ),
    (
        ("working_across_difference", "learning_about_difference"),
        "what it changed at work",
        "I would add value and always try to be open-minded.",
    ),
    (
        ("working_across_difference", "learning_about_difference"),
        "what you learned",
        "I'm learning something new every day from everyone I meet.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
