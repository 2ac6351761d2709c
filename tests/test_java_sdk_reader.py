"""The ZStack Java SDK reader (``reconcile``) against hand-written SDK sources.

The fixture tree under ``fixtures/java_sdk`` holds SDK files written in the
shape ZStack's generator gives them. The records expected from it are written
out below by hand; for the classes that exist in the shared SDK oracle the
fixtures copy its facts, so the reader's output must also equal the oracle.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from zstack_openapi.reconcile import load_sdk_facts, read_java_sdk
from zstack_openapi.reconcile.sdk_actions import default_value
from zstack_openapi.reconcile.sdk_model import TOP_LEVEL_KEYS, SdkFacts

FIXTURE_ROOT = Path(__file__).resolve().parent / "fixtures" / "java_sdk"
JAVA_ROOT = FIXTURE_ROOT / "sdk" / "src" / "main" / "java"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SDK_ORACLE = SHARED / "oracles" / "zstack-java-sdk-truth.json"
HEDER = "org.zstack.heder.storage.volume.backup"
MAX_LONG = 9223372036854775807


def _param(
    name: str,
    java_type: str,
    location: str,
    *,
    required: bool,
    api_param: bool = True,
    **overrides: Any,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "name": name,
        "java_type": java_type,
        "location": location,
        "required": required,
        "valid_values": None,
        "valid_regex": None,
        "max_length": None,
        "min_length": None,
        "non_empty": False,
        "null_elements": False,
        "empty_string": True,
        "number_range": None,
        "number_range_unit": None,
        "no_trim": False,
        "api_param": api_param,
    }
    record.update(overrides)
    return record


def _tags(location: str) -> list[dict[str, Any]]:
    return [
        _param("systemTags", "java.util.List", location, required=False, api_param=False),
        _param("userTags", "java.util.List", location, required=False, api_param=False),
    ]


def _bandwidth(name: str) -> dict[str, Any]:
    return _param(
        name,
        "java.lang.Long",
        "body",
        required=False,
        number_range=[1024, MAX_LONG],
        number_range_unit=["Bps", "Bps"],
    )


def _query_param(name: str, java_type: str, **overrides: Any) -> dict[str, Any]:
    overrides.setdefault("required", False)
    overrides.setdefault("api_param", False)
    return _param(name, java_type, "query", declared_in="QueryAction", **overrides)


def _api(
    name: str, package: str, *, method: str, sdk_path: str, path_vars: list[str], **facts: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "api": name,
        "method": method,
        "path": "/zstack/v1" + sdk_path,
        "path_vars": path_vars,
        "extends": "AbstractAction",
        "is_query": False,
        "result_class": f"{name}Result",
        "result_class_fqn": f"{package}.{name}Result",
        "java_class": f"{package}.{name}Action",
        "sdk_path": sdk_path,
        "source_file": f"sdk/src/main/java/{package.replace('.', '/')}/{name}Action.java",
        "non_api_params": ["pollingInterval", "timeout"],
        "need_session": True,
        "need_poll": True,
    }
    record.update(facts)
    return record


PASSWORD_REGEX = "[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:\"<>?]{1,}"

EXPECTED_APIS: list[dict[str, Any]] = [
    _api(
        "ChangeBareMetal2InstancePassword",
        "org.zstack.sdk",
        method="PUT",
        sdk_path="/baremetal2/bm-instances/{uuid}/action",
        path_vars=["uuid"],
        body_key="changeBareMetal2InstancePassword",
        parameter_name_raw="changeBareMetal2InstancePassword",
        params=[
            _param("uuid", "java.lang.String", "url", required=True),
            _param(
                "username", "java.lang.String", "body", required=True, non_empty=True, no_trim=True
            ),
            _param(
                "password",
                "java.lang.String",
                "body",
                required=True,
                valid_regex=PASSWORD_REGEX,
                max_length=32,
                no_trim=True,
            ),
            *_tags("body"),
        ],
    ),
    _api(
        "CreateVmBackup",
        HEDER,
        method="POST",
        sdk_path="/volumes/{rootVolumeUuid}/vm-backups",
        path_vars=["rootVolumeUuid"],
        body_key="params",
        parameter_name_raw="params",
        params=[
            _param("rootVolumeUuid", "java.lang.String", "url", required=True),
            _param("backupStorageUuid", "java.lang.String", "body", required=True),
            _param("name", "java.lang.String", "body", required=True, max_length=255),
            _param("description", "java.lang.String", "body", required=False, max_length=2048),
            _param("mode", "java.lang.String", "body", required=False, valid_values=["full"]),
            _bandwidth("volumeReadBandwidth"),
            _bandwidth("volumeWriteBandwidth"),
            _bandwidth("networkReadBandwidth"),
            _bandwidth("networkWriteBandwidth"),
            _param("resourceUuid", "java.lang.String", "body", required=False, api_param=False),
            _param("tagUuids", "java.util.List", "body", required=False),
            *_tags("body"),
        ],
    ),
    _api(
        "DeleteVmBackup",
        HEDER,
        method="DELETE",
        sdk_path="/vm-backups/{groupUuid}",
        path_vars=["groupUuid"],
        body_key=None,
        parameter_name_raw="",
        params=[
            _param("groupUuid", "java.lang.String", "url", required=True),
            _param("backupStorageUuids", "java.util.List", "query", required=False, non_empty=True),
            _param("handleDependency", "boolean", "query", required=False, default=False),
            _param(
                "deleteMode",
                "java.lang.String",
                "query",
                required=False,
                api_param=False,
                default="Permissive",
            ),
            *_tags("query"),
        ],
    ),
    _api(
        "LogInByAccount",
        "org.zstack.sdk",
        method="PUT",
        sdk_path="/accounts/login",
        path_vars=[],
        body_key="logInByAccount",
        parameter_name_raw="logInByAccount",
        need_session=False,
        need_poll=False,
        non_api_params=["isSuppressCredentialCheck"],
        result_class="LogInResult",
        result_class_fqn="org.zstack.sdk.LogInResult",
        params=[
            _param("accountName", "java.lang.String", "body", required=True),
            _param("password", "java.lang.String", "body", required=True),
            _param("accountType", "java.lang.String", "body", required=False),
            _param("captchaUuid", "java.lang.String", "body", required=False),
            _param("verifyCode", "java.lang.String", "body", required=False),
            _param("clientInfo", "java.util.Map", "body", required=False),
            *_tags("body"),
        ],
    ),
    _api(
        "QueryVmInstance",
        "org.zstack.sdk",
        method="GET",
        sdk_path="/vm-instances",
        path_vars=[],
        extends="QueryAction",
        is_query=True,
        body_key=None,
        parameter_name_raw="",
        need_poll=False,
        non_api_params=[],
        params=[
            _query_param(
                "conditions",
                "java.util.List<String>",
                required=True,
                api_param=True,
                default={"expr": "new ArrayList<>()"},
            ),
            _query_param("limit", "java.lang.Integer"),
            _query_param("start", "java.lang.Integer"),
            _query_param("count", "Boolean"),
            _query_param("groupBy", "java.lang.String"),
            _query_param("replyWithCount", "Boolean"),
            _query_param("sortBy", "java.lang.String"),
            _query_param(
                "sortDirection", "java.lang.String", api_param=True, valid_values=["asc", "desc"]
            ),
            _query_param("fields", "java.util.List"),
            _query_param("filterName", "String"),
        ],
    ),
]


def _fields(*pairs: tuple[str, str], declared_in: str | None = None) -> list[dict[str, str]]:
    fields = [{"name": name, "java_type": java_type} for name, java_type in pairs]
    if declared_in is not None:
        for field in fields:
            field["declared_in"] = declared_in
    return fields


STRING = "java.lang.String"
TIMESTAMP = "java.sql.Timestamp"

EXPECTED_STRUCTS: dict[str, list[dict[str, str]]] = {
    "CreateVmBackupResult": _fields(("inventories", "java.util.List")),
    "DeleteVmBackupResult": [],
    "LogInResult": _fields(("inventory", "SessionInventory")),
    "QueryVmInstanceResult": _fields(
        ("inventories", "java.util.List"), ("total", "java.lang.Long")
    ),
    "SessionInventory": _fields(
        ("uuid", STRING),
        ("accountUuid", STRING),
        ("userUuid", STRING),
        ("userType", STRING),
        ("expiredDate", TIMESTAMP),
        ("createDate", TIMESTAMP),
    ),
    "VolumeBackupInventory": _fields(
        ("uuid", STRING),
        ("volumeUuid", STRING),
        ("name", STRING),
        ("description", STRING),
        ("type", STRING),
        ("state", STRING),
        ("status", STRING),
        ("size", "java.lang.Long"),
        ("metadata", STRING),
        ("groupUuid", STRING),
        ("mode", "BackupMode"),
        ("vmInstanceUuid", STRING),
        ("createDate", TIMESTAMP),
        ("lastOpDate", TIMESTAMP),
        ("backupStorageRefs", "java.util.List"),
    ),
}


def _meta(kind: str, java_class: str, source_class: str | None = None) -> dict[str, Any]:
    return {
        "kind": kind,
        "java_class": java_class,
        "extends": None,
        "source_class": source_class,
        "source_file": f"sdk/src/main/java/{java_class.replace('.', '/')}.java",
    }


EXPECTED_STRUCT_META: dict[str, dict[str, Any]] = {
    "CreateVmBackupResult": _meta("result", f"{HEDER}.CreateVmBackupResult"),
    "DeleteVmBackupResult": _meta("result", f"{HEDER}.DeleteVmBackupResult"),
    "LogInResult": _meta("result", "org.zstack.sdk.LogInResult"),
    "QueryVmInstanceResult": _meta("result", "org.zstack.sdk.QueryVmInstanceResult"),
    "SessionInventory": _meta(
        "inventory",
        "org.zstack.sdk.SessionInventory",
        "org.zstack.header.identity.SessionInventory",
    ),
    "VolumeBackupInventory": _meta(
        "inventory",
        "org.zstack.sdk.VolumeBackupInventory",
        "org.zstack.header.storage.backup.VolumeBackupInventory",
    ),
}

ERROR_CODE_FIELDS = (
    ("code", STRING),
    ("description", STRING),
    ("details", STRING),
    ("elaboration", STRING),
    ("location", STRING),
    ("cost", STRING),
    ("cause", "ErrorCode"),
    ("opaque", "java.util.LinkedHashMap"),
)

EXPECTED_OTHER_STRUCTS: dict[str, list[dict[str, str]]] = {
    "AliyunErrorCode": _fields(*ERROR_CODE_FIELDS, declared_in="ErrorCode"),
    "ErrorCode": _fields(*ERROR_CODE_FIELDS),
}

EXPECTED_ENUMS = {"BackupMode": ["full", "incremental", "auto"]}


@pytest.fixture(scope="module")
def facts() -> SdkFacts:
    return read_java_sdk(FIXTURE_ROOT)


@pytest.fixture(scope="module")
def oracle() -> dict[str, Any]:
    if not SDK_ORACLE.is_file():
        pytest.skip(
            f"{SDK_ORACLE} is absent: the shared ZStack material lives next to the checkout"
        )
    data: dict[str, Any] = json.loads(SDK_ORACLE.read_text(encoding="utf-8"))
    return data


def _copy_fixture_tree(tmp_path: Path) -> Path:
    root = tmp_path / "zstack"
    shutil.copytree(FIXTURE_ROOT, root)
    return root


def _write_action(root: Path, name: str, source: str) -> str:
    rel = f"org/zstack/sdk/{name}.java"
    (root / "sdk" / "src" / "main" / "java" / rel).write_text(source, encoding="utf-8")
    return rel


def _action_source(
    name: str, rest_info: str, fields: str = "", base: str = "AbstractAction"
) -> str:
    return f"""package org.zstack.sdk;

