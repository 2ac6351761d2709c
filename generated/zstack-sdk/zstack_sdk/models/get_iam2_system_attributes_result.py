"""Result models: GetIAM2SystemAttributesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_attribute_inventory import IAM2AttributeInventory

__all__ = [
    "GetIAM2SystemAttributesResult",
]


class GetIAM2SystemAttributesResult(ZStackModel):
    """The result of GetIAM2SystemAttributes (ZStack's `GetIAM2SystemAttributesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventories: list[IAM2AttributeInventory] | None = None
    """详情参考inventories (since 2.4.0)"""
