"""Result models: QuotaUsage (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "QuotaUsage",
]


class QuotaUsage(ZStackModel):
    """ZStack's `QuotaUsage`."""

    name: str | None = None
    """资源名称 (since 0.6)"""

    total: int | None = None
    """配额总量 (since 0.6)"""

    used: int | None = None
    """配额已用量 (since 0.6)"""
