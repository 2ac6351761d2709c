"""Result models: QueryIAM2OrganizationProjectRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_organization_project_ref_inventory import IAM2OrganizationProjectRefInventory

__all__ = [
    "QueryIAM2OrganizationProjectRefResult",
]


class QueryIAM2OrganizationProjectRefResult(ZStackModel):
    """The result of QueryIAM2OrganizationProjectRef (ZStack's `QueryIAM2OrganizationProjectRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[IAM2OrganizationProjectRefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
