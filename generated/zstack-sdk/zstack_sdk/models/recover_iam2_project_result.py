"""Result models: RecoverIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_inventory import IAM2ProjectInventory

__all__ = [
    "RecoverIAM2ProjectResult",
]


class RecoverIAM2ProjectResult(ZStackModel):
    """The result of RecoverIAM2Project (ZStack's `RecoverIAM2ProjectResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2ProjectInventory | None = None
