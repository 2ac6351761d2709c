"""Result models: ErrorCode (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "ErrorCode",
]


class ErrorCode(ZStackModel):
    """A ZStack error; `cause` is the error that caused it."""

    cause: ErrorCode | None = None
    """The root error that caused this one"""

    code: str | None = None
    """Global error code, e.g. SYS.1000, HOST.1001"""

    cost: str | None = None
    """Time spent before the error"""

    description: str | None = None
    """Summary of the error"""

    details: str | None = None
    """Details of the error"""

    elaboration: str | None = None
    """Reserved, usually null"""

    location: str | None = None
    """Where the error was raised"""

    opaque: dict[str, Any] | None = None
    """Reserved, usually null"""
