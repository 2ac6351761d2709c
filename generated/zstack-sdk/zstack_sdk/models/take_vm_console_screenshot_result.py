"""Result models: TakeVmConsoleScreenshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "TakeVmConsoleScreenshotResult",
]


class TakeVmConsoleScreenshotResult(ZStackModel):
    """The result of TakeVmConsoleScreenshot (ZStack's `TakeVmConsoleScreenshotResult`)."""

    error: ErrorCode | None = None

    image_data: str | None = None
