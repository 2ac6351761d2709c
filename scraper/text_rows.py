"""Table rows of page-to-text extracts, where cells lost their borders.

Labeled text joins a row's cells with single spaces; the API Explorer glues
`nameTypeRequiredDescription` together. Neither can be split on a separator, so
a row is split by what each column must hold: a name, an optional marker, a
type, a location phrase, a description, allowed values, a version.
"""

from __future__ import annotations

import re

# Header words -> column role. Longest first so `Allowed Values` wins over a
# shorter prefix; the CJK headers may be glued without spaces.
_HEADER_WORDS: dict[str, str] = {
    "starting version": "since",
    "start version": "since",
    "optional values": "values",
    "optional value": "values",
    "allowed values": "values",
    "allowed value": "values",
    "valid values": "values",
    "valid value": "values",
    "description": "description",
    "parameter": "name",
    "location": "location",
    "since": "since",
    "field": "name",
    "name": "name",
    "type": "type",
    "起始版本": "since",
    "起始版": "since",
    "可选值": "values",
    "名字": "name",
    "名称": "name",
    "类型": "type",
    "位置": "location",
    "描述": "description",
}
_HEADER_WORD = re.compile(
    "|".join(re.escape(w) for w in sorted(_HEADER_WORDS, key=len, reverse=True)), re.IGNORECASE
)

# Canonical header cells the table reader knows, one per role.
CANONICAL = {
    "name": "name",
    "type": "type",
    "location": "location",
    "description": "description",
    "values": "allowed values",
    "since": "since",
}

_FOLD = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "\u3000": " "})


def fold(text: str) -> str:
    """Full-width punctuation as the ASCII some stores already fold it to."""
    return text.translate(_FOLD)


def header_roles(line: str) -> list[str] | None:
    """`Name Type Location ...` / `名字 类型 ...` / `名字类型描述起始版本` -> roles,
    or None when the line is not a whole header."""
    text = line.strip()
    if not text or len(text) > 200:
        return None
    roles: list[str] = []
    pos = 0
    while pos < len(text):
        match = _HEADER_WORD.match(text, pos)
        if match is None:
            return None
        end = match.end()
        # An ASCII word must end at a word boundary (`Names` is not `Name`).
        if end < len(text) and text[end - 1].isascii() and text[end].isalnum():
            return None
        roles.append(_HEADER_WORDS[match.group(0).lower()])
        pos = end
        while pos < len(text) and text[pos] in " \t|":
            pos += 1
    if "name" not in roles or "type" not in roles or len(roles) < 3:
        return None
    return roles


_MARK = r"\(\s*(?:optional|可选)\s*\)"
_LOCATION = r"(?:url|query|header|path|body)(?:\s*\([^()]*\))?"
PARAM_ROW = re.compile(
    r"^(?P<name>[A-Za-z_][\w.]*)\s*(?P<mark>" + _MARK + r")?\s+"
    r"(?P<type>[A-Za-z][\w.<>,\[\]]*)\s+"
    r"(?P<loc>" + _LOCATION + r")(?=\s|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
FIELD_ROW = re.compile(
    r"^(?P<name>[A-Za-z_][\w.]*)\s+(?P<type>[A-Za-z][\w.<>,\[\]]*)(?:\s+|$)(?P<rest>.*)$"
)
_TRAILING_VERSION = re.compile(r"(?:^|(?<=\s)|(?<=[^\x00-\x7f]))(?P<since>\d+(?:\.\d+)+)\s*$")
_TRAILING_VALUES = re.compile(r"\s(?P<values>[A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)+)\s*$")


# Versions and value lists are short: only a line's tail is searched, so a
# hostile line of digits costs one pass, not one per position.
_TAIL = 512


def trailing_version(text: str) -> tuple[str, str] | None:
    """(text before, version) when the text ends with a version."""
    offset = max(0, len(text) - _TAIL)
    match = _TRAILING_VERSION.search(text, offset)
    if match is None:
        return None
    return text[: match.start()].rstrip(), match.group("since")


def param_cells(line: str, roles: list[str]) -> dict[str, str] | None:
    """One space-joined parameter row -> cells by role, or None if it is not one."""
    match = PARAM_ROW.match(line.strip())
    if match is None:
        return None
    name = match.group("name") + (" (optional)" if match.group("mark") else "")
    rest = match.group("rest").strip()
    since = ""
    cut = trailing_version(rest)
    if cut is not None and "since" in roles:
        rest, since = cut
    values = ""
    if "values" in roles:
        listed = _TRAILING_VALUES.search(rest, max(0, len(rest) - _TAIL))
        if listed is not None and listed.start() > 0:
            rest, values = rest[: listed.start()].rstrip(), listed.group("values")
    return {
        "name": name,
        "type": match.group("type"),
        "location": match.group("loc"),
        "description": rest,
        "values": values,
        "since": since,
    }


def field_cells(line: str, glued: bool) -> dict[str, str] | None:
    """One response-field row (`name Type description version`)."""
    text = line.strip()
    if glued:
        split = split_glued_name_type(text, ())
        if split is None:
            return None
        name, type_name, rest = split
    else:
        match = FIELD_ROW.match(text)
        if match is None:
            return None
        name, type_name, rest = match.group("name"), match.group("type"), match.group("rest")
    since = ""
    cut = trailing_version(rest)
    if cut is not None:
        rest, since = cut
    return {"name": name, "type": type_name, "description": rest.strip(), "since": since}


# Types a glued row can start its second column with (the Explorer, glued
# response tables); anything else must be a Capitalised class name.
_TYPES = (
    "LinkedHashMap|HashMap|Map|List|Set|Collection|String|Boolean|boolean|Integer|int|Long|long|"
    "Double|double|Float|float|Short|short|Byte|byte|Timestamp|Date|Object|Array|Number|Char|char"
)
_KNOWN_TYPE = re.compile(r"(?:" + _TYPES + r")(?![a-z0-9])")
_CLASS_TYPE = re.compile(r"[A-Z][A-Za-z0-9]*(?:<[^>]*>)?")
_NAME_HEAD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# No parameter name is longer; the bound keeps a hostile line linear.
_LONGEST_NAME = 128


def split_glued_name_type(text: str, names: tuple[str, ...]) -> tuple[str, str, str] | None:
    """`l2NetworkUuidStringRequired...` -> (name, type, rest). Known names (from
    the page's own examples) are tried first; else the shortest name followed by
    a known type, else by a capitalised class name and a marker."""
    for known in names:
        if text.startswith(known):
            typed = _KNOWN_TYPE.match(text, len(known)) or _CLASS_TYPE.match(text, len(known))
            if typed is not None:
                return known, typed.group(0), text[typed.end() :]
    head = _NAME_HEAD.match(text)
    if head is None:
        return None
    # A marker right after the type settles ambiguous splits (`printString`
    # must not read as `pr` + `int`); without one, the shortest name wins.
    for need_marker in (True, False):
        for end in range(1, min(head.end(), _LONGEST_NAME)):
            typed = _KNOWN_TYPE.match(text, end) or (
                _CLASS_TYPE.match(text, end)
                if need_marker and text[end].isupper() and text[end - 1].islower()
                else None
            )
            if typed is None:
                continue
            if need_marker and not _MARKER.match(text, typed.end()):
                continue
            return text[:end], typed.group(0), text[typed.end() :]
    return None


# What may follow the type: a required/optional marker, or a description in
# Chinese (a glued response row: `errorErrorCode错误码0.6`).
_MARKER = re.compile(r"(?:Required|Optional|必填|可选|[^\x00-\x7f])")
