"""Result models: CreateIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_inventory import IAM2ProjectInventory

__all__ = [
    "CreateIAM2ProjectResult",
]


class CreateIAM2ProjectResult(ZStackModel):
    """The result of CreateIAM2Project (ZStack's `CreateIAM2ProjectResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventory: IAM2ProjectInventory | None = None
    """详情参考inventory (since 2.4.0)"""

    success: bool | None = None
    """success (since 0.6)"""
