"""Chapter search: 1 APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
    "RefreshSearchIndexes": {
        "summary": "重新生成索引",
        "method": "GET",
        "path": "/search/indexes/refresh",
        "async": False,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "4.0.0",
                "description": "系统标签",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "4.0.0",
                "description": "用户标签",
            },
        ],
        "since": "4.0.0",
    },
}
