"""Result models: SupportedResourceStruct (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "SupportedResourceStruct",
]


class SupportedResourceStruct(ZStackModel):
    """ZStack's `SupportedResourceStruct`."""

    action_name: str | None = None
    """执行的操作名称 (since 2.6.0)"""

    name: str | None = None
    """资源名称 (since 2.6.0)"""

    resources: list[Any] | None = None
    """关联到的资源列表 (since 2.6.0)"""

    type: str | None = None
    """类型，可为Action或Resource (since 2.6.0)"""
