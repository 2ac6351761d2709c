"""Result models: GetHostIommuStatusResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_iommu_status_type import HostIommuStatusType

__all__ = [
    "GetHostIommuStatusResult",
]


class GetHostIommuStatusResult(ZStackModel):
    """The ``GetHostIommuStatusResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    status: HostIommuStatusType | None = None
    """详情参考status (since 2.1)"""

    success: bool | None = None
    """success (since 2.1)"""
