"""What every part of one API's extraction shares: the page it warns on."""

from __future__ import annotations

import re

from zstack_openapi.scraper.blocks import Page
from zstack_openapi.scraper.sections import Section

_BRACKETED = re.compile(r"\[\s*([A-Za-z_]\w*)\s*\]")
_SPACES = re.compile(r"\s+")


def clean_description(text: str) -> str:
    if "[" in text:
        text = _BRACKETED.sub(r"\1", text)
    if "  " in text or "\n" in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


class Context:
    def __init__(self, page: Page, section: Section) -> None:
        self.page = page
        self.section = section

    def warn(self, line: int, kind: str, message: str) -> None:
        self.page.warn(line, kind, message, self.section.name)
