"""Request lines (`POST zstack/v1/...`) -> method, canonical path, query names."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The docs print zstack/v1/, /v1/, and now and then zstack/ without v1/.
PATH_HEAD = r"/?(?:zstack/+v1/|v1/|zstack/(?=[a-z]))"
_LINE = re.compile(
    r"(?P<verb>(?i:GET|POST|PUT|DELETE|DELECT|PATCH))(?P<gap>\s*)(?P<path>" + PATH_HEAD + r"\S*?)"
    r"(?=\s|$|(?i:GET|POST|PUT|DELETE|DELECT|PATCH)\s*" + PATH_HEAD + ")"
)
_VERB_TYPOS = {"DELECT": "DELETE"}
_VAR = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class RequestLine:
    method: str
    path: str
    query: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class UrlProblem:
    kind: str
    message: str


def is_request_block(text: str) -> bool:
    return _LINE.match(text.strip()) is not None


def parse_request_block(text: str, line: int) -> tuple[list[RequestLine], list[UrlProblem]]:
    requests: list[RequestLine] = []
    problems: list[UrlProblem] = []
    for offset, raw in enumerate(text.splitlines()):
        matches = list(_LINE.finditer(raw.strip()))
        if len(matches) > 1:
            problems.append(
                UrlProblem(
                    "urls-run-together",
                    f"{len(matches)} request lines run together: {raw.strip()!r}",
                )
            )
        for match in matches:
            verb = match.group("verb")
            if verb != verb.upper():
                problems.append(
                    UrlProblem("verb-case", f"HTTP verb {verb!r} read as {verb.upper()!r}")
                )
                verb = verb.upper()
            if verb in _VERB_TYPOS:
                problems.append(
                    UrlProblem("verb-typo", f"HTTP verb {verb!r} read as {_VERB_TYPOS[verb]!r}")
                )
                verb = _VERB_TYPOS[verb]
            if not match.group("gap"):
                problems.append(
                    UrlProblem(
                        "missing-space", f"no space between verb and path in {match.group(0)!r}"
                    )
                )
            path, query = _canonical(match.group("path"), problems)
            requests.append(RequestLine(verb, path, query, line + offset))
    return requests, problems


def _canonical(raw: str, problems: list[UrlProblem]) -> tuple[str, tuple[str, ...]]:
    path, _, query = raw.partition("?")
    if "//" in path:
        problems.append(UrlProblem("double-slash", f"empty path segment in {raw!r}"))
        path = re.sub(r"/{2,}", "/", path)
    path = path.rstrip("/") or path
    if path.startswith("/zstack/v1/"):
        pass
    elif path.startswith("zstack/v1/"):
        path = "/" + path
    elif path.startswith(("/v1/", "v1/")):
        problems.append(UrlProblem("v1-prefix", f"path {raw!r} lacks the zstack/ prefix"))
        path = "/zstack" + ("" if path.startswith("/") else "/") + path
    else:
        problems.append(UrlProblem("v1-prefix", f"path {raw!r} lacks the v1/ segment"))
        path = "/zstack/v1/" + path.lstrip("/").removeprefix("zstack/")
    if path.count("{") != path.count("}") or re.search(r"[^/]\{|\}[^/]", path):
        problems.append(
            UrlProblem("malformed-path", f"path template {path!r} has a broken {{variable}}")
        )
    names: list[str] = []
    for pair in query.split("&"):
        key = pair.partition("=")[0].strip()
        if key and key not in names:
            names.append(key)
    return path, tuple(names)


def path_variables(path: str) -> list[str]:
    return _VAR.findall(path)
