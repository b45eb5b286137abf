from __future__ import annotations

from datetime import date

from dragon_reader.domain.actors import (
    Actor,
    ActorId,
    ActorIndex,
    ActorKind,
    Role,
    link_names,
    normalize_name,
)
from dragon_reader.domain.coding import FuzzyDate
from dragon_reader.domain.entities import EntityLabel


def role(title: str, start: str = "", end: str = "") -> Role:
    return Role(
        title,
        FuzzyDate.parse(start) if start else None,
        FuzzyDate.parse(end) if end else None,
    )


AUSTIN = Actor(
    ActorId(1),
    "Lloyd Austin",
    ActorKind.PERSON,
    "US",
    roles=(role("US Secretary of Defense", "2021-01-22", "2025-01-20"),),
)
LI_SHANGFU = Actor(
    ActorId(2),
    "Li Shangfu",
    ActorKind.PERSON,
    "CN",
    aliases=("李尚福",),
    roles=(role("PRC Minister of National Defense", "2023-03", "2023-10"),),
    surname="Li",
)
DONG_JUN = Actor(
    ActorId(3),
    "Dong Jun",
    ActorKind.PERSON,
    "CN",
    aliases=("董军",),
    roles=(role("PRC Minister of National Defense", "2023-12"),),
    surname="Dong",
)
LI_QIANG = Actor(ActorId(4), "Li Qiang", ActorKind.PERSON, "CN", surname="Li")
PENTAGON = Actor(
    ActorId(5), "Department of Defense", ActorKind.ORGANIZATION, "US", aliases=("Pentagon",)
)
CHINA = Actor(ActorId(6), "China", ActorKind.STATE, "CN", aliases=("PRC", "中国"))
INDEX = ActorIndex([AUSTIN, LI_SHANGFU, DONG_JUN, LI_QIANG, PENTAGON, CHINA])


def test_a_role_holds_between_the_first_and_last_day_its_dates_may_mean() -> None:
    minister = LI_SHANGFU.roles[0]
    assert minister.holds_on(date(2023, 3, 1))
    assert minister.holds_on(date(2023, 10, 31))
    assert not minister.holds_on(date(2023, 2, 28))
    assert not minister.holds_on(date(2023, 11, 1))
    assert DONG_JUN.roles[0].holds_on(date(2030, 1, 1))
    assert Role("Envoy").holds_on(date(1900, 1, 1))


def test_the_role_line_names_the_role_held_on_the_day() -> None:
    assert DONG_JUN.role_line(date(2024, 1, 9)) == (
        "Dong Jun — PRC Minister of National Defense since 2023-12"
    )
    assert AUSTIN.role_line(date(2023, 6, 2)) == (
        "Lloyd Austin — US Secretary of Defense 2021-01-22 – 2025-01-20"
    )
    assert AUSTIN.role_line(date(2025, 6, 1)) == "Lloyd Austin"
    assert DONG_JUN.role_line(date(2023, 6, 1)) == "Dong Jun"
    assert AUSTIN.role_line(None) == AUSTIN.role_line(date(2022, 1, 1))
    assert role("Mayor", end="2024").describe() == "Mayor until 2024"


def test_family_names_follow_the_dictionary_or_the_last_word() -> None:
    assert AUSTIN.family_name == "Austin"
    assert DONG_JUN.family_name == "Dong"
    assert Actor(ActorId(9), "Ferdinand Marcos Jr.", ActorKind.PERSON).family_name == "Marcos"
    assert CHINA.family_name == ""


def test_names_compare_without_case_dots_spacing_or_a_leading_the() -> None:
    assert normalize_name("The  U.S. Navy") == normalize_name("us navy")
    assert INDEX.by_name("the pentagon") == [PENTAGON]
    assert INDEX.by_name("中国", ActorKind.STATE) == [CHINA]
    assert INDEX.by_name("中国", ActorKind.PERSON) == []


def test_a_mention_links_by_name_alias_and_the_label_s_kind() -> None:
    assert INDEX.link("Lloyd Austin", EntityLabel.PERSON) is AUSTIN
    assert INDEX.link("董军", EntityLabel.PERSON) is DONG_JUN
    assert INDEX.link("Pentagon", EntityLabel.ORG) is PENTAGON
    assert INDEX.link("China", EntityLabel.GPE) is CHINA
    assert INDEX.link("China", EntityLabel.NORP) is None
    assert INDEX.link("Pentagon", EntityLabel.PERSON) is None


def test_a_bare_surname_links_only_through_the_article_s_context() -> None:
    assert INDEX.link("Austin", EntityLabel.PERSON) is None
    assert INDEX.link("Austin", EntityLabel.PERSON, [AUSTIN, CHINA]) is AUSTIN
    assert INDEX.link("Li", EntityLabel.PERSON, [LI_SHANGFU]) is LI_SHANGFU
    assert INDEX.link("Li", EntityLabel.PERSON, [LI_SHANGFU, LI_QIANG]) is None  # ambiguous
    assert INDEX.link("Lloyd", EntityLabel.PERSON, [AUSTIN]) is None


def test_link_names_reads_surnames_against_the_article_s_full_names() -> None:
    linked = link_names(
        INDEX,
        [
            ("Li", EntityLabel.PERSON),
            ("Li Shangfu", EntityLabel.PERSON),
            ("Austin", EntityLabel.PERSON),
            ("Washington", EntityLabel.GPE),
        ],
    )
    assert linked == {
        ("Li", EntityLabel.PERSON): LI_SHANGFU,
        ("Li Shangfu", EntityLabel.PERSON): LI_SHANGFU,
    }
