"""Result models: SlbVmInstanceConfigTaskInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SlbVmInstanceConfigTaskInventory",
]


class SlbVmInstanceConfigTaskInventory(ZStackModel):
    """ZStack's `SlbVmInstanceConfigTaskInventory`."""

    config_version: int | None = None
    """configVersion (since 5.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    last_failed_reason: str | None = None
    """lastFailedReason (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    retry_number: int | None = None
    """retryNumber (since 5.1.0)"""

    status: Literal["Pending", "Starting", "Success", "Failed"] | str | None = None
    """详情参考status (since 5.1.0)"""

    task_data: str | None = None
    """taskData (since 5.1.0)"""

    task_name: str | None = None
    """taskName (since 5.1.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.1.0)"""
