"""Result models: LongJobInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LongJobInventory",
]


class LongJobInventory(ZStackModel):
    """ZStack's `LongJobInventory`."""

    api_id: str | None = None
    """用于关联TaskProgress的APIID (since 2.2.4)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2.4)"""

    description: str | None = None
    """资源的详细描述 (since 2.2.4)"""

    execute_time: int | None = None
    """executeTime (since 3.7.0)"""

    job_data: str | None = None
    """任务数据 (since 2.2.4)"""

    job_name: str | None = None
    """任务名称 (since 2.2.4)"""

    job_result: str | None = None
    """任务结果 (since 2.2.4)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2.4)"""

    management_node_uuid: str | None = None
    """管理节点UUID (since 2.2.4)"""

    name: str | None = None
    """资源名称 (since 2.2.4)"""

    state: (
        Literal["Waiting", "Suspended", "Running", "Succeeded", "Canceling", "Canceled", "Failed"]
        | str
        | None
    ) = None
    """详情参考state (since 2.2.4)"""

    target_resource_uuid: str | None = None
    """目标资源UUID (since 2.2.4)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2.4)"""
