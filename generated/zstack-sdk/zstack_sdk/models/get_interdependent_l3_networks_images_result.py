"""Result models: GetInterdependentL3NetworksImagesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetInterdependentL3NetworksImagesResult",
]


class GetInterdependentL3NetworksImagesResult(ZStackModel):
    """The result of GetInterdependentL3NetworksImages (ZStack's `GetInterdependentL3NetworkImageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[Any] | None = None
    """若输入参数是l3NetworkUuids，为镜像清单;若输入参数是imageUuid，为三层网络清单 (since 0.6)"""
