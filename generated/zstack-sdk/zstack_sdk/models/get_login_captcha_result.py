"""Result models: GetLoginCaptchaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLoginCaptchaResult",
]


class GetLoginCaptchaResult(ZStackModel):
    """The result of GetLoginCaptcha (ZStack's `GetLoginCaptchaResult`)."""

    captcha: str | None = None
    """captcha (since 3.5.1)"""

    captcha_uuid: str | None = None
    """captchaUuid (since 3.5.1)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    success: bool | None = None
    """success (since 3.5.1)"""
