"""Result models: Label (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Label",
]


class Label(ZStackModel):
    """The ``Label`` structure."""

    key: str | None = None
    """标签键 (since 2.3)"""

    operator: str | None = None
    """比较符 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""

    value: str | None = None
    """标签值 (since 2.3)"""
