"""A generated corpus of 100,000 articles and 100,000 tags, made once and reused.

    python benchmarks/scale_corpus.py [--clean]

The database is cached in the system's temporary folder under ``dragon-reader-bench/``,
named by the generator's version and size, so a second benchmark run starts at once; an
older version's file is removed when a new one is made. ``--clean`` removes the cache.
Benchmarks work on a copy (``working_copy``) that they delete when done.

Vocabulary: a Zipf-distributed list of 40,000 made-up words, plus Zipf-ranked function
words and the names of the seed articles, each at a realistic rate: "the" is in every
article, "talks" in about one in four, "Taiwan" in about one in sixteen, a rare word in a
few dozen. Articles average 300 words, each with a topic
(its own 30 words drawn more often), so a word common in one topic is rare overall.

Tags are what an analyst records: each channel's status follows a true history that
changes a few dozen times over ten years, and each channel tag reports that status (one
in a hundred reports disagrees); a third of the tags are events. They sit in 25,000
articles, four each on average.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GENERATOR_VERSION = 3
ARTICLES = 100_000
TAGS = 100_000
TAGGED_ARTICLES = 25_000
CHANNELS = 40
CACHE = Path(tempfile.gettempdir()) / "dragon-reader-bench"

FUNCTION_WORDS = (
    "the of and to in a that for on said is with as was by it at from he his be are "
    "have has an this which not were but they its their after had who will also would "
    "been more one two than over new last year we about when into other some there "
    "talks between officials both two sides week could while under since against"
).split()
NAMES = (
    "Taiwan Beijing Washington Pentagon Blinken Sullivan Wang Yi Austin Biden Xi Jinping "
    "Li Shangfu Dong Jun Pelosi Vienna Singapore Manila Tokyo Seoul Hawaii Guam Brown Liu "
    "Zhenli Reuters Kritenbrink Burns Yellen Raimondo Kerry Qin Gang Han Zheng Hanoi"
).split()
OUTLETS = (
    "Reuters",
    "Associated Press",
    "The New York Times",
    "South China Morning Post",
    "Xinhua",
    "The Washington Post",
    "Nikkei Asia",
    "Global Times",
    "Financial Times",
    "Bloomberg",
    "Al Jazeera",
    "The Guardian",
)
STATUSES = ("active", "proposed", "suspended", "severed", "refused", "resumed")
SYLLABLES = (
    "ka to ri sen mo la vi de nor pa ge sul tra bel an con mi ster ra po lin ver ton qu "
    "ex re dis ta co man hel sa fi ber gan lo ut os ne im per pro ca ta vo ru"
).split()


def cache_path(articles: int = ARTICLES, tags: int = TAGS) -> Path:
    """Where the corpus of this size and generator version is kept."""
    return CACHE / f"corpus-v{GENERATOR_VERSION}-{articles}-{tags}.sqlite3"


def vocabulary(rng: random.Random, size: int = 40_000) -> list[str]:
    """Distinct made-up words of two to four syllables."""
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


class Writer:
    """Makes article texts: function words, Zipf-ranked vocabulary, topic words, names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        # Zipf: the word of rank r is drawn with weight 1/r.
        self.cumulative = list(itertools.accumulate(1 / r for r in range(1, len(self.words) + 1)))
        self.topics = [rng.sample(self.words[200:], 30) for _ in range(400)]
        # Function words are Zipf-ranked too: "the" is in every article, "talks" (near
        # the end of the list) in about one in four, as in real news.
        self.function_weights = list(
            itertools.accumulate(1 / r for r in range(1, len(FUNCTION_WORDS) + 1))
        )

    def article(self, words: int) -> str:
        """About ``words`` words in paragraphs of sentences."""
        rng = self.rng
        topic = rng.choice(self.topics)
        names = rng.sample(NAMES, rng.randint(1, 4))
        paragraphs, count = [], 0
        while count < words:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                length = rng.randint(8, 22)
                function = round(length * 0.45)
                topical = round(length * 0.17)
                named = 1 if rng.random() < 0.6 else 0
                tokens = rng.choices(FUNCTION_WORDS, cum_weights=self.function_weights, k=function)
                tokens += rng.choices(topic, k=topical)
                tokens += rng.choices(names, k=named)
                tokens += rng.choices(
                    self.words,
                    cum_weights=self.cumulative,
                    k=max(1, length - function - topical - named),
                )
                rng.shuffle(tokens)
                count += len(tokens)
                sentence = " ".join(tokens)
                sentences.append(sentence[0].upper() + sentence[1:] + ".")
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)


def _articles(writer: Writer, count: int, rng: random.Random) -> Iterator[dict[str, object]]:
    now = datetime(2024, 1, 1)
    first = date(2015, 1, 1)
    for number in range(count):
        text = writer.article(rng.randint(150, 450))
        title = " ".join(text.split()[:9]).rstrip(".")
        yield {
            "title": title,
            "outlet": rng.choice(OUTLETS) if rng.random() < 0.9 else None,
            "published": first + timedelta(days=rng.randrange(3650))
            if rng.random() < 0.9
            else None,
            "source_file": f"gen-{number:06d}.txt",
            "source_format": "txt",
            "text": text,
            "content_hash": f"gen-{GENERATOR_VERSION}-{number}",
            "word_count": len(text.split()),
            "status": rng.choice(("new", "new", "new", "in-progress", "done")),
            "imported_at": now,
        }


