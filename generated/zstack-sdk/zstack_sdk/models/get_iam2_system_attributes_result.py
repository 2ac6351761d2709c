"""Result models: GetIAM2SystemAttributesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_system_attributes_inventory import IAM2SystemAttributesInventory

__all__ = [
    "GetIAM2SystemAttributesResult",
]


class GetIAM2SystemAttributesResult(ZStackModel):
    """The ``GetIAM2SystemAttributesResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventories: list[IAM2SystemAttributesInventory] | None = None
    """详情参考inventories (since 2.4.0)"""
