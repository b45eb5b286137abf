"""Migrations that change existing data keep it: ids, rows and indexes survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dragon_reader.domain.coding import ChannelStatus, TagId, TagKind
from dragon_reader.services.corpus import Corpus, open_corpus
from tests.store.old_schema import database_at

ARTICLE = (
    "INSERT INTO article (id, title, text, content_hash, word_count, status, source_format, "
    "imported_at) VALUES (1, 'Talks resume', 'The military hotline was restored today.', "
    "'h', 6, 'new', 'txt', '2024-01-01')"
)
CHANNEL = (
    "INSERT INTO codebook_channel (id, name, level, party_a, party_b, description) "
    "VALUES (1, 'Defense hotline', 'military', 'US', 'PRC', '')"
)

SLOT = (
    'INSERT INTO tag_slot (id, tag_id, role, position, text, start, "end", actor_id) '
    "VALUES (1, 2, 'actor', 0, 'US', NULL, NULL, NULL)"
)


def _tag(tag_id: int) -> str:
    return (
        'INSERT INTO tag (id, article_id, start, "end", text, channel_id, status, note, '
        f"annotator, created_at, updated_at) VALUES ({tag_id}, 1, 4, 21, 'military hotline', "
        f"1, 'active', 'note {tag_id}', 'ab', '2024-01-02 00:00:00', '2024-01-02 00:00:00')"
    )


def _new_tag(corpus: Corpus) -> int:
    tag = corpus.coding.create_tag(1, 4, 21, TagKind.CHANNEL, 1, ChannelStatus.ACTIVE)
    return int(tag.id)


def test_tag_ids_survive_the_upgrade_and_are_never_reused_after_it(tmp_path: Path) -> None:
    path = database_at(
        tmp_path / "old.sqlite3", "0012", [ARTICLE, CHANNEL, _tag(1), _tag(2), _tag(5), SLOT]
    )
    corpus = Corpus.open(path)
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT id, note, annotator FROM tag ORDER BY id").fetchall()
        indexes = {r[1] for r in raw.execute("PRAGMA index_list(tag)")}
        table_sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'tag'").fetchone()[0]
        slots = raw.execute("SELECT tag_id, role, text FROM tag_slot").fetchall()
    assert rows == [(1, "note 1", "ab"), (2, "note 2", "ab"), (5, "note 5", "ab")]
    assert {"ix_tag_article_start", "ix_tag_channel_id", "ix_tag_event_id"} <= indexes
    assert "AUTOINCREMENT" in table_sql
    assert slots == [(2, "actor", "US")], "copying the tag table must not cascade to its slots"
    corpus.coding.delete_tag(TagId(5))
    assert _new_tag(corpus) == 6
    corpus.close()


def test_a_new_database_never_gives_a_deleted_highest_tag_id_out_again(tmp_path: Path) -> None:
    corpus = open_corpus(tmp_path / "db.sqlite3")
    article = corpus.article_ids()[0]
    channel = corpus.coding.channels()[0].id
    first = corpus.coding.create_tag(article, 0, 5, TagKind.CHANNEL, channel, None)
    second = corpus.coding.create_tag(article, 0, 5, TagKind.CHANNEL, channel, None)
    corpus.coding.delete_tag(second.id)
    third = corpus.coding.create_tag(article, 0, 5, TagKind.CHANNEL, channel, None)
    assert third.id > second.id > first.id
    corpus.close()


def test_the_search_index_is_made_again_with_prefixes_and_keeps_every_article(
    tmp_path: Path,
) -> None:
    second = (
        ARTICLE.replace("(1, 'Talks resume'", "(2, 'Hotline news'")
        .replace("'h'", "'h2'")
        .replace("was restored today", "stays cut")
    )
    path = database_at(tmp_path / "old.sqlite3", "0014", [ARTICLE, second])
    with sqlite3.connect(path) as raw:
        before = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").fetchone()
    assert "prefix" not in before[0]
    corpus = Corpus.open(path)
    with sqlite3.connect(path) as raw:
        after = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").fetchone()
        triggers = {
            r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        check = raw.execute(
            "INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"
        ).fetchall()
    assert "prefix='3'" in after[0]
    assert {"article_fts_insert", "article_fts_update", "article_fts_delete"} <= triggers
    assert check == []
    assert sorted(h.article_id for h in corpus.search("hotl")) == [1, 2]
    assert [h.article_id for h in corpus.search("restored")] == [1]
    added = corpus.import_text("Hotline test\n\nThe hotline rang once.")
    assert added.article_id in [h.article_id for h in corpus.search("hotli")]
    corpus.close()


def test_the_tags_present_get_their_sentence_and_new_tags_store_theirs(tmp_path: Path) -> None:
    """Upgrading to 0018 fills in each tag's sentence bounds as the finder gives them;
    a tag made afterwards stores its own; the export's sentence is that sentence."""
    from dragon_reader.domain.date_phrases import SentenceFinder
    from dragon_reader.services.interchange import Interchange

    text = "Talks resume. The military hotline was restored today. More soon."
    article = ARTICLE.replace("'The military hotline was restored today.'", f"'{text}'")
    path = database_at(tmp_path / "old.sqlite3", "0017", [article, CHANNEL, _tag(1)])
    with sqlite3.connect(path) as raw:  # the tag at 4–21 sits in the first sentence now
        raw.execute("UPDATE tag SET start = 18, \"end\" = 34, text = 'military hotline'")
    corpus = Corpus.open(path)
    soon = text.index("soon")
    made = corpus.coding.create_tag(1, soon, soon + 4, TagKind.CHANNEL, 1, ChannelStatus.ACTIVE)
    with sqlite3.connect(path) as raw:
        stored = raw.execute(
            "SELECT id, sentence_start, sentence_end FROM tag ORDER BY id"
        ).fetchall()
    finder = SentenceFinder(text)
    assert stored == [(1, *finder.bounds(18, 34)), (made.id, *finder.bounds(soon, soon + 4))]
    assert text[stored[0][1] : stored[0][2]] == "The military hotline was restored today."
    target = tmp_path / "tags.csv"
    Interchange(corpus).export_tags_csv(target)
    assert "The military hotline was restored today." in target.read_text(encoding="utf-8-sig")
    corpus.close()
