"""Result models: GetVmsCapabilitiesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_capabilities import VmCapabilities

__all__ = [
    "GetVmsCapabilitiesResult",
]


class GetVmsCapabilitiesResult(ZStackModel):
    """The result of GetVmsCapabilities (ZStack's `GetVmsCapabilitiesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    vms_caps: dict[str, VmCapabilities] | None = None
    """详情参考vmsCaps (since 4.0.0)"""
