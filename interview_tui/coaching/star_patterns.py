"""The phrase patterns behind :mod:`interview_tui.coaching.star`: what a task, a result and a
non-result sound like, in lower-cased text with straight apostrophes (see that module's
docstring for what each counts)."""

from __future__ import annotations

import re

NUMBER = (
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a few|a couple of|several|half|a third"
    r"|a quarter|a fifth|a tenth)"
)
SUBJECT = r"(?:i|we|my team|our team|the team|the two of us|both of us)"
# Job titles: "the design engineer", "senior carer", "volunteer lead".
ROLE = (
    r"(?:engineer|developer|designer|analyst|nurse|teacher|carer|clerk|assistant|administrator"
    r"|chef|cook|technician|scientist|consultant|volunteer lead|apprentice|trainee|intern"
    r"|librarian|receptionist|porter|driver|paramedic|secretary|treasurer|editor|accountant"
    r"|planner|architect|programmer|tester|auditor|steward|midwife|pharmacist"
    r"|carpenter|electrician|plumber|foreman|buyer|advisor|adviser|caseworker|registrar"
    r"|baker|butcher|barista|waiter|waitress|cashier|mechanic|gardener|surveyor|solicitor"
    r"|paralegal|hairdresser|deckhand|bookkeeper)"
)
SPAN = r"(?:days?|weeks?|months?|years?|hours?|minutes?|terms?|quarters?|shifts?)"
# A figure, where "a" and "an" count only before a measure ("from an hour to twenty minutes",
# not "from a pub kitchen to a French restaurant").
AMOUNT = (
    r"(?!(?:a|an) (?!(?:few|couple|third|quarter|fifth|tenth|half|dozen|hundred|thousand"
    rf"|million|fortnight|{SPAN})\b)){NUMBER}"
)

