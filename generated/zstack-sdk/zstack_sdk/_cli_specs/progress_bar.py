"""Chapter progress_bar: 1 APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
    "GetTaskProgress": {
        "summary": "获取任务进度",
        "method": "GET",
        "path": "/task-progresses/{apiId}",
        "async": False,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "apiId",
                "kind": "string",
                "location": "path",
                "required": True,
                "since": "1.11",
                "description": "任务对应的API ID",
            },
            {
                "wire": "all",
                "kind": "boolean",
                "location": "query",
                "since": "1.11",
                "description": "指定获取所有进度信息",
            },
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "1.11",
                "description": "系统标签",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "1.11",
                "description": "用户标签",
            },
        ],
        "since": "1.11",
    },
}
