"""Result models: AddIntegrityResourceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIntegrityResourceResult",
]


class AddIntegrityResourceResult(ZStackModel):
    """The result of AddIntegrityResource (ZStack's `AddIntegrityResourceResult`)."""

    error: ErrorCode | None = None
