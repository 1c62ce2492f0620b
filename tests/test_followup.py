"""The thank-you note after an interviewer session: drafted from the real conversation."""

from __future__ import annotations

from interview_tui.coaching.followup import FollowUp, draft_thank_you


def test_the_note_uses_each_answer_in_a_grammatical_sentence() -> None:
    note = draft_thank_you(
        FollowUp(
            learned="Most of the job is paperwork, not patients.",
            referral="Dr Okafor on the renal ward",
            next_step="I'll ask to shadow a night shift",
        ),
        name="Ms Reid",
    )
    assert note.splitlines() == [
        "Dear Ms Reid,",
        "",
        "Thank you for taking the time to talk with me.",
        "One thing I am taking away from our conversation: most of the job is paperwork, "
        "not patients.",
        "Thank you too for suggesting I talk to Dr Okafor on the renal ward; I will get in "
        "touch and mention that you pointed me their way.",
        "My next step: I'll ask to shadow a night shift. I would be glad to tell you how it goes.",
        "",
        "With thanks,",
    ]


def test_blank_answers_and_no_referral_are_left_out() -> None:
    note = draft_thank_you(FollowUp(learned="", referral="nobody", next_step="  "))
    assert note == "Hello,\n\nThank you for taking the time to talk with me.\n\nWith thanks,\n"
