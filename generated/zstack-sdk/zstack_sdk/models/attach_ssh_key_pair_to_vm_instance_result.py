"""Result models: AttachSshKeyPairToVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ssh_key_pair_inventory import SshKeyPairInventory

__all__ = [
    "AttachSshKeyPairToVmInstanceResult",
]


class AttachSshKeyPairToVmInstanceResult(ZStackModel):
    """The result of AttachSshKeyPairToVmInstance (ZStack's `AttachSshKeyPairToVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    inventory: SshKeyPairInventory | None = None
    """详情参考inventory (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
