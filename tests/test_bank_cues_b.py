"""Cues of questions no labelled set was tuned on meet the everyday paraphrases (issue 13).

The bundled banks' cues, loaded through the real loader and judged by ``analyse``, must
recognise the ways different people say a key point (a nurse, a fitter, a shop manager, a
teacher), and must stay silent when an answer only names the topic, reads the question back
or drops a buzzword. Every wording here was written for this file. Answers are judged as
approaches (not past-behaviour stories), so only the cues decide, not the STAR parts.
"""

from __future__ import annotations

from tests.helpers import cue_tests

# (bank, question, key point, answer)
SAID: list[tuple[str, str, str, str]] = [
    # pressure_and_failure
    (
        "pressure_and_failure",
        "realised_you_were_wrong",
        "the evidence that showed you were wrong",
        "Then the figures from the first fortnight came back and pointed the other way.",
    ),
    (
        "pressure_and_failure",
        "realised_you_were_wrong",
        "how you changed course",
        "So I scrapped the new rota and we went back to the old pattern for that ward.",
    ),
    (
        "pressure_and_failure",
        "realised_you_were_wrong",
        "how you communicated it",
        "I rang the client that afternoon and owned up before anyone else heard it from the site.",
    ),
    (
        "pressure_and_failure",
        "working_under_pressure",
        "how you organised yourself",
        "I broke the job into chunks and cleared my diary for the whole of Thursday.",
    ),
    (
        "pressure_and_failure",
        "unclear_requirements",
        "how you gathered information",
        "I sat with two of the warehouse supervisors for a morning and watched how orders came in.",
    ),
    (
        "pressure_and_failure",
        "bounce_back_bad_day",
        "how you reflect without dwelling",
        "I jot down one thing I'd do differently and then I let it go.",
    ),
    (
        "pressure_and_failure",
        "learning_from_failure_habit",
        "how you share lessons with others",
        "Whatever I find goes into the team checklist so nobody trips over it again.",
    ),
    # pay_and_offers
    (
        "pay_and_offers",
        "current_salary",
        "a polite choice to share it or not",
        "I'd rather keep that between me and my current employer, if that's all right.",
    ),
    (
        "pay_and_offers",
        "lowest_acceptable",
        "the other parts of the offer that count",
        "Six weeks of holiday and a car for the site visits would count for a lot with me.",
    ),
    (
        "pay_and_offers",
        "competing_offers",
        "a timeline for the decision",
        "They want to hear back from me on Thursday, so I will make the call before the weekend.",
    ),
    (
        "pay_and_offers",
        "salary_history_gap",
        "the market rate for this kind of role",
        "Recruiters have been quoting me roughly that for the same kind of job elsewhere.",
    ),
    (
        "pay_and_offers",
        "accept_on_the_spot",
        "a request for a short time to review",
        "I'd like to sleep on it and talk it over with my wife tonight.",
    ),
    # remote_and_hybrid
    (
        "remote_and_hybrid",
        "visibility_remote",
        "regular, useful updates",
        "Every Friday I post a short recap in the channel: what's finished and where I'm stuck.",
    ),
    (
        "remote_and_hybrid",
        "visibility_remote",
        "agreed expectations",
        "In the first week we settled what success would look like by the end of the quarter.",
    ),
    (
        "remote_and_hybrid",
        "hybrid_office_days",
        "focus at home",
        "The reports and the rota planning I keep for the quiet days at my kitchen table.",
    ),
    (
        "remote_and_hybrid",
        "remote_trust",
        "flagging problems early",
        "If I'm stuck or a job is slipping, I message my supervisor the same morning.",
    ),
    # sales_and_service
    (
        "sales_and_service",
        "target_track_record",
        "honesty about a weaker period",
        "Last summer was a slow patch after the biggest account on my patch went elsewhere.",
    ),
    (
        "sales_and_service",
        "prospecting_approach",
        "how you research a prospect",
        "Before I ring anyone I find out who actually signs off the budget over there.",
    ),
    (
        "sales_and_service",
        "sales_motivation",
        "learning from the month",
        "I ask my manager to sit in on a few pitches and tell me where they went nowhere.",
    ),
    (
        "sales_and_service",
        "product_knowledge",
        "a plan to learn quickly",
        "In my first fortnight I'd sit in with the engineers and read the spec sheets at night.",
    ),
    (
        "opening_and_closing",
        "walk_through_resume",
        "a clear starting point",
        "My first proper post was as a care assistant in a nursing home in Leeds.",
    ),
    (
        "opening_and_closing",
        "walk_through_resume",
        "the thread that connects the roles",
        "What ties it all together is that I end up being the one who sorts out the rotas.",
    ),
    (
        "opening_and_closing",
        "how_heard_about_role",
        "where you saw it or who told you",
        "A friend who works in your finance team forwarded me the link.",
    ),
    (
        "opening_and_closing",
        "understanding_of_role",
        "an invitation to correct or add to your picture",
        "Is that a fair picture, or have I got the balance wrong?",
    ),
    (
        "opening_and_closing",
        "doubts_about_role",
        "one genuine, proportionate concern",
        "My only hesitation is the travel between the two sites.",
    ),
    (
        "opening_and_closing",
        "references_request",
        "any timing constraint, explained",
        "My old head of year is away until March, so she may be slow to reply.",
    ),
    (
        "situational",
        "conflicting_managers",
        "checking how urgent each request really is",
        "I'd find out what actually happens if either piece lands a day late.",
    ),
    (
        "situational",
        "overloaded_new_task",
        "making current commitments visible",
        "I'd lay out everything on my plate with the deadlines so she can see it.",
    ),
    (
        "situational",
        "impossible_request_from_client",
        "understanding the real need behind the date",
        "I'd ask what's driving the rush: is there a launch or an event that weekend?",
    ),
    (
        "situational",
        "upset_colleague_in_meeting",
        "listening before advising",
        "I'd let her vent first and hold off on any advice until she'd finished.",
    ),
    (
        "situational",
        "change_team_resists",
        "trying it in good faith",
        "Before judging it I'd do it their way for a few weeks with an open mind.",
    ),
    (
        "teaching",
        "differentiation",
        "finding out what each pupil needs",
        "I start the unit with a short baseline quiz and a chat with the SENCo.",
    ),
    (
        "teaching",
        "assessment_feedback",
        "adjusting teaching in response",
        "If half the class got it wrong, I reteach it at the start of the next lesson.",
    ),
    (
        "teaching",
        "safeguarding_disclosure",
        "reporting to the designated lead promptly",
        "I'd pass it on to the deputy head that same afternoon, before the child went home.",
    ),
    (
        "teaching",
        "teacher_workload",
        "protecting rest",
        "Saturdays are for my family, and most days I leave the building by half five.",
    ),
    (
        "teaching",
        "teaching_development",
        "what you are doing about it",
        "I've been filming my lessons and going through the footage with my mentor.",
    ),
]