def generate(target: Path, articles: int = ARTICLES, tags: int = TAGS) -> None:
    """Write the corpus to ``target`` (through a temporary name, renamed when complete)."""
    from sqlalchemy import delete, func, insert, select

    from dragon_reader.services.corpus import open_corpus
    from dragon_reader.store.models import Article, CodebookChannel, CodebookEvent, Tag

    partial = target.with_name(target.name + ".partial")
    corpus = open_corpus(partial)  # with the seeds and the starter codebook
    with corpus.database.session() as session:
        made = session.scalar(
            select(func.count()).where(Article.content_hash.like(f"gen-{GENERATOR_VERSION}-%"))
        )
        session.execute(delete(Tag))
    if made != articles:  # an interrupted run's articles are kept when complete
        with corpus.database.session() as session:
            session.execute(delete(Article).where(Article.content_hash.like("gen-%")))
        rng = random.Random(20261201)
        writer = Writer(rng)
        rows = _articles(writer, articles, rng)
        while batch := list(itertools.islice(rows, 5000)):
            with corpus.database.session() as session:
                session.execute(insert(Article), batch)
    rng = random.Random(20261202)
    now = datetime(2024, 1, 1)
    with corpus.database.session() as session:
        existing = session.scalar(select(func.count()).select_from(CodebookChannel))
        more = [
            {
                "name": f"Generated channel {n}",
                "level": rng.choice(("leaders", "ministers", "military", "working level")),
                "party_a": "United States",
                "party_b": "China",
                "description": "",
            }
            for n in range(CHANNELS - int(existing or 0))
        ]
        if more:
            session.execute(insert(CodebookChannel), more)
        channels = list(session.scalars(select(CodebookChannel.id)))
        events = list(session.scalars(select(CodebookEvent.id)))
        article_ids = list(session.scalars(select(Article.id)))
        texts = dict(session.execute(select(Article.id, Article.word_count)).all())
    tagged = rng.sample(article_ids, min(TAGGED_ARTICLES, len(article_ids)))
    # Each channel's true history: a status that changes a few dozen times in ten years.
    start_day = date(2014, 1, 1)
    histories = {}
    for channel in channels:
        changes = sorted(rng.sample(range(3650), rng.randint(10, 40)))
        histories[channel] = (changes, [rng.choice(STATUSES) for _ in changes])
    tag_rows = []
    for number in range(tags):
        article_id = rng.choice(tagged)
        words = max(20, int(texts.get(article_id, 100)))
        start = rng.randrange(0, words * 4)
        end = start + rng.randint(4, 40)
        row: dict[str, object] = {
            "article_id": article_id,
            "start": start,
            "end": end,
            "text": "generated span",
            "note": "",
            "annotator": rng.choice(("ana", "ben", "chen")),
            "created_at": now + timedelta(seconds=number),
            "updated_at": now + timedelta(seconds=number),
            "confidence": None,
        }
        if number % 3 == 0:
            row.update(event_id=rng.choice(events), channel_id=None, status=None, when=None)
        else:
            channel = rng.choice(channels)
            changes, statuses = histories[channel]
            day = rng.randrange(3650)
            index = max(0, bisect.bisect_right(changes, day) - 1)
            status = statuses[index] if rng.random() > 0.01 else rng.choice(STATUSES)
            when = start_day + timedelta(days=day)
            row.update(
                event_id=None,
                channel_id=channel,
                status=status,
                when=when.isoformat() if rng.random() < 0.8 else when.strftime("%Y-%m"),
            )
        tag_rows.append(row)
    with corpus.database.session() as session:
        session.execute(insert(Tag), tag_rows)
    corpus.close()
    with sqlite3.connect(partial) as con:  # one file, no WAL beside it
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("ANALYZE")
    partial.replace(target)
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def ensure(articles: int = ARTICLES, tags: int = TAGS) -> Path:
    """The cached corpus, made first if missing (older versions are removed)."""
    target = cache_path(articles, tags)
    if target.is_file():
        _up_to_date(target)
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("corpus-v*.sqlite3*"):
        if not old.name.startswith(f"corpus-v{GENERATOR_VERSION}-"):
            old.unlink()
    started = time.perf_counter()
    print(f"making the corpus ({articles:,} articles, {tags:,} tags) in {target} …", flush=True)
    generate(target, articles, tags)
    print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    return target


def _up_to_date(target: Path) -> None:
    """Bring the cached corpus to this app's schema in place (no backup: it is a cache),
    so that each working copy does not migrate it again."""
    from dragon_reader.store.database import create_app_engine, database_url, migrate, schema_state

    engine = create_app_engine(database_url(target))
    try:
        if schema_state(engine).needs_upgrade:
            print(f"bringing {target.name} to the current schema …", flush=True)
            migrate(engine, backup=False)
    finally:
        engine.dispose()
    with sqlite3.connect(target) as con:  # one file again, no WAL beside it
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of the cached corpus in ``folder`` (a benchmark may change it), its schema
    brought up to date now, so that no timing includes a migration."""
    from dragon_reader.services.corpus import Corpus

    target = folder / source.name
    shutil.copyfile(source, target)
    Corpus.open(target).close()
    shutil.rmtree(folder / "backups", ignore_errors=True)  # the pre-migration backup
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the cached corpus")
    args = parser.parse_args()
    if args.clean:
        shutil.rmtree(CACHE, ignore_errors=True)
        print(f"removed {CACHE}")
        return
    path = ensure()
    print(f"{path}: {path.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
