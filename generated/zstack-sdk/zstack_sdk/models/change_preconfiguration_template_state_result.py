"""Result models: ChangePreconfigurationTemplateStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .preconfiguration_template_inventory import PreconfigurationTemplateInventory

__all__ = [
    "ChangePreconfigurationTemplateStateResult",
]


class ChangePreconfigurationTemplateStateResult(ZStackModel):
    """The result of ChangePreconfigurationTemplateState (ZStack's `ChangePreconfigurationTemplateStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventory: PreconfigurationTemplateInventory | None = None
    """详情参考inventory (since 3.4.0)"""
