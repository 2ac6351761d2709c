"""Result models: AccessKeyState (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "AccessKeyState",
]


class AccessKeyState(ZStackModel):
    """The ``AccessKeyState`` structure."""

    name: str | None = None
    """资源名称 (since 3.2.0)"""

    ordinal: int | None = None
    """ordinal (since 3.2.0)"""
