"""Result models: ResourceType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ResourceType",
]


class ResourceType(ZStackModel):
    """The ``ResourceType`` structure."""

    name: str | None = None
    """资源类型(Resource或者Action) (since 3.0.0)"""

    ordinal: int | None = None
    """ordinal (since 3.0.0)"""
