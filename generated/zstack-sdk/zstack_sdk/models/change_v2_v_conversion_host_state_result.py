"""Result models: ChangeV2VConversionHostStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v2_v_conversion_host_inventory import V2VConversionHostInventory

__all__ = [
    "ChangeV2VConversionHostStateResult",
]


class ChangeV2VConversionHostStateResult(ZStackModel):
    """The result of ChangeV2VConversionHostState (ZStack's `ChangeV2VConversionHostStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.1)"""

    inventory: V2VConversionHostInventory | None = None
    """详情参考inventory (since 3.0.1)"""
