"""Compare two API surfaces (two specs, or one spec at two releases).

Breaking (exit 1 in the CLI): an API, parameter or response field removed; a
parameter made required or added as required; a type, location, method or path
changed; allowed values removed."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from zstack_openapi.openapi.apiview import ApiView, ParamView


@dataclass(frozen=True)
class Change:
    kind: str  # api | param | field
    change: str  # added | removed | changed
    api: str
    name: str | None = None  # the parameter or dotted field
    detail: str = ""
    since: str | None = None
    breaking: bool = False


@dataclass
class Diff:
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def of(self, kind: str, change: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind and c.change == change]


def _param_changes(api: str, old: ParamView, new: ParamView, name: str) -> list[Change]:
    out: list[Change] = []

    def changed(detail: str, breaking: bool) -> None:
        out.append(Change("param", "changed", api, name, detail, new["since"], breaking))

    if old["in"] != new["in"]:
        changed(f"location {old['in']} -> {new['in']}", True)
    if old["type"] != new["type"]:
        changed(f"type {old['type']} -> {new['type']}", True)
    if old["required"] != new["required"]:
        stricter = new["required"] and not old["required"]
        changed("now required" if stricter else "now optional", stricter)
    if old.get("enum") != new.get("enum"):
        before, after = set(map(str, old.get("enum") or [])), set(map(str, new.get("enum") or []))
        narrowed = (not old.get("enum") and bool(new.get("enum"))) or bool(
            before - after and new.get("enum")
        )
        changed(f"values {sorted(before)} -> {sorted(after)}", narrowed)
    return out


def _api_presence(name: str, old: dict[str, ApiView], new: dict[str, ApiView]) -> Change | None:
    """The API added or removed, or None when both sides have it."""
    if name not in old:
        b = new[name]
        return Change("api", "added", name, None, f"{b.method} {b.path}", b.since)
    if name not in new:
        a = old[name]
        return Change("api", "removed", name, None, f"{a.method} {a.path}", a.since, True)
    return None


def _route_changes(name: str, a: ApiView, b: ApiView) -> list[Change]:
    out: list[Change] = []
    if (a.method, a.path) != (b.method, b.path):
        detail = f"{a.method} {a.path} -> {b.method} {b.path}"
        out.append(Change("api", "changed", name, None, detail, b.since, True))
    if a.body_key != b.body_key:
        detail = f"body key {a.body_key} -> {b.body_key}"
        out.append(Change("api", "changed", name, None, detail, b.since, True))
    return out


def _params_diff(name: str, a: ApiView, b: ApiView) -> list[Change]:
    out: list[Change] = []
    for p in sorted(set(a.params) | set(b.params)):
        if p not in a.params:
            q = b.params[p]
            detail = f"{q['in']} {q['type']}" + (" required" if q["required"] else "")
            out.append(Change("param", "added", name, p, detail, q["since"], bool(q["required"])))
        elif p not in b.params:
            was = a.params[p]
            out.append(Change("param", "removed", name, p, was["in"], was["since"], True))
        else:
            out.extend(_param_changes(name, a.params[p], b.params[p], p))
    return out


def _fields_diff(name: str, a: ApiView, b: ApiView) -> list[Change]:
    out: list[Change] = []
    for f in sorted(set(a.fields) | set(b.fields)):
        if f not in a.fields:
            out.append(Change("field", "added", name, f, b.fields[f]["type"], b.fields[f]["since"]))
        elif f not in b.fields:
            was = a.fields[f]
            out.append(Change("field", "removed", name, f, was["type"], was["since"], True))
        elif a.fields[f]["type"] != b.fields[f]["type"]:
            detail = f"type {a.fields[f]['type']} -> {b.fields[f]['type']}"
            out.append(Change("field", "changed", name, f, detail, b.fields[f]["since"], True))
    return out


def diff_views(old: dict[str, ApiView], new: dict[str, ApiView]) -> Diff:
    result = Diff()
    for name in sorted(set(old) | set(new)):
        presence = _api_presence(name, old, new)
        if presence is not None:
            result.changes.append(presence)
            continue
        a, b = old[name], new[name]
        result.changes.extend(_route_changes(name, a, b))
        result.changes.extend(_params_diff(name, a, b))
        result.changes.extend(_fields_diff(name, a, b))
    return result


def _counts(d: Diff) -> str:
    parts = []
    for kind, label in (("api", "APIs"), ("param", "parameters"), ("field", "response fields")):
        n = {c: len(d.of(kind, c)) for c in ("added", "removed", "changed")}
        parts.append(f"{label}: +{n['added']} -{n['removed']} ~{n['changed']}")
    return "; ".join(parts) + f"; breaking: {len(d.breaking)}"


def _line(c: Change) -> str:
    mark = {"added": "+", "removed": "-", "changed": "~"}[c.change]
    target = c.api + (f" {c.name}" if c.name else "")
    since = f" (since {c.since})" if c.since else ""
    return f"{mark} {c.kind} {target}: {c.detail}{since}" + ("  [BREAKING]" if c.breaking else "")


def render_text(d: Diff) -> str:
    return "\n".join([_counts(d), *(_line(c) for c in d.changes)]) + "\n"


def render_markdown(d: Diff) -> str:
    lines = ["# API changes", "", _counts(d), ""]
    for kind, label in (("api", "APIs"), ("param", "Parameters"), ("field", "Response fields")):
        for change in ("added", "removed", "changed"):
            items = d.of(kind, change)
            if not items:
                continue
            lines += [
                f"## {label} {change} ({len(items)})",
                "",
                "| API | name | detail | since | breaking |",
                "|---|---|---|---|---|",
            ]
            lines += [
                f"| {c.api} | {c.name or ''} | {c.detail} | {c.since or ''} | {'yes' if c.breaking else ''} |"
                for c in items
            ]
            lines.append("")
    return "\n".join(lines)


def render_json(d: Diff) -> str:
    return (
        json.dumps(
            {
                "summary": _counts(d),
                "breaking": len(d.breaking),
                "changes": [asdict(c) for c in d.changes],
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n"
    )
