"""The default recognizer: gazetteers plus rules, no statistical model, no download.

Candidates come from several sources, each with a priority; the resolver keeps the
highest-priority, then longest, non-overlapping spans. A second pass marks later
surname-only mentions ("Sullivan", "Wang") of people named in full earlier.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cached_property
from operator import itemgetter
from string import ascii_uppercase
from typing import NamedTuple

import ahocorasick

from dragon_reader.domain.entities import (
    EntityLabel,
    EntitySpan,
    PackedMentions,
    TaughtRules,
    pack_mentions,
)
from dragon_reader.nlp.dates import anchor_keys, find_dates
from dragon_reader.nlp.fast_patterns import (
    LINE_START,
    guarded_alternation,
    guarded_class,
    matches_at,
    order_for_news,
    word_trie,
)
from dragon_reader.nlp.gazetteer import Entry, Gazetteer, gazetteer_digest, load_gazetteer

RULES_VERSION = "rules-8"

# The slots of ``EntitySpan`` set directly (see ``RuleRecognizer.recognize``).
_new_object = object.__new__
_set_start, _set_end, _set_label, _set_text, _set_canonical = (
    getattr(EntitySpan, field).__set__ for field in ("start", "end", "label", "text", "canonical")
)
_LABEL_VALUES = {label: label.value for label in EntityLabel}  # plain strings, cheap to send
# The labels as module constants: looking a member up on the enum class costs a descriptor
# call each time (about as much as making a candidate), and the rules do it in every loop.
_PERSON, _ORG, _GPE = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.GPE
_LOC, _DATE, _NORP = EntityLabel.LOC, EntityLabel.DATE, EntityLabel.NORP

# Priorities: higher wins an overlap; equal priorities prefer the longer span.
ANALYST = 100
SUPPRESS = 90  # names outside the label set (laws, events) hide the places inside them
PERSON_STRONG = 80  # known people, names after titles, credit lines, datelines, parties
LISTED = 60  # organisations, regions, dates
# Names found by their shape rank with listed names, so a longer listed name wins
# ("Second Thomas Shoal" over "Thomas Shoal", "People's Liberation Army" over its tail).
PERSON_PATTERN = LISTED  # given name + surname, Chinese family name + given name
ORG_PATTERN = LISTED  # capitalised names ending in Fund, Institute, Ministry, …
LISTED_WEAK = 50  # single-word places and nationalities

# Every pattern scanned over whole articles begins with a literal or a character class, its
# guard on the character before placed after it (see fast_patterns): same matches, and a
# search that skips ahead instead of trying every position.
# Letters of names: ASCII and the Latin letters with accents (Prévot, Erdoğan, Goïta).
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
# An apostrophe inside a name before lower-case letters ("Sing'oei", "Ma'ruf"), but not a
# possessive or a contraction ("Xi's", "We'll").
# Runs of lower-case letters are possessive (``++``): what may follow them never begins with a
# lower-case letter, so giving letters back can never help a match, and ``re`` then does not
# try (the same matches, a quarter less time for the run pattern).
_NAME_TOKEN_TAIL = (
    rf"(?:[{_LOWER}]++(?:['’](?!(?:ll|ve|re)(?![\w]))[{_LOWER}]{{2,}}+)?(?:[{_UPPER}][{_LOWER}]++)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]++|-[ie](?=-))*"
    rf"|\.(?:[{_UPPER}]\.)*|['’][{_UPPER}][{_LOWER}]++)"
)
_NAME_TOKEN = rf"(?:[{_UPPER}]{_NAME_TOKEN_TAIL})"
# Lower-case particles inside names ("von der Leyen", "Lula da Silva", "Tamim bin Hamad"),
# and the Arabic article glued to a name ("al-Burhan", "el-Sisi").
PARTICLES = (
    "von van der den de da das dos du del della di la le bin bint ibn al el ul ud ter zu"
).split()
_PARTICLE = rf"(?:{word_trie(PARTICLES)})"
_PREFIXED_TOKEN = (
    rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn)-[{_UPPER}][{_LOWER}]+"
    rf"(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*)"
)
# A further word of a name: particles first, then a capitalised or prefixed word.
_NAME_PART = rf"(?: (?:{_PARTICLE} )*(?:{_NAME_TOKEN}|{_PREFIXED_TOKEN}))"
_NOT_IN_WORD = r"[\w.’'-]"  # what may not stand right before a name
_NAME_RUN = re.compile(
    rf"{guarded_class(f'[{_UPPER}]', _NOT_IN_WORD)}{_NAME_TOKEN_TAIL}{_NAME_PART}*(?![\w-])"
)
# The runs of two words or more that ``_NAME_RUN`` finds (single words cannot hold a name
# of two words): the same matches as filtering its runs for a space, without making them.
_NAME_RUN_OF_TWO = re.compile(
    rf"{guarded_class(f'[{_UPPER}]', _NOT_IN_WORD)}{_NAME_TOKEN_TAIL}{_NAME_PART}+(?![\w-])"
)
# The words of a run or name: name tokens, prefixed names, particles, and two capitals as
# initials ("CQ Brown"); a word is a whole space-separated word of a run.
_TOKEN = re.compile(
    rf"{_NAME_TOKEN}|{_PREFIXED_TOKEN}|(?<![\w-]){_PARTICLE}(?= )|[{_UPPER}]{{2}}(?= )"
)
_PARTICLE_WORDS = frozenset(PARTICLES)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# A capitalised word, hyphenated parts included, not glued to a word, dot or hyphen before it
# and not running on into lower case ("Biden" of "Biden-Xi", not of "Biden-era").
_CAPITAL_START = guarded_class(f"[{_UPPER}]", r"[\w.-]")
_CAPITALISED_WORD = re.compile(
    rf"({_CAPITAL_START}[{_UPPER}{_LOWER}]*)(?:-[{_UPPER}][{_UPPER}{_LOWER}]*)*"
    rf"(?![{_UPPER}{_LOWER}0-9_]|-[{_LOWER}])"
)
# Names outside the label set (laws, events) end in one of these words.
_OUT_OF_SET_HEADS = frozenset(
    """Act Acts Treaty Accord Accords Conference Summit Forum Dialogue Initiative Doctrine
    Games Olympics War Convention Communique Communiqué Declaration Agreement Protocol""".split()
)
# A capitalised run ending in one of these words names an organisation.
_ORG_HEADS = frozenset(
    """Fund Institute Institution Foundation Council Center Centre University College Agency
    Ministry Department Committee Commission Bank Group Corporation Corp. Inc. Company
    Association Party Army Navy Corps Guard Office Bureau Authority Organization Organisation
    Union Academy Command Court Parliament Assembly Congress Senate Times Post News Journal
    Herald Tribune Daily Press Television Radio Forces Force Front Service Services Movement
    Alliance Programme Program Watch International Fleet Administration Mission Network League
    Federation Coalition Chamber Community Staff Brigade Brigades Battalion Regiment Division
    Police Secretariat Board Electronics Airlines Airways Holdings Industries Motors Petroleum
    Technologies Telecom Society Motor Co Co. Ltd Ltd. Limited Securities Exchange Steel
    Pharmaceuticals Inc Corp Bhd Plc Cartel Syndicate Observatory School Units Unit Solutions
    Mobility Equities Capital Ventures Systems Logistics Dynamics Aerospace Robotics
    Tribunal Shipyard Shipyards Centers Centres Body Fighters Equipment Utility Utilities
    Railways""".split()
)
# Company heads written with a period after them ("Corp.", "Inc.").
_ABBREVIATED_HEADS = frozenset("Corp Inc Co Ltd Bhd Plc".split())
# Last words of company names: a person's name never ends in one ("Ola Electric").
_COMPANY_WORDS = frozenset(
    """Electric Energy Power Motor Motors Mobility Solutions Systems Technologies Technology
    Holdings Industries Equities Securities Capital Ventures Partners Logistics Shipping
    Airlines Airways Steel Chemicals Pharma Pharmaceuticals Telecom Networks Electronics
    Semiconductor Semiconductors Dynamics Aerospace Robotics Foods Mining Resources Petroleum
    Insurance Finance Financial Investments Infrastructure Engineering Construction Labs
    Ratings Metals Minerals Materials""".split()
)
# Heads of company names whose first word alone names the company later ("Renesas
# Electronics" … "Renesas"), and of natural places ("Litani River" … "Litani").
_SHORT_FORM_HEADS = (
    frozenset(
        """Electronics Holdings Motor Motors Group Corp Corp. Corporation Co Co. Inc Inc. Ltd Ltd.
    Limited Securities Industries Technologies Airlines Airways Petroleum Steel
    Pharmaceuticals Telecom River Mountains Desert Valley Department""".split()
    )
    | _COMPANY_WORDS
)
# The first words of "… Department" that name the department alone ("Commerce said").
_DEPARTMENT_SHORT_FORMS = frozenset(["Commerce", "Treasury"])
# An unknown name in capitals ("ACLED", "CPN-UML") is an organisation unless it is one of
# these: terms, units, weapons and currencies written in capitals.
_NOT_ORG_ACRONYMS = frozenset(
    """GDP GNP CEO CFO COO CTO CEOs COVID AIDS HIV SARS MERS LNG LPG EEZ UAV ICBM SRBM IRBM
    SLBM MRBM GMT UTC EST EDT PST PDT BST CET CST JST KST AM PM PHD VAT IPO ETF CPI PMI GPS
    DNA RNA USB API URL PDF FAQ NGO ISBN RPG IED MW GW KW KM MPH BBL LED USD EUR JPY CNY RMB
    GBP INR HQ OTC ESG SMS ADIZ DMZ THAAD HIMARS ATACMS GMLRS NASAMS SAM AWACS APC IFV MBT
    MANPADS EV EVs CCP ASAP FYI RSS TBD TBA YES NOT ALL AND THE FOR NEW BIG WAR OUT NOW
    ONE TWO SAY OFF TOP END SOS VIP VIPs PR IT AI TV OK""".split()
)
_ALL_CAPS = re.compile(
    rf"{guarded_class('[A-Z]', _NOT_IN_WORD)}[A-Z&]{{2,5}}(?:-[A-Z]{{2,6}})?(?![\w’'-])"
)
_ROMAN = re.compile(r"[IVXLCDM]+")
# Words before an unknown name that show it to be an organisation's: "the group Hami
# Nepal", "chipmaker Renesas", "Rival Rohm said".
_ORG_CUE_WORDS = """group company firm carmaker automaker chipmaker steelmaker drugmaker lender
    broadcaster newspaper outlet monitor watchdog militia startup start-up insurer retailer
    conglomerate rival operator airline movement network shipbuilder contractor utility
    brokerage charity gazette daily weekly tabloid magazine""".split()


def _cue_keys(words: Iterable[str]) -> Iterator[str]:
    """Each of ``words`` and its capitalised form followed by a space or by a comma (an
    apposition: "a Swiss charity, Terre Solidaire,"), as keys of the recognizer's automaton
    (one pass in C: far faster than a pattern or a search per word)."""
    for word in words:
        for form in (word, word.capitalize()):
            yield f"{form} "
            if not form.startswith("-"):
                yield f"{form}, "


_ORG_CUE_SET = frozenset(_ORG_CUE_WORDS)
_ORG_CUE_KEYS = tuple(_cue_keys([*_ORG_CUE_WORDS, "-based"]))
# What a key of the recognizer's automaton is, besides a listed name (bits: one key may be
# both): a title, a word for a kind of organisation.
_TITLE_KEY, _CUE_KEY = 1, 2
# Where a key of these begins, the recognizer's automaton notes it (in ``_Scan.starts``):
# where dates may begin (``find_dates``), and patterns whose every match begins with one of
# their keys, tried only there (``matches_at``) instead of each in a pass of its own.
(
    _DATES,
    _PLACES_AFTER,
    _PARTIES,
    _CAPITALS,
    _PLACES_BEFORE,
    _ORGS_OF,
    _CREDITS,
    _FEATURES_AFTER,
    _MOVES,
    _KINDS_AFTER,
    _UNITS_AFTER,
    _JOINED_HEADS,
) = range(12)


_AUTOMATON = f"recognizer automaton {RULES_VERSION}"
# How many runs' names a recognizer keeps (``_names_in_run``; a few MB at most).
_RUNS_REMEMBERED = 50_000


class _Scan(NamedTuple):
    """What one pass of the recognizer's automaton over a text found."""

    names: list[tuple[int, int, _Listing]]  # (start, end, listing): listed names, whole words
    title_starts: list[int]  # where a listed title begins (a whole word)
    cue_ends: list[int]  # where a capitalised word follows a cue word (``_ORG_CUE_WORDS``)
    starts: tuple[list[int], ...]  # by ``_beginnings()``: where one of their keys begins


