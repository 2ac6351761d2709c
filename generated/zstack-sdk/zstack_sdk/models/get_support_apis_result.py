"""Result models: GetSupportAPIsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetSupportAPIsResult",
]


class GetSupportAPIsResult(ZStackModel):
    """The ``GetSupportAPIsResult`` structure."""

    support_apis: list[Any] | None = None
