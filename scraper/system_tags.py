"""Documented system-tag formats (`backup::network::cidr::CIDR`)."""

from __future__ import annotations

import re

from scraper.vocabulary import SYSTEM_TAG_FORMAT

_SEGMENT = re.compile(r"([A-Za-z][A-Za-z0-9]*)::")
_EXPLANATION = re.compile(r"(?:，|,\s*其中|\s+其中|;|；|。).*$")


def formats_from_text(text: str) -> list[str]:
    """`选项格式为：X` / `Format: X` lines of headed docs -> the format strings."""
    match = SYSTEM_TAG_FORMAT.match(text.strip())
    if match is None:
        return []
    value = _EXPLANATION.sub("", match.group(1)).strip()
    parts = [p.strip() for p in value.split(", ")]
    if len(parts) > 1 and all("::" in p for p in parts):
        return parts
    return [value] if "::" in value or re.fullmatch(r"[A-Za-z][\w-]*", value) else []


def formats_from_flat(blob: str) -> list[str]:
    """A flat scrape runs inline code together: `fmt1ex1fmt2ex2...`. Cut it at the
    tag starts, then keep the first tag of each run sharing a first segment
    (the format; the ones after it are its examples)."""
    tags = split_flat_tags(blob)
    formats: list[str] = []
    previous_head: str | None = None
    for tag in tags:
        head = tag.split("::", 1)[0]
        if head != previous_head and tag not in formats:
            formats.append(tag)
        previous_head = head
    return formats


def split_flat_tags(blob: str) -> list[str]:
    matches = list(_SEGMENT.finditer(blob))
    if not matches:
        return []
    heads = {m.group(1) for m in matches if _is_tag_start(blob, m.start())}
    starts: list[int] = []
    for m in matches:
        word = m.group(1)
        if _is_tag_start(blob, m.start()):
            starts.append(m.start())
            continue
        # A segment glued to the previous tag's last value (`CIDRbackup::`).
        for head in sorted(heads, key=len, reverse=True):
            if word.endswith(head) and word != head:
                starts.append(m.start() + len(word) - len(head))
                break
    starts = sorted(set(starts))
    tags = [blob[a:b].strip() for a, b in zip(starts, [*starts[1:], len(blob)], strict=True)]
    return [t for t in tags if "::" in t]


def _is_tag_start(blob: str, at: int) -> bool:
    """A tag starts the blob or follows a value's end; a segment follows `::`,
    and `$NAME` / `/path` are parts of a value."""
    return at == 0 or blob[at - 1] not in ":$/{.-_"
