"""Result models: DescribeVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "DescribeVmInstanceRecoveryPointResult",
]


class DescribeVmInstanceRecoveryPointResult(ZStackModel):
    """The ``DescribeVmInstanceRecoveryPointResult`` structure."""

    real_sizes: dict[str, Any] | None = None

    timestamp: str | None = None

    virtual_sizes: dict[str, Any] | None = None