public class {name} extends {base} {{
    public static class Result {{
        public ErrorCode error;
        public org.zstack.sdk.QueryVmInstanceResult value;
    }}
{fields}
    protected RestInfo getRestInfo() {{
        RestInfo info = new RestInfo();
{rest_info}
        return info;
    }}
}}
"""


def test_apis_are_exactly_the_expected_records(facts: SdkFacts) -> None:
    assert facts["apis"] == EXPECTED_APIS


def test_structs_and_their_meta_are_exactly_the_expected_records(facts: SdkFacts) -> None:
    assert facts["structs"] == EXPECTED_STRUCTS
    assert facts["struct_meta"] == EXPECTED_STRUCT_META


def test_other_structs_inherit_fields_with_declared_in(facts: SdkFacts) -> None:
    assert facts["other_structs"] == EXPECTED_OTHER_STRUCTS


def test_enums(facts: SdkFacts) -> None:
    assert facts["enums"] == EXPECTED_ENUMS


def test_meta_counts_skips_and_no_warnings(facts: SdkFacts) -> None:
    meta = facts["meta"]
    assert set(facts) == set(TOP_LEVEL_KEYS)
    assert meta["warnings"] == []
    assert meta["unparsed_files"] == []
    assert meta["skipped_files"] == [
        {"file": "SourceClassMap.java", "why": "SDK base/runtime class"},
        {"file": "org/zstack/sdk/QueryAction.java", "why": "SDK base/runtime class"},
    ]
    assert (meta["files_total"], meta["files_parsed"], meta["files_unparsed"]) == (16, 16, 0)
    assert (meta["apis"], meta["action_files"], meta["query_apis"]) == (5, 6, 1)
    assert meta["methods"] == {"DELETE": 1, "GET": 1, "POST": 1, "PUT": 2}
    assert meta["body_keys"] == {"null": 2, "other": 2, "params": 1}
    assert (meta["params_total"], meta["params_total_excluding_query_inherited"]) == (42, 32)
    assert (meta["structs"], meta["structs_result"], meta["structs_inventory"]) == (6, 4, 2)
    assert (meta["enums"], meta["other_structs"]) == (1, 2)
    assert meta["sdk_root"] == "sdk/src/main/java/"
    assert meta["source"] == str(FIXTURE_ROOT.resolve())
    assert meta["duplicate_api_names"] == []
    assert meta["result_classes_unreferenced"] == []


# What the shared oracle read from ZStack's server classes, beside the SDK's: the
# generics of raw containers, and a result's server class found through its request.
# The reader parses the SDK sources only, so it cannot know these.
SERVER_FIELD_FACTS = ("element_type", "key_type", "value_type")


def _sdk_side_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if k not in SERVER_FIELD_FACTS} for f in fields]


def _sdk_side_meta(meta: dict[str, Any]) -> dict[str, Any]:
    if "source_class_via" not in meta:
        return meta
    return {k: v for k, v in meta.items() if k != "source_class_via"} | {"source_class": None}


def test_fixture_records_equal_the_shared_oracle(facts: SdkFacts, oracle: dict[str, Any]) -> None:
    oracle_apis = {api["api"]: api for api in oracle["apis"]}
    for api in facts["apis"]:
        assert api == oracle_apis[api["api"]], api["api"]
    for name, fields in facts["structs"].items():
        assert fields == _sdk_side_fields(oracle["structs"][name]), name
        assert facts["struct_meta"][name] == _sdk_side_meta(oracle["struct_meta"][name]), name
    for name, fields in facts["other_structs"].items():
        assert fields == _sdk_side_fields(oracle["other_structs"][name]), name
    assert facts["enums"]["BackupMode"] == oracle["enums"]["BackupMode"]
    assert facts["meta"]["schema"] == oracle["meta"]["schema"]
    assert set(facts["meta"]) == set(oracle["meta"])
    # It says so, in the form the facts' schema gives for a read without server sources.
    assert set(facts["meta"]["element_types"]) == {"skipped"}


def test_the_oracle_differs_from_the_reader_only_by_server_facts(
    facts: SdkFacts, oracle: dict[str, Any]
) -> None:
    """The comparison above drops only what needs the server sources: somewhere in
    the fixture's classes the oracle does carry such facts, so the test is not vacuous."""
    names = set(facts["structs"]) | set(facts["other_structs"])
    fields = [
        f
        for name in names
        for f in oracle["structs"].get(name) or oracle["other_structs"].get(name) or []
    ]
    via = [n for n in facts["struct_meta"] if "source_class_via" in oracle["struct_meta"][n]]
    assert via or any(k in f for f in fields for k in SERVER_FIELD_FACTS)


