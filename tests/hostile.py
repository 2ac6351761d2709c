"""Hostile inputs shared by the hostile-input tests: doc pages and OpenAPI documents
whose every name and text carries a payload that creates a sentinel file if it ever
runs as code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def payload(sentinel: Path) -> str:
    """A string that, pasted between double quotes of Python code, creates `sentinel`."""
    return f"\"+str(open({str(sentinel)!r},'w'))[:0]+\""


def payload_single(sentinel: Path) -> str:
    """The same for single quotes."""
    return f"'+str(open({str(sentinel)!r},'w'))[:0]+'"


def triple(sentinel: Path) -> str:
    """Text that closes a docstring and runs code after it (one line: it must fit a
    table cell)."""
    return f'""";open({str(sentinel)!r},"w");"""'


API_SECTION = """
## {title}({name})

### API请求

 URLs

```
{method} {path}
```

 Body

```
{{   "params": {{     "name": "zone1"   }},   "systemTags": [],   "userTags": [] }}
```

 参数列表

| 名字 | 类型 | 位置 | 描述 | 可选值 | 起始版本 |
| --- | --- | --- | --- | --- | --- |
| name | String | body(包含在**params**结构中) | {description} | {values} | 0.6 |
| {param} (可选) | String | body(包含在**params**结构中) | 描述 |  | 0.6 |

### API返回

| 名字 | 类型 | 描述 | 起始版本 |
| --- | --- | --- | --- |
| inventory | {type}Inventory | 详情参考[inventory] | 0.6 |

 #inventory

| 名字 | 类型 | 描述 | 起始版本 |
| --- | --- | --- | --- |
| uuid | String | {description} | 0.6 |
| {field} | String | 名称 | 0.6 |
"""


def hostile_page(tmp: Path) -> tuple[str, dict[str, Path]]:
    """A markdown doc page with three APIs: one whose request path, one whose
    parameter name and one whose response field name is the issue's exploit; the
    descriptions and allowed values of all three carry payloads too. Returns the
    page and the sentinel files the payloads would create."""
    s = {
        k: tmp / f"pwned_{k}"
        for k in ("path", "param", "field", "description", "values", "title", "doc")
    }
    sections = [
        API_SECTION.format(
            title="创建区域",
            name="CreateZone",
            method="POST",
            path=f"zstack/v1/zones{payload(s['path'])}",
            description=f"区域{payload(s['description'])}",
            values=f"A{payload_single(s['values'])} B",
            param="tag",
            type="Zone",
            field="name",
        ),
        API_SECTION.format(
            title="创建集群",
            name="CreateCluster",
            method="POST",
            path="zstack/v1/clusters",
            description=triple(s["doc"]),
            values="",
            param=f"x{payload(s['param'])}",
            type="Cluster",
            field="name",
        ),
        API_SECTION.format(
            title=f"创建主机{payload(s['title'])}",
            name="CreateHost",
            method="POST",
            path="zstack/v1/hosts",
            description="主机\\",
            values="",
            param="hypervisorType",
            type="Host",
            field=f"y{payload(s['field'])}",
        ),
    ]
    return "# 资源\n" + "".join(sections), s


def import_and_touch(dist: Path, package: str, code: str) -> subprocess.CompletedProcess[str]:
    """Import the generated package in a fresh interpreter and run `code` (which
    loads models, reads constants): the payloads' one chance to run."""
    env = dict(os.environ, PYTHONPATH=str(dist), PYTHONDONTWRITEBYTECODE="1")
    script = f"import {package}\n{code}"
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )


