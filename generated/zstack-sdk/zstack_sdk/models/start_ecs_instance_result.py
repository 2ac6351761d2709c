"""Result models: StartEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "StartEcsInstanceResult",
]


class StartEcsInstanceResult(ZStackModel):
    """The result of StartEcsInstance (ZStack's `StartEcsInstanceResult`)."""

    error: ErrorCode | None = None
