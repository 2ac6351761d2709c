"""Result models: CreateSSORedirectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .sso_redirect_template_inventory import SSORedirectTemplateInventory

__all__ = [
    "CreateSSORedirectTemplateResult",
]


class CreateSSORedirectTemplateResult(ZStackModel):
    """The ``CreateSSORedirectTemplateResult`` structure."""

    inventory: SSORedirectTemplateInventory | None = None
