"""Result models: StatementEffect (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "StatementEffect",
]


class StatementEffect(ZStackModel):
    """The ``StatementEffect`` structure."""

    name: str | None = None
    """资源名称 (since 0.6)"""

    ordinal: int | None = None
    """序号 (since 0.6)"""
