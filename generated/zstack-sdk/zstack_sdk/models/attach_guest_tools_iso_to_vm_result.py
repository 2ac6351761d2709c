"""Result models: AttachGuestToolsIsoToVmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachGuestToolsIsoToVmResult",
]


class AttachGuestToolsIsoToVmResult(ZStackModel):
    """The result of AttachGuestToolsIsoToVm (ZStack's `AttachGuestToolsIsoToVmResult`)."""

    error: ErrorCode | None = None
