"""The ``illegal`` rule (hiring interviews only): questions about a protected characteristic.

A question about age, family plans and children, pregnancy, health, religion, national
origin, marital status and partners, sexual orientation or gender identity is flagged, with
why and a lawful alternative that asks about what the job needs. Each topic is a class of
wording, proxies included (the decade someone started work, the language spoken at home, who
lives with them, past injuries). Asking whether someone has the legal right to work, holds a
licence the job needs, is over a legal minimum age for a task, or can do the job's tasks with
or without adjustments is lawful and is not flagged. A topic that belongs to someone the job
serves or works with ("a colleague going through IVF", "a pupil with dyslexia", "a patient who
refuses their medication") is not the candidate's, and is not flagged either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_tui.coaching.checker_base import WHY, QuestionFlag
from interview_tui.coaching.checker_illegal_others import about_training, others_dealt_with
from interview_tui.coaching.checker_illegal_proxies import CASED, EXTRA
from interview_tui.coaching.checker_illegal_smalltalk import SMALL_TALK


@dataclass(frozen=True)
class _Topic:
    name: str
    pattern: re.Pattern[str]
    alternative: str


def _topic(name: str, alternatives: str, pattern: str) -> _Topic:
    for extra in (EXTRA, SMALL_TALK):
        if name in extra:
            pattern = f"{pattern}|{extra[name]}"
    return _Topic(name, re.compile(pattern, re.IGNORECASE), alternatives)


TOPICS = (
    _topic(
        "age",
        "Ask about the experience the job needs: 'What experience do you have of…?'; if the "
        "law sets a minimum age for the task, ask only whether they meet it.",
        r"\bhow old(?= (?:are|were|will|would|is|was) (?:you|they|she|he|your)\b|\W*$)"
        r"|\bwhat year were you born\b|\bdate of birth\b|\byour age\b"
        r"|\b(?:older|younger) than the rest\b|\bbefore you retire\b|\bretire(?:ment)?\b"
        # A decade of life, the candidate's or the team's they would join: "in your forties",
        # "a crew in their twenties".
        r"|\b(?:your|their) (?:early |mid |late |mid-)?(?:twenties|thirties|forties|fifties"
        r"|sixties)\b"
        r"|\bgraduated in (?:19|20)\d\d\b|\b(?:late|early|mid) (?:twenties|thirties|forties"
        r"|fifties|sixties)\b"
        # When someone left school dates their birth as surely as asking it.
        r"|\b(?:when|what year|which year) did you (?:finish|leave|graduate from) (?:secondary "
        r"|high |primary )?school\b"
        # Other dates that give the age away: A levels, GCSEs, a graduation year.
        r"|\b(?:when|what year|which year) did you (?:finish|leave|sit|take|do|complete|graduate)"
        r"(?: from)? (?:your |the |secondary |high )?(?:a[- ]levels?|gcses?|o[- ]levels?"
        r"|highers|leaving cert\w*|sixth form|school|college|university|uni|degree)\b"
        r"|\bwhen did you graduate\b|\bat your age\b|\bat your stage of life\b"
        # Placing the candidate by age: "near the end of your career", "older than our usual
        # trainees", "a young, energetic team".
        r"|\b(?:end|twilight|tail end) of your (?:career|working life)\b"
        r"|\byou(?:'re| are|'d be| would be) (?:\w+ ){0,3}(?:older|younger) than\b"
        r"|\b(?:we're|we are|it's|our|this is) (?:a |an )?(?:very |quite |really )?young,? "
        r"(?:energetic |dynamic |lively |fresh )?(?:team|crowd|workforce|staff)\b"
        r"|\bhow long ago did you (?:leave|finish|graduate)\b|\b(?:what|which) generation\b"
        r"|\bhow (?:much )?longer (?:do|would|will) you (?:see yourself |plan to |want to )?work"
        r"|\bback in the (?:fifties|sixties|seventies|eighties|nineties)\b|\bgr[ae]y hair\b"
        r"|\bsomeone (?:much |a lot |far |quite a bit )?younger\b"
        r"|\bat this stage of (?:your )?life\b"
        # Over 18 for alcohol is lawful; over 50 is only about age.
        r"|\bare you (?:over|under) (?:[3-9]\d|thirty|forty|fifty|sixty)\b"
        # "Would you fit in with a young team?" asks whether the candidate is young enough.
        r"|\b(?:fit|fit in|get on|keep up|cope) with (?:a |our |the |such a )?(?:very |quite )?"
        r"young(?:er)? \w+|\byoung(?:er)? \w+ like ours\b"
        r"|\bour (?:team|staff|crowd|office) (?:is|are) (?:very |quite |all )?young\b"
        # Placing the candidate among the older or younger staff: "You'd be one of the older
        # people on the team", "the youngest in the office by far".
        r"|\bone of the (?:older|oldest|younger|youngest)\b"
        r"|\byou(?:'d| would|'ll| will|'re| are) (?:be )?the (?:oldest|youngest)\b"
        # When a working life began or how much of it is left: "Which decade did you start
        # work in?", "How many working years have you got left?", "ready to slow down".
        r"|\b(?:which|what) decade (?:did|were|was) you\b"
        r"|\bworking (?:years|life)\b[^.?!]*\b(?:left|ahead|remaining)\b"
        r"|\b(?:what|which) year did you (?:first )?start (?:work|working|your first job)\b"
        r"(?! (?:in|on|with|at|as|for) )|\bcall(?:ing)? it a day\b"
        r"|\bhang(?:ing)? up your (?:boots|tools)\b"
        r"|\bhow many more years\b[^.?!]*\b(?:working|in you|retire)\b"
        r"|\b(?:more|remaining) working years\b|\byears\b[^.?!]*\b(?:left )?in you\b"
        r"|\b(?:ready|time|about|looking|thinking) to (?:slow|wind|ease) (?:down|off)\b"
        # A guess at the number: "What are you now, sixty?", "You must be about fifty?"
        r"|\bwhat are you now\b|\b(?:you(?:'re| are|'d be| must be| would be)|are you) "
        r"(?:about |nearly |almost |roughly |what,? )?(?:[2-7]0|twenty|thirty|forty|fifty|sixty"
        r"|seventy)(?:[- ]?(?:something|odd|ish))?\b(?=\s*(?:[?,.!]|$|now\b|or so\b|by now\b))",
    ),
    _topic(
        "family",
        "State the hours, travel or shifts the job needs and ask whether anything would stop "
        "them meeting them.",
        r"\bstart(?:ing)? a family\b|\b(?:have|having|any) (?:kids|children)\b"
        r"|\byour (?:own )?(?:kids|children|little ones|toddlers?|babies|sons?|daughters?)\b"
        # The candidate's childcare, not the field ("a Level 3 in childcare", "childcare work").
        r"|(?<!in )(?<!of )\bchildcare\b(?! (?:work|workers?|settings?|sector|experience"
        r"|qualifications?|roles?|practitioners?|providers?|centres?|courses?|level|jobs?))"
        # "Young children" of the candidate's own, not the ones the job looks after.
        r"|\b(?:your|have|got|has) (?:\w+ )?young (?:kids|children)\b"
        r"|\bwith (?:two|three|four|\d+) (?:\w+ )?(?:kids|children)\b"
        r"|\bfamily (?:commitments|plans)\b|\blook(?:s|ing)? after your "
        r"(?:kids|children|family|baby)\b|\blook(?:s|ing)? after the (?:kids|children|baby) "
        r"while you\b|\b(?:kids|children) do you have\b|\bschool runs?\b"
        # Who collects the children: "Who picks the kids up?", "collect your children".
        r"|\b(?:pick|picks|picking|collect|collects|collecting|drop|drops|dropping) (?:the |your )?"
        r"(?:kids|children|little ones)\b"
        # Plans for children, however they are put: "on the cards", "having more children".
        r"|\b(?:kids|children|a baby|babies|a family)\b[^.?!]*\bon the cards\b"
        r"|\b(?:have|having|had|want|wanting) (?:more |any more |another )?(?:kids|children|a baby"
        r"|another baby|another child)\b|\b(?:kids|children|a baby|a family) (?:soon|in the "
        r"(?:next|near|coming)|any time)\b"
        # Who minds the children while the candidate works: "someone to have the children".
        r"|\bsomeone to (?:have|mind|watch|look after|take|collect|pick up) (?:the |your )?"
        r"(?:kids|children|baby|little ones)\b"
        r"|\b(?:kids|children|baby) (?:when|while) you(?:'re| are) (?:at work|working|on )"
        r"|\b(?:a |your |the )?(?:baby|babies|kids|children|toddlers?|little ones) at home\b"
        r"|\bparental leave\b|\b(?:kids|children) have you got\b|\bgrand(?:children|kids)\b"
        # Children as a future event: "Any little ones on the horizon?", "Is a baby next?"
        r"|\b(?:kids|children|little ones|a baby|babies|a family|a little one|another one)\b"
        r"[^.?!]{0,20}\b(?:on the (?:horizon|cards|way|list)|next|planned|in the pipeline"
        r"|in (?:the|your) (?:future|plans)|any time soon)\b"
        r"|\b(?:kids|children|little ones) of your own\b"
        # Who minds the candidate's children: "If the childminder lets you down…". Not the
        # job itself ("worked as a nanny").
        r"|(?<!as )\b(?:your|the) (?:childminder|child-minder|babysitter|nanny|au pair"
        r"|nursery place)\b"
        r"|\bplans for a family\b|\bbeing a (?:mum|mom|dad|parent|mother|father)\b|\bivf\b"
        r"|\bfertility\b|\btrying for (?:a baby|kids|children)\b|\bmenopaus\w*"
        r"|\b(?:kids|children) (?:are|get|fall) (?:ill|sick|off school)\b"
        r"|\bare you (?:a |an )?(?:mother|mum|mom|father|dad|parent)\b"
        r"|\b(?:for|do|doing|with|your) (?:the )?(?:nursery|school) (?:pick-?ups?|drop-?offs?)\b"
        # Caring for a relative is protected by association.
        r"|\bcaring (?:duties|commitments)\b"
        r"|\b(?:look(?:s|ing)? after|car(?:e|es|ing) for) (?:an? |your )?"
        r"(?:elderly |sick |disabled |ageing |aging |poorly )?"
        r"(?:parents?|relatives?|mother|father|mum|dad|mom|partner|husband|wife)\b"
        r"|\bcaring responsibilities\b|\ba carer for\b|\bdependants\b|\bdependents\b"
        # Who depends on the candidate at home, however it is put.
        r"|\b(?:anyone|anybody|someone|people|who)(?: else)? (?:at home )?(?:who )?"
        r"(?:depends?|relies|rely) on you\b(?! (?:at|in|on) (?:work|the|your|our) )"
        r"|\b(?:anyone|anybody|someone|who(?:'s| is)?) (?:else )?at home (?:who|that|with you)\b"
        # Who keeps the home going while the candidate works.
        r"|\bat home (?:while|when) you(?:'re| are) (?:at work|working|away)\b"
        r"|\bwho (?:looks after|minds|runs|holds) (?:\w+ )?(?:at home|the house|the fort)\b",
    ),
    _topic(
        "pregnancy",
        "State the start date and the hours, and ask about availability for those.",
        r"\bpregnan\w*|\bmaternity leave\b|\bpaternity leave\b"
        r"|\b(?:the|your) baby(?:'s)? (?:is )?due\b|\bdue date\b"
        # "Are you expecting?" but not "What salary are you expecting?"
        # "Are you expecting?" standing alone, not "…expecting any changes", "…a raise".
        r"|(?<!salary )(?<!pay )\bare you expecting\b(?=\s*(?:[?,.!]|$|again|soon|a baby|yet"
        r"|at the moment|right now|by any chance))"
        r"|\byou(?:'re| are) (?:not )?expecting\b(?=\s*(?:[,?.!]|$|again|soon|a baby))"
        r"|\b(?:baby|little one) on the way\b",
    ),
    _topic(
        "health",
        "Describe the tasks and ask whether they need any adjustments to do them, or to "
        "take part in the interview.",
        r"\bhealth (?:problems|issues|conditions)\b|\bmental health\b"
        # The candidate's own medication, not a patient's ("refuses their medication").
        r"|\byour (?:\w+ )?medications?\b|\bany medications? (?:we|that|i|you)\b"
        r"|\byou(?:'re| are)? (?:\w+ )?(?:on|take|taking) (?:any |your |regular |daily "
        r"|prescribed )*medications?\b|\bmedications? (?:are|do|have) you\b"
        r"|\bsick days\b|\bsickness\b|\blong-term conditions?\b|\bdisabilit\w*"
        # Time off sick, however it is put: "How many days were you off sick last year?"
        r"|\b(?:off|time off|days off|leave|absent|absence) (?:\w+ )?(?:sick|ill|unwell)\b"
        r"|\bhow many days (?:were you|have you been|did you have|did you take) off\b(?! for)"
        r"|\bcalled in sick\b|\bsick (?:leave|notes?|record)\b"
        r"|\billness\w*|\bmedical conditions?\b|\byour (?:overall |general )health\b"
        r"|\byour health (?:overall|in general|like)\b|\bdescribe your health\b"
        # The candidate's own treatment, not the patients' they would care for.
        r"|\b(?:have|had|were|are) you (?:ever )?(?:been )?(?:diagnosed|treated)\b"
        r"|\byou (?:ever )?suffer(?:ed)? from\b"
        # Stress, depression and the like, about the candidate rather than the work.
        # Signed off sick, not work signed off ("the last rewire you signed off").
        r"|\b(?:been|were|was|got|get|getting|being) signed off\b(?! (?:on|as|by))"
        r"|\bsigned off (?:sick|work|ill|with|for (?:stress|\w+ (?:weeks|months)))\b|\b(?:off"
        r"|time off|leave) (?:work )?(?:with|for|due to|because of) "
        r"(?:stress|depression|anxiety|burnout|your (?:back|health|nerves))\b"
        r"|\byou(?:'ve| have)? (?:ever )?(?:had|suffered (?:from|with)|been treated for) "
        r"(?:any |a |an )?(?:\w+ )?(?:stress|depression|anxiety|burnout)\b"
        r"|\banxiety (?:disorder|attacks?)\b|\bnervous breakdown\b"
        r"|\b(?:history|record) of (?:stress|depression|anxiety|mental|illness|sickness)\b"
        r"|\bsick(?:ness)? (?:record|history)\b|\b(?:taking|on) any (?:medicines?|tablets|pills)\b"
        # The candidate's own prescriptions, not the ones a pharmacist or nurse handles.
        # Medication by another name: "Do you take anything for your nerves?"
        r"|\b(?:take|taking|on) (?:anything|something) for (?:your|the) (?:nerves|anxiety|pain"
        r"|depression|back|heart|sleep|blood pressure|headaches|migraines?|condition)\b"
        r"|\b(?:prescriptions?|medicines?|meds|tablets|pills) (?:are|do|have) you (?:on|taking"
        r"|take|been prescribed)\b|\b(?:are|were) you (?:on|taking) (?:any )?(?:prescriptions?"
        r"|meds)\b"
        r"|\b(?:have|had|got) (?:any|a) (?:\w+ )?conditions?\b"
        r"|\b(?:any|a) (?:health|medical|mental|physical|chronic|underlying|pre-existing) "
        r"(?:\w+ )?conditions?\b|\bare you (?:\w+ )?disabled\b"
        r"|\b(?:about|is) your health\b|\byour health generally\b|\bin good health\b"
        r"|\b(?:been|stayed|spent time) (?:to |in )hospital\b"
        r"|\b(?:your|any|have|got) (?:back|heart|knee|joint|breathing|hearing|eyesight|memory"
        r"|mobility|sleep) (?:problems?|issues?|trouble)\b|\bfully fit\b"
        r"|\b(?:had|having|need|needed) (?:an? |any )?(?:operations?|surgery|surgeries)\b"
        r"(?! (?:experience|role|roles|team|manager|management|work|background))"
        r"|\b(?:done|put) your (?:back|knee|shoulder|neck|ankle|wrist) (?:in|out)\b"
        # Past injuries: "Have you ever hurt your back?", "any previous injuries?"
        r"|\b(?:hurt|injured|injure|damaged|strained|broken|broke|pulled|put out|done in) "
        r"(?:your|a) (?:back|neck|shoulders?|knees?|wrists?|arms?|legs?|ankles?|hips?|hands?"
        r"|feet|foot|disc|spine|hamstring)\b"
        r"|\b(?:any|previous|past|old|prior|history of|had) (?:\w+ )?injur(?:y|ies)\b"
        r"|\binjur(?:y|ies) (?:history|record)\b|\bever been injured\b"
        r"|\b(?:how's|how is|is) your (?:eyesight|hearing|sight|vision|back|memory|mobility"
        r"|weight|blood pressure)\b"
        # The candidate's own body: "any trouble with your back?", "Are your knees OK?"
        r"|\b(?:trouble|problems?|issues?|pain|aches?|niggles?|bother|wrong) (?:with |in |from )?"
        r"your "
        r"(?:back|neck|knees?|shoulders?|hips?|joints?|heart|lungs|chest|eyes|eyesight|hearing"
        r"|ears|wrists?|hands|feet|legs|arms|spine|nerves|weight|blood pressure|memory)\b"
        r"|\byour (?:back|neck|knees?|shoulders?|hips?|joints?|heart|lungs|chest|eyesight"
        r"|hearing|wrists?|spine) (?:ok|okay|alright|all right|good|bad|playing up|holding up)\b"
        # Aids the candidate uses stand for the disability: "Is the hearing aid going to be a
        # problem?", "your wheelchair"; not the residents' ("the resident's hearing aid").
        r"|\byour (?:hearing aids?|wheelchair|walking stick|crutches|guide dog|prosthetic"
        r"\w*|cochlear implant|insulin|inhaler|stammer|stutter|limp)\b"
        r"|\b(?:the|that) (?:hearing aids?|wheelchair|walking stick|crutches|guide dog|stammer"
        r"|stutter|limp)\b[^.?!]*\b(?:problem|issue|affect|get in the way|slow|stop|hold you)"
        # An aid pointed at as small talk: "Is that a hearing aid?", "Is this a cochlear
        # implant?"; what the candidate wears stands for the disability.
        r"|\b(?:is|are) (?:that|this|those|these) (?:a |an )?(?:hearing aids?|walking sticks?"
        r"|cochlear implants?|insulin pumps?|prosthetic\w*|splints?|braces?)\b(?! loops?\b)"
        r"|\byou(?:'re| are) (?:in a wheelchair|deaf|blind|partially sighted|hard of hearing)\b"
        r"|\b(?:are|were) you (?:deaf|blind|partially sighted|hard of hearing)\b"
        # The candidate's own neurodivergence, not the pupils' or clients' the job serves.
        r"|\b(?:are you|do you have|have you got|you have|diagnosed with) (?:any |a |an |on the "
        r"|been |got )?(?:adhd|autis\w*|neurodiver\w*|dyslexi\w*|dyspraxi\w*)",
    ),
    _topic(
        "religion",
        "State the working pattern and ask whether they can work it; leave beliefs out.",
        r"\breligio\w*|\bramadan\b|\bchurch\b|\bmosque\b|\bsynagogue\b|\btemple\b"
        r"|\bsabbath\b|\bpray\w*|\byour faith\b|\bholy days?\b|\breligious (?:holidays"
        r"|festivals)\b|\bdo you celebrate\b|\b(?:do|don't) you drink alcohol\b"
        # Named faiths and their holidays: "Are you Muslim?", "Do you fast at Ramadan?"
        r"|\b(?:muslim|christian|jewish|jew|hindu|sikh|buddhist|catholic|protestant|atheist"
        r"|islam\w*|judaism|hinduism|sikhism|buddhism|gurdwara|eid|diwali|passover|yom kippur"
        r"|hijab|headscarf|turban|(?:your|the|a) kara|kirpan|kippah|yarmulke|skullcap|niqab|burqa"
        r"|crucifix"
        r"|rosary|bindi|tilak|dastar|patka|hajj)\b|\b(?:go to|going to|at) mass\b"
        r"|\b(?:eat|eats|keep|keeps) (?:halal|kosher)\b|\byour (?:beliefs|faith)\b"
        r"|\bfasting\b|\breason (?:why )?you (?:don't|do not) (?:drink|eat)\b"
        r"|\beat(?:ing)? pork\b",
    ),
    _topic(
        "national origin",
        "Ask whether they have the right to work here, and about the language skills the "
        "job needs.",
        # "Where are you really from?", "Where's home originally?", "ethnically".
        r"\bwhere(?:'s| is| are)? (?:you|home)\b[^.?!]*\b(?:really|originally)\b"
        r"|\bethnically\b|\byour (?:\w+ )?(?:ethnic|racial|cultural) (?:background|origins?"
        r"|heritage)\b|\b(?:british|uk|irish|eu|foreign) passport\b"
        r"|\boriginally from\b|\bwhere are you from\b|\bfirst language\b|\bnative (?:speaker"
        r"|language|tongue)\b|\bparents born\b|\baccent\b|\bnationality\b|\bwhat country\b"
        r"|\bborn here\b|\bwere you born\b|\bcome from originally\b|\byour ethnic\w*"
        r"|\bethnicity\b|\bnaturali[sz]ed\b"
        r"|\b(?:are you an?|your) (?:\w+ )?citizen(?:ship)?\b|\bcitizenship\b"
        # Birth, upbringing and home language stand in for origin: "British by birth", "the
        # language you grew up speaking".
        r"|\bby birth\b|\bborn (?:in|here|abroad|overseas|and (?:bred|raised)|british)\b"
        r"|\bwhere (?:\w+ ){0,3}born\b|\b(?:british|uk|english)-born\b"
        r"|\b(?:grew|grow|growing) up speaking\b|\blanguage\b[^.?!]*\b(?:grew|grow|growing) up\b"
        r"|\bwhere did you grow up\b|\bmother tongue\b|\bhome language\b"
        r"|\b(?:family|parents) (?:\w+ )?from\b|\byour (?:\w+ )?heritage\b"
        r"|\blearn(?:t|ed)? (?:your )?english\b|\balways lived (?:in|here)\b"
        r"|\b(?:are|were) (?:you|your parents|your family) (?:an? )?immigrants?\b"
        r"|\bdid (?:you|your parents|your family) (?:immigrate|emigrate)\b"
        # A name's origin stands for the person's: "What sort of name is that?"
        r"|\b(?:sort|kind|type) of (?:a )?name (?:is that|is it|is yours)\b|\byour real name\b"
        r"|\b(?:your|that) (?:sur)?name\b[^.?!]*\bwhere(?:'s| is| does) (?:it|that)\b"
        r"|\b(?:lived|been living) in (?:this|the) country\b"
        r"|\bwhere(?:'s| is| does| did) (?:your|the|that) (?:sur|first |family |last )?name\b"
        r"|\bnon-?native speaker\b|\bhow long have you been over here\b|\b(?:came|come"
        r"|moved) over here\b"
        r"|\bnationality-?wise\b"
        # Which passport, or where a name comes from: origin asked the long way round.
        r"|\bpassport\b[^.?!]*\b(?:british|foreign|somewhere|country"
        r"|from (?:another|abroad|overseas|elsewhere))\b"
        r"|\b(?:which|what) passport\b|\b(?:your|that) (?:sur|first |family |last )?name(?:'s"
        r"| is) (?:\w+ )?(?:unusual|unique|interesting|exotic|different|foreign|uncommon)\b"
        # The country someone is from, not the one they trained in.
        r"|\bwhich country (?:are|were) you\b|\bwhich country do you come from\b"
        r"|\b(?:language|languages) (?:do |did )?(?:you |your family |your parents )speak at home\b"
        # The language of home, however it is asked: "What do you speak at home?"
        r"|\bspeak (?:\w+ ){0,2}(?:at home|with your (?:mum|mom|dad|parents|family|mother"
        r"|father|gran\w*|grand\w*))\b"
        r"|\b(?:are|were) you (?:a |an )?(?:british|english|scottish|welsh|irish|polish|romanian"
        r"|indian|pakistani|bangladeshi|nigerian|chinese|american|australian|canadian|french"
        r"|german|italian|spanish|portuguese|foreign|foreigner|european|immigrant|migrant)\b(?!-)",
    ),
    _topic(
        "marital status",
        "Leave partners out; if the job needs relocation or travel, state it and ask whether "
        "they can do it.",
        r"\bmarried\b|\b(?:your|a) (?:husband|wife|partner|spouse|girlfriend|boyfriend)\b"
        # "A partner at the firm" is a colleague, not a spouse.
        r"(?! (?:at|in|of|on|from|firm|agency|organisation|organization|company|business))"
        r"|\bmaiden name\b|\bman or a woman\b|\bare you single\b"
        r"|\b(?:are|were) you (?:\w+ )?(?:single|engaged|divorced|widowed|separated"
        r"|seeing anyone|in a relationship)\b|\bother half\b|\bfianc\w*"
        r"|\bsignificant other\b|\bsettl(?:e|ing) down\b"
        r"|\b(?:who do you|do you) live with\b|\bliving with anyone\b|\bis there a (?:mr|mrs)\b"
        r"|\bwho (?:else )?(?:lives|is living|'s living) with you\b"
        r"|\bwho (?:else )?lives (?:in|at) your (?:house|home|flat|place)\b|\b(?:live|living) "
        r"(?:at home )?with (?:anyone|anybody|someone|your (?:parents|family|partner))\b"
        r"|\btied the knot\b|\bgot hitched\b|\bnewly ?wed\w*|\bhoneymoon\b|\byour wedding\b"
        r"|\bjust you at home\b|\b(?:live|living) (?:on your own|alone|by yourself)\b"
        # People to care for at home: "have you got people to see to in the evenings?"
        r"|\b(?:have you got|do you have|you've got|you have|got) (?:\w+ )?(?:people|someone|anyone"
        r"|family|relatives|parents) (?:\w+ )?to (?:see to|look after|care for|take care of"
        r"|get home to|get back to|get back for)\b"
        r"|\b(?:mrs|miss|ms) or (?:mrs|miss|ms)\b|\b(?:boyfriend|girlfriend|husband|wife|spouse)\b",
    ),
    _topic(
        "trade union membership",
        "Leave it out: whether someone belongs to a union must not affect hiring.",
        r"\b(?:in|join|joined|joining|belong to|member of) (?:a|the|any) (?:trade )?unions?\b"
        r"|\b(?:you|you're|your|been) (?:a |an |any )?(?:trade )?union (?:member|membership"
        r"|activit(?:y|ies)|rep)\b"
        # A union named: "Are you a member of Unite?", "Did you join the RMT?".
        r"|\b(?:member of|belong to|join|joined|joining|in) (?:the )?(?:unite|gmb|rmt|aslef"
        r"|usdaw|nasuwt|bectu|ucu|cwu|fbu|neu)\b|\b(?:member of|belong to|joined) (?:the )?"
        r"(?:unison|rcn|bma|pcs|nut)\b"
        # A role in a named union: "Were you ever a Unite rep?", "an RMT steward".
        # Not "Who is the Unite rep on site?", which asks who to deal with.
        r"|\b(?:a|an) (?:unite|gmb|rmt|aslef|usdaw|nasuwt|bectu|ucu|cwu|fbu|neu|unison|rcn|bma|pcs)"
        r" (?:rep|representative|steward|shop steward|official|organi[sz]er|member)\b",
    ),
    _topic(
        "sexual orientation",
        "Leave it out: nothing about the job depends on it.",
        r"\b(?:your )?sexual orientation\b|\byour sexuality\b"
        r"|\b(?:are you|you're|you are|were you)(?: not)?(?: \w+)? (?:gay|lesbian|bisexual|bi"
        r"|queer|straight|homosexual)\b|\b(?:boyfriend|girlfriend) or (?:a )?(?:girlfriend"
        r"|boyfriend)\b",
    ),
    _topic(
        "gender identity",
        "Leave it out: nothing about the job depends on it.",
        r"\b(?:are|were) you (?:a )?trans(?:gender|sexual)?\b|\byour gender identity\b"
        r"|\balways (?:been )?an? (?:woman|man|girl|boy)\b"
        r"|\bassigned (?:\w+ )?at birth\b|\b(?:sex|gender) (?:you were )?assigned\b"
        r"|\bborn (?:a )?(?:male|female|man|woman|boy|girl)\b"
        # "Have you transitioned?", but not a move between jobs ("transitioned to management").
        r"|\b(?:have|did|are|were) you (?:ever )?(?:\w+ )?transition(?:ed|ing)?\b"
        r"(?! (?:to|from|into|between|out|away|across|over|back|roles?|jobs?|careers?|teams?))"
        r"|\bidentify as (?:a )?(?:male|female|man|woman|trans\w*|non-binary)\b"
        r"|\b(?:are you )?(?:male or female|a man or a woman)\b"
        r"|\bgender reassignment\b|\bsex change\b|\b(?:your )?dead ?name\b",
    ),
)


def _mentions(topic: _Topic, text: str) -> list[re.Match[str]]:
    """Every mention of ``topic`` in ``text`` that is the candidate's, in the order found."""
    cased = CASED.get(topic.name)
    found = [topic.pattern.finditer(text), cased.finditer(text) if cased else iter(())]
    return [
        m
        for ms in found
        for m in ms
        if not _about_someone_else(text, m)
        and not others_dealt_with(text, m)
        and not (topic.name == "national origin" and about_training(text, m))
    ]


