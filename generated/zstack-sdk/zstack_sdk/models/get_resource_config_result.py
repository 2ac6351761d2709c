"""Result models: GetResourceConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_config_inventory import ResourceConfigInventory

__all__ = [
    "GetResourceConfigResult",
]


class GetResourceConfigResult(ZStackModel):
    """The result of GetResourceConfig (ZStack's `GetResourceConfigResult`)."""

    effective_configs: list[ResourceConfigInventory] | None = None
    """生效的设置列表，按优先级从高到低排序，详情参考effectiveConfigs (since 3.4.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    success: bool | None = None
    """success (since 3.4.0)"""

    value: str | None = None
    """配置的值 (since 3.4.0)"""
