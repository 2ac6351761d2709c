"""Result models: CleanInvalidLdapIAM2BindingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .attribute import Attribute
from .state import State

__all__ = [
    "CleanInvalidLdapIAM2BindingInventory",
]


class CleanInvalidLdapIAM2BindingInventory(ZStackModel):
    """The ``CleanInvalidLdapIAM2BindingInventory`` structure."""

    attributes: list[Attribute] | None = None
    """详情参考attributes (since 3.5.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.1)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.1)"""

    name: str | None = None
    """资源名称 (since 3.5.1)"""

    state: State | None = None
    """详情参考state (since 3.5.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.1)"""
