from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dragon_reader import __version__
from dragon_reader.app import main
from dragon_reader.cli import build_parser, program_name
from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"dragon-reader {__version__}"


def test_list_shows_the_seeds(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "list"]) == 0
    out = capsys.readouterr().out
    assert "US in touch with Beijing about arranging military communication" in out
    assert "Breitbart News" in out
    assert out.strip().endswith("5 article(s)")


def test_import_names_each_bad_file_and_fails_overall(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A new article about talks.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Pékin".encode("latin-1"))
    status = main(["--db", str(db_path), "import", str(good), str(empty), str(binary), str(latin)])
    captured = capsys.readouterr()
    assert status == 1
    errors = captured.err.strip().splitlines()
    assert errors == [
        f"error: {empty}: empty file",
        f"error: {binary}: binary file (looks like a PNG image), not text",
    ]
    assert f"imported: {good} as article 6" in captured.out
    assert f"imported: {latin} as article 7 (decoded as cp1252)" in captured.out
    assert main(["--db", str(db_path), "list"]) == 0
    assert "7 article(s)" in capsys.readouterr().out


def test_a_short_article_with_a_bell_and_an_escape_is_imported_in_every_format(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """About 200 bytes of prose with one bell and one escape (pasted from a terminal) are
    an article in every format and encoding; a small binary file is still refused."""
    prose = (
        "Officials from both countries met in Geneva on Tuesday to discuss maritime safety. "
        "The talks,\x07 which lasted three hours, ended without a joint statement, but both "
        "sides said they would meet again\x1b soon.\n"
    )
    assert 180 <= len(prose.encode()) <= 220
    files = {  # each another city: the same text twice would be a duplicate
        "utf8.txt": prose.encode(),
        "windows.txt": prose.replace("Geneva", "“Vienna”").encode("cp1252"),
        "utf16.txt": prose.replace("Geneva", "Oslo").encode("utf-16"),
        "notes.md": ("# Talks\n\n" + prose.replace("Geneva", "Bern")).encode(),
        "page.html": f"<html><body><article><h1>Talks</h1><p>{prose.replace('Geneva', 'Rome')}"
        "</p></article></body></html>".encode(),
    }
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    binary = tmp_path / "data.txt"
    binary.write_bytes(bytes(range(1, 32)) * 7)  # no NUL, no known signature
    assert main(["--db", str(db_path), "import", str(folder), str(binary)]) == 1
    captured = capsys.readouterr()
    assert (
        captured.err.strip() == f"error: {binary}: binary file (many control characters), not text"
    )
    assert captured.out.count("imported: ") == len(files)
    corpus = Corpus.open(str(db_path))
    try:
        articles = [corpus.article(ArticleId(6 + n)) for n in range(len(files))]
        texts = [a.text for a in articles if a is not None]
        assert len(texts) == len(files) and all("lasted three hours" in t for t in texts)
        kept = [t for t in texts if "\x07" in t and "\x1b" in t]  # a web page's text is
        assert len(kept) == len(files) - 1  # what its extractor reads: without the two
    finally:
        corpus.close()


def test_import_of_only_good_files_succeeds(db_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("# Talks\n\nThey met.", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(good)]) == 0


def test_a_newer_database_gets_a_clear_message(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    assert main(["--db", str(db_path), "list"]) == 1
    assert "newer version of Dragon Reader" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dragon_reader", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == f"dragon-reader {__version__}"


def test_usage_lines_name_the_program_as_the_user_started_it() -> None:
    module = subprocess.run(
        [sys.executable, "-m", "dragon_reader", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert module.stdout.startswith(f"usage: {Path(sys.executable).name} -m dragon_reader export ")
    console_script = Path(sys.executable).with_name("dragon-reader-cli")
    if not console_script.exists():
        pytest.skip("the package is not installed with its launchers")
    launcher = subprocess.run(
        [str(console_script), "list", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert launcher.stdout.startswith("usage: dragon-reader-cli list ")


@pytest.mark.parametrize(
    ("argv0", "expected"),
    [
        ("/usr/lib/python3/site-packages/dragon_reader/__main__.py", "python3 -m dragon_reader"),
        ("/home/ana/.local/bin/dragon-reader", "dragon-reader"),
        (r"C:\Users\ana\pipx\bin\dragon-reader-cli.exe", "dragon-reader-cli"),
        ("dragon-reader-script.pyw", "dragon-reader"),
        ("-c", "dragon-reader"),
        ("", "dragon-reader"),
    ],
)
def test_program_name_is_how_it_was_started(argv0: str, expected: str) -> None:
    assert program_name(argv0.replace("\\", "/"), "/usr/bin/python3") == expected


def test_a_usage_error_names_the_program_in_every_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser("python -m dragon_reader")
    with pytest.raises(SystemExit):
        parser.parse_args(["export"])
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m dragon_reader export ")
    assert "python -m dragon_reader export: error:" in err


def test_default_database_lives_in_the_user_data_folder(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list"]) == 0
    assert (isolated_data_dir / "dragon-reader.sqlite3").is_file()


def test_output_cut_short_by_a_pipe_ends_quietly(db_path: Path) -> None:
    """``dragon-reader entities | head -3``: no traceback when the reader stops reading."""
    command = [sys.executable, "-m", "dragon_reader", "--db", str(db_path), "entities"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stdout.readline().startswith(b"# 1 ")
        process.stdout.close()  # as `head` does once it has its lines
        _, errors = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in errors


def test_a_jsonl_import_through_the_cli_obeys_the_tagging_rule(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from dragon_reader.domain.articles import ArticleStatus
    from dragon_reader.services.corpus import open_corpus

    document = {
        "text": "Austin and Dong Jun held a video call.",
        "dragon_reader": {
            "tags": [{"start": 27, "end": 37, "kind": "event", "entry": "Austin-Dong call"}],
            "codebook": [{"name": "Austin-Dong call", "kind": "event", "event_type": "call"}],
        },
    }
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(document) + "\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    corpus = open_corpus(db_path)
    try:
        (tag,) = corpus.coding.all_tags()
        article = corpus.article(ArticleId(tag.article_id))
        assert article is not None and article.status == ArticleStatus.IN_PROGRESS
    finally:
        corpus.close()


def test_export_plover_writes_one_record_per_tag(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus.open(db_path)
    channel = corpus.coding.channels()[0]
    corpus.coding.create_tag(1, 0, 10, TagKind.CHANNEL, channel.id, status=ChannelStatus.REFUSED)
    corpus.close()
    out = tmp_path / "events.jsonl"
    assert main(["--db", str(db_path), "export", str(out), "--format", "plover"]) == 0
    assert "wrote 1 PLOVER record(s)" in capsys.readouterr().out
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert '"event_type":"REJECT","mode":["meet"]' in line


def test_search_prints_ranked_hits_with_snippets(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "search", "vienna"]) == 0
    out = capsys.readouterr().out
    assert "**Vienna**" in out
    assert out.strip().endswith("1 hit(s)")
    assert main(["--db", str(db_path), "search", "the", "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 3
    first = hits[0]
    assert set(first) == {"article_id", "title", "snippet", "matches"}
    start, end = first["matches"][0]
    assert first["snippet"][start:end].lower() == "the"


def test_list_shows_terminal_control_sequences_in_titles_as_escapes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "hostile.txt"
    body = "Xi met Biden to talk about the military hotline. " * 40
    article.write_text(f"\x1b]0;owned\x07Talks \x1b[2J\x9bresume\n\n{body}\n")
    assert main(["--db", str(db_path), "import", str(article)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "list"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    assert "\\x1b]0;owned\\x07Talks \\x1b[2J\\x9bresume" in out


def test_a_file_name_with_a_line_break_stays_on_its_one_report_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "first\nsecond.txt"
    odd.write_bytes(b"")
    assert main(["--db", str(db_path), "import", str(odd)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [f"error: {tmp_path}/first\\nsecond.txt: empty file"]


@pytest.mark.parametrize(
    ("db", "says"),
    [
        ("mysql+mysqldb://reader@localhost/news", "driver for this kind of database"),
        ("://not a url", "neither a database file nor a database URL"),
        ("/dev/null", "is not a database file"),
    ],
)
def test_a_database_that_cannot_be_used_gets_one_line_not_a_traceback(
    db: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Path("/dev/null-journal")
    existed = journal.exists()
    try:
        assert main(["--db", db, "list"]) == 1
    finally:
        if journal.exists() and not existed:
            journal.unlink()
            pytest.fail("opening /dev/null left /dev/null-journal behind")
    err = capsys.readouterr().err
    assert err.startswith("dragon-reader: ") and says in err


def test_an_unusable_data_folder_gets_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DRAGON_READER_DATA_DIR", str(blocker / "data"))
    assert main(["list"]) == 1
    assert "Cannot make the folder for the database" in capsys.readouterr().err


@pytest.mark.parametrize("scale", ["1e9", "nan", "inf", "0", "-3", "many"])
def test_an_absurd_timeline_scale_is_a_usage_error(
    db_path: Path, tmp_path: Path, scale: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db_path), "timeline", str(tmp_path / "t.png"), "--pixels-per-day", scale])
    assert exited.value.code == 2
    assert "--pixels-per-day" in capsys.readouterr().err


def test_jsonl_export_counts_articles(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["--db", str(db_path), "export", str(target)]) == 0
    lines = len(target.read_text(encoding="utf-8").splitlines())
    assert capsys.readouterr().out.startswith(f"wrote {lines} article(s) to ")


def test_a_full_disk_during_import_reports_what_was_stored(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sqlite3

    from sqlalchemy import Engine, event

    from dragon_reader.services import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "IMPORT_BATCH", 1)
    files = []
    for number in range(3):
        files.append(tmp_path / f"article-{number}.txt")
        files[-1].write_text(f"Article {number}: the two sides met again in round {number}.")
    stored: list[str] = []

    def full_after_the_first(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if statement.startswith("INSERT INTO article "):
            if stored:
                raise sqlite3.OperationalError("database or disk is full")
            stored.append(statement)

    event.listen(Engine, "before_cursor_execute", full_after_the_first)
    try:
        status = main(["--db", str(db_path), "import", *map(str, files)])
    finally:
        event.remove(Engine, "before_cursor_execute", full_after_the_first)
    captured = capsys.readouterr()
    assert status == 1
    assert f"imported: {files[0]} as article 6" in captured.out
    assert captured.out.strip().endswith("1 imported, 0 duplicate(s) skipped, 2 failed")
    assert "the import ended early" in captured.err and "disk is full" in captured.err
    assert f"error: {files[2]}: not stored" in captured.err


def test_dates_json_resolves_against_the_inferred_publication_date(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    story = tmp_path / "story.txt"
    story.write_text(
        "Talks resume\n\nBEIJING, March 15, 2024 (Reuters) - Chinese and U.S. officials met "
        "on Tuesday and will meet again on Monday, the ministry said. Contacts had been "
        "frozen for more than two years.\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", str(story)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "dates", "--json"]) == 0
    documents = {d["source_file"]: d for d in json.loads(capsys.readouterr().out)}
    ours = next(d for name, d in documents.items() if name and name.endswith("story.txt"))
    assert ours["published"] == "2024-03-15"
    assert ours["published_source"] == "inferred"
    values = {d["text"]: (d["value"], d["class"]) for d in ours["dates"]}
    assert values["Tuesday"] == ("2024-03-12", "point")
    assert values["Monday"] == ("2024-03-18", "point")
    assert values["more than two years"][1] == "DURATION"
    seed = next(d for name, d in documents.items() if name and name.startswith("003_"))
    assert (seed["published"], seed["published_source"]) == ("2024-01-09", "inferred")
    assert {
        "start",
        "end",
        "text",
        "value",
        "class",
        "qualifier",
        "ambiguous",
        "alternatives",
    } <= set(seed["dates"][0])


def test_a_dateline_without_a_year_is_not_called_exact(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    story = tmp_path / "yearless.txt"
    story.write_text(
        "Talks resume\n\nBEIJING, Dec 12 (Reuters) - Chinese and U.S. officials met on "
        "Tuesday, the first talks since the freeze of August 2023.\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", str(story)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "dates", "--json"]) == 0
    documents = {d["source_file"]: d for d in json.loads(capsys.readouterr().out)}
    ours = next(d for name, d in documents.items() if name and name.endswith("yearless.txt"))
    # The day is written, the year is read from "August 2023": said so, not "exact".
    assert (ours["published"], ours["published_source"]) == ("2023-12-12", "inferred")
    assert ours["published_certainty"] == "year guessed"
    assert main(["--db", str(db_path), "dates", str(ours["article_id"])]) == 0
    assert (
        "published 2023-12-12 (inferred, year guessed: BEIJING, Dec 12" in capsys.readouterr().out
    )


def test_a_month_only_publication_is_shown_as_the_month(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seed 000 dates itself only by "agreed last month at a … California summit".
    assert main(["--db", str(db_path), "dates", "--json", "1"]) == 0
    (seed,) = json.loads(capsys.readouterr().out)
    assert seed["source_file"].startswith("000_")
    assert (seed["published"], seed["published_certainty"]) == ("2023-12", "month")
    values = {d["text"]: d["value"] for d in seed["dates"]}
    assert values["last month"] == "2023-11"
    # "the Pentagon said on Tuesday": any Tuesday around December 2023 fits, so the
    # reading is the month, ambiguous with November, never one day made up.
    tuesdays = [d for d in seed["dates"] if d["text"] == "Tuesday"]
    assert tuesdays and all(
        (d["value"], d["ambiguous"], d["alternatives"]) == ("2023-12", True, ["2023-11"])
        for d in tuesdays
    )
    assert "to the month only" in tuesdays[0]["reading"]
    # The picker's suggestion (``suggest``) says the same.
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    body = (seeds / seed["source_file"]).read_text(encoding="utf-8")
    start = body.index("the Pentagon said on Tuesday")
    selection = {"article_id": 1, "start": start, "end": start + 11, "kind": "channel"}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(selection) + "\n"))
    assert main(["--db", str(db_path), "suggest", "--json"]) == 0
    suggested = json.loads(capsys.readouterr().out)
    assert (suggested["date"], suggested["date_text"]) == ("2023-12", "Tuesday")
    # Confirming it needs a day the text does not give.
    assert main(["--db", str(db_path), "edit", "1", "--published", "inferred"]) == 1
    assert "only the month (2023-12)" in capsys.readouterr().err


def test_dates_text_output_names_the_reading(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "dates", "4"]) == 0
    out = capsys.readouterr().out
    assert "published 2024-01-09 (inferred, week: Tuesday, Jan. 9)" in out
    assert "2024-01-09" in out.split("Jan. 9")[-2]


def test_suggest_reads_selections_and_prints_json_lines(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import json

    text = (Path(__file__).resolve().parent.parent / "seeds").glob("000_*.txt")
    body = next(text).read_text(encoding="utf-8")
    start = body.index("severed")
    lines = [
        json.dumps({"article_id": 1, "start": start, "end": start + 7, "kind": "channel"}),
        "not json",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["--db", str(db_path), "suggest", "--json"]) == 1
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["status"], first["status_cue"]) == ("severed", "severed")
    assert (first["date"], first["date_text"]) == ("2022-08", "August 2022")
    assert first["alternatives"][0]["text"] == "last month"
    assert "error" in second


def test_edit_sets_metadata_and_confirms_the_inferred_date(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert (
        main([*db, "edit", "4", "--published", "inferred", "--url", "https://example.org/x"]) == 0
    )
    assert "published 2024-01-09 | url https://example.org/x" in capsys.readouterr().out
    assert (
        main([*db, "edit", "1", "--published", "2023-12-12", "--title", "T", "--outlet", "O"]) == 0
    )
    assert capsys.readouterr().out.startswith("article 1: T | outlet O | published 2023-12-12")
    assert main([*db, "dates", "1"]) == 0
    assert "published 2023-12-12 (given)" in capsys.readouterr().out
    assert main([*db, "edit", "1", "--published", "12/12/2023"]) == 1
    assert main([*db, "edit", "99", "--title", "x"]) == 1
    assert main([*db, "edit", "5", "--published", "inferred"]) == 1
    assert "no publication date" in capsys.readouterr().err


def test_a_status_added_from_the_cli_is_used_by_tags_and_plover(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    add = ["vocabulary", "channel_status", "--add", "On hold"]
    assert main([*db, *add, "--plover", "sanction/troops"]) == 1  # not a mode of SANCTION
    assert "not a mode of SANCTION" in capsys.readouterr().err
    assert main([*db, *add, "--plover", "sanction/discontinue"]) == 0
    assert "key “on hold”" in capsys.readouterr().out
    corpus = Corpus.open(db_path)
    channel = corpus.coding.channels()[0]
    corpus.coding.create_tag(1, 0, 10, TagKind.CHANNEL, channel.id, status="on hold")
    corpus.close()
    out = tmp_path / "events.jsonl"
    assert main([*db, "export", str(out), "--format", "plover"]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert (record["event_type"], record["channel_status"]) == ("SANCTION", "on hold")
    capsys.readouterr()
    assert main([*db, "vocabulary", "channel_status", "--remove", "on hold"]) == 1
    assert "choose the value its uses move to" in capsys.readouterr().err
    remove = ["vocabulary", "channel_status", "--remove", "on hold", "--to", "suspended"]
    assert main([*db, *remove]) == 0
    capsys.readouterr()
    assert main([*db, "vocabulary", "channel_status", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    uses = {v["key"]: v["uses"] for v in listed["channel_status"]}
    assert "on hold" not in uses and uses["suspended"] == 1


def test_merge_brings_a_laptop_in_once_and_refuses_a_bad_file(
    db_path: Path, seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    laptop.write_bytes(seeded_template.read_bytes())
    other = Corpus.open(laptop)
    other.coding.annotator = "bo"
    other.coding.create_tag(1, 0, 2, TagKind.EVENT, other.coding.events()[0].id, note="bo's")
    other.close()
    assert main(["--db", str(db_path), "merge", str(laptop)]) == 0
    out = capsys.readouterr().out
    assert "0 new article(s) (5 already here)" in out and "1 new tag(s)" in out
    assert "Coders in laptop.sqlite3: bo." in out
    assert main(["--db", str(db_path), "merge", str(laptop)]) == 0
    assert "0 new tag(s) with 0 slot filler(s) (1 already here)" in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 1000)
    assert main(["--db", str(db_path), "merge", str(junk)]) == 1
    assert "nothing was changed" in capsys.readouterr().err


def test_export_dates_that_are_not_calendar_days_are_told_in_words(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "export", str(tmp_path / "x.csv"), "--from", "2023-13-01"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'2023-13-01' is not a real date" in err
    assert "fromisoformat" not in err
    assert not (tmp_path / "x.csv").exists()


def test_export_dates_may_be_a_year_or_a_month(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dragon_reader.domain.coding import FuzzyDate, TagKind
    from dragon_reader.services.corpus import open_corpus

    corpus = open_corpus(db_path)
    channel = corpus.coding.channels()[0]
    for start, when in ((0, "2023-12-20"), (10, "2024-01-09"), (20, "2024-02")):
        corpus.coding.create_tag(
            1, start, start + 5, TagKind.CHANNEL, channel.id, "active", FuzzyDate.parse(when)
        )
    corpus.close()
    out = tmp_path / "january.csv"
    args = ["--db", str(db_path), "export", str(out), "--from", "2024-01", "--to", "2024-1"]
    assert main(args) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert len(rows) == 1 and "2024-01-09" in rows[0]
    assert main(["--db", str(db_path), "export", str(out), "--from", "2024"]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3


def test_edit_says_in_words_what_is_wrong_with_a_date(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "edit", "1", "--published", "2024-02-30"]) == 1
    assert "'2024-02-30' is not a real date" in capsys.readouterr().err
    assert main(["--db", str(db_path), "edit", "1", "--published", "2024-02"]) == 1
    assert "'2024-02' is a month: write the day too, e.g. 2024-02-15" in capsys.readouterr().err


def test_export_and_list_work_on_a_read_only_database_and_changes_are_refused(
    read_only_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tags.csv"
    assert main(["--db", str(read_only_db), "export", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("tag_id,")
    assert main(["--db", str(read_only_db), "list"]) == 0
    assert "5 article(s)" in capsys.readouterr().out
    article = tmp_path / "new.txt"
    article.write_text("Austin spoke with Dong Jun by video.", encoding="utf-8")
    assert main(["--db", str(read_only_db), "import", str(article)]) == 1
    assert "open read-only" in capsys.readouterr().err


def test_export_from_the_command_line_gives_the_dates_read_from_the_texts(
    db_path: Path, tmp_path: Path
) -> None:
    import csv

    from dragon_reader.domain.coding import TagKind
    from dragon_reader.services.corpus import open_corpus

    corpus = open_corpus(db_path)
    event = corpus.coding.events()[0]
    corpus.coding.create_tag(4, 0, 5, TagKind.EVENT, event.id)  # "Tuesday, Jan. 9"
    corpus.close()
    out = tmp_path / "tags.csv"
    assert main(["--db", str(db_path), "export", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["published"], row["published_source"], row["published_certainty"]) == (
        "2024-01-09",
        "inferred",
        "week",
    )


def test_delete_refuses_coded_articles_without_yes_and_deletes_with_it(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = Corpus.open(db_path)
    try:
        corpus.coding.annotator = "ana"
        event = corpus.coding.events()[0].id
        corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event)
    finally:
        corpus.close()
    assert main(["--db", str(db_path), "delete", "1", "2"]) == 1
    refused = capsys.readouterr()
    assert "not deleted: 2 articles with 1 tag(s) (ana 1) would go" in refused.err
    assert "--yes" in refused.err
    assert main(["--db", str(db_path), "delete", "2", "99"]) == 1
    assert "no article with id 99; nothing was deleted" in capsys.readouterr().err

    assert main(["--db", str(db_path), "delete", "3"]) == 0  # nothing coded: no --yes needed
    assert "deleted: Article 3 “" in capsys.readouterr().out
    assert main(["--db", str(db_path), "delete", "--yes", "1", "2"]) == 0
    deleted = capsys.readouterr().out
    assert "deleted: 2 articles with 1 tag(s) (ana 1)" in deleted
    backup = Path(deleted.split("backed up first: ", 1)[1].splitlines()[0])
    assert backup.name.endswith("-before-delete.sqlite3")
    kept = Corpus.open(backup)  # what the deletion took is in it
    try:
        assert kept.count() == 4 and len(kept.coding.all_tags()) == 1
    finally:
        kept.close()
    assert main(["--db", str(db_path), "list"]) == 0
    listed = capsys.readouterr().out
    assert listed.strip().endswith("2 article(s)")
    assert main(["--db", str(db_path), "search", "Pentagon"]) == 0
    assert "US in touch with Beijing" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["x.csv"],
        ["x.jsonl", "--format", "jsonl"],
        ["x.jsonl", "--format", "plover"],
        ["brat", "--format", "brat"],
        ["cb.csv", "--what", "codebook"],
        ["ent.csv", "--what", "entities"],
    ],
)
def test_an_export_into_a_folder_that_does_not_exist_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """A typo in the path is said, not made into a tree of new folders (the window's save
    dialog offers only folders that exist)."""
    missing = tmp_path / "no-such" / "dir"
    target = missing / args[0]
    assert main(["--db", str(db_path), "export", str(target), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert f"the folder {missing} does not exist; create it first" in err
    assert not (tmp_path / "no-such").exists()


def test_the_timeline_is_not_drawn_into_a_folder_that_does_not_exist(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such"
    assert main(["--db", str(db_path), "timeline", str(missing / "t.svg")]) == 1
    assert f"the folder {missing} does not exist" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("limit", ["-5", "0", "many"])
def test_search_refuses_a_limit_that_could_find_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(db_path), "search", "--limit", limit, "talks"])
    assert raised.value.code == 2
    assert f"argument --limit: '{limit}' is not a whole number above 0" in (capsys.readouterr().err)


def test_a_search_for_a_word_starting_with_a_dash_says_to_use_two_dashes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "search", "-talks"])
    assert "goes after '--': search -- -talks" in capsys.readouterr().err
    assert main(["--db", str(db_path), "search", "--", "-talks"]) == 0


def test_list_columns_line_up_after_wide_characters(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import unicodedata

    titles = ["美国与中国恢复军事对话，双方在北京举行会谈", "Ｆｕｌｌｗｉｄｔｈ talks", "x" * 90]
    for number, title in enumerate(titles):
        (tmp_path / f"{number}.txt").write_text(f"{title}\n\nBody {number} here.", "utf-8")
    assert main(["--db", str(db_path), "import", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()[:-1]

    def columns(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)

    assert len({columns(line) for line in lines}) == 1, lines
    assert any("美国与中国" in line for line in lines)
