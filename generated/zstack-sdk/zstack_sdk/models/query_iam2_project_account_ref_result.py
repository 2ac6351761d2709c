"""Result models: QueryIAM2ProjectAccountRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_account_ref_inventory import IAM2ProjectAccountRefInventory

__all__ = [
    "QueryIAM2ProjectAccountRefResult",
]


class QueryIAM2ProjectAccountRefResult(ZStackModel):
    """The result of QueryIAM2ProjectAccountRef (ZStack's `QueryIAM2ProjectAccountRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[IAM2ProjectAccountRefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
