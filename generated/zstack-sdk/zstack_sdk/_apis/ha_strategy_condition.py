"""``client.ha_strategy_condition``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.update_ha_strategy_condition_result import UpdateHaStrategyConditionResult

__all__ = ["AsyncHaStrategyConditionApi", "HaStrategyConditionApi"]


UPDATE_HA_STRATEGY_CONDITION: Api[UpdateHaStrategyConditionResult] = Api(
    "UpdateHaStrategyCondition",
    "PUT",
    "/ha-strategy-condition/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("name", "body", "4.7.0"),
        ("state", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateHaStrategyCondition",
    since="4.7.0",
    result=".models.update_ha_strategy_condition_result:UpdateHaStrategyConditionResult",
    checks=(("name", "name", "maxLength", 255),),
)


class HaStrategyConditionApi(SyncNamespace):
    """ha-strategy-condition: 1 APIs (UpdateHaStrategyCondition)."""

    __slots__ = ()

    def update_ha_strategy_condition(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHaStrategyConditionResult:
        """更新高可用策略 (UpdateHaStrategyCondition).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            name: 资源名称 (since 4.7.0; maxLength 255)
            state: 状态 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HA_STRATEGY_CONDITION,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHaStrategyConditionApi(AsyncNamespace):
    """ha-strategy-condition: 1 APIs (UpdateHaStrategyCondition). (asyncio)"""

    __slots__ = ()

    async def update_ha_strategy_condition(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHaStrategyConditionResult:
        """更新高可用策略 (UpdateHaStrategyCondition).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            name: 资源名称 (since 4.7.0; maxLength 255)
            state: 状态 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HA_STRATEGY_CONDITION,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
