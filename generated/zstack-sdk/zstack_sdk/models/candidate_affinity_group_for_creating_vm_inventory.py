"""Result models: CandidateAffinityGroupForCreatingVmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .usage import Usage

__all__ = [
    "CandidateAffinityGroupForCreatingVmInventory",
]


class CandidateAffinityGroupForCreatingVmInventory(ZStackModel):
    """The ``CandidateAffinityGroupForCreatingVmInventory`` structure."""

    appliance: str | None = None
    """appliance (since 4.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.1.0)"""

    name: str | None = None
    """资源名称 (since 4.1.0)"""

    policy: str | None = None
    """policy (since 4.1.0)"""

    state: str | None = None
    """state (since 4.1.0)"""

    type: str | None = None
    """type (since 4.1.0)"""

    usages: list[Usage] | None = None
    """详情参考usages (since 4.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.1.0)"""

    version: str | None = None
    """version (since 4.1.0)"""
