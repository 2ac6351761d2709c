"""Result models: CheckStackTemplateParametersResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckStackTemplateParametersResult",
]


class CheckStackTemplateParametersResult(ZStackModel):
    """The result of CheckStackTemplateParameters (ZStack's `CheckStackTemplateParametersResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    parameters: list[Any] | None = None

    preparameters: list[Any] | None = None
