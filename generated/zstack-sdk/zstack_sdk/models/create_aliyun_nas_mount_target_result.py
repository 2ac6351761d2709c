"""Result models: CreateAliyunNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .nas_mount_target_inventory import NasMountTargetInventory

__all__ = [
    "CreateAliyunNasMountTargetResult",
]


class CreateAliyunNasMountTargetResult(ZStackModel):
    """The ``CreateAliyunNasMountTargetResult`` structure."""

    inventory: NasMountTargetInventory | None = None
