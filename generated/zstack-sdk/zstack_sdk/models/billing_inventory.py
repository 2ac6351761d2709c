"""Result models: BillingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BillingInventory",
]


class BillingInventory(ZStackModel):
    """ZStack's `BillingInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 3.7.0)"""

    billing_type: str | None = None
    """账单类型 (since 3.7.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    end_time: int | None = None
    """资源计费结束时间 (since 3.7.0)"""

    hypervisor_type: str | None = None
    """资源虚拟化类型 (since 3.7.0)"""

    id: int | None = None
    """账单ID (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    resource_name: str | None = None
    """资源名称 (since 3.7.0)"""

    resource_uuid: str | None = None
    """资源UUID (since 3.7.0)"""

    spending: float | None = None
    """费用 (since 3.7.0)"""

    start_time: int | None = None
    """资源计费开始时间 (since 3.7.0)"""
