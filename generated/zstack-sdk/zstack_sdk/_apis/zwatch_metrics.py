"""``client.zwatch_metrics``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_all_metric_metadata_result import GetAllMetricMetadataResult
    from ..models.get_metric_data_result import GetMetricDataResult
    from ..models.get_metric_label_value_result import GetMetricLabelValueResult
    from ..models.put_metric_data_result import PutMetricDataResult

__all__ = ["AsyncZwatchMetricsApi", "ZwatchMetricsApi"]


GET_ALL_METRIC_METADATA: Api[GetAllMetricMetadataResult] = Api(
    "GetAllMetricMetadata",
    "GET",
    "/zwatch/metrics/meta-data",
    params=(
        ("name", "query", "3.9.0"),
        ("namespace", "query", "3.9.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("name", "namespace", "system_tags", "user_tags"),
    since="2.3",
    result=".models.get_all_metric_metadata_result:GetAllMetricMetadataResult",
)

GET_METRIC_DATA: Api[GetMetricDataResult] = Api(
    "GetMetricData",
    "GET",
    "/zwatch/metrics",
    params=(
        ("namespace", "query", "2.3"),
        ("metricName", "query", "2.3"),
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("period", "query", "2.3"),
        ("labels", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("functions", "query", "2.3"),
        ("offsetAheadOfCurrentTime", "query", "2.3"),
        ("valueConditions", "query", None),
    ),
    names=(
        "namespace",
        "metric_name",
        "start_time",
        "end_time",
        "period",
        "labels",
        "system_tags",
        "user_tags",
        "functions",
        "offset_ahead_of_current_time",
        "value_conditions",
    ),
    required=("namespace", "metricName"),
    since="2.3",
    result=".models.get_metric_data_result:GetMetricDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("period", "period", "minimum", 0),
        ("period", "period", "maximum", 2147483647),
        ("offsetAheadOfCurrentTime", "offset_ahead_of_current_time", "minimum", 0),
        (
            "offsetAheadOfCurrentTime",
            "offset_ahead_of_current_time",
            "maximum",
            9223372036854775807,
        ),
    ),
)

GET_METRIC_LABEL_VALUE: Api[GetMetricLabelValueResult] = Api(
    "GetMetricLabelValue",
    "GET",
    "/zwatch/metrics/label-values",
    params=(
        ("namespace", "query", "2.3"),
        ("metricName", "query", "2.3"),
        ("labelNames", "query", "2.3"),
        ("filterLabels", "query", "2.3"),
        ("startTime", "query", "3.9.0"),
        ("endTime", "query", "3.9.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=(
        "namespace",
        "metric_name",
        "label_names",
        "filter_labels",
        "start_time",
        "end_time",
        "system_tags",
        "user_tags",
    ),
    required=("namespace", "metricName", "labelNames"),
    since="2.3",
    result=".models.get_metric_label_value_result:GetMetricLabelValueResult",
    checks=(
        ("labelNames", "label_names", "minItems", 1),
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 253402271999),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 253402271999),
    ),
)

PUT_METRIC_DATA: Api[PutMetricDataResult] = Api(
    "PutMetricData",
    "POST",
    "/zwatch/metrics",
    params=(
        ("data", "body", "2.3"),
        ("namespace", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("data", "namespace", "system_tags", "user_tags"),
    required=("data", "namespace"),
    body_key="params",
    since="2.3",
    result=".models.put_metric_data_result:PutMetricDataResult",
    checks=(
        ("data", "data", "minItems", 1),
        ("namespace", "namespace", "maxLength", 255),
    ),
)


class ZwatchMetricsApi(SyncNamespace):
    """zwatch-metrics: 4 APIs (GetAllMetricMetadata, GetMetricData, GetMetricLabelValue, ...)."""

    __slots__ = ()

    def get_all_metric_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllMetricMetadataResult:
        """获取所有metric元数据 (GetAllMetricMetadata).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            name: 监控指标名称 (since 3.9.0)
            namespace: 监控指标命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALL_METRIC_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        start_time: int | None = None,
        end_time: int | None = None,
        period: int | None = None,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        functions: Sequence[str] | None = None,
        offset_ahead_of_current_time: int | None = None,
        value_conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            period: 数据精度 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3; minimum 0; maximum 9223372036854775807)
            value_conditions: valueConditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "startTime": start_time,
                "endTime": end_time,
                "period": period,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
                "functions": functions,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "valueConditions": value_conditions,
            },
            job_uuid,
        )

    def get_metric_label_value(
        self,
        *,
        namespace: str,
        metric_name: str,
        label_names: Sequence[str],
        filter_labels: Sequence[str] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricLabelValueResult:
        """获取metric的标签值 (GetMetricLabelValue).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3; minItems 1)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0; minimum 0; maximum 253402271999)
            end_time: 结束时间 (since 3.9.0; minimum 0; maximum 253402271999)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_METRIC_LABEL_VALUE,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labelNames": label_names,
                "filterLabels": filter_labels,
                "startTime": start_time,
                "endTime": end_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def put_metric_data(
        self,
        *,
        data: Sequence[Any],
        namespace: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PutMetricDataResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3; minItems 1)
            namespace: 自定义名字空间名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PUT_METRIC_DATA,
            {
                "data": data,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchMetricsApi(AsyncNamespace):
    """zwatch-metrics: 4 APIs (GetAllMetricMetadata, GetMetricData, GetMetricLabelValue, ...). (asyncio)"""

    __slots__ = ()

    async def get_all_metric_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllMetricMetadataResult:
        """获取所有metric元数据 (GetAllMetricMetadata).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            name: 监控指标名称 (since 3.9.0)
            namespace: 监控指标命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALL_METRIC_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        start_time: int | None = None,
        end_time: int | None = None,
        period: int | None = None,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        functions: Sequence[str] | None = None,
        offset_ahead_of_current_time: int | None = None,
        value_conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            period: 数据精度 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3; minimum 0; maximum 9223372036854775807)
            value_conditions: valueConditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "startTime": start_time,
                "endTime": end_time,
                "period": period,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
                "functions": functions,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "valueConditions": value_conditions,
            },
            job_uuid,
        )

    async def get_metric_label_value(
        self,
        *,
        namespace: str,
        metric_name: str,
        label_names: Sequence[str],
        filter_labels: Sequence[str] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricLabelValueResult:
        """获取metric的标签值 (GetMetricLabelValue).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3; minItems 1)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0; minimum 0; maximum 253402271999)
            end_time: 结束时间 (since 3.9.0; minimum 0; maximum 253402271999)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_METRIC_LABEL_VALUE,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labelNames": label_names,
                "filterLabels": filter_labels,
                "startTime": start_time,
                "endTime": end_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def put_metric_data(
        self,
        *,
        data: Sequence[Any],
        namespace: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PutMetricDataResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3; minItems 1)
            namespace: 自定义名字空间名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PUT_METRIC_DATA,
            {
                "data": data,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
