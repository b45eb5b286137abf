"""The sentences of an article, for the rules that look at a phrase's sentence.

(Date phrases are read by ``date_values``, against the article's publication date.)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dragon_reader.domain.text import ends_sentence

# ``.``, ``!`` or ``?`` (with closing quotes) before whitespace, or a line break. Written to
# start with one character class (the line break matched by a look-behind) so that the
# regex engine skips ahead to candidates: twice as fast as ``[.!?]…(?=\s)|\n``.
# The spaces and tabs after it are taken too: the next sentence starts where it ends.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’')\]]*(?=\s))(?P<gap>[ \t]*)")


class SentenceIndex:
    """The sentences of a text, found once, so that many spans find theirs fast.

    A sentence ends at a line break or at ``.``, ``!`` or ``?`` (plus closing quotes)
    followed by whitespace, except after abbreviations such as "Jan." or "U.S.".
    """

    def __init__(self, text: str) -> None:
        starts: list[int] = [0]
        ends: list[int] = []
        for match in _SENTENCE_END.finditer(text):
            at = match.start()
            mark = text[at]
            if mark == "\n":
                ends.append(at)
            elif mark != "." or ends_sentence(text, at):
                ends.append(match.start("gap"))
            else:
                continue
            starts.append(match.end())
        ends.append(len(text))
        self._starts, self._ends = starts, ends

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``(left, right)`` of the sentence(s) around ``[start, end)``."""
        first = max(0, bisect_right(self._starts, start) - 1)
        last = max(first, bisect_right(self._starts, max(start, end - 1)) - 1)
        return self._starts[first], max(self._ends[last], end)


class SentenceFinder:
    """The sentence around a span of one text, worked out only near the spans asked about.

    Gives exactly what ``SentenceIndex(text).bounds`` gives, for a cost that grows with the
    spans, not with the text: the candidates next to a span (``.``, ``!``, ``?``, line
    breaks) are found with ``str.find``/``str.rfind`` (which skip text far faster than the
    regex engine scans it) and only those are matched against ``_SENTENCE_END`` and, for a
    period, ``ends_sentence``, each once. This rests on ``_SENTENCE_END``'s matches never
    overlapping (a match takes a mark, closing quotes, spaces and tabs, none of them a
    mark), so a match at an offset is the one the index's scan finds there. The sentence
    of the previous span is remembered: spans asked about in order of their start that
    share a sentence cost two comparisons.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        # "!" and "?" are rare: looked for only when the text has them.
        self._rare = [mark for mark in "!?" if mark in text]
        self._found: dict[int, re.Match[str] | None] = {}
        # The last sentence found: from ``_left`` to the next sentence's start ``_next``,
        # its text ending at ``_right``; none at first (no offset is both at least 0 and
        # below 0).
        self._left, self._right, self._next = 0, 0, 0

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``(left, right)`` of the sentence(s) around ``[start, end)``."""
        last = start if end <= start else end - 1
        if self._left <= start and last < self._next:
            return self._left, self._right if self._right > end else end
        text = self._text
        left = self._sentence_start(start)
        # A sentence end that ends after ``last`` starts after it, or at the mark right
        # before the closing quotes, spaces and tabs that ``last`` is in.
        at = min(last, len(text) - 1)
        while at >= 0 and text[at] in _TAKEN_AFTER_MARK:
            at -= 1
        if at < 0 or text[at] not in _MARKS:
            at = last + 1 if last >= 0 else 0
        right, following = len(text), len(text) + 1
        found = self._found
        while True:
            origin = at
            period, line = text.find(".", origin), text.find("\n", origin)
            at = line if period < 0 or 0 <= line < period else period
            for mark in self._rare:
                rare = text.find(mark, origin)
                if rare >= 0 and (at < 0 or rare < at):
                    at = rare
            if at < 0:
                break
            match = found[at] if at in found else self._sentence_end(at)
            if match is not None and match.end() > last:
                right = at if text[at] == "\n" else match.start("gap")
                following = match.end()
                break
            at += 1
        # Remembered: the sentence of ``last`` (the one a next span starts in, in order).
        opening = left if last == start else self._sentence_start(last)
        self._left, self._right, self._next = opening, right, following
        return left, right if right > end else end

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts: the end of the last sentence end
        that ends at or before ``offset`` (0 when none does)."""
        text = self._text
        found = self._found
        below = min(offset, len(text))
        while below > 0:
            at = max(text.rfind(".", 0, below), text.rfind("\n", 0, below))
            for mark in self._rare:
                at = max(at, text.rfind(mark, 0, below))
            if at < 0:
                break
            match = found[at] if at in found else self._sentence_end(at)
            if match is not None and match.end() <= offset:
                return match.end()
            below = at
        return 0

    def _sentence_end(self, at: int) -> re.Match[str] | None:
        """The match of ``_SENTENCE_END`` at mark ``at`` when it ends a sentence (kept)."""
        match = _SENTENCE_END.match(self._text, at)
        if match is not None and not _is_end(self._text, match):
            match = None
        self._found[at] = match
        return match


_MARKS = frozenset(".!?\n")
# What ``_SENTENCE_END`` takes after its mark: closing quotes, then spaces and tabs.
_TAKEN_AFTER_MARK = frozenset("\"”’')] \t")


def _is_end(text: str, match: re.Match[str]) -> bool:
    """True when ``match`` of ``_SENTENCE_END`` ends a sentence (not "Jan. 9")."""
    at = match.start()
    return text[at] != "." or ends_sentence(text, at)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``[start, end)``; see ``SentenceIndex``. Looks only
    near the span (``SentenceFinder``), so it costs the same in a long text."""
    return SentenceFinder(text).bounds(start, end)