# Names like "Ombudsman's Office", "China Shipowners' Association", "Workers' Party": found
# from the apostrophe (a search skips to it), then the words after it and before it.
_POSSESSIVE_MARK = re.compile(r"['’]s?(?= [A-Z])")
_POSSESSIVE_HEAD = re.compile(
    rf"(?: {_NAME_TOKEN}){{0,3}} (?:Office|Association|Party|Union|Front|Army|Council|Units|Forces|"
    rf"Committee|Federation|League|Bank|Congress|Court|Commission|Alliance|Movement|Force|Guard|"
    rf"Assembly|Organi[sz]ation)(?![\w-])"
)
_POSSESSIVE_OWNER = re.compile(rf"(?<![\w.’'-])(?:{_NAME_TOKEN} ){{0,2}}[A-Z][a-z]+$")
# A capitalised run ending in one of these words names a natural place ("Sandy Cay").
_LOC_HEADS = frozenset(
    """Sea Gulf Strait Straits Bay Peninsula Island Islands Isles Archipelago Atoll
    Reef Shoal Shoals Cay Channel River Lake Mountains Mountain Range Desert Plateau Valley
    Basin Delta Coast Plain Plains Highlands Forest Strip Heights Corridor Canal Hills Gorge
    Lagoon Falls Steppe Oasis Glacier Route Passage Pass Darya Sound Trench Ridge Line""".split()
)
# Heads of state bodies: a country's name before them is split off ("[Pakistan] [Army]").
_STATE_HEADS = frozenset(
    """Army Navy Force Forces Guard Ministry Department Police Agency Office Service Command
    Corps Marines Administration Fleet""".split()
)
# What may follow a head to finish a name: "of Iran", "for Foreign Affairs", "on the Chinese
# Communist Party", "of the CPC Central Committee", "on U.S.-China Relations".
_ORG_TAIL_WORD = rf"(?:{_NAME_TOKEN}|[A-Z]{{2,6}}(?![a-z])|U\.S\.(?:-[A-Z][a-z]+)?)"
_ORG_TAIL = re.compile(
    rf" (?:of|for|on) (?:the )?{_ORG_TAIL_WORD}(?:(?:"
    r",(?=(?: [A-Z][\w’'-]*,)* [A-Z][\w’'-]*,? and [A-Z])"  # "… of Mining, Petroleum and Energy"
    rf"| and| (?:of|for|on)(?: the)?)? {_ORG_TAIL_WORD})*(?![\w-])"
)
# Heads of organisations' names that no surname is: "Wilson Center" is not a person.
_INSTITUTION_HEADS = frozenset(
    """Center Centre Institute Institution Foundation University College Agency Ministry
    Department Committee Commission Corporation Association Organization Organisation Bureau
    Authority Academy Council Federation Secretariat Observatory Force Forces Army Navy Police
    Command Brigade Brigades Battalion Regiment Fleet Corps Movement Alliance Coalition League
    Party""".split()
)
# Heads of bodies with chapters named by a country after them ("Amnesty International
# Nigeria", "Humanitarian Law Center Kosovo"), and what follows such a name.
_CHAPTER_HEADS = frozenset("International Center Centre Watch Foundation Institute".split())
_CLAUSE_GOES_ON = re.compile(
    r"(?:[,.;:)]| (?:said|says|has|have|had|is|was|and|urged|director|chief|head|spokesman|"
    r"spokeswoman|spokesperson|researcher)(?![\w-]))"
)
# The services of an army named after it: "People's Liberation Army Navy", "… Rocket Force".
_ARMY_SERVICES = (" Navy", " Air Force", " Rocket Force", " Ground Force", " Strategic Support")
_ARMY_SERVICE = re.compile(
    r" (?:Navy|Air Force|Rocket Force|Ground Forces?|Strategic Support Force)(?![\w-])"
)
# Words that end an organisation's name before them ("Election Commission on Monday").
_DATE_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec""".split()
)
_LOWER_SUFFIX = re.compile(
    r"-(?:based|flagged|led|backed|owned|run|era|style|born|made|linked|controlled|held|"
    r"registered|funded|allied|aligned|bound)$"
)
_ADMIN_UNITS = "State Oblast Province Governorate Prefecture Region County Territory Krai"
_ADMIN_UNIT_WORDS = tuple(f" {unit}" for unit in _ADMIN_UNITS.split())
_ADMIN_UNIT_AFTER = re.compile(rf" (?:{_ADMIN_UNITS.replace(' ', '|')})(?![\w-]| [A-Z])")
# The name before a capitalised word for a state's division, inside a sentence: "Myanmar's
# Karen State", "in Sagaing Region" (one place, even where the name is a given name).
_NAME_BEFORE_UNIT = re.compile(rf"(?<=[a-z,’'] )({_NAME_TOKEN})$")
_CAPITALS_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z]{2,4}|[B-HJ-Z]) $")
_TWO_WORDS = re.compile(rf"{_NAME_TOKEN} {_NAME_TOKEN}")
_IN_PLACE = re.compile(rf" in ((?:the )?{_NAME_TOKEN}(?: {_NAME_TOKEN})?)(?![\w-])")
# A place named first as what a body deals with, not as its country ("Taiwan Affairs
# Office", "Mainland Affairs Council"): the place is not split off.
# Words naming what a movement stands for: a place before them belongs to the group's
# name ("Kachin Independence Army", "Kosovo Liberation Army"), not split off as the state's.
_CAUSE_WORDS = frozenset(
    """Independence Liberation National Democratic Revolutionary Republican Salvation
    Freedom Resistance Islamic Patriotic Popular People's Peoples Unity United""".split()
)
# Words for a movement, party, army or brigade opening a name joined by "-e-", "-i-" or
# "-ul-" in Urdu and Persian, or followed by an Arabic "al-" name, as agencies write them
# ("Tehreek-e-Taliban Pakistan", "Jamaat-e-Islami", "Hizb-ut-Tahrir", "Harakat al-Nujaba",
# "Liwa al-Quds", "Jaysh al-Adl"): the name of a group.
_JOINED_ORG_HEADS = """Tehreek Tehrik Tahreek Tahrik Lashkar Jaish Jaysh Jamaat Jamiat Hizb Sipah
    Harkat Harakat Majlis Anjuman Tanzeem Tanzim Ittehad Ittihad Muttahida Liwa Kataib Saraya
    Jabhat Asaib""".split()
_JOINED_ORG = re.compile(
    rf"{guarded_alternation(_JOINED_ORG_HEADS, _NOT_IN_WORD)}"
    rf"(?:-(?:e|i|ul|ut|ud|al)-| (?:al|el|ad|an|ar|as|ash|at|az|ut|ul)-)"
    rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*(?: {_NAME_TOKEN})*(?![\w-])"
)
# One capital as a middle initial after a name of one word after a title: "Governor Ahsan H
# Mansur" (searched for there only: a search of every text cost 1–2 % of the recognizer's time).
_MIDDLE_INITIAL = re.compile(rf" [B-HJ-Z] ({_NAME_TOKEN})(?![\w-]| [A-Z])")
# Two places joined by a hyphen before an organisation's name ("U.S.-China Business Council").
_PLACE_PAIR_BEFORE = re.compile(
    rf"(?<![\w.’'-])(U\.S\.|[A-Z]{{2,3}}|{_NAME_TOKEN})-(U\.S\.|[A-Z]{{2,3}}|{_NAME_TOKEN}) $"
)
_SUBJECT_AFTER_PLACE = re.compile(
    rf"{_NAME_TOKEN}(?: {_NAME_TOKEN})? (?:Affairs|Relations|Studies|Policy|Development|Economic|"
    rf"Trade|Cultural)(?![\w-])"
)
_JOINED_BEFORE = re.compile(rf"(?<![\w.’'-])({_NAME_TOKEN}(?: {_NAME_TOKEN})*) and $")
# A ministry named by its function in lower case: "Canada's foreign ministry".
_MINISTRY = re.compile(r"ministry(?![\w-])")
_MINISTRY_FUNCTION = re.compile(
    r"(?<![\w-])(?:foreign(?: affairs)?|defen[cs]e|interior|finance|trade|commerce|economy|"
    r"health|justice|energy|education|agriculture|information|culture|home|external affairs|"
    r"industry|environment|labou?r|transport) $"
)
# "(ECOWAS)" after the name it abbreviates.
_ACRONYM_DEFINED = re.compile(r"\(([A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]*)?)\)")
# What shows an unknown name to be a person's: a verb of saying after it, an apposition
# ("…, the region's leader", "…, 52,"), or "said" / "according to" before it.
_PERSON_AFTER = re.compile(
    r"(?:,? (?:said|says|told|added|wrote|tweeted|posted|insisted|argued|warned)(?![\w-])|"
    r", (?:the|a|an|who|whose|head|chief|spokesperson|spokesman|spokeswoman|director|leader|"
    r"chairman|chairwoman|president|minister|commander|secretary|governor|ambassador|envoy|"
    r"managing|deputy|senior|former|vice|executive|founder|co-founder|"
    r"aged|\d{2},)(?![\w-])|"
    r" as (?:the )?(?:new |interim |acting )?(?:prime minister|president|speaker|chairman|"
    r"chairwoman|governor|mayor)(?![\w-]))"
)
# An apposition that shows the name before it to be an organisation's: "Emergency Lawyers, a
# rights group", "Centrenergo, the state company".
_ORG_APPOSITION = re.compile(
    r", (?:a|an|the) (?:(?!of |for )[\w-]+ ){0,3}(?:group|company|firm|organi[sz]ation|agency|"
    r"monitor|network|militia|party|movement|coalition|alliance|union|charity|watchdog|think tank|"
    r"institute|bank|lender|operator|carmaker|maker|broadcaster|newspaper|outlet|startup|"
    r"conglomerate|producer|manufacturer|exchange|body|body's|regulator)(?![\w-])"
)
_BEFORE_COMMA = """minister spokesman spokeswoman spokesperson envoy ambassador commander chief
    leader president secretary director governor mayor analyst official adviser advisor
    counterpart chairman chairwoman""".split()
_BEFORE_SPACE = """father mother son daughter brother sister wife husband widow uncle nephew niece
    writer reporter correspondent journalist photographer economist analyst
    strategist researcher lawyer activist professor spokesman spokeswoman spokesperson""".split()
_PERSON_BEFORE = re.compile(
    rf"(?<![\w-])(?:said|according to|told|(?:{'|'.join(_BEFORE_COMMA)}), |"
    rf"(?:{'|'.join(_BEFORE_SPACE)}) ) ?$"
)
# How text ends where ``_PERSON_BEFORE`` can match (a test in C before the search).
_PERSON_BEFORE_ENDS = tuple(
    ending + space
    for ending in (
        "said",
        "according to",
        "told",
        *(f"{word}, " for word in _BEFORE_COMMA),
        *(f"{word} " for word in _BEFORE_SPACE),
    )
    for space in ("", " ")
)
# After "X said": "it"/"its" shows X to be an organisation ("… said on Monday it would").
_SAID_IT = re.compile(
    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| in a statement"
    r"| in a filing| late \w+| earlier)?,? (?:that )?its? (?!is\b)"
)
# Two capitals as initials before a name ("KP Sharma Oli", "CQ Brown").
_INITIALS_NAME = re.compile(
    rf"{guarded_class('[A-Z]', _NOT_IN_WORD)}[A-Z] ({_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}})"
    r"(?![\w-]| [A-Z])"
)
# A lower-case word after a name that shows it to be an organisation's ("… Dream party").
_KINDS = [*"party gang militia cartel faction bloc coalition movement".split(), "think tank"]
_KIND_AFTER = re.compile(rf" (?:{'|'.join(_KINDS)})(?![\w-])")
_KIND_WORDS_AFTER = tuple(f" {kind}" for kind in _KINDS)  # where _KIND_AFTER can match
# A single capitalised word before such a kind word, inside a sentence: "Kurti's
# Vetevendosje movement", "the left-wing Together for Peru party" ("bloc", "faction" and
# "coalition" are named after people too: "the Sudani bloc").
_SINGLE_WORD_KINDS = [*"party gang militia cartel movement".split(), "think tank"]
_SINGLE_KIND_AFTER = re.compile(rf" (?:{'|'.join(_SINGLE_WORD_KINDS)})(?![\w-])")
_WORD_BEFORE_KIND = re.compile(
    rf"(?<=[a-z,’'] )(?:([{_UPPER}][\w’'-]*(?: [{_UPPER}][\w’'-]*)*) (?:for|of) )?({_NAME_TOKEN})$"
)
# Words for followers of a person or creed ("Sadrist", "Maoist", "Islamist"): a group's.
_FOLLOWER_ENDINGS = ("ist", "ists", "ite", "ites")
# Words before a name that show it to be a place's, not a person's ("near Kfar Kila, the …").
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|between|around) $")
# Japanese names as agencies write them, family name first or last ("Kihara Minoru").
_JAPANESE_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmrwy]|sh|ch|ts|f|j|ky|gy|ny|hy|by|py|my|ry)?(?:a|i|u|e|o|ou|oo)n?)+"
)
_PERSON_KNOWN_AS = re.compile(
    rf", (?:(?:better|also|popularly|widely|commonly) known as|nicknamed|alias) "
    rf"[\"“]?({_NAME_TOKEN}(?: {_NAME_TOKEN})?)[\"”]?(?=[,.;)]| [a-z])"
)
_ACRONYM_KNOWN_AS = re.compile(r", known as (?:the )?([A-Z]{2,8})(?![\w-])")
_ARABIC_JOINED = frozenset("al el wal ul ud ad an ar as ash at az".split())
_ACRONYM_SKIPPED_WORDS = frozenset("of the and for on in de du des la le al el".split())
# Words before a place: "in", "near", "outside", "the town of"; and after: "region", "province".
_PLACE_BEFORE_WORDS = "in near outside around between of".split()
_PLACE_BEFORE = re.compile(rf" (?:{'|'.join(_PLACE_BEFORE_WORDS)}) (?=[{_UPPER}])")
# First words of places that are given names too ("El Tarra", "San Vicente").
_PLACE_ARTICLES = frozenset("El La Los Las Le Les San Santa Santo São Al Ras Tel".split())
# "of" shows a place only after these words: "the town of Moqokori".
_PLACE_OF_WORDS = frozenset(
    "town towns city cities village villages outskirts port province provinces district "
    "districts region regions residents capital suburb suburbs hamlet hamlets municipality "
    "commune parish exclave enclave".split()
)
# After a name, an apposition saying what kind of place it is: "Bakorat, a hamlet of herders",
# "Hosingo and Badhadhe, two towns on the road"; the kind is followed by a preposition or a
# stop, so that "…, a city official" says nothing.
_PLACE_KINDS = (
    "town towns village villages city cities hamlet hamlets parish municipality district "
    "districts suburb port settlement settlements commune region province"
).split()
_PLACE_APPOSITION = re.compile(
    rf", (?:(?:a|an|the|two|three|four|five|six|several|both|other) )?(?:[a-z-]+ ){{0,2}}?"
    rf"(?:{'|'.join(_PLACE_KINDS)})"
    r"(?=[,.;:]| (?:of|in|on|near|along|about|north|south|east|west|outside|close|some|"
    r"where|that|which|with|by|across|at)(?![\w-]))"
)
# Verbs of moving to or from a place: "fled to Dhobley", "flown in from Dhusamareb".
_MOVED_WORDS = frozenset(
    """fled flee fleeing flees flown flew travelled traveled moved returned retreated withdrew
    marched advanced displaced evacuated relocated driven""".split()
)
_MOVED_PREPOSITIONS = [
    f"{between}{prep} "
    for between in ("", "in ", "back ", "out ")
    for prep in ("to", "from", "into", "toward", "towards")
]
# Tried only where the automaton saw a verb and its preposition (``_MOVES``).
_MOVED_TO = re.compile(
    rf"{word_trie(_MOVED_WORDS)} (?:in |back |out )?(?:to|from|into|towards?) (?=[{_UPPER}])"
)
_PLACE_AFTER = re.compile(
    r" (?<=[a-z] )(?:regions?|provinces?|states?|districts?|governorates?|oblasts?|prefectures?|"
    r"counties|county|valley|sector|refugee camp|camp|area|island|crossing)(?![\w-])"
)
# Words of ``_PLACE_AFTER`` that a natural region may take as well as a state's.
_UNSURE_KINDS = tuple(f" {w}" for w in "region valley area sector island crossing camp".split())
_PLACE_AFTER_WORDS = [  # how every match of _PLACE_AFTER begins
    f" {word}"
    for word in """region province state district governorate oblast prefecture counties county
    valley sector refugee camp area island crossing""".split()
]
_PLACE_NAME_TEXT = rf"[{_UPPER}][{_LOWER}]++(?:-[{_UPPER}{_LOWER}][{_LOWER}]++)*"
# A natural place named by "the", its name and a lower-case word for its kind: "the Kosi
# river", "the Lipulekh pass" (a listed city of the same name gives way).
_NATURAL_FEATURES = """river pass strait sea lake desert plateau mountains glacier canal wetlands
    marshes lagoon
    peninsula basin delta""".split()
