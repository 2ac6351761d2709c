"""Result models: GetSupportedIdentityModelsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetSupportedIdentityModelsResult",
]


class GetSupportedIdentityModelsResult(ZStackModel):
    """The result of GetSupportedIdentityModels (ZStack's `GetSupportedIdentityModelsResult`)."""

    configs: list[str] | None = None

    error: ErrorCode | None = None
