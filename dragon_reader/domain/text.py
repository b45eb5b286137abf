"""The rule that makes stored offsets equal file offsets: only a BOM and line ends change."""

from __future__ import annotations

import hashlib

BOM = "\ufeff"


def normalize_newlines(text: str) -> str:
    """Remove one leading BOM and turn CRLF and lone CR into LF; change nothing else.

    Offsets into the result are offsets into the file's text once its line ends are LF,
    which is what brat and other standoff tools expect.
    """
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """Return the SHA-256 hex digest of the stored text; equal texts are duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
