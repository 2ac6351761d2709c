"""Result models: HostIommuStatusType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "HostIommuStatusType",
]


class HostIommuStatusType(ZStackModel):
    """The ``HostIommuStatusType`` structure."""

    name: str | None = None
    """资源名称 (since 2.1)"""

    ordinal: int | None = None
    """ordinal (since 2.1)"""
