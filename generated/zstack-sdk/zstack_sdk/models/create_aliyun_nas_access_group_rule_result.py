"""Result models: CreateAliyunNasAccessGroupRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_rule_inventory import AliyunNasAccessRuleInventory

__all__ = [
    "CreateAliyunNasAccessGroupRuleResult",
]


class CreateAliyunNasAccessGroupRuleResult(ZStackModel):
    """The ``CreateAliyunNasAccessGroupRuleResult`` structure."""

    inventory: AliyunNasAccessRuleInventory | None = None
