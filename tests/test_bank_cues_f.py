"""Paraphrase families of the key points of questions the labelled answers had used (issue 13).

Banks: behavioral, pressure_and_failure, software_engineering, career_story. The cues of these
questions had been tuned on the few labelled answers written to them, so they met those
answers' words and little else. They are now families of the plain, spoken ways a nurse, a
plumber, a teacher, a shop manager, a farmer or a developer would make each point. Each
covered case below failed with the tuned cues; each near miss names the topic only, reads the
point back, says a buzzword or the opposite, and must stay "not detected". Cues are loaded by
the real loader and answers judged as approaches, so that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    # behavioral
    (
        ("behavioral", "helped_struggling_teammate"),
        "the signs that someone was struggling",
        "He seemed withdrawn and was short with everyone on the ward.",
    ),
    (
        ("behavioral", "helped_struggling_teammate"),
        "what you offered, in first person",
        "I took half of his callouts for a fortnight so he could get the paperwork straight.",
    ),
    (
        ("behavioral", "helped_struggling_teammate"),
        "how you kept your own commitments",
        "I started half an hour early so my own jobs didn't slip.",
    ),
    (
        ("behavioral", "joined_new_team"),
        "how you learned fast (people, documents, small tasks)",
        "I read the procedures folder on my first night and volunteered for the quick jobs.",
    ),
    (
        ("behavioral", "joined_new_team"),
        "how long it took to feel effective",
        "It was about a month before I found my feet and stopped checking everything with her.",
    ),
    (
        ("behavioral", "disagreed_with_manager"),
        "how and where you raised it",
        "I grabbed her for a quiet word in her office at the end of the shift.",
    ),
    (
        ("behavioral", "disagreed_with_manager"),
        "what happened, including committing if overruled",
        "She kept the new rota, and I backed it fully in front of the others.",
    ),
    (
        ("behavioral", "mediated_conflict"),
        "how you stayed neutral",
        "I refused to pick sides, even though one of them was a friend.",
    ),
    (
        ("behavioral", "delivered_bad_news"),
        "how the person reacted and how you responded",
        "He went quiet, then shouted, so I gave him time to vent before we talked it through.",
    ),
    (
        ("behavioral", "developed_someone"),
        "evidence of their progress",
        "Six months later he chairs the team meeting himself.",
    ),
    (
        ("behavioral", "unpopular_decision"),
        "how people reacted over time",
        "There was grumbling at first, but the moaning died down once the system bedded in.",
    ),
    (
        ("behavioral", "delegated_work"),
        "how you stayed informed",
        "We booked two milestones in the diary and I kept my distance in between.",
    ),
    (
        ("behavioral", "fixed_process_problem"),
        "the root cause you found",
        "I watched the night shift for a week and realised the real reason was the handover sheet.",
    ),
    (
        ("behavioral", "spoke_up"),
        "why others stayed quiet",
        "Nobody wanted to rock the boat with the owner, because jobs were tight that winter.",
    ),
    (
        ("behavioral", "biggest_mistake"),
        "what you changed so it would not recur",
        "Now a second person signs off every invoice before it goes out.",
    ),
    (
        ("behavioral", "missed_something_obvious"),
        "why it slipped through",
        "I was in a hurry at the end of a long shift and trusted that the label was right.",
    ),
    (
        ("behavioral", "unhappy_customer"),
        "how you listened and what you learned",
        "I let her vent without arguing and found she'd waited three weeks for a callback.",
    ),
    (
        ("behavioral", "said_no_to_customer"),
        "the alternative you offered",
        "What I could do was book her the first slot the following Monday at no charge.",
    ),
    (
        ("behavioral", "understood_real_need"),
        "how you uncovered the underlying need",
        "When I asked why, it turned out what she was really after was fewer phone calls.",
    ),
    (
        ("behavioral", "competing_priorities"),
        "the criteria you used to rank them",
        "I went with whatever could hurt a resident first; the paperwork could wait a day.",
    ),
    (
        ("behavioral", "interrupted_by_urgent"),
        "how you reset expectations on the original work",
        "I rang the client and moved our handover to the Thursday.",
    ),
    (
        ("behavioral", "team_not_gelling"),
        "the symptom and its likely cause",
        "People had stopped talking, I think because nobody knew who was meant to do what.",
    ),
    (
        ("behavioral", "team_not_gelling"),
        "how the team changed afterwards",
        "Within a month people were covering each other's breaks without being asked.",
    ),
    (
        ("behavioral", "disagreement"),
        "how it was resolved",
        "In the end we went with her idea for the kitchen and mine for the bathroom.",
    ),
    (
        ("behavioral", "difficult_colleague"),
        "the behaviour that made it hard",
        "He'd roll his eyes whenever I spoke in the team meeting.",
    ),
    (
        ("behavioral", "failed_to_persuade"),
        "why it did not persuade them",
        "They couldn't see where the money would come from.",
    ),
    (
        ("behavioral", "beyond_your_role"),
        "the gap you noticed",
        "Nobody was showing the new volunteers where anything was.",
    ),
    (
        ("behavioral", "went_extra_mile"),
        "whether it scaled or changed a process",
        "After that we started keeping spare heaters in every van.",
    ),
    (
        ("pressure_and_failure", "working_under_pressure"),
        "how you organised yourself",
        "I wrote the whole service up on the whiteboard and split the stations between us.",
    ),
    (
        ("software_engineering", "design_tradeoff"),
        "the alternatives considered",
        "We looked at syncing everything versus only the current day's jobs.",
    ),
    (
        ("software_engineering", "user_impact"),
        "the user problem",
        "The warehouse staff were retyping every order from email into the stock system by hand.",
    ),
    # pressure_and_failure
    (
        ("pressure_and_failure", "tell_me_about_failure"),
        "your own part, in first person",
        "I underestimated the groundwork and never checked with the digger firm.",
    ),
    (
        ("pressure_and_failure", "missed_goal"),
        "what you did when you realised",
        "By June I could see it was slipping, so I moved the target back to Christmas.",
    ),
    (
        ("pressure_and_failure", "missed_goal"),
        "how you set goals now",
        "These days I break anything big into monthly steps and check progress every Sunday.",
    ),
    (
        ("pressure_and_failure", "rejected_work"),
        "your initial reaction",
        "Honestly, I took it personally and sulked for a day.",
    ),
    (
        ("pressure_and_failure", "let_someone_down"),
        "how you told them",
        "I rang her myself before she could hear it from anyone else.",
    ),
    (
        ("pressure_and_failure", "handling_stress"),
        "your warning signs",
        "I know I'm not right when I start waking at four and snapping at the kids.",
    ),
    (
        ("pressure_and_failure", "no_clear_owner"),
        "the gap in ownership",
        "Everyone assumed somebody else was ordering the oxygen.",
    ),
    (
        ("pressure_and_failure", "high_stakes_presentation"),
        "how you prepared",
        "I timed myself in front of the mirror and wrote answers to every likely objection.",
    ),
    (
        ("pressure_and_failure", "impossible_deadline"),
        "how you made the case",
        "I broke the job down step by step on one sheet and walked the director through it.",
    ),
    (
        ("pressure_and_failure", "impossible_deadline"),
        "the options you offered",
        "I said we could either bring in two agency staff or leave the garden till spring.",
    ),
    (
        ("pressure_and_failure", "let_someone_down"),
        "what you did to make it right",
        "I stayed late two evenings to finish it and knocked something off the bill.",
    ),
    (
        ("pressure_and_failure", "decision_without_data"),
        "how you reduced the risk",
        "We tried it on one small batch first, so we could undo it if it went wrong.",
    ),
    (
        ("pressure_and_failure", "major_setback"),
        "the support you used",
        "I relied on my partner a lot and saw a counsellor through work.",
    ),
    (
        ("pressure_and_failure", "passed_over"),
        "the feedback you sought",
        "I booked a chat with the panel chair to hear what I'd lacked.",
    ),
    # software_engineering
    (
        ("software_engineering", "bug_escaped_tests"),
        "why the tests missed it",
        "Nobody had thought to test an order with a refund and a discount together.",
    ),
    (
        ("software_engineering", "explaining_to_non_engineers"),
        "the framing or analogy",
        "I said it was like a motorway with one lane closed: everything still moves, just slower.",
    ),
    (
        ("software_engineering", "estimate_went_wrong"),
        "why it was wrong",
        "I assumed we could reuse the old login code, but it turned out undocumented and tangled.",
    ),
    (
        ("software_engineering", "hardest_bug"),
        "the hypotheses and how you tested them",
        "My hunch was the cache, so I crossed it off by switching caching off for an afternoon.",
    ),
    (
        ("software_engineering", "production_only_issue"),
        "the difference from other environments",
        "Live used a newer version of the library than our laptops.",
    ),
    (
        ("software_engineering", "caused_an_outage"),
        "how you noticed",
        "The pager went off at two in the morning.",
    ),
    (
        ("software_engineering", "caused_an_outage"),
        "how you recovered",
        "I switched the feature flag off and checkout started working again.",
    ),
    # career_story
    (
        ("career_story", "how_got_into_field"),
        "the moment or influence that got you started",
        "My uncle ran a garage and let me help on Saturdays when I was fourteen.",
    ),
    (
        ("career_story", "why_this_company"),
        "a specific fact about the company",
        "A friend who works in your Leeds branch told me how you train every new starter.",
    ),
    (
        ("career_story", "why_this_role"),
        "evidence you can do them",
        "In my current job I already run the rota for twenty carers.",
    ),
    (
        ("career_story", "why_leaving"),
        "what you want that you cannot get now",
        "It's a small family firm, so there's no room to move up.",
    ),
    (
        ("career_story", "why_left_previous"),
        "what you gained from the move",
        "Since moving I've qualified as an assessor and manage my own caseload.",
    ),
    (
        ("career_story", "why_leaving"),
        "no criticism of your employer",
        "They've treated me well and I'll be sorry to go.",
    ),
    (
        ("career_story", "employment_gap"),
        "what you did during the gap",
        "I kept my hand in by doing the books for the village hall and a night class in payroll.",
    ),
    (
        ("career_story", "career_change"),
        "steps already taken to learn the new field",
        "I spent a week of my holiday shadowing a site surveyor.",
    ),
    (
        ("career_story", "returning_to_work"),
        "why now is the right time",
        "My youngest has just started secondary school, so the days are mine again.",
    ),
    (
        ("career_story", "five_years"),
        "the skills you want to have built",
        "By then I'd like to be fully qualified and confident running a budget.",
    ),
    (
        ("career_story", "what_motivates_you"),
        "a moment that shows each",
        "Last winter a patient's daughter sent a card to say thank you for sitting with her mum.",
    ),
]

NOT_COVERED = [
    (
        ("behavioral", "helped_struggling_teammate"),
        "the signs that someone was struggling",
        "I noticed the signs that he was struggling.",
    ),
    (
        ("behavioral", "helped_struggling_teammate"),
        "how you kept your own commitments",
        "We had lunch together on the Tuesday.",
    ),
    (
        ("behavioral", "joined_new_team"),
        "how long it took to feel effective",
        "I was there for six weeks.",
    ),
    (
        ("behavioral", "delivered_bad_news"),
        "how you prepared and framed it",
        "I just told him straight at the end of the day.",
    ),
    (
        ("behavioral", "unpopular_decision"),
        "how people reacted over time",
        "The closure lasted about six weeks.",
    ),
    (
        ("behavioral", "competing_priorities"),
        "what you deferred and how you communicated it",
        "I answered her emails in between and stayed until eight that week.",
    ),
    (
        ("behavioral", "spoke_up"),
        "why others stayed quiet",
        "I always speak up, I'm a natural leader.",
    ),
    (
        ("pressure_and_failure", "project_that_failed"),
        "the warning signs in hindsight",
        "Looking back, we all worked hard and grew from it.",
    ),
    (
        ("pressure_and_failure", "let_someone_down"),
        "how you manage commitments now",
        "I felt awful, and I'm more careful now.",
    ),
    (
        ("pressure_and_failure", "missed_goal"),
        "what you did when you realised",
        "I set myself a target of forty new clients.",
    ),
    (
        ("pressure_and_failure", "passed_over"),
        "the feedback you sought",
        "I never asked why they chose her.",
    ),
    (
        ("pressure_and_failure", "major_setback"),
        "where it led you",
        "I'd run the shop for nine years before it closed.",
    ),
    (
        ("pressure_and_failure", "handling_stress"),
        "specific coping habits",
        "I handle stress well, I just get on with it.",
    ),
    (
        ("software_engineering", "production_only_issue"),
        "how you investigated safely",
        "About one in forty customers saw the wrong total.",
    ),
    (
        ("software_engineering", "caused_an_outage"),
        "the safeguard added afterwards",
        "I learned a lot and I'm more careful with deploys.",
    ),
    (
        ("career_story", "how_got_into_field"),
        "the moment or influence that got you started",
        "I sort of fell into it, one thing led to another.",
    ),
    (
        ("career_story", "employment_gap"),
        "why you are ready to return",
        "I'm really keen to get back to work now.",
    ),
    (
        ("career_story", "five_years"),
        "the kind of work you want to be doing",
        "In five years I'd like to be somewhere that stretches me.",
    ),
    (
        ("career_story", "what_motivates_you"),
        "one or two specific motivators",
        "I'm a go-getter and I love a challenge.",
    ),
    (
        ("career_story", "what_motivates_you"),
        "how this role provides them",
        "I give a hundred and ten per cent in every job.",
    ),
    (
        ("career_story", "why_this_role"),
        "what you want to learn in it",
        "I'm keen to get experience, and to keep getting better.",
    ),
    (
        ("career_story", "career_change"),
        "what your different background adds",
        "I have been nursing for twelve years.",
    ),
    (
        ("pressure_and_failure", "calm_in_crisis"),
        "the outcome and the follow-up",
        "It was resolved in the end.",
    ),
    (
        ("pressure_and_failure", "high_stakes_presentation"),
        "an unexpected moment and your response",
        "I stayed calm throughout.",
    ),
    (
        ("career_story", "why_leaving"),
        "an honest, positive reason",
        "I want a new challenge and an opportunity to grow.",
    ),
    (
        ("career_story", "how_got_into_field"),
        "what keeps you in the field now",
        "I still enjoy it.",
    ),
    (
        ("pressure_and_failure", "handling_stress"),
        "what causes you stress",
        "I thrive under pressure and never let it get to me.",
    ),
    (
        ("career_story", "why_this_company"),
        "a specific fact about the company",
        "Your mission and values really align with mine.",
    ),
    (
        ("career_story", "why_this_company"),
        "why it matters to you personally",
        "Your values really align with mine.",
    ),
    (
        ("career_story", "why_this_company"),
        "what you would contribute",
        "I'd bring a lot of energy.",
    ),
    (
        ("behavioral", "unhappy_customer"),
        "how you listened and what you learned",
        "I always listen to customers, because they're always right.",
    ),
    (
        ("software_engineering", "caused_an_outage"),
        "how you noticed",
        "Monitoring is very important to me.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
