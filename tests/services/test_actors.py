from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dragon_reader.domain.actors import ActorKind, ActorOrigin, normalize_name
from dragon_reader.domain.coding import FuzzyDate
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.services.actors import DICTIONARY_VERSION_KEY, ActorEdit, ActorError
from dragon_reader.services.corpus import Corpus

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED = json.loads((REPO_ROOT / "resources" / "actors.json").read_text(encoding="utf-8"))


def sql(corpus: Corpus, statement: str, **params: object) -> list[tuple[Any, ...]]:
    """Rows of a statement run on the corpus's own database (SQLite or PostgreSQL)."""
    with corpus.database.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def test_the_bundled_dictionary_is_large_well_formed_and_unambiguous() -> None:
    actors = BUNDLED["actors"]
    assert len(actors) >= 200
    assert len({a["key"] for a in actors}) == len(actors)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in actors:
        assert actor["kind"] in {"person", "organization", "state"}
        assert actor["wikidata"] == "" or actor["wikidata"].startswith("Q")
        for name in (actor["name"], *actor["aliases"]):
            names[normalize_name(name), actor["kind"]].add(actor["key"])
        for role in actor["roles"]:
            start = FuzzyDate.parse(role["start"]) if role.get("start") else None
            end = FuzzyDate.parse(role["end"]) if role.get("end") else None
            assert start is None or end is None or start.first_day <= end.last_day, actor
    ambiguous = {name: keys for name, keys in names.items() if len(keys) > 1}
    assert ambiguous == {}


# Named in the seeds' credit lines: journalists and editors, not actors of the events.
REPORTERS = {
    "Andrea Shalal", "Doina Chiacu", "Idrees Ali", "Jonathan Oatis", "Kristina Wong",
    "Paul Grant", "Phil Stewart", "Sandra Maler", "Susan Heavy",
}  # fmt: skip


def test_the_people_and_organisations_the_seeds_name_are_actors(corpus: Corpus) -> None:
    corpus.entities.recognize(corpus.entities.stale_article_ids())
    unlinked: set[tuple[str, EntityLabel]] = set()
    for article_id in range(1, 6):
        links = corpus.actors.links(article_id)
        unlinked |= {
            (m.canonical, m.label)
            for m in corpus.entities.mentions(article_id)  # type: ignore[arg-type]
            if m.label in (EntityLabel.PERSON, EntityLabel.ORG)
            and (m.canonical, m.label) not in links
        }
    people = {name for name, label in unlinked if label == EntityLabel.PERSON}
    assert people <= REPORTERS, people
    assert {name for name, label in unlinked if label == EntityLabel.ORG} == set()


def test_the_dictionary_is_loaded_once_with_the_checked_facts(corpus: Corpus) -> None:
    assert len(corpus.actors.actors()) == len(BUNDLED["actors"])
    assert corpus.actors.load_bundled() == 0
    austin = corpus.actors.find("Lloyd Austin")[0]
    assert [(r.title, str(r.start), str(r.end)) for r in austin.roles] == [
        ("US Secretary of Defense", "2021-01-22", "2025-01-20")
    ]
    li = corpus.actors.find("李尚福")[0]
    assert li.name == "Li Shangfu"
    assert [(str(r.start), str(r.end)) for r in li.roles] == [("2023-03", "2023-10")]
    xi = corpus.actors.find("习近平")[0]
    assert (xi.name, xi.kind, xi.country, xi.external_id) == (
        "Xi Jinping",
        ActorKind.PERSON,
        "CN",
        "Q15031",
    )
    assert corpus.actors.find("Pentagon", ActorKind.ORGANIZATION)[0].name == (
        "Department of Defense"
    )


def test_a_new_bundled_version_adds_what_is_missing_and_keeps_the_analyst_s_edits(
    corpus: Corpus,
) -> None:
    dong = corpus.actors.find("Dong Jun")[0]
    corpus.actors.update_actor(dong.id, ActorEdit(name="Admiral Dong"))
    pelosi = corpus.actors.find("Nancy Pelosi")[0]
    sql(corpus, "DELETE FROM actor_role WHERE actor_id = :id", id=pelosi.id)
    sql(corpus, "DELETE FROM actor WHERE key = 'xi-jinping'")
    sql(corpus, "UPDATE app_state SET value = '0' WHERE key = :key", key=DICTIONARY_VERSION_KEY)
    assert corpus.actors.load_bundled() == 1  # Xi Jinping again
    assert corpus.actors.actor(dong.id).name == "Admiral Dong"  # type: ignore[union-attr]
    assert len(corpus.actors.find("Nancy Pelosi")[0].roles) == 2
    assert corpus.actors.find("Xi Jinping")[0].origin == ActorOrigin.BUNDLED


