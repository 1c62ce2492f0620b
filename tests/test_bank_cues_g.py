"""Paraphrase families of the key points of questions the labelled answers had used (issue 13).

Banks: data_analysis, working_across_difference, public_sector, situational, healthcare and
pay_and_offers. These questions' cues had been fitted to the few answers written to them; they
are now the plain, spoken ways a nurse, a plumber, a care worker, a civil servant or a shop
manager would make each point. Each covered case is such a way, in wording of our own (none is
taken from a labelled answer), met through the bank's own cues as loaded by the real loader;
each failed with the cues these questions had before. The near misses name the topic, read the
point back, say a buzzword or the opposite, or meet only an everyday word that an earlier cue
let through ("I told them everything would be fine", "we never had any differences"); they
must stay "not detected". Answers are judged as approaches, not as past-behaviour stories, so
that only the cues decide.
"""

from __future__ import annotations

from tests.helpers import cue_tests

COVERED = [
    # data_analysis
    (
        ("data_analysis", "messy_data"),
        "what was wrong with the data",
        "Every branch typed the addresses in a different format.",
    ),
    (
        ("data_analysis", "messy_data"),
        "how you cleaned or worked around it",
        "I wrote a little macro to merge the duplicates and flag anything with a missing date.",
    ),
    (
        ("data_analysis", "messy_data"),
        "what you did about the source",
        "I showed the reception staff how to enter the postcodes, so it stopped creeping back in.",
    ),
    (
        ("data_analysis", "data_quality_error_found_late"),
        "telling people quickly",
        "I phoned the finance director within minutes of spotting it.",
    ),
    (
        ("data_analysis", "data_quality_error_found_late"),
        "the check added afterwards",
        "Since then every report gets a second pair of eyes before it goes out.",
    ),
    (
        ("data_analysis", "combined_sources"),
        "the sources and how they disagreed",
        "The ledger and the warehouse tally never agreed.",
    ),
    (
        ("data_analysis", "combined_sources"),
        "how it was resolved for the future",
        "From then on there was one shared glossary that every team used.",
    ),
    (
        ("data_analysis", "finding_nobody_wanted"),
        "double-checking before sharing",
        "I reran the whole thing from scratch and got a statistician to go over it.",
    ),
    (
        ("data_analysis", "forecast_went_wrong"),
        "why it was off",
        "A competitor opened across the road that spring, which we never saw coming.",
    ),
    (
        ("data_analysis", "correlation_and_cause"),
        "the other explanation",
        "The real driver was payday, not the new posters.",
    ),
    (
        ("data_analysis", "prioritising_requests"),
        "reducing repeat requests",
        "Managers can look the figures up themselves whenever they like.",
    ),
    (
        ("data_analysis", "explaining_uncertainty"),
        "connecting it to the decision",
        "Whichever way the numbers fall, the new van still pays off.",
    ),
    # working_across_difference
    (
        ("working_across_difference", "second_language_colleague"),
        "habits you adopted to be understood",
        "I'd text him the address and a photo of the job afterwards.",
    ),
    (
        ("working_across_difference", "own_assumption_challenged"),
        "what showed it was wrong",
        "It turned out she had run her own business for ten years.",
    ),
    (
        ("working_across_difference", "unfamiliar_customs"),
        "how you learned them",
        "One of the elders took me aside and explained who I should greet first.",
    ),
    (
        ("working_across_difference", "generations_at_work"),
        "what each of you brought",
        "He knew every customer by name and I knew my way round the new till.",
    ),
    (
        ("working_across_difference", "managed_older_or_more_experienced"),
        "respecting their expertise",
        "I leaned on his judgement whenever a job was out of the ordinary.",
    ),
    (
        ("working_across_difference", "neurodiverse_or_different_needs"),
        "the change to the team's way of working",
        "We set up a quiet corner away from the tannoy for anyone who needed it.",
    ),
    (
        ("working_across_difference", "difference_in_a_customer"),
        "the adjustment you made",
        "I booked a female engineer for the second visit.",
    ),
    (
        ("working_across_difference", "quieter_voices"),
        "other channels than speaking up",
        "People can send me their ideas by message after the meeting.",
    ),
    # public_sector
    (
        ("public_sector", "changing_and_improving"),
        "evidence of the problem",
        "Callers were ringing back three or four times to chase the same repair.",
    ),
    (
        ("public_sector", "making_effective_decisions"),
        "risks and impacts on others",
        "Closing the late clinic would hit carers and shift workers hardest.",
    ),
    (
        ("public_sector", "communicating_and_influencing"),
        "how you knew it worked",
        "Calls to the helpline about the new form dropped off within a month.",
    ),
    (
        ("public_sector", "working_together_public"),
        "understanding their priorities",
        "I learned the police were judged on arrests, not on repeat calls.",
    ),
    (
        ("public_sector", "delivering_at_pace"),
        "keeping quality",
        "I still got a colleague to proofread every page before it went to the minister.",
    ),
    (
        ("public_sector", "political_impartiality"),
        "delivering impartially",
        "I'd leave my politics at the door and get on with it.",
    ),
    (
        ("public_sector", "managing_budget_public"),
        "the saving and how",
        "We moved the letters to email instead of paying for postage.",
    ),
    (
        ("public_sector", "handling_sensitive_information"),
        "practical steps taken",
        "I redacted the names before the file went anywhere.",
    ),
    # healthcare
    (
        ("healthcare", "deteriorating_patient"),
        "the signs you would look for",
        "She had gone drowsy and a bit grey around the lips.",
    ),
    (
        ("healthcare", "medication_error"),
        "the immediate action for the patient",
        "I stopped the drip and called the doctor over at once.",
    ),
    (
        ("healthcare", "difficult_family"),
        "a private place and calm explanation",
        "I'd lead them away from the bay so the other patients can't hear.",
    ),
    (
        ("healthcare", "prioritising_a_shift"),
        "handover of anything outstanding",
        "I flagged the two dressings I hadn't done to the night nurse.",
    ),
    (
        ("healthcare", "breaking_bad_news_support"),
        "honesty within your role",
        "I said I didn't know and that I would fetch the consultant to answer that.",
    ),
    (
        ("healthcare", "multidisciplinary_working"),
        "the patient's voice",
        "All he wanted was to be home in time for his granddaughter's wedding.",
    ),
    (
        ("healthcare", "safeguarding_concern"),
        "not investigating yourself",
        "It's not my place to question the husband about it.",
    ),
    (
        ("healthcare", "disagree_with_doctor"),
        "escalating if unsafe",
        "If I still wasn't happy, I'd go over his head.",
    ),
    # situational
    (
        ("situational", "colleague_misses_deadline"),
        "a later conversation to stop it recurring",
        "Once the review was over I'd sit down with her and agree regular check-ins.",
    ),
    (
        ("situational", "gift_from_supplier"),
        "why the timing matters",
        "Accepting it now might look like it swayed me.",
    ),
    (
        ("situational", "mistake_nobody_noticed"),
        "assessing the impact",
        "First I'd work out how far the wrong total had spread.",
    ),
    (
        ("situational", "credit_taken"),
        "a private conversation afterwards",
        "I'd catch him on his own over a coffee.",
    ),
    (
        ("situational", "first_week_no_guidance"),
        "finding someone else to guide you",
        "I'd track down her deputy and sit in on whatever he was doing.",
    ),
    (
        ("situational", "rude_customer_in_public"),
        "supporting the colleague afterwards",
        "Once he'd gone I'd give her a breather out the back.",
    ),
    # pay_and_offers
    (
        ("pay_and_offers", "salary_expectations"),
        "where the range comes from",
        "A recruiter I trust reckons that's what the agencies are paying.",
    ),
    (
        ("pay_and_offers", "notice_period"),
        "any commitments to plan around",
        "I'm having an operation on my knee in March.",
    ),
    (
        ("pay_and_offers", "counter_offer"),
        "how you would respond",
        "I wouldn't be tempted to stay.",
    ),
    (
        ("pay_and_offers", "negotiating_offer"),
        "time to decide",
        "I'd ask for a couple of days to talk it over with my partner.",
    ),
    (
        ("pay_and_offers", "relocation_and_travel"),
        "a question about support offered",
        "Would the firm cover a hotel while I find a flat?",
    ),
    (
        ("pay_and_offers", "benefits_priorities"),
        "why each matters to you",
        "Being near home lets me pick the kids up from school.",
    ),
]

