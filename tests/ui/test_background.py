from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from dragon_reader.ui.background import BackgroundReads


def test_only_the_latest_read_of_a_kind_hands_its_value_back(qtbot: QtBot) -> None:
    """A read started after a change supersedes one started before it: the older value
    (read before the change) never reaches the view, even when it comes in last."""
    reads = BackgroundReads()
    first_may_end = threading.Event()
    taken: list[str] = []

    def before_the_change() -> str:
        first_may_end.wait(10)
        return "before"

    reads.start("counts", before_the_change, taken.append)
    reads.start("counts", lambda: "after", taken.append)
    qtbot.waitUntil(lambda: taken == ["after"])
    assert reads.busy  # the first is still reading
    first_may_end.set()
    with qtbot.waitSignal(reads.settled):
        pass
    assert taken == ["after"]
    assert not reads.busy


def test_reads_of_other_kinds_all_arrive_and_a_failed_one_hands_nothing(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    taken: list[object] = []

    def broken() -> str:
        raise OSError("disk gone")

    reads.start("outlets", lambda: ["AP", "Reuters"], taken.append)
    reads.start("counts", lambda: 5, taken.append)
    reads.start("labels", broken, taken.append)
    qtbot.waitUntil(lambda: not reads.busy)
    assert sorted(map(str, taken)) == ["5", "['AP', 'Reuters']"]
    assert not reads.pending("outlets") and not reads.pending("labels")


def test_stop_waits_for_the_threads_and_drops_what_is_still_to_come(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    taken: list[int] = []
    reads.start("counts", lambda: 1, taken.append)
    reads.stop()
    qtbot.wait(50)
    assert taken == []
