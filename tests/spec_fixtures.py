"""Small hand-written catalogs for the spec tests."""

from __future__ import annotations

from typing import Any


def param(
    name: str,
    where: str,
    type_: str = "String",
    *,
    required: bool = False,
    since: str = "0.6",
    values: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "type": type_,
        "required": required,
        "since": since,
        "description": f"the {name}",
        "values": values or [],
    }


def field(
    name: str, type_: str = "String", since: str = "0.6", fields: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"name": name, "type": type_, "since": since, "description": "", "fields": fields or []}


VM_FIELDS = [
    field("uuid"),
    field("name"),
    field("memorySize", "Long"),
    field("createDate", "Timestamp"),
    field("vmNics", "List", fields=[field("uuid"), field("ip"), field("deviceId", "Integer")]),
]


def api(
    name: str,
    method: str,
    path: str,
    params: list[dict[str, Any]],
    *,
    body_key: str | None = None,
    fields: list[dict[str, Any]] | None = None,
    extra_paths: list[str] | None = None,
    example: Any = None,
    category: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "title": f"title of {name}",
        "category": category or ["云资源池", "云主机相关接口"],
        "description": None,
        "method": method,
        "path": path,
        "extra_paths": extra_paths or [],
        "body_key": body_key,
        "params": params,
        "response": {"empty": not fields, "example": example, "fields": fields or []},
        "system_tags": [],
        "source": {"file": "test.md", "line": 1},
    }


def tags(where: str) -> list[dict[str, Any]]:
    return [param("systemTags", where, "List"), param("userTags", where, "List")]


def small_catalog() -> dict[str, Any]:
    error = field("error", "ErrorCode", fields=[field("code"), field("cause", "ErrorCode")])
    vm = field("inventory", "VmInstanceInventory", fields=VM_FIELDS)
    apis = [
        api(
            "StartVmInstance",
            "PUT",
            "/zstack/v1/vm-instances/{uuid}/actions",
            [
                param("uuid", "path", required=True),
                param("hostUuid", "body", since="3.0.0"),
                *tags("body-root"),
            ],
            body_key="startVmInstance",
            fields=[error, vm],
            example={"inventory": {"uuid": "abc"}},
        ),
        api(
            "StopVmInstance",
            "PUT",
            "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
            [
                param("vmInstanceUuid", "path", required=True),
                param("type", "body", values=["grace", "cold"], since="4.2.0"),
                param("stopHA", "body", "Boolean", since="4.5.0"),
                *tags("body-root"),
            ],
            body_key="stopVmInstance",
            fields=[error, vm],
        ),
        api(
            "CreateVmInstance",
            "POST",
            "/zstack/v1/vm-instances",
            [
                param("name", "body", required=True),
                param("cpuNum", "body", "Integer"),
                param("memorySize", "body", "long"),
                param("dataDiskSizes", "body", "Set", since="4.5.0"),
                param("strategy", "body", values=["InstantStart", "CreateStopped"], since="4.1.0"),
                *tags("body-root"),
            ],
            body_key="params",
            fields=[error, vm],
        ),
        api(
            "QueryVmInstance",
            "GET",
            "/zstack/v1/vm-instances",
            [],
            extra_paths=["/zstack/v1/vm-instances/{uuid}"],
            fields=[
                error,
                field(
                    "inventories", "List", fields=[*VM_FIELDS, field("guestOsType", since="4.5.0")]
                ),
            ],
        ),
        api(
            "GetVmCapabilities",
            "GET",
            "/zstack/v1/vm-instances/{uuid}/capabilities",
            [
                param("uuid", "path", required=True),
                param("ids", "query", "List", since="4.8.0"),
                param("filter", "query", "Map", since="5.0.0"),
                param("limit", "query", "int", since="5.1.0"),
                *tags("query"),
            ],
            fields=[error, field("capabilities", "LinkedHashMap")],
        ),
        api(
            "DeleteVmInstance",
            "DELETE",
            "/zstack/v1/vm-instances/{uuid}",
            [
                param("uuid", "path", required=True),
                param("deleteMode", "query", values=["Permissive", "Enforcing"]),
                *tags("query"),
            ],
        ),
        api(
            "LogInByAccount",
            "PUT",
            "/zstack/v1/accounts/login",
            [
                param("accountName", "body", required=True),
                param("password", "body", required=True),
                *tags("body-root"),
            ],
            body_key="logInByAccount",
            fields=[
                error,
                field(
                    "inventory",
                    "SessionInventory",
                    fields=[field("uuid"), field("expiredDate", "Timestamp")],
                ),
            ],
            category=["访问控制", "账户相关接口"],
        ),
        api(
            "AttachIsoToVmInstance",
            "POST",
            "/zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}",
            [
                param("vmInstanceUuid", "path", required=True),
                param("isoUuid", "path", required=True),
                *tags("body-root"),
            ],
            fields=[error, vm],
        ),
    ]
    return {"format": "zstack-api-catalog/1", "apis": apis, "warnings": [], "pages": []}
