"""Result models: Operator (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Operator",
]


class Operator(ZStackModel):
    """The ``Operator`` structure."""

    name: str | None = None
    """资源名称 (since 2.3.1)"""

    op: str | None = None
    """op (since 2.3.1)"""

    ordinal: int | None = None
    """ordinal (since 2.3.1)"""