def hostile_spec(tmp: Path) -> tuple[dict[str, Any], dict[str, Path], dict[str, str]]:
    """An OpenAPI document (as a foreign tool or a hand edit could write it: the spec
    stage's name grammar never saw it) with a payload in every value the generator
    emits: paths, alternate paths, wire names, body keys, API names, enum values,
    descriptions, titles, versions, constraints and result field names."""
    s = {
        k: tmp / f"pwned_{k}"
        for k in (
            "path",
            "alt",
            "wire",
            "query",
            "body_key",
            "api",
            "enum",
            "doc",
            "summary",
            "field",
            "model_doc",
            "title",
            "version",
            "pattern",
            "single",
            "since",
        )
    }
    p = {k: payload(v) for k, v in s.items()}
    values = {
        "path": "/zstack/v1/zones/{uuid}" + p["path"],
        "alt": "/zstack/v1/zones" + p["alt"],
        "wire": "name" + p["wire"],
        "query": "q" + p["query"],
        "body_key": "params" + p["body_key"],
        "api": "CreateZone" + p["api"],
        "enum": "A" + payload_single(s["enum"]),
        "field": "y" + p["field"],
    }
    result = {"$ref": "#/components/schemas/ZoneResult"}
    doc = {
        "openapi": "3.1.0",
        "info": {
            "title": "Tiny" + triple(s["title"]),
            "version": "5.0.0 <img src=x onerror=alert(1)> [a](javascript:x)" + p["version"],
            "x-zstack-sources": {"sdk": {"version": "5.2" + p["version"], "commit": "c" * 40}},
        },
        "paths": {
            values["path"]: {
                "post": {
                    "operationId": values["api"],
                    "x-zstack-api": values["api"],
                    "summary": "Create" + triple(s["summary"]) + '"',
                    "description": "Line\r\nwith NUL \x00, CR, a lone surrogate \ud800 and \\"
                    + triple(s["doc"])
                    + '"',
                    "x-zstack-since": "0.6" + p["since"],
                    "x-zstack-async": True,
                    "x-zstack-body-key": values["body_key"],
                    "x-zstack-source": {"origin": "docs", "at": "01-zones.md:1"},
                    "x-zstack-result": result,
                    "x-zstack-request": {"$ref": "#/components/schemas/CreateZoneRequest"},
                    "tags": ["zones"],
                    "parameters": [
                        {
                            "name": "uuid",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": triple(s["doc"]),
                        },
                        {
                            "name": values["query"],
                            "in": "query",
                            "schema": {
                                "type": "string",
                                "enum": [values["enum"], "B"],
                                "pattern": '^a"' + p["pattern"],
                            },
                        },
                    ],
                }
            },
            values["alt"]: {
                "post": {
                    "operationId": "CreateZoneByAlt",
                    "x-zstack-api": values["api"],
                    "x-zstack-source": {"origin": "docs", "at": "01-zones.md:1"},
                    "x-zstack-result": result,
                    "x-zstack-request": {"$ref": "#/components/schemas/CreateZoneRequest"},
                    "parameters": [],
                }
            },
        },
        "components": {
            "schemas": {
                "CreateZoneRequest": {
                    "type": "object",
                    "properties": {
                        values["body_key"]: {
                            "type": "object",
                            "properties": {
                                values["wire"]: {
                                    "type": "string",
                                    "description": triple(s["doc"]),
                                    "maxLength": 5,
                                },
                                "mode": {"type": "string", "enum": [values["enum"]]},
                            },
                        },
                        "systemTags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "ZoneResult": {
                    "type": "object",
                    "description": "Result" + triple(s["model_doc"]) + '"',
                    "properties": {
                        "inventory": {"$ref": "#/components/schemas/ZoneInventory"},
                    },
                },
                "ZoneInventory" + p["single"]: {"type": "object"},
                "ZoneInventory": {
                    "type": "object",
                    "description": "\\" + triple(s["model_doc"]),
                    "properties": {
                        values["field"]: {
                            "type": "string",
                            "description": triple(s["doc"]),
                            "x-zstack-since": "1.0" + p["since"],
                        },
                        "state": {"type": "string", "enum": [values["enum"], "B"]},
                    },
                },
            }
        },
    }
    return doc, s, values


def clean_page() -> str:
    """A small valid doc page (two APIs) for the output tests."""
    sections = [
        API_SECTION.format(
            title=title,
            name=name,
            method="POST",
            path=path,
            description="名称",
            values="",
            param="tag",
            type=kind,
            field="name",
        )
        for title, name, path, kind in (
            ("创建区域", "CreateZone", "zstack/v1/zones", "Zone"),
            ("创建集群", "CreateCluster", "zstack/v1/clusters", "Cluster"),
        )
    ]
    return "# 资源\n" + "".join(sections)


def run_cli(
    args: list[str], *, limit_file_size: int | None = None, as_nobody: bool = False, **env: str
) -> subprocess.CompletedProcess[str]:
    """`zstack-openapi ARGS` in a fresh process, optionally with `ulimit -f` (a full
    disk, as far as the writer can tell) or as an unprivileged user (so permissions
    apply even when the tests run as root)."""

    def limit() -> None:
        import resource

        if limit_file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))
        if as_nobody:
            os.setgid(65534)
            os.setuid(65534)

    return subprocess.run(
        [sys.executable, "-m", "zstack_openapi", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **env},
        preexec_fn=limit,
        check=False,
        cwd=ROOT,
    )
