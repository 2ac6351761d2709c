"""Result models: GetVmMigrationCandidateHostsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "GetVmMigrationCandidateHostsResult",
]


class GetVmMigrationCandidateHostsResult(ZStackModel):
    """The result of GetVmMigrationCandidateHosts (ZStack's `GetVmMigrationCandidateHostsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[HostInventory] | None = None
    """详情参考inventories (since 0.6)"""
