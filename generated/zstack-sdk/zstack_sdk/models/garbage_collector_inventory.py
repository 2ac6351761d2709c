"""Result models: GarbageCollectorInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GarbageCollectorInventory",
]


class GarbageCollectorInventory(ZStackModel):
    """ZStack's `GarbageCollectorInventory`."""

    context: str | None = None
    """context (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_node_uuid: str | None = None
    """managementNodeUuid (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    runner_class: str | None = None
    """runnerClass (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
