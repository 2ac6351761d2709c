"""Result models: VmSchedHistoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmSchedHistoryInventory",
]


class VmSchedHistoryInventory(ZStackModel):
    """ZStack's `VmSchedHistoryInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.4.24)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.4.24)"""

    dest_host_uuid: str | None = None
    """destHostUuid (since 4.4.24)"""

    fail_reason: str | None = None

    id: int | None = None

    last_host_uuid: str | None = None
    """lastHostUuid (since 4.4.24)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.4.24)"""

    sched_reason: str | None = None

    sched_type: str | None = None
    """schedType (since 4.4.24)"""

    success: bool | None = None
    """success (since 4.4.24)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.4.24)"""

    zone_uuid: str | None = None
