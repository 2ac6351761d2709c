"""Result models: AttachIAM2ProjectToIAM2OrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_inventory import IAM2ProjectInventory

__all__ = [
    "AttachIAM2ProjectToIAM2OrganizationResult",
]


class AttachIAM2ProjectToIAM2OrganizationResult(ZStackModel):
    """The result of AttachIAM2ProjectToIAM2Organization (ZStack's `AttachIAM2ProjectToIAM2OrganizationResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: IAM2ProjectInventory | None = None
    """详情参考inventory (since 3.6.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""
