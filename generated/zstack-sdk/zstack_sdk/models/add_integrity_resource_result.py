"""Result models: AddIntegrityResourceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIntegrityResourceResult",
]


class AddIntegrityResourceResult(ZStackModel):
    """The result of AddIntegrityResource (ZStack's `AddIntegrityResourceResult`)."""

    error: ErrorCode | None = None
