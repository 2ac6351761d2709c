"""The generator: runtime pieces in isolation, the internal model, rendering, the command."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.zstack_server import access_key_signature as server_signature
from zstack_openapi.cli import main
from zstack_openapi.generator import build_files, generate
from zstack_openapi.generator.model.api import parse_document
from zstack_openapi.generator.model.naming import identifier, module_of_source, snake
from zstack_openapi.generator.runtime._auth import Credentials, access_key_signature, hash_password
from zstack_openapi.generator.runtime._base_client import BODY, PATH, QUERY, ROOT, Api, prepare
from zstack_openapi.generator.runtime._checks import check_arguments
from zstack_openapi.generator.runtime._errors import ZStackValidationError, ZStackVersionError
from zstack_openapi.generator.runtime._models import parse_zstack_datetime
from zstack_openapi.generator.runtime._polling import Backoff, rewrite_location
from zstack_openapi.generator.runtime._query import format_condition, query_options
from zstack_openapi.generator.runtime._versions import check_call, parse_version

REPO = Path(__file__).resolve().parents[1]
COMMITTED_SPEC = REPO / "spec" / "zstack.openapi.json"
COMMITTED_SDK = REPO / "generated" / "zstack-sdk"


# ------------------------------------------------------------------ runtime


def test_conditions_format_strings_and_tuples() -> None:
    assert format_condition("state=Running") == "state=Running"
    assert format_condition(("uuid", "?=", ["a", "b"])) == "uuid?=a,b"
    assert format_condition(("cpuNum", ">=", 2)) == "cpuNum>=2"
    assert format_condition(("description", "=null")) == "description=null"
    with pytest.raises(ValueError, match="unknown operator"):
        format_condition(("name", "==", "x"))
    with pytest.raises(ValueError):
        format_condition(("name", "="))


def test_query_options_sort_and_fields() -> None:
    opts = query_options(
        conditions=None,
        limit=5,
        start=None,
        count=False,
        reply_with_count=True,
        sort_by="name",
        sort_direction=None,
        fields=["a", "b"],
    )
    assert opts == {
        "q": None,
        "limit": 5,
        "start": None,
        "count": None,
        "replyWithCount": True,
        "sort": "+name",
        "fields": "a,b",
    }
    with pytest.raises(ValueError):
        query_options(
            conditions=None,
            limit=None,
            start=None,
            count=None,
            reply_with_count=None,
            sort_by=None,
            sort_direction="desc",
            fields=None,
        )


def test_prepare_places_parameters() -> None:
    api: Api[Any] = Api(
        "StopVmInstance",
        "PUT",
        "/vm-instances/{uuid}/actions",
        body_key="stopVmInstance",
        params=(("uuid", PATH, None), ("type", BODY, None), ("systemTags", ROOT, None)),
    )
    p = prepare(api, {"uuid": "a b", "type": "cold", "systemTags": ["x"]}, "http://h:1")
    assert p.url == "http://h:1/zstack/v1/vm-instances/a%20b/actions"
    assert p.api_path == "/vm-instances/a b/actions"
    assert json.loads(p.body or b"") == {"stopVmInstance": {"type": "cold"}, "systemTags": ["x"]}
    get: Api[Any] = Api(
        "Q",
        "GET",
        "/things",
        params=(("m", QUERY, None),),
        query=True,
        alt_paths=("/things/{uuid}",),
    )
    q = prepare(get, {"m": {"k": 1}, "q": ["a=1", "b=2"], "uuid": "u", "limit": None}, "http://h")
    assert q.url.endswith("/things/u") and q.body is None
    assert q.query == [("m.k", "1"), ("q", "a=1"), ("q", "b=2")]
    with pytest.raises(ValueError, match="uuid"):
        prepare(api, {"type": "cold"}, "http://h")


def test_location_rewrite_keeps_the_job_path() -> None:
    base = "http://127.0.0.1:8080"
    assert (
        rewrite_location("http://10.0.0.1:9/zstack/v1/api-jobs/j", base)
        == base + "/zstack/v1/api-jobs/j"
    )
    assert rewrite_location(base + "/zstack/v1/api-jobs/j", base) == base + "/zstack/v1/api-jobs/j"
    assert (
        rewrite_location("/zstack/v1/api-jobs/j", "https://p/x")
        == "https://p/x/zstack/v1/api-jobs/j"
    )


def test_backoff_grows_to_the_cap_and_stops_at_the_deadline() -> None:
    b = Backoff(timeout=100, initial=0.05, cap=2.0, factor=2)
    delays = [b.next_delay() for _ in range(9)]
    assert delays[:3] == [0.05, 0.1, 0.2] and delays[-1] == 2.0
    assert Backoff(timeout=0).next_delay() is None


def test_signing_matches_the_server_and_sessions_use_oauth() -> None:
    assert access_key_signature("s", "GET", "d", "/v1/x") == server_signature(
        "s", "GET", "d", "/v1/x"
    )
    headers = Credentials(access_key_id="id", access_key_secret="s").headers("GET", "/vm-instances")
    sig = access_key_signature("s", "GET", headers["Date"], "/v1/vm-instances")
    assert headers["Authorization"] == f"ZStack id:{sig}" and headers["Date"].endswith("GMT")
    assert Credentials(session_id="abc").headers("GET", "/") == {"Authorization": "OAuth abc"}
    assert len(hash_password("password")) == 128
    with pytest.raises(ValueError):
        Credentials(access_key_id="id")


def test_versions_and_gating() -> None:
    assert parse_version("3.7") == parse_version("3.7.0") < parse_version("3.10") == (3, 10)
    assert parse_version("zsv 4.3.0") == (4, 3)
    check_call("A", "3.0", {"p": "4.0"}, {"p": None}, (3, 5), "3.5")
    with pytest.raises(ZStackVersionError, match="'p'"):
        check_call("A", "3.0", {"p": "4.0"}, {"p": 1}, (3, 5), "3.5")
    with pytest.raises(ZStackVersionError, match="A was introduced"):
        check_call("A", "4.0", {}, {}, (3, 5), "3.5")


def test_checks_enforce_each_constraint_and_name_it() -> None:
    checks = (
        ("name", "name", "maxLength", 5),
        ("name", "name", "minLength", 1),
        ("code", "code", "pattern", "^(?:[a-z]+)$"),
        ("label", "label", "pattern", "^(?:^(?! )[a-z ]*(?<! )$)$"),
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 64),
        ("uuids", "uuids", "minItems", 1),
        ("mode", "mode", "enum", ("fast", "slow")),
        ("kinds", "kinds", "items.enum", ("a", "b")),
        ("digits", "digits", "pattern", "^(?:\\d+)$"),
    )
    ok = {
        "name": "abcde",
        "code": "abc",
        "label": "a b",
        "cpuNum": 64,
        "uuids": ["u"],
        "mode": "slow",
        "kinds": ["a", "b"],
        "digits": "42",
        "other": "x" * 1000,
    }
    check_arguments("A", checks, ok)
    check_arguments("A", checks, dict.fromkeys(ok))  # None: not given, not checked
    bad = [
        ({"name": "abcdef"}, "name", "maxLength", "is 6 characters long, more than 5"),
        ({"name": ""}, "name", "minLength", "fewer than 1"),
        ({"code": "abc\n"}, "code", "pattern", "does not match"),  # the server's full match
        ({"label": " a"}, "label", "pattern", "does not match"),  # lookahead
        ({"label": "a "}, "label", "pattern", "does not match"),  # lookbehind
        ({"cpuNum": 0}, "cpu_num", "minimum", "is less than 1"),
        ({"cpuNum": 64.5}, "cpu_num", "maximum", "is more than 64"),
        ({"uuids": ()}, "uuids", "minItems", "has 0 items"),
        ({"mode": "Fast"}, "mode", "enum", "not one of the allowed values"),
        ({"kinds": ["a", "c"]}, "kinds", "items.enum", "has 'c'"),
        (
            {"digits": "\u0664\u0662"},
            "digits",
            "pattern",
            "does not match",
        ),  # \d is ASCII, as in Java
    ]
    for args, name, keyword, reason in bad:
        with pytest.raises(ZStackValidationError) as info:
            check_arguments("A", checks, args)
        err = info.value
        assert (err.api, err.parameter, err.constraint) == ("A", name, keyword), args
        assert reason in str(err) and isinstance(err, ValueError)
    # Values of another kind are the type checker's business, not a constraint's.
    check_arguments("A", checks, {"name": 123456, "cpuNum": "many", "uuids": "", "kinds": "c"})


def test_zstack_timestamps_parse() -> None:
    assert parse_zstack_datetime("Nov 14, 2017 10:20:57 PM") == datetime(2017, 11, 14, 22, 20, 57)
    assert parse_zstack_datetime("Jan 1, 2020 12:00:00 AM") == datetime(2020, 1, 1, 0, 0, 0)
    assert parse_zstack_datetime("2020-01-01T00:00:00") == "2020-01-01T00:00:00"  # left to pydantic


# ------------------------------------------------------------- naming/model


def test_naming() -> None:
    assert snake("GetSupportAPIs") == "get_support_apis"
    assert snake("AddIAM2VirtualIDsToGroup") == "add_iam2_virtual_ids_to_group"
    assert snake("ListVMsFromKVMHost") == "list_vms_from_kvm_host"
    assert snake("CreateVmBackup") == "create_vm_backup"
    assert snake("l3NetworkUuid") == "l3_network_uuid"
    assert snake("CreateIPsecConnection") == "create_ipsec_connection"
    assert snake("GetVolumeQoS") == "get_volume_qos"
    assert snake("IAM2VirtualID") == "iam2_virtual_id"
    assert identifier("global") == "global_" and identifier("json", frozenset({"json"})) == "json_"
    assert module_of_source("05-02-disaster-recovery.md:12") == "disaster_recovery"


def _tiny_spec() -> dict[str, Any]:
    """Two APIs on one shared action URL, a Query API with two routes, a login."""
    result = {"$ref": "#/components/schemas/VmResult"}
    since = "x-zstack-since"
    action = lambda name, key, ver: {  # noqa: E731
        "name": name,
        "summary": name,
        "x-zstack-api": name,
        "x-zstack-async": True,
        "tags": ["vms"],
        "x-zstack-body-key": key,
        "x-zstack-since": ver,
        "x-zstack-source": {"origin": "both", "at": "04-01-vm.md:1"},
        "x-zstack-result": result,
        "x-zstack-request": {"$ref": f"#/components/schemas/{name}Request"},
        "parameters": [
            {
                "name": "uuid",
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
                since: ver,
            }
        ],
    }
    request = lambda key, props: {  # noqa: E731
        "type": "object",
        "properties": {
            key: {"type": "object", "properties": props},
            "systemTags": {"type": "array", "items": {"type": "string"}},
        },
    }
    query_op = lambda op_id, path_params: {  # noqa: E731
        "operationId": op_id,
        "summary": "查询",
        "x-zstack-api": "QueryVm",
        "x-zstack-since": "0.6",
        "tags": ["vms"],  # a plain docs spec: the source is a bare "file:line"
        "x-zstack-source": "04-01-vm.md:9",
        "x-zstack-result": {"$ref": "#/components/schemas/QueryVmResult"},
        "parameters": [
            *path_params,
            {"name": "q", "in": "query", "x-zstack-standard": True, "schema": {}},
        ],
    }
    sdk_only = lambda name, tag, params: {  # noqa: E731
        "operationId": name,
        "summary": name,
        "x-zstack-api": name,
        "x-zstack-since": "0.6",
        "x-zstack-since-unknown": True,
        "x-zstack-status": "undocumented",
        "tags": [tag],
        "x-zstack-source": {
            "origin": "sdk",
            "at": f"sdk/src/main/java/org/zstack/sdk/{name}Action.java:1",
        },
        "x-zstack-result": {"$ref": "#/components/schemas/VmResult"},
        "parameters": params,
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tiny",
            "version": "5.0.0",
            "x-zstack-sources": {
                "docs": {"version": "5.0.0", "apis": 3},
                "sdk": {"version": "5.2.0", "commit": "c" * 40, "apis": 5},
            },
        },
        "paths": {
            "/zstack/v1/vms/{uuid}/actions": {
                "put": {
                    "operationId": "PutVmsActions",
                    "x-zstack-since": "0.6",
                    "x-zstack-apis": [
                        action("StartVm", "startVm", "0.6"),
                        action("CloneVm", "cloneVm", "4.5.0"),
                    ],
                }
            },
            "/zstack/v1/vms": {"get": query_op("QueryVm", [])},
            "/zstack/v1/vms/{uuid}": {
                "get": query_op(
                    "QueryVmUuid",
                    [
                        {
                            "name": "uuid",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            since: "0.6",
                        }
                    ],
                )
            },
            # Two APIs only the SDK knows: one beside the vms APIs, one on its own.
            "/zstack/v1/vms/{uuid}/xml": {
                "get": sdk_only(
                    "GetVmXml",
                    "vms",
                    [
                        {
                            "name": "uuid",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            since: "0.6",
                            "x-zstack-since-unknown": True,
                        },
                        {
                            "name": "jobUuid",
                            "in": "query",
                            "schema": {"type": "string", "maxLength": 32},
                            since: "0.6",
                            "x-zstack-since-unknown": True,
                        },
                    ],
                )
            },
            "/zstack/v1/hybrid/things": {"get": sdk_only("GetHybridThing", "hybrid", [])},
        },
        "components": {
            "schemas": {
                "StartVmRequest": request(
                    "startVm", {"hostUuid": {"type": "string", since: "0.6"}}
                ),
                "CloneVmRequest": request(
                    "cloneVm",
                    {
                        "names": {
                            "type": "array",
                            "items": {"type": "string"},
                            "minItems": 1,
                            since: "4.5.0",
                        },
                        "strategy": {
                            "type": "string",
                            "enum": ["InstantStart", "JustCreate"],
                            since: "5.0.0",
                        },
                    },
                ),
                "VmResult": {
                    "type": "object",
                    "properties": {"inventory": {"$ref": "#/components/schemas/Vm"}},
                },
                "QueryVmResult": {
                    "type": "object",
                    "properties": {
                        "inventories": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Vm"},
                        }
                    },
                },
                "Vm": {
                    "type": "object",
                    "properties": {
                        "uuid": {"type": "string", since: "0.6"},
                        "createDate": {
                            "type": "string",
                            "x-zstack-date-format": "MMM d, yyyy h:mm:ss a",
                            since: "0.6",
                        },
                        "memorySize": {"type": "integer", "format": "int64", since: "0.6"},
                        "json": {"type": "string", since: "0.6"},
                        "parent": {"$ref": "#/components/schemas/Vm", since: "5.0.0"},
                    },
                },
            }
        },
    }


def test_parse_document_builds_apis_and_models() -> None:
    pkg = parse_document(_tiny_spec())
    apis = {a.name: a for a in pkg.apis}
    assert sorted(apis) == ["CloneVm", "GetHybridThing", "GetVmXml", "QueryVm", "StartVm"]
    assert (pkg.sdk_version, pkg.sdk_commit) == ("5.2.0", "c" * 40)
    clone = apis["CloneVm"]
    assert (clone.http_method, clone.path, clone.body_key, clone.since) == (
        "PUT",
        "/vms/{uuid}/actions",
        "cloneVm",
        "4.5.0",
    )
    assert [(p.name, p.location, p.type, p.required) for p in clone.params] == [
        ("uuid", "path", "str", True),
        ("names", "body", "Sequence[str]", False),
        ("strategy", "body", "Literal['InstantStart', 'JustCreate']", False),
        ("system_tags", "root", "Sequence[str]", False),
        ("user_tags", "root", "Sequence[str]", False),
    ]
    assert [(p.name, p.checks) for p in clone.params if p.checks] == [
        ("names", (("minItems", 1),)),
        ("strategy", (("enum", ("InstantStart", "JustCreate")),)),
    ]
    assert clone.checks == [
        ("names", "names", "minItems", 1),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate")),
    ]
    query = apis["QueryVm"]
    assert query.is_query and query.path == "/vms" and query.alt_paths == ["/vms/{uuid}"]
    # Only the SDK knows these: undated, placed beside their tag's documented APIs
    # (or in one module of their own), a parameter named like a method keyword renamed.
    xml, hybrid = apis["GetVmXml"], apis["GetHybridThing"]
    assert (xml.origin, xml.status, xml.since, xml.module) == ("sdk", "undocumented", None, "vm")
    assert hybrid.module == "undocumented" and not xml.is_query
    assert [(p.wire, p.name, p.since) for p in xml.params][:2] == [
        ("uuid", "uuid", None),
        ("jobUuid", "job_uuid_", None),
    ]
    assert next((p.name, p.required) for p in query.params) == ("uuid", False)
    vm = next(m for m in pkg.models if m.name == "Vm")
    fields = {f.wire: f for f in vm.fields}
    assert fields["createDate"].type == "ZStackDateTime" and fields["json"].name == "json_"
    assert fields["parent"].type == "Vm" and "total" in {
        f.wire for f in next(m for m in pkg.models if m.name == "QueryVmResult").fields
    }


def test_target_version_drops_newer_apis_params_and_fields() -> None:
    pkg = parse_document(_tiny_spec(), target_version="4.5")
    clone = next(a for a in pkg.apis if a.name == "CloneVm")
    assert "strategy" not in {p.wire for p in clone.params}
    vm = next(m for m in pkg.models if m.name == "Vm")
    assert "parent" not in {f.wire for f in vm.fields}
    assert "CloneVm" not in {
        a.name for a in parse_document(_tiny_spec(), target_version="4.0").apis
    }
    with pytest.raises(ValueError):
        parse_document(_tiny_spec(), target_version="latest")


def test_tiny_package_renders_imports_and_validates(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.json"
    spec.write_text(json.dumps(_tiny_spec()), encoding="utf-8")
    out = tmp_path / "dist"
    result = generate(spec, out, package="tiny_sdk")
    assert result.diff.added and (out / "tiny_sdk" / "py.typed").exists()
    sys.path.insert(0, str(out))
    try:
        sdk = importlib.import_module("tiny_sdk")
        models = importlib.import_module("tiny_sdk.models")
        assert sdk.DOC_VERSION == "5.0.0" and sdk.TARGET_VERSION is None and sdk.API_COUNT == 5
        vm = models.Vm.model_validate_json(
            b'{"uuid":"u","createDate":"Nov 14, 2017 10:20:57 PM","memorySize":1.073741824E9,'
            b'"json":"j","extra":{"a":1},"parent":{"uuid":"p"}}'
        )
        assert vm.memory_size == 1073741824 and vm.create_date == datetime(2017, 11, 14, 22, 20, 57)
        assert vm.json_ == "j" and vm.model_extra == {"extra": {"a": 1}} and vm.parent.uuid == "p"
        client = sdk.ZStackClient("http://127.0.0.1:1")
        assert callable(client.clone_vm) and callable(client.query_vm_pages)
        doc = client.clone_vm.__doc__
        assert "CloneVm" in doc and "Since ZStack 4.5.0" in doc and "Asynchronous" in doc
        assert "names: names (since 4.5.0; minItems 1)" in doc
        assert (
            "Java SDK only" in client.get_vm_xml.__doc__
            and "Release not dated" in client.get_vm_xml.__doc__
        )
        # Checked before anything is sent: no server listens on port 1.
        with pytest.raises(sdk.ZStackValidationError, match="minItems"):
            client.clone_vm(uuid="u", names=[])
        with pytest.raises(sdk.ZStackConnectionError):
            client.clone_vm(uuid="u", names=["n"])
        client.close()
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("tiny_sdk")]:
            del sys.modules[name]


def test_generation_writes_only_changes_removes_stale_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "tiny.json"
    spec.write_text(json.dumps(_tiny_spec()), encoding="utf-8")
    out = tmp_path / "dist"
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    client = out / "zstack_sdk" / "_client.py"
    stamp = client.stat().st_mtime_ns
    # A file we did not write is not ours to remove; one we wrote and no longer do is.
    (out / "zstack_sdk" / "notes.py").write_text("x = 1\n")
    client.write_text("edited\n")
    assert main(["generate", str(spec), "-o", str(out), "--check"]) == 1
    assert "~ zstack_sdk/_client.py" in capsys.readouterr().err
    assert main(["generate", str(spec), "-o", str(out), "--package", "other_sdk"]) == 0
    assert not (out / "zstack_sdk" / "_client.py").exists()
    assert not (out / "zstack_sdk" / "_apis").exists()
    assert (out / "zstack_sdk" / "notes.py").read_text() == "x = 1\n"
    assert (out / "other_sdk" / "_client.py").exists()
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    assert not (out / "other_sdk").exists()
    stamp = client.stat().st_mtime_ns
    assert main(["generate", str(spec), "-o", str(out)]) == 0
    assert client.stat().st_mtime_ns == stamp
    assert main(["generate", str(spec), "-o", str(out), "--check"]) == 0
    assert main(["generate", str(spec), "-o", str(out), "--check", "--target-version", "4.0"]) == 1
    assert "~ zstack_sdk/_meta.py" in capsys.readouterr().err
    assert main(["generate", str(tmp_path / "missing.json"), "-o", str(out)]) == 2


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.json"
    spec.write_text(json.dumps(_tiny_spec()), encoding="utf-8")
    assert build_files(spec)[1] == build_files(spec)[1]


# ---------------------------------------------------- the full, real package


@pytest.fixture(scope="module")
def full_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed spec, or (until it is committed) one built from the corpus."""
    if COMMITTED_SPEC.exists():
        return COMMITTED_SPEC
    from tests.conftest import CORPUS, need
    from zstack_openapi.openapi.build import build_document
    from zstack_openapi.scraper import scrape_paths

    doc = build_document(scrape_paths([need(CORPUS)]))
    path = tmp_path_factory.mktemp("spec") / "openapi.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return path


