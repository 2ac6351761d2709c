"""ZStack release numbers: parsing, comparison, target-version filtering.

The docs' 起始版本 ("since") column holds release numbers such as `0.6`, `3.7`,
`4.7.21`, `5.3.28`, sometimes a product prefix (`zsv 4.3.0` for ZSphere) and a few
typos (`4.8..0`, `0.6s`, empty). Releases compare numerically, part by part, with
trailing zeros ignored: `3.7` == `3.7.0` < `3.10.0`.

A product prefix is kept for display but does not take part in the comparison:
the manual documents one API surface whose prefixed entries were introduced by
that product's release of the same number line, and a total order is what
`--target-version` needs. So `zsv 4.3.0` sorts as `4.3.0` (documented in the README).

The one parser of release numbers for every stage (the SDK's runtime keeps a copy,
`generator/runtime/_versions.py`, since the generated package cannot import this one).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_NUMBER = re.compile(r"\d+")
_PREFIX = re.compile(r"^\s*([A-Za-z][A-Za-z_-]*)\s+(?=\d)")

# The first ZStack release the manual mentions; an API with no dated parameter
# or field is taken to have existed since then.
FIRST_RELEASE = "0.6"


@functools.cache  # tens of thousands of calls per build, on a few hundred spellings
def parse_version(text: str | None) -> tuple[int, ...]:
    """`"3.10.0"` -> `(3, 10)`; `"zsv 4.3.0"` -> `(4, 3)`; unparseable -> `()`.

    Trailing zeros are dropped so that `3.7` and `3.7.0` are the same release.
    Empty dots (`4.8..0`) and trailing letters (`0.6s`) are typos of the docs;
    only the digit runs count."""
    if not text:
        return ()
    numbers = [int(n) for n in _NUMBER.findall(text)]
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def product(text: str | None) -> str | None:
    """The product prefix of a release (`"zsv 4.3.0"` -> `"zsv"`), None for ZStack Cloud."""
    match = _PREFIX.match(text or "")
    return match.group(1).lower() if match else None


@functools.cache
def is_valid(text: str | None) -> bool:
    return bool(text) and bool(_NUMBER.search(text or ""))


def is_at_most(since: str | None, target: str | None) -> bool:
    """True when something introduced in `since` exists in release `target`.

    No target means "every release"; an undated item (empty since) is kept, since
    nothing says it is newer."""
    if target is None:
        return True
    s = parse_version(since)
    if not s:
        return True
    return s <= parse_version(target)


def is_between(since: str | None, old: str, new: str) -> bool:
    """old < since <= new: introduced after `old`, present in `new`."""
    s = parse_version(since)
    return bool(s) and parse_version(old) < s <= parse_version(new)


def earliest(versions: Iterable[str | None]) -> str | None:
    """The earliest valid release of `versions` (its original spelling), None if none."""
    best: str | None = None
    best_key: tuple[int, ...] = ()
    for v in versions:
        key = parse_version(v)
        if not key:
            continue
        if best is None or key < best_key:
            best, best_key = v, key
    return best


def sort_key(version: str) -> tuple[tuple[int, ...], str]:
    return (parse_version(version), version)


def check_target(target: str | None) -> str | None:
    """Reject a `--target-version` that has no number in it."""
    if target is not None and not parse_version(target) and target.strip() not in {"0", "0.0"}:
        raise ValueError(f"--target-version {target!r}: not a release number like 4.7.0")
    return target
