"""Assignments and queues, on both engines (a coder is the annotator on SQLite)."""

from __future__ import annotations

import pytest

from dragon_reader.domain.articles import ArticleFilters
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus


def test_articles_assigned_to_coders_make_their_queues(corpus: Corpus) -> None:
    team = corpus.team
    assert team.assign([1, 3], ["ana", "bo"]) == 4
    assert team.assign([3, 4], ["bo"]) == 1  # (3, bo) was there already
    assert team.assignments([1, 2, 3, 4]) == {1: ["ana", "bo"], 3: ["ana", "bo"], 4: ["bo"]}
    assert team.queue("ana") == [1, 3]
    assert team.queue("bo") == [1, 3, 4]
    assert corpus.article_ids(filters=ArticleFilters(queue="bo", outlet="Reuters")) == [1]
    team.unassign([1], ["bo"])
    assert team.queue("bo") == [3, 4]
    with pytest.raises(CodingError, match="no such article: 99"):
        team.assign([99], ["ana"])


def test_my_queue_is_the_current_coders(corpus: Corpus) -> None:
    me = corpus.team.current_coder()
    if corpus.database.is_sqlite:
        assert me == corpus.coding.annotator
    corpus.team.assign([2], [me])
    assert corpus.team.queue() == [2]


def test_cli_assign_and_list_mine(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from dragon_reader.app import main

    opened = Corpus.open(db_url)
    me = opened.team.current_coder()  # the login on SQLite, the role on PostgreSQL
    opened.close()
    assert main(["--db", db_url, "assign", "2", "5", "--coder", me, "--coder", "bo"]) == 0
    assert "4 new assignment(s)" in capsys.readouterr().out
    assert main(["--db", db_url, "list", "--mine"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["2", "5"]
    assert lines[-1] == "2 article(s)"
