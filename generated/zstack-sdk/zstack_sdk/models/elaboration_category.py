"""Result models: ElaborationCategory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ElaborationCategory",
]


class ElaborationCategory(ZStackModel):
    """ZStack's `ElaborationCategory`."""

    category: str | None = None
    """目录名称 (since 4.5.0)"""

    num: int | None = None
    """目录下的错误码数目 (since 4.5.0)"""
