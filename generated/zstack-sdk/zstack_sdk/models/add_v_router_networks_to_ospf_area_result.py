"""Result models: AddVRouterNetworksToOspfAreaResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddVRouterNetworksToOspfAreaResult",
]


class AddVRouterNetworksToOspfAreaResult(ZStackModel):
    """The result of AddVRouterNetworksToOspfArea (ZStack's `AddVRouterNetworksToOspfAreaResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventories: list[Any] | None = None
