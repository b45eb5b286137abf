from __future__ import annotations

from dragon_reader.domain.vocabularies import (
    PLOVER_CATEGORIES,
    PLOVER_CONTEXTS,
    PloverMapping,
    QuadClass,
    color_problem,
    key_for,
    key_problem,
)


def test_the_plover_tables_follow_the_manual() -> None:
    assert list(PLOVER_CATEGORIES) == [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]  # fmt: skip
    assert PLOVER_CATEGORIES["CONSULT"].modes == ("visit", "third-party", "multilateral", "phone")
    assert PLOVER_CATEGORIES["SANCTION"].modes == ("convict", "expel", "withdraw", "discontinue")
    assert PLOVER_CATEGORIES["REJECT"].modes == PLOVER_CATEGORIES["REQUEST"].modes
    assert PLOVER_CATEGORIES["SANCTION"].requires_recipient
    assert PLOVER_CATEGORIES["PROTEST"].quad == QuadClass.MATERIAL_CONFLICT
    assert len(PLOVER_CONTEXTS) == 37 and "military" in PLOVER_CONTEXTS


def test_a_mapping_names_only_what_plover_defines() -> None:
    assert PloverMapping("SANCTION", "discontinue", ("economic",)).problems() == []
    assert PloverMapping().problems() == []
    assert PloverMapping("CONSULT", "phone").quad == QuadClass.VERBAL_COOPERATION
    assert PloverMapping("MEET").problems() == ["'MEET' is not a PLOVER event category"]
    assert PloverMapping("AGREE", "phone").problems() == [
        "'phone' is not a mode of AGREE (its modes: none)"
    ]
    assert PloverMapping("", "phone").problems() == ["a PLOVER mode needs its event category"]
    assert PloverMapping("CONSULT", context=("sports",)).problems() == [
        "'sports' is not a PLOVER context"
    ]


def test_keys_and_colours() -> None:
    assert key_for("Video Call!") == "video call"
    assert key_problem("video call") is None
    assert key_problem("Video") is not None
    assert color_problem("#A0b1c2") is None
    assert color_problem("red") is not None
