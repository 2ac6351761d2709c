"""Result models: GetSharedBlockCandidateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_block_candidate_struct import SharedBlockCandidateStruct

__all__ = [
    "GetSharedBlockCandidateResult",
]


class GetSharedBlockCandidateResult(ZStackModel):
    """The result of GetSharedBlockCandidate (ZStack's `GetSharedBlockCandidateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    results: list[SharedBlockCandidateStruct] | None = None
    """详情参考results (since 2.6.0)"""
