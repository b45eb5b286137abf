"""The shared table model over dataclass rows: rows replaced in place, views told only
what changed."""

from __future__ import annotations

from dataclasses import dataclass

from dragon_reader.ui.widgets import RowsModel


@dataclass(frozen=True)
class Row:
    id: int
    text: str


def model_of(rows: list[Row]) -> tuple[RowsModel, list[str]]:
    """A model over ``rows`` and the list of what it tells its views."""
    model = RowsModel([("Text", lambda r: r.text)])
    model.set_rows(rows)
    told: list[str] = []
    model.modelReset.connect(lambda: told.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: told.append(f"insert {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: told.append(f"remove {first}-{last}"))
    model.dataChanged.connect(lambda top, _b: told.append(f"change {top.row()}"))
    return model, told


def update(model: RowsModel, rows: list[Row]) -> None:
    model.update_rows(rows, lambda r: r.id, lambda a, b: a == b)


def test_update_rows_tells_only_what_changed() -> None:
    model, told = model_of([Row(1, "a"), Row(2, "b"), Row(3, "c")])
    update(model, [Row(1, "a"), Row(2, "B"), Row(4, "d"), Row(3, "c")])
    assert told == ["change 1", "insert 2-2"]
    told.clear()
    update(model, [Row(1, "a"), Row(3, "c")])
    assert told == ["remove 2-2", "remove 1-1"]
    assert model.rows == [Row(1, "a"), Row(3, "c")]
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["a", "c"]


def test_update_rows_replaces_everything_when_the_order_changed_or_nothing_is_shared() -> None:
    model, told = model_of([Row(1, "a"), Row(2, "b")])
    update(model, [Row(2, "b"), Row(1, "a")])
    assert told == ["reset"] and model.rows == [Row(2, "b"), Row(1, "a")]
    told.clear()
    update(model, [Row(7, "x")])
    assert told == ["reset"] and model.rows == [Row(7, "x")]