def test_an_article_s_entities_link_to_actors_with_the_role_of_its_date(
    corpus: Corpus,
) -> None:
    ((article_id,),) = sql(corpus, "SELECT id FROM article WHERE text LIKE '%Dong Jun%'")
    sql(
        corpus,
        "UPDATE article SET published = :day WHERE id = :id",
        day=date(2024, 1, 9),
        id=article_id,
    )
    links = corpus.actors.links(article_id)
    assert links["Dong Jun", EntityLabel.PERSON].line == (
        "Dong Jun — PRC Minister of National Defense since 2023-12"
    )
    assert links["Lloyd Austin", EntityLabel.PERSON].line == (
        "Lloyd Austin — US Secretary of Defense 2021-01-22 – 2025-01-20"
    )
    assert links["Li Shangfu", EntityLabel.PERSON].roles == ()  # no longer minister then
    assert links["Pentagon", EntityLabel.ORG].actor.name == "Department of Defense"


def test_surname_mentions_link_by_the_article_s_other_names(corpus: Corpus) -> None:
    names = [("Wang", EntityLabel.PERSON), ("Wang Yi", EntityLabel.PERSON)]
    links = corpus.actors.links_for_names(names, date(2023, 5, 11))
    assert links["Wang", EntityLabel.PERSON].actor.name == "Wang Yi"
    assert links["Wang", EntityLabel.PERSON].line == (
        "Wang Yi — Director of the Office of the Central Foreign Affairs Commission since 2023-01"
    )
    alone = corpus.actors.links_for_names([("Wang", EntityLabel.PERSON)], date(2023, 5, 11))
    assert alone == {}


def test_the_analyst_adds_actors_aliases_and_roles(corpus: Corpus) -> None:
    actor = corpus.actors.add_actor("Zhang Wei", ActorKind.PERSON, "cn", ["张伟"], surname="Zhang")
    assert (actor.origin, actor.country, actor.aliases) == (ActorOrigin.ANALYST, "CN", ("张伟",))
    actor = corpus.actors.add_alias(actor.id, "Gen. Zhang Wei")
    actor = corpus.actors.add_role(
        actor.id, "Spokesperson of the PRC Ministry of National Defense", FuzzyDate.parse("2024-05")
    )
    assert actor.role_line(date(2024, 6, 1)) == (
        "Zhang Wei — Spokesperson of the PRC Ministry of National Defense since 2024-05"
    )
    assert corpus.actors.find("gen zhang wei") == [actor]
    stored = sql(
        corpus, 'SELECT title, start, "end" FROM actor_role WHERE actor_id = :id', id=actor.id
    )
    assert stored == [("Spokesperson of the PRC Ministry of National Defense", "2024-05", None)]
    actor = corpus.actors.remove_role(actor.id, actor.roles[0].id or 0)
    actor = corpus.actors.remove_alias(actor.id, "张伟")
    assert (actor.roles, actor.aliases) == ((), ("Gen. Zhang Wei",))
    corpus.actors.delete_actor(actor.id)
    assert corpus.actors.find("Zhang Wei") == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.add_actor("  ", ActorKind.PERSON), "needs a name"),
        (lambda s: s.add_actor("Xi Jinping", ActorKind.PERSON), "already names Xi Jinping"),
        (lambda s: s.add_actor("New Body", ActorKind.ORGANIZATION, "USA"), "country code"),
        (lambda s: s.add_actor("New Body", ActorKind.ORGANIZATION, external_id="42"), "Wikidata"),
        (
            lambda s: s.add_role(
                s.find("Dong Jun")[0].id,
                "Admiral",
                FuzzyDate.parse("2024"),
                FuzzyDate.parse("2020"),
            ),
            "ends (2020) before it starts (2024)",
        ),
        (lambda s: s.add_alias(s.find("Dong Jun")[0].id, "李尚福"), "already names Li Shangfu"),
    ],
)
def test_bad_actor_edits_are_refused_and_change_nothing(
    corpus: Corpus, call: object, message: str
) -> None:
    before = corpus.actors.actors()
    with pytest.raises(ActorError, match=re.escape(message)):
        call(corpus.actors)  # type: ignore[operator]
    assert corpus.actors.actors() == before
