"""Result models: QueryIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_inventory import IAM2ProjectInventory

__all__ = [
    "QueryIAM2ProjectResult",
]


class QueryIAM2ProjectResult(ZStackModel):
    """The result of QueryIAM2Project (ZStack's `QueryIAM2ProjectResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventories: list[IAM2ProjectInventory] | None = None
    """详情参考inventories (since 2.4.0)"""

    total: int | None = None
