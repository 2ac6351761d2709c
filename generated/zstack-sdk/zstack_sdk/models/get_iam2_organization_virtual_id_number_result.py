"""Result models: GetIAM2OrganizationVirtualIDNumberResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIAM2OrganizationVirtualIDNumberResult",
]


class GetIAM2OrganizationVirtualIDNumberResult(ZStackModel):
    """The result of GetIAM2OrganizationVirtualIDNumber (ZStack's `GetIAM2OrganizationVirtualIDNumberResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    success: bool | None = None
    """success (since 4.0.0)"""

    virtual_direct_number: int | None = None
    """virtualDirectNumber (since 4.0.0)"""

    virtual_total_number: int | None = None
    """virtualTotalNumber (since 4.0.0)"""