_FEATURE_AFTER = re.compile(rf" (?:{'|'.join(_NATURAL_FEATURES)})(?![\w-])")
_THE_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Tt]he|an?) ({_PLACE_NAME_TEXT}(?: {_PLACE_NAME_TEXT})?)$"
)
_PLACE_NAME = re.compile(
    rf"{_PLACE_NAME_TEXT}(?: (?:al-|el-|de |del |da |do |dos |de la )?{_PLACE_NAME_TEXT}){{0,2}}|"
    rf"(?:al|el)-{_PLACE_NAME_TEXT}"
)
_PLACE_LIST = rf"(?:{_PLACE_NAME.pattern})(?:(?:, | and | or )(?:{_PLACE_NAME.pattern}))*"
_PLACE_NAMES_AFTER = re.compile(rf"{_PLACE_LIST}(?![\w-])")
# The names ending where a search of this ends: ``(?<![\w.-])`` and ``_PLACE_LIST``, with the
# guard after the first character (a capital, or the "a" or "e" of "al-" / "el-"), so that the
# search skips to those characters instead of trying the pattern at each (see fast_patterns).
_PLACE_NAMES_BEFORE = re.compile(
    rf"[{_UPPER}ae](?<![\w.-][{_UPPER}ae])"
    rf"(?:(?<=[{_UPPER}])[{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
    rf"(?: (?:al-|el-|de |del |da |do |dos |de la )?{_PLACE_NAME_TEXT}){{0,2}}"
    rf"|(?<=[ae])l-{_PLACE_NAME_TEXT})"
    rf"(?:(?:, | and | or )(?:{_PLACE_NAME.pattern}))*$"
)
# Capitalised words after "in" that are not places.
_NOT_PLACES = frozenset(
    """English Arabic Mandarin Cantonese Urdu Hindi Persian Farsi Swahili Hebrew Korean Latin
    Parliament Government Congress Court Christ God Islam Christianity Judaism Buddhism
    Spring Summer Autumn Fall Winter Part Chapter Section Article Room Building Hall Phase
    Stage Round Game Group Team Class Grade Christmas Easter Ramadan Eid Diwali Hanukkah
    Passover Lent Advent Thanksgiving""".split()
)
# Organisations named head first: "Ministry of Foreign Affairs", "University of Hong Kong".
_ORG_OF_HEADS = (
    "Ministry Department Office Bureau Institute University Council Commission Committee "
    "Academy Bank Court Secretariat Agency Mission Federation Union Chamber Organization "
    "Organisation Association League Confederation Authority Board Movement Tribunal Center "
    "Centre Foundation Fund Service School Alliance Front Party Coalition Congress Parliament "
    "Assembly Senate Society"
).split()
_ORG_OF = re.compile(
    rf"{guarded_alternation(_ORG_OF_HEADS, _NOT_IN_WORD)} (?:of|for|on) (?:the )?"
    rf"{_NAME_TOKEN}(?:(?:, {_NAME_TOKEN})+,? and {_NAME_TOKEN}|(?: (?:and )?{_NAME_TOKEN}))*"
    r"(?![\w-])"
)
_CREDIT_WORDS = (
    "Reporting",
    "Writing",
    "Additional reporting",
    "Editing",
    "Edited",
    "editing",
    "Compiled",
)
# After "(", after ". " or at a line start; searched in the text with a line break before
# it (the pattern begins with the character before the credit word).
_CREDIT = re.compile(rf"(?:\(|\. |\n)(?:{word_trie(_CREDIT_WORDS)}) by ([^)\n]+)")
_BYLINE = re.compile(rf"B(?<!{LINE_START}B)[yY] ([A-Z][^\n]{{2,80}})$", re.MULTILINE)
# At a line start; searched in the text with a line break before it, as ``_CREDIT``.
# Every agency's style: "KYIV, March 4 (Reuters) -", "BEIJING:", "KUALA LUMPUR —",
# "WOODSIDE, California, Nov 15 (Reuters) -", "HANOI, Jan 30 (Reuters) -".
_DATELINE_END = r"(?=,? (?:[A-Za-z0-9., ]{1,30} )?\(|: | ?[—–]| -{1,2} |, [A-Z])"
_DATELINE = re.compile(
    rf"\n([{_UPPER}][{_UPPER}.'-]+(?:[ /][{_UPPER}][{_UPPER}.'-]+)*){_DATELINE_END}"
)
# The agency after a dateline: "(AA)", ", Mar 3 (PTI)", ", Jan 12 (Bernama) --".
_DATELINE_AGENCY = re.compile(
    r",? (?:[A-Za-z0-9., ]{1,30} )?\(([A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]{1,14}){0,2})\)(?= |$)"
)
# Words in capitals that open a line before a colon or dash without being a place.
_NOT_DATELINES = frozenset(
    """UPDATE EXCLUSIVE WATCH NOTE PHOTO PHOTOS VIDEO BREAKING LIVE ANALYSIS OPINION FACTBOX
    EXPLAINER RELATED FILE EDITORIAL COMMENTARY INTERVIEW REVIEW SOURCE SOURCES CORRECTION
    TIMELINE QUOTEBOX GRAPHIC GRAPHICS POLL ADVISORY FEATURE URGENT FLASH BULLETIN""".split()
)
# Party and state after a lawmaker's name: "(D-CA)", "R-Fla.,".
_PARTY = re.compile(
    r"([DRI])(?<=[(\s,][DRI])-([A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]?\.|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[),;])"
)
_HOUSE = re.compile(r"House(?:(?<!\wHouse)(?= Speaker\b)|(?<=the House)(?! of)(?! [A-Z])(?![\w-]))")
# Pinyin syllables, for given names after a Chinese family name ("Yanchao", "Zhenli").
_PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
    r"ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|v)"
)
# A syllable of a Korean given name as written in the news ("Jae", "Myung", "Yeol", "In").
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjcthy])?(?:w|y)?"
    r"(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|ck|[nmlkptgbc])?"
)
_PINYIN_NAME = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}")
_US_STATES = {
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "DC",
}


def _beginnings() -> tuple[tuple[int, Iterable[str]], ...]:
    """The keys whose starts ``_Scan.starts`` holds, by kind (see ``_DATES``)."""
    return (
        (_DATES, anchor_keys()),
        (_PLACES_AFTER, _PLACE_AFTER_WORDS),  # _PLACE_AFTER
        (_PARTIES, ("D-", "R-", "I-")),  # _PARTY
        # _ALL_CAPS and _INITIALS_NAME:
        (_CAPITALS, [f"{a}{b}" for a in ascii_uppercase for b in ascii_uppercase + "&"]),
        (_PLACES_BEFORE, [f" {w} {c}" for w in _PLACE_BEFORE_WORDS for c in sorted(_UPPER_SET)]),
        (_ORGS_OF, [f"{head} {w} " for head in _ORG_OF_HEADS for w in ("of", "for", "on")]),
        (_CREDITS, [f"{word} by " for word in _CREDIT_WORDS]),  # _CREDIT, after its first
        (_FEATURES_AFTER, [f" {word}" for word in _NATURAL_FEATURES]),  # _FEATURE_AFTER
        (_MOVES, [f"{verb} {prep}" for verb in _MOVED_WORDS for prep in _MOVED_PREPOSITIONS]),
        (_KINDS_AFTER, [f" {kind}" for kind in _SINGLE_WORD_KINDS]),  # _SINGLE_KIND_AFTER
        (_UNITS_AFTER, _ADMIN_UNIT_WORDS),  # _ADMIN_UNIT_AFTER after an unknown name
        (_JOINED_HEADS, [f"{head}{c}" for head in _JOINED_ORG_HEADS for c in "- "]),  # _JOINED_ORG
    )


class _RunFacts(NamedTuple):
    """What the words of a run of capitalised names alone decide, worked out once per run
    written the same way (most runs recur: "President Joe Biden", "White House")."""

    words: tuple[str, ...]
    names: tuple[tuple[int, int, bool], ...]  # ``_names_in_run``
    person: bool  # two or three words that may be an unknown person's name
    company: bool  # a word of company names ("Ola Electric")
    family_first: bool  # ``_family_name_first``
    loc_head: bool  # ends in a natural place's head word ("Litani River")
    out_of_set: bool  # ends in a law's or event's head word ("Paris Agreement")
    org_words: bool  # holds an organisation's head word, or is "Bank …" (``_org_run``)


class _Listing(NamedTuple):
    """What a key of the recognizer's automaton that is a listed name proposes."""

    proposed: tuple[EntityLabel, str, int, bool]  # label, canonical, priority, Chinese order
    placed: bool  # a place or city: a compass word before it joins it ("East Java")
    gpe: bool  # a unit word after it joins it ("Kebbi State")


class _Candidate(NamedTuple):
    """A span one rule proposes (a tuple: several times cheaper to make than a frozen
    dataclass, and the recognizer makes about one per eight words)."""

    start: int
    end: int
    label: EntityLabel | None  # None: suppress what lies under it
    canonical: str
    priority: int
    chinese_order: bool = False  # family name first (Xi Jinping → Xi)


