"""Result models: CreateSSORedirectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sso_redirect_template_inventory import SSORedirectTemplateInventory

__all__ = [
    "CreateSSORedirectTemplateResult",
]


class CreateSSORedirectTemplateResult(ZStackModel):
    """The result of CreateSSORedirectTemplate (ZStack's `CreateSSORedirectTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: SSORedirectTemplateInventory | None = None
