"""Result models: ValidatePasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ValidatePasswordResult",
]


class ValidatePasswordResult(ZStackModel):
    """The ``ValidatePasswordResult`` structure."""

    available: bool | None = None
