"""Result models: DeleteSSORedirectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSSORedirectTemplateResult",
]


class DeleteSSORedirectTemplateResult(ZStackModel):
    """The result of DeleteSSORedirectTemplate (ZStack's `DeleteSSORedirectTemplateResult`)."""

    error: ErrorCode | None = None