def test_load_sdk_facts_reads_the_shared_json(oracle: dict[str, Any]) -> None:
    loaded = load_sdk_facts(SDK_ORACLE)
    assert len(loaded["apis"]) == 1905
    assert loaded["meta"]["apis"] == 1905


@pytest.mark.parametrize("root", [FIXTURE_ROOT, FIXTURE_ROOT / "sdk", JAVA_ROOT])
def test_load_sdk_facts_reads_a_source_tree_from_any_level(root: Path) -> None:
    loaded = load_sdk_facts(root)
    assert loaded["apis"] == EXPECTED_APIS
    assert loaded["structs"] == EXPECTED_STRUCTS


def test_action_without_rest_info_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    root = _copy_fixture_tree(tmp_path)
    rel = _write_action(
        root,
        "BrokenAction",
        "package org.zstack.sdk;\n\npublic class BrokenAction extends AbstractAction {\n}\n",
    )
    loaded = read_java_sdk(root)
    assert [w for w in loaded["meta"]["warnings"] if rel in w] == [
        f"{rel}: no getRestInfo() method"
    ]
    assert loaded["meta"]["unparsed_files"] == [rel]
    assert loaded["meta"]["files_unparsed"] == 1
    assert loaded["apis"] == EXPECTED_APIS


def test_unbalanced_source_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    root = _copy_fixture_tree(tmp_path)
    rel = _write_action(
        root, "TruncatedAction", "package org.zstack.sdk;\npublic class TruncatedAction {\n"
    )
    loaded = read_java_sdk(root)
    assert any(w.startswith(f"{rel}: ") for w in loaded["meta"]["warnings"])
    assert loaded["meta"]["unparsed_files"] == [rel]
    assert loaded["apis"] == EXPECTED_APIS


