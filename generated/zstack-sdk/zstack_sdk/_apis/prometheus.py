"""``client.prometheus``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.prometheus_query_label_values_result import PrometheusQueryLabelValuesResult
    from ..models.prometheus_query_metadata_result import PrometheusQueryMetadataResult
    from ..models.prometheus_query_pass_through_result import PrometheusQueryPassThroughResult
    from ..models.prometheus_query_vm_monitoring_data_result import (
        PrometheusQueryVmMonitoringDataResult,
    )

__all__ = ["AsyncPrometheusApi", "PrometheusApi"]


PROMETHEUS_QUERY_LABEL_VALUES: Api[PrometheusQueryLabelValuesResult] = Api(
    "PrometheusQueryLabelValues",
    "GET",
    "/prometheus/labels",
    params=(
        ("labels", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("labels", "system_tags", "user_tags"),
    required=("labels",),
    since=None,
    result=".models.prometheus_query_label_values_result:PrometheusQueryLabelValuesResult",
    checks=(("labels", "labels", "minItems", 1),),
)

PROMETHEUS_QUERY_METADATA: Api[PrometheusQueryMetadataResult] = Api(
    "PrometheusQueryMetadata",
    "GET",
    "/prometheus/meta-data",
    params=(
        ("matches", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("matches", "system_tags", "user_tags"),
    required=("matches",),
    since=None,
    result=".models.prometheus_query_metadata_result:PrometheusQueryMetadataResult",
    checks=(("matches", "matches", "minItems", 1),),
)

PROMETHEUS_QUERY_PASS_THROUGH: Api[PrometheusQueryPassThroughResult] = Api(
    "PrometheusQueryPassThrough",
    "GET",
    "/prometheus/all",
    params=(
        ("instant", "query", None),
        ("startTime", "query", None),
        ("endTime", "query", None),
        ("step", "query", None),
        ("expression", "query", None),
        ("relativeTime", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "instant",
        "start_time",
        "end_time",
        "step",
        "expression",
        "relative_time",
        "system_tags",
        "user_tags",
    ),
    required=("expression",),
    since=None,
    result=".models.prometheus_query_pass_through_result:PrometheusQueryPassThroughResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
    ),
)

PROMETHEUS_QUERY_VM_MONITORING_DATA: Api[PrometheusQueryVmMonitoringDataResult] = Api(
    "PrometheusQueryVmMonitoringData",
    "GET",
    "/prometheus/vm-instances",
    params=(
        ("vmUuids", "query", None),
        ("instant", "query", None),
        ("startTime", "query", None),
        ("endTime", "query", None),
        ("step", "query", None),
        ("expression", "query", None),
        ("relativeTime", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "vm_uuids",
        "instant",
        "start_time",
        "end_time",
        "step",
        "expression",
        "relative_time",
        "system_tags",
        "user_tags",
    ),
    required=("vmUuids", "expression"),
    since=None,
    result=".models.prometheus_query_vm_monitoring_data_result:PrometheusQueryVmMonitoringDataResult",
    checks=(
        ("vmUuids", "vm_uuids", "minItems", 1),
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
    ),
)


class PrometheusApi(SyncNamespace):
    """prometheus: 4 APIs (PrometheusQueryLabelValues, PrometheusQueryMetadata, PrometheusQueryPassThrough, ...)."""

    __slots__ = ()

    def prometheus_query_label_values(
        self,
        *,
        labels: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryLabelValuesResult:
        """Prometheus query label values (PrometheusQueryLabelValues).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryLabelValuesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            labels: labels (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROMETHEUS_QUERY_LABEL_VALUES,
            {
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def prometheus_query_metadata(
        self,
        *,
        matches: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryMetadataResult:
        """Prometheus query metadata (PrometheusQueryMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryMetadataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            matches: matches (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROMETHEUS_QUERY_METADATA,
            {
                "matches": matches,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def prometheus_query_pass_through(
        self,
        *,
        expression: str,
        instant: bool | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        step: str | None = None,
        relative_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryPassThroughResult:
        """Prometheus query pass through (PrometheusQueryPassThrough).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryPassThroughAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            instant: instant
            start_time: startTime (minimum 0; maximum 9223372036854775807)
            end_time: endTime (minimum 0; maximum 9223372036854775807)
            step: step
            expression: expression
            relative_time: relativeTime
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROMETHEUS_QUERY_PASS_THROUGH,
            {
                "instant": instant,
                "startTime": start_time,
                "endTime": end_time,
                "step": step,
                "expression": expression,
                "relativeTime": relative_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def prometheus_query_vm_monitoring_data(
        self,
        *,
        vm_uuids: Sequence[str],
        expression: str,
        instant: bool | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        step: str | None = None,
        relative_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryVmMonitoringDataResult:
        """Prometheus query vm monitoring data (PrometheusQueryVmMonitoringData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryVmMonitoringDataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_uuids: vmUuids (minItems 1)
            instant: instant
            start_time: startTime (minimum 0; maximum 9223372036854775807)
            end_time: endTime (minimum 0; maximum 9223372036854775807)
            step: step
            expression: expression
            relative_time: relativeTime
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROMETHEUS_QUERY_VM_MONITORING_DATA,
            {
                "vmUuids": vm_uuids,
                "instant": instant,
                "startTime": start_time,
                "endTime": end_time,
                "step": step,
                "expression": expression,
                "relativeTime": relative_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPrometheusApi(AsyncNamespace):
    """prometheus: 4 APIs (PrometheusQueryLabelValues, PrometheusQueryMetadata, PrometheusQueryPassThrough, ...). (asyncio)"""

    __slots__ = ()

    async def prometheus_query_label_values(
        self,
        *,
        labels: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryLabelValuesResult:
        """Prometheus query label values (PrometheusQueryLabelValues).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryLabelValuesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            labels: labels (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROMETHEUS_QUERY_LABEL_VALUES,
            {
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def prometheus_query_metadata(
        self,
        *,
        matches: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryMetadataResult:
        """Prometheus query metadata (PrometheusQueryMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryMetadataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            matches: matches (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROMETHEUS_QUERY_METADATA,
            {
                "matches": matches,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def prometheus_query_pass_through(
        self,
        *,
        expression: str,
        instant: bool | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        step: str | None = None,
        relative_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryPassThroughResult:
        """Prometheus query pass through (PrometheusQueryPassThrough).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryPassThroughAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            instant: instant
            start_time: startTime (minimum 0; maximum 9223372036854775807)
            end_time: endTime (minimum 0; maximum 9223372036854775807)
            step: step
            expression: expression
            relative_time: relativeTime
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROMETHEUS_QUERY_PASS_THROUGH,
            {
                "instant": instant,
                "startTime": start_time,
                "endTime": end_time,
                "step": step,
                "expression": expression,
                "relativeTime": relative_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def prometheus_query_vm_monitoring_data(
        self,
        *,
        vm_uuids: Sequence[str],
        expression: str,
        instant: bool | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        step: str | None = None,
        relative_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrometheusQueryVmMonitoringDataResult:
        """Prometheus query vm monitoring data (PrometheusQueryVmMonitoringData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PrometheusQueryVmMonitoringDataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_uuids: vmUuids (minItems 1)
            instant: instant
            start_time: startTime (minimum 0; maximum 9223372036854775807)
            end_time: endTime (minimum 0; maximum 9223372036854775807)
            step: step
            expression: expression
            relative_time: relativeTime
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROMETHEUS_QUERY_VM_MONITORING_DATA,
            {
                "vmUuids": vm_uuids,
                "instant": instant,
                "startTime": start_time,
                "endTime": end_time,
                "step": step,
                "expression": expression,
                "relativeTime": relative_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
