"""Result models: RecoverIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .iam2_project_inventory import IAM2ProjectInventory

__all__ = [
    "RecoverIAM2ProjectResult",
]


class RecoverIAM2ProjectResult(ZStackModel):
    """The ``RecoverIAM2ProjectResult`` structure."""

    inventory: IAM2ProjectInventory | None = None
