"""Result models: IpSetType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "IpSetType",
]


class IpSetType(ZStackModel):
    """The ``IpSetType`` structure."""

    ip: IpSetType | None = None
    """ip (since 4.0.0)"""

    port: IpSetType | None = None
    """port (since 4.0.0)"""