MISSED: list[tuple[str, str, str, str]] = [
    # pressure_and_failure
    (
        "pressure_and_failure",
        "realised_you_were_wrong",
        "how you communicated it",
        "Communication is really important to me, especially when things change.",
    ),
    (
        "pressure_and_failure",
        "working_under_pressure",
        "what helped you stay effective",
        "I work well under pressure and I always stay effective.",
    ),
    # pay_and_offers
    (
        "pay_and_offers",
        "salary_history_gap",
        "your growth since",
        "I have been in my current job for five years now.",
    ),
    (
        "pay_and_offers",
        "what_would_make_you_accept",
        "a link to what you have heard about this role",
        "As I said earlier, I am a hard worker and a fast learner.",
    ),
    # remote_and_hybrid
    (
        "remote_and_hybrid",
        "hybrid_office_days",
        "collaboration on office days",
        "Collaboration is one of my strengths and I value the office.",
    ),
    (
        "remote_and_hybrid",
        "remote_trust",
        "evidence of results delivered remotely",
        "I am a self-starter who delivers results and can be trusted.",
    ),
    # sales_and_service
    (
        "sales_and_service",
        "sell_me_this",
        "benefits linked to those needs",
        "Would you like to hear about this pen? You will love it.",
    ),
    (
        "sales_and_service",
        "prospecting_approach",
        "how you research a prospect",
        "The company gives us a list of names every Monday, and I do my research.",
    ),
    (
        "sales_and_service",
        "sales_motivation",
        "focusing on controllable activity",
        "I focus on staying positive and I never give up.",
    ),
    (
        "opening_and_closing",
        "small_talk_opening",
        "a friendly remark or question in return",
        "Yes, thank you, it was fine, the train was on time.",
    ),
    (
        "opening_and_closing",
        "doubts_about_role",
        "framed as a question they can answer",
        "I think it is a role I could do well, and I can start soon.",
    ),
    (
        "opening_and_closing",
        "anything_to_add",
        "one relevant point not yet covered",
        "I think we have covered everything, thank you.",
    ),
    (
        "situational",
        "conflicting_managers",
        "proposing an order or a split",
        "Prioritisation is a key skill and I always prioritise effectively.",
    ),
    (
        "situational",
        "data_contradicts_boss",
        "raising it early and privately",
        "I would raise it with my senior leader because the plan is unlikely to work.",
    ),
    (
        "teaching",
        "teaching_development",
        "a sign of progress",
        "I am always developing my teaching and reflecting on my practice.",
    ),
    (
        "teaching",
        "safeguarding_disclosure",
        "recording their words",
        "Safeguarding is everyone's responsibility and I take it very seriously.",
    ),
]


test_a_paraphrase_is_covered, test_a_near_miss_stays_not_detected = cue_tests(
    [((bank, question), point, answer) for bank, question, point, answer in SAID],
    [((bank, question), point, answer) for bank, question, point, answer in MISSED],
)
