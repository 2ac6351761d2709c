"""Result models: QuerySNSEmailAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_email_address_inventory import SNSEmailAddressInventory

__all__ = [
    "QuerySNSEmailAddressResult",
]


class QuerySNSEmailAddressResult(ZStackModel):
    """The result of QuerySNSEmailAddress (ZStack's `QuerySNSEmailAddressResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[SNSEmailAddressInventory] | None = None
    """详情参考inventories (since 3.7.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None