def test_path_variable_without_parameter_is_warned(tmp_path: Path) -> None:
    root = _copy_fixture_tree(tmp_path)
    rest_info = """        info.httpMethod = "GET";
        info.path = "/vm-instances/{vmInstanceUuid}/mdev-device-specs";
        info.needSession = true;
        info.needPoll = false;
        info.parameterName = "";"""
    rel = _write_action(
        root,
        "QueryVmInstanceMdevDeviceSpecRefAction",
        _action_source("QueryVmInstanceMdevDeviceSpecRefAction", rest_info, base="QueryAction"),
    )
    loaded = read_java_sdk(root)
    assert loaded["meta"]["warnings"] == [
        f"{rel}: path variable {{vmInstanceUuid}} is not a parameter"
    ]
    api = next(a for a in loaded["apis"] if a["api"] == "QueryVmInstanceMdevDeviceSpecRef")
    assert api["path_vars"] == ["vmInstanceUuid"]
    assert api["is_query"] is True
    assert [p["name"] for p in api["params"]] == [p["name"] for p in EXPECTED_APIS[-1]["params"]]


def test_parameter_name_null_means_no_body_key(tmp_path: Path) -> None:
    root = _copy_fixture_tree(tmp_path)
    rest_info = """        info.httpMethod = "POST";
        info.path = "/vm-instances/{vmInstanceUuid}/iso/{isoUuid}";
        info.needSession = true;
        info.needPoll = true;
        info.parameterName = "null";"""
    fields = """
    @Param(required = true, nonempty = false, nullElements = false, emptyString = true, noTrim = false)
    public java.lang.String vmInstanceUuid;

    @Param(required = true, nonempty = false, nullElements = false, emptyString = true, noTrim = false)
    public java.lang.String isoUuid;
"""
    _write_action(
        root,
        "AttachIsoToVmInstanceAction",
        _action_source("AttachIsoToVmInstanceAction", rest_info, fields),
    )
    api = next(a for a in read_java_sdk(root)["apis"] if a["api"] == "AttachIsoToVmInstance")
    assert (api["parameter_name_raw"], api["body_key"]) == ("null", None)
    assert [(p["name"], p["location"]) for p in api["params"]] == [
        ("vmInstanceUuid", "url"),
        ("isoUuid", "url"),
    ]


