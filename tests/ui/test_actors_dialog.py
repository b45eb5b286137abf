from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from dragon_reader.domain.actors import ActorKind, ActorOrigin
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.actors_dialog import ActorsDialog
from dragon_reader.ui.main_window import MainWindow

_W = TypeVar("_W", bound=QWidget)


def child(dialog: ActorsDialog, kind: type[_W], name: str) -> _W:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def test_find_an_actor_by_a_chinese_alias_and_see_its_roles(qtbot: QtBot, corpus: Corpus) -> None:
    dialog = ActorsDialog(corpus.actors)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "actor_filter").setText("董军")  # QTest types Latin-1 only
    table = child(dialog, QTableView, "actor_table")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 0).data() == "Dong Jun"
    roles = child(dialog, QTableView, "role_table").model()
    assert [roles.index(0, c).data() for c in range(3)] == [
        "PRC Minister of National Defense",
        "2023-12",
        "",
    ]


def test_the_analyst_adds_an_actor_an_alias_and_a_role_through_the_form(
    qtbot: QtBot, corpus: Corpus
) -> None:
    dialog = ActorsDialog(corpus.actors)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "new_actor_name"), "Zhang Xiaogang Jr")
    qtbot.keyClicks(child(dialog, QLineEdit, "new_actor_country"), "cn")
    child(dialog, QPushButton, "add_actor").click()
    child(dialog, QLineEdit, "new_alias").setText("张晓刚二")
    child(dialog, QPushButton, "add_alias").click()
    qtbot.keyClicks(child(dialog, QLineEdit, "new_role_title"), "MND spokesperson")
    qtbot.keyClicks(child(dialog, QLineEdit, "new_role_start"), "2024-05")
    child(dialog, QPushButton, "add_role").click()
    (actor,) = corpus.actors.find("张晓刚二")
    assert (actor.name, actor.kind, actor.country, actor.origin) == (
        "Zhang Xiaogang Jr",
        ActorKind.PERSON,
        "CN",
        ActorOrigin.ANALYST,
    )
    assert actor.role_line(date(2024, 6, 1)) == "Zhang Xiaogang Jr — MND spokesperson since 2024-05"
    qtbot.keyClicks(child(dialog, QLineEdit, "new_role_title"), "Admiral")
    qtbot.keyClicks(child(dialog, QLineEdit, "new_role_start"), "May 2024")
    child(dialog, QPushButton, "add_role").click()
    assert "is not a date" in child(dialog, QLabel, "actor_message").text()
    assert len(corpus.actors.find("张晓刚二")[0].roles) == 1


def test_the_entities_menu_opens_the_dictionary(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name[MainAction.ACTORS].trigger()
    dialog = window.findChild(ActorsDialog, "actors_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
