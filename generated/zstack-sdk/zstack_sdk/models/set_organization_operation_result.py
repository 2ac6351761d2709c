"""Result models: SetOrganizationOperationResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetOrganizationOperationResult",
]


class SetOrganizationOperationResult(ZStackModel):
    """The result of SetOrganizationOperation (ZStack's `SetOrganizationOperationResult`)."""

    error: ErrorCode | None = None
