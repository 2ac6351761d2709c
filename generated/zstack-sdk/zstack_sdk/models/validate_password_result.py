"""Result models: ValidatePasswordResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ValidatePasswordResult",
]


class ValidatePasswordResult(ZStackModel):
    """The ``ValidatePasswordResult`` structure."""

    available: bool | None = None
