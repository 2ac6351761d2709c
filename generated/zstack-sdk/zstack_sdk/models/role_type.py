"""Result models: RoleType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "RoleType",
]


class RoleType(ZStackModel):
    """The ``RoleType`` structure."""

    name: str | None = None
    """资源名称 (since 0.6)"""

    ordinal: int | None = None
    """ordinal (since 0.6)"""
