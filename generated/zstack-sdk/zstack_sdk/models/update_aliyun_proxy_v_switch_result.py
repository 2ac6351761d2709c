"""Result models: UpdateAliyunProxyVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_v_switch_inventory import AliyunProxyVSwitchInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunProxyVSwitchResult",
]


class UpdateAliyunProxyVSwitchResult(ZStackModel):
    """The result of UpdateAliyunProxyVSwitch (ZStack's `UpdateAliyunProxyVSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunProxyVSwitchInventory | None = None
