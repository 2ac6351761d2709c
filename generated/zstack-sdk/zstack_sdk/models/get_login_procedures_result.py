"""Result models: GetLoginProceduresResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetLoginProceduresResult",
]


class GetLoginProceduresResult(ZStackModel):
    """The ``GetLoginProceduresResult`` structure."""

    procedures: list[Any] | None = None
