"""Result models: CheckStackTemplateParametersResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .paramete import Paramete

__all__ = [
    "CheckStackTemplateParametersResult",
]


class CheckStackTemplateParametersResult(ZStackModel):
    """The ``CheckStackTemplateParametersResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    parametes: list[Paramete] | None = None
    """详情参考parametes (since 2.5.0)"""