TASK_FORMS = (
    # The speaker's own obligation or aim: "we were meant to", "I needed to".
    rf"\b{SUBJECT}(?:'d|'re| had| was| were| got| been| really| still| then| also| just)*"
    r" (?:had to|needed to|have to|need to|meant to|supposed to|expected to|trying to"
    r"|wanted to|set out to|asked to|told to|tasked|given the job|in charge"
    r"|responsible|the one (?:who|answering|doing|running|covering)|on the hook"
    r"|accountable|promised|due to|volunteered to|signed up to|committed to"
    r"|hired to|brought in to|drafted in to|there to|had (?:a|an|the) (?:target|deadline"
    r"|goal|brief|quota|budget|job|task)|agreed to|offered to|took on|taken on|took over"
    r"|taken over|inherited"
    r"|handed|given|put in charge|left holding|left with|left to|stuck with|trying"
    r"|aiming|hoping to|determined to|after)\b",
    # A deadline said as the time there was: "we had until Friday to", "I'd got till
    # the Monday".
    rf"\b{SUBJECT}(?:'d| had| only| just)* (?:had|got) (?:only |just )?(?:until|till"
    r"|up to|by) \w+",
    rf"\bhad (?:only |just )?{NUMBER} {SPAN} to\b",
    # What had to be done by when: "we needed it moved by eight".
    rf"\b{SUBJECT} (?:needed|wanted|had to get) (?:it|them|this|that|everything"
    r"|the \w+)(?: \w+){0,2} (?:by|before)\b",
    r"\bin time for\b",
    # The aim as the speaker saw it: "homework was the way to get them revising".
    r"\b(?:the|the best|the only|a) way to get (?:them|him|her|everyone|people|the \w+)"
    r" (?:to )?\w+",
    # What the speaker wanted others to get from it: "I wanted them to understand".
    rf"\b{SUBJECT}(?: really| also| just)? (?:wanted|needed|aimed|hoped|meant)"
    r" (?:them|the (?:class|group|kids|children|pupils|students|team|staff|room)"
    r"|everyone|people|him|her) to\b",
    # A role named: "I was the shift lead", "as the team's coordinator".
    # "I was the only designer", "I was the senior officer", "as the new head of…".
    r"\b(?:i was|as) (?:the|their|our) (?:only|sole|senior|new|named|acting|duty"
    r"|designated|main|lead|head) \w+",
    r"\b(?:i was|as) (?:the|a|an|their|our) (?:\w+ ){0,2}(?:lead|leader|manager"
    r"|coordinator|supervisor|owner|captain|chair|organiser|organizer|rep|representative"
    r"|officer|point of contact)\b",
    # A target set for the speaker: "I was set a target of forty meetings a quarter".
    r"\b(?:i|we) (?:was|were) (?:\w+ )?set (?:a|an|the|my|our) (?:\w+ )?(?:target|goal"
    r"|deadline|challenge|task|brief|quota)\b",
    # What was new to the speaker is the challenge they took on: "everything had rules I'd
    # never seen", "I'd never taught early years" (not a step "which I'd never done").
    r"(?<!which )\b(?:i'd|i had|we'd|we had) never (?:seen|used|done|worked|come across|met"
    r"|heard|tried|learned|learnt|led|run|managed|taught|had to)\b",
    r"\b(?:was|were|all|completely|totally) new to (?:me|us)\b",
    r"\b(?:my|our) (?:\w+ )?(?:task|goal|aim|brief|responsibility|remit|target"
    r"|objective|mission|assignment|deadline)\b",
    r"\b(?:my|our) (?:job|role) (?:was|is|that \w+ was|as|in|on)\b",
    # The worry the speaker had is the problem they took on: "my worry was that…".
    r"\b(?:my|our) (?:\w+ )?(?:worry|concern|fear|headache) (?:was|is|being)\b",
    # A placement or apprenticeship is a role held: "the bakery where I did my placement".
    r"\b(?:i|we) (?:did|was doing|started|began) (?:my|our) (?:placement|apprenticeship"
    r"|internship|traineeship|secondment|work experience)\b",
    # A clash the speaker was in is the problem to sort out: "early on we clashed".
    r"\b(?:we|i) (?:\w+ )?(?:clashed|fell out|butted heads|locked horns)\b",
    r"\bpart of (?:my|our) (?:job|role)\b",
    r"\bthe (?:brief|goal|aim|target|objective|plan|idea|deadline|challenge|task|ask"
    r"|problem|issue|worry|risk|point|job|priority|question|whole point|whole idea"
    r"|hope|intention|purpose|request|remit)"
    r" (?:was|is|had been|being)\b",
    r"\bwhat (?:i|we) (?:needed|had) to (?:do|get|find|make|fix|deliver)\b",
    r"\b(?:it|the job|the work|this|that) (?:was|fell|landed|came) (?:up to|on|to|down to"
    r"|with) (?:me|us)\b",
    # "It was my job to", "that was my call", "it was our problem to solve".
    r"\b(?:it|this|that|which|fixing it|sorting it(?: out)?) (?:was|became|is) (?:my|our)"
    r" (?:\w+ )?(?:job|call|responsibility|problem|decision|project|area|patch|baby"
    r"|account|case|client|class|ward|team)\b",
    r"\b(?:landed|ended up) on (?:my|our) (?:desk|plate|lap)\b",
    r"\b(?:fell|landed|came) to (?:me|us)\b",
    r"\bso it landed with (?:me|us)\b",
    # Someone gave the speaker the job, or the feedback that set it.
    r"\b(?:asked|wanted|needed|expected|trusted|told|put|left|got) (?:me|us) (?:to|in"
    r" charge|with|if|whether|for)\b",
    r"\bcame to (?:me|us) (?:with|for|asking|because)\b",
    r"\bhad (?:\w+ )?asked (?:me|us|for)\b",
    r"\b(?:told|warned|showed) me (?:\w+ )?(?:that|i|my|the|how|it)\b",
    # A role held in the episode: "I was covering…", "I was on the returns desk".
    r"\bi was (?:\w+ )?(?:organising|organizing|running|leading|managing|coordinating"
    r"|covering|looking after|handling|chairing|heading|supervising|overseeing)\b",
    r"\bacting up\b",
    r"\b(?:i|we) (?:was|were) (?:on|working|covering|running|manning|staffing|behind)"
    r" (?:the|a|an)(?: \w+){0,2} (?:desk|counter|shift|rota|till|bar|phones|reception"
    r"|ward|duty|line|helpdesk|stall|door|committee)\b",
    r"\b(?:my|our) team (?:\w+ )?(?:produced|produces|ran|runs|owned|owns|looked after"
    r"|looks after|handled|handles|maintained|maintains|supported|supports)\b",
    r"\bnobody (?:owned|wanted|was doing) it\b",
    r"\bdue (?:in|on|by|at|that|the|next|this|within|for)\b",
    r"\bdeadline\b",
    # The problem the speaker lived with: "it was often wrong".
    r"\b(?:it|this|that|they) (?:was|were|kept) (?:often |always |constantly "
    r"|regularly |usually )?(?:wrong|late|broken|failing|behind|overdue|missing)\b",
    # ... or that others kept doing: "the older lads kept leaving him out".
    r"\bkept (?:leaving (?:\w+ ){0,2}out|ignoring|talking over|interrupting|excluding"
    r"|missing|forgetting|losing|skipping|cancelling|overlooking|mocking|undermining)\b",
    # A job title held in the episode: "I was the design engineer", "I was one of two
    # developers", "as senior carer", "I was volunteer lead on…".
    rf"\b(?:i was|i'm|i am|as) (?:(?:the|a|an|their|our|one of (?:the|{NUMBER}))"
    rf" )?(?:[\w-]+ ){{0,2}}?{ROLE}s?\b",
    # A post run in the present: "I run the library at a secondary school".
    r"\b(?:i|we) (?:run|manage|head|lead|look after|coordinate|chair|supervise|oversee)"
    r" (?:the|a|an|our|my)\b",
    # Taking the job on: "so I took it on myself", "took it upon myself".
    r"\btook (?:it|this|that|the job|the work) (?:on|upon)\b",
    # A requirement the work had to meet: "it had to be step-free".
    r"\b(?:it|they|everything|the (?:\w+ )?\w+) (?:had|needed) to be\b",
    # What was at stake: "if we missed the window, we'd lose yield".
    r"\bif (?:i|we) (?:missed|didn't|did not|failed|couldn't|could not|lost|got)"
    r"[^.!?]{0,60}?\b(?:we'd|i'd|we would|i would|it would|they'd|they would)\b",
)
TASK = re.compile("|".join(TASK_FORMS))


