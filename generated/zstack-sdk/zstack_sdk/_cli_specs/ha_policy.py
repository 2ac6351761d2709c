"""Chapter ha_policy: 1 APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
    "UpdateHaStrategyCondition": {
        "summary": "更新高可用策略",
        "method": "PUT",
        "path": "/ha-strategy-condition/{uuid}/actions",
        "async": True,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "uuid",
                "kind": "string",
                "location": "path",
                "required": True,
                "since": "4.7.0",
                "description": "资源的UUID，唯一标示该资源",
            },
            {
                "wire": "name",
                "kind": "string",
                "location": "body",
                "since": "4.7.0",
                "description": "资源名称",
                "checks": {"maxLength": 255},
            },
            {
                "wire": "state",
                "kind": "string",
                "location": "body",
                "since": "4.7.0",
                "description": "状态",
            },
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "root",
                "items": "string",
                "since": "4.7.0",
                "description": "系统标签",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "root",
                "items": "string",
                "since": "4.7.0",
                "description": "用户标签",
            },
        ],
        "since": "4.7.0",
    },
}
