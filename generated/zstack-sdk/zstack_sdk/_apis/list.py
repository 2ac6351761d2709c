"""``client.list``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.list_vm_scheduling_rules_from_execute_state_result import (
        ListVmSchedulingRulesFromExecuteStateResult,
    )
    from ..models.list_vms_from_scheduling_state_result import ListVmsFromSchedulingStateResult

__all__ = ["AsyncListApi", "ListApi"]


LIST_VM_SCHEDULING_RULES_FROM_EXECUTE_STATE: Api[ListVmSchedulingRulesFromExecuteStateResult] = Api(
    "ListVmSchedulingRulesFromExecuteState",
    "POST",
    "/list/vmSchedulingRules/from/conflict/state",
    params=(
        ("executeStates", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("execute_states", "system_tags", "user_tags"),
    required=("executeStates",),
    body_key="params",
    since=None,
    result=".models.list_vm_scheduling_rules_from_execute_state_result:ListVmSchedulingRulesFromExecuteStateResult",
)

LIST_VMS_FROM_SCHEDULING_STATE: Api[ListVmsFromSchedulingStateResult] = Api(
    "ListVmsFromSchedulingState",
    "POST",
    "/list/vms/from/executeState",
    params=(
        ("executeStates", "body", None),
        ("ruleUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("execute_states", "rule_uuid", "system_tags", "user_tags"),
    required=("executeStates", "ruleUuid"),
    body_key="params",
    since=None,
    result=".models.list_vms_from_scheduling_state_result:ListVmsFromSchedulingStateResult",
)


class ListApi(SyncNamespace):
    """list: 2 APIs (ListVmSchedulingRulesFromExecuteState, ListVmsFromSchedulingState)."""

    __slots__ = ()

    def list_vm_scheduling_rules_from_execute_state(
        self,
        *,
        execute_states: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVmSchedulingRulesFromExecuteStateResult:
        """List vm scheduling rules from execute state (ListVmSchedulingRulesFromExecuteState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVmSchedulingRulesFromExecuteStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            execute_states: executeStates
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LIST_VM_SCHEDULING_RULES_FROM_EXECUTE_STATE,
            {
                "executeStates": execute_states,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def list_vms_from_scheduling_state(
        self,
        *,
        execute_states: Sequence[Any],
        rule_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVmsFromSchedulingStateResult:
        """List vms from scheduling state (ListVmsFromSchedulingState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVmsFromSchedulingStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            execute_states: executeStates
            rule_uuid: ruleUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LIST_VMS_FROM_SCHEDULING_STATE,
            {
                "executeStates": execute_states,
                "ruleUuid": rule_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncListApi(AsyncNamespace):
    """list: 2 APIs (ListVmSchedulingRulesFromExecuteState, ListVmsFromSchedulingState). (asyncio)"""

    __slots__ = ()

    async def list_vm_scheduling_rules_from_execute_state(
        self,
        *,
        execute_states: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVmSchedulingRulesFromExecuteStateResult:
        """List vm scheduling rules from execute state (ListVmSchedulingRulesFromExecuteState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVmSchedulingRulesFromExecuteStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            execute_states: executeStates
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LIST_VM_SCHEDULING_RULES_FROM_EXECUTE_STATE,
            {
                "executeStates": execute_states,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def list_vms_from_scheduling_state(
        self,
        *,
        execute_states: Sequence[Any],
        rule_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVmsFromSchedulingStateResult:
        """List vms from scheduling state (ListVmsFromSchedulingState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVmsFromSchedulingStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            execute_states: executeStates
            rule_uuid: ruleUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LIST_VMS_FROM_SCHEDULING_STATE,
            {
                "executeStates": execute_states,
                "ruleUuid": rule_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
