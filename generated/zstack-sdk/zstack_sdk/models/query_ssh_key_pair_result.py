"""Result models: QuerySshKeyPairResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ssh_key_pair_inventory import SshKeyPairInventory

__all__ = [
    "QuerySshKeyPairResult",
]


class QuerySshKeyPairResult(ZStackModel):
    """The result of QuerySshKeyPair (ZStack's `QuerySshKeyPairResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    inventories: list[SshKeyPairInventory] | None = None
    """详情参考inventory (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""

    total: int | None = None
