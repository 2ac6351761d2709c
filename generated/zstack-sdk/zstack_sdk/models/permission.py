"""Result models: Permission (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Permission",
]


class Permission(ZStackModel):
    """The ``Permission`` structure."""

    allow: bool | None = None
    """是否有权限 (since 2.4.0)"""
