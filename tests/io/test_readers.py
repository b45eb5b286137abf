from __future__ import annotations

import codecs
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dragon_reader.io.readers import ImportProblem, expand_paths, read_article_file


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        ("nul.txt", b"text\x00with nul", "NUL"),
        ("controls.txt", bytes(range(1, 32)) * 20 + b"text", "control characters"),
        ("slides.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_get_a_one_line_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(ImportProblem, match=reason) as caught:
        read_article_file(write(tmp_path / name, data))
    assert "\n" not in str(caught.value)


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", b"word " * 1000)
    with pytest.raises(ImportProblem, match="too large"):
        read_article_file(path, max_bytes=100)


def test_text_keeps_everything_but_bom_and_line_ends(tmp_path: Path) -> None:
    raw = "Headline\r\n\r\n“Quote” — 😀 done.\rEnd"
    item = read_article_file(write(tmp_path / "a.txt", codecs.BOM_UTF8 + raw.encode()))
    assert item.text == "Headline\n\n“Quote” — 😀 done.\nEnd"
    assert item.encoding == "utf-8-sig"
    assert item.source_name == "a.txt"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    item = read_article_file(write(tmp_path / "u16.txt", "Beijing\r\n".encode("utf-16")))
    assert item.text == "Beijing\n"
    assert item.encoding == "utf-16"


def test_markdown_is_stored_as_its_source(tmp_path: Path) -> None:
    item = read_article_file(write(tmp_path / "note.md", b"# Title\n\nSome *text*."))
    assert item.text == "# Title\n\nSome *text*."
    assert item.source_format == "md"


def test_folders_are_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    write(deep / "z.txt", b"z")
    write(tmp_path / "a" / "y.md", b"y")
    write(tmp_path / "a" / "image.png", b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "x.txt", b"x")
    found = [path.relative_to(tmp_path).as_posix() for path in expand_paths([tmp_path])]
    assert found == ["a/y.md", "a/b/c/z.txt"]


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        ("“Beijing” — café".encode(), "utf-8", "“Beijing” — café"),
        ("“Beijing” — café".encode("cp1252"), "cp1252", "“Beijing” — café"),
        (b"caf\xe9 \x81", "latin-1", "café \x81"),
        (
            "拜登和习近平在伍德赛德会晤。\n".encode("gb18030"),
            "gb18030",
            "拜登和习近平在伍德赛德会晤。\n",
        ),
        (
            "Pékin, Zürich".encode("cp1252"),
            "cp1252",
            "Pékin, Zürich",
        ),
        (codecs.BOM_UTF8 + "Pékin".encode(), "utf-8-sig", "Pékin"),
    ],
)
def test_encodings_are_tried_in_a_fixed_order(
    tmp_path: Path, data: bytes, encoding: str, text: str
) -> None:
    item = read_article_file(write(tmp_path / "a.txt", data))
    assert (item.encoding, item.text) == (encoding, text)


def test_a_web_page_declared_charset_comes_before_the_fallbacks(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='koi8-r'><title>Москва</title></head><body><article>"
        "<p>Москва и Пекин провели переговоры о безопасности в регионе на этой неделе.</p>"
        "<p>Стороны договорились продолжить диалог.</p></article></body></html>"
    )
    item = read_article_file(write(tmp_path / "page.html", page.encode("koi8-r")))
    assert item.encoding == "koi8-r"
    assert "Москва и Пекин" in item.text


