"""Result models: CreateAutoScalingVmTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_template_inventory import AutoScalingTemplateInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAutoScalingVmTemplateResult",
]


class CreateAutoScalingVmTemplateResult(ZStackModel):
    """The result of CreateAutoScalingVmTemplate (ZStack's `CreateAutoScalingTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: AutoScalingTemplateInventory | None = None
    """详情参考inventory (since 3.1.0)"""
