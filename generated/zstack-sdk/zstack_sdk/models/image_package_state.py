"""Result models: ImagePackageState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "ImagePackageState",
]


class ImagePackageState(ZStackModel):
    """The ``ImagePackageState`` structure."""

    exported: ImagePackageState | None = Field(None, alias="Exported")
    """已导出 (since 4.4.6)"""

    exporting: ImagePackageState | None = Field(None, alias="Exporting")
    """导出中 (since 4.4.6)"""
