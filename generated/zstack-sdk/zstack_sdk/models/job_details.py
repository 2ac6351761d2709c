"""Result models: JobDetails (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "JobDetails",
]


class JobDetails(ZStackModel):
    """ZStack's `JobDetails`."""

    image_upload_url: str | None = None
    """镜像上传URL (since 4.1.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 4.1.0)"""

    long_job_state: str | None = None
    """长任务状态 (since 4.1.0)"""

    long_job_uuid: str | None = None
    """长任务UUID (since 4.1.0)"""

    offset: int | None = None
    """上传偏移量，单位为 Byte (since 4.1.0)"""
