"""Result models: CreateAliyunProxyVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_v_switch_inventory import AliyunProxyVSwitchInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunProxyVSwitchResult",
]


class CreateAliyunProxyVSwitchResult(ZStackModel):
    """The result of CreateAliyunProxyVSwitch (ZStack's `CreateAliyunProxyVSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunProxyVSwitchInventory | None = None
