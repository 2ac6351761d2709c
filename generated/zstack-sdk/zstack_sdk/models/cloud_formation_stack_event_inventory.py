"""Result models: CloudFormationStackEventInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CloudFormationStackEventInventory",
]


class CloudFormationStackEventInventory(ZStackModel):
    """ZStack's `CloudFormationStackEventInventory`."""

    action: str | None = None
    """事件名称 (since 2.5.0)"""

    action_status: str | None = None
    """执行状态 (since 2.5.0)"""

    content: str | None = None
    """事件参数列表 (since 2.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.5.0)"""

    duration: str | None = None
    """事件持续时间 (since 2.5.0)"""

    id: int | None = None
    """事件id (since 2.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.5.0)"""

    resource_name: str | None = None
    """资源名称 (since 2.5.0)"""

    stack_uuid: str | None = None
    """堆栈UUID (since 2.5.0)"""
