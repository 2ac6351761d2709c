"""Result models: Attribute (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .state import State

__all__ = [
    "Attribute",
]


class Attribute(ZStackModel):
    """The ``Attribute`` structure."""

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    organization_uuid: str | None = None
    """organizationUuid (since 2.4.0)"""

    type: State | None = None
    """详情参考type (since 2.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.4.0)"""

    value: str | None = None
    """value (since 2.4.0)"""
