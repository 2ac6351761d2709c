"""Result models: GetSupportAPIsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetSupportAPIsResult",
]


class GetSupportAPIsResult(ZStackModel):
    """The result of GetSupportAPIs (ZStack's `GetSupportAPIsResult`)."""

    error: ErrorCode | None = None

    support_apis: list[str] | None = None