DEVICE_READER = """
import resource, sys
from pathlib import Path
from dragon_reader.io.readers import ImportProblem, read_article_file
limit = 1 << 30  # should the device be read after all, fail fast instead of eating memory
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    read_article_file(Path(sys.argv[1]))
except ImportProblem as problem:
    print(problem)
"""


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading(tmp_path: Path, target: str) -> None:
    if not Path(target).exists():
        pytest.skip(f"no {target} here")
    link = tmp_path / "article.txt"
    link.symlink_to(target)
    done = subprocess.run(
        [sys.executable, "-c", DEVICE_READER, str(link)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout == (
        "not a regular file: this is a device (through a symbolic link); "
        "only ordinary files are imported\n"
    ), done.stderr[-500:]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_txt_is_refused_at_once_instead_of_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    result: list[str] = []

    def read() -> None:
        try:
            read_article_file(fifo)
        except ImportProblem as problem:
            result.append(str(problem))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the hung reader so the test run can end
        with open(fifo, "wb"):  # noqa: PTH123 - opening the FIFO's writing end
            pass
        pytest.fail("reading a FIFO hung")
    assert result and "FIFO" in result[0]


def test_reading_stops_at_the_limit_plus_one_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after its size was checked is still read only up to the limit."""
    path = write(tmp_path / "growing.txt", b"word " * 10)
    real_fstat = os.fstat

    class Shrunk:
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode, self.st_size = info.st_mode, 0

    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda target, **kw: Shrunk(real_stat(target, **kw)))
    monkeypatch.setattr(os, "fstat", lambda fd: Shrunk(real_fstat(fd)))
    asked: list[int] = []
    real_read = os.read

    def counted_read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counted_read)
    with pytest.raises(ImportProblem, match="too large"):
        read_article_file(path, max_bytes=20)
    assert sum(asked) <= 21


def test_utf16_without_a_bom_is_read_not_refused_as_binary(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        text = "Beijing and Washington resumed military talks — “at last”.\n"
        item = read_article_file(write(tmp_path / f"{encoding}.txt", text.encode(encoding)))
        assert item.text == text
        assert item.encoding == f"{encoding} (without a byte-order mark)"


def test_one_bad_byte_in_utf8_is_replaced_and_reported_not_latin1(tmp_path: Path) -> None:
    data = "“Beijing” — café, Xi’s visit.\n".encode() + b"bad \xff byte\n"
    item = read_article_file(write(tmp_path / "a.txt", data))
    assert item.text == "“Beijing” — café, Xi’s visit.\nbad \ufffd byte\n"
    assert item.encoding == "utf-8, 1 undecodable byte sequence replaced with U+FFFD"


def test_a_folder_of_only_hidden_files_is_reported_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    write(folder / ".draft.txt", b"hidden")
    write(folder / "photo.jpg", b"\xff\xd8\xff")
    skipped: list[tuple[Path, str]] = []
    assert list(expand_paths([folder], lambda p, r: skipped.append((p, r)))) == []
    assert skipped == [
        (
            folder,
            "no .htm, .html, .markdown, .md, .text, .txt files in this folder; it holds "
            "only 1 hidden file(s) or folder(s), which are skipped and 1 file(s) of "
            "other types",
        )
    ]


def test_a_subfolder_past_path_max_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    top = tmp_path / "corpus"
    top.mkdir()
    write(top / "kept.txt", b"kept")
    name = "d" * 200
    fd = os.open(top, os.O_RDONLY)
    try:
        for _level in range(25):  # 25 x 201 bytes: past Linux's PATH_MAX of 4096
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    finally:
        os.close(fd)
    skipped: list[tuple[Path, str]] = []
    found = list(expand_paths([top], lambda p, r: skipped.append((p, r))))
    assert found == [top / "kept.txt"]
    assert len(skipped) == 1
    assert skipped[0][1] == (
        "folder skipped, cannot be read: its path is longer than the system allows"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "a.txt", b"a")
    write(tmp_path / "b.txt", b"b")
    locked.chmod(0)
    try:
        skipped: list[tuple[Path, str]] = []
        assert list(expand_paths([tmp_path], lambda p, r: skipped.append((p, r)))) == [
            tmp_path / "b.txt"
        ]
        assert skipped == [(locked, "folder skipped, cannot be read: Permission denied")]
    finally:
        locked.chmod(0o700)


def test_a_saved_page_gives_its_publication_date_and_address(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Talks resume</title>"
        "<link rel='canonical' href='https://news.example.org/2024/03/talks-resume'>"
        "<meta property='article:published_time' content='2024-03-15T08:00:00Z'>"
        "</head><body><article><h1>Talks resume</h1>"
        "<p>Chinese and American defense officials met on Tuesday in Washington for the "
        "first round of policy talks in more than two years, officials said.</p>"
        "<p>The two sides agreed to meet again in the coming months.</p>"
        "</article></body></html>"
    )
    item = read_article_file(write(tmp_path / "page.html", page.encode()))
    assert str(item.published) == "2024-03-15"
    assert item.source_url == "https://news.example.org/2024/03/talks-resume"


def test_a_page_nested_too_deeply_says_so(tmp_path: Path) -> None:
    """Past the HTML parser's depth limit the page cannot be read: the reason says why,
    rather than that the page holds no article text."""
    sentence = "<p>Biden met Xi in Woodside and agreed to resume military talks.</p>"
    page = "<html><body>" + "<div>" * 400 + sentence + "</div>" * 400 + "</body></html>"
    with pytest.raises(ImportProblem, match="nested more than 255 levels deep"):
        read_article_file(write(tmp_path / "deep.html", page.encode()))
    shallow = "<html><body>" + "<div>" * 20 + sentence + "</div>" * 20 + "</body></html>"
    assert "Woodside" in read_article_file(write(tmp_path / "ok.html", shallow.encode())).text


def test_a_file_name_that_is_not_utf8_is_kept_readable_and_storable(tmp_path: Path) -> None:
    """Linux names are bytes: one in Latin-1 reaches Python with a surrogate escape, which
    no database can store. The name keeps its readable part, the bad byte as U+FFFD."""
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9 talks.txt"))
    path.write_bytes(b"Talks in a cafe resumed on Monday.\n")
    item = read_article_file(path)
    assert item.source_name == "caf\ufffd talks.txt"
    item.source_name.encode("utf-8")  # storable


def test_a_short_text_with_a_stray_bell_and_escape_is_imported(tmp_path: Path) -> None:
    data = "Talks resume\n\nThe envoys met.\x07 Officials said\x1b talks would go on.\n"
    found = read_article_file(write(tmp_path / "stray.txt", data.encode()))
    assert found.text == data  # kept as it was: spans point into it


def test_a_file_just_over_the_limit_says_by_how_much(tmp_path: Path) -> None:
    """One decimal of a megabyte would show 2.0 MB against a 2 MB limit: bytes then."""
    limit = 2 * 1_048_576
    path = write(tmp_path / "big.txt", b"a" * (limit + 185))
    with pytest.raises(ImportProblem) as raised:
        read_article_file(path, max_bytes=limit)
    assert str(raised.value) == (
        "file is too large (2,097,337 bytes; the limit is 2 MB, 2,097,152 bytes)"
    )
    far = write(tmp_path / "bigger.txt", b"a" * (limit + limit // 2))
    with pytest.raises(ImportProblem, match=r"\(3\.0 MB; the limit is 2 MB\)"):
        read_article_file(far, max_bytes=limit)


def test_bidirectional_controls_in_a_text_file_are_shown_one_for_one(tmp_path: Path) -> None:
    """A right-to-left override would show the text reversed: each becomes U+FFFD, so the
    stored offsets are still the file's, and the encoding says so."""
    raw = "\u202eevil title reversed\u202c Beijing\n\nTalks in \u2066Vienna\u2069 resumed.\n"
    item = read_article_file(write(tmp_path / "rtl.txt", raw.encode("utf-8")))
    assert item.text == raw.translate(
        {0x202E: 0xFFFD, 0x202C: 0xFFFD, 0x2066: 0xFFFD, 0x2069: 0xFFFD}
    )
    assert len(item.text) == len(raw)
    assert item.encoding == "utf-8, 4 bidirectional control characters shown as U+FFFD"
