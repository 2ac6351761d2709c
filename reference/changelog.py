"""Per release: the APIs and parameters it added, from the same per-API records
`zstack-openapi diff` compares (`openapi.apiview.api_views`).

An API is added by the release of its since; a parameter by its own since when that is
later than its API's (one dated like its API came with it). That is exactly what
`diff --from-version P --to-version R` lists as added for consecutive releases P < R
(the tests check it). Undated items (only the SDK knows them) belong to no release."""

from __future__ import annotations

import functools
import re

from zstack_openapi.openapi.apiview import ApiView
from zstack_openapi.releases import parse_version

from .model import ParamAdded, Release


def release_key(since: object) -> str:
    """The release as compared: `3.7.0` and `3.7` -> `3.7`; undated -> ``""``."""
    return _key(since if since is None or isinstance(since, str) else str(since))


@functools.lru_cache(maxsize=4096)
def _key(since: str | None) -> str:
    return ".".join(str(n) for n in parse_version(since))


_CLEAN = re.compile(r"^\d+(?:\.\d+)*$")


def _label_rank(text: str) -> tuple[bool, int, str]:
    return (bool(_CLEAN.match(text)), len(text), text)


def build_releases(views: dict[str, ApiView]) -> tuple[list[Release], list[str], int]:
    """(releases oldest first, APIs with an unknown since, parameters with one)."""
    labels: dict[str, str] = {}
    apis: dict[str, list[str]] = {}
    params: dict[str, list[ParamAdded]] = {}

    def note(since: object) -> str:
        key = release_key(since)
        text = str(since or "").strip()
        # The label: a clean spelling (`4.8.0`, not the docs' typo `4.8..0`), the longest.
        if key and (key not in labels or _label_rank(text) > _label_rank(labels[key])):
            labels[key] = text
        return key

    undated_apis: list[str] = []
    undated_params = 0
    for name, view in sorted(views.items()):
        if view.since_unknown:
            undated_apis.append(name)
        else:
            key = note(view.since)
            if key:
                apis.setdefault(key, []).append(name)
        api_version = parse_version(view.since)
        for pname, p in sorted(view.params.items()):
            if p.get("since_unknown"):
                undated_params += 1
                continue
            pkey = note(p.get("since"))
            if pkey and parse_version(str(p.get("since"))) > api_version:
                detail = f"{p['in']} {p['type']}" + (" required" if p["required"] else "")
                params.setdefault(pkey, []).append(ParamAdded(name, pname, detail))
    keys = sorted(labels, key=lambda k: tuple(int(n) for n in k.split(".")))
    releases = [Release(k, labels[k], apis.get(k, []), params.get(k, [])) for k in keys]
    return releases, undated_apis, undated_params
