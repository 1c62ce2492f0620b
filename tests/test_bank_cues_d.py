"""A second pass over the cues of the bank questions no labelled answer set used yet.

Covered cases are method and evidence points told in plain words (rang round, asked the
people on the floor, put it on one page, found out he was exhausted), met through the
bank's cues loaded by the real loader; each was written before the cues were widened and
failed with the old ones. The near misses must stay "not detected": the question and its
key points read back with buzzwords ("I showed ownership and aligned stakeholders"), the
topic named without the point, an everyday word. Some of them the old cues wrongly
covered. Answers are judged as approaches so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

Case = tuple[tuple[str, str], str, str]


BEHAVIORAL = "behavioral"
CAREER = "career_story"
DATA = "data_analysis"
EARLY = "early_career"
HEALTH = "healthcare"
MANAGERS = "managers_and_leaders"
PUBLIC = "public_sector"
OPENING = "opening_and_closing"
SELF = "self_assessment"

COVERED: list[Case] = [
    (
        (BEHAVIORAL, "set_direction_unclear"),
        "how you gathered input",
        "I went round the floor and asked each picker what slowed them down.",
    ),
    (
        (BEHAVIORAL, "set_direction_unclear"),
        "how you gathered input",
        "I rang round the drivers on their rounds to hear their gripes.",
    ),
    (
        (BEHAVIORAL, "difficult_colleague"),
        "the behaviour that made it hard",
        "A fellow driver kept leaving the van on empty, which drove me mad.",
    ),
    (
        (BEHAVIORAL, "difficult_colleague"),
        "your attempt to understand their side",
        "I found out he was doing two jobs and was exhausted.",
    ),
    (
        (BEHAVIORAL, "proud_of_result"),
        "the work and why it was hard",
        "Nobody had a manual for the old till system and there was no budget for help.",
    ),
    (
        (DATA, "analysis_changed_decision"),
        "the analysis and the key finding",
        "It turned out most of our regulars lived near the park, not the high street.",
    ),
    (
        (DATA, "analysis_changed_decision"),
        "what changed and the effect",
        "They opened by the park instead and it broke even in four months.",
    ),
    (
        (DATA, "missing_data_decision"),
        "being open about the limitation",
        "I write a note at the top of the report saying what was missing.",
    ),
    (
        (DATA, "choosing_success_metric"),
        "starting from the goal",
        "I'd first ask what the new booking page is for.",
    ),
    (
        (DATA, "difficult_stakeholder_data"),
        "reconciling with their figures",
        "We put his till receipts next to my counts for the same fortnight.",
    ),
    (
        (DATA, "difficult_stakeholder_data"),
        "how the relationship changed",
        "These days he emails me first when the board wants footfall.",
    ),
    (
        (OPENING, "cv_what_to_ask"),
        "why it matters for this role",
        "It's useful here because your café has the same mix of young staff and tight margins.",
    ),
    (
        (OPENING, "application_detail"),
        "the result",
        "Parcels went from sixty to two hundred a week.",
    ),
    (
        (OPENING, "walk_through_resume"),
        "where the story leads next",
        "That's why I applied to run your maintenance team.",
    ),
    (
        (HEALTH, "why_nursing"),
        "understanding of the reality of the work",
        "I know it means nights, weekends and some days when people die.",
    ),
    (
        (HEALTH, "keeping_up_to_date_clinical"),
        "a change in practice that followed",
        "Since then I do a full set of obs whenever a patient gets more confused.",
    ),
    (
        (MANAGERS, "giving_difficult_feedback_manager"),
        "a regular rhythm",
        "After every job I spend five minutes with the fitter on what to change.",
    ),
    (
        (CAREER, "describe_current_role"),
        "the part most relevant to this role",
        "The arrears side is what your job leans on most.",
    ),
    (
        (CAREER, "laid_off"),
        "why you are ready for this role",
        "I'm keen to get back to running a team.",
    ),
    (
        (CAREER, "first_ninety_days"),
        "an early, realistic contribution",
        "I'd get the stock count that has fallen behind straight.",
    ),
    (
        (EARLY, "internship_contribution"),
        "who used it or what changed",
        "The call centre still sends tenants the link.",
    ),
    (
        (EARLY, "grades_question"),
        "a brief, honest reason",
        "I spent that term looking after my mum after her operation.",
    ),
    (
        (EARLY, "grades_question"),
        "what you changed afterwards",
        "I went to the maths support drop-in every Tuesday after that.",
    ),
    (
        (EARLY, "grades_question"),
        "later evidence",
        "In final year I got a 2:1 in the data module.",
    ),
    (
        (SELF, "skill_gap"),
        "the missing skill",
        "I'm not good at reading contracts.",
    ),
    (
        (SELF, "skill_gap"),
        "how you noticed the gap",
        "I only realised when a supplier caught us on a clause I'd skimmed.",
    ),
    (
        (SELF, "what_would_manager_improve"),
        "what you are doing about it",
        "So each Monday I pick one job to pass to a junior.",
    ),
    (
        (SELF, "performance_review"),
        "the main development area",
        "The area to work on was stock control.",
    ),
    (
        (SELF, "recent_learning"),
        "how you have applied it",
        "Since then I check the diary before I agree anything.",
    ),
    (
        (SELF, "changed_your_mind"),
        "the experience that challenged it",
        "Then a senior engineer told me she'd rather I asked than guessed.",
    ),
    (
        (SELF, "best_manager"),
        "what that says about how you work best",
        "I thrive when I am left alone.",
    ),
    (
        (SELF, "core_values"),
        "a time a value was tested",
        "Once my boss wanted me to blame the courier for our mistake and I refused.",
    ),
    (
        (SELF, "definition_of_success"),
        "how it fits this role",
        "That's why your diabetes clinic appeals so much.",
    ),
]

SILENT: list[Case] = [
    (
        (BEHAVIORAL, "set_direction_unclear"),
        "how you gathered input",
        "I gathered input from all the stakeholders and aligned everyone on the vision.",
    ),
    (
        (BEHAVIORAL, "failed_to_persuade"),
        "what you proposed and to whom",
        "When it comes to what I proposed, I was proactive and drove results.",
    ),
    (
        (BEHAVIORAL, "influenced_senior_leader"),
        "what you learned about communicating upward",
        "Overall it was a great learning experience for the team and the business.",
    ),
    (
        (BEHAVIORAL, "persuaded_stakeholders"),
        "the objections, understood",
        "I understood the objections and communicated with stakeholders to build buy-in.",
    ),
    (
        (BEHAVIORAL, "influenced_senior_leader"),
        "how you tailored the message",
        "I tailored the message and showed real ownership of the outcome.",
    ),
    (
        (BEHAVIORAL, "saw_it_through"),
        "what kept you going and what you did",
        "What kept me going was the team, and I kept going until the end.",
    ),
    (
        (DATA, "difficult_stakeholder_data"),
        "reconciling with their figures",
        "When it comes to reconciling with their figures, I aligned everyone.",
    ),
    (
        (DATA, "missing_data_decision"),
        "being open about the limitation",
        "I was always open about the limitation and drove results for the business.",
    ),
    (
        (DATA, "analysis_changed_decision"),
        "how you presented it",
        "I always show ownership of my work and deliver real impact.",
    ),
    (
        (DATA, "said_no_to_analysis"),
        "what they got in the end",
        "In the end it was a great learning experience.",
    ),
    (
        (OPENING, "how_heard_about_role"),
        "where you saw it or who told you",
        "I saw that the team delivers real impact, as my manager told me.",
    ),
    (
        (OPENING, "how_heard_about_role"),
        "what made you apply",
        "What made me apply is that I'm proactive and I always deliver results.",
    ),
    (
        (OPENING, "references_request"),
        "how each knows your work",
        "When it comes to how each knows your work, I was proactive and drove results.",
    ),
    (
        (OPENING, "walk_through_resume"),
        "the reason behind each move",
        "I left the office at six and moved my car, for no real reason.",
    ),
    (
        (PUBLIC, "public_service_values"),
        "a personal reason",
        "My experience with stakeholders is a personal reason I am passionate about impact.",
    ),
    (
        (HEALTH, "why_nursing"),
        "a genuine experience that drew you in",
        "It was a genuine experience that I decided I wanted to share.",
    ),
    (
        (MANAGERS, "managing_former_peers"),
        "fair boundaries",
        "Fair boundaries matter and I am always professional with everyone.",
    ),
    (
        (OPENING, "doubts_about_role"),
        "what still attracts you",
        "What still attracts me is the chance to show ownership and deliver impact.",
    ),
    (
        (OPENING, "how_do_you_feel_now"),
        "something specific you learned today",
        "It was a great learning experience to meet the team and see the vision.",
    ),
    (
        (MANAGERS, "building_team"),
        "evidence of improvement",
        "There was clear evidence of improvement and results got better.",
    ),
    (
        (CAREER, "first_ninety_days"),
        "how you would learn the context and people",
        "I would learn the context and meet the stakeholders.",
    ),
    (
        (CAREER, "first_ninety_days"),
        "an early, realistic contribution",
        "I'd deliver an early, realistic contribution and a quick win.",
    ),
    (
        (CAREER, "career_goals_short_term"),
        "one or two concrete goals",
        "In the next year I want to achieve my goals and grow.",
    ),
    (
        (CAREER, "management_or_specialist"),
        "how you would test it",
        "I would test it with experience and a growth mindset.",
    ),
    (
        (EARLY, "internship_contribution"),
        "what you learned about work",
        "I learned a lot about work and the world of business.",
    ),
    (
        (EARLY, "internship_contribution"),
        "who used it or what changed",
        "I still use the link to my favourite blog.",
    ),
    (
        (EARLY, "choosing_first_role"),
        "what you hope to learn or do",
        "I hope to learn, develop and grow, which is what I'm looking for.",
    ),
    (
        (EARLY, "what_you_know_about_industry"),
        "what it might mean for this organisation",
        "It will have an impact on the whole sector.",
    ),
    (
        (SELF, "changed_your_mind"),
        "what you believe and do now",
        "When it comes to what I believe now, I was proactive and aligned everyone.",
    ),
    (
        (SELF, "definition_of_success"),
        "how it fits this role",
        "It fits this role because I am aligned with your values.",
    ),
    (
        (SELF, "perception_gap"),
        "what is really going on",
        "What is really going on is that I drive results.",
    ),
    (
        (SELF, "seeking_feedback"),
        "an example of acting on it",
        "An example of acting on it is how I always take ownership.",
    ),
    (
        (SELF, "best_manager"),
        "what that says about how you work best",
        "It shows I am a team player who works well with stakeholders.",
    ),
    (
        (SELF, "skill_gap"),
        "how you noticed the gap",
        "I noticed the gap and took ownership of my growth.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, SILENT)
