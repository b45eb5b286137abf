"""The sentences of an article, for the rules that look at a phrase's sentence.

(Date phrases are read by ``date_values``, against the article's publication date.)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dragon_reader.domain.text import ends_sentence

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)|\n")


class SentenceIndex:
    """The sentences of a text, found once, so that many spans find theirs fast.

    A sentence ends at a line break or at ``.``, ``!`` or ``?`` (plus closing quotes)
    followed by whitespace, except after abbreviations such as "Jan." or "U.S.".
    """

    def __init__(self, text: str) -> None:
        self._starts: list[int] = [0]
        self._ends: list[int] = []
        for match in _SENTENCE_END.finditer(text):
            if match.group() == "\n":
                end, following = match.start(), match.end()
            elif ends_sentence(text, match.start()):
                end, following = match.end(), match.end()
            else:
                continue
            self._ends.append(end)
            while following < len(text) and text[following] in " \t":
                following += 1
            self._starts.append(following)
        self._ends.append(len(text))

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``(left, right)`` of the sentence(s) around ``[start, end)``."""
        first = max(0, bisect_right(self._starts, start) - 1)
        last = max(first, bisect_right(self._starts, max(start, end - 1)) - 1)
        return self._starts[first], max(self._ends[last], end)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``[start, end)``; see ``SentenceIndex``."""
    return SentenceIndex(text).bounds(start, end)
