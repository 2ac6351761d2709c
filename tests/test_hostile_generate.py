"""Hostile docs never run code: text from a doc page or a spec reaches generated Python
only as escaped literals, names outside ZStack's grammar are dropped by the spec stage,
reserved names are renamed, and `generate` never writes code that does not compile."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.hostile import ROOT, hostile_page, hostile_spec, import_and_touch
from zstack_openapi.cli import main
from zstack_openapi.generator import build_files
from zstack_openapi.generator.model.literals import docstring_text, py_literal
from zstack_openapi.openapi.names import screen_names

TEMPLATES = ROOT / "generator" / "templates"


def _write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_issue_exploits_through_the_whole_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A doc page with the exploit in a request path, a parameter name and a response
    field name -> scrape -> spec -> generate -> import and load every model: nothing
    runs, and the spec stage names each bad name with its file and line."""
    page_text, sentinels = hostile_page(tmp_path)
    page = tmp_path / "01-zones.md"
    page.write_text(page_text, encoding="utf-8")
    catalog, spec, dist = tmp_path / "catalog.json", tmp_path / "spec.json", tmp_path / "dist"
    assert main(["scrape", str(page), "-o", str(catalog)]) == 0
    names = [a["name"] for a in json.loads(catalog.read_text())["apis"]]
    assert sorted(names) == ["CreateCluster", "CreateHost", "CreateZone"]
    capsys.readouterr()
    assert main(["spec", str(catalog), "-o", str(spec)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"01-zones\.md:\d+: \[bad-name\] CreateZone: path .*API dropped", err)
    assert re.search(r"01-zones\.md:\d+: \[bad-name\] CreateCluster: parameter .*dropped", err)
    assert re.search(r"01-zones\.md:\d+: \[bad-name\] CreateHost: response field .*dropped", err)
    document = json.loads(spec.read_text())
    assert not [k for k in document["paths"] if "open(" in k]
    names_in_spec = [
        p["name"]
        for item in document["paths"].values()
        for op in item.values()
        for p in op.get("parameters", [])
    ] + [k for s in document["components"]["schemas"].values() for k in s.get("properties", {})]
    assert names_in_spec and not [n for n in names_in_spec if "open(" in n]
    assert main(["generate", str(spec), "-o", str(dist)]) == 0
    done = import_and_touch(
        dist,
        "zstack_sdk",
        "import zstack_sdk.models as m\n"
        "for name in m.__all__: getattr(m, name).model_validate({})\n"
        # Every API namespace module is imported (they load lazily otherwise).
        "client = zstack_sdk.ZStackClient('http://127.0.0.1:9')\n"
        "for ns in zstack_sdk.catalog.NAMESPACES: getattr(client, ns)\n"
        "print(client.create_cluster.__doc__)\n",
    )
    assert done.returncode == 0, done.stderr
    # The description that tried to close the docstring is in it, as text.
    assert "open(" in done.stdout and "pwned_doc" in done.stdout
    assert not [p for p in sentinels.values() if p.exists()]


def test_every_spec_value_is_emitted_as_a_literal(tmp_path: Path) -> None:
    """A spec the spec stage never saw (hand-edited, or from another tool): payloads in
    paths, alternate paths, wire names, body keys, API names, enum values, constraints,
    descriptions, titles, versions and field names compile, import, and come back
    exactly as they were written."""
    doc, sentinels, values = hostile_spec(tmp_path)
    spec = _write_json(tmp_path / "spec.json", doc)
    dist = tmp_path / "dist"
    assert main(["generate", str(spec), "-o", str(dist)]) == 0
    for path in dist.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    code = f"""
import inspect, json
import zstack_sdk.models as m
from zstack_sdk import _meta
from zstack_sdk._apis import zones
for name in m.__all__:
    getattr(m, name).model_validate({{}})
inv = m.ZoneInventory.model_validate({{{values["field"]!r}: "v", "state": "B"}})
api = zones.CREATE_ZONE_STR_OPEN_TMP
client = zones.ZonesApi
print(json.dumps({{
    "name": api.name, "path": api.path, "alt": list(api.alt_paths),
    "body_key": api.body_key, "wires": [w for w, _, _ in api.params],
    "field": list(inv.model_dump(by_alias=True, exclude_none=True)),
    "title": _meta.DOC_TITLE, "version": _meta.DOC_VERSION,
    "checks": [list(c) for c in api.checks],
}}))
"""
    # The generated constant's name comes from the (sanitised) API name.
    module = (dist / "zstack_sdk" / "_apis" / "zones.py").read_text(encoding="utf-8")
    const = re.search(r"^(CREATE_ZONE\w*): Api", module, re.M)
    assert const is not None
    done = import_and_touch(
        dist, "zstack_sdk", code.replace("CREATE_ZONE_STR_OPEN_TMP", const.group(1))
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["name"] == values["api"]
    assert "/zstack/v1" + out["path"] == values["path"]
    assert ["/zstack/v1" + p for p in out["alt"]] == [values["alt"]]
    assert out["body_key"] == values["body_key"]
    assert values["wire"] in out["wires"] and values["query"] in out["wires"]
    assert values["field"] in out["field"]
    assert out["title"] == doc["info"]["title"] and out["version"] == doc["info"]["version"]
    assert any(c[2] == "enum" and values["enum"] in c[3] for c in out["checks"])
    assert not [p for p in sentinels.values() if p.exists()]
    readme = (dist / "README.md").read_text(encoding="utf-8")
    assert "\\<img" in readme and "<img" not in readme.replace("\\<img", "")
    assert "\\[a\\](javascript" in readme


# Expressions that are code the generator builds itself (annotations from its type
# mapper, whose names are sanitised class names and whose values are `py_literal`s).
CODE_EXPRESSIONS = {
    "a",
    "aw",
    "p.annotation",
    "f.type",
    "item_type",
    'api.result or "dict[str, Any]"',
    '"AsyncIterator" if aio else "Iterator"',
}
SAFE_FILTER = re.compile(
    r"\|\s*(py|doc|ident|length|docstring\(.*\)|model_docstring|field_docstring)\s*$"
)


def test_no_template_emits_a_value_unescaped() -> None:
    """Values enter templates through `py` (a literal), `doc`/`*docstring` (docstring
    text) or `ident` (checked identifiers); `"{{ x }}"` is how the exploits got in."""
    offenders = []
    for template in sorted(TEMPLATES.glob("*.py.jinja")):
        for n, line in enumerate(template.read_text(encoding="utf-8").splitlines(), 1):
            for quoted in re.findall(r"""["']\{\{-?\s*(.*?)\s*-?\}\}""", line):
                if not re.search(r"\|\s*doc$", quoted):  # `doc` is made for quotes
                    offenders.append(f"{template.name}:{n}: quoted by hand: {line.strip()}")
            for expr in re.findall(r"\{\{-?\s*(.*?)\s*-?\}\}", line):
                if not (
                    SAFE_FILTER.search(expr)
                    or expr in CODE_EXPRESSIONS
                    or expr.startswith("m.method(")
                ):
                    offenders.append(f"{template.name}:{n}: unescaped: {{{{ {expr} }}}}")
    assert offenders == []


@pytest.mark.parametrize(
    "value",
    [
        'a"b',
        "a'b",
        '"""',
        "\\",
        "x\x00y",
        "\r\n",
        "\ud800",
        "中文",
        "\u2028",
        ("a", 1, None, True),
        ["x", 2.5],
        {"k": "v"},
        float("inf"),
        (),
        ("one",),
    ],
)
def test_literals_and_docstrings_round_trip(value: Any) -> None:
    assert eval(py_literal(value)) == value or value != value
    if isinstance(value, str):
        source = '"""' + docstring_text(value) + '"""'
        assert eval(source) == value.rstrip()


def test_literal_refuses_what_is_not_plain_data() -> None:
    with pytest.raises(TypeError):
        py_literal(object())


def test_spec_stage_keeps_real_names_and_drops_the_rest() -> None:
    api = {
        "name": "CreateFirewallRule",
        "method": "POST",
        "path": "/zstack/v1/firewalls/{uuid}/rules",
        "extra_paths": ["/zstack/v1/firewalls/rules", "/zstack/v1/x y"],
        "body_key": "params",
        "params": [{"name": "uuid"}, {"name": "云盘备份uuid"}, {"name": "self"}],
        "response": {
            "fields": [
                {"name": "ax.25", "fields": []},
                {"name": "ipdr-cmtp"},
                {"name": "类型"},
                {"name": "inventory", "fields": [{"name": ""}, {"name": "uuid"}]},
            ]
        },
        "source": {"file": "04-net.md", "line": 7},
    }
    bad = [
        {**api, "name": 'A"+x+"'},
        {**api, "name": "B", "method": "GET /"},
        {**api, "name": "C", "path": "/zstack/v1/a'b"},
        {**api, "name": "D", "path": "/other/v1/a"},
        {**api, "name": "E", "body_key": "p-q"},
    ]
    kept, warnings = screen_names([api, *bad])
    assert [a["name"] for a in kept] == ["CreateFirewallRule"]
    only = kept[0]
    assert only["extra_paths"] == ["/zstack/v1/firewalls/rules"]
    assert [p["name"] for p in only["params"]] == ["uuid", "self"]
    assert [f["name"] for f in only["response"]["fields"]] == ["ax.25", "ipdr-cmtp", "inventory"]
    assert [f["name"] for f in only["response"]["fields"][2]["fields"]] == ["uuid"]
    text = [str(w) for w in warnings]
    assert len(text) == 9 and all(t.startswith("04-net.md:7: [bad-name]") for t in text)


# -------------------------------------------------------- reserved parameter names


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).seen.append(
            {"method": self.command, "path": self.path, "body": json.loads(body or b"null")}
        )
        data = b'{"inventory": {"uuid": "u1", "int": 3, "modelConfig": "c", "str": "s"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.seen
    finally:
        server.shutdown()
        server.server_close()


def _reserved_spec() -> dict[str, Any]:
    """An action whose parameters are named like Python keywords and like the
    generated method's own arguments, and a result with fields named like the types
    and pydantic attributes the model class uses."""
    prop = {"type": "string"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Reserved", "version": "5.0.0"},
        "paths": {
            "/zstack/v1/things/{self}/actions": {
                "put": {
                    "operationId": "DoThing",
                    "x-zstack-api": "DoThing",
                    "x-zstack-body-key": "doThing",
                    "x-zstack-source": {"origin": "docs", "at": "01-things.md:1"},
                    "x-zstack-result": {"$ref": "#/components/schemas/ThingResult"},
                    "x-zstack-request": {"$ref": "#/components/schemas/DoThingRequest"},
                    "parameters": [
                        {"name": "self", "in": "path", "required": True, "schema": prop}
                    ],
                }
            },
        },
        "components": {
            "schemas": {
                "DoThingRequest": {
                    "type": "object",
                    "properties": {
                        "doThing": {
                            "type": "object",
                            "required": ["class"],
                            "properties": {
                                "class": prop,
                                "jobUuid": prop,
                                "job_uuid": prop,
                                "query_options": prop,
                                "import": prop,
                                "None": prop,
                            },
                        }
                    },
                },
                "ThingResult": {
                    "type": "object",
                    "properties": {"inventory": {"$ref": "#/components/schemas/Thing"}},
                },
                "Thing": {
                    "type": "object",
                    "properties": {
                        "uuid": prop,
                        "int": {"type": "integer"},
                        "str": prop,
                        "modelConfig": prop,
                    },
                },
            }
        },
    }


def test_reserved_names_get_safe_names_and_keep_their_wire_names(
    tmp_path: Path, recorder: tuple[str, list[dict[str, Any]]]
) -> None:
    """Before: a parameter called `self` was a SyntaxError and `generate` exited 0."""
    spec = _write_json(tmp_path / "spec.json", _reserved_spec())
    dist = tmp_path / "dist"
    assert main(["generate", str(spec), "-o", str(dist)]) == 0
    url, seen = recorder
    code = f"""
import inspect, json
from zstack_sdk import ZStackClient
with ZStackClient({url!r}, session_id="s") as client:
    params = list(inspect.signature(client.do_thing).parameters)
    r = client.do_thing(self_="t1", class_="c", job_uuid_="j", job_uuid__="k",
                        query_options_="o", import_="i", none="n", job_uuid="a" * 32)
print(json.dumps({{"params": params, "uuid": r.inventory.uuid, "int": r.inventory.int_,
                   "str": r.inventory.str_, "config": r.inventory.model_config_}}))
"""
    done = import_and_touch(dist, "zstack_sdk", code)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "self" not in out["params"] and {"self_", "class_", "job_uuid"} <= set(out["params"])
    assert out == {**out, "uuid": "u1", "int": 3, "str": "s", "config": "c"}
    (request,) = seen
    assert request["method"] == "PUT" and request["path"] == "/zstack/v1/things/t1/actions"
    assert request["body"]["doThing"] == {
        "class": "c",
        "jobUuid": "j",
        "job_uuid": "k",
        "query_options": "o",
        "import": "i",
        "None": "n",
    }


# ------------------------------------------------------------- the compile check


def test_generate_fails_naming_file_and_line_when_output_does_not_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The safety net behind the escaping: whatever the cause, code that does not
    compile is never written and `generate` exits 1 with the file and line."""
    from zstack_openapi.generator.render import render_files as real

    def broken(pkg: Any) -> dict[str, str]:
        files = real(pkg)
        name = f"{pkg.name}/_meta.py"
        files[name] += "\ndef oops(self, self):\n    pass\n"
        return files

    # The renderer is imported where a package is rendered: patch it at its home.
    monkeypatch.setattr("zstack_openapi.generator.render.render_files", broken)
    spec = _write_json(tmp_path / "spec.json", _reserved_spec())
    dist = tmp_path / "dist"
    assert main(["generate", str(spec), "-o", str(dist)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"zstack_sdk/_meta\.py:\d+: generated code does not compile", err)
    assert not dist.exists()


def test_unrendered_hostile_spec_still_builds_deterministically(tmp_path: Path) -> None:
    doc, _, _ = hostile_spec(tmp_path)
    spec = _write_json(tmp_path / "spec.json", doc)
    assert build_files(spec)[1] == build_files(spec)[1]


def test_target_version_cannot_rewrite_pyproject(tmp_path: Path) -> None:
    """The target version lands in pyproject.toml's description: escaped, it cannot
    add a build requirement (which pip would install and run)."""
    import tomllib

    spec = _write_json(tmp_path / "spec.json", _reserved_spec())
    target = '5.0"\n[build-system]\nrequires = ["evil"]\n#'
    dist = tmp_path / "dist"
    assert main(["generate", str(spec), "-o", str(dist), "--target-version", target]) == 0
    project = tomllib.loads((dist / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["build-system"]["requires"] == ["setuptools>=77.0.1"]
    assert target in project["project"]["description"]
    meta = (dist / "zstack_sdk" / "_meta.py").read_text(encoding="utf-8")
    assert f"TARGET_VERSION = {target!r}" in meta
