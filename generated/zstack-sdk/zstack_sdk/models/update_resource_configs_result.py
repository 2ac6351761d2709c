"""Result models: UpdateResourceConfigsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_config_struct import ResourceConfigStruct

__all__ = [
    "UpdateResourceConfigsResult",
]


class UpdateResourceConfigsResult(ZStackModel):
    """The result of UpdateResourceConfigs (ZStack's `UpdateResourceConfigsResult`)."""

    error: ErrorCode | None = None

    inventories: list[ResourceConfigStruct] | None = None
