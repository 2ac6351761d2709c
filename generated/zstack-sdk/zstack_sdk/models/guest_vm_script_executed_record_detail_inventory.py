"""Result models: GuestVmScriptExecutedRecordDetailInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GuestVmScriptExecutedRecordDetailInventory",
]


class GuestVmScriptExecutedRecordDetailInventory(ZStackModel):
    """ZStack's `GuestVmScriptExecutedRecordDetailInventory`."""

    end_time: ZStackDateTime | None = None
    """结束时间 (since 5.2.0)"""

    err_cause: str | None = None
    """错误原因 (since 5.2.0)"""

    exit_code: int | None = None
    """退出code (since 5.2.0)"""

    record_uuid: str | None = None
    """记录UUID (since 5.2.0)"""

    start_time: ZStackDateTime | None = None
    """开始时间 (since 5.2.0)"""

    status: str | None = None
    """状态 (since 5.2.0)"""

    stderr: str | None = None
    """错误输出 (since 5.2.0)"""

    stdout: str | None = None
    """标准输出 (since 5.2.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.2.0)"""

    vm_name: str | None = None
    """云主机名称 (since 5.2.0)"""
