"""Result models: QueryV2VConversionHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v2_v_conversion_host_inventory import V2VConversionHostInventory

__all__ = [
    "QueryV2VConversionHostResult",
]


class QueryV2VConversionHostResult(ZStackModel):
    """The result of QueryV2VConversionHost (ZStack's `QueryV2VConversionHostResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.1)"""

    inventories: list[V2VConversionHostInventory] | None = None
    """详情参考inventories (since 3.0.1)"""

    total: int | None = None
