"""Result models: AddL3NetworkToGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddL3NetworkToGroupResult",
]


class AddL3NetworkToGroupResult(ZStackModel):
    """The result of AddL3NetworkToGroup."""

    error: ErrorCode | None = None
