"""Paraphrase families of the key points of questions that labelled answers had used (issue 13).

Banks: early_career, sales_and_service, self_assessment, managers_and_leaders, teaching,
remote_and_hybrid, opening_and_closing. These questions' cues had been tuned on the few
answers written to them, so a new answer that made the point in other words was missed. Each
covered case is a plain, spoken way of making the point, as a nurse, a plumber, a care worker,
a shop manager or a developer would put it, met through the bank's own cues as loaded by the
real loader; each failed with the cues these questions had before. The near misses name the
topic, read the point back, say a buzzword or the opposite, and must stay "not detected".
Answers are judged as approaches, not as past-behaviour stories, so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    # early_career
    (
        ("early_career", "group_project"),
        "what was going wrong",
        "Two of the four never replied on the group chat and skipped every meeting.",
    ),
    (
        ("early_career", "group_project"),
        "the specific steps you took",
        "I divided the report into sections and gave everyone a chapter with a date on it.",
    ),
    (
        ("early_career", "group_project"),
        "what you would do sooner next time",
        "In hindsight I'd have said something in the first week instead of stewing.",
    ),
    (
        ("early_career", "part_time_job_lessons"),
        "a named skill",
        "Working the bar on a Saturday night taught me to stay calm when six people want serving.",
    ),
    (
        ("early_career", "learning_something_hard"),
        "the method you used",
        "I drew the circuits on scrap card and went over one every evening.",
    ),
    (
        ("early_career", "learning_something_hard"),
        "how you knew you had learned it",
        "By the spring I was explaining it to the new starters without looking at my notes.",
    ),
    (
        ("early_career", "no_experience_objection"),
        "acknowledging it calmly",
        "Granted, I've never had a proper job in an office.",
    ),
    (
        ("early_career", "no_experience_objection"),
        "what you bring that others may not",
        "I'd come in with no bad habits, so you can train me your way from day one.",
    ),
    (
        ("early_career", "responsibility_outside_work"),
        "the role and who depended on you",
        "Every Saturday twenty kids counted on me to open the hall and run the under-tens.",
    ),
    # sales_and_service
    (
        ("sales_and_service", "lost_deal"),
        "why it was lost",
        "A rival undercut us by ten percent and the practice manager signed with them.",
    ),
    (
        ("sales_and_service", "lost_deal"),
        "what you learned and changed",
        "Since then, on every first visit I find out who actually signs off the budget.",
    ),
    (
        ("sales_and_service", "handling_objection"),
        "exploring the real objection",
        "It came out that what he feared was being left without heating again.",
    ),
    (
        ("sales_and_service", "handling_objection"),
        "the response that changed their mind",
        "I put him in touch with a customer of ours two streets away, who let him see the boiler.",
    ),
    (
        ("sales_and_service", "angry_customer_service"),
        "listening and calming the situation",
        "I let her vent without cutting in, and kept my voice low.",
    ),
    (
        ("sales_and_service", "customer_retention"),
        "finding the real reason",
        "I rang the owner to hear what had gone wrong: our driver kept turning up late.",
    ),
    (
        ("sales_and_service", "customer_retention"),
        "what you changed or offered",
        "I gave them one named driver and moved their drop to first thing.",
    ),
    (
        ("sales_and_service", "upsell_ethics"),
        "an example of turning down a sale",
        "A pensioner wanted the top phone, and I talked her down to a basic model.",
    ),
    (
        ("sales_and_service", "upsell_ethics"),
        "the long-term payoff",
        "She now recommends me to all her neighbours.",
    ),
    (
        ("sales_and_service", "busy_queue"),
        "a workaround",
        "I'd jot down names and phone numbers on a clipboard so nobody had to wait.",
    ),
    # self_assessment
    (
        ("self_assessment", "greatest_weakness"),
        "a genuine, specific weakness",
        "I put off ringing people back when I know the news is bad.",
    ),
    (
        ("self_assessment", "critical_feedback"),
        "your first reaction",
        "Honestly, I was stung and spent the drive home making excuses.",
    ),
    (
        ("self_assessment", "feedback_you_disagreed_with"),
        "how you checked whether it was fair",
        "I went back through my job sheets for the month to see whether it held up.",
    ),
    (
        ("self_assessment", "giving_feedback"),
        "how the person responded",
        "He went red, then admitted nobody had ever pulled him up on it.",
    ),
    (
        ("self_assessment", "improved_weakness"),
        "the turning point",
        "The last straw was when a resident's family complained about me to the manager.",
    ),
    # managers_and_leaders
    (
        ("managers_and_leaders", "underperformer"),
        "finding the cause",
        "Over a coffee it turned out he was caring for his mum most nights.",
    ),
    (
        ("managers_and_leaders", "hiring_decision"),
        "a fair, structured process",
        "Both of us marked every applicant against one score sheet, without conferring.",
    ),
    (
        ("managers_and_leaders", "letting_someone_go"),
        "the remaining team",
        "That afternoon I reassured the rest of the crew and shared out her jobs.",
    ),
    (
        ("managers_and_leaders", "leading_team_change"),
        "involving people and handling resistance",
        "The longest-serving nurse hated the idea, so I asked her to help test it first.",
    ),
    (
        ("managers_and_leaders", "team_conflict_manager"),
        "hearing both sides",
        "I got his story first, then hers, one at a time in the office.",
    ),
    (
        ("managers_and_leaders", "wellbeing_of_team"),
        "practical actions",
        "I pushed back two deadlines and made sure everyone took a proper lunch break.",
    ),
    (
        ("managers_and_leaders", "managing_up_for_team"),
        "the outcome for the team",
        "The director approved an extra temp for the busy season.",
    ),
    # teaching
    (
        ("teaching", "lesson_that_failed"),
        "how you adapted in the moment",
        "I scrapped the worksheet and modelled one on the board with the whole class.",
    ),
    (
        ("teaching", "challenging_pupil"),
        "actions with colleagues or home",
        "I rang his nan every Friday with something good he'd done that week.",
    ),
    (
        ("teaching", "working_with_parents"),
        "listening to their concern",
        "I let the mum get it all off her chest before I said a word.",
    ),
    (
        ("teaching", "behaviour_management"),
        "routines and clear expectations",
        "I meet them at the door and they know exactly what to do when they sit down.",
    ),
    # remote_and_hybrid
    (
        ("remote_and_hybrid", "remote_communication"),
        "the misunderstanding",
        "We had crossed wires: she took the quote as approved, I took it as a draft.",
    ),
    (
        ("remote_and_hybrid", "remote_isolation"),
        "honesty about downsides",
        "In winter I can go days without speaking to a soul, and I miss the banter.",
    ),
    (
        ("remote_and_hybrid", "remote_onboarding"),
        "an early small contribution",
        "By the end of week two I'd fixed a typo in the setup guide, just to ship something.",
    ),
    (
        ("remote_and_hybrid", "time_zones"),
        "sharing awkward hours fairly",
        "We took turns with the late call so it wasn't always the Sydney lot up at night.",
    ),
    # opening_and_closing
    (
        ("opening_and_closing", "tell_me_about_yourself"),
        "what you do now, in one sentence",
        "I'm a district nurse covering two villages outside Hereford.",
    ),
    (
        ("opening_and_closing", "why_should_we_hire_you"),
        "what makes your combination unusual",
        "Not many applicants bring a plumbing ticket and five years on a helpline.",
    ),
    (
        ("opening_and_closing", "questions_for_us"),
        "a question about the day-to-day work",
        "What would an average Monday look like for me?",
    ),
    (
        ("opening_and_closing", "how_did_it_go"),
        "one thing you would add or improve",
        "I rambled on the budget question and would tighten that up.",
    ),
    (
        ("sales_and_service", "lost_deal"),
        "why it was lost",
        "In the end they went with the firm their brother-in-law ran.",
    ),
    (
        ("teaching", "challenging_pupil"),
        "the change over time",
        "By Easter he hadn't been sent out once.",
    ),
    (
        ("teaching", "working_with_parents"),
        "agreed next steps",
        "We settled on me ringing home every Friday for a month.",
    ),
    (
        ("early_career", "part_time_job_lessons"),
        "the link to this role",
        "Your clinic is busy in the same way, so I'd use that calm at the front desk.",
    ),
    (
        ("early_career", "grades_question"),
        "a brief, honest reason",
        "Truthfully, I didn't take the module seriously and bunked half the lectures.",
    ),
]

NOT_COVERED = [
    (
        ("early_career", "group_project"),
        "what was going wrong",
        "The work was not shared fairly in the group.",
    ),
    (
        ("early_career", "group_project"),
        "what you would do sooner next time",
        "Next time I would do better.",
    ),
    (
        ("early_career", "no_experience_objection"),
        "what you bring that others may not",
        "I am a hard worker and a team player.",
    ),
    (
        ("early_career", "degree_relevance"),
        "a skill beyond subject knowledge",
        "My course taught me to think outside the box.",
    ),
    (
        ("sales_and_service", "lost_deal"),
        "what you learned and changed",
        "I learned a lot from it.",
    ),
    (
        ("sales_and_service", "angry_customer_service"),
        "what you learned or passed on",
        "He was fed up and so was I.",
    ),
    (
        ("sales_and_service", "upsell_ethics"),
        "putting the customer's need first",
        "I always put the customer first.",
    ),
    (
        ("sales_and_service", "busy_queue"),
        "escalating",
        "I would tell the customers what is happening.",
    ),
    (
        ("self_assessment", "greatest_weakness"),
        "a genuine, specific weakness",
        "I'm a perfectionist who cares too much.",
    ),
    (
        ("self_assessment", "greatest_weakness"),
        "the concrete steps you are taking",
        "Of course I'm working on it.",
    ),
    (
        ("self_assessment", "strength_overused"),
        "how you keep it in check",
        "I try to find a balance.",
    ),
    (
        ("self_assessment", "giving_feedback"),
        "how you prepared and delivered it",
        "I gave the feedback one afternoon.",
    ),
    (
        ("managers_and_leaders", "underperformer"),
        "follow-through and outcome",
        "Then he left the room.",
    ),
    (
        ("managers_and_leaders", "letting_someone_go"),
        "respect in the conversation",
        "I was honest that the role was going.",
    ),
    (
        ("managers_and_leaders", "hiring_decision"),
        "a fair, structured process",
        "I went with my gut after a trial shift.",
    ),
    (
        ("teaching", "safeguarding_disclosure"),
        "listening without leading or promising secrecy",
        "I'd promise it would stay a secret between us.",
    ),
    (
        ("teaching", "behaviour_management"),
        "relationships and an example",
        "Nobody can say they didn't know the rules.",
    ),
    (
        ("teaching", "lesson_that_went_well"),
        "a planning decision that made the difference",
        "The shadow moves because the sun moves.",
    ),
    (
        ("remote_and_hybrid", "remote_communication"),
        "what you did to fix it",
        "I explained what I meant in the end.",
    ),
    (
        ("opening_and_closing", "remember_about_you"),
        "one quality, clearly named",
        "Those are the things that make me stand out from day one.",
    ),
    (
        ("opening_and_closing", "questions_for_us"),
        "a link to something discussed earlier",
        "What are the next steps?",
    ),
    (
        ("early_career", "grades_question"),
        "a brief, honest reason",
        "To be honest it was a difficult time for everyone.",
    ),
    (
        ("managers_and_leaders", "underperformer"),
        "finding the cause",
        "I'm a perfectionist and I care too much.",
    ),
    (
        ("early_career", "learning_something_hard"),
        "how you knew you had learned it",
        "I'm really passionate about this trade.",
    ),
    (
        ("opening_and_closing", "how_did_it_go"),
        "one thing that went well",
        "That's a good question.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
