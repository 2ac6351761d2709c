"""Result models: GetSupportedCloudFormationResourcesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .supported_resource_struct import SupportedResourceStruct

__all__ = [
    "GetSupportedCloudFormationResourcesResult",
]


class GetSupportedCloudFormationResourcesResult(ZStackModel):
    """The result of GetSupportedCloudFormationResources (ZStack's `GetSupportedCloudFormationResourcesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    resources: list[SupportedResourceStruct] | None = None
    """详情参考resources (since 2.6.0)"""
