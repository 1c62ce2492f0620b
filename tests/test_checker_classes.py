"""The checker on classes of wording, round 2 (issue 13, generalisation).

Every example here was written for this file, not taken from the evaluation sets: new members
of each class of wording the rules now recognise, and near misses each must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        # Children put as a future event, or of the candidate's own.
        "Is a little one in the pipeline for you two?",
        # Who minds the candidate's children.
        "What happens if your babysitter cancels on a work day?",
        "Would the nanny be able to cover your late finishes?",
        # Pregnancy put as a statement for a nod.
        "You're expecting, aren't you?",
        "Is there a baby on the way?",
        # The candidate's own body, medication and aids.
        "Any pain in your knees these days?",
        "Are your shoulders OK for overhead work?",
        "Will your wheelchair fit through the stock-room door?",
        "Could the walking stick slow you down on the stairs?",
        # Articles of faith and what they stand for.
        "Is that a kara you're wearing?",
        "Do you keep kosher at home?",
        # Orientation and partners put as statements.
        "You're straight, I assume?",
        # Marriage and household, by the back door.
        "How was the honeymoon?",
        "Do you live alone?",
        "Have you got parents to look after in the evenings?",
        # Where a name or a person comes from.
        "Where does the name come from?",
        "When did you first come over here?",
        # A decade of life, the candidate's or the team's.
        "Would you be comfortable on a team mostly in their twenties?",
        # Who collects the children, fasting, not drinking, gender identity.
        "Who drops the kids off in the mornings?",
        "Are you fasting this month?",
        "Is there a reason you don't eat with the team?",
        "Do you identify as a woman?",
        # Origin asked the long way round.
        "Where's home, originally?",
        "And ethnically, how would you describe yourself?",
        "Is yours an Irish passport?",
        # Caring at home.
        "Are you caring for a relative at the moment?",
        "Are you looking after your mum at the moment?",
        # Placing the candidate by age.
        "You'd be a good bit older than the others. Would that matter?",
        "At the tail end of your career, why take on something new?",
        # Religion by its observances; a sickness record by days off; sex at birth.
        "Will you need holy days off in the autumn?",
        "How many days have you been off this year?",
        "What sex were you assigned at birth?",
    ],
)
def test_protected_proxies_are_illegal_and_only_illegal(text: str) -> None:
    assert flagged_rules(text, hiring=True) == {"illegal"}


@pytest.mark.parametrize(
    "text",
    [
        "Could you describe the last boiler service you signed off?",
        "How do you support a resident who won't take their medication?",
        "Have you worked as a childminder before?",
        "How would you help a customer whose wheelchair won't fit the lift?",
        "How do you handle the back office when the nursery is short-staffed?",
        "What would you do if a colleague's hearing aid stopped working on a call?",
        "How would you manage non-native species on the reserve?",
        "How do you approach mass mailings to donors?",
        "Kara, our manager, will show you the stock room. What would you check first?",
        # The topic belongs to someone the job serves, not to the candidate.
        "How would you cover for a colleague who is going through IVF?",
        "How would you support a learner with dyspraxia?",
        "How would you lead a young team of apprentices through their first audit?",
        "What would you say to a customer who is pregnant and feeling faint in the queue?",
        "What would you do if a member of the team told you he was depressed?",
        "Are you expecting any changes to your hours next year?",
        # A qualification in the field is not the candidate's own childcare.
        "Have you got a diploma in childcare?",
    ],
)
def test_lawful_near_misses_are_not_illegal(text: str) -> None:
    assert "illegal" not in flagged_rules(text, hiring=True)


@pytest.mark.parametrize(
    "text",
    [
        # Asking to be told when staff are needed or a place comes up.
        "Drop me a line if the clinic ever needs another receptionist?",
        "Could you let me know when a place becomes free on the crew?",
        "Ping me if the studio is after more illustrators?",
        # Being remembered for a vacancy.
        "Could you remember me if a desk frees up?",
        "Could you bear me in mind when the rota is drawn up?",
        # Work offered to the listener.
        "I'm available in August. If there's anything I can help with at the kennels, just say.",
        # Samples sent to the listener, not for comment.
        "Can I email you a couple of my designs for your files?",
        # Papers put before whoever hires.
        "How can I get my showreel in front of your head of casting?",
        "Here's my CV. Could you leave it on the owner's desk for me?",
        # Named to a boss when staff are wanted.
        "When the surgery is after locums again, could you mention my name?",
        # A try-out as a way in.
        "Could I spend a day in your kitchen as a tryout?",
        "Could I show you what I can do with a week at your garage?",
        # Availability offered against the listener's need, a foot in their door.
        "I'm around most Saturdays if you ever need cover.",
        "Do you ever have students in? I'd love a foot in the door.",
        "Who should I address my covering letter to at your agency?",
        # A condition first, the request to be told last.
        "If a trainee post opens up, would you tell me?",
        # Volunteering as a way in, left unnamed.
        "Could I help out at your stables and see if it leads anywhere?",
        # Where the asker's papers should go, asked of the listener.
        "Where's the best place to send my portfolio?",
        # Named to whoever hires, by title or as looking.
        "Would you mind mentioning me to the head chef?",
        "When you see your manager, could you tell them I'm looking?",
        "Could you put a word in for me with the partners?",
        # The asker's way into the listener's own workplace.
        "What would it take for me to start at your bakery?",
        "Do you think I'd stand a chance at your agency?",
        "Does your practice need any receptionists at the moment?",
    ],
)
def test_offering_oneself_is_a_job_ask(text: str) -> None:
    assert flagged_rules(text, informational=True) == {"job_ask"}


@pytest.mark.parametrize(
    "text",
    [
        "How do people in your trade hear when a place becomes free?",
        "Is there anything I can do for you in return?",
        "Could I send you a few of my designs for your thoughts?",
        "What would your creative director look for in a showreel?",
        "Could I try out the software you mentioned before I buy it?",
        "What do you think of me going into nursing at my age?",
        "I'm after a foot in the door in radio. What would you do in my shoes?",
        "I'd love to hear what it's like to work on your team.",
        "Could you tell me what happens when a post opens up?",
        "If you hear of a good course, would you let me know?",
        "Where do studios like yours usually want portfolios sent?",
        "Who's the best person to send my questions to?",
        "Should I put my CV in front of a recruiter first, or apply directly?",
    ],
)
def test_near_misses_are_not_job_asks(text: str) -> None:
    assert "job_ask" not in flagged_rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        "Is your first-aid card still in date?",
        "Do you hold a current forklift ticket?",
        "Is your site pass still in date?",
    ],
)
def test_credential_checks_in_hiring_are_not_yes_no(text: str) -> None:
    assert flagged_rules(text, hiring=True) == set()


@pytest.mark.parametrize(
    "text",
    [
        # An ability, not a favour: "keep", "put" and "send" are requests only with "me".
        "Can you keep calm when three orders go wrong at once?",
        "Could you keep going through a twelve-hour shift?",
        "Could you keep an eye on the door and the till at once?",
        # The auxiliary dropped.
        "Got any questions for us?",
        "Anything you'd do differently next time?",
        "Ever managed a budget on your own?",
        # Card payments are not a credential.
        "Do you handle card payments confidently?",
    ],
)
def test_closed_questions_in_hiring_stay_yes_no(text: str) -> None:
    assert flagged_rules(text, hiring=True) == {"yes_no"}


def test_a_favour_with_keep_stays_a_request() -> None:
    assert flagged_rules("Could you keep me posted on how the course goes?") == set()


def test_let_me_know_is_a_request() -> None:
    assert flagged_rules("Would you let me know which evening suits you?") == set()


@pytest.mark.parametrize(
    "text",
    [
        # A statement of what something is, or a conclusion drawn with "must", put for a nod.
        "Retail's a young person's game, really?",
        "After ten years on the tools your knees must be feeling it?",
        # A premise stated as certain before the question.
        "I bet the first winter on the farm was brutal. How did you get through it?",
        "Of course the training was a slog. How did you keep at it?",
        # How much, when that it did is settled.
        "How much did the constant reorganising wear you down?",
        "How much worse is agency work than a permanent post?",
        # A degree settled in the clause the question rests on.
        "How do you stay positive when the workload is this heavy?",
        "How do you keep going when the funding is so stretched?",
        # Chaos or doom settled in a word; delight presupposed.
        "How did you get through the inevitable slump in year two?",
        "How do you keep your head in a snake pit like that?",
        "How amazing was it to see your first building go up?",
        # Consensus stated as settled before the question.
        "We all know the sector is underfunded. Why did you stay?",
        # A verdict settled in the opening clause.
        "Since the hours are shocking, why stay?",
        "Considering the pay is dire, what keeps you?",
        # A guess after a courtesy and "but".
        "Correct me if I'm wrong, but it's mostly night work?",
    ],
)
def test_premises_put_for_a_nod_are_leading(text: str) -> None:
    assert "leading" in flagged_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've heard the first winter is hard. How true was that for you?",
        "How much does the job pay at the start?",
        "How do you plan the week when the workload is so varied from day to day?",
        "What's the team's biggest challenge right now?",
        "With your background in retail, what would you find hardest?",
        "When the yard is this busy, what do you check first?",
        "Clearly it's a growing field. Where do you see it heading?",
        "Given the early starts, how do you plan your evenings?",
        "Correct me if I'm wrong, but how long was the course?",
        "How great a part does luck play in getting published?",
    ],
)
def test_neutral_questions_are_not_leading(text: str) -> None:
    assert "leading" not in flagged_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Describe the last rota you drew up. What went wrong?",
        "Describe the hardest audit you've led. How did it turn out?",
        "Should a post come up in your lab, could you let me know?",
        # A closed clause that only offers a guess at the answer.
        "How did you train, was it on the job?",
    ],
)
def test_one_question_with_its_follow_on_is_not_double(text: str) -> None:
    assert "double" not in flagged_rules(text, informational=True)


@pytest.mark.parametrize(
    "text",
    [
        # A comma chain with no "and": a contracted wh-word or an auxiliary and subject.
        "What's the pay like at the depot, how's the parking?",
        "What's the rota like, do you get weekends off, is there overtime?",
        # A scene-setting clause, then a chain of questions.
        "If a delivery arrives damaged, who do you call, and what do you write down?",
        # A second question with its auxiliary dropped.
        "Walk me through your last placement. Got a favourite ward?",
    ],
)
def test_chained_questions_are_double(text: str) -> None:
    assert "double" in flagged_rules(text)


def test_a_tag_after_a_comma_is_not_a_second_question() -> None:
    assert "double" not in flagged_rules("What's the hardest part of the job, do you think?")


def test_a_job_ask_silences_the_leading_hint_in_its_own_sentence_only() -> None:
    beside = (
        "Your firm sounds great, surely it's the best place to train? Could you keep me in mind?"
    )
    assert {"leading", "job_ask"} <= flagged_rules(beside, informational=True)
    assert flagged_rules("Keep me in mind, would you?", informational=True) == {"job_ask"}
