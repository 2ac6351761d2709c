"""Result models: GetSupportedCloudFormationResourcesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .get_supported_cloud_formation_resources_resource import (
    GetSupportedCloudFormationResourcesResource,
)

__all__ = [
    "GetSupportedCloudFormationResourcesResult",
]


class GetSupportedCloudFormationResourcesResult(ZStackModel):
    """The ``GetSupportedCloudFormationResourcesResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    resources: list[GetSupportedCloudFormationResourcesResource] | None = None
    """详情参考resources (since 2.6.0)"""
