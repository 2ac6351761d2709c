"""Result models: GetSharedBlockCandidateResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .get_shared_block_candidate_result import GetSharedBlockCandidateResult

__all__ = [
    "GetSharedBlockCandidateResult2",
]


class GetSharedBlockCandidateResult2(ZStackModel):
    """The ``GetSharedBlockCandidateResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    results: list[GetSharedBlockCandidateResult] | None = None
    """详情参考results (since 2.6.0)"""
