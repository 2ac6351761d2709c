"""Where a JSON value printed in a page ends, in one pass over its text.

The tokens that matter (strings, brackets) are found by one regular
expression, so the Python loop runs once per token, not once per character;
a value nested deeper than any document example is not an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A string (closed, or cut at the end of the text) or a bracket.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|$)|[{}\[\]]', re.DOTALL)

MAX_DEPTH = 256


@dataclass(slots=True)
class JsonScan:
    """Bracket depth carried from one line of a value to the next."""

    depth: int = 0
    too_deep: bool = False

    def feed(self, text: str, start: int = 0) -> int | None:
        """Scan text from start; the index just past the value's closing bracket,
        or None when the value goes on past the end of the text."""
        for match in _TOKEN.finditer(text, start):
            ch = match.group(0)
            if ch in "{[":
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    self.too_deep = True
                    return None
            elif ch in "}]":
                self.depth -= 1
                if self.depth <= 0:
                    return match.end()
        return None


def balanced_end(text: str, start: int) -> int:
    """The end of the JSON value that opens at start, or start when it never closes
    (or nests too deep to be an example)."""
    scan = JsonScan()
    end = scan.feed(text, start)
    return start if end is None else end