def test_committed_package_is_up_to_date() -> None:
    if not COMMITTED_SPEC.exists():
        pytest.skip("spec/zstack.openapi.json is not committed yet")
    assert main(["generate", str(COMMITTED_SPEC), "-o", str(COMMITTED_SDK), "--check"]) == 0


def test_target_version_package_against_the_server(full_spec: Path, tmp_path: Path) -> None:
    from tests.zstack_server import start_server

    out = tmp_path / "sdk40"
    assert (
        main(
            [
                "generate",
                str(full_spec),
                "-o",
                str(out),
                "--package",
                "zstack_sdk_40",
                "--target-version",
                "4.0.0",
            ]
        )
        == 0
    )
    sys.path.insert(0, str(out))
    try:
        sdk = importlib.import_module("zstack_sdk_40")
        assert sdk.TARGET_VERSION == "4.0.0"
        # The ZStack release it describes, then the generator's revision.
        assert sdk.__version__ == "4.0.0.1" and sdk.SERVER_VERSION == "4.0.0"
        assert 'version = "4.0.0.1"' in (out / "pyproject.toml").read_text(encoding="utf-8")
        client_cls = sdk.ZStackClient
        assert "CreateCbtTask" not in sdk.catalog.APIS  # 5.3.28
        assert not hasattr(client_cls, "cbt_task")
        scheduler = importlib.import_module("zstack_sdk_40._apis.scheduler").SchedulerApi
        assert "volume_read_bandwidth" in scheduler.create_vm_backup.__code__.co_varnames
        with start_server(polls_before_done=1) as srv, client_cls(srv.base_url) as c:
            assert c.assumed_server_version == "4.0.0"
            c.login(account_name="admin", password="password")
            r = c.scheduler.create_vm_backup(
                root_volume_uuid="v" * 32, backup_storage_uuid="b" * 32, name="t"
            )
            assert r.inventories[0].backup_storage_refs[0].install_path
            assert len(list(c.vm_instances.query_vm_instance_pages(page_size=10))) == 25
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("zstack_sdk_40")]:
            del sys.modules[name]


