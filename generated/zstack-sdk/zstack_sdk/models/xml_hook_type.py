"""Result models: XmlHookType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "XmlHookType",
]


class XmlHookType(ZStackModel):
    """The ``XmlHookType`` structure."""

    customization: XmlHookType | None = Field(None, alias="Customization")
    """Customization (since 5.2.0)"""

    system: XmlHookType | None = Field(None, alias="System")
    """System (since 5.2.0)"""
