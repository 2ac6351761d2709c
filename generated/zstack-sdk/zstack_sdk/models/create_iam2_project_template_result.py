"""Result models: CreateIAM2ProjectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_template_inventory import IAM2ProjectTemplateInventory

__all__ = [
    "CreateIAM2ProjectTemplateResult",
]


class CreateIAM2ProjectTemplateResult(ZStackModel):
    """The result of CreateIAM2ProjectTemplate (ZStack's `CreateIAM2ProjectTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2ProjectTemplateInventory | None = None
