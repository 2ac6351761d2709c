"""Result models: ElaborationContent (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "ElaborationContent",
]


class ElaborationContent(ZStackModel):
    """ZStack's `ElaborationContent`."""

    category: str | None = None
    """错误码所属目录 (since 3.3.0)"""

    code: str | None = None
    """错误码代号 (since 3.3.0)"""

    distance: float | None = None
    """若使用distance匹配，此处为精确度(1为最精确) (since 3.6.0)"""

    message_cn: str | None = Field(None, alias="message_cn")
    """错误码内容中文 (since 3.3.0)"""

    message_en: str | None = Field(None, alias="message_en")
    """错误码内容英文 (since 3.3.0)"""

    method: str | None = None
    """匹配方法，distance(字符串比较)或regex(正则) (since 3.6.0)"""

    regex: str | None = None
    """错误码匹配关键字 (since 3.3.0)"""

    source: str | None = None
    """错误来源 (since 3.3.0)"""
