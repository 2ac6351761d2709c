"""Result models: GetResourceBindableConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_bindable_config_struct import ResourceBindableConfigStruct

__all__ = [
    "GetResourceBindableConfigResult",
]


class GetResourceBindableConfigResult(ZStackModel):
    """The result of GetResourceBindableConfig (ZStack's `GetResourceBindableConfigResult`)."""

    bindable_configs: list[ResourceBindableConfigStruct] | None = None
    """详情参考bindableConfigs (since 3.4.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""
