"""Documented system-tag formats (`backup::network::cidr::CIDR`)."""

from __future__ import annotations

import re

from zstack_openapi.scraper.vocabulary import SYSTEM_TAG_FORMAT

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
    (the format; the ones after it are its examples). Tags listed with commas
    in one span (`a::X, a::Y`) are formats alike."""
    formats: list[str] = []
    previous_head: str | None = None
    listed = False
    for raw in split_flat_tags(blob):
        tag = _EXPLANATION.sub("", raw).strip().rstrip(",，").strip()
        head = tag.split("::", 1)[0]
        if (head != previous_head or listed) and tag not in formats:
            formats.append(tag)
        previous_head = head
        listed = raw.rstrip().endswith((",", "，"))
    return formats


def split_flat_tags(blob: str) -> list[str]:
    matches = list(_SEGMENT.finditer(blob))
    if not matches:
        return []
    starts: list[int] = []
    heads: set[str] = set()
    glued: list[tuple[int, str]] = []
    for m in matches:
        at, word = m.start(), m.group(1)
        before = blob[at - 1] if at else ""
        if not before or (before.isascii() and not before.isalnum() and before not in ":$/{.-_"):
            starts.append(at)
            heads.add(word)
        elif before.isdigit():
            # Glued to an example's value (`...10.0.0.0/8fsInfo::`, `...339staticIp::`):
            # the tag is the trailing run of letters.
            run = re.search(r"[A-Za-z]+$", word)
            assert run is not None
            starts.append(at + run.start())
            heads.add(run.group(0))
        else:
            glued.append((at, word))
    for at, word in glued:
        # A segment glued to the previous tag's last value (`CIDRbackup::`).
        for head in sorted(heads, key=len, reverse=True):
            if word.endswith(head) and word != head:
                starts.append(at + len(word) - len(head))
                break
    starts = sorted(set(starts))
    tags = [blob[a:b].strip() for a, b in zip(starts, [*starts[1:], len(blob)], strict=True)]
    return [t for t in tags if "::" in t]
