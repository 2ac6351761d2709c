"""Result models: GetResourceConfigsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_config_struct import ResourceConfigStruct

__all__ = [
    "GetResourceConfigsResult",
]


class GetResourceConfigsResult(ZStackModel):
    """The result of GetResourceConfigs (ZStack's `GetResourceConfigsResult`)."""

    configs: list[ResourceConfigStruct] | None = None

    error: ErrorCode | None = None
