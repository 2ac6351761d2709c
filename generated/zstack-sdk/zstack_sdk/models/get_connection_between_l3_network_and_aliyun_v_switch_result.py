"""Result models: GetConnectionBetweenL3NetworkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetConnectionBetweenL3NetworkAndAliyunVSwitchResult",
]


class GetConnectionBetweenL3NetworkAndAliyunVSwitchResult(ZStackModel):
    """The ``GetConnectionBetweenL3NetworkAndAliyunVSwitchResult`` structure."""

    inventories: list[Any] | None = None

    total: int | None = None
