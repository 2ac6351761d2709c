"""Result models: GetUploadImageJobDetailsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .job_details import JobDetails

__all__ = [
    "GetUploadImageJobDetailsResult",
]


class GetUploadImageJobDetailsResult(ZStackModel):
    """The result of GetUploadImageJobDetails (ZStack's `GetUploadImageJobDetailsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    existing_job_details: list[JobDetails] | None = None
    """详情参考existingJobDetails (since 4.1.0)"""

    success: bool | None = None
    """success (since 4.1.0)"""