def protected_spans(text: str) -> list[tuple[int, int, str]]:
    """Where the text touches a protected topic, every mention (not only the first), with the
    topic's name, so that the hints a protected question triggers can be dropped with it:
    "Is that a Welsh surname? Where's your family from?" is one line of questioning."""
    return sorted(
        (m.start(), m.end(), topic.name) for topic in TOPICS for m in _mentions(topic, text)
    )


def protected_topics(text: str) -> list[QuestionFlag]:
    """``illegal`` flags: one per protected topic the text asks about, at its first mention."""
    flags: list[QuestionFlag] = []
    for topic in TOPICS:
        match = next(iter(_mentions(topic, text)), None)
        if match is None:
            continue
        flags.append(
            QuestionFlag(
                "illegal",
                match.start(),
                match.end(),
                f"It asks about {topic.name}. " + WHY["illegal"],
                topic.alternative,
            )
        )
    return flags


# Someone the job deals with, not the candidate: "a colleague going through IVF", "a pupil
# with dyslexia", "customers who complain about their medication".
_THIRD_PARTY = re.compile(
    r"\b(?:colleagues?|patients?|clients?|customers?|pupils?|students?|residents?|service "
    r"users?|users?|guests?|visitors?|members? of (?:staff|the public)|employees?|staff member"
    r"|team members?|staff|children in your care|parents of|families|learners?|tenants?|callers?"
    r"|passengers?|someone|somebody|a person|people"
    # The people the job serves, named as its client group: "working with adults with
    # learning disabilities", "supporting older people with dementia".
    r"|adults?|young people|older people|(?:the )?elderly|individuals|veterans|offenders"
    r"|survivors|(?:work|working|worked|works) with)\b",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(r"\b(?:you|your|you're|you've|yourself)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:she|he|they|her|his|their|hers|them)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.?!\n]")


def _about_someone_else(text: str, match: re.Match[str]) -> bool:
    """Whether the words just before ``at`` name a third party the topic belongs to, with no
    mention of the candidate in between: "How would you support a colleague going through
    IVF?" is about the colleague; "people half your age" is about the candidate."""
    if _CANDIDATE.search(match.group()):
        return False
    at = match.start()
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, at)), default=0)
    before = text[start:at]
    ends = [found.end() for found in _THIRD_PARTY.finditer(before)]
    if not ends:
        return False
    yours = [found.end() for found in _CANDIDATE.finditer(before, ends[-1])]
    # "…a member of staff told you she was pregnant": "she", after "you", owns the topic.
    theirs = [found.end() for found in _THIRD_PERSON.finditer(before, ends[-1])]
    return not yours or bool(theirs and theirs[-1] > yours[-1])
