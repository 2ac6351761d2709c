"""Result models: AddSNSFeiShuAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_fei_shu_at_person_inventory import SNSFeiShuAtPersonInventory

__all__ = [
    "AddSNSFeiShuAtPersonResult",
]


class AddSNSFeiShuAtPersonResult(ZStackModel):
    """The result of AddSNSFeiShuAtPerson (ZStack's `AddSNSFeiShuAtPersonResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    inventory: SNSFeiShuAtPersonInventory | None = None
    """详情参考inventory (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