class RuleRecognizer:
    """Gazetteers and rules tuned to news about international relations (see module doc)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        if gazetteer is not None:
            self.__dict__["gazetteer"] = gazetteer  # what ``gazetteer`` would load
        # What the words of runs of capitalised names decide, by the run (``_RunFacts``).
        self._facts_of_runs: dict[str, _RunFacts] = {}
        # The same for names after titles (see ``_titled_people``): where the name is in
        # the words, and whether it is written family name first; ``()`` for none.
        self._titled_names: dict[str, tuple[int, int, bool] | tuple[()]] = {}
        # And the people of credit lines and bylines, by the line (see ``_credits``).
        self._credited: dict[str, tuple[tuple[int, int, str], ...]] = {}
        # And the places among names after "in", "near", … (see ``_unknown_names``).
        self._places_in_names: dict[tuple[str, bool, bool], tuple[tuple[int, int, int], ...]] = {}

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The lists in use (loaded on first use, once per process; afterwards a plain
        attribute, which the rules read in every loop)."""
        return load_gazetteer()

    @property
    def version(self) -> str:
        """The rules' version plus a digest of the gazetteer files (the files are hashed,
        not loaded: asking the version at start-up costs no gazetteer load)."""
        loaded: Gazetteer | None = self.__dict__.get("gazetteer")
        digest = loaded.digest if loaded is not None else gazetteer_digest()
        return f"{RULES_VERSION}+{digest}"

    @cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        """One automaton for every word the rules look for first: the gazetteer's names
        and titles, the words for kinds of organisations, the words dates begin with and
        those some patterns' matches begin with (one pass over a text instead of eight;
        built on first use, once per gazetteer)."""
        derived = self.gazetteer.derived
        if _AUTOMATON not in derived:
            derived[_AUTOMATON] = self._build_automaton()
        automaton: ahocorasick.Automaton = derived[_AUTOMATON]
        return automaton

    def _build_automaton(self) -> ahocorasick.Automaton:
        keys: dict[str, tuple[_Listing | None, int, tuple[int, ...]]] = {
            surface: (
                self._listing(surface, entry) if entry is not None else None,
                _TITLE_KEY if is_title else 0,
                (),
            )
            for surface, (entry, is_title) in self.gazetteer.automaton_keys().items()
        }
        for word in _ORG_CUE_KEYS:
            listing, kinds, starts = keys.get(word, (None, 0, ()))
            keys[word] = (listing, kinds | _CUE_KEY, starts)
        for index, words in _beginnings():
            for word in words:
                listing, kinds, starts = keys.get(word, (None, 0, ()))
                if index not in starts:  # a key given twice ("May", "May") once
                    keys[word] = (listing, kinds, (*starts, index))
        automaton = ahocorasick.Automaton()
        order_for_news(automaton, (1, None, 0, ()))  # nothing but a character before a NUL
        for surface, (listing, kinds, starts) in keys.items():
            # The key's length less one: its start is its last character's offset less that.
            automaton.add_word(surface, (len(surface) - 1, listing, kinds, starts))
        automaton.make_automaton()
        return automaton

    def _listing(self, surface: str, entry: Entry) -> _Listing:
        """What a listed name proposes wherever its key ``surface`` is found, worked out
        once per key instead of at each of its mentions."""
        kind, label = entry.kind, entry.label
        if kind == "person":
            priority = PERSON_STRONG
        elif kind == "org" or label == _LOC or " " in surface:
            priority = LISTED
        else:
            priority = LISTED_WEAK
        chinese = kind == "person" and self._is_chinese_name(entry.canonical)
        return _Listing(
            (label, entry.canonical, priority, chinese), kind in ("place", "city"), label == _GPE
        )

    def _scan(self, text: str) -> _Scan:
        """Listed names and titles as whole words, cue words before a capital, and where
        dates may begin: one pass of ``_automaton``."""
        found = _Scan([], [], [], tuple([] for _ in range(_JOINED_HEADS + 1)))
        names, titles, cues, starts = found
        length = len(text)
        for last, (back, listing, kinds, beginnings) in self._automaton.iter(text):
            start = last - back
            if beginnings:
                for index in beginnings:
                    starts[index].append(start)
                if listing is None and not kinds:
                    continue
            end = last + 1
            if not kinds:  # a listed name only: the commonest hit, tested first
                if listing is not None and not (
                    (start > 0 and ((c := text[start - 1]).isalnum() or c == "_"))
                    or (end < length and ((c := text[end]).isalnum() or c == "_"))
                ):
                    names.append((start, end, listing))
                continue
            if (listing is not None or kinds & _TITLE_KEY) and not (
                (start > 0 and ((c := text[start - 1]).isalnum() or c == "_"))
                or (end < length and ((c := text[end]).isalnum() or c == "_"))
            ):
                if listing is not None:
                    names.append((start, end, listing))
                if kinds & _TITLE_KEY:
                    titles.append(start)
            if (
                kinds & _CUE_KEY
                and end < length
                and text[end] in _UPPER_SET
                and (text[start] == "-" or _name_starts(text, start))
            ):
                cues.append(end)
        return found

    @cached_property
    def _title_re(self) -> re.Pattern[str]:
        """Titles, then the name after them; searched in the text with one space before
        it, so that the pattern can begin with the character before the first title."""
        titles = word_trie(self.gazetteer.titles)
        return re.compile(
            rf"[^\w-]{titles} (?:{titles} )*"
            rf"(?P<name>(?:[{_UPPER}]{{1,2}} )?{_NAME_TOKEN}{_NAME_PART}{{0,3}})(?![\w-])"
        )

    def recognize(self, text: str, taught: TaughtRules | None = None) -> list[EntitySpan]:
        """Return the entities of ``text``: sorted, non-overlapping, offsets into ``text``."""
        spans: list[EntitySpan] = []
        add = spans.append
        for start, end, label, canonical, _, _ in self._chosen(text, taught or TaughtRules()):
            if label is not None:
                # ``EntitySpan(...)`` without its frozen ``__init__`` (five calls of
                # ``object.__setattr__``): the same object at half the cost.
                span = _new_object(EntitySpan)
                _set_start(span, start)
                _set_end(span, end)
                _set_label(span, label)
                _set_text(span, text[start:end])
                _set_canonical(span, canonical)
                add(span)
        return spans

    def recognize_packed(self, text: str, taught: TaughtRules | None = None) -> PackedMentions:
        """The entities of ``text`` as ``recognize`` finds them, packed for storage."""
        values = _LABEL_VALUES
        return pack_mentions(
            [
                (c.start, c.end, values[c.label], c.canonical)
                for c in self._chosen(text, taught or TaughtRules())
                if c.label is not None
            ]
        )

    def _chosen(self, text: str, taught: TaughtRules) -> list[_Candidate]:
        scan = self._scan(text)
        candidates = self._candidates(text, taught, scan)
        if taught.rejects:
            candidates = [c for c in candidates if text[c.start : c.end] not in taught.rejects]
        chosen = self._add_acronyms(text, _resolve(candidates))
        chosen = self._add_short_forms(text, chosen)
        chosen = self._add_places_by_context(text, chosen, scan.starts)
        chosen = self._add_repeated_orgs(text, chosen)
        return _with_suffixes(text, self._add_surname_mentions(text, chosen, taught))

    # -- acronyms and places found from what the article says ------------------------------

    def _add_acronyms(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """An acronym defined in parentheses after a name ("Economic Community of West
        African States (ECOWAS)", "Joint Chiefs of Staff (JCS)") takes the name's label
        everywhere in the article; a name not recognised but whose initials spell the
        acronym is an organisation."""
        found: list[_Candidate] = []
        ends = {c.end: c for c in chosen}
        for match in _ACRONYM_DEFINED.finditer(text):
            acronym = match.group(1)
            capitals = sum(c.isupper() for c in acronym)
            if acronym[1:2] == "-":
                continue  # "(D-CA)" is a party and a state
            named = (
                ends.get(match.start() - 1)
                if text[match.start() - 1 : match.start()] == " "
                else None
            )
            if capitals < 2:
                # "Commission on Elections (Comelec)": a short form in one capital after an
                # organisation's name that begins with its letter names it everywhere.
                if (
                    named is not None
                    and named.label == _ORG
                    and len(acronym) >= 4
                    and text[named.start] == acronym[0]
                    and " " in text[named.start : named.end]
                    and acronym not in self.gazetteer.entries
                ):
                    found.extend(
                        _Candidate(at, end, _ORG, named.canonical, ORG_PATTERN + 1)
                        for at, end in _whole_words(text, acronym)
                    )
                continue
            listed = self.gazetteer.entries.get(acronym)
            if listed is not None:
                if named is None and listed.kind == "org":
                    found.extend(self._long_form(text, match.start() - 1, acronym, listed))
                continue
            if (
                named is not None
                and named.label not in (None, _PERSON)
                and " " in text[named.start : named.end]
                and (named.label == _ORG or text[named.start] == acronym[0])
            ):
                assert named.label is not None
                label, canonical = named.label, named.canonical
            else:
                start = self._spelled_by(text, match.start() - 1, acronym)
                if start is None:
                    start = _spelled_in_another_order(text, match.start() - 1, acronym)
                if start is None:
                    continue
                label, canonical = _ORG, text[start : match.start() - 1]
                found.append(
                    _Candidate(start, match.start() - 1, label, canonical, ORG_PATTERN + 2)
                )
            found.extend(
                _Candidate(at, end, label, canonical, ORG_PATTERN + 1)
                for at, end in _whole_words(text, acronym)
            )
        for match in _ACRONYM_KNOWN_AS.finditer(text):
            named = ends.get(match.start())
            acronym = match.group(1)
            if named is None or named.label not in (_ORG, _LOC):
                continue
            assert named.label is not None
            found.extend(
                _Candidate(at, end, named.label, named.canonical, ORG_PATTERN + 1)
                for at, end in _whole_words(text, acronym)
            )
        return _resolve(chosen + found) if found else chosen

    def _add_short_forms(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """The first word alone of a company or natural place named in full in the article
        ("Renesas Electronics" … "Renesas", "Litani River" … "Litani"), where no list
        knows that word."""
        gazetteer = self.gazetteer
        forms: dict[str, _Candidate] = {}
        for candidate in chosen:
            if candidate.label not in (_ORG, _LOC):
                continue
            words = text[candidate.start : candidate.end].split(" ")
            if len(words) < 2 or words[-1] not in _SHORT_FORM_HEADS:
                continue
            first = words[0]
            if words[-1] == "Department" and first not in _DEPARTMENT_SHORT_FORMS:
                continue
            if (
                first[:1].isupper()
                and not first.isupper()
                and first not in gazetteer.entries
                and first not in gazetteer.stop_names
                and first not in gazetteer.given_names
                and first not in self._title_words
                and first not in _ORG_HEADS
                and "-" not in first
            ):
                forms.setdefault(first, candidate)
        if not forms:
            return chosen
        found = []
        for first, candidate in forms.items():
            at = text.find(first)
            while at != -1:
                end = at + len(first)
                if (
                    _whole_word(text, at, end)
                    and self._ends_name(text, end)
                    and not (
                        first in _DEPARTMENT_SHORT_FORMS
                        and text.startswith(" ", end)
                        and _CAPITALISED_WORD.match(text, end + 1) is not None
                    )
                ):  # "Commerce said", not "Commerce Secretary …" (a title)
                    label = candidate.label
                    assert label is not None
                    found.append(_Candidate(at, end, label, candidate.canonical, LISTED_WEAK + 2))
                at = text.find(first, end)
        return _resolve(chosen + found) if found else chosen

    def _long_form(self, text: str, end: int, acronym: str, listed: Entry) -> list[_Candidate]:
        """The unknown name before a listed acronym in parentheses, if its initials spell
        the acronym: the same organisation ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")."""
        start = self._spelled_by(text, end, acronym)
        if start is None:
            return []
        return [_Candidate(start, end, listed.label, text[start:end], ORG_PATTERN + 2)]

    def _ends_name(self, text: str, end: int) -> bool:
        """Whether no capitalised word but a title follows ``end`` ("Kioxia President")."""
        match = _CAPITALISED_WORD.match(text, end + 1) if text.startswith(" ", end) else None
        return match is None or match.group() in self._title_words

    def _spelled_by(self, text: str, end: int, acronym: str) -> int | None:
        """Where the capitalised words ending at ``end`` begin whose initials (short words
        such as "of" left out) spell ``acronym``; ``None`` if they do not."""
        letters = [c for c in acronym if c.isupper()]
        words = text[max(0, end - 120) : end].split(" ")
        start = end
        need = len(letters)
        for word in reversed(words):
            if not word:
                return None
            start -= len(word) + 1
            if word in _ACRONYM_SKIPPED_WORDS:
                continue
            parts = [p for p in word.split("-") if p]
            if len(parts) > 1 and parts[0] in _ARABIC_JOINED:
                parts = parts[1:]  # "al-Islam", "wal-Muslimin": their capitalised part
            parts = [p for p in parts if p not in _ARABIC_JOINED and p not in ("i", "e")]
            if not all(p[:1].isupper() for p in parts):
                return None
            initials = [p[0] for p in parts]
            if letters[need - len(initials) : need] == initials:
                need -= len(initials)
            elif letters[need - 1] == initials[0]:
                need -= 1
            else:
                return None
            if need == 0:
                return start + 1
        return None

    def _add_places_by_context(
        self, text: str, chosen: list[_Candidate], starts: tuple[list[int], ...]
    ) -> list[_Candidate]:
        """Unknown capitalised names that the words around them show to be places: "in
        Boulkessi", "near Pokrovsk and Kostiantynivka", "the town of Moqokori", "the
        Dnipropetrovsk and Zaporizhzhia regions", "Rakhine state"."""
        found: list[_Candidate] = []
        # Found by "between" (people feud between others too) or a word for a region (a
        # region may be a natural one, LOC): not repeated at its other mentions.
        unsure: set[int] = set()
        for match in matches_at(_PLACE_BEFORE, text, starts[_PLACES_BEFORE]):
            if text.endswith("of ", 0, match.end()):
                word = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start()))
                if text[word + 1 : match.start()].lower() not in _PLACE_OF_WORDS:
                    continue
            names = list(self._unknown_names(text, match.end(), after=True))
            if names and text.startswith(" between", match.start()):
                unsure.update(id(c) for c in names)
            found.extend(names)
        for match in matches_at(_MOVED_TO, text, starts[_MOVES]):
            if _name_starts(text, match.start()):  # "fled to", not "misfled to"
                found.extend(self._unknown_names(text, match.end(), after=True))
        # "Marte state": even a given name
        for match in matches_at(_PLACE_AFTER, text, starts[_PLACES_AFTER]):
            names = list(self._unknown_names(text, match.start(), after=False))
            if names and match.group().startswith(_UNSURE_KINDS):
                unsure.update(id(c) for c in names)
            found.extend(names)
        for match in _PLACE_APPOSITION.finditer(text):
            found.extend(self._unknown_names(text, match.start(), after=False, apposed=True))
        found.extend(self._named_features(text, starts[_FEATURES_AFTER]))
        found.extend(self._joined_to_places(text, chosen))
        if not found:
            return chosen
        chosen = _resolve(chosen + found)
        return self._add_repeated_places(
            text, chosen, {id(c) for c in found if id(c) not in unsure}
        )

    def _add_repeated_orgs(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """Every other mention of an organisation that no list holds but the words around
        one mention showed ("the ruling Georgian Dream party" … "Georgian Dream, founded
        by …", "MAPUTO (Lusa) -" … "told Lusa"), where nothing listed covers it."""
        entries = self.gazetteer.entries
        names = set()
        for c in chosen:  # most are listed: the cheap tests first
            if c[2] is not _ORG or c[1] - c[0] < 3:
                continue
            name = text[c[0] : c[1]]
            if name in entries or name.isupper() or name == "House":
                continue  # "House": the chamber only where its own rule says so (``_HOUSE``)
            words = name.split(" ")
            # a name with a head word is found at each mention anyway; "Army" alone (of
            # "[Pakistan] [Army]") is not the army of "Army chief"
            if any(word in _ORG_HEADS for word in words) or (
                len(words) == 1
                and (
                    name in _DEPARTMENT_SHORT_FORMS
                    or name in self.gazetteer.stop_names
                    or name in self._title_words
                )
            ):
                continue
            names.add(name)
        if not names:
            return chosen
        starts = [c.start for c in chosen]
        found = []
        for name in names:
            for at, end in _whole_words(text, name):
                index = bisect_left(starts, end) - 1  # the last chosen span starting before
                while index >= 0 and chosen[index].end > at:
                    other = chosen[index]
                    if (
                        other.priority >= PERSON_STRONG
                        or (other.label != _PERSON and other.end - other.start > end - at)
                        or (other.label == _ORG and other.start == at and other.end == end)
                    ):
                        break  # "White House" stays whole where "House" was found alone
                    index -= 1
                else:
                    found.append(_Candidate(at, end, _ORG, name, ORG_PATTERN + 1))
        return _resolve(chosen + found) if found else chosen

    def _add_repeated_places(
        self, text: str, chosen: list[_Candidate], by_context: set[int]
    ) -> list[_Candidate]:
        """Every other mention of a place that the words around one mention showed to be a
        place ("the town of Ras Kamboni" … "the road to Ras Kamboni", "Jubaland and
        Puntland" … "Jubaland's minister"): a place there too, unless a listed name or a
        name after a title covers it."""
        places = {
            text[c.start : c.end]: c
            for c in chosen
            if id(c) in by_context and c.label in (_GPE, _LOC)
        }
        if not places:
            return chosen
        for c in chosen:  # not a word of a person's name ("Hegseth" of "Pete Hegseth")
            if c.label == _PERSON and c.end - c.start > 0:
                name = text[c.start : c.end]
                for word in name.split()[1:] if " " in name else ():
                    places.pop(word, None)
        if not places:
            return chosen
        starts = [c.start for c in chosen]
        found = []
        for surface, place in places.items():
            for at, end in _whole_words(text, surface):
                index = bisect_left(starts, end) - 1  # the last chosen span starting before
                while index >= 0 and chosen[index].end > at:
                    other = chosen[index]
                    if other.priority >= PERSON_STRONG or (
                        other.priority >= LISTED and other.label != _PERSON
                    ):
                        break  # "Tillia Health Centre", "President Tillia …"
                    index -= 1
                else:
                    found.append(place._replace(start=at, end=end))
        return _resolve(chosen + found) if found else chosen

    def _named_features(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """Natural places named as "the Kosi river": the name is a LOC, even where a city
        of that name is listed."""
        gazetteer = self.gazetteer
        for match in matches_at(_FEATURE_AFTER, text, keys_at):
            name = _THE_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if name is None:
                continue
            words = name.group(1).split()
            if any(
                w in gazetteer.stop_names or w in _ORG_HEADS or w in self._title_words
                for w in words
            ) or gazetteer.label_of(name.group(1)) in (_ORG, _PERSON, _NORP):
                continue
            yield _Candidate(*name.span(1), _LOC, name.group(1), LISTED + 2)

    def _joined_to_places(self, text: str, chosen: list[_Candidate]) -> Iterator[_Candidate]:
        """Unknown names joined by "and" to a place found ("Nikopol and Marhanets")."""
        starts = [c.start for c in chosen]
        start_set, end_set = set(starts), {c.end for c in chosen}
        at = text.find(" and ")
        while at != -1:
            if at not in end_set and at + 5 not in start_set:
                at = text.find(" and ", at + 5)
                continue  # no chosen span ends before the " and " or starts after it
            index = bisect_left(starts, at) - 1  # a chosen span ending at the " and "?
            before = chosen[index] if index >= 0 else None
            if (
                before is not None
                and before.end == at
                and text[at + 5 : at + 6] in _UPPER_SET
                and _coordinated_place(before)
            ):
                yield from self._unknown_names(text, at + 5, after=True, joined=True)
            index = bisect_left(starts, at + 5)
            after = chosen[index] if index < len(chosen) else None
            if (
                after is not None
                and after.start == at + 5
                and _coordinated_place(after)
                and text[text.rfind(" ", 0, at) + 1 : at][:1] in _UPPER_SET
                and text[after.end + 1 : after.end + 2] not in _UPPER_SET  # "Néma Sagara"
            ):
                yield from self._unknown_names(text, at, after=False, joined=True)
            at = text.find(" and ", at + 5)

    def _unknown_names(
        self, text: str, at: int, *, after: bool, joined: bool = False, apposed: bool = False
    ) -> Iterator[_Candidate]:
        """Capitalised names (one to three words, joined by "and" or a comma for several)
        right after or right before ``at``, that no list knows; ``joined``: names found by
        "and" only, so none that begins with a given name ("Abass Dembélé and Néma");
        ``apposed``: names before an apposition naming their kind ("Victoria del Portete, a
        parish"), sure enough to beat a person's name and to leave a sentence's first word
        out ("In Bijeljina and Zvornik, towns …")."""
        pattern = _PLACE_NAMES_AFTER if after else _PLACE_NAMES_BEFORE
        match = pattern.match(text, at) if after else pattern.search(text, max(0, at - 80), at)
        if match is None:
            return
        key = (match.group(), after or joined, apposed)
        places = self._places_in_names.get(key)
        if places is None:  # the names alone decide ("in China", "in Tillia and Tassara")
            if len(self._places_in_names) >= _RUNS_REMEMBERED:
                self._places_in_names.clear()
            places = self._places_in_names[key] = tuple(self._places_in(*key))
        at = match.start()
        for start, end, priority in places:
            yield _Candidate(at + start, at + end, _GPE, text[at + start : at + end], priority)

    def _places_in(
        self, names: str, no_given_name: bool, apposed: bool
    ) -> Iterator[tuple[int, int, int]]:
        """The places among ``names`` (see ``_unknown_names``), as offsets into ``names``
        with their priority; ``no_given_name``: none that begins with a given name."""
        gazetteer = self.gazetteer
        for name in _PLACE_NAME.finditer(names):
            start, end = name.span()
            surface = name.group()
            words = surface.split()
            if apposed and len(words) > 1 and words[0] in gazetteer.stop_names:
                start += len(words[0]) + 1  # "In Bijeljina": the place alone
                surface = names[start:end]
                words = words[1:]
            if (
                surface in gazetteer.entries
                or any(w in gazetteer.stop_names for w in words)
                or (
                    no_given_name
                    and words[0] in gazetteer.given_names
                    and not (len(words) > 1 and words[0] in _PLACE_ARTICLES)
                )
                or surface in _NOT_PLACES
                or any(w in self._title_words or w in _ORG_HEADS for w in words)
            ):
                continue  # not "National Security Adviser and China …"
            # Several words beat a one-word place or group inside them ("Lower Juba").
            priority = LISTED_WEAK + 1 if len(words) > 1 else LISTED_WEAK - 1
            if (words[0] in _PLACE_ARTICLES and len(words) > 1) or apposed:
                priority = PERSON_PATTERN + 1  # "in El Tarra": not a person
            yield start, end, priority

    # -- candidate sources ---------------------------------------------------------------

    def _candidates(self, text: str, taught: TaughtRules, scan: _Scan) -> list[_Candidate]:
        candidates = self._listed(text, scan.names)
        candidates.extend(
            _Candidate(start, end, _DATE, text[start:end], LISTED)
            for start, end in find_dates(text, scan.starts[_DATES])
        )
        candidates.extend(self._titled_people(text, scan.title_starts))
        runs = list(_NAME_RUN_OF_TWO.finditer(text))  # one pass, shared by three sources
        facts = self._run_facts(runs)
        candidates.extend(self._name_patterns(text, runs, facts))
        candidates.extend(self._people_by_context(text, runs, facts))
        candidates.extend(self._credits(text, scan.starts[_CREDITS]))
        candidates.extend(self._datelines_and_parties(text, scan.starts[_PARTIES]))
        candidates.extend(self._headed_runs(text, runs, facts, scan.starts[_ORGS_OF]))
        candidates.extend(
            _Candidate(match.start(), match.end(), _ORG, "House", PERSON_STRONG)
            for match in _HOUSE.finditer(text)
        )
        capitals = scan.starts[_CAPITALS]
        candidates.extend(self._initials_and_name(text, capitals))
        candidates.extend(self._unknown_acronyms(text, capitals))
        candidates.extend(self._cued_orgs(text, scan.cue_ends))
        candidates.extend(self._single_words_by_kind(text, scan.starts[_KINDS_AFTER]))
        candidates.extend(self._named_divisions(text, scan.starts[_UNITS_AFTER]))
        candidates.extend(self._joined_orgs(text, scan.starts[_JOINED_HEADS]))
        candidates.extend(self._possessive_orgs(text))
        candidates.extend(_taught_marks(text, taught))
        return candidates

    def _initials_and_name(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """A name after two capitals that are initials, not a listed acronym: "KP Sharma
        Oli", "CQ Brown"."""
        gazetteer = self.gazetteer
        for match in matches_at(_INITIALS_NAME, text, keys_at):
            initials = text[match.start() : match.start() + 2]
            if (
                initials in gazetteer.entries
                or initials in _NOT_ORG_ACRONYMS
                or initials in _US_STATES
                or _in_capitals_line(text, match.start(), match.start() + 2)
            ):
                continue
            words = match.group(1).split(" ")
            if words[-1] in _COMPANY_WORDS and not _title_case_line(text, match.start()):
                surface = match.group()  # "MP Materials", "SK Energy": a company
                yield _Candidate(match.start(), match.end(), _ORG, surface, ORG_PATTERN)
                continue
            if not all(self._surname_like(w) for w in words) or any(
                w in _ORG_HEADS or w in _LOC_HEADS or w in self._title_words for w in words
            ):
                continue
            surface = match.group()
            yield _Candidate(match.start(), match.end(), _PERSON, surface, PERSON_PATTERN - 1)

    def _unknown_acronyms(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """Unknown names in capitals ("ACLED", "CPN-UML") as organisations, outside lines
        written in capitals and but for terms in capitals ("GDP", "THAAD") and a formula's
        or a program's functions: a word glued to an opening parenthesis ("=SUM(A1:A3)",
        "@SUM(1+1)"; a name in prose has a space before its bracket)."""
        gazetteer = self.gazetteer
        for match in matches_at(_ALL_CAPS, text, keys_at):
            word = match.group()
            if (
                text.startswith("(", match.end())
                or word in gazetteer.entries
                or word in _NOT_ORG_ACRONYMS
                or word in _NOT_DATELINES
                or _ROMAN.fullmatch(word)
                or gazetteer.label_of(word.title()) is not None
                or _in_capitals_line(text, match.start(), match.end())
            ):
                continue
            yield _Candidate(match.start(), match.end(), _ORG, word, LISTED_WEAK - 2)

    def _cued_orgs(self, text: str, cue_ends: list[int]) -> Iterator[_Candidate]:
        """Unknown names after a word for a kind of organisation ("the group Hami Nepal",
        "chipmaker Renesas", "Rival Rohm")."""
        gazetteer = self.gazetteer
        for at in cue_ends:
            run = _NAME_RUN.match(text, at)
            if run is None:
                continue
            words = run.group().split(" ")
            while words and (
                words[-1] in self._title_words
                or words[-1] in _DATE_WORDS
                or words[-1] in gazetteer.stop_names
            ):
                words.pop()
            if not words or len(words) > 3 or words[0] in gazetteer.stop_names:
                continue
            name = " ".join(words)
            entry = gazetteer.entries.get(name)
            article = words[0] in _PLACE_ARTICLES and len(words) > 1  # "the daily El Peruano"
            if entry is not None or (
                len(words) == 2
                and words[0] in gazetteer.given_names
                and words[1] not in gazetteer.entries
                and not article
            ):
                continue  # "the group Hami Nepal" but not "the firm Ann Lee"
            start = run.start()
            if text.startswith(", ", at - 2) and not text.startswith(
                (",", ")", " ("), start + len(name)
            ):
                continue  # "a charity, Terre Solidaire, …": the apposition must close
            yield _Candidate(start, start + len(name), _ORG, name, ORG_PATTERN + article)

    def _single_words_by_kind(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """A single unlisted capitalised word inside a sentence followed by a word for a kind
        of organisation ("Kurti's Vetevendosje movement", "the Likud party"), or a name of
        words joined by "for" or "of" ending in it ("the Together for Peru party")."""
        gazetteer = self.gazetteer
        for at in keys_at:
            if _SINGLE_KIND_AFTER.match(text, at) is None:
                continue
            match = _WORD_BEFORE_KIND.search(text, max(0, at - 60), at)
            if match is None:
                continue
            word = match.group(2)
            if (
                word in gazetteer.stop_names
                or word in self._title_words
                or word in _ORG_HEADS
                or word in gazetteer.entries
                or word.endswith(_FOLLOWER_ENDINGS)
                or _after_capitalised_word(text, match.start(2))
            ) and match.group(1) is None:
                continue
            start = match.start(1) if match.group(1) is not None else match.start(2)
            if match.group(1) is not None and (
                match.group(1).split(" ")[0] in gazetteer.stop_names
                or gazetteer.entries.get(text[start:at]) is not None
            ):
                continue
            yield _Candidate(start, at, _ORG, text[start:at], LISTED + 1)

    def _named_divisions(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """An unlisted name (or one listed only as a person's or a city's) before a
        capitalised word for a state's division, inside a sentence: "Myanmar's Karen
        State" is a place, not a woman named Karen; "Islamic State" is not a place."""
        gazetteer = self.gazetteer
        for at in keys_at:
            unit = _ADMIN_UNIT_AFTER.match(text, at)
            if unit is None:
                continue
            match = _NAME_BEFORE_UNIT.search(text, max(0, at - 30), at)
            if match is None:
                continue
            word = match.group(1)
            entry = gazetteer.entries.get(word)
            if (
                _after_capitalised_word(text, match.start(1))
                or word in gazetteer.stop_names
                or word in self._title_words
                or word in _ORG_HEADS
                or (entry is not None and entry.kind not in ("person", "city"))
            ):
                continue
            start, end = match.start(1), unit.end()
            if text[start:end] not in gazetteer.entries:  # "Islamic State", "Free State"
                yield _Candidate(start, end, _GPE, text[start:end], LISTED + 1)

    def _joined_orgs(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """Groups named by a word for a movement or party joined to the next word ("Tehreek-
        e-Taliban Pakistan", "Jamaat-e-Islami"), with the capitalised words after it; a
        country's name before it belongs to the name too ("Pakistan Tehreek-e-Insaf")."""
        gazetteer = self.gazetteer
        for match in matches_at(_JOINED_ORG, text, keys_at):
            words = match.group().split(" ")
            while len(words) > 1 and (
                words[-1] in _DATE_WORDS
                or words[-1] in self._title_words
                or words[-1] in gazetteer.stop_names
            ):
                words.pop()
            start, end = match.start(), match.start() + len(" ".join(words))
            before = _NAME_BEFORE_UNIT.search(text, max(0, start - 30), start - 1)
            if (
                text.endswith(" ", 0, start)
                and before is not None
                and gazetteer.label_of(before.group(1)) == _GPE
            ):
                start = before.start(1)
            yield _Candidate(start, end, _ORG, text[start:end], LISTED + 1)

    def _possessive_orgs(self, text: str) -> Iterator[_Candidate]:
        """Names with a possessive inside ("Ombudsman's Office", "Workers' Party of
        Korea"), unless the owner is a listed name ("China's Foreign Ministry")."""
        gazetteer = self.gazetteer
        # The apostrophes found by ``str.find`` (a few per article) cost less than the
        # automaton's keys for them did (among its commonest) or a search of the pattern.
        for mark in _apostrophe_marks(text):
            if mark.end() - mark.start() == 1 and text[mark.start() - 1 : mark.start()] != "s":
                continue  # "s'" or "'s" only
            head = _POSSESSIVE_HEAD.match(text, mark.end())
            if head is None:
                continue
            match = _POSSESSIVE_OWNER.search(text, max(0, mark.start() - 60), mark.start())
            if match is None:
                continue
            words = match.group().split(" ")
            if words[-1] in gazetteer.entries or words[-1] in _ORG_HEADS:
                continue  # "China's Foreign Ministry", "Treasury Department's Office of …"
            start = match.start()
            for word in words[:-1]:  # "The", and "Chinese" of "Chinese People's …"
                if word in gazetteer.stop_names or gazetteer.label_of(word) == _NORP:
                    start += len(word) + 1
                else:
                    break
            end = self._org_tail(text, head.end())  # "Workers' Party of Korea"
            yield _Candidate(start, end, _ORG, text[start:end], ORG_PATTERN + 1)

    @staticmethod
    def _listed(text: str, names: list[tuple[int, int, _Listing]]) -> list[_Candidate]:
        found: list[_Candidate] = []
        add = found.append
        for start, end, (proposed, placed, gpe) in names:
            if placed and text.endswith(_COMPASS_WORDS, 0, start):
                compass = _COMPASS_BEFORE.search(text, max(0, start - 10), start)
                if compass is not None:  # "East Java", "Central Jakarta": one place
                    add(_Candidate(compass.start(), end, _GPE, text[compass.start() : end], LISTED))
            if gpe and text.startswith(_ADMIN_UNIT_WORDS, end):
                unit = _ADMIN_UNIT_AFTER.match(text, end)
                if unit is not None:  # "Kebbi State", "Kharkiv Oblast": one place
                    add(_Candidate(start, unit.end(), _GPE, text[start : unit.end()], LISTED + 1))
            add(_new_tuple(_Candidate, (start, end, *proposed)))
        return found

    def _titled_people(self, text: str, title_starts: list[int]) -> Iterator[_Candidate]:
        """Names after titles: the title pattern tried only where the gazetteer saw a
        title begin (what ``finditer`` over the whole text would find, much faster)."""
        padded = " " + text  # the pattern begins with the character before the title
        title_re = self._title_re
        known = self._titled_names
        searched_to = 0
        for at in sorted(set(title_starts)):  # ``at`` in ``padded``: the character before
            if at < searched_to:
                continue
            match = title_re.match(padded, at)
            if match is None:
                continue
            searched_to = match.end()
            start, end = match.start("name") - 1, match.end("name") - 1
            # The name's words and the character before them (a space) decide: the answer
            # is kept for the next name after a title written the same way.
            written = text[start - 1 : end]
            person = known.get(written)
            if person is None:
                if len(known) >= _RUNS_REMEMBERED:
                    known.clear()
                trimmed = self._trim_name(text, start, end)
                person = known[written] = (
                    (
                        trimmed[0] - start,
                        trimmed[1] - start,
                        self._is_chinese_name(text[slice(*trimmed)]),
                    )
                    if trimmed is not None
                    else ()
                )
            if person:
                first, last, chinese = person
                if text.startswith(" ", start + last) and " " not in written[1:]:
                    initial = _MIDDLE_INITIAL.match(text, start + last)
                    if initial is not None and self._surname_like(initial.group(1)):
                        last = initial.end() - start  # "Governor Ahsan H Mansur"
                name = text[start + first : start + last]
                yield _Candidate(start + first, start + last, _PERSON, name, PERSON_STRONG, chinese)

    def _headed_runs(
        self,
        text: str,
        runs: list[re.Match[str]],
        facts: list[_RunFacts],
        orgs_of_at: list[int],
    ) -> Iterator[_Candidate]:
        """Runs ending in a law or event word (suppressed); runs holding an organisation
        word, up to that word ("European Commission" of "European Commission President Ursula
        von der Leyen") and on through "of …" ("Atomic Energy Organization of Iran")."""
        for run, run_facts in zip(runs, facts, strict=True):
            words = run_facts.words
            if run_facts.loc_head:
                start = self._skip_leading_stop_words(text, run.start(), run.end())
                if start is not None and text[start : run.end()] not in self.gazetteer.entries:
                    surface = text[start : run.end()]
                    yield _Candidate(start, run.end(), _LOC, surface, LISTED + 1)
                continue
            if run_facts.out_of_set:
                if run.group() not in self.gazetteer.entries:  # "ASEAN Regional Forum"
                    yield _Candidate(run.start(), run.end(), None, "", SUPPRESS)
                continue
            if run_facts.org_words or (
                text.startswith(_KIND_WORDS_AFTER, run.end())
                and _KIND_AFTER.match(text, run.end()) is not None
            ):
                yield from self._org_run(text, run, words)
        yield from self._head_first_orgs(text, orgs_of_at)

    def _org_run(
        self, text: str, run: re.Match[str], words: tuple[str, ...]
    ) -> Iterator[_Candidate]:
        """The organisation in a run holding an organisation word or ending in a company
        word, up to that word and on through "of …"."""
        head = next((i for i in range(len(words) - 1, 0, -1) if words[i] in _ORG_HEADS), 0)
        if not head and words[-1] in _COMPANY_WORDS and not _title_case_line(text, run.start()):
            head = len(words) - 1  # "Teck Resources", not in a headline's capitals
        if not head:
            yield from self._bank_of_country(text, run, words)
            yield from self._radio_station(text, run, words)
            yield from self._named_by_kind_after(text, run, words)
            return
        end = run.start() + len(" ".join(words[: head + 1]))
        if (
            head == len(words) - 2
            and words[head] in _CHAPTER_HEADS
            and self.gazetteer.label_of(words[-1]) == _GPE
            and _CLAUSE_GOES_ON.match(text, run.end()) is not None
        ):
            end = run.end()  # "Amnesty International Nigeria said": a country's chapter
        if text.startswith(" Minister", end):
            return  # "Territorial Administration Minister": a portfolio
        if words[0] == "General" and text.endswith("the ", 0, run.start()):
            start: int | None = run.start()  # "the General Staff", not a general's name
        else:
            start = self._skip_leading_stop_words(text, run.start(), end)
        if start is None:
            return
        if start == run.start() and words[0].lower() in _ORG_CUE_SET and head > 1:
            start += len(words[0]) + 1  # "Rival Ola Electric", "Brokerage Kotak …"
        if head == len(words) - 1:
            end = self._org_tail(text, end)
        if words[head] in _ABBREVIATED_HEADS and text.startswith(".", end):
            end += 1  # "Nvidia Corp.", "Advanced Micro Devices Inc."
        if start == run.start():
            start = self._org_prefix(text, self._org_start(text, start), words[head])
        yield from self._org_split(text, start, end, words[head])

    def _org_prefix(self, text: str, start: int, head: str) -> int:
        """Where an organisation's name starting at ``start`` starts once initials ("HD
        Hyundai Heavy Industries", "SK Hynix", "S Alam Group") or two places joined by a
        hyphen ("U.S.-China Business Council", not "[US] [Navy]") before it are added."""
        gazetteer = self.gazetteer
        prefix = _CAPITALS_BEFORE.search(text, max(0, start - 6), start)
        if prefix is not None and prefix.group(1) not in gazetteer.entries:
            return prefix.start(1)
        if head not in _STATE_HEADS and text.endswith(" ", 0, start):
            pair = _PLACE_PAIR_BEFORE.search(text, max(0, start - 40), start)
            if (
                pair is not None
                and gazetteer.label_of(pair.group(1)) in (_GPE, _LOC)
                and gazetteer.label_of(pair.group(2)) in (_GPE, _LOC)
            ):
                return pair.start(1)
        return start

    def _named_by_kind_after(
        self, text: str, run: re.Match[str], words: tuple[str, ...]
    ) -> Iterator[_Candidate]:
        """A run followed by a lower-case word for a kind of organisation: "the ruling
        Georgian Dream party", "the Los Lobos gang"."""
        match = _KIND_AFTER.match(text, run.end())
        if match is None or len(words) > 4:
            return
        start = self._skip_leading_stop_words(text, run.start(), run.end())
        if start is None or text[start : run.end()] in self.gazetteer.entries:
            return
        yield _Candidate(start, run.end(), _ORG, text[start : run.end()], LISTED + 1)

    def _radio_station(
        self, text: str, run: re.Match[str], words: tuple[str, ...]
    ) -> Iterator[_Candidate]:
        """A station named "Radio" and up to three words ("Radio Andalus", "Radio Free
        Asia"), at the start of a run; a title or date word ends it."""
        if words[0] != "Radio":
            return
        kept = 1
        for word in words[1:4]:
            if (
                word in _DATE_WORDS
                or word in self._title_words
                or word in self.gazetteer.stop_names
            ):
                break
            kept += 1
        if kept > 1:
            end = run.start() + len(" ".join(words[:kept]))
            yield _Candidate(run.start(), end, _ORG, text[run.start() : end], LISTED)

    def _bank_of_country(
        self, text: str, run: re.Match[str], words: tuple[str, ...]
    ) -> Iterator[_Candidate]:
        """A central or state bank named "Bank" and its country ("Bank Indonesia", "Bank
        Negara Malaysia"), at the start of a run."""
        if words[0] != "Bank" or len(words) < 2:
            return
        for size in (2, 1):
            place = " ".join(words[1 : 1 + size])
            if len(words) > size and self.gazetteer.label_of(place) == _GPE:
                end = run.start() + len(" ".join(words[: 1 + size]))
                yield _Candidate(run.start(), end, _ORG, text[run.start() : end], LISTED)
                return

    def _before_listed_name(self, text: str, match: re.Match[str]) -> int:
        """The end of ``match`` or, where "and" joins a listed name to it, the end before
        that "and" ("Organization of American States and Mercosur")."""
        return self._cut_before_listed(text, match.start(), match.end())

    def _cut_before_listed(self, text: str, start: int, end: int) -> int:
        """``end``, or the start of an " and " between ``start`` and ``end`` that a listed
        name follows (see ``_before_listed_name``)."""
        at = text.find(" and ", start, end)
        while at != -1:
            word = _CAPITALISED_WORD.match(text, at + 5)
            if word is None:
                pass
            elif (
                (
                    word.group() in self.gazetteer.entries
                    and text[word.end() + 1 : word.end() + 2] not in _UPPER_SET
                )
                or text[at + 5 : end].rsplit(maxsplit=1)[-1] in _ABBREVIATED_HEADS
                or self._named_after_place(text, at + 5, end)
            ):
                return at  # not "… of East Asian and Pacific Affairs"; "… and Korea … Corp"
            at = text.find(" and ", at + 5, end)
        return end

    def _named_after_place(self, text: str, start: int, end: int) -> bool:
        """Whether the capitalised words from ``start`` to ``end`` are two or more and end
        in a listed place: a name of its own ("Coalition for Change and Strong Georgia")."""
        run = _NAME_RUN.match(text, start, end)
        if run is None or run.end() != end or " " not in run.group():
            return False
        if run.group().startswith(_COMPASS_WORDS):
            return False  # "… of North and East Syria": one place
        return self.gazetteer.label_of(run.group().rsplit(" ", 1)[1]) == _GPE

    def _head_first_orgs(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        """Organisations named head first ("Ministry of Economy, Trade and Industry",
        "Bank of Japan" but not its "Governor"), and ministries named by their function in
        lower case ("Canada's foreign ministry")."""
        for match in matches_at(_ORG_OF, text, keys_at):
            head_end = text.find(" ", match.start())
            end = self._name_end(text, head_end, self._before_listed_name(text, match))
            end = self._cut_before_listed_item(text, head_end, end)
            if end == head_end or text.startswith(("'", "’"), end):
                continue
            end = self._org_tail(text, end)
            yield _Candidate(match.start(), end, _ORG, text[match.start() : end], ORG_PATTERN)
        for match in _MINISTRY.finditer(text):
            before = _MINISTRY_FUNCTION.search(text, max(0, match.start() - 20), match.start())
            if before is not None:
                start, end = before.start(), match.end()
                yield _Candidate(start, end, _ORG, text[start:end], ORG_PATTERN)

    def _cut_before_listed_item(self, text: str, start: int, end: int) -> int:
        """``end``, or the first comma between ``start`` and ``end`` when a listed name is
        among the items of the list after it ("Bank of Japan, Tokyo and Osaka", not
        "Ministry of Agriculture, Forestry and Fisheries")."""
        comma = text.find(",", start, end)
        if comma != -1 and any(
            item.strip().removeprefix("and ") in self.gazetteer.entries
            for item in text[comma + 1 : end].split(",")
        ):
            return comma
        return end

    def _org_start(self, text: str, start: int) -> int:
        """Where an organisation's name starting at ``start`` starts once capitalised words
        joined to it by "and" are added ("National Development and Reform Commission"),
        unless they are a listed name of their own ("Russia and Ukraine …")."""
        match = _JOINED_BEFORE.search(text, max(0, start - 60), start)
        if match is None:
            return start
        words = match.group(1).split()
        if match.group(1) in self.gazetteer.entries or words[0] in self.gazetteer.stop_names:
            return start
        if text.endswith((" of ", " for ", " on "), 0, match.start(1)):
            return start  # "Bank of Korea and Korea Trade Insurance Corp": two names
        if (
            any(self.gazetteer.label_of(w) is not None for w in words[1:])
            or (len(words) == 1 and words[0] in self.gazetteer.entries)
            or words[-1] in _ORG_HEADS
        ):
            return start  # "Vellmar Motor and Ostrava Steel Co": two names
        return match.start(1)

    def _org_tail(self, text: str, end: int) -> int:
        """Where an organisation's name ending at ``end`` ends once "of …", "for …" or
        "on …" is added; the tail stops before a title ("… Affairs Spokesperson Mao") or a
        date ("… Commission on Monday"), and is left out when it would end inside a
        possessive ("… Command of the Chinese People's Liberation Army")."""
        if text.endswith("Army", 0, end) and text.startswith(_ARMY_SERVICES, end):
            service = _ARMY_SERVICE.match(text, end)  # "People's Liberation Army Navy"
            if service is not None and self._ends_name(text, service.end()):
                return service.end()
        match = _ORG_TAIL.match(text, end)
        if match is None:
            if text.startswith(" in ", end) and text.endswith(" Mission", 0, end):
                return self._place_after_in(text, end)  # "… Stabilization Mission in Somalia"
            return end
        tail_end = self._name_end(text, end, self._cut_before_listed(text, end, match.end()))
        tail_end = self._cut_before_listed_item(text, end, tail_end)
        if text.startswith(("'", "’"), tail_end):
            return end
        if text.startswith(" in ", tail_end) and text.endswith("Chamber of Commerce", 0, tail_end):
            tail_end = self._place_after_in(text, tail_end)
        return tail_end

    def _name_end(self, text: str, start: int, end: int) -> int:
        """Where the words of an organisation's name between ``start`` and ``end`` stop:
        before a title ("Bank of Japan Governor") or a date word ("on Friday")."""
        titles = self._title_words
        name_end = start
        for word in _TOKEN.finditer(text, start, end):
            if word.group() in _DATE_WORDS or (
                word.group() in titles
                and not self._ends_name(text, word.end())
                and not self._listed_from(text, word.start())  # "Sri Lanka"
            ):
                break  # a title before a name; "Trade Representative" alone stays
            name_end = word.end()
        if name_end == start:
            return start
        return name_end

    def _listed_from(self, text: str, at: int) -> bool:
        """Whether the two capitalised words at ``at`` are a listed name ("Sri Lanka")."""
        match = _TWO_WORDS.match(text, at)
        return match is not None and match.group() in self.gazetteer.entries

    def _place_after_in(self, text: str, end: int) -> int:
        """The end of " in PLACE" after ``end`` when PLACE is a listed place ("American
        Chamber of Commerce in China"), else ``end``."""
        match = _IN_PLACE.match(text, end)
        if match is not None and self.gazetteer.label_of(match.group(1)) == _GPE:
            return match.end()
        return end

    def _org_split(self, text: str, start: int, end: int, head: str) -> Iterator[_Candidate]:
        """An organisation's name, with a country's name before a state body split off
        ("[Pakistan] [Army]", "[Japan] [Coast Guard]") and the first part of a hyphenated
        pair left out when it is a name of its own ("[Mercosur]-[European Union]")."""
        first = text.find(" ", start, end)
        if first != -1:
            hyphen = text.find("-", start, first)
            if hyphen != -1 and text[hyphen + 1 : hyphen + 2].islower():
                start = first + 1  # "Washington-based Institute for …"
            elif hyphen != -1 and text[start:hyphen] in self.gazetteer.entries:
                if not (
                    self.gazetteer.label_of(text[start:hyphen]) in (_GPE, _LOC)
                    and self.gazetteer.label_of(text[hyphen + 1 : first]) in (_GPE, _LOC)
                ):  # "[Mercosur]-[European Union]", but "U.S.-China Business Council"
                    start = hyphen + 1
            else:  # "Abu Dhabi-based Mubadala …": the name begins after the compound
                words = text[start:end].split(" ")
                for index in range(len(words) - 2, 0, -1):
                    if _LOWER_SUFFIX.search(words[index]) is not None:
                        start += len(" ".join(words[: index + 1])) + 1
                        break
        if head in _STATE_HEADS and not _SUBJECT_AFTER_PLACE.match(text, start, end):
            at = start
            words = text[start:end].split(" ")
            for _ in range(3):
                at = text.find(" ", at + 1, end)
                if at == -1:
                    break
                if self.gazetteer.label_of(text[start:at]) == _GPE:
                    place = text[start:at]
                    if words[len(place.split(" "))] in _CAUSE_WORDS:
                        break  # "Kachin Independence Army": one name
                    yield _Candidate(start, at, _GPE, place, ORG_PATTERN)
                    start = at + 1
                    break
        yield _Candidate(start, end, _ORG, text[start:end], ORG_PATTERN)

    @cached_property
    def _title_words(self) -> frozenset[str]:
        """The last words of titles, capitalised ("Minister", "Spokesperson")."""
        words = {title.split()[-1] for title in self.gazetteer.titles if " of" not in title}
        return frozenset(w[:1].upper() + w[1:] for w in words if w[:1].isalpha())

    def _run_facts(self, runs: list[re.Match[str]]) -> list[_RunFacts]:
        """The facts of each run (``_RunFacts``), from those kept or worked out now."""
        known = self._facts_of_runs
        facts = []
        for run in runs:
            written = run.group()
            found = known.get(written)
            if found is None:
                if len(known) >= _RUNS_REMEMBERED:
                    known.clear()
                found = known[written] = self._facts_of_run(written)
            facts.append(found)
        return facts

    def _facts_of_run(self, run: str) -> _RunFacts:
        gazetteer = self.gazetteer
        titles = self._title_words
        words = tuple(run.split(" "))
        return _RunFacts(
            words,
            self._names_in_run(run),
            len(words) <= 3
            and not any(w in _PARTICLE_WORDS for w in words)
            and not any(
                (not self._not_listed_but_city(w) and not (index == 0 and self._given_norp(w)))
                or w in gazetteer.stop_names
                or w in titles
                or w in _ORG_HEADS
                or w in _LOC_HEADS
                or w.isupper()
                for index, w in enumerate(words)
            ),
            any(w in _COMPANY_WORDS for w in words),
            self._family_name_first(words),
            words[-1] in _LOC_HEADS and words[0] not in _LOC_HEADS,
            words[-1] in _OUT_OF_SET_HEADS,
            any(w in _ORG_HEADS for w in words[1:])
            or words[-1] in _COMPANY_WORDS
            or words[0] in ("Bank", "Radio"),
        )

    @staticmethod
    def _name_patterns(
        text: str, runs: list[re.Match[str]], facts: list[_RunFacts]
    ) -> Iterator[_Candidate]:
        """Given name + surname(s), and Chinese family name + pinyin given name, in runs of
        capitalised words (runs of one word cannot hold a two-word name)."""
        for run, run_facts in zip(runs, facts, strict=True):
            at = run.start()
            for first, last, chinese in run_facts.names:
                start, end = at + first, at + last
                yield _Candidate(start, end, _PERSON, text[start:end], PERSON_PATTERN, chinese)

    def _names_in_run(self, run: str) -> tuple[tuple[int, int, bool], ...]:
        """The names ``_name_patterns`` finds in a run, as offsets into the run with whether
        each is written family name first: the words alone decide (so the answer is kept
        for the next run of the same words, in this article or another)."""
        gazetteer = self.gazetteer
        # A run is names joined by single spaces, each a whole name token.
        words = run.split(" ")
        tokens = []
        at = 0
        for word in words:
            tokens.append((at, at + len(word)))
            at += len(word) + 1
        found: list[tuple[int, int, bool]] = []
        index = 0
        while index < len(tokens) - 1:
            first = words[index]
            second = words[index + 1]
            if (
                first in gazetteer.chinese_surnames
                and index + 2 < len(tokens)
                and _KOREAN_SYLLABLE.fullmatch(second.lower())
                and _KOREAN_SYLLABLE.fullmatch(words[index + 2].lower())
                and second not in gazetteer.entries
                and words[index + 2] not in gazetteer.entries
            ):  # three parts, family name first: "Moon Jae In", "Lee Jae Myung"
                start, end = tokens[index][0], tokens[index + 2][1]
                found.append((start, end, True))
                index += 3
                continue
            if first in gazetteer.chinese_surnames and self._pinyin_given(second):
                start, end = tokens[index][0], tokens[index + 1][1]
                found.append((start, end, True))
                index += 2
                continue
            last = (
                self._surnames_after(words, index)
                if (first in gazetteer.given_names and self._not_listed_but_city(first))
                or (  # initials with periods: "D.S. Hooda", "J.R. Ewing"
                    _DOTTED_INITIALS.fullmatch(first) is not None
                    and first not in gazetteer.entries
                    and second not in _ORG_HEADS
                    and second not in _LOC_HEADS
                    and second not in self._title_words
                )
                else None
            )
            if last is not None:
                start, end = tokens[index][0], tokens[last][1]
                found.append((start, end, False))
                index = last + 1
                continue
            index += 1
        return tuple(found)

    def _people_by_context(
        self, text: str, runs: list[re.Match[str]], facts: list[_RunFacts]
    ) -> Iterator[_Candidate]:
        """Names of two or three unknown words that the words around them show to be a
        person's: "said Mazloum Abdi", "Tadesse Werede, the region's leader", "Resul
        Serdar said"."""
        for run, run_facts in zip(runs, facts, strict=True):
            if not run_facts.person:
                continue  # too long, or a word no unknown person's name holds
            words = run_facts.words
            after = _PERSON_AFTER.match(text, run.end())
            start = run.start()
            before = (
                _PERSON_BEFORE.search(text, max(0, start - 20), start)
                if text.endswith(_PERSON_BEFORE_ENDS, max(0, start - 21), start)
                else None
            )
            if after is None and before is None:
                continue
            if _PLACE_WORD_BEFORE.search(text, max(0, run.start() - 10), run.start()):
                continue  # "near Kfar Kila, the …": a place
            if run_facts.company or (after is not None and _ORG_APPOSITION.match(text, run.end())):
                start = run.start()
                if words[0].lower() in _ORG_CUE_SET and len(words) > 1:
                    start += len(words[0]) + 1  # "Rival Ola Electric"
                yield _Candidate(
                    start, run.end(), _ORG, text[start : run.end()], PERSON_PATTERN - 1
                )
                continue
            if after is not None and _SAID_IT.match(text, after.end()):
                # "Zentaro Kogyo said on Monday it would …": a company, not a person
                yield _Candidate(run.start(), run.end(), _ORG, run.group(), PERSON_PATTERN - 1)
                continue
            # Right after "said": as strong as a given name and surname, so the longer wins
            # ("said Fadumo Abdi Warsame", not "Abdi Warsame"); before "said" the run may
            # open with a capitalised word of the sentence ("Prosecutor Veronica Dragalin").
            yield _Candidate(
                run.start(),
                run.end(),
                _PERSON,
                run.group(),
                PERSON_PATTERN if before is not None else PERSON_PATTERN - 1,
                run_facts.family_first,
            )

    def _given_norp(self, word: str) -> bool:
        """Whether ``word`` is a given name listed as a group too ("Christian"): it may open
        an unknown person's name that the words around it show ("Christian Schmidt, the
        …")."""
        entry = self.gazetteer.entries.get(word)
        return entry is not None and entry.label == _NORP and word in self.gazetteer.given_names

    def _family_name_first(self, words: tuple[str, ...]) -> bool:
        """Whether a Japanese name is written family name first ("Kihara Minoru"): both
        words Japanese in shape, only the last a known given name."""
        given = self.gazetteer.given_names
        return (
            len(words) == 2
            and words[1] in given
            and words[0] not in given
            and all(_JAPANESE_WORD.fullmatch(w.lower()) for w in words)
        )

    def _not_listed_but_city(self, word: str) -> bool:
        """Whether ``word`` names nothing in the lists, or only a city ("David")."""
        entry = self.gazetteer.entries.get(word)
        return entry is None or entry.kind == "city"

    def _surnames_after(self, words: list[str], index: int) -> int | None:
        """The index of the last word of a name whose given name is ``words[index]``: up to
        three surname-like words after it, particles between them ("von der Leyen");
        ``None`` when no surname follows."""
        last = None
        names = 0
        at = index + 1
        while at < len(words) and names < 3:
            word = words[at]
            if word in _PARTICLE_WORDS:
                at += 1
                continue
            if not self._surname_like(word):
                break
            names += 1
            last = at
            at += 1
        return last

    def _credits(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        # In the text after a line break, a credit begins a character or two before its
        # word ("(Reporting by", ". Reporting by"), where that word is in ``text``.
        padded = [at + shift for at in keys_at for shift in (0, -1)]
        credits = (
            (match.start(1) - 1, match.group(1))
            for match in matches_at(_CREDIT, "\n" + text, padded)
        )
        bylines = ((match.start(1), match.group(1)) for match in _BYLINE.finditer(text))
        known = self._credited
        for offset, written in itertools.chain(credits, bylines):
            people = known.get(written)
            if people is None:  # the same credit line recurs over a news service's articles
                if len(known) >= _RUNS_REMEMBERED:
                    known.clear()
                people = known[written] = tuple(self._credited_people(written))
            for start, end, name in people:
                yield _Candidate(offset + start, offset + end, _PERSON, name, PERSON_STRONG)

    def _credited_people(self, written: str) -> Iterator[tuple[int, int, str]]:
        """The people a credit or byline names, as offsets into it with the name."""
        names = _title_case_if_capitals(written)
        for run in _NAME_RUN.finditer(names):
            words = run.group().split()
            listed = self.gazetteer.entries.get(run.group())
            if listed is not None and listed.kind != "person":
                continue  # "in Kuala Lumpur", "Thomson Reuters"
            if 2 <= len(words) <= 4 and all(self._surname_like(w) for w in words[1:]):
                yield run.start(), run.end(), run.group()

    def _dateline(self, offset: int, written: str) -> Iterator[_Candidate]:
        """The places of a dateline in capitals at ``offset``; "TAIPEI/WASHINGTON" is two."""
        at = offset
        for part in written.split("/"):
            place = part.title()
            label = self.gazetteer.label_of(place)
            words = part.split()
            if label == _GPE or (
                label is None
                and len(words) <= 3
                and not any(w.rstrip(":'") in _NOT_DATELINES for w in words)
                and not any(w in ("READ", "SEE", "ALSO", "EDITOR'S", "MORE") for w in words)
            ):
                yield _Candidate(at, at + len(part), _GPE, place, PERSON_STRONG)
            at += len(part) + 1

    def _datelines_and_parties(self, text: str, keys_at: list[int]) -> Iterator[_Candidate]:
        for match in _DATELINE.finditer("\n" + text):
            yield from self._dateline(match.start(1) - 1, match.group(1))
            agency = _DATELINE_AGENCY.match(text, match.end(1) - 1)
            if agency is not None:  # "ASTANA (AA) -", "NEW DELHI, Mar 3 (PTI)"
                name = agency.group(1)
                listed = self.gazetteer.entries.get(name)
                if listed is None or listed.label == _ORG:
                    canonical = listed.canonical if listed is not None else name
                    yield _Candidate(*agency.span(1), _ORG, canonical, PERSON_STRONG)
        for match in matches_at(_PARTY, text, keys_at):
            yield _Candidate(
                match.start(1),
                match.end(1),
                _NORP,
                {"D": "Democrat", "R": "Republican", "I": "Independent"}[match.group(1)],
                PERSON_STRONG,
            )
            state = match.group(2)
            if state in _US_STATES or self.gazetteer.label_of(state) == _GPE:
                yield _Candidate(match.start(2), match.end(2), _GPE, state, PERSON_STRONG)

    # -- surname repeats -------------------------------------------------------------------

    def _add_surname_mentions(
        self, text: str, chosen: list[_Candidate], taught: TaughtRules
    ) -> list[_Candidate]:
        surnames = self._surnames(text, chosen, taught)
        if not surnames:
            return chosen
        # A surname beats a single-word place or group ("Austin" the city) and loses to
        # anything else: what ``_resolve(chosen + surnames, keep=strong)`` would keep,
        # found directly (the chosen never overlap one another, nor do the surnames).
        chosen_starts = [c.start for c in chosen]

        def strong(index: int) -> bool:
            candidate = chosen[index]
            return candidate.priority >= LISTED or " " in text[candidate.start : candidate.end]

        beaten: set[int] = set()
        taken: list[_Candidate] = []
        for at in _places_of(text, surnames):
            if taken and at < taken[-1].end:
                continue  # inside "García Harfuch" taken just before
            index = bisect_right(chosen_starts, at) - 1
            if index >= 0 and chosen[index].end > at:
                if strong(index):
                    continue  # inside a stronger name ("Biden" of "Joe Biden")
            else:
                index += 1
            word = _surname_at(text, at, surnames)
            if word is None:
                continue
            end = at + len(word)
            overlapped = []
            while index < len(chosen) and chosen[index].start < end:
                if strong(index):
                    break
                overlapped.append(index)
                index += 1
            else:
                taken.append(_Candidate(at, end, _PERSON, surnames[word], LISTED + 5))
                beaten.update(overlapped)
        if not taken:
            return chosen
        kept = [c for index, c in enumerate(chosen) if index not in beaten] + taken
        kept.sort(key=_START)
        return kept

    def _surnames(self, text: str, chosen: list[_Candidate], taught: TaughtRules) -> dict[str, str]:
        """The surname of each person named in full, with the full name's canonical form."""
        surnames: dict[str, str] = {}
        gazetteer = self.gazetteer
        # Each person's mention once (a name repeated with the same canonical form adds
        # nothing), in the order of first mention.
        people = list(
            dict.fromkeys(
                (text[c.start : c.end], c.canonical, c.chinese_order)
                for c in chosen
                if c.label == _PERSON
            )
        )
        for surface, canonical, chinese_order in people:
            words = surface.split()
            if len(words) < 2:
                continue
            if words[-1] in _SUFFIXES and len(words) > 2:
                words.pop()
            surname = words[0] if chinese_order else words[-1]
            if surname.isupper() and len(surname) > 2:
                surname = surname.title()
            if surname.endswith(".") or surname in gazetteer.stop_names:
                continue
            surnames.setdefault(surname, canonical)
            if len(words) >= 3 and not chinese_order and words[-2][:1].isupper():
                # "Omar García Harfuch" … "García Harfuch"
                surnames.setdefault(f"{words[-2]} {surname}", canonical)
            plain = _fold_accents(surname)  # "Vucic" for "Vučić"
            if plain != surname:
                surnames.setdefault(plain, canonical)
            if surname[:3] in _ARTICLES:  # "al-Sharaa": also "Al-Sharaa" and "Sharaa"
                surnames.setdefault(surname[3:], canonical)
                surnames.setdefault(surname[:1].upper() + surname[1:], canonical)
        for alias, canonical in _aliases(text, chosen):
            surnames.setdefault(alias, canonical)
        # Where people are called by their given name ("Anwar", "Abiy", "Purbaya"), that
        # name alone is the person too, unless it is a surname above or names something else.
        for surface, canonical, chinese_order in people:
            if chinese_order:
                continue
            words = surface.split()
            first = words[0]
            if (
                len(words) >= 2
                and (first in gazetteer.world_given_names or first not in gazetteer.given_names)
                and first not in gazetteer.entries
                and first not in gazetteer.stop_names
                and first not in self._title_words
                and first[:1].isupper()
                and not first.endswith(".")
                and not first.isupper()
            ):
                surnames.setdefault(first, canonical)
        return {k: v for k, v in surnames.items() if k not in taught.rejects}

    # -- helpers ---------------------------------------------------------------------------

    def _surname_like(self, word: str) -> bool:
        gazetteer = self.gazetteer
        if (
            word in gazetteer.stop_names
            or (word.endswith(".") and len(word) > 2)
            or word in _COMPANY_WORDS
            or word in _INSTITUTION_HEADS
            or _LOWER_SUFFIX.search(word) is not None  # "Islands-flagged", "Kyiv-based"
        ):
            return False
        entry = gazetteer.entries.get(word)
        return entry is None or entry.kind in ("person", "city")

    def _pinyin_given(self, word: str) -> bool:
        if word in self.gazetteer.stop_names or word in self.gazetteer.entries:
            return False
        lowered = word.lower()
        if "-" in lowered:  # Wade-Giles as in Taiwan: Ing-wen, Ching-te
            return all(part.isalpha() and len(part) <= 6 for part in lowered.split("-"))
        return _PINYIN_NAME.fullmatch(lowered) is not None

    def _is_chinese_name(self, name: str) -> bool:
        words = name.split()
        return (
            len(words) >= 2
            and words[0] in self.gazetteer.chinese_surnames
            and (self._pinyin_given(words[1]) or words[1] in ("Jinping",))
        )

    def _skip_leading_stop_words(self, text: str, start: int, end: int) -> int | None:
        """Return where a run starts once sentence words ("The", "In") are skipped."""
        words = list(_TOKEN.finditer(text, start, end))
        while words and words[0].group() in self.gazetteer.stop_names:
            words.pop(0)
        if len(words) < 2:
            return None
        return words[0].start()

    def _trim_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop trailing words that are not names; refuse names that are listed places."""
        words = list(_TOKEN.finditer(text, start, end))
        while words and (
            words[-1].group() in self.gazetteer.stop_names
            or self.gazetteer.label_of(words[-1].group()) in (_ORG, _NORP)
        ):
            words.pop()
        while (
            words
            and words[0].group() in self.gazetteer.stop_names
            and not (  # "spokesperson He Yongqian": a family name, not "He"
                len(words) == 2
                and words[0].group() in self.gazetteer.chinese_surnames
                and self._pinyin_given(words[1].group())
            )
        ):
            words.pop(0)
        if not words:
            return None
        initial = words[0].start() - 2  # one initial before the name ("S Jaishankar")
        if initial == start and text[start] in _UPPER_SET and text[start + 1] == " ":
            start, end = initial, words[-1].end()
        else:
            start, end = words[0].start(), words[-1].end()
        name = text[start:end]
        if name.endswith(".") and len(words) == 1:
            return None
        if words[-1].group() in _ORG_HEADS:  # "General Staff", "Director of the Office"
            return None
        entry = self.gazetteer.entries.get(name)
        if entry is not None and entry.kind != "person":
            return None
        return start, end


_LOWER_IN_CAPITALS = {"AND": "and", "BY": "by", "IN": "in", "OF": "of"}


def _title_case_if_capitals(names: str) -> str:
    """A credit written in capitals ("JANE DOE and ANN LEE") in title case, same length."""
    letters = [c for c in names if c.isalpha()]
    if sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return names
    words = names.split(" ")
    cased = [_LOWER_IN_CAPITALS.get(w.upper()) or (w.title() if len(w) > 1 else w) for w in words]
    return " ".join(w if len(w) == len(o) else o for w, o in zip(cased, words, strict=True))


_SUFFIXES = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"])
_SUFFIX_STARTS = (".", " Jr.", " Sr.", " II", " IV")  # where ``_SUFFIX_AFTER`` can match
_SUFFIX_AFTER = re.compile(r"\.(?<=[JS]r\.)| (?:Jr\.|Sr\.|(?:III|II|IV)(?![\w-]))")


def _with_suffixes(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """People's names with the suffix after them ("Martin Luther King Jr.", "John Smith
    III"), where the suffix overlaps no other chosen span."""
    result = chosen
    for index, candidate in enumerate(chosen):
        if candidate.label != _PERSON:
            continue
        start, end = candidate.start, candidate.end
        match = _SUFFIX_AFTER.match(text, end) if text.startswith(_SUFFIX_STARTS, end) else None
        limit = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        if match is not None and match.end() <= limit:
            end = match.end()
        before = chosen[index - 1].end if index else 0
        if (
            start - 3 >= before
            and text[start - 3 : start] in _ARTICLES
            and _name_starts(text, start - 3)
        ):
            start -= 3  # "al-Sharaa" where "Sharaa" alone is listed
        if (start, end) != (candidate.start, candidate.end):
            if result is chosen:
                result = list(chosen)
            result[index] = candidate._replace(start=start, end=end)
    return result


_ARTICLES = frozenset(["al-", "el-", "Al-", "El-"])
_COMPASS_WORDS = tuple(
    f"{w} " for w in "East West North South Central Northern Southern Eastern Western".split()
)
_COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:East|West|North|South|Central|Northern|Southern|Eastern|Western) $"
)


def _apostrophe_marks(text: str) -> Iterator[re.Match[str]]:
    """What ``_POSSESSIVE_MARK.finditer(text)`` finds, in order."""
    starts = []
    for apostrophe in ("'", "’"):
        at = text.find(apostrophe)
        while at != -1:
            starts.append(at)
            at = text.find(apostrophe, at + 1)
    return matches_at(_POSSESSIVE_MARK, text, starts)


def _aliases(text: str, chosen: list[_Candidate]) -> Iterator[tuple[str, str]]:
    """The names people are better known by, with the person's canonical name ("Ahmed
    Mohamed Islam, better known as Madobe")."""
    if "known as " not in text and "nicknamed " not in text and "alias " not in text:
        return
    ends = {c.end: c for c in chosen if c.label == _PERSON}
    for match in _PERSON_KNOWN_AS.finditer(text):
        person = ends.get(match.start())
        if person is not None:
            yield match.group(1), person.canonical


def _spelled_in_another_order(text: str, end: int, acronym: str) -> int | None:
    """Where the capitalised words ending at ``end`` begin whose initials (short words such
    as "of" left out) are the letters of ``acronym`` in another order, as when a name is
    translated ("National Jury of Elections (JNE)", "Revolutionary Armed Forces of Colombia
    (FARC)"); the word before them must not be capitalised. ``None`` if there are none."""
    letters = sorted(acronym)
    if not acronym.isalpha() or not acronym.isupper() or len(letters) < 3:
        return None
    initials: list[str] = []
    start = end
    for word in reversed(text[max(0, end - 120) : end].split(" ")):
        if word in _ACRONYM_SKIPPED_WORDS and initials:
            start -= len(word) + 1
            continue
        if not word[:1].isupper() or not word.isalpha() or len(initials) == len(letters):
            break
        start -= len(word) + 1
        initials.append(word[0])
    if sorted(initials) != letters or text[start : start + 1].islower():
        return None
    return start + 1


def _after_capitalised_word(text: str, at: int) -> bool:
    """Whether the word before the one at ``at`` (a space between them) is capitalised and
    not a possessive: "North Hwanghae", not "Myanmar's Karen"."""
    before = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
    return text[before : before + 1] in _UPPER_SET and not text.endswith(("'s ", "’s "), 0, at)


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case (most words capitalised)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start : end if end != -1 else len(text)].split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitalised >= 0.7 * len(words)


_UPPER_SET = frozenset(c for c in map(chr, range(0x41, 0x250)) if c.isupper())


def _coordinated_place(candidate: _Candidate) -> bool:
    """Whether a chosen span is a place that names joined to it share the label of."""
    return candidate.label == _GPE and candidate.priority <= LISTED


_CAPITALS_AROUND = re.compile(r"[A-Z][A-Z'’.-]+")


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether the word in capitals at ``start:end`` stands among words in capitals (a
    headline or byline in capitals) or opens a line as a dateline does."""
    if start == 0 or text[start - 1] == "\n":
        return True
    before = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    if start - 1 > before and _CAPITALS_AROUND.fullmatch(text, before, start - 1):
        return True
    after = len(text)
    for stop in (" ", "\n"):
        found = text.find(stop, end + 1, after)
        if found != -1:
            after = found
    return after > end + 1 and _CAPITALS_AROUND.fullmatch(text, end + 1, after) is not None


def _name_starts(text: str, at: int) -> bool:
    """Whether a word starts at ``at`` (nothing of a word right before it)."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


def _fold_accents(word: str) -> str:
    """``word`` without accents ("Vučić" → "Vucic")."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-")


def _whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Every ``(start, end)`` where ``word`` occurs as a whole word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if _whole_word(text, at, end):
            yield at, end
        at = text.find(word, end)


def _places_of(text: str, words: Iterable[str]) -> list[int]:
    """Every offset where one of ``words`` occurs (inside other words too), in order."""
    places: set[int] = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            places.add(at)
            at = text.find(word, at + 1)
    return sorted(places)


def _surname_at(text: str, at: int, surnames: dict[str, str]) -> str | None:
    """The surname that the capitalised word at ``at`` is, or ``None``: only where a
    surname occurs can a capitalised word be one, so a full scan of the text's capitalised
    words finds the same."""
    match = _CAPITALISED_WORD.match(text, at)
    if match is None:
        return None
    word = match.group()
    if word in surnames:
        return word
    pair = (
        _CAPITALISED_WORD.match(text, match.end() + 1)
        if text.startswith(" ", match.end())
        else None
    )
    if pair is not None and f"{word} {pair.group()}" in surnames:
        return f"{word} {pair.group()}"  # "García Harfuch": two family names
    word = match.group(1)  # "Smith" of "Smith-Led": the first part alone
    return word if word in surnames else None


def _taught_marks(text: str, taught: TaughtRules) -> Iterator[_Candidate]:
    for surface, label in taught.marks:
        if not surface:
            continue
        pattern = re.compile(rf"(?<![\w]){re.escape(surface)}(?![\w])")
        for match in pattern.finditer(text):
            yield _Candidate(match.start(), match.end(), label, surface, ANALYST)


def _resolve(candidates: Iterable[_Candidate], keep: Iterable[_Candidate] = ()) -> list[_Candidate]:
    """Keep the best non-overlapping candidates, sorted by start: ``keep`` first (in its
    order), then by priority, then the longer, then the earlier (ties: the first given).

    The same as taking every candidate in that order unless it overlaps one taken, but
    most candidates overlap none: only groups of overlapping ones are ranked.
    """
    kept = list(keep)
    kept_rank = {id(c): index for index, c in enumerate(kept)}
    pool = [c for c in candidates if id(c) not in kept_rank] if kept else candidates
    taken: list[_Candidate] = []
    take = taken.append
    single: _Candidate | None = None  # the group so far, while it is one candidate
    group: list[_Candidate] = []  # the group so far, once it is several
    group_end = -1
    for candidate in sorted([*kept, *pool], key=_START):  # stable: ties keep their order
        if candidate[0] < group_end:
            if single is not None:
                group, single = [single], None
            group.append(candidate)
            group_end = max(group_end, candidate[1])
            continue
        if single is not None:
            take(single)
        elif group:
            taken.extend(_best_of_group(group, kept_rank))
            group = []
        single, group_end = candidate, candidate[1]
    if single is not None:
        take(single)
    elif group:
        taken.extend(_best_of_group(group, kept_rank))
    return taken


_START = itemgetter(0)
_new_tuple = tuple.__new__  # a candidate from a tuple of its fields, without a call of __new__


def _best_of_group(group: list[_Candidate], kept_rank: dict[int, int]) -> list[_Candidate]:
    """The candidates of one group of overlapping ones that win, sorted by start."""
    if len(group) == 2 and group[0][0] < group[0][1] and group[1][0] < group[1][1]:
        # The commonest group (a surname inside the full name): one of the two wins.
        a, b = group
        rank_a, rank_b = kept_rank.get(id(a)), kept_rank.get(id(b))
        if rank_a is not None or rank_b is not None:
            a_first = rank_b is None or (rank_a is not None and rank_a < rank_b)
        else:
            a_first = (-a.priority, a.start - a.end, a.start) <= (
                -b.priority,
                b.start - b.end,
                b.start,
            )
        return [a if a_first else b]
    first = sorted((c for c in group if id(c) in kept_rank), key=lambda c: kept_rank[id(c)])
    rest = [c for c in group if id(c) not in kept_rank]
    rest.sort(key=lambda c: (-c.priority, c.start - c.end, c.start))
    winners: list[_Candidate] = []
    for candidate in first + rest:
        start, end = candidate.start, candidate.end
        if start < end and any(start < w.end and w.start < end for w in winners if w.start < w.end):
            continue
        winners.append(candidate)
    winners.sort(key=_START)
    return winners


_WORKER_RECOGNIZER: RuleRecognizer | None = None


def recognize_chunk(texts: list[str], taught: TaughtRules | None) -> list[PackedMentions]:
    """Recognise ``texts`` with this process's rule recognizer (for worker processes);
    the mentions come back packed, which crosses process boundaries cheaply."""
    global _WORKER_RECOGNIZER  # noqa: PLW0603 - one recognizer per worker process
    if _WORKER_RECOGNIZER is None:
        _WORKER_RECOGNIZER = RuleRecognizer()
    return [_WORKER_RECOGNIZER.recognize_packed(text, taught) for text in texts]
