"""Result models: Permission (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Permission",
]


class Permission(ZStackModel):
    """The ``Permission`` structure."""

    allow: bool | None = None
    """是否有权限 (since 2.4.0)"""
