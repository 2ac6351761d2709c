"""Result models: TakeVmConsoleScreenshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "TakeVmConsoleScreenshotResult",
]


class TakeVmConsoleScreenshotResult(ZStackModel):
    """The ``TakeVmConsoleScreenshotResult`` structure."""

    image_data: str | None = None
