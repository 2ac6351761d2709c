"""Result models: GetScsiLunCandidatesForAttachingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scsi_lun_inventory import ScsiLunInventory

__all__ = [
    "GetScsiLunCandidatesForAttachingVmResult",
]


class GetScsiLunCandidatesForAttachingVmResult(ZStackModel):
    """The result of GetScsiLunCandidatesForAttachingVm (ZStack's `GetScsiLunCandidatesForAttachingVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[ScsiLunInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
