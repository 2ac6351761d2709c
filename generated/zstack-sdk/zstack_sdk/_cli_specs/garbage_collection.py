"""Chapter garbage_collection: 3 APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
    "DeleteGCJob": {
        "summary": "删除垃圾回收任务",
        "method": "DELETE",
        "path": "/gc-jobs/{uuid}",
        "async": True,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "uuid",
                "kind": "string",
                "location": "path",
                "required": True,
                "since": "0.6",
                "description": "资源的UUID，唯一标示该资源",
            },
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
            },
        ],
        "since": "0.6",
    },
    "QueryGCJob": {
        "summary": "查询垃圾回收任务",
        "method": "GET",
        "path": "/gc-jobs",
        "async": False,
        "query": True,
        "auth": True,
        "params": [
            {"wire": "uuid", "kind": "string", "location": "path", "since": "0.6"},
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
            },
        ],
        "alt_paths": ["/gc-jobs/{uuid}"],
        "since": "0.6",
    },
    "TriggerGCJob": {
        "summary": "触发垃圾回收任务",
        "method": "PUT",
        "path": "/gc-jobs/{uuid}/actions",
        "async": True,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "uuid",
                "kind": "string",
                "location": "path",
                "required": True,
                "since": "0.6",
                "description": "资源的UUID，唯一标示该资源",
            },
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "root",
                "items": "string",
                "since": "0.6",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "root",
                "items": "string",
                "since": "0.6",
            },
        ],
        "since": "0.6",
    },
}