@pytest.mark.parametrize(
    ("initializer", "expected"),
    [
        ('"Permissive"', "Permissive"),
        ('"a\\"b\\\\c"', 'a"b\\c'),
        ("false", False),
        ("-1L", -1),
        ("1000", 1000),
        ("0.0", 0.0),
        ("new ArrayList<>()", {"expr": "new ArrayList<>()"}),
        ("SomeEnum.VALUE", {"expr": "SomeEnum.VALUE"}),
    ],
)
def test_default_values_of_initializers(initializer: str, expected: object) -> None:
    assert default_value(initializer) == expected


def test_bad_paths_raise_value_error_naming_the_path(tmp_path: Path) -> None:
    not_json = tmp_path / "notes.txt"
    not_json.write_text("not json", encoding="utf-8")
    wrong_shape = tmp_path / "wrong.json"
    wrong_shape.write_text(json.dumps({"apis": []}), encoding="utf-8")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    for bad in (tmp_path / "missing", not_json, wrong_shape, empty_dir):
        with pytest.raises(ValueError, match=str(bad.name)):
            load_sdk_facts(bad)
    with pytest.raises(ValueError, match="lacks enums, meta, other_structs, struct_meta, structs"):
        load_sdk_facts(wrong_shape)


def test_commit_and_version_come_from_the_repository(tmp_path: Path) -> None:
    root = _copy_fixture_tree(tmp_path)
    (root / "pom.xml").write_text(
        "<project><parent><version>1.0.0</version></parent>"
        "<artifactId>zstack</artifactId><version>5.2.0</version></project>",
        encoding="utf-8",
    )
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/master\n", encoding="utf-8")
    sha = "5a29293bd53c98a38488fb8b71d54531012d3dae"
    (git / "refs" / "heads" / "master").write_text(f"{sha}\n", encoding="utf-8")
    meta = read_java_sdk(root)["meta"]
    assert (meta["commit"], meta["repo_version"]) == (sha, "5.2.0")
    assert meta["source"] == str(root.resolve())
