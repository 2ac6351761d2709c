"""Shell completion for `zstack`: the bash and zsh scripts, and the candidates they ask
the hidden ``zstack __complete`` entry point for (API names, then the API's parameter
names as ``name=``, then allowed values)."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import Any

from . import _cli_catalog as catalog
from . import _cli_profile as profile
from ._cli_output import FORMATS
from ._cli_values import QUERY_OPTIONS, UsageError, split_word

# Global options, and those that take a value.
OPTIONS = (
    "--url",
    "--output",
    "--profile",
    "--server-version",
    "--timeout",
    "--poll-timeout",
    "--help",
    "--version",
)
VALUED = frozenset(
    {"--url", "--output", "-o", "--profile", "--server-version", "--timeout", "--poll-timeout"}
)
COMMANDS = ("help", "profiles", "completion")

BASH = """\
# bash completion for zstack; load it with: source <(zstack completion bash)
_zstack_complete() {
    local IFS=$'\\n'
    COMPREPLY=($(command zstack __complete --wordbreaks "$COMP_WORDBREAKS" \\
        --bash "${COMP_LINE:0:COMP_POINT}" 2>/dev/null))
}
complete -o nospace -o default -F _zstack_complete zstack
"""

ZSH = """\
#compdef zstack
# zsh completion for zstack; load it with: source <(zstack completion zsh)
# (after compinit), or save it as _zstack in a directory of $fpath.
_zstack() {
    local -a candidates partial full
    local c
    candidates=("${(@f)$(command zstack __complete -- "${(@)words[2,CURRENT-1]}" "$PREFIX" \\
        2>/dev/null)}")
    for c in "${candidates[@]}"; do
        [[ -z $c ]] && continue
        if [[ $c == *= ]]; then partial+=("$c"); else full+=("$c"); fi
    done
    (( ${#partial} )) && compadd -U -Q -S '' -- "${partial[@]}"
    (( ${#full} )) && compadd -U -Q -- "${full[@]}"
    return 0
}
if (( $+functions[compdef] )); then compdef _zstack zstack; fi
"""


def script(shell: str) -> str:
    if shell == "bash":
        return BASH
    if shell == "zsh":
        return ZSH
    raise UsageError(f"completion {shell!r}: expected bash or zsh")


def _prefixed(current: str, choices: Sequence[str]) -> list[str]:
    lowered = current.lower()
    return [c for c in choices if c.lower().startswith(lowered)]


def _value_choices(param: dict[str, Any]) -> list[str]:
    checks = param.get("checks") or {}
    values = checks.get("enum") or checks.get("items.enum")
    if values:
        return [str(v) for v in values]
    kind = param.get("items") if param.get("kind") == "list" else param.get("kind")
    return ["true", "false"] if kind == "boolean" else []


def _values(key: str, op: str, value: str, spec: dict[str, Any]) -> list[str]:
    params = {str(p["wire"]): p for p in spec["params"]}
    if op == "=" and key in params:
        param = params[key]
        choices = _value_choices(param)
        if param.get("kind") == "list" and "," in value:
            done, _, last = value.rpartition(",")
            return [f"{key}={done},{v}" for v in _prefixed(last, choices)]
    elif spec.get("query") and op == "=" and key in QUERY_OPTIONS:
        kind = QUERY_OPTIONS[key]
        choices = {"boolean": ["true", "false"], "direction": ["asc", "desc"]}.get(kind, [])
    else:
        return []
    return [f"{key}{op}{v}" for v in _prefixed(value, choices)]


def _api_words(name: str, given: Sequence[str], current: str) -> list[str]:
    spec = catalog.spec(name)
    parts = split_word(current)
    if parts is not None:
        return _values(*parts, spec)
    used = {p[0] for p in map(split_word, given) if p is not None}
    names = [str(p["wire"]) for p in spec["params"]]
    if spec.get("query"):
        names += list(QUERY_OPTIONS)
    return [f"{n}=" for n in _prefixed(current, [n for n in names if n not in used])]


def candidates(words: Sequence[str]) -> list[str]:
    """Completions of the last word, given the words before it (the command excluded)."""
    *before, current = list(words) or [""]
    if before and before[-1] in VALUED:
        option = before[-1]
        if option in ("--output", "-o"):
            return _prefixed(current, FORMATS)
        if option == "--profile":
            return _prefixed(current, profile.names())
        return []
    if current.startswith("-"):
        return _prefixed(current, OPTIONS)
    positional: list[str] = []
    skip = False
    for word in before:
        if skip:
            skip = False
        elif word in VALUED:
            skip = True
        elif not word.startswith("-"):
            positional.append(word)
    if not positional:
        return _prefixed(current, [*COMMANDS, *catalog.index()])
    command, rest = positional[0], positional[1:]
    if command == "help":
        return [] if rest else _prefixed(current, list(catalog.index()))
    if command == "completion":
        return [] if rest else _prefixed(current, ["bash", "zsh"])
    if command == "profiles":
        return []
    try:
        name = catalog.resolve(command)
    except UsageError:
        return []
    return _api_words(name, rest, current)


def bash_words(line: str) -> list[str]:
    """The words of a partial bash command line, the command itself dropped; the last
    one is the word being completed (empty after a space)."""
    try:
        words = shlex.split(line)
    except ValueError:  # an unfinished quote: complete the plain words
        words = line.split()
    if not line or line[-1].isspace():
        words.append("")
    return words[1:]


def bash_output(found: Sequence[str], current: str, wordbreaks: str) -> list[str]:
    """bash replaces only the text after the last word-break character (``=`` and ``:``
    by default) of the current word, and ``-o nospace`` leaves the space to us."""
    breaks = set(wordbreaks) - set(" \t\n\"'")
    cut = max((i + 1 for i, ch in enumerate(current) if ch in breaks), default=0)
    return [c[cut:] + ("" if c.endswith("=") else " ") for c in found]
