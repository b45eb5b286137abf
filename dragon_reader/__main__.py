"""``python -m dragon_reader``: the same entry point as the ``dragon-reader`` launcher."""

from __future__ import annotations

import sys

from dragon_reader.app import main

sys.exit(main())
