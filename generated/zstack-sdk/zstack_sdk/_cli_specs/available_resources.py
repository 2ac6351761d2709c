"""Chapter available_resources: 1 APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
    "GetCpuMemoryCapacity": {
        "summary": "获取CPU和内存容量",
        "method": "GET",
        "path": "/hosts/capacities/cpu-memory",
        "async": False,
        "query": False,
        "auth": True,
        "params": [
            {
                "wire": "zoneUuids",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
                "description": "区域的UUID",
            },
            {
                "wire": "clusterUuids",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
                "description": "集群的UUID。用于挂载网络、存储等",
            },
            {
                "wire": "hostUuids",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
                "description": "物理机的UUID。用于添加、删除host等",
            },
            {
                "wire": "all",
                "kind": "boolean",
                "location": "query",
                "since": "0.6",
                "description": "all默认为false，此时区域UUID，集群UUID,物理机UUID必须有一个不为空，或者全部都填写 all设置为true时，区域UUID、集群UUID、物理机UUID均可不填",
            },
            {
                "wire": "hypervisorType",
                "kind": "string",
                "location": "query",
                "since": "0.6",
                "checks": {"enum": ["KVM", "ESX"]},
            },
            {
                "wire": "systemTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
                "description": "系统标签",
            },
            {
                "wire": "userTags",
                "kind": "list",
                "location": "query",
                "items": "string",
                "since": "0.6",
                "description": "用户标签",
            },
        ],
        "since": "0.6",
    },
}
