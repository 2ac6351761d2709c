"""Result models: DescribeVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DescribeVmInstanceRecoveryPointResult",
]


class DescribeVmInstanceRecoveryPointResult(ZStackModel):
    """The result of DescribeVmInstanceRecoveryPoint (ZStack's `DescribeVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None

    real_sizes: dict[str, Any] | None = None

    timestamp: str | None = None

    virtual_sizes: dict[str, Any] | None = None
