"""An API's examples: the request body, curl, the Python SDK call and the `zstack` CLI call.

Values are made up from each parameter's type and constraints (the spec has no request
examples): an allowed value when there are some, the minimum of a number, a stable fake
UUID for `...Uuid` names. Everything that came from the spec is quoted for the language
it lands in (JSON, shell words, Python literals), never pasted raw."""

from __future__ import annotations

import hashlib
import json
import shlex
from typing import Any
from urllib.parse import quote, urlencode

from .model import Examples, Param

BASE_URL = "http://localhost:8080"
TAGS = frozenset({"systemTags", "userTags"})
# The query chapter's options as the SDK and curl spell a small example of them.
QUERY_EXAMPLE_CONDITION = ("name", "example")
QUERY_EXAMPLE_LIMIT = 10
CLI_WIDTH = 100


def fake_uuid(name: str) -> str:
    """A UUID-looking hex string that is the same on every run for the same name."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:32]


def _number(limits: dict[str, str], integer: bool) -> int | float:
    low = limits.get("minimum")
    if low is not None:
        try:
            value = float(low)
        except ValueError:
            value = 1.0
    else:
        value = 1.0
    return int(value) if integer else value


def _scalar(kind: str, name: str, limits: dict[str, str]) -> Any:
    if kind.startswith("integer"):
        return _number(limits, True)
    if kind.startswith("number"):
        return _number(limits, False)
    if kind == "boolean":
        return True
    if kind.startswith("string"):
        if name.lower().endswith("uuid"):
            return fake_uuid(name)
        text = "example"
        max_length = limits.get("maxLength")
        if max_length is not None and max_length.isdigit():
            text = text[: max(int(max_length), 1)]
        return text
    if kind.startswith("map<"):
        return {"key": "value"}
    return "value"


def example_value(param: Param) -> Any:
    if param.values:
        try:
            return json.loads(param.values[0])
        except ValueError:
            return param.values[0]
    limits = dict(param.limits)
    if param.type.startswith("array<"):
        item = param.type[len("array<") : -1]
        singular = param.name[:-1] if param.name.endswith("s") else param.name
        return [_scalar(item, singular, {})]
    return _scalar(param.type, param.name, limits)


def _shown(params: list[Param]) -> list[Param]:
    """Required parameters, then the documented optional ones (not the tags every API
    takes, not the query options, not the optional variables of other routes)."""
    required = [p for p in params if p.required and not p.standard]
    optional = [
        p
        for p in params
        if not p.required
        and not p.standard
        and p.name not in TAGS
        and p.location != "path"
        and p.source != "sdk"
    ]
    return required + optional


def py_literal(value: Any) -> str:
    if value is True:
        return "True"
    if value is False:
        return "False"
    if value is None:
        return "None"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid Python string literal
    return repr(value)


def cli_value(value: Any) -> str:
    """zstack-cli's spelling: lists comma-joined, booleans true/false, JSON for structures."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ",".join(cli_value(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return cli_value(value)
    return str(value)


def build_examples(
    *,
    name: str,
    method: str,
    path: str,
    body_key: str | None,
    params: list[Param],
    query: bool,
    auth: bool,
    python_call: str,
) -> Examples:
    shown = _shown(params)
    values = {p.name: example_value(p) for p in shown}

    url_path = path
    for p in params:
        if p.location == "path" and "{" + p.name + "}" in url_path:
            value = values.get(p.name, fake_uuid(p.name))
            url_path = url_path.replace("{" + p.name + "}", quote(str(value), safe=""))
    query_args: list[tuple[str, str]] = [
        (p.name, _query_text(values[p.name])) for p in shown if p.location == "query"
    ]
    if query:
        field_name, field_value = QUERY_EXAMPLE_CONDITION
        query_args += [("q", f"{field_name}={field_value}"), ("limit", str(QUERY_EXAMPLE_LIMIT))]

    body: dict[str, Any] | None = None
    inner = {p.name: values[p.name] for p in shown if p.location == "body"}
    root = {p.name: values[p.name] for p in shown if p.location == "body-root"}
    if method in ("POST", "PUT"):
        body = {body_key: inner, **root} if body_key else {**inner, **root}
    body_text = json.dumps(body, ensure_ascii=False, indent=2) if body is not None else None

    # Without a body, curl -G builds the query string; beside a body it is in the URL.
    in_url = body is not None and bool(query_args)
    url = BASE_URL + url_path + ("?" + urlencode(query_args) if in_url else "")
    curl = [f"curl -X {method}" + (" -G" if query_args and not in_url else "")]
    curl.append("  " + shlex.quote(url))
    if auth:
        curl.append('  -H "Authorization: OAuth $ZSTACK_SESSION"')
    for key, value in [] if in_url else query_args:
        curl.append("  --data-urlencode " + shlex.quote(f"{key}={value}"))
    if body_text is not None:
        curl.append("  -H 'Content-Type: application/json'")
        curl.append("  -d " + shlex.quote(body_text))
    curl_text = " \\\n".join(curl)

    py_args = [f"{p.python}={py_literal(values[p.name])}" for p in shown if p.python]
    if query:
        field_name, field_value = QUERY_EXAMPLE_CONDITION
        py_args += [
            f"conditions=[{py_literal(f'{field_name}={field_value}')}]",
            f"limit={QUERY_EXAMPLE_LIMIT}",
        ]
    if py_args:
        python = f"result = {python_call}(\n" + "".join(f"    {a},\n" for a in py_args) + ")"
    else:
        python = f"result = {python_call}()"

    words = ["zstack", name]
    words += [shlex.quote(f"{p.name}={cli_value(values[p.name])}") for p in shown]
    if query:
        field_name, field_value = QUERY_EXAMPLE_CONDITION
        words += [shlex.quote(f"{field_name}={field_value}"), f"limit={QUERY_EXAMPLE_LIMIT}"]
    cli = " ".join(words)
    if len(cli) > CLI_WIDTH:  # one argument per line, as a shell reads it
        cli = " ".join(words[:2]) + "".join(f" \\\n    {w}" for w in words[2:])
    return Examples(body=body_text, curl=curl_text, python=python, cli=cli)
