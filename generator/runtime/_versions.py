"""ZStack release numbers and version gating.

Releases compare numerically part by part with trailing zeros ignored (`3.7` ==
`3.7.0` < `3.10`); a product prefix (`zsv 4.3.0`) does not take part, the same rule
the spec stage uses for ``--target-version``."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._errors import ZStackVersionError

_NUMBER = re.compile(r"\d+")

Version = tuple[int, ...]


def parse_version(text: str | None) -> Version:
    """`"3.10.0"` -> `(3, 10)`; `"zsv 4.3.0"` -> `(4, 3)`; empty or no digits -> `()`."""
    if not text:
        return ()
    numbers = [int(n) for n in _NUMBER.findall(text)]
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def check_call(
    api: str,
    since: str | None,
    param_since: Mapping[str, str | None],
    given: Mapping[str, object],
    server_version: Version,
    server_version_text: str,
) -> None:
    """Raise before sending when ``api`` or a given parameter postdates the server."""
    if not server_version:
        return
    introduced = parse_version(since)
    if introduced and introduced > server_version:
        raise ZStackVersionError(
            f"{api} was introduced in ZStack {since}; the client targets {server_version_text}"
        )
    for wire, value in given.items():
        if value is None:
            continue
        p_since = param_since.get(wire)
        p_version = parse_version(p_since)
        if p_version and p_version > server_version:
            raise ZStackVersionError(
                f"{api}: parameter {wire!r} was introduced in ZStack {p_since}; "
                f"the client targets {server_version_text}"
            )