def test_usage_example_passes_mypy_strict(tmp_path: Path) -> None:
    if shutil.which("mypy") is None and importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    example = tmp_path / "example.py"
    example.write_text(USAGE_EXAMPLE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".c"),
            str(example),
        ],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(COMMITTED_SDK), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


USAGE_EXAMPLE = """
from __future__ import annotations

import asyncio
from datetime import datetime

from zstack_sdk import AsyncZStackClient, ZStackApiError, ZStackClient, ZStackValidationError
from zstack_sdk.models import VmInstanceInventory


def main() -> None:
    with ZStackClient("http://127.0.0.1:8080", timeout=30.0, poll_timeout=600.0) as client:
        client.login(account_name="admin", password="password")
        backups = client.scheduler
        r = backups.create_vm_backup(root_volume_uuid="x", backup_storage_uuid="y", name="b1")
        for backup in r.inventories or []:
            for ref in backup.backup_storage_refs or []:
                path: str | None = ref.install_path
                print(path)
        backups.delete_vm_backup(group_uuid="g", backup_storage_uuids=["y"], delete_mode="Permissive")
        backups.sync_vm_backup(image_store_uuid="i")
        vms = client.vm_instances.query_vm_instance(
            conditions=["state=Running", ("name", "?=", ["a", "b"])],
            limit=50, sort_by="createDate", sort_direction="desc",
        )
        first: VmInstanceInventory | None = vms.inventories[0] if vms.inventories else None
        created: datetime | None = first.create_date if first else None
        print(created, vms.total)
        for vm in client.vm_instances.query_vm_instance_pages(conditions=["state=Running"], page_size=100):
            print(vm.uuid)
        try:
            client.vm_instances.start_vm_instance(uuid="u")
        except ZStackApiError as err:
            print(err.code, err.description, err.details, err.cause)
        try:
            backups.create_vm_backup(root_volume_uuid="x", backup_storage_uuid="y", name="n" * 300)
        except ZStackValidationError as bad:
            print(bad.api, bad.parameter, bad.constraint, bad.limit, bad.value)
        apis: list[str] | None = client.management_nodes.get_support_apis().support_apis
        print(apis)
        raw: dict[str, object] = client.request("GET", "/zones", params={"limit": 1})
        print(raw)
        client.logout()


async def amain() -> None:
    async with AsyncZStackClient("http://h:8080", access_key_id="a", access_key_secret="b") as client:
        vms = await client.vm_instances.query_vm_instance(limit=1, count=True)
        print(vms.total)
        async for vm in client.vm_instances.query_vm_instance_pages(page_size=10):
            print(vm.name)


main()
asyncio.run(amain())
"""
