"""Result models: RefreshCaptchaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshCaptchaResult",
]


class RefreshCaptchaResult(ZStackModel):
    """The result of RefreshCaptcha (ZStack's `RefreshCaptchaResult`)."""

    captcha: str | None = None

    captcha_uuid: str | None = None

    error: ErrorCode | None = None
