"""Result models: GetGlobalConfigOptionsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .global_config_options import GlobalConfigOptions

__all__ = [
    "GetGlobalConfigOptionsResult",
]


class GetGlobalConfigOptionsResult(ZStackModel):
    """The result of GetGlobalConfigOptions (ZStack's `GetGlobalConfigOptionsResult`)."""

    error: ErrorCode | None = None

    options: GlobalConfigOptions | None = None
