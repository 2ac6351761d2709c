"""Result models: GetIAM2ProjectsOfVirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIAM2ProjectsOfVirtualIDResult",
]


class GetIAM2ProjectsOfVirtualIDResult(ZStackModel):
    """The result of GetIAM2ProjectsOfVirtualID (ZStack's `GetIAM2ProjectsOfVirtualIDResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
