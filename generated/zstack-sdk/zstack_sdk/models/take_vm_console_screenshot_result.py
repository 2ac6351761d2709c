"""Result models: TakeVmConsoleScreenshotResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TakeVmConsoleScreenshotResult",
]


class TakeVmConsoleScreenshotResult(ZStackModel):
    """The ``TakeVmConsoleScreenshotResult`` structure."""

    image_data: str | None = None
