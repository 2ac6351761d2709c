"""Result models: GuestVmScriptExecutedRecordInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GuestVmScriptExecutedRecordInventory",
]


class GuestVmScriptExecutedRecordInventory(ZStackModel):
    """ZStack's `GuestVmScriptExecutedRecordInventory`."""

    end_time: ZStackDateTime | None = None
    """结束时间 (since 5.2.0)"""

    execution_count: int | None = None
    """执行次数 (since 5.2.0)"""

    executor: str | None = None
    """执行人 (since 5.2.0)"""

    record_name: str | None = None
    """记录名称 (since 5.2.0)"""

    render_params: str | None = None

    script_content: str | None = None
    """脚本内容 (since 5.2.0)"""

    script_timeout: int | None = None
    """超时时间 (since 5.2.0)"""

    script_uuid: str | None = None
    """脚本UUID (since 5.2.0)"""

    start_time: ZStackDateTime | None = None
    """开始时间 (since 5.2.0)"""

    status: str | None = None
    """状态 (since 5.2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.2.0)"""

    version: int | None = None
    """版本 (since 5.2.0)"""
