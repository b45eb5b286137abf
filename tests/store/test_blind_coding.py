"""Blind double coding, enforced by the server: a coder's own connection (a real PostgreSQL
login in the dragon_coder group) can neither read nor write another coder's tags."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.journal import UndoError
from dragon_reader.store.database import create_app_engine
from tests.engines import PostgresServer

pytestmark = pytest.mark.engines("postgresql")
PASSWORD = "coder-secret"


@pytest.fixture
def logins(pg_server: PostgresServer) -> Iterator[dict[str, str]]:
    """Three logins of this test run: two coders and a curator (cluster-wide roles)."""
    names = {
        role: f"{role}_{os.getpid()}_{pg_server.new_name().rsplit('_', 1)[1]}"
        for role in ("ana", "bo", "cy")
    }
    groups = {"ana": "dragon_coder", "bo": "dragon_coder", "cy": "dragon_curator"}
    for role, name in names.items():
        pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {groups[role]}")
    yield names
    for name in names.values():
        pg_server.execute(f"DROP ROLE IF EXISTS {name}")


def as_login(db_url: str, login: str) -> str:
    return db_url.replace("postgresql+psycopg:///", f"postgresql+psycopg://{login}:{PASSWORD}@/")


@pytest.fixture
def coders(db_url: str, logins: dict[str, str]) -> Iterator[dict[str, Corpus]]:
    opened = {role: Corpus.open(as_login(db_url, name)) for role, name in logins.items()}
    for role, corpus in opened.items():
        corpus.coding.annotator = role
    yield opened
    for corpus in opened.values():
        corpus.close()


def test_a_coder_sees_and_changes_only_their_own_tags(
    coders: dict[str, Corpus], logins: dict[str, str], db_url: str
) -> None:
    ana, bo, cy = coders["ana"], coders["bo"], coders["cy"]
    event = ana.coding.events()[0].id
    anas = ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event, note="ana's")
    bos = bo.coding.create_tag(1, 0, 2, TagKind.EVENT, event, note="bo's")
    assert [t.id for t in ana.coding.tags_for_article(1)] == [anas.id]
    assert [t.id for t in bo.coding.tags_for_article(1)] == [bos.id]
    assert bo.coding.tag(anas.id) is None
    assert {t.id for t in cy.coding.tags_for_article(1)} == {anas.id, bos.id}  # the curator

    # Straight SQL on bo's own connection, not only through the app: nothing of ana's.
    engine = create_app_engine(as_login(db_url, logins["bo"]))
    try:
        with engine.begin() as raw:
            assert raw.execute(text("SELECT count(*) FROM tag")).scalar() == 1
            changed = raw.execute(
                text("UPDATE tag SET note = 'bo was here' WHERE id = :i"), {"i": anas.id}
            )
            assert changed.rowcount == 0
            deleted = raw.execute(text("DELETE FROM tag WHERE id = :i"), {"i": anas.id})
            assert deleted.rowcount == 0
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as raw:
            raw.execute(
                text(
                    'INSERT INTO tag (article_id, start, "end", text, event_id, note, '
                    "annotator, coder, created_at, updated_at) VALUES (1, 0, 2, 'US', :e, "
                    "'', 'ana', :ana, now(), now())"
                ),
                {"e": event, "ana": logins["ana"]},
            )
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as raw:
            raw.execute(
                text("UPDATE tag SET coder = :ana WHERE id = :i"),
                {"ana": logins["ana"], "i": bos.id},
            )
    finally:
        engine.dispose()
    stored = cy.coding.tag(anas.id)
    assert stored is not None and stored.note == "ana's"
    assert stored.coder == logins["ana"]


def test_a_tag_records_the_role_that_made_it(
    coders: dict[str, Corpus], logins: dict[str, str]
) -> None:
    tag = coders["cy"].coding.create_tag(2, 0, 3, TagKind.EVENT, coders["cy"].coding.events()[0].id)
    assert tag.coder == logins["cy"]


def test_only_curators_assign_and_every_coder_sees_their_queue(
    coders: dict[str, Corpus], logins: dict[str, str]
) -> None:
    from dragon_reader.services.coding import CodingError

    ana, cy = coders["ana"], coders["cy"]
    with pytest.raises(CodingError, match="only a curator"):
        ana.team.assign([1], [logins["ana"]])
    assert cy.team.assign([1, 2], [logins["ana"], logins["bo"]]) == 4
    assert ana.team.current_coder() == logins["ana"]
    assert ana.team.queue() == [1, 2]
    assert coders["bo"].team.assignments([1])[1] == sorted([logins["ana"], logins["bo"]])


def test_a_coder_can_neither_read_nor_write_another_coders_slots(
    coders: dict[str, Corpus], logins: dict[str, str], db_url: str
) -> None:
    from dragon_reader.domain.slots import SlotFiller, SlotRole

    ana, cy = coders["ana"], coders["cy"]
    event = ana.coding.events()[0].id
    anas = ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event)
    ana.slots.set_slots(anas.id, [SlotFiller(SlotRole.ACTOR, "Biden")])
    assert coders["bo"].slots.slots(anas.id) == ()
    assert cy.slots.slots(anas.id) == (SlotFiller(SlotRole.ACTOR, "Biden"),)  # the curator

    engine = create_app_engine(as_login(db_url, logins["bo"]))
    try:
        with engine.begin() as raw:
            assert raw.execute(text("SELECT count(*) FROM tag_slot")).scalar() == 0
            changed = raw.execute(
                text("UPDATE tag_slot SET text = 'Xi' WHERE tag_id = :i"), {"i": anas.id}
            )
            assert changed.rowcount == 0
            deleted = raw.execute(text("DELETE FROM tag_slot WHERE tag_id = :i"), {"i": anas.id})
            assert deleted.rowcount == 0
        with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as raw:
            raw.execute(
                text(
                    "INSERT INTO tag_slot (tag_id, role, position, text) "
                    "VALUES (:i, 'recipient', 0, 'Xi')"
                ),
                {"i": anas.id},
            )
    finally:
        engine.dispose()
    assert cy.slots.slots(anas.id) == (SlotFiller(SlotRole.ACTOR, "Biden"),)


def test_deleting_or_merging_an_entry_that_hidden_tags_use_gets_a_message(
    coders: dict[str, Corpus],
) -> None:
    from dragon_reader.services.coding import CodingError

    ana, bo = coders["ana"], coders["bo"]
    first, second, third = (e.id for e in ana.coding.events()[:3])
    ana.coding.create_tag(1, 0, 2, TagKind.EVENT, first)
    ana.coding.create_tag(1, 0, 2, TagKind.EVENT, third)
    bo.coding.create_tag(1, 3, 5, TagKind.EVENT, first)
    assert bo.coding.event(third).tag_count == 0  # type: ignore[union-attr]  # bo sees none
    with pytest.raises(CodingError, match="other coders' tags, which you cannot see"):
        bo.coding.delete_event(third)
    with pytest.raises(CodingError, match="other coders' tags, which you cannot see"):
        bo.coding.merge_events(first, second)
    # Nothing changed: bo's own tag was not moved, the entry is still there.
    assert [t.entry_id for t in bo.coding.all_tags()] == [first]
    assert coders["cy"].coding.event(first).tag_count == 2  # type: ignore[union-attr]


def test_a_curator_adjudicates_what_the_coders_cannot_see(coders: dict[str, Corpus]) -> None:
    ana, bo, cy = coders["ana"], coders["bo"], coders["cy"]
    event = ana.coding.events()[0].id
    anas = ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event)
    bo.coding.create_tag(1, 0, 2, TagKind.EVENT, event)
    comparison = cy.curation.compare(1)
    assert comparison.coders == ("ana", "bo")
    assert [u.verdict.value for u in comparison.units] == ["agree"]
    curated = cy.curation.accept(anas.id)
    assert curated.curated and curated.annotator == "cy"
    # Blind coders see neither the other's tag nor the curated copy.
    assert [t.id for t in ana.coding.tags_for_article(1)] == [anas.id]
    assert ana.curation.compare(1).coders == ("ana",)
    assert all(not t.curated for t in bo.coding.tags_for_article(1))


def test_a_blind_coder_cannot_merge_other_coders_tags_but_a_curator_can(
    coders: dict[str, Corpus], seeded_template: Path, tmp_path: Path
) -> None:
    from dragon_reader.services.merge import MergeError, merge_database

    laptop = tmp_path / "dee.sqlite3"
    laptop.write_bytes(seeded_template.read_bytes())
    other = Corpus.open(laptop)
    other.coding.annotator = "dee"
    other.coding.create_tag(1, 0, 2, TagKind.EVENT, other.coding.events()[0].id)
    other.close()
    with pytest.raises(MergeError, match="a curator"):
        merge_database(coders["bo"], laptop)
    assert coders["cy"].coding.all_tags() == []
    report = merge_database(coders["cy"], laptop)
    assert report.tags_added == 1
    assert [t.annotator for t in coders["cy"].coding.all_tags()] == ["dee"]
    assert coders["bo"].coding.all_tags() == []  # still blind to it


def test_only_a_curator_deletes_articles_and_every_coders_tags_come_back(
    coders: dict[str, Corpus],
) -> None:
    ana, bo, cy = coders["ana"], coders["bo"], coders["cy"]
    event = ana.coding.events()[0].id
    ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event, note="ana's")
    bo.coding.create_tag(1, 0, 2, TagKind.EVENT, event, note="bo's")
    with pytest.raises(ValueError, match="only a curator may delete articles"):
        ana.delete_articles([1])  # she sees only her tag; bo's would go unseen
    assert ana.article(ArticleId(1)) is not None
    assert not ana.journal.history.undo_text.startswith("delete")
    preview = cy.deletion_preview([1])
    assert sorted((work.coder, work.tags) for work in preview.coders) == [("ana", 1), ("bo", 1)]
    cy.delete_articles([1])
    assert cy.article(ArticleId(1)) is None and bo.coding.tags_for_article(1) == []
    cy.undo()
    assert [t.note for t in ana.coding.tags_for_article(1)] == ["ana's"]
    assert [t.note for t in bo.coding.tags_for_article(1)] == ["bo's"]


def test_a_coder_coding_blind_cannot_undo_an_import_into_other_coders_tags(
    coders: dict[str, Corpus], tmp_path: Path
) -> None:
    ana, bo, cy = coders["ana"], coders["bo"], coders["cy"]
    path = tmp_path / "wrong.txt"
    path.write_text("Austin called Dong Jun about the hotline.")
    (article_id,) = [o.article_id for o in ana.import_paths([path]).outcomes if o.article_id]
    event = bo.coding.events()[0].id
    bo.coding.create_tag(article_id, 0, 6, TagKind.EVENT, event, note="bo's")
    bo.set_status(article_id, ArticleStatus.NEW)  # the article's row as ana left it
    with pytest.raises(UndoError, match="only a curator may delete articles"):
        ana.undo()  # she cannot see bo's tag, which the deletion would take
    assert [t.note for t in bo.coding.tags_for_article(article_id)] == ["bo's"]
    assert cy.article(article_id) is not None
