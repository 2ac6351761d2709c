"""Path templates: equivalence, one canonical spelling, shared routes.

OpenAPI forbids two path keys that differ only in variable names
(`/vm-instances/{uuid}/actions` and `/vm-instances/{vmInstanceUuid}/actions` are
one path). The docs use both, so every group of equivalent templates gets one
canonical spelling: at each variable position the name most APIs use (ties:
alphabetical). The doc's own names are kept per API (`x-zstack-path-variable`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

VARIABLE = re.compile(r"\{([^{}/]+)\}")


def variables(template: str) -> list[str]:
    return VARIABLE.findall(template)


def shape(template: str) -> str:
    """The template with its variable names erased: equal shapes are one OpenAPI path."""
    return VARIABLE.sub("{}", template)


def is_well_formed(template: str) -> bool:
    """Balanced braces, starts with `/`, no empty variable: usable as an OpenAPI path key."""
    if not template.startswith("/"):
        return False
    stripped = VARIABLE.sub("", template)
    return "{" not in stripped and "}" not in stripped and "//" not in template


@dataclass(frozen=True)
class Route:
    """One (API, template) pair: an API's main path or one of its extra paths."""

    api: str
    method: str
    template: str
    primary: bool


def canonical_templates(templates: Iterable[str]) -> dict[str, str]:
    """Every template -> the canonical spelling of its shape."""
    uses: dict[str, Counter[tuple[int, str]]] = defaultdict(Counter)
    seen: dict[str, str] = {}
    for t in templates:
        seen.setdefault(t, shape(t))
        for i, name in enumerate(variables(t)):
            uses[shape(t)][(i, name)] += 1
    canonical: dict[str, str] = {}
    for t, s in seen.items():
        names = []
        for i, _ in enumerate(variables(t)):
            options = [(count, name) for (pos, name), count in uses[s].items() if pos == i]
            options.sort(key=lambda cn: (-cn[0], cn[1]))
            names.append(options[0][1])
        # A template may name the same variable twice (e.g. `{uuid}` in two places
        # after canonicalisation); number the repeats so each is declared once.
        fixed: list[str] = []
        for name in names:
            candidate, n = name, 2
            while candidate in fixed:
                candidate, n = f"{name}{n}", n + 1
            fixed.append(candidate)
        canonical[t] = _rename(t, fixed)
    return canonical


def _rename(template: str, names: list[str]) -> str:
    it = iter(names)
    return VARIABLE.sub(lambda _m: "{" + next(it) + "}", template)


def group_routes(
    routes: list[Route], canonical: dict[str, str]
) -> dict[tuple[str, str], list[Route]]:
    """(canonical path, method) -> the routes that land there; more than one = shared."""
    groups: dict[tuple[str, str], list[Route]] = defaultdict(list)
    for r in routes:
        groups[(canonical[r.template], r.method)].append(r)
    return {k: sorted(v, key=lambda r: (r.api, r.template)) for k, v in sorted(groups.items())}


def route_operation_id(api: str, template: str, taken: set[str]) -> str:
    """operationId of an API's extra path: `<Api>By<Var>...`, numbered if needed."""
    names = variables(template)
    base = api + ("By" + "And".join(n[:1].upper() + n[1:] for n in names) if names else "Alt")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{n}", n + 1
    return candidate


def shared_operation_id(method: str, path: str, taken: set[str]) -> str:
    """operationId of a shared route, from its method and literal segments:
    PUT /zstack/v1/vm-instances/{uuid}/actions -> PutVmInstancesActions."""
    segments = [s for s in path.split("/")[3:] if s and not VARIABLE.fullmatch(s)]
    words = "".join(
        w[:1].upper() + w[1:] for s in segments for w in re.split(r"[^A-Za-z0-9]+", s) if w
    )
    base = method[:1] + method[1:].lower() + (words or "Root")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{n}", n + 1
    return candidate
