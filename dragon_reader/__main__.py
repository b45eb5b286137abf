"""``python -m dragon_reader``: the same entry point as the ``dragon-reader`` launcher."""

from __future__ import annotations

import sys

from dragon_reader.app import main

# Guarded: recognition worker processes are spawned and re-import the main module.
if __name__ == "__main__":
    sys.exit(main())
