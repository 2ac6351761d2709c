"""Result models: UpdateHostIpmiResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_ipmi_inventory import HostIpmiInventory

__all__ = [
    "UpdateHostIpmiResult",
]


class UpdateHostIpmiResult(ZStackModel):
    """The result of UpdateHostIpmi (ZStack's `UpdateHostIpmiResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    host_ipmi_inventory: HostIpmiInventory | None = None
    """详情参考hostIpmiInventory (since 4.7.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""
