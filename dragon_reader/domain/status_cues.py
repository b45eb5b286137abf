"""A channel's status from the words of a sentence: "severed", "agreed to resume", "has
not agreed", "the first talks since 2022".

``suggest_status`` reads the cue inside the analyst's selection when there is one, else
the cue nearest to it in its clause, then in the sentence, and then the words before that
cue: a negation ("has not", "failed to", "has yet to", "no … since"; it stops at "when" or
"whether"), a modal or a plan ("will", "plans to", "agreed to", "called for", "it is
important that"; not across "and" to a verb in the past) or a refusal ("refused to resume")
change what the cue means, and so do
the words after it: a yes/no question answered "Not yet", a contact done "again" (resumed) or
one that would be "their first" (still in prospect). A verb that governs another through "to"
("working to schedule a call") is the other's modality; a modal before a verb of continuing
("would keep the door open") leaves the channel as it is. A plan's word reaches no further
than its own verb group: "a planned meeting … was put on hold after a call" plans the
meeting, not the call, and "the talks that they agreed to have been held" plans nothing.
A phrase that opens the sentence ("After a hiatus of five years, …") belongs to the clause
it opens. A cut announced in reported speech ("Beijing said it would suspend the talks") is
the cut, unlike a warning or a condition; a cut planned meeting is cancelled (suspended).
Without any cue the suggestion is ``active`` with no cue. Plain Python; the analyst
confirms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragon_reader.domain.coding import ChannelStatus

# Cue words by the status they report when stated plainly in the past or present.
_CUE_PATTERNS: list[tuple[ChannelStatus, str]] = [
    (
        ChannelStatus.REFUSED,
        r"refus\w*|declin\w*|reject\w*|rebuff\w*|turn(?:ed|s)? down|snubb\w*|"
        # "the delegation was turned back", "barred Egyptian officials from visiting"
        r"(?:was|were|been|being) turned (?:back|away)|turn(?:ed|s|ing)? away|barr(?:ed|ing)|"
        # "slow-walking requests", "was met with silence"
        r"(?:kept|keep\w*|held|hold\w*) (?:[\w'-]+ ){0,2}at arm's length|"
        r"(?:un|non-?)responsive|slow-?walk\w*|"
        r"(?:turn|brush|push|wave|swat)(?:ed|s|es|ing|ted|ting)? aside|"
        r"dragg?(?:ed|ing|s)? (?:its|their|his|her) feet|"
        r"(?:met|greeted|answered) (?:only )?with (?:silence|no (?:response|reply))|"
        # "forbade any negotiations", "banned talks with the rebels"
        r"forb[ai]d\w*|ban(?:ned|s|ning)?(?= (?:any |all |the )?(?:\w+ )?(?:talks|negotiations|"
        r"contacts?|dialogue|meetings?))|prohibit\w*|outlaw\w*|"
        r"(?:not|never|yet to) (?:yet )?respond\w*|no (?:\w+ )?(?:response|reply|replies|answer)|"
        r"ignor\w*|(?:went )?unanswered|unreturned|(?:not|never|\w+n't) (?:been )?returned(?! to)|"
        # "had no calls returned": the other side did not return them
        r"no (?:\w+ )?(?:calls?|messages?|letters?|requests?) (?:\w+ )?(?:returned|answered)|"
        r"(?:failed to|fail to|did not|didn't|would not|wouldn't|won't) (?:pick up|answer|reply)|"
        # "has not answered", "rarely picks up", "has never replied": an answer withheld
        r"(?:not|\w+n't|never|rarely|seldom|yet to|failed to|fail to|no longer)\s+"
        r"(?:yet\s+|even\s+|been\s+)?"
        r"(?:pick(?:ed|s|ing)? up|answer\w*|repl(?:y|ied|ies|ying)|respond\w*|acknowledg\w*)|"
        # "had still not allowed its inspectors back", "denied visas to the delegation"
        r"(?:not|\w+n't|never) (?:yet |still |been )?(?:allow|permit)\w*|"
        r"den(?:y|ied|ies|ying) (?:\w+ )?(?:access|entry|visas?|permission)|"
        r"(?:not|\w+n't|never|failed to|fail to) (?:show|turn)(?:ed|s)? up|"
        # "had not received any communication from the PLA", "has not heard back"
        r"(?:not|\w+n't|never) (?:yet )?(?:received|heard|gotten|got) (?:any |a |an )?(?:\w+ )?"
        r"(?:communications?|repl(?:y|ies)|responses?|answers?|word|calls?|messages?)|"
        r"(?:not|\w+n't|never) (?:yet )?heard back|"
        r"turn(?:ed|s|ing)? (?:\w+ ){1,3}down|unheeded|deaf ears|fr(?:oze|ozen|eez\w*) out|"
        r"stopp?(?:ed|s|ing)? (?:answering|responding|replying|picking up)|"
        r"back(?:ed|s|ing)? out|stay(?:ed|s|ing)? (?:away|(?:at )?home)|"
        # "has shown little interest", "sees no need for talks": no wish for the contact
        r"(?:little|no|scant) (?:real |genuine )?(?:interest|appetite|enthusiasm)(?! rates?\b)|"
        r"(?:see|sees|saw|seeing|seen) no (?:need|point|reason|basis|grounds?)|"
        r"skipp(?:ed|ing)|skips|no-show|"
        # unable to reach the other side (not "to reach a deal"):
        # "unable to get ministers from Beijing on the phone"
        r"(?:unable to|could not|couldn't|cannot|can't|failed to) get (?:[\w'’-]+ ){1,4}?"
        r"(?:on the (?:phone|line)|to (?:pick up|answer|respond|the (?:phone|table)))|"
        r"(?:unable to|could not|couldn't|cannot|can't) (?:reach|contact|get through)"
        r"(?! (?:an? |the )?(?:agreement|deal|consensus|compromise|settlement))|"
        r"hung up|said no|stonewall\w*|deaf ear|cold shoulder|brush(?:ed|es)? off|spurn\w*|balk\w*|"
        r"block\w*|veto\w*|obstruct\w*|thwart\w*|shun\w*|boycott\w*|dismiss\w*|"
        r"den(?:y|ied|ies|ying) (?:a |the |its |their )?requests?|ruled out|rules out|"
        r"(?:slammed|closed|shut) the door|reluctant|unwilling",
    ),
    (
        ChannelStatus.SEVERED,
        r"sever(?!al)\w*|disconnect\w*|cut(?:ting|s)? off|cut-offs?|cutoffs?|"
        # "cut diplomatic ties", "cutting all contacts"
        r"cut(?:ting|s)?(?= (?:[\w-]+ ){0,2}(?:ties|relations|contacts?|links?|communications?)\b)|"
        r"cut(?:ting|s)?(?= (?:off|ties|all|the|its|their|again|it|them|"
        r"contacts?|communications?|channels?|links?))|broke off|break(?:ing|s)? off|broken off|"
        r"terminat\w*|scrapp\w*|abandon\w*|shut down|shut off|broke down|broken down|"
        r"break(?:s|ing)? down|collaps\w*|ruptur\w*|pull(?:ed|s|ing)? (?:out|the plug)|"
        r"walk(?:ed|s|ing)? (?:out|away)|pull(?:ed|s|ing)? (?:\w+ ){1,3}out|"
        r"(?:cut|cuts|cutting|broke|break\w*|shut\w*) (?:\w+ ){1,3}(?:off|down)|"
        r"withdr[ae]w\w*|quit(?:s|ting)?|bl[eo]wn? up|blow(?:s|ing)? up|"
        # a closed embassy or an expelled envoy: relations cut
        r"(?:shut|clos)\w* (?:down )?(?:its|their|the) (?:[\w.-]+ ){0,2}"
        r"(?:embass(?:y|ies)|consulates?|missions?)|"
        r"closure of (?:its |their |the )?(?:[\w-]+ ){0,2}"
        r"(?:embass(?:y|ies)|consulates?|missions?)|"
        r"expel\w* (?:the |its |their |[\w-]+['’]s )?(?:[\w.-]+ ){0,2}"
        r"(?:ambassadors?|envoys?|(?:defen[cs]e |military )?attach[eé]s?|diplomats|"
        r"high commissioners?|"
        r"(?:embassy|consular|diplomatic|mission) (?:staff|personnel|employees))|"
        # "ordered Ethiopia's ambassador to leave the country"
        r"order\w* (?:the |its |their |[\w-]+['’]s )?(?:[\w.-]+ ){0,2}"
        r"(?:ambassadors?|envoys?|diplomats|attach[eé]s?) to leave|"
        # "ordered the negotiating team home"
        r"(?:order|call|br(?:ing|ought))\w* (?:its |the |their |[\w-]+['’]s )?(?:[\w-]+ ){0,2}"
        r"(?:team|delegation|negotiators|envoys?|ambassadors?|diplomats) (?:home|back)|"
        # an envoy expelled by name ("expelled Ebrahim Rasool"), not "South Korean diplomats"
        r"expel\w* (?-i:[A-Z][a-z]+ [A-Z][a-z]+)(?! (?:diplomats?|officials?|journalists?|"
        r"nationals?|citizens?|staff|troops|forces|workers)\b)|"
        # "switched diplomatic recognition from Taipei to Beijing"
        r"switch\w* (?:its |their )?(?:diplomatic )?(?:recognition|ties|relations|allegiance)|"
        r"derecogni[sz]\w*|discontinu\w*|wound down|wind(?:s|ing)? down|phas(?:ed|es|ing) out|"
        # a recall in the passive: "the negotiating team was recalled"
        r"(?:negotiators|delegations?|team|envoys?|ambassadors?) (?:was|were|has been|have been|"
        r"had been) recalled|demolish\w*|destroy\w*|dismantl\w*|dissolv\w*|disband\w*|ax(?:ed|es)|"
        r"t(?:ore|orn) up|cut ties|breakdown|defunct|"
        r"recall(?:ed|s|ing)? (?:its |their |the |[\w-]+['’]s )?(?:\w+ )?"
        r"(?:negotiators|delegation|team|envoys?|ambassadors?)|"
        r"(?:broke|break|breaks|breaking) (?:off )?(?:\w+ )?(?:relations|ties)|"
        # a downgrade of relations or of a mission (a dialogue "downgraded to working level"
        # goes on)
        r"downgrad\w* (?:its |their |the )?(?:\w+ )?(?:ties|relations|missions?|embass(?:y|ies))|"
        r"(?:ties|relations) (?:\w+ )?(?:was|were|(?:has|have|had) been) downgraded|"
        r"(?<=been )cut|(?<=was )cut|(?<=were )cut|"
        # "the liaison channels remain cut"
        r"(?:remain(?:s|ed)?|stay(?:s|ed)?|are|is|left) cut(?! (?:to|by|back|short)\b)|"
        r"end(?:ed|s|ing)?(?= (?:the|its|all|their|military|defen[cs]e|talks|dialogue|"
        r"cooperation|contacts?|communications?|exchanges?)\b)"
        # (ending a freeze is a resumption)
        r"(?! (?:the|its|their) (?:[\w-]+ ){0,2}(?:silence|freeze|hiatus|stalemate|standoff|"
        r"impasse|deadlock|estrangement|rift))|"
        # "announced the end of negotiations", "put an end to the dialogue"
        r"(?<=the )(?<!by the )(?<!at the )(?<!until the )(?<!before the )(?<!after the )"
        r"(?<!towards the )(?<!toward the )end(?= of (?:the |its |their |all )?(?:[\w-]+ )?"
        r"(?:talks|negotiations|dialogue|contacts?|cooperation|relations|ties|exchanges?|mediation)\b)|"
        r"(?<=an )end(?= to (?:the |its |their |all )?(?:[\w-]+ )?(?:talks|negotiations|"
        r"dialogue|contacts?|cooperation|relations|ties|exchanges?|mediation)\b)",
    ),
    (
        ChannelStatus.SUSPENDED,
        r"suspen\w*|halt\w*|scal(?:e|ed|es|ing) (?:back|down)|curtail\w*|cut(?:s|ting)? back|"
        r"non-?existent|derail\w*|scuttl\w*|torpedo\w*|nix(?:ed|es)|froze|freez\w*|frozen|"
        r"cancel\w*|postpon\w*|pause\w*|shelv\w*|"
        r"stall\w*|call(?:ed|s)? off|put on hold|on hold|stopp?\w*|went silent|gone silent|"
        r"dormant|dried up|on ice|in limbo|(?:deep )?freeze|on the back burner|unused|idle|"
        r"closed|shut|lapsed|interrupt\w*|disrupt\w*|silent|"
        r"(?:went|gone|go(?:es)?|fell|fallen) (?:dead|quiet|dark)|"
        r"f[ae]ll(?:s|en)? (?:through|apart)|falling (?:through|apart)|off the table|delay\w*|"
        r"on pause|in abeyance|hiatus|mothball\w*|defer\w*|put off|pushed back|deadlock\w*|"
        r"stalemate|moribund|stuck|(?:go|goes|going|went|gone) nowhere|bogged down|impasse|"
        r"(?:at a|came to a|ground to a|grinds? to a) (?:standstill|halt)|"
        r"call(?:ed|s|ing)? (?:\w+ ){1,3}off|(?:switch|turn)(?:ed|s|es|ing)? (?:\w+ ){0,3}off|"
        r"(?:is|are|was|were|been|be|went|gone|remain\w*|stay\w*) (?:down|offline|"
        r"out of (?:service|use|action))",
    ),
    (
        ChannelStatus.RESUMED,
        r"resum\w*|restor\w*|reopen\w*|re-open\w*|restart\w*|re-start\w*|reviv\w*|"
        r"re-?establish\w*|reconnect\w*|recommenc\w*|renew\w*|re-?engag\w*|rekindl\w*|"
        r"back on track|working again|back in (?:use|operation)|thaw\w*|reactivat\w*|"
        # "Israel's negotiators returned to Doha": a delegation back at the talks
        r"(?:(?<=negotiators )|(?<=negotiator )|(?<=delegation )|(?<=delegations )|"
        r"(?<=team )|(?<=envoy )|(?<=envoys )|(?<=mediators ))return(?:ed|s)?\b|"
        r"re-?admit\w*|revitali[sz]\w*|reconciled|normali[sz](?:e|ed|es|ing)|"
        r"back online|up and running again|picked up again|rebuil\w*|"
        r"c[oa]me back|back to life|re-?launch\w*|reinstat\w*|reinstitut\w*|re-?convene\w*|"
        r"reinvigorat\w*|restor\w*|back on|(?:is|are|was|were|be|been) back|"
        # "broke a two-year silence", "ending a decade-long rift"
        r"(?:broke|break(?:s|ing)?|end(?:ed|s|ing)?) (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}"
        r"(?:silence|freeze|hiatus|stalemate|standoff|impasse|deadlock|estrangement|rift)|"
        r"return\w* to normal|back to normal|unfr[eo]\w*|unfreez\w*|resurrect\w*|"
        r"lift(?:ed|s|ing)? (?:the |its |a |[\w-]+'s )?(?:suspension|freeze|ban)|"
        r"return(?:ed|s|ing)? to (?:the )?(?:negotiating |bargaining |talks |dialogue )?"
        r"(?:table|talks|dialogue|negotiations)|back (?:at|to) the (?:negotiating )?table",
    ),
    (
        ChannelStatus.PROPOSED,
        r"propos\w*|offer\w*|call(?:ed|s|ing)? for|invit\w*|seek\w*|sought|push(?:ed|es|ing)? for|"
        r"urg\w*|agree(?:d|s|ing)?|accept(?:ed|s|ing)?|float\w*|moot\w*|envisag\w*|in the works|"
        r"on the agenda|pencil+ed in|"
        # "a second meeting has been scheduled"; "none has been scheduled" leaves it off
        r"(?:is|are|was|were|has been|have been|had been) (?:being )?(?:scheduled|planned|"
        r"arranged|set)(?= (?:for|since|yet|so far)\b|[,.;]|$)",
    ),
    (
        ChannelStatus.ACTIVE,
        r"held talks|hold(?:s|ing)? talks|hold(?:s|ing)?|held|talk(?:ed|s|ing)?|spoken?|"
        r"speak\w*|call(?:ed|s)?|negotiat\w*|"
        r"met|meet\w*|meeting|conferr\w*|discuss\w*|convers\w*|communicat\w*|exchang\w*|"
        r"video ?call|phone call|(?:video ?|tele)conferenc\w*|video link|ambassadors?|"
        # ("working-level" is no contact)
        r"dialogue|consultations?|visit\w*|engag\w*|working(?!-)|shuttl\w*|attend(?:ed|s|ing)?|"
        r"(?:went|go|goes|going|carried|carry|carries) on\b(?! (?:strike|leave|record|air)\b)|"
        r"join(?:ed|s|ing)?(?= (?:the |a |an |its |their )?(?:[\w.-]+ ){0,2}(?:talks|"
        r"negotiations|meetings?|summit|dialogue|call|conference|forum)\b)|"
        r"cooperat(?:ed|es|ing)|deal(?:s|t|ing)? with|reach(?:ed|es|ing)? out|"
        r"mediat(?:ed|es|ing|ion|ors?)|under ?way|materiali[sz]\w*|"
        r"upgrad\w*|d[ée]marches?|"
        r"lodg(?:ed|es|ing) (?:\w+ ){0,2}(?:representations|protests?|complaints?)|"
        # a host receiving a visitor: "To Lam received the Chinese foreign minister"
        r"receiv(?:ed|es|ing) (?:the |a |an |his |her |their |its )?(?:[\w-]+ ){0,3}"
        r"(?:ministers?|president|envoys?|delegations?|secretary|counterparts?|premier|"
        r"chancellor|leaders?|ambassadors?|officials)|summon\w*|"
        r"sh(?:ook|ake|akes|aking) hands|greet(?:ed|s|ing)|chatt(?:ed|ing)|hosted|dined|"
        r"(?:lunch|dinner|breakfast) with|"
        r"s(?:it|its|itting|at) (?:down|face to face|together|at the table)|"
        r"(?:pass|carr(?:y|i)|relay)\w* (?:\w+ )?messages?|"
        r"t[ao]ken? place|t(?:akes|ook|aking) place|answer(?:ed|s|ing)?|"
        r"(?:show|turn)(?:ed|s|ing)? up|hotlines?|"
        r"operational|in (?:\w+ )?contact|in (?:\w+ )?touch|"
        r"maintain\w*|kept|keep\w*|continu\w*|go(?:es|ing)? ahead|went ahead|gone ahead|"
        r"set(?:s|ting)? up|establish\w*|launch\w*|contacts?|relations|ties|channels?|summits?|"
        r"(?:pick(?:ed|s|ing)? up|answer(?:ed|s|ing)?) the (?:phone|hotline|line|calls?)|"
        r"work(?:s|ed)? (?:well|normally|smoothly|fine)|conven\w*|in (?:\w+ )?(?:use|operation)|"
        r"(?:being|been|is|are|was|were) used|"
        # a line left open ("remained open", "would stay open") works
        r"(?:remain\w*|stay\w*|kept|keep\w*|left|leav\w*|is|are|was|were|been|be) open",
    ),
]
_CUES = re.compile(
    "|".join(rf"(?P<{status.value}>\b(?:{pattern})\b)" for status, pattern in _CUE_PATTERNS),
    re.IGNORECASE,
)
_NEGATION = re.compile(
    # ("n't" ends a word: "haven't", "won't")
    r"(?:\b(?:not(?! only| just| merely)|never|no longer|yet to|failed to|fail to|without|nor|"
    r"no|none|nothing|rarely|seldom|instead of|rather than)|n't)\b[\w\s’'‘“”\x22-]{0,30}$",
    re.IGNORECASE,
)
# "Neither Moscow nor Kyiv has shown any willingness to meet": the negation of "neither …
# nor" reaches past its second subject.
_NEITHER_NOR = re.compile(r"\bneither\b[^,;.]{0,60}\bnor\b[^,;.]{0,50}$", re.IGNORECASE)
# A negation does not reach into a clause it introduces: "did not say when the talks would
# resume", "it was not clear whether Beijing would accept".
# "Not … until" says when it did happen ("had not met for six years until it convened").
_NEGATION_SCOPE_ENDS = re.compile(
    r"\b(?:whether|when|why|if|how|where|who|until|till)\b", re.IGNORECASE
)
_REFUSAL_BEFORE = re.compile(
    r"\b(?:refus\w*|declin\w*|reject\w*|rebuff\w*|unwilling|resist\w*|rul(?:ed|es|ing) out|"
    r"exclud\w*|veto\w*|dismiss\w*|spurn\w*|forb[ai]d\w*|prohibit\w*|ban(?:ned|s|ning)?)\b"
    r"[\w\s’'‘“”\x22-]{0,25}$",
    re.IGNORECASE,
)
# A refused request carries the refusal to what was requested: "declined Washington's
# requests to set up a hotline", "rejected a U.S. proposal for talks".
_REFUSED_REQUEST = re.compile(
    r"\b(?:refus\w*|declin\w*|reject\w*|rebuff\w*|spurn\w*|turn(?:ed|s|ing)? down|ignor\w*|"
    r"dismiss\w*|(?:turn|brush|push)\w* aside)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:requests?|proposals?|offers?|invitations?|entreat\w*|pleas?|"
    r"appeals?|overtures?|bids?|calls?)\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?P<modal>will|would|shall|could|may|might|should|must|need(?:s|ed)? to|plans?|"
    # "it is very important that we restore those channels": a wish, not a fact
    r"(?:important|vital|essential|necessary|crucial|time) that|planned|planning|agree[sd]?|"
    r"agreeing|agreement|expect\w*|hop\w*|aim\w*|seek\w*|sought|want\w*|wish\w*|intend\w*|"
    r"ready|willing|pledg\w*|vow\w*|commit(?!tee)\w*|propos\w*|call(?:ed|s|ing)? for|push\w* for|"
    r"urg\w*|pav(?:e|es|ed|ing) the way|set to|due to|going to|to be|'ll|prepared to|looking to|"
    r"schedul\w*|slated|arrang\w*|offer\w*|consider\w*|mull\w*|explor\w*|"
    r"press\w*|ask\w*|request\w*|demand\w*|in principle|call(?:ed|s|ing)? on|"
    r"would like|try\w*|tried|effort\w*|work(?:ing)? (?:to|toward|towards)|move forward|"
    r"discuss\w*|suggest\w*|debat\w*|interest(?:ed)? in|open to|openness|willingness|"
    r"readiness|signal\w*)\b"
    r"[\w\s’'‘“”\x22.-]{0,80}$",
    re.IGNORECASE,
)
# A participle of plan used as an adjective ("a planned meeting", "the proposed talks")
# plans only the noun it stands before, not a contact further on in its clause.
_ATTRIBUTIVE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|these|that|those|any|our|your)\s+$", re.IGNORECASE
)
_TIME_PHRASE = re.compile(
    r"\b(?:after|following|during|at the end of|on the sidelines of)\s+(?:[\w-]+\s+){0,3}$|"
    # "agreed in a phone call to begin negotiations": the call where the plan was made
    r"\b(?:in|at|by|over)\s+(?:a|an|the|their|its)\s+(?:(?!to\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A "to" left stranded by a relative clause ("the talks that they agreed to have been held
# once", "the consultations they planned to hold have been held") or a perfect infinitive
# ("is expected to have met") governs no plan.
_STRANDED_TO = re.compile(
    r"\s*to\s+(?:[\w-]+\s+(?=(?:has|have|had|was|were|is|are)\b))?"
    r"(?:has|had|was|were|is|are|have\s+(?:been|\w+(?:ed|en)|met|held|spoke|spoken))\b",
    re.IGNORECASE,
)
_ADVERBIAL_CLAUSE = re.compile(
    r"\b(?:while|whereas|although|though|because|even as)\b", re.IGNORECASE
)
# A goal said of what comes before it: "… is a priority", "… would be an important step".
_GOAL_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:is|are|was|were|would be|will be|remains?|remained)\s+(?:a |an |the )?"
    r"(?:\w+\s+)?(?:priority|goal|aim|objective|key|important|essential|vital|crucial|"
    r"necessary|needed|critical|step)\b",
    re.IGNORECASE,
)
# A resumption in -ing after these words is talked about, not done ("the possibility of
# restarting", "talks on resuming"); after "since" or "after" it happened.
_GERUND_AFTER = re.compile(r"\b(?:of|on|about|toward|towards|for)\s+$", re.IGNORECASE)
_UNWILLING = re.compile(
    r"\b(?:no (?:intention|plans?|interest|desire|wish|question|need|appetite|basis|point)|"
    r"little (?:interest|appetite)|unwilling|reluctant)\b"
    r"[\w\s’'‘“”\x22-]{0,30}$",
    re.IGNORECASE,
)
_UNLIKELY = re.compile(
    r"\b(?:unlikely|not likely|no (?:sign|signs|prospect|chance)|little chance)\b"
    r"[\w\s’'‘“”\x22-]{0,30}$",
    re.IGNORECASE,
)
# A contact "breaking a 16-month freeze" or "after a two-year hiatus" is a resumption.
_AFTER_GAP = re.compile(
    r"\b(?:break\w*|end\w*|after|following)\s+(?:a|an|the|their|its)?\s*(?:[\w-]+\s+){0,3}"
    r"(?:freeze|hiatus|pause|gap|lull|break|suspension|silence|standoff|chill|delays?|"
    r"postponements?|interruption|absence|rupture)\b",
    re.IGNORECASE,
)
# A contact that "is planned for next week" or "is expected" has not happened yet.
_PLANNED_AFTER = re.compile(
    r"[^,;.]{0,80}?\b(?:is|are|was|were|has been|have been)\s+(?:being\s+)?"
    r"(?:planned|scheduled|rescheduled|arranged|expected|due|set|slated|proposed|envisaged|"
    r"likely|possible|mooted|"
    r"discussed|in the works|on the agenda)\b",
    re.IGNORECASE,
)
# Verbs of continuing: a modal before them keeps the channel as it is ("would keep the door
# open", "agreed to maintain open channels").
_CONTINUING = re.compile(
    r"kept|keep\w*|maintain\w*|continu\w*|sustain\w*|stay\w*|remain\w*", re.IGNORECASE
)
# Answering the other side's calls, and an effort to get it to: an effort spent on getting
# an answer ("trying to get the PLA to pick up the phone") says none came.
_ANSWERING = re.compile(r"(?:pick\w* up|answer\w*) the ", re.IGNORECASE)
_EFFORT_BEFORE = re.compile(
    r"\b(?:try\w*|tried|struggl\w*|attempt\w*|get(?:ting)?|got|in vain)\b[\w\s’'‘“”\x22-]{0,40}$",
    re.IGNORECASE,
)
# A freeze that ended is a resumption ("the freeze in military contacts ended in November").
_GAP_NOUN = re.compile(
    r"freeze|frozen|suspension|hiatus|pause|silence|standoff|stalemate|deadlock|impasse|"
    r"interruption|break|lull|chill",
    re.IGNORECASE,
)
_GAP_ENDED_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:ended|ends|(?:was|were|has been|have been|had been) (?:lifted|broken)|"
    r"came to an end|(?:is|was) over|thawed)\b",
    re.IGNORECASE,
)
# A verb in the past tense (a fact, not under a modal before an "and").
_PAST_FORM = re.compile(
    r"\w+ed|held|met|spoke|took|went|began|kept|broke|made|gave|came|sat|saw|won|ran|rang|"
    r"said|told|cut|shut|quit|froze|sought|fought|brought",
    re.IGNORECASE,
)
# A contact told with a gap of its own in an aside ("the dialogue, not held between 2019 and
# 2022, took place in June"): a resumption.
_GAP_ASIDE = re.compile(
    r",\s*(?:which (?:had|has) (?:been )?|having (?:been )?)?"
    r"(?:not (?:been )?(?:held|met|convened|spoken|talked|taken place)|frozen|suspended|dormant|"
    r"stalled|idle|on hold|postponed|delayed|put off|paused|halted|interrupted)\b[^,;]{0,90},",
    re.IGNORECASE,
)
# A contact done "again" or "anew" is a resumption ("met again", "spoke once more").
_AGAIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:again|anew|once more)\b", re.IGNORECASE)
# A contact that is "their first" has never happened: not held yet, it is in prospect.
_FIRST_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:first|inaugural)\b", re.IGNORECASE)
# A yes/no question answered in the negative: "Has China agreed …? Not yet."
_NO_ANSWER = re.compile(
    r"\?[^?]{0,40}?(?::|—|–|-)?\s*(?:No|Not yet|Not at (?:this|the moment)|Not so far)\b"
)
# A cue followed by "to" and another verb governs it as a modality ("working to schedule a
# call", "agreed to maintain"): the later cue carries the status.
_GOVERNS = re.compile(r"\s+to\s+(?:['‘’\"“]\s*)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A capitalised word inside the clause is part of a name ("the … Consultative Agreement
# talks"), not a modal.
_NAME_WORD = re.compile(r"(?<=\S )[A-Z][a-z]+")

# A contact noun made a prospect by the words before it ("the next round of talks", "a
# possible meeting").
_PROSPECT_BEFORE = re.compile(
    r"\b(?:next|upcoming|planned|proposed|possible|potential|future|prospective|mooted)\s+"
    r"(?:(?:round|rounds|high-level|in-person|direct|formal|new|of|bilateral)\s+){0,3}$",
    re.IGNORECASE,
)
_CONTACT_NOUN = re.compile(
    r"talks|meeting|call|phone call|video ?call|dialogue|consultations?|visit|contacts?|"
    r"negotiations|conversation|exchanges?|summits?|relations|ties",
    re.IGNORECASE,
)
# What a side that "remains open" may be open to: a contact it is willing to have.
_OPEN_TO = re.compile(
    r"['’\"”]?\s+to\s+(?:[\w-]+\s+){0,2}?(?:dialogue|talks|negotiations?|meetings?|"
    r"contacts?|engagement|discussions?|diplomacy)\b",
    re.IGNORECASE,
)
# A status stated after a contact noun about it: "a resumption … is unlikely", "a
# meeting … is not expected".
_UNLIKELY_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:is|are|was|were|remains?|remained|seems?|looks?)\s+"
    r"(?:(?:still|now|increasingly|very|highly)\s+)?"
    r"(?:unlikely|not (?:expected|likely|planned|scheduled|on the (?:agenda|cards))|"
    r"doubtful|in doubt|in question|in jeopardy|uncertain|off the (?:table|agenda))\b",
    re.IGNORECASE,
)
# A contact noun that is the subject of a passive status ("plans for a visit … were put
# on hold", "the call … was cancelled"): the predicate carries the status.
_PASSIVE_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)
# A cut that is denied ("denied that the talks had been suspended") did not happen.
_DENIED_THAT = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|dismiss\w*|reject\w*|refut\w*)\s+(?:\w+\s+){0,2}?that\b"
    r"[^,;]{0,50}$",
    re.IGNORECASE,
)

# Cues that count only among the selected words: talks that "had ended", "failed" or "are
# over" are ended (a round that "ended without agreement" is only a contact, and a freeze
# that ended is read from the freeze); a selected "rapprochement" is a resumption.
_SELECTED_ONLY = re.compile(
    r"(?P<severed>\b(?:(?:(?:has|have|had) (?:now |since |already )?)?failed(?! to\b)|"
    r"(?:has|have|had) (?:now |since |already )?ended|"
    r"(?:is|are|was|were) (?:now )?over)\b)(?! (?:up|with|without|in)\b)|"
    # the name of a process of making up ("the 2023 rapprochement"), a resumption only when
    # it is what the analyst selected
    r"(?P<resumed>\b(?:reconciliation|rapprochement|normali[sz]ation|d[ée]tente)\b)",
    re.IGNORECASE,
)
# A cut announced in reported speech: "Beijing said on Friday it would suspend the talks"
# (not a warning: "warned it would cut off", nor a condition).
_ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|announces|declared|declares|confirmed|confirms|decided)\b"
    r"(?:(?!\b(?:if|unless|warn\w*|threat\w*|could|might|may)\b)[^;:])*?"
    r"\b(?:would|will|'ll|’ll)\s+(?:[\w-]+ly\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ATTRIBUTED = re.compile(
    r",\s*(?:[\w'’.-]+\s+){1,6}(?:said|says|announced|announces|declared|confirmed)\b[^,;]*$",
    re.IGNORECASE,
)
_CONDITION_AFTER = re.compile(
    r"[^.;]*?\b(?:if|unless|should|in the event|in case)\b", re.IGNORECASE
)
# A single occasion still ahead, which a cut cancels ("a planned round … was scrapped",
# "scrapped the planned visit").
_OCCASION_AHEAD = re.compile(
    r"(?:\s+(?:from|of|out of|on))?(?:\s*(?:the|a|an|its|their)\s+)?"
    r"\b(?:planned|scheduled|upcoming|next|proposed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:round|meeting|visit|trip|talks|call|summit|session|consultations?)\b|"
    # a single trip, visit or meeting ("the trip has been scrapped")
    r"(?:\s*(?:the|a|an|its|their|his|her|this|[\w-]+['’]s)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:trip|visit|meeting)\b"
    r"(?=\s+(?:(?:has|have|had)\s+been|was|were|is)\s+$|[^,;]*$)",
    re.IGNORECASE,
)
# A selected plain "ended" of a process ends it ("Angola's mediation … ended in March"); of
# an occasion it is only over ("the talks ended with a statement": read from the talks).
_ENDED = re.compile(r"(?P<severed>\bend(?:ed|s)\b)(?! (?:up|with|without)\b)", re.IGNORECASE)
_PROCESS_NOUN = re.compile(
    r"\b(?:mediation|process|cooperation|relations|ties|partnership|alliance|dialogue|"
    r"channel|hotline|mechanism)\b(?![^,;]*\b(?:talks|meeting|summit|round|session|call|visit)\b)",
    re.IGNORECASE,
)
# A contact still ahead ("the planned visit … has not been cancelled" is still planned).
_AHEAD = re.compile(
    r"\b(?:planned|proposed|scheduled|upcoming|next|expected|prospective|forthcoming)\b",
    re.IGNORECASE,
)

# "The first … since", and "the highest-level contact between the two since 2016".
_FIRST_SINCE = re.compile(
    r"\b(?:first|highest[- ]level|highest[- ]ranking|most senior|top[- ]level)\b[^.;]{0,80}?"
    r"\b(?:since|in (?:(?:over|more than|nearly|almost) )?"
    r"(?:(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) )?"
    r"(?:years?|months?|weeks?|decades?|(?:a|an) (?:long time|decade|generation)))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StatusSuggestion:
    """A suggested status and the words it comes from (``cue`` ``None``: no cue, the
    default ``active``)."""

    status: ChannelStatus
    cue: str | None
    cue_start: int | None = None
    cue_end: int | None = None


def _clause_before(sentence: str, at: int) -> str:
    """The words before ``at`` in its clause (up to a semicolon, dash or "but")."""
    left = sentence[:at]
    cut = max(left.rfind(";"), left.rfind("—"), left.rfind(" but "), left.rfind(" – "))
    return left[cut + 1 :] if cut >= 0 else left


# A dateline before a story's first words: "SEOUL (Yonhap) -- ", "ADDIS ABABA, May 3 (AFP) - ".
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^()]{0,20})?(?:\s*\([^)]{0,40}\))?\s*[-—–]{1,2}\s*")
# What may stand before a fronted phrase: a dateline, a preposition and an article.
_OPENING = re.compile(
    rf"(?:{_DATELINE.pattern})?(?i:(?:for|after|following|in)\s+)?(?i:(?:the|a|an)\s+)?"
)
_PUNCTUATION_BREAK = re.compile(r"[,;:—–()]")
# Words that put what follows them at another time than what precedes them ("kept in touch
# … before the two restored ties", "have held calls since their countries restored ties").
_LATER = re.compile(
    r"\b(?:before|until|till|ahead of|prior to|later|then|since|once)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s(?:and|but|while|whereas|although|though)\s")


def _clause_around(
    sentence: str, start: int, end: int, breaks: re.Pattern[str] = _CLAUSE_BREAK
) -> tuple[int, int]:
    """The bounds of the clause holding ``sentence[start:end]`` (between commas, dashes,
    semicolons or a conjunction; between ``breaks`` when given)."""
    left = max((m.end() for m in breaks.finditer(sentence, 0, start)), default=0)
    after = breaks.search(sentence, end)
    return left, after.start() if after else len(sentence)


def _reading(
    status: ChannelStatus,
    before: str,
    cue: str = "",
    selected: bool = True,
    headline: bool | None = None,
    after: str = "",
) -> ChannelStatus:
    """What a cue of ``status`` means after the words ``before`` it and before ``after``
    (``selected``: the cue is among the analyst's selected words, not only near them;
    ``headline``: whether the sentence is a headline in title case, judged from ``before``
    when not given)."""
    negation = _negation_before(before)
    negated = negation is not None
    refused = (
        _REFUSAL_BEFORE.search(before[-40:]) is not None
        or _REFUSED_REQUEST.search(before[-80:]) is not None
    )
    clause = _unnamed(before[before.rfind(",") + 1 :][-100:], headline)
    # a plan does not reach into an adverbial clause of its own ("The proposal was discussed
    # while the ministers met in Rome")
    clause = _ADVERBIAL_CLAUSE.split(clause)[-1]
    if _PAST_FORM.fullmatch(cue.split(" ", 1)[0]) and " and " in clause:
        # "agreed to continue shuttle diplomacy and held a summit": a verb in the past
        # after "and" is a fact of its own, out of the modal's reach
        clause = clause[clause.rfind(" and ") :]
    # A modal or plan in the clause, or an infinitive right before the cue ("to restore").
    modal = _has_modal(clause) or (
        re.search(r"\bto\s+$", clause) is not None
        # "became the first foreign minister to visit Pakistan in a decade": it happened
        and not re.search(
            r"\b(?:first|last|only|second|third|latest)\s+(?:[\w.-]+\s+){0,4}to\s+$",
            clause,
            re.IGNORECASE,
        )
    )
    if status in {ChannelStatus.RESUMED, ChannelStatus.ACTIVE, ChannelStatus.PROPOSED}:
        if negated and re.search(r"\brul\w* out|exclud\w*", before[-40:], re.IGNORECASE):
            return ChannelStatus.PROPOSED  # "has not ruled out resuming": still possible
        if _UNWILLING.search(before[-40:]):
            return ChannelStatus.REFUSED  # "no intention of resuming": a refusal
        if _UNLIKELY.search(before[-40:]):
            return ChannelStatus.SUSPENDED  # "unlikely to resume": it stays off
        if refused:
            return ChannelStatus.REFUSED
        if negated:
            return _reading_negated(
                status, before, cue, negation.group() if negation else "", after
            )
        if (
            status == ChannelStatus.ACTIVE
            and _ANSWERING.match(cue)
            and _EFFORT_BEFORE.search(clause)
        ):
            return ChannelStatus.REFUSED  # "trying to get the PLA to pick up the phone"
        if modal and status != ChannelStatus.PROPOSED:
            # "would keep the door open": a selected verb of continuing stays as it is
            keeps = selected and status == ChannelStatus.ACTIVE and _CONTINUING.match(cue)
            return ChannelStatus.ACTIVE if keeps else ChannelStatus.PROPOSED
        if status == ChannelStatus.RESUMED and _resumption_talked_about(before, clause, cue, after):
            return ChannelStatus.PROPOSED  # "the possibility of restarting", "if talks resume"
        return status
    if status in {ChannelStatus.SEVERED, ChannelStatus.SUSPENDED}:
        return _reading_of_cut(status, before, after)
    if status == ChannelStatus.REFUSED and negated:
        return ChannelStatus.PROPOSED
    return status


def _resumption_talked_about(before: str, clause: str, cue: str, after: str = "") -> bool:
    """Whether a resumption ``cue`` is only talked about: in -ing after "of", "on" or
    "about" ("the possibility of restarting", "talks on resuming"; after "since" or "after"
    it happened) or as the subject of a goal ("Reestablishing the hotlines is a priority";
    ``after``: the words after the cue), or not in the past after "whether", "if" or
    "unless" ("whether the dialogue resumes depends on …")."""
    if _GERUND_AFTER.search(before[-40:]) and cue.lower().endswith("ing"):
        return True
    if cue.lower().endswith("ing") and _GOAL_AFTER.match(after):
        return True  # "Reestablishing military hotlines is a priority for Washington"
    return bool(
        re.search(r"\b(?:whether|if|unless)\s+(?:[\w'-]+\s+){0,4}$", clause, re.IGNORECASE)
        and not cue.lower().endswith("ed")
    )


def _negation_before(before: str) -> re.Match[str] | None:
    """The negation whose scope reaches the end of ``before`` (from the negation to there),
    if any: "has not", "no longer", "haven't", "neither … nor"; not one that a "when" or
    "whether" clause follows ("did not say when the talks would resume")."""
    negation = _NEGATION.search(before[-40:])
    if (
        negation is not None
        and not _NEGATION_SCOPE_ENDS.search(negation.group())
        # the "no" of a noun stops at its noun: "have no relations and communicate through …"
        and not re.match(r"(?:no|none|nothing)\b.*\s(?:and|but)\s+$", negation.group(), re.I | re.S)
    ):
        return negation
    neither = _NEITHER_NOR.search(before)
    if neither is not None and not _NEGATION_SCOPE_ENDS.search(neither.group()):
        return neither
    return None


def _has_modal(clause: str) -> bool:
    """Whether a modal or a plan in ``clause`` reaches its end, where the cue stands: not a
    participle used as an adjective more than three words back ("a planned meeting … was
    put on hold after a call") nor a verb whose "to" is stranded ("the talks that they
    agreed to have been held")."""
    at = 0
    while (found := _MODAL_BEFORE.search(clause, at)) is not None:
        word, tail = found.group("modal"), clause[found.end("modal") :]
        attributive = (
            word.lower().endswith("ed")
            and _ATTRIBUTIVE.search(clause, 0, found.start())
            and len(tail.split()) > 3
        )
        # "agreed to a ceasefire after talks in Doha": a phrase of time after a plan made in
        # the past tells what happened before it
        # (a headline's present is a past: "… agree to ceasefire after hotline talks")
        settled = (
            word.lower().endswith(("ed", "ght")) or re.fullmatch(r"agrees?", word, re.IGNORECASE)
        ) and _TIME_PHRASE.search(tail)
        # "would not say when the talks had resumed": the clause it introduces is its own
        reported = _NEGATION_SCOPE_ENDS.search(tail) or (
            # "The agreement was later extended … while the two sides negotiated": a noun of
            # plan that is the subject of a verb plans nothing
            re.fullmatch(r"agreement|proposals?|offers?|requests?|plans|efforts?", word, re.I)
            and re.match(r"\s+(?:\w+ly\s+)?(?:is|was|were|are|has|had|have)\b", tail)
        )
        if not attributive and not _STRANDED_TO.match(tail) and not settled and not reported:
            return True
        at = found.start() + 1
    return False


def _reading_negated(
    status: ChannelStatus, before: str, cue: str, scope: str, after: str = ""
) -> ChannelStatus:
    """What a negated contact, resumption or plan means (``scope``: the words from the
    negation to the cue; ``after``: the words after the cue): "would not restore", "has not
    agreed to restore", "no longer answers" and a negated plan are refusals; "have not
    resumed" or "no talks since" leave the channel off; a line that "has yet to be set up"
    and a contact that has "yet to" happen with no "since" are still in prospect."""
    if re.search(r"\b(?:will|would|won't|wouldn't)\b", before[-40:]):
        return ChannelStatus.REFUSED  # "would not restore": a refusal
    if re.search(
        r"\b(?:cho(?:se|sen|oses?)|decided|decides|opted|elected|prefer\w*)\W+not\b",
        before[-40:],
        re.IGNORECASE,
    ):
        return ChannelStatus.REFUSED  # "has chosen not to engage"
    if re.search(r"\b(?:scheduled|planned|arranged|set)$", cue, re.IGNORECASE):
        return ChannelStatus.SUSPENDED  # "none has been scheduled since": nothing ahead
    if re.match(r"yet to\b", scope, re.IGNORECASE) and re.match(
        r"set\w* up|establish|launch", cue, re.IGNORECASE
    ):
        return ChannelStatus.PROPOSED  # "the hotline … has yet to be set up"
    if (
        status == ChannelStatus.ACTIVE
        and re.match(r"yet to\b", scope, re.IGNORECASE)
        and not re.search(r"\bsince\b", before + " " + after[: _clause_end(after)], re.IGNORECASE)
    ):
        return ChannelStatus.PROPOSED  # "have yet to hold a bilateral meeting"
    if re.match(r"attend|join|participat|take part|show up|turn up", cue, re.IGNORECASE):
        return ChannelStatus.REFUSED  # "did not attend the meeting": staying away
    if _ANSWERING.match(cue) or re.search(
        r"\b(?:agree|accept|commit(?!tee)|ready|willing|prepared|interested|intend|eager|"
        r"keen|inclined|in a (?:hurry|rush))",
        scope + " " + cue,
        re.IGNORECASE,
    ):
        return ChannelStatus.REFUSED  # "no longer answers the calls", "has not agreed"
    return ChannelStatus.REFUSED if status == ChannelStatus.PROPOSED else ChannelStatus.SUSPENDED


def _reading_of_cut(status: ChannelStatus, before: str, after: str = "") -> ChannelStatus:
    """What a cut or a suspension means between the words ``before`` and ``after`` it: a
    threat or a condition leaves the channel as it is, a denial too, and a cut announced in
    reported speech ("Beijing said it would suspend talks") is the cut; a cut planned
    meeting is a cancellation (suspended)."""
    # Only a verb right before the cue changes it ("threatened to cut off", "did not
    # suspend"), not an adjective further back ("a planned call … was called off").
    near = before[-30:]
    threatened = re.search(
        r"\b(?:to|will|would|could|may|might)\s+(?:\w+\s+)?$|"
        r"\b(?:rul\w* out|consider\w*|threat\w*(?: to)?|warn\w*(?: of| that)?)\s+$|"
        # a condition: "if the talks collapse", "unless Beijing cuts off the line"
        r"\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){0,4}$",
        near,
        re.IGNORECASE,
    )
    # "did not suspend", "did not include any suspension", "there was no suspension"
    denied = re.search(r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:any\s+)?$|\bno\s+$", near)
    # A decision to cut ("voted to suspend", "no choice but to end") is the cut, and so is
    # one that something caused ("prompting Mexico to break relations").
    decided = re.search(
        r"\b(?:but|decided|decides|decide|chose|chooses|opted|voted|moved|ordered|forced|"
        r"compelled|obliged|had|has|have)\s+"
        r"to\s+$|"
        r"\b(?:prompt(?:ed|ing|s)?|caus(?:ed|ing|es)|le[ad](?:ing|s)?|forc(?:ed|ing|es)|"
        r"compell(?:ed|ing)|push(?:ed|ing)?|order(?:ed|ing|s)?)\s+(?:[\w’'-]+\s+){1,3}to\s+$|"
        # "restored the hotline, only to cut it again": it happened
        r"\bonly\s+to\s+$",
        before[-50:],
        re.IGNORECASE,
    )
    if (
        denied
        or _DENIED_THAT.search(before)
        or re.search(
            r"\b(?:stop\w* short of|refrain\w* from|avoid\w*|without|prevent\w*|rather than|"
            r"instead of)\s+"
            r"(?:(?:an?|the|any|total|complete|full|further)\s+){0,2}$",
            near,
            re.IGNORECASE,
        )
    ):
        if denied and _AHEAD.search(before[-100:]):
            return ChannelStatus.PROPOSED  # "the planned visit had not been cancelled"
        return ChannelStatus.ACTIVE  # "did not suspend", "stopped short of cutting off"
    announced = (
        _ANNOUNCED.search(before[-120:])
        # "China will cancel the talks, the ministry said in a statement"
        or (re.search(r"\b(?:will|'ll|’ll)\s+(?:\w+\s+)?$", near) and _ATTRIBUTED.search(after))
    ) and not _CONDITION_AFTER.match(after)
    if threatened and not decided and not announced:
        return ChannelStatus.ACTIVE
    if status == ChannelStatus.SEVERED and (
        _OCCASION_AHEAD.search(before[-60:]) or _OCCASION_AHEAD.match(after)
    ):
        return ChannelStatus.SUSPENDED  # "a planned round … was scrapped": cancelled
    return status


def _unnamed(clause: str, headline: bool | None = None) -> str:
    """``clause`` with the capitalised words of names masked ("the … Consultative
    Agreement talks"), unless it is a headline in title case (``headline``; judged from
    ``clause`` alone when not given)."""
    if headline is None:
        headline = _title_case(clause)
    return clause if headline else _NAME_WORD.sub("Name", clause)


def _title_case(text: str) -> bool:
    """Whether ``text`` is written in title case (a headline: "China Will Restore …"),
    where a capital does not mark a name."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _clause_end(text: str) -> int:
    """Where the clause that ``text`` starts ends (its first comma, semicolon or stop)."""
    found = re.search(r"[,;.?!]", text)
    return found.start() if found else len(text)


def _answered_no(status: ChannelStatus, question: str) -> ChannelStatus:
    """What a cue means in a yes/no question answered "No" or "Not yet"."""
    if status in {ChannelStatus.SEVERED, ChannelStatus.SUSPENDED}:
        return ChannelStatus.ACTIVE  # "Has China cut off the hotline? No."
    if status == ChannelStatus.REFUSED:
        return ChannelStatus.PROPOSED
    if re.search(
        r"\b(?:agree|accept|commit(?!tee)|ready|willing|prepared)", question, re.IGNORECASE
    ):
        return ChannelStatus.REFUSED  # "Has China agreed to reopen …? Not yet."
    return ChannelStatus.SUSPENDED  # "Have the talks resumed? No."


def _selected_cue(sentence: str, inside: list[re.Match[str]]) -> re.Match[str]:
    """The cue among the selection's cues ``inside`` that carries its status: its first
    cue that is not a plain contact word ("resume the stalled talks" resumes; "refused to
    restore" refuses), unless that cue governs a later contact through "to" ("working to
    schedule a call", "agreed to maintain"): then it is the modality and the later one
    carries the status."""
    specific = [
        m
        for m in inside
        if _cue_status(m) != ChannelStatus.ACTIVE
        # "continued throughout the freeze": the freeze is the background
        and not _BACKGROUND_BEFORE.search(sentence, 0, m.start())
    ] or inside
    chosen = min(specific, key=lambda m: m.start())
    later = [m for m in inside if m.start() > chosen.end()]
    if (
        later
        and _GOVERNS.match(sentence[chosen.end() : later[0].start()] + " ")
        and _cue_status(chosen) in {ChannelStatus.PROPOSED, ChannelStatus.ACTIVE}
        and _cue_status(later[0]) == ChannelStatus.ACTIVE
        # "continued to meet" goes on meeting: a verb of continuing is no modality
        and not _CONTINUING.fullmatch(chosen.group())
    ):
        return later[0]
    return chosen


def _read_around(status: ChannelStatus, cue: re.Match[str], before: str) -> ChannelStatus:
    """``status`` as read before the cue, corrected by the words after it: a yes/no
    question answered "No", a contact that would be "their first", one done "again", a
    contact noun whose clause says it is unlikely or gives it a status in the passive."""
    after = cue.string[cue.end() :]
    if _NO_ANSWER.match(after[after.find("?") :] if "?" in after else ""):
        return _answered_no(_cue_status(cue), before + cue.group())
    plain_contact = _cue_status(cue) == ChannelStatus.ACTIVE
    if (
        status == ChannelStatus.ACTIVE
        and cue.group().lower().endswith("open")
        and _OPEN_TO.match(after)
        # a door that remains open to dialogue is the channel kept available
        and not re.search(r"\bdoors?\b", before[-40:] + cue.group(), re.IGNORECASE)
    ):
        return ChannelStatus.PROPOSED  # "Washington 'remains open' to dialogue": willing
    noun = _CONTACT_NOUN.fullmatch(cue.group()) is not None or cue.group().lower().endswith(
        ("ion", "ions")
    )
    if (
        status in {ChannelStatus.SUSPENDED, ChannelStatus.SEVERED}
        and _GAP_NOUN.fullmatch(cue.group())
        and _GAP_ENDED_AFTER.match(after)
    ):
        return ChannelStatus.RESUMED  # "the freeze in military contacts ended"
    if noun and status != ChannelStatus.REFUSED and _UNLIKELY_AFTER.match(after):
        return ChannelStatus.SUSPENDED  # "a resumption of talks is unlikely"
    if (
        noun
        and plain_contact
        and (passive := _PASSIVE_AFTER.match(after))
        # not the passive of a relative clause: "exchanges that had been suspended since …"
        and not re.search(r"\b(?:that|which|who)\b", passive.group(), re.IGNORECASE)
    ):
        predicate = _CUES.match(after, passive.end())
        if predicate is not None and _cue_status(predicate) != ChannelStatus.ACTIVE:
            # "plans for a visit … were put on hold": read the predicate
            return _reading(_cue_status(predicate), "", predicate.group())
    if (
        noun
        and plain_contact
        and status == ChannelStatus.ACTIVE
        and _PROSPECT_BEFORE.search(before)
    ):
        return ChannelStatus.PROPOSED  # "the next round of talks"
    if status == ChannelStatus.SUSPENDED and plain_contact and _FIRST_AFTER.match(after):
        return ChannelStatus.PROPOSED  # "have yet to hold their first call"
    if (
        status == ChannelStatus.ACTIVE
        and plain_contact
        and not _CONTINUING.fullmatch(cue.group())
        and _AGAIN_AFTER.match(after[: _clause_end(after)])
    ):
        if re.search(r"\bto\s+\w+\s+(?:[\w-]+\s+)?$", before):
            return ChannelStatus.PROPOSED  # "the decision to start military talks again"
        return ChannelStatus.RESUMED  # "met again in Beijing"
    return status


_GAP_UNTIL = re.compile(
    r"\b(?:not|no|never)\b[^.;]{0,60}\b(?:since|for)\b[^.;]{0,40}\buntil\s+"
    r"(?:[\w'-]+\s+){0,5}$",
    re.IGNORECASE,
)
# A "first" in apposition to an outcome ("a joint statement, the first in years") is the
# outcome's, not the contact's.
_OUTCOME_FIRST = re.compile(
    r"\b(?:statements?|communiqu[eé]s?|declarations?|agreements?|deals?|accords?|treat(?:y|ies)|"
    r"documents?)\s*,\s*(?:the|their|its)\s+$",
    re.IGNORECASE,
)
# A status that is only the background of a contact: "continued throughout the freeze".
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:throughout|during|despite|amid|amidst|in spite of|notwithstanding)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ENDED_BY = re.compile(r"\b(?:when|as|with)\b(?![^,;]*[,;])", re.IGNORECASE)


def _resumes_after_gap(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the sentence tells the contact ``cue`` as the first after a gap ("the first
    … since", "after a two-year hiatus"), in the cue's clause or after it — not in an
    earlier clause about another contact ("held their first talks in five years …, where
    they agreed to keep communicating")."""
    if any(found.end() <= cue.start() for found in _GAP_ASIDE.finditer(sentence)):
        return True
    for gap in _GAP_NOUN.finditer(sentence, 0, cue.start()):
        # "The freeze … ended in May when Wang Yi met Sullivan": the contact ended it
        ended = _GAP_ENDED_AFTER.match(sentence, gap.end())
        if ended and _ENDED_BY.search(sentence, ended.end(), cue.start()):
            return True
    if _GAP_UNTIL.search(sentence, 0, cue.start()):
        return True  # "had not been held since 2019 until leaders met in Seoul"
    for pattern in (_FIRST_SINCE, _AFTER_GAP):
        for found in pattern.finditer(sentence):
            if _OUTCOME_FIRST.search(sentence, 0, found.start()):
                continue  # "… produced a joint statement, the first in years"
            if (
                found.end() > cue.start()
                or not _CLAUSE_BREAK.search(sentence, found.end(), cue.start())
                or _fronted(sentence, found.start(), found.end(), cue.start())
            ):
                return True
    return False


def _fronted(sentence: str, start: int, end: int, cue_at: int) -> bool:
    """Whether the phrase ``sentence[start:end]`` opens the sentence (after a dateline at
    most) and only commas or an "and" stand between it and the cue at ``cue_at``: a fronted
    phrase of the cue's own clause ("After a hiatus of five years, India and China met")."""
    if not _OPENING.fullmatch(sentence[:start]):
        return False
    breaks = [m.group().strip() for m in _CLAUSE_BREAK.finditer(sentence, end, cue_at)]
    return all(b in {",", "and"} for b in breaks)


def _cue_status(match: re.Match[str]) -> ChannelStatus:
    assert match.lastgroup is not None
    return ChannelStatus(match.lastgroup)


def suggest_status(sentence: str, start: int, end: int) -> StatusSuggestion:
    """The status ``sentence`` reports for the selection ``sentence[start:end]``.

    The cue inside the selection wins (when it holds several, its first one that is more
    than a plain "talks": "resume the stalled talks" resumes); else the nearest cue of the
    sentence, preferring ones before the selection. "The first … since" reports a
    resumption.
    """
    original = sentence
    # curly apostrophes read as straight ones ("hasn’t", "Beijing’s"), offsets unchanged
    sentence = sentence.replace("’", "'")
    cues = list(_CUES.finditer(sentence))
    inside = [m for m in cues if m.start() >= start and m.end() <= end]
    inside += [
        m
        for m in _SELECTED_ONLY.finditer(sentence, start, end)
        if not _GAP_NOUN.search(sentence[_clause_around(sentence, start, end)[0] : m.start()])
        and not any(m.start() < other.end() and other.start() < m.end() for other in inside)
    ]
    inside += [
        m
        for m in _ENDED.finditer(sentence, start, end)
        if _PROCESS_NOUN.search(
            sentence[_clause_around(sentence, start, end, _PUNCTUATION_BREAK)[0] : m.start()]
        )
        and not any(m.start() < other.end() and other.start() < m.end() for other in inside)
    ]
    inside.sort(key=lambda m: m.start())
    chosen: re.Match[str] | None = None
    if inside:
        # The selection's verb carries the status: its first cue that is not a plain
        # contact word ("resume the stalled talks" resumes; "refused to restore" refuses).
        chosen = _selected_cue(sentence, inside)
    elif _FIRST_SINCE.search(sentence) is None and cues:
        # The selection's own clause first ("the talks were productive and both sides
        # agreed to meet again": "talks", not "agreed"), then the whole sentence.
        left, right = _clause_around(sentence, start, end)
        wide_left, wide_right = _clause_around(sentence, start, end, _PUNCTUATION_BREAK)
        near = (
            [m for m in cues if m.start() >= left and m.end() <= right]
            # an "and" may join two names ("the Kuomintang and the Communist Party"): the
            # clause between punctuation marks next
            or [m for m in cues if m.start() >= wide_left and m.end() <= wide_right]
            or cues
        )
        specific = [m for m in near if _cue_status(m) != ChannelStatus.ACTIVE] or near

        def distance(m: re.Match[str]) -> int:
            return start - m.end() if m.end() <= start else (m.start() - end) * 2

        chosen = min(specific, key=distance)
    if chosen is None:
        first_since = _FIRST_SINCE.search(sentence)
        if first_since is not None:
            before = _clause_before(sentence, first_since.start())
            status = _reading(ChannelStatus.RESUMED, before)
            return StatusSuggestion(
                status,
                original[first_since.start() : first_since.end()],
                first_since.start(),
                first_since.end(),
            )
        return StatusSuggestion(ChannelStatus.ACTIVE, None)
    before = _clause_before(sentence, chosen.start())
    status = _reading(
        _cue_status(chosen),
        before,
        chosen.group(),
        selected=bool(inside),
        headline=_title_case(sentence),
        after=sentence[chosen.end() :],
    )
    status = _read_around(status, chosen, before)
    if status in {ChannelStatus.ACTIVE, ChannelStatus.RESUMED} and _PLANNED_AFTER.match(
        sentence, chosen.end()
    ):
        status = ChannelStatus.PROPOSED  # "a video call … is planned for the coming weeks"
    if status == ChannelStatus.ACTIVE and _cue_status(chosen) == ChannelStatus.ACTIVE:
        # "The call marked the resumption of …": a plain contact that the sentence reports
        # as a resumption is one.
        for other in cues:
            # (not one reported before it in a clause of its own: "Iran, which restored
            # ties in 2023, has since exchanged ambassadors")
            if (
                other is not chosen
                and _cue_status(other) == ChannelStatus.RESUMED
                # nor a participle describing a noun: "The channels restored after Woodside"
                and not re.search(
                    rf"\b(?:{_CONTACT_NOUN.pattern}|channels?|hotlines?|lines?)\s+$",
                    sentence[: other.start()],
                    re.IGNORECASE,
                )
                and not (
                    other.start() < chosen.start()
                    and _CLAUSE_BREAK.search(sentence, other.end(), chosen.start())
                )
                # nor one that came later: "kept in touch … before the two restored ties"
                and not (
                    other.start() > chosen.end()
                    and _LATER.search(sentence, chosen.end(), other.start())
                )
            ):
                reading = _reading(
                    ChannelStatus.RESUMED, _clause_before(sentence, other.start()), other.group()
                )
                if reading == ChannelStatus.RESUMED:
                    status = ChannelStatus.RESUMED
                    break
    if (
        status == ChannelStatus.ACTIVE
        and _cue_status(chosen) == ChannelStatus.ACTIVE
        and _resumes_after_gap(sentence, chosen)
    ):
        status = ChannelStatus.RESUMED
    return StatusSuggestion(
        status, original[chosen.start() : chosen.end()], chosen.start(), chosen.end()
    )