NOT_COVERED = [
    # data_analysis
    (
        ("data_analysis", "messy_data"),
        "what you did about the source",
        "The data was messy.",
    ),
    (
        ("data_analysis", "data_quality_error_found_late"),
        "the check added afterwards",
        "I would check the report.",
    ),
    (
        ("data_analysis", "combined_sources"),
        "how it was resolved for the future",
        "In the end it was resolved for the future.",
    ),
    (
        ("data_analysis", "forecast_went_wrong"),
        "what you do differently",
        "Forecasting is always hard.",
    ),
    (
        ("data_analysis", "prioritising_requests"),
        "ranking by value and effort",
        "I rank requests by their value and the effort.",
    ),
    # working_across_difference
    (
        ("working_across_difference", "quieter_voices"),
        "an example of it working",
        "It changed a lot of things.",
    ),
    (
        ("working_across_difference", "second_language_colleague"),
        "something you learned from them",
        "He taught me a lot about patience.",
    ),
    (
        ("working_across_difference", "own_assumption_challenged"),
        "the assumption, stated honestly",
        "Honestly, I never judge anyone.",
    ),
    (
        ("working_across_difference", "generations_at_work"),
        "a difference you worked through",
        "We never had any differences.",
    ),
    # public_sector
    (
        ("public_sector", "political_impartiality"),
        "delivering impartially",
        "If the decision went ahead I would ask to move to another team.",
    ),
    (
        ("public_sector", "working_together_public"),
        "the joint outcome",
        "Our shared aim was fewer families in poor housing.",
    ),
    (
        ("public_sector", "managing_budget_public"),
        "protecting quality",
        "Quality is important to me.",
    ),
    (
        ("public_sector", "leadership_public"),
        "how you communicated and supported people",
        "I told them everything would be fine.",
    ),
    # healthcare
    (
        ("healthcare", "difficult_family"),
        "confidentiality and involving others",
        "The doctor was coming later.",
    ),
    (
        ("healthcare", "prioritising_a_shift"),
        "handover of anything outstanding",
        "I called the doctor early.",
    ),
    (
        ("healthcare", "breaking_bad_news_support"),
        "looking after yourself afterwards",
        "I asked the doctor to talk to her mum before I went home.",
    ),
    (
        ("healthcare", "deteriorating_patient"),
        "acting and documenting promptly",
        "It took a few minutes.",
    ),
    # situational
    (
        ("situational", "instruction_you_think_wrong"),
        "committing if it is only a difference of opinion",
        "If she still said do it, I would go over her head.",
    ),
    (
        ("situational", "upset_colleague_in_meeting"),
        "listening before advising",
        "I wouldn't want to embarrass them.",
    ),
    (
        ("situational", "rude_customer_in_public"),
        "listening to the customer and de-escalating",
        "I'd walk over straight away and tell the customer to leave.",
    ),
    (
        ("situational", "overloaded_new_task"),
        "asking what to drop or delay",
        "I'd just work an extra shift.",
    ),
    # pay_and_offers
    (
        ("pay_and_offers", "notice_period"),
        "a realistic start date",
        "I could start whenever suits you.",
    ),
    (
        ("pay_and_offers", "pay_vs_role"),
        "why you would stay",
        "It's something I've wanted for years.",
    ),
    (
        ("pay_and_offers", "benefits_priorities"),
        "two or three ranked priorities",
        "My manager would have to agree.",
    ),
    # everyday words that earlier cues let through
    (
        ("public_sector", "political_impartiality"),
        "giving honest advice through proper channels",
        "To be honest, I'm not a political person.",
    ),
    (
        ("data_analysis", "correlation_and_cause"),
        "a fair test or comparison",
        "Sales went up a lot last year.",
    ),
    (
        ("working_across_difference", "managed_older_or_more_experienced"),
        "holding your own role",
        "It was my call to put the kettle on that morning.",
    ),
    (
        ("healthcare", "deteriorating_patient"),
        "the escalation tool and route",
        "The doctor on the ward was lovely.",
    ),
    (
        ("pay_and_offers", "pay_vs_role"),
        "a genuine reason beyond pay",
        "To be honest, I just want more money.",
    ),
    (
        ("situational", "rude_customer_in_public"),
        "supporting the colleague afterwards",
        "I'd make sure the queue kept moving.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(COVERED, NOT_COVERED)
