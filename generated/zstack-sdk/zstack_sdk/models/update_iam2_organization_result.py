"""Result models: UpdateIAM2OrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_organization_inventory import IAM2OrganizationInventory

__all__ = [
    "UpdateIAM2OrganizationResult",
]


class UpdateIAM2OrganizationResult(ZStackModel):
    """The result of UpdateIAM2Organization (ZStack's `UpdateIAM2OrganizationResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventory: IAM2OrganizationInventory | None = None
    """详情参考inventory (since 2.4.0)"""