RESULT_FORMS = (
    # ... not the time of a step: "I stayed on an hour after my shift".
    rf"\b{NUMBER} {SPAN} (?:later|after(?:wards)?(?! (?:my|our|his|her|their)\b))\b",
    rf"\bwithin (?:about |around |the )?{NUMBER}(?: \w+)? {SPAN}\b",
    r"\bby (?:week|day|month|the end of|the time|the following|the next) \w+",
    # ... but "after that I just watched the others" is the speaker's next step.
    # What an estimate came to: "I said it would take two weeks and it took seven",
    # "Planned two months, took five".
    rf"\b(?:take|taking|planned|estimated|quoted|budgeted|allowed) (?:about |around |only "
    rf"|just )?{NUMBER}(?: {SPAN})?[,;]?(?: [\w']+){{0,3}}? (?:and |but )?(?:it |that |we |i )?"
    rf"(?:actually |really |eventually |in the end )?took (?:about |around |nearly |over "
    rf"|almost )?(?:{NUMBER}|twice|double|three times)\b",
    r"\bafter that\b(?!,? (?:i|we) (?:\w+ly |just |then |also |simply |quietly |mostly )?"
    r"(?!never|haven't|hadn't|didn't|have|had|was|were|got)\w+)",
    # "The next day he rang back", not a date shown "on the next day".
    r"(?<!\bon )\bthe (?:next|following) (?:\w+ )?(?:day|week|month|morning|year|quarter"
    r"|term|reports?|release|inspection|audit|season)\b",
    rf"\bfrom (?:about |around |roughly |over |under |nearly |almost )?{AMOUNT}"
    rf"[^.;]{{0,30}}? to (?:about |around |just |over |under |nearly |almost )?"
    rf"(?:{AMOUNT}|zero|nothing|none)\b",
    rf"\b(?:fell|dropped|rose|grew|went up|went down|came down|cut|halved|doubled"
    # ... but "I cut it to one a week" is the step, not what it changed.
    rf"|reduced|increased|improved|shortened) (?!(?:it|them|this|that) )(?:\w+ )?(?:by|to)"
    rf" (?:about |around "
    rf"|roughly |over |under |nearly |almost |just )?{NUMBER}\b",
    r"\b(?:lost|won|saved|raised|made|cost|earned|recovered|brought in) (?:us |them "
    r"|the \w+ )?(?:money|£|\$|€|\d|about|around|over|nearly)",
    r"\b(?:calmed (?:right )?down|thanked (?:me|us)|said thank(?:s| you)?|went home|was discharged"
    r"|went live|handed (?:it|them) in|voted to|got (?:a|an|the) (?:job|place|contract"
    r"|offer|grade|first|distinction|promotion)|on time|ahead of schedule|signed off"
    r"|was approved|were approved|got approved)\b",
    # "It's still working", but not "we're still working through the list".
    r"\b(?:still (?:in use|use|do|does|run|runs|going|works|working(?! (?:on|through"
    r"|out|towards|at)))|to this day"
    r"|ever since|since then|from then on|never (?:happened|came up) again"
    r"|(?:has|have|hasn't|haven't) (?:\w+ )?since|(?!(?:i|we) )\b\w+ stopped|had stopped"
    r"|no (?:more|further) (?:complaints|errors|incidents|mistakes|problems))\b",
    r"\bthat's how it (?:stayed|ended|was left|worked out|got resolved)\b",
    # What has been done again since: "we've used them on two jobs since."
    r"\b(?:'ve|'s|has|have) (?:\w+ ){1,10}since(?= *(?:[.,;!?]|$))",
    # What fell away: "the hold complaints dropped right off" (not "he dropped off the
    # kids").
    r"\b(?!(?:i|he|she|we|they|you|and|then|just)\b)\w+ (?:\w+ )?(?:dropped|fell|tailed"
    r"|died) (?:right |quickly |sharply |almost |pretty much )?(?:off|away)\b"
    r"(?! (?:the|a|an|my|his|her|their|our|some|at|to)\b)",
    # A state restored: "it was back on in March", "the branch reopened".
    r"\b(?:it|they|things|everything|the (?:\w+ )?\w+) (?:was|were|is|are|came|went)"
    r" (?:all )?back"
    r" (?:on|open|up|in use|to normal|running|in service)\b",
    # ... but not "I reopened the ticket".
    r"\b(?:re-?opened(?! (?:the|a|an|it|her|his|their|my|our|this|that)\b)"
    r"|(?:was|were) (?:reinstated|restored))\b",
    # How it ended for everyone: "all six kept their jobs", "both of them passed".
    rf"\b(?:all|both|none|every one) (?:{NUMBER} |of (?:them|us|the \w+) )(?:of (?:them"
    r"|us) )?(?:kept(?! \w+ing)|passed|stayed|made it|finished|returned|went back"
    r"|came back|found|got (?:jobs?|places?|through|in))\b",
    # What has held since: "since the change we haven't had a single wrong email".
    r"\bsince (?:the|that|this|our|my) (?:change|fix|switch|move|update|trial|launch"
    r"|rollout|new \w+)\b",
    r"\b(?:haven't|hasn't|have not|has not) (?:had|seen|got|lost|missed) (?:a single"
    r"|another|any more)\b",
    r"\b(?:haven't|hasn't|have not|has not) (?:been|had|seen) (?:\w+ ){0,4}?since\b",
    # The work done by a time: "everything was printed and in the folder by half eight".
    r"\b(?:was|were|had been) (?:all )?(?:printed|ready|done|finished|delivered|sent"
    r"|submitted|shipped|packed|filed|loaded|installed|live)\b[^.;!?]{0,40}?\bby"
    r" (?:half |quarter |about |around )?(?:past |to )?(?:\d|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)",
    # "They had the cover up by Friday teatime", "we got it live by ten".
    r"\b(?:had|got) (?:it|them|everything|the \w+) (?:\w+ )?(?:up|done|finished|ready"
    r"|live|fixed|sorted|working|open|running|back)\b[^.;!?]{0,20}?\bby (?:\d|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|the end)",
    # A new role given: "the home made me a senior carer", "they promoted me".
    r"\b(?:made|promoted|appointed|offered) me (?:a |an |the )?(?:permanent |senior "
    r"|lead |head |team |deputy |full-time )?(?:\w+ )?(?:carer|lead|leader|manager"
    r"|supervisor|job|place|contract|role|position|partner|head|deputy)\b",
    # Others took the change up: "the ward started putting stickers on the charts".
    r"\b(?:the|our|my|their|every|each|all the) (?:\w+ )?(?:ward|team|department|office"
    r"|school|site|shop|store|branch|practice|company|council|trust|service|unit|desk"
    r"|staff|sites|teams|managers?) (?:then |soon |now |has |have )?(?:started|began"
    r"|adopted|took (?:it|that|them) up|took up|switched|rolled (?:it|that) out)\b",
    # A season reached with a change: "by Easter he'd had no removals".
    r"\bby (?:easter|christmas|the summer|the spring|the autumn|the winter|half[- ]term"
    r"|the end of (?:the )?(?:term|year|month|week|quarter|season|day|shift))\b",
    r"\b(?:it|that|this) (?:worked|paid off|did the trick)\b",
    r"\b(?:he|she|they|the client|the customer|my manager) (?:finally |eventually )?"
    r"(?:agreed|accepted|signed|renewed|came round|backed down|changed (?:her|his|their)"
    r" mind)\b",
    r"\d\s*%|\bper ?cent\b",
    r"\b(?:on|to|under|within) (?:schedule|budget)\b",
    # A decision others made: "they said no", "the board turned it down".
    r"\b(?:he|she|they|the (?:client|customer|board|panel|council|owner|committee))"
    r" (?:just |flatly |finally )?(?:said (?:no|yes)|turned (?:it|me|us|the \w+) down"
    r"|refused|rejected it|vetoed it)\b",
    # A state that has held: "it's been up seven years now".
    rf"\b(?:'s|has|have|'ve) been (?:up|running|open|in use|in place|live|working|going)"
    rf" (?:for )?(?:about |nearly |over |almost )?{NUMBER} {SPAN}\b",
    # The work done by a date: "we got all three hundred acres in by the twentieth".
    r"\b(?:had|got) (?:all |every )?(?:(?!to\b)[\w-]+ ){1,4}(?:in|done|finished|sown"
    r"|planted|built|delivered|shipped|live|up) by the (?:\w+th|first|second|third"
    r"|end)\b",
    # Better than before: "the thin patches doing better than they ever had".
    r"\b(?:doing|did|was|were|came out|went|ran|looked) (?:\w+ )?(?:better|faster"
    r"|quicker|cheaper|smoother|quieter|fewer) than (?:ever|before|they ever|it ever"
    r"|last \w+|the year before)\b",
    # What was put off got done: "that's the only reason it got done".
    r"\b(?:it|they|that|this|the (?:\w+ )?\w+) (?:finally |eventually )?(?:got|was|were)"
    r" (?:done|fixed|replaced|repaired|mended|resolved|solved)\b",
)
RESULT = re.compile("|".join(RESULT_FORMS))


