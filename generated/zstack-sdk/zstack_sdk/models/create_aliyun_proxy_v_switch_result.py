"""Result models: CreateAliyunProxyVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_v_switch_inventory import AliyunProxyVSwitchInventory

__all__ = [
    "CreateAliyunProxyVSwitchResult",
]


class CreateAliyunProxyVSwitchResult(ZStackModel):
    """The ``CreateAliyunProxyVSwitchResult`` structure."""

    inventory: AliyunProxyVSwitchInventory | None = None
