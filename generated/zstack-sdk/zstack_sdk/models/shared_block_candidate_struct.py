"""Result models: SharedBlockCandidateStruct (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SharedBlockCandidateStruct",
]


class SharedBlockCandidateStruct(ZStackModel):
    """ZStack's `SharedBlockCandidateStruct`."""

    hctl: str | None = None
    """SCSI设备HCTL (since 2.6.0)"""

    model: str | None = None
    """设备型号 (since 2.6.0)"""

    path: str | None = None

    serial: str | None = None
    """设备序列号 (since 2.6.0)"""

    size: int | None = None
    """设备大小 (since 2.6.0)"""

    source: str | None = None

    target_identifier: str | None = None

    transport: str | None = None

    type: str | None = None
    """设备类型 (since 2.6.0)"""

    vendor: str | None = None
    """设备供应商 (since 2.6.0)"""

    wwid: str | None = None
    """设备WWID (since 2.6.0)"""

    wwn: str | None = None
    """设备WWN (since 2.6.0)"""
