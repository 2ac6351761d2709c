"""Result models: RunIAM2ScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "RunIAM2ScriptResult",
]


class RunIAM2ScriptResult(ZStackModel):
    """The result of RunIAM2Script (ZStack's `RunIAM2ScriptResult`)."""

    error: ErrorCode | None = None

    inventory: LongJobInventory | None = None