# Told as what came after, these end a story but can open one too ("Two weeks before the
# deadline, the client changed the brief"): they count only in the answer's second half.
LATE_RESULT_FORMS = (
    # A later moment, and what someone else did then: "the week after he came back".
    r"\bthe (?:day|week|month|year|morning|evening|shift|term) after,? (?:he|she|they"
    r"|all|both|everyone|each of)\b",
    rf"\b{NUMBER} {SPAN} in,? (?:she|he|they|we|i)\b",
    rf"\b{NUMBER} {SPAN} (?:before|ahead of) (?:the deadline|schedule|the \w+ (?:was"
    r"|were|came|got)|(?:he|she|they) (?:got|came|was|were|\w+ed))\b",
    # What still goes on, said of others: "the branches we still support", "she still
    # rings me", not "it still hurts".
    r"\b(?:we|they|he|she|it|which|that|the \w+) still (?!(?:hurts|feels|bothers|worries"
    r"|wants|needs|thinks|owes|has|is|does|doesn't|hates|struggles|wonders|remembers)\b)"
    r"(?:\w+s|support|use|follow|run|meet|send|hold|come|ring|call|ask)\b",
    # What is "still there" ends a story; early on it is the setting ("nobody who'd
    # written it was still there").
    r"\bstill there\b",
    # Thanks sent in by the person helped: "she sent a card in to the branch" (early
    # on, a letter they sent is what set the story off).
    r"\b(?:he|she|they|the (?:customer|client|family|patient|parents?|guest|couple|user))"
    r" (?:later |even |then |also |kindly )?(?:sent|wrote|left|posted) (?:in |us |me )?"
    r"(?:a |an )(?:[\w-]+ )?(?:card|letter|note|review)\b",
    # Others satisfied with what was delivered: "the governors were satisfied with it".
    r"\b(?:he|she|they|the \w+) (?:was|were) (?:really |very |more than |perfectly )?"
    r"(?:satisfied|delighted|happy|pleased) with (?:it|that|them|the \w+)\b",
    # How things stand now between people: "now we joke about this", "that's what we
    # do now", "she ask me to be her deputy".
    r"\b(?:now|these days|nowadays),? (?:we|they|he|she)(?: all| both)? (?!(?:still|needs?"
    r"|wants?|ha(?:ve|s)|must|should|might|may|could|would|will|can|knows?|thinks?|feels?"
    r"|hopes?|tr(?:y|ies))\b)"
    r"\w+",
    r"\bthat's (?:what|how) (?:we|they) (?:\w+ )?(?:do|run|work|use) (?:it )?now\b",
    r"\basked me to (?:be|become|act as|step up as) (?:her|his|their|the) (?:\w+ )?"
    r"(?:deputy|lead|leader|manager|supervisor|partner|head)\b",
    # What others got and used: "so they got totals by block, and she used that at the
    # meeting".
    r"\bso (?:they|he|she) got\b",
    r"\b(?:he|she|they) (?:then |later )?(?:used|presented|showed|quoted) (?:that|it"
    r"|them|those|these) (?:at|in|to) (?:the|a|their|his|her)\b",
    # Coming through it, and no loss: "we got through eleven nights", "not a single
    # resident went to hospital" (early on, getting through a gate is a step).
    r"\b(?:we|they|i|he|she|it|everyone) (?:all )?got through (?:the |all |every |\w+ )",
    r"\b(?:not a single|without a single|no single) \w+",
    # What the change brought in, said as more or fewer of something: "which got more
    # replies" (early on, a drop is the problem: "our posts got fewer likes").
    r"\b(?:which|that|this|it|and that|and it)(?: \w+ly)? (?:got|brought|drew|won|gave)"
    r"(?: us| them| me| in)? (?:a lot |far |many |much |a few |a bit |slightly |loads )?"
    r"(?:more|fewer) (?!\w+ous\b)\w+s\b",
    # What the people won became: "two of them became our biggest new clients".
    r"\b(?:(?:\w+|all|both|some|most|several) of them|they|he|she|it)(?: \w+ly| later"
    r"| then| soon)? (?:became|turned into|went on to become) (?:our|the|my|his|her|their"
    r"|one of (?:our|the|my)) (?:biggest|best|main|first|largest|top|most|regular|permanent"
    r"|loyal)\b",
    # The person cared for got better: "he made a full recovery", "she recovered well".
    r"\bmade a (?:full |good |quick |complete |remarkable )?recovery\b|\bpulled through\b",
    r"\b(?:he|she|they|the (?:\w+ )?\w+)(?: \w+ly)? (?:recovered|recover|recovers)"
    r"(?! (?:the|a|an|my|his|her|their|our|some)\b)",
    # What did not come back: "the manager didn't find the machine dirty once", "they never
    # rang about it again" (not a purpose: "to make sure it didn't happen again").
    r"(?<!sure )(?<!so )(?<!that )\b(?:he|she|they|it|the \w+|nobody|no one)(?: \w+)?"
    r" (?:didn't|did not|never|hasn't|has not|haven't|wasn't|weren't|hadn't)"
    # ... not a wish: "she didn't want to go through that again".
    r" (?!(?:want|wanted|like|need|think|feel|expect|mean|plan)\b)(?:[\w']+ ){0,7}?"
    r"(?:once|again)\b",
    # Others handing the speaker more of the same work: "she asked me to write the opening
    # checklist as well".
    r"\b(?:he|she|they|the (?:\w+ )?\w+)(?: then| later| now| also| even)? asked (?:me|us) to"
    r" (?:[\w']+ ){1,6}?(?:as well|too|again|from then on|every \w+|after that)\b",
    # What stopped coming the speaker's way: "we stopped getting calls at night" (not "I
    # stopped using slang", the speaker's own step).
    r"\b(?:i|we|they|he|she)(?: \w+ly| just| soon| finally| then)? stopped (?:getting|having"
    r"|receiving|seeing|hearing|losing|needing)\b",
    # No one came to harm: "and nobody fell", "no one was hurt".
    r"\b(?:nobody|no one|none of (?:them|us|the \w+))(?: else)? (?:fell|was hurt|got hurt"
    r"|was injured|got injured|was harmed|came to harm|went hungry|went without|missed out"
    r"|complained|lost (?:their|his|her) \w+)\b",
    # A handshake at the end of a dispute: "he did shake my hand".
    r"\b(?:shook|shake) (?:my|our) hands?\b|\bshook hands\b",
    # A grade got, not on a first try: "I got 71 in the exam", "she passed with a merit".
    rf"\b(?:got|scored|passed with|came out with|finished with) (?:a |an )?(?:{NUMBER}|\d+)"
    r"(?: ?%| per ?cent| marks?| points?)? (?:in|on|for) (?:the|my|his|her|their|our)"
    r" (?!first\b)(?:\w+ )?(?:exam|test|final|finals|assessment|mock|resit|module|paper"
    r"|dissertation|course)\b",
    # Someone else took the matter up and saw it through: "he sent the email to HR and they
    # dealt with it" (early on, who deals with what is the setting).
    r"\b(?:he|she|they|the (?:\w+ )?\w+) (?:then |finally |eventually |quickly )?(?:dealt"
    r" with|sorted|sorted out|took care of|resolved) (?:it|that|the (?:\w+ )?(?:issue|problem"
    r"|matter|request|complaint|case))\b",
    # Others keeping the work: "the manager now uses my floor plan".
    r"\b(?:the \w+|they|he|she|everyone) now (?:uses|follows|runs|keeps) (?:my|our|that"
    r"|this|it)\b",
)
LATE_RESULT = re.compile("|".join(LATE_RESULT_FORMS))
