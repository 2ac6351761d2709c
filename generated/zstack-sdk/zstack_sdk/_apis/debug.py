"""``client.debug``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.debug_signal_result import DebugSignalResult
    from ..models.get_debug_signal_result import GetDebugSignalResult

__all__ = ["AsyncDebugApi", "DebugApi"]


DEBUG_SIGNAL: Api[DebugSignalResult] = Api(
    "DebugSignal",
    "POST",
    "/debug",
    params=(
        ("signals", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("signals", "system_tags", "user_tags"),
    required=("signals",),
    body_key="params",
    since=None,
    result=".models.debug_signal_result:DebugSignalResult",
)

GET_DEBUG_SIGNAL: Api[GetDebugSignalResult] = Api(
    "GetDebugSignal",
    "GET",
    "/debug",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_debug_signal_result:GetDebugSignalResult",
)


class DebugApi(SyncNamespace):
    """debug: 2 APIs (DebugSignal, GetDebugSignal)."""

    __slots__ = ()

    def debug_signal(
        self,
        *,
        signals: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DebugSignalResult:
        """Debug signal (DebugSignal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DebugSignalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            signals: signals
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DEBUG_SIGNAL,
            {
                "signals": signals,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_debug_signal(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDebugSignalResult:
        """Get debug signal (GetDebugSignal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetDebugSignalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_DEBUG_SIGNAL,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncDebugApi(AsyncNamespace):
    """debug: 2 APIs (DebugSignal, GetDebugSignal). (asyncio)"""

    __slots__ = ()

    async def debug_signal(
        self,
        *,
        signals: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DebugSignalResult:
        """Debug signal (DebugSignal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DebugSignalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            signals: signals
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DEBUG_SIGNAL,
            {
                "signals": signals,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_debug_signal(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDebugSignalResult:
        """Get debug signal (GetDebugSignal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetDebugSignalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_DEBUG_SIGNAL,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
