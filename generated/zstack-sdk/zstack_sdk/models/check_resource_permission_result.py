"""Result models: CheckResourcePermissionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "CheckResourcePermissionResult",
]


class CheckResourcePermissionResult(ZStackModel):
    """The ``CheckResourcePermissionResult`` structure."""

    apis: list[Any] | None = None
