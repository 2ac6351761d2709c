"""``client.zwatch_alarms``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_aliyun_sms_sns_text_template_result import (
        CreateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.create_sns_text_template_result import CreateSNSTextTemplateResult
    from ..models.delete_sns_text_template_result import DeleteSNSTextTemplateResult
    from ..models.query_aliyun_sms_sns_text_template_result import (
        QueryAliyunSmsSNSTextTemplateResult,
    )
    from ..models.query_sns_text_template_result import QuerySNSTextTemplateResult
    from ..models.sns_text_template_inventory import SNSTextTemplateInventory
    from ..models.update_aliyun_sms_sns_text_template_result import (
        UpdateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.update_sns_text_template_result import UpdateSNSTextTemplateResult

__all__ = ["AsyncZwatchAlarmsApi", "ZwatchAlarmsApi"]


CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[CreateAliyunSmsSNSTextTemplateResult] = Api(
    "CreateAliyunSmsSNSTextTemplate",
    "POST",
    "/zwatch/alarms/sns/text-templates/aliyun-sms",
    params=(
        ("alarmTemplateCode", "body", "3.7.0"),
        ("applicationPlatformType", "body", "3.7.0"),
        ("defaultTemplate", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("eventTemplate", "body", "3.7.0"),
        ("eventTemplateCode", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("subject", "body", None),
        ("tagUuids", "body", "3.7.0"),
        ("template", "body", "3.7.0"),
        ("type", "body", None),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "alarm_template_code",
        "application_platform_type",
        "default_template",
        "description",
        "event_template",
        "event_template_code",
        "name",
        "recovery_subject",
        "recovery_template",
        "resource_uuid",
        "sign",
        "subject",
        "tag_uuids",
        "template",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=(
        "alarmTemplateCode",
        "applicationPlatformType",
        "eventTemplateCode",
        "name",
        "sign",
        "template",
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_aliyun_sms_sns_text_template_result:CreateAliyunSmsSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
        ("type", "type", "enum", ("alarm", "event", "combined")),
    ),
)

CREATE_SNS_TEXT_TEMPLATE: Api[CreateSNSTextTemplateResult] = Api(
    "CreateSNSTextTemplate",
    "POST",
    "/zwatch/alarms/sns/text-templates",
    params=(
        ("applicationPlatformType", "body", "2.3"),
        ("defaultTemplate", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("recoverySubject", "body", "5.1.8"),
        ("recoveryTemplate", "body", "3.4.0"),
        ("resourceUuid", "body", "2.3"),
        ("subject", "body", "5.1.8"),
        ("tagUuids", "body", "5.1.8"),
        ("template", "body", "2.3"),
        ("type", "body", "5.1.8"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "application_platform_type",
        "default_template",
        "description",
        "name",
        "recovery_subject",
        "recovery_template",
        "resource_uuid",
        "subject",
        "tag_uuids",
        "template",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("applicationPlatformType", "name", "template"),
    body_key="params",
    since="2.3",
    result=".models.create_sns_text_template_result:CreateSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
        ("type", "type", "enum", ("alarm", "event", "combined")),
    ),
)

DELETE_SNS_TEXT_TEMPLATE: Api[DeleteSNSTextTemplateResult] = Api(
    "DeleteSNSTextTemplate",
    "DELETE",
    "/zwatch/alarms/sns/text-templates/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_sns_text_template_result:DeleteSNSTextTemplateResult",
)

QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[QueryAliyunSmsSNSTextTemplateResult] = Api(
    "QueryAliyunSmsSNSTextTemplate",
    "GET",
    "/zwatch/alarms/sns/text-templates/aliyun-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_aliyun_sms_sns_text_template_result:QueryAliyunSmsSNSTextTemplateResult",
    query=True,
    alt_paths=("/zwatch/alarms/sns/text-templates/aliyun-sms/{uuid}",),
)

QUERY_SNS_TEXT_TEMPLATE: Api[QuerySNSTextTemplateResult] = Api(
    "QuerySNSTextTemplate",
    "GET",
    "/zwatch/alarms/sns/text-templates",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_sns_text_template_result:QuerySNSTextTemplateResult",
    query=True,
    alt_paths=("/zwatch/alarms/sns/text-templates/{uuid}",),
)

UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[UpdateAliyunSmsSNSTextTemplateResult] = Api(
    "UpdateAliyunSmsSNSTextTemplate",
    "PUT",
    "/zwatch/alarms/sns/text-templates/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("alarmTemplateCode", "body", "3.7.0"),
        ("defaultTemplate", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("eventTemplate", "body", "3.7.0"),
        ("eventTemplateCode", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("subject", "body", None),
        ("template", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "uuid",
        "alarm_template_code",
        "default_template",
        "description",
        "event_template",
        "event_template_code",
        "name",
        "recovery_subject",
        "recovery_template",
        "sign",
        "subject",
        "template",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAliyunSmsSNSTextTemplate",
    since="3.7.0",
    result=".models.update_aliyun_sms_sns_text_template_result:UpdateAliyunSmsSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
    ),
)

UPDATE_SNS_TEXT_TEMPLATE: Api[UpdateSNSTextTemplateResult] = Api(
    "UpdateSNSTextTemplate",
    "PUT",
    "/zwatch/alarms/sns/text-templates/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("defaultTemplate", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.4.0"),
        ("subject", "body", None),
        ("template", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "uuid",
        "default_template",
        "description",
        "name",
        "recovery_subject",
        "recovery_template",
        "subject",
        "template",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSNSTextTemplate",
    since="2.3",
    result=".models.update_sns_text_template_result:UpdateSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
    ),
)


class ZwatchAlarmsApi(SyncNamespace):
    """zwatch-alarms: 7 APIs (CreateAliyunSmsSNSTextTemplate, CreateSNSTextTemplate, DeleteSNSTextTemplate, ...)."""

    __slots__ = ()

    def create_aliyun_sms_sns_text_template(
        self,
        *,
        alarm_template_code: str,
        application_platform_type: str,
        event_template_code: str,
        name: str,
        sign: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSmsSNSTextTemplateResult:
        """创建SNS监控阿里云短信模板 (CreateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            application_platform_type: SNS应用平台类型 (since 3.7.0)
            default_template: 是否作为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
            type: type (enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "alarmTemplateCode": alarm_template_code,
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_text_template(
        self,
        *,
        application_platform_type: str,
        name: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTextTemplateResult:
        """创建报警消息模板 (CreateSNSTextTemplate).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            application_platform_type: SNS应用平台类型 (since 2.3)
            default_template: 是否作为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: 恢复主题 (since 5.1.8; maxLength 2048)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8; enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_TEXT_TEMPLATE,
            {
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_text_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTextTemplateResult:
        """删除报警消息模板 (DeleteSNSTextTemplate).

        删除报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryAliyunSmsSNSTextTemplateResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_aliyun_sms_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_aliyun_sms_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_sns_text_template(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QuerySNSTextTemplateResult:
        """查询报警消息模板 (QuerySNSTextTemplate).

        查询报警消息模板。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSTextTemplateInventory]:
        """Every result of ``query_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TEXT_TEMPLATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def update_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str,
        alarm_template_code: str | None = None,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        event_template_code: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        sign: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSmsSNSTextTemplateResult:
        """更新SNS阿里云短信文本模板 (UpdateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID，唯一标示该资源 (since 3.7.0)
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            default_template: 是否为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            template: 资源报警器模板文本 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "alarmTemplateCode": alarm_template_code,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "sign": sign,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_text_template(
        self,
        *,
        uuid: str,
        default_template: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTextTemplateResult:
        """更新报警消息模板 (UpdateSNSTextTemplate).

        更新报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            default_template: 是否为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
            subject: subject (maxLength 2048)
            template: 报警消息模板文本 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchAlarmsApi(AsyncNamespace):
    """zwatch-alarms: 7 APIs (CreateAliyunSmsSNSTextTemplate, CreateSNSTextTemplate, DeleteSNSTextTemplate, ...). (asyncio)"""

    __slots__ = ()

    async def create_aliyun_sms_sns_text_template(
        self,
        *,
        alarm_template_code: str,
        application_platform_type: str,
        event_template_code: str,
        name: str,
        sign: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSmsSNSTextTemplateResult:
        """创建SNS监控阿里云短信模板 (CreateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            application_platform_type: SNS应用平台类型 (since 3.7.0)
            default_template: 是否作为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
            type: type (enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "alarmTemplateCode": alarm_template_code,
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_text_template(
        self,
        *,
        application_platform_type: str,
        name: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTextTemplateResult:
        """创建报警消息模板 (CreateSNSTextTemplate).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            application_platform_type: SNS应用平台类型 (since 2.3)
            default_template: 是否作为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: 恢复主题 (since 5.1.8; maxLength 2048)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8; enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_TEXT_TEMPLATE,
            {
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_text_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTextTemplateResult:
        """删除报警消息模板 (DeleteSNSTextTemplate).

        删除报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryAliyunSmsSNSTextTemplateResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_aliyun_sms_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_aliyun_sms_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_sns_text_template(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QuerySNSTextTemplateResult:
        """查询报警消息模板 (QuerySNSTextTemplate).

        查询报警消息模板。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSTextTemplateInventory]:
        """Every result of ``query_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TEXT_TEMPLATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def update_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str,
        alarm_template_code: str | None = None,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        event_template_code: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        sign: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSmsSNSTextTemplateResult:
        """更新SNS阿里云短信文本模板 (UpdateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID，唯一标示该资源 (since 3.7.0)
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            default_template: 是否为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            template: 资源报警器模板文本 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "alarmTemplateCode": alarm_template_code,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "sign": sign,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_text_template(
        self,
        *,
        uuid: str,
        default_template: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTextTemplateResult:
        """更新报警消息模板 (UpdateSNSTextTemplate).

        更新报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            default_template: 是否为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
            subject: subject (maxLength 2048)
            template: 报警消息模板文本 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
