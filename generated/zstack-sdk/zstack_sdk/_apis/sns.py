"""``client.sns``: 72 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.account_inventory import AccountInventory
    from ..models.add_email_address_to_sns_email_endpoint_result import (
        AddEmailAddressToSNSEmailEndpointResult,
    )
    from ..models.add_sns_ding_talk_at_person_result import AddSNSDingTalkAtPersonResult
    from ..models.add_sns_fei_shu_at_person_result import AddSNSFeiShuAtPersonResult
    from ..models.add_sns_sms_receiver_result import AddSNSSmsReceiverResult
    from ..models.add_sns_we_com_at_person_result import AddSNSWeComAtPersonResult
    from ..models.change_sns_application_endpoint_state_result import (
        ChangeSNSApplicationEndpointStateResult,
    )
    from ..models.change_sns_application_platform_state_result import (
        ChangeSNSApplicationPlatformStateResult,
    )
    from ..models.change_sns_topic_state_result import ChangeSNSTopicStateResult
    from ..models.create_sns_aliyun_sms_endpoint_result import CreateSNSAliyunSmsEndpointResult
    from ..models.create_sns_ding_talk_endpoint_result import CreateSNSDingTalkEndpointResult
    from ..models.create_sns_email_endpoint_result import CreateSNSEmailEndpointResult
    from ..models.create_sns_email_platform_result import CreateSNSEmailPlatformResult
    from ..models.create_sns_fei_shu_endpoint_result import CreateSNSFeiShuEndpointResult
    from ..models.create_sns_http_endpoint_result import CreateSNSHttpEndpointResult
    from ..models.create_sns_microsoft_teams_endpoint_result import (
        CreateSNSMicrosoftTeamsEndpointResult,
    )
    from ..models.create_sns_snmp_endpoint_result import CreateSNSSnmpEndpointResult
    from ..models.create_sns_snmp_platform_result import CreateSNSSnmpPlatformResult
    from ..models.create_sns_topic_result import CreateSNSTopicResult
    from ..models.create_sns_universal_sms_endpoint_result import (
        CreateSNSUniversalSmsEndpointResult,
    )
    from ..models.create_sns_we_com_endpoint_result import CreateSNSWeComEndpointResult
    from ..models.delete_email_address_of_sns_email_endpoint_result import (
        DeleteEmailAddressOfSNSEmailEndpointResult,
    )
    from ..models.delete_sns_application_endpoint_result import DeleteSNSApplicationEndpointResult
    from ..models.delete_sns_application_platform_result import DeleteSNSApplicationPlatformResult
    from ..models.delete_sns_topic_result import DeleteSNSTopicResult
    from ..models.query_sns_application_endpoint_result import QuerySNSApplicationEndpointResult
    from ..models.query_sns_application_platform_result import QuerySNSApplicationPlatformResult
    from ..models.query_sns_ding_talk_at_person_result import QuerySNSDingTalkAtPersonResult
    from ..models.query_sns_ding_talk_endpoint_result import QuerySNSDingTalkEndpointResult
    from ..models.query_sns_email_address_result import QuerySNSEmailAddressResult
    from ..models.query_sns_email_endpoint_result import QuerySNSEmailEndpointResult
    from ..models.query_sns_email_platform_result import QuerySNSEmailPlatformResult
    from ..models.query_sns_fei_shu_at_person_result import QuerySNSFeiShuAtPersonResult
    from ..models.query_sns_fei_shu_endpoint_result import QuerySNSFeiShuEndpointResult
    from ..models.query_sns_http_endpoint_result import QuerySNSHttpEndpointResult
    from ..models.query_sns_microsoft_teams_endpoint_result import (
        QuerySNSMicrosoftTeamsEndpointResult,
    )
    from ..models.query_sns_sms_endpoint_result import QuerySNSSmsEndpointResult
    from ..models.query_sns_snmp_platform_result import QuerySNSSnmpPlatformResult
    from ..models.query_sns_topic_result import QuerySNSTopicResult
    from ..models.query_sns_topic_subscriber_result import QuerySNSTopicSubscriberResult
    from ..models.query_sns_universal_sms_endpoint_result import QuerySNSUniversalSmsEndpointResult
    from ..models.query_sns_we_com_at_person_result import QuerySNSWeComAtPersonResult
    from ..models.query_sns_we_com_endpoint_result import QuerySNSWeComEndpointResult
    from ..models.remove_sns_ding_talk_at_person_result import RemoveSNSDingTalkAtPersonResult
    from ..models.remove_sns_fei_shu_at_person_result import RemoveSNSFeiShuAtPersonResult
    from ..models.remove_sns_sms_receiver_result import RemoveSNSSmsReceiverResult
    from ..models.remove_sns_we_com_at_person_result import RemoveSNSWeComAtPersonResult
    from ..models.sns_ding_talk_test_connection_result import SNSDingTalkTestConnectionResult
    from ..models.sns_email_address_inventory import SNSEmailAddressInventory
    from ..models.sns_email_test_connection_result import SNSEmailTestConnectionResult
    from ..models.sns_fei_shu_test_connection_result import SNSFeiShuTestConnectionResult
    from ..models.sns_http_test_connection_result import SNSHttpTestConnectionResult
    from ..models.sns_microsoft_teams_test_connection_result import (
        SNSMicrosoftTeamsTestConnectionResult,
    )
    from ..models.sns_snmp_test_connection_result import SNSSnmpTestConnectionResult
    from ..models.sns_subscriber_inventory import SNSSubscriberInventory
    from ..models.sns_we_com_test_connection_result import SNSWeComTestConnectionResult
    from ..models.subscribe_sns_topic_result import SubscribeSNSTopicResult
    from ..models.unsubscribe_sns_topic_result import UnsubscribeSNSTopicResult
    from ..models.update_at_person_of_at_ding_talk_endpoint_result import (
        UpdateAtPersonOfAtDingTalkEndpointResult,
    )
    from ..models.update_at_person_of_at_fei_shu_endpoint_result import (
        UpdateAtPersonOfAtFeiShuEndpointResult,
    )
    from ..models.update_at_person_of_at_we_com_endpoint_result import (
        UpdateAtPersonOfAtWeComEndpointResult,
    )
    from ..models.update_email_address_of_sns_email_endpoint_result import (
        UpdateEmailAddressOfSNSEmailEndpointResult,
    )
    from ..models.update_sns_application_endpoint_result import UpdateSNSApplicationEndpointResult
    from ..models.update_sns_application_platform_result import UpdateSNSApplicationPlatformResult
    from ..models.update_sns_ding_talk_endpoint_result import UpdateSNSDingTalkEndpointResult
    from ..models.update_sns_fei_shu_endpoint_result import UpdateSNSFeiShuEndpointResult
    from ..models.update_sns_http_endpoint_result import UpdateSNSHttpEndpointResult
    from ..models.update_sns_microsoft_teams_endpoint_result import (
        UpdateSNSMicrosoftTeamsEndpointResult,
    )
    from ..models.update_sns_snmp_platform_result import UpdateSNSSnmpPlatformResult
    from ..models.update_sns_topic_result import UpdateSNSTopicResult
    from ..models.update_sns_universal_sms_endpoint_result import (
        UpdateSNSUniversalSmsEndpointResult,
    )
    from ..models.update_sns_we_com_endpoint_result import UpdateSNSWeComEndpointResult
    from ..models.validate_sns_aliyun_sms_endpoint_result import ValidateSNSAliyunSmsEndpointResult
    from ..models.validate_sns_email_platform_result import ValidateSNSEmailPlatformResult
    from ..models.validate_sns_universal_sms_endpoint_result import (
        ValidateSNSUniversalSmsEndpointResult,
    )

__all__ = ["AsyncSnsApi", "SnsApi"]


ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT: Api[AddEmailAddressToSNSEmailEndpointResult] = Api(
    "AddEmailAddressToSNSEmailEndpoint",
    "POST",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("emailAddress", "body", "3.7.0"),
        ("endpointUuid", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "email_address",
        "endpoint_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("emailAddress", "endpointUuid"),
    body_key="params",
    since="3.7.0",
    result=".models.add_email_address_to_sns_email_endpoint_result:AddEmailAddressToSNSEmailEndpointResult",
    checks=(("emailAddress", "email_address", "maxLength", 1024),),
)

ADD_SNS_DING_TALK_AT_PERSON: Api[AddSNSDingTalkAtPersonResult] = Api(
    "AddSNSDingTalkAtPerson",
    "POST",
    "/sns/application-endpoints/ding-talk/at-persons",
    params=(
        ("endpointUuid", "body", "2.3"),
        ("phoneNumber", "body", "2.3"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "endpoint_uuid",
        "phone_number",
        "remark",
        "resource_uuid",
        "tag_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("endpointUuid", "phoneNumber"),
    body_key="params",
    since="2.3",
    result=".models.add_sns_ding_talk_at_person_result:AddSNSDingTalkAtPersonResult",
    checks=(
        ("phoneNumber", "phone_number", "maxLength", 64),
        ("remark", "remark", "maxLength", 128),
    ),
)

ADD_SNS_FEI_SHU_AT_PERSON: Api[AddSNSFeiShuAtPersonResult] = Api(
    "AddSNSFeiShuAtPerson",
    "POST",
    "/sns/application-endpoints/feishu/at-persons",
    params=(
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "endpoint_uuid",
        "remark",
        "resource_uuid",
        "tag_uuid",
        "tag_uuids",
        "user_id",
        "system_tags",
        "user_tags",
    ),
    required=("endpointUuid", "userId"),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_fei_shu_at_person_result:AddSNSFeiShuAtPersonResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 64),
    ),
)

ADD_SNS_SMS_RECEIVER: Api[AddSNSSmsReceiverResult] = Api(
    "AddSNSSmsReceiver",
    "POST",
    "/sns/sms-endpoints/receivers",
    params=(
        ("description", "body", "3.7.0"),
        ("endpointUuid", "body", "3.7.0"),
        ("phoneNumber", "body", "3.7.0"),
        ("phoneNumberList", "body", "5.1.8"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("type", "body", "5.1.8"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "description",
        "endpoint_uuid",
        "phone_number",
        "phone_number_list",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("endpointUuid", "type"),
    body_key="params",
    since="3.7.0",
    result=".models.add_sns_sms_receiver_result:AddSNSSmsReceiverResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("phoneNumber", "phone_number", "maxLength", 64),
        ("type", "type", "enum", ("AliyunSms", "UniversalSms")),
    ),
)

ADD_SNS_WE_COM_AT_PERSON: Api[AddSNSWeComAtPersonResult] = Api(
    "AddSNSWeComAtPerson",
    "POST",
    "/sns/application-endpoints/we-com/at-persons",
    params=(
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "endpoint_uuid",
        "remark",
        "resource_uuid",
        "tag_uuid",
        "tag_uuids",
        "user_id",
        "system_tags",
        "user_tags",
    ),
    required=("endpointUuid", "userId"),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_we_com_at_person_result:AddSNSWeComAtPersonResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 64),
    ),
)

CHANGE_SNS_APPLICATION_ENDPOINT_STATE: Api[ChangeSNSApplicationEndpointStateResult] = Api(
    "ChangeSNSApplicationEndpointState",
    "PUT",
    "/sns/application-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSNSApplicationEndpointState",
    since="2.3",
    result=".models.change_sns_application_endpoint_state_result:ChangeSNSApplicationEndpointStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable", "hide")),),
)

CHANGE_SNS_APPLICATION_PLATFORM_STATE: Api[ChangeSNSApplicationPlatformStateResult] = Api(
    "ChangeSNSApplicationPlatformState",
    "PUT",
    "/sns/application-platforms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSNSApplicationPlatformState",
    since="2.3",
    result=".models.change_sns_application_platform_state_result:ChangeSNSApplicationPlatformStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_SNS_TOPIC_STATE: Api[ChangeSNSTopicStateResult] = Api(
    "ChangeSNSTopicState",
    "PUT",
    "/zwatch/topics/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSNSTopicState",
    since="2.3",
    result=".models.change_sns_topic_state_result:ChangeSNSTopicStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_SNS_ALIYUN_SMS_ENDPOINT: Api[CreateSNSAliyunSmsEndpointResult] = Api(
    "CreateSNSAliyunSmsEndpoint",
    "POST",
    "/sns/sms-endpoints/aliyunsms",
    params=(
        ("accessKeyUuid", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("platformUuid", "body", "3.7.0"),
        ("receivers", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "access_key_uuid",
        "description",
        "name",
        "platform_uuid",
        "receivers",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("accessKeyUuid", "name"),
    body_key="params",
    since="3.7.0",
    result=".models.create_sns_aliyun_sms_endpoint_result:CreateSNSAliyunSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("receivers", "receivers", "minItems", 1),
    ),
)

CREATE_SNS_DING_TALK_ENDPOINT: Api[CreateSNSDingTalkEndpointResult] = Api(
    "CreateSNSDingTalkEndpoint",
    "POST",
    "/sns/application-endpoints/ding-talk",
    params=(
        ("atAll", "body", "2.3"),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonPhoneNumbers", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("platformUuid", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("secret", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("url", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "at_all",
        "at_person_list",
        "at_person_phone_numbers",
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "secret",
        "tag_uuid",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since="2.3",
    result=".models.create_sns_ding_talk_endpoint_result:CreateSNSDingTalkEndpointResult",
    checks=(
        ("atPersonPhoneNumbers", "at_person_phone_numbers", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 128),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_EMAIL_ENDPOINT: Api[CreateSNSEmailEndpointResult] = Api(
    "CreateSNSEmailEndpoint",
    "POST",
    "/sns/application-endpoints/emails",
    params=(
        ("description", "body", "5.0.0"),
        ("email", "body", "5.0.0"),
        ("emails", "body", "3.7.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "2.3.0"),
        ("userTags", "root", "2.3.0"),
    ),
    names=(
        "description",
        "email",
        "emails",
        "name",
        "platform_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.3.0",
    result=".models.create_sns_email_endpoint_result:CreateSNSEmailEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("email", "email", "maxLength", 1024),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_EMAIL_PLATFORM: Api[CreateSNSEmailPlatformResult] = Api(
    "CreateSNSEmailPlatform",
    "POST",
    "/sns/application-platforms/email",
    params=(
        ("description", "body", "2.3"),
        ("encryptType", "body", "2.3"),
        ("name", "body", "2.3"),
        ("password", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("smtpPort", "body", "2.3"),
        ("smtpServer", "body", "2.3"),
        ("tagUuids", "body", None),
        ("username", "body", "4.1.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "description",
        "encrypt_type",
        "name",
        "password",
        "resource_uuid",
        "smtp_port",
        "smtp_server",
        "tag_uuids",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("name", "smtpPort", "smtpServer"),
    body_key="params",
    since="2.3",
    result=".models.create_sns_email_platform_result:CreateSNSEmailPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("encryptType", "encrypt_type", "enum", ("SSL", "STARTTLS", "NONE")),
        ("name", "name", "maxLength", 255),
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)

CREATE_SNS_FEI_SHU_ENDPOINT: Api[CreateSNSFeiShuEndpointResult] = Api(
    "CreateSNSFeiShuEndpoint",
    "POST",
    "/sns/application-endpoints/feishu",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "at_all",
        "at_person_list",
        "at_person_user_ids",
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "secret",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_fei_shu_endpoint_result:CreateSNSFeiShuEndpointResult",
    checks=(
        ("atPersonUserIds", "at_person_user_ids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 128),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_HTTP_ENDPOINT: Api[CreateSNSHttpEndpointResult] = Api(
    "CreateSNSHttpEndpoint",
    "POST",
    "/sns/application-endpoints/http",
    params=(
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("password", "body", "2.3"),
        ("platformUuid", "body", "0.6"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("url", "body", "2.3"),
        ("username", "body", "2.3"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "password",
        "platform_uuid",
        "resource_uuid",
        "tag_uuids",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since="0.6",
    result=".models.create_sns_http_endpoint_result:CreateSNSHttpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 512),
        ("url", "url", "maxLength", 2048),
        ("username", "username", "maxLength", 128),
    ),
)

CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[CreateSNSMicrosoftTeamsEndpointResult] = Api(
    "CreateSNSMicrosoftTeamsEndpoint",
    "POST",
    "/sns/application-endpoints/microsoft-teams",
    params=(
        ("description", "body", "3.10.0"),
        ("name", "body", "3.10.0"),
        ("platformUuid", "body", "3.10.0"),
        ("resourceUuid", "body", "3.10.0"),
        ("tagUuids", "body", "3.10.0"),
        ("url", "body", "3.10.0"),
        ("systemTags", "root", "3.10.0"),
        ("userTags", "root", "3.10.0"),
    ),
    names=(
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since="3.10.0",
    result=".models.create_sns_microsoft_teams_endpoint_result:CreateSNSMicrosoftTeamsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_SNMP_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "CreateSNSSnmpEndpoint",
    "POST",
    "/sns/application-endpoints/snmp",
    params=(
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_SNMP_PLATFORM: Api[CreateSNSSnmpPlatformResult] = Api(
    "CreateSNSSnmpPlatform",
    "POST",
    "/sns/application-platforms/snmp",
    params=(
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("snmpAddress", "body", "5.0.0"),
        ("snmpPort", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "snmp_address",
        "snmp_port",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "snmpAddress", "snmpPort"),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_snmp_platform_result:CreateSNSSnmpPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("snmpPort", "snmp_port", "minimum", 1),
        ("snmpPort", "snmp_port", "maximum", 65535),
    ),
)

CREATE_SNS_TOPIC: Api[CreateSNSTopicResult] = Api(
    "CreateSNSTopic",
    "POST",
    "/sns/topics",
    params=(
        ("description", "body", "2.3"),
        ("locale", "body", "5.0.0"),
        ("name", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "description",
        "locale",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.3",
    result=".models.create_sns_topic_result:CreateSNSTopicResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("locale", "locale", "maxLength", 32),
        ("locale", "locale", "enum", ("zh_CN", "en_US")),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[CreateSNSUniversalSmsEndpointResult] = Api(
    "CreateSNSUniversalSmsEndpoint",
    "POST",
    "/sns/application-endpoints/universal-sms",
    params=(
        ("additionParam", "body", "5.1.8"),
        ("description", "body", "5.1.8"),
        ("name", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("resourceUuid", "body", "5.1.8"),
        ("smsAccessKeyId", "body", "5.1.8"),
        ("smsAccessKeySecret", "body", "5.1.8"),
        ("supplier", "body", "5.1.8"),
        ("tagUuids", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=(
        "addition_param",
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "sms_access_key_id",
        "sms_access_key_secret",
        "supplier",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "smsAccessKeyId", "smsAccessKeySecret", "supplier"),
    body_key="params",
    since="5.1.8",
    result=".models.create_sns_universal_sms_endpoint_result:CreateSNSUniversalSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smsAccessKeyId", "sms_access_key_id", "maxLength", 128),
        ("smsAccessKeySecret", "sms_access_key_secret", "maxLength", 128),
        ("supplier", "supplier", "maxLength", 32),
    ),
)

CREATE_SNS_WE_COM_ENDPOINT: Api[CreateSNSWeComEndpointResult] = Api(
    "CreateSNSWeComEndpoint",
    "POST",
    "/sns/application-endpoints/we-com",
    params=(
        ("atALL", "body", "5.0.0"),
        ("atAll", "body", None),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "at_all",
        "at_all_",
        "at_person_list",
        "at_person_user_ids",
        "description",
        "name",
        "platform_uuid",
        "resource_uuid",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_we_com_endpoint_result:CreateSNSWeComEndpointResult",
    checks=(
        ("atPersonUserIds", "at_person_user_ids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[DeleteEmailAddressOfSNSEmailEndpointResult] = Api(
    "DeleteEmailAddressOfSNSEmailEndpoint",
    "DELETE",
    "/sns/application-endpoints/emails/{endpointUuid}/email-addresses/{emailAddressUuid}",
    params=(
        ("endpointUuid", "path", "3.7.0"),
        ("emailAddressUuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("endpoint_uuid", "email_address_uuid", "system_tags", "user_tags"),
    required=("endpointUuid", "emailAddressUuid"),
    since="3.7.0",
    result=".models.delete_email_address_of_sns_email_endpoint_result:DeleteEmailAddressOfSNSEmailEndpointResult",
)

DELETE_SNS_APPLICATION_ENDPOINT: Api[DeleteSNSApplicationEndpointResult] = Api(
    "DeleteSNSApplicationEndpoint",
    "DELETE",
    "/sns/application-endpoints/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_sns_application_endpoint_result:DeleteSNSApplicationEndpointResult",
)

DELETE_SNS_APPLICATION_PLATFORM: Api[DeleteSNSApplicationPlatformResult] = Api(
    "DeleteSNSApplicationPlatform",
    "DELETE",
    "/sns/application-platforms/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_sns_application_platform_result:DeleteSNSApplicationPlatformResult",
)

DELETE_SNS_TOPIC: Api[DeleteSNSTopicResult] = Api(
    "DeleteSNSTopic",
    "DELETE",
    "/sns/topics/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_sns_topic_result:DeleteSNSTopicResult",
)

QUERY_SNS_APPLICATION_ENDPOINT: Api[QuerySNSApplicationEndpointResult] = Api(
    "QuerySNSApplicationEndpoint",
    "GET",
    "/sns/application-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_application_endpoint_result:QuerySNSApplicationEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/{uuid}",),
)

QUERY_SNS_APPLICATION_PLATFORM: Api[QuerySNSApplicationPlatformResult] = Api(
    "QuerySNSApplicationPlatform",
    "GET",
    "/sns/application-platforms",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_sns_application_platform_result:QuerySNSApplicationPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/{uuid}",),
)

QUERY_SNS_DING_TALK_AT_PERSON: Api[QuerySNSDingTalkAtPersonResult] = Api(
    "QuerySNSDingTalkAtPerson",
    "GET",
    "/sns/application-endpoints/ding-talk/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.0.0",
    result=".models.query_sns_ding_talk_at_person_result:QuerySNSDingTalkAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/ding-talk/at-persons/{uuid}",),
)

QUERY_SNS_DING_TALK_ENDPOINT: Api[QuerySNSDingTalkEndpointResult] = Api(
    "QuerySNSDingTalkEndpoint",
    "GET",
    "/sns/application-endpoints/ding-talk",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_ding_talk_endpoint_result:QuerySNSDingTalkEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/ding-talk/{uuid}",),
)

QUERY_SNS_EMAIL_ADDRESS: Api[QuerySNSEmailAddressResult] = Api(
    "QuerySNSEmailAddress",
    "GET",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_sns_email_address_result:QuerySNSEmailAddressResult",
    query=True,
    alt_paths=("/sns/application-endpoints/emails/email-addresses/{uuid}",),
)

QUERY_SNS_EMAIL_ENDPOINT: Api[QuerySNSEmailEndpointResult] = Api(
    "QuerySNSEmailEndpoint",
    "GET",
    "/sns/application-endpoints/emails",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_email_endpoint_result:QuerySNSEmailEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/emails/{uuid}",),
)

QUERY_SNS_EMAIL_PLATFORM: Api[QuerySNSEmailPlatformResult] = Api(
    "QuerySNSEmailPlatform",
    "GET",
    "/sns/application-platforms/email",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_email_platform_result:QuerySNSEmailPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/email/{uuid}",),
)

QUERY_SNS_FEI_SHU_AT_PERSON: Api[QuerySNSFeiShuAtPersonResult] = Api(
    "QuerySNSFeiShuAtPerson",
    "GET",
    "/sns/application-endpoints/feishu/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.0.0",
    result=".models.query_sns_fei_shu_at_person_result:QuerySNSFeiShuAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/feishu/at-persons/{uuid}",),
)

QUERY_SNS_FEI_SHU_ENDPOINT: Api[QuerySNSFeiShuEndpointResult] = Api(
    "QuerySNSFeiShuEndpoint",
    "GET",
    "/sns/application-endpoints/feishu",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_sns_fei_shu_endpoint_result:QuerySNSFeiShuEndpointResult",
    query=True,
)

QUERY_SNS_HTTP_ENDPOINT: Api[QuerySNSHttpEndpointResult] = Api(
    "QuerySNSHttpEndpoint",
    "GET",
    "/sns/application-endpoints/http",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_http_endpoint_result:QuerySNSHttpEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/http/{uuid}",),
)

QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[QuerySNSMicrosoftTeamsEndpointResult] = Api(
    "QuerySNSMicrosoftTeamsEndpoint",
    "GET",
    "/sns/application-endpoints/microsoft-teams",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_microsoft_teams_endpoint_result:QuerySNSMicrosoftTeamsEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/microsoft-teams/{uuid}",),
)

QUERY_SNS_SMS_ENDPOINT: Api[QuerySNSSmsEndpointResult] = Api(
    "QuerySNSSmsEndpoint",
    "GET",
    "/sns/sms-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_sms_endpoint_result:QuerySNSSmsEndpointResult",
    query=True,
    alt_paths=("/sns/sms-endpoints/{uuid}",),
)

QUERY_SNS_SNMP_PLATFORM: Api[QuerySNSSnmpPlatformResult] = Api(
    "QuerySNSSnmpPlatform",
    "GET",
    "/sns/application-platforms/snmp",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_snmp_platform_result:QuerySNSSnmpPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/snmp/{uuid}",),
)

QUERY_SNS_TOPIC: Api[QuerySNSTopicResult] = Api(
    "QuerySNSTopic",
    "GET",
    "/sns/topics",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_sns_topic_result:QuerySNSTopicResult",
    query=True,
    alt_paths=("/sns/topics/{uuid}",),
)

QUERY_SNS_TOPIC_SUBSCRIBER: Api[QuerySNSTopicSubscriberResult] = Api(
    "QuerySNSTopicSubscriber",
    "GET",
    "/sns/topics/subscribers",
    params=(
        ("uuid", "path", "2.3.1"),
        ("systemTags", "query", "2.3.1"),
        ("userTags", "query", "2.3.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3.1",
    result=".models.query_sns_topic_subscriber_result:QuerySNSTopicSubscriberResult",
    query=True,
    alt_paths=("/sns/topics/subscribers/{uuid}",),
)

QUERY_SNS_UNIVERSAL_SMS_ENDPOINT: Api[QuerySNSUniversalSmsEndpointResult] = Api(
    "QuerySNSUniversalSmsEndpoint",
    "GET",
    "/sns/application-endpoints/universal-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sns_universal_sms_endpoint_result:QuerySNSUniversalSmsEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/universal-sms/{uuid}",),
)

QUERY_SNS_WE_COM_AT_PERSON: Api[QuerySNSWeComAtPersonResult] = Api(
    "QuerySNSWeComAtPerson",
    "GET",
    "/sns/application-endpoints/we-com/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.0.0",
    result=".models.query_sns_we_com_at_person_result:QuerySNSWeComAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/we-com/at-persons/{uuid}",),
)

QUERY_SNS_WE_COM_ENDPOINT: Api[QuerySNSWeComEndpointResult] = Api(
    "QuerySNSWeComEndpoint",
    "GET",
    "/sns/application-endpoints/we-com",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_sns_we_com_endpoint_result:QuerySNSWeComEndpointResult",
    query=True,
)

REMOVE_SNS_DING_TALK_AT_PERSON: Api[RemoveSNSDingTalkAtPersonResult] = Api(
    "RemoveSNSDingTalkAtPerson",
    "DELETE",
    "/sns/application-endpoints/ding-talk/{endpointUuid}/at-persons/{phoneNumber}",
    params=(
        ("endpointUuid", "path", "2.3"),
        ("phoneNumber", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("endpoint_uuid", "phone_number", "delete_mode", "system_tags", "user_tags"),
    required=("endpointUuid", "phoneNumber"),
    since="2.3",
    result=".models.remove_sns_ding_talk_at_person_result:RemoveSNSDingTalkAtPersonResult",
)

REMOVE_SNS_FEI_SHU_AT_PERSON: Api[RemoveSNSFeiShuAtPersonResult] = Api(
    "RemoveSNSFeiShuAtPerson",
    "DELETE",
    "/sns/application-endpoints/feishu/{endpointUuid}/at-persons/{userId}",
    params=(
        ("endpointUuid", "path", "5.0.0"),
        ("userId", "path", "5.0.0"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("endpoint_uuid", "user_id", "delete_mode", "system_tags", "user_tags"),
    required=("endpointUuid", "userId"),
    since="5.0.0",
    result=".models.remove_sns_fei_shu_at_person_result:RemoveSNSFeiShuAtPersonResult",
)

REMOVE_SNS_SMS_RECEIVER: Api[RemoveSNSSmsReceiverResult] = Api(
    "RemoveSNSSmsReceiver",
    "DELETE",
    "/sns/sms-endpoints/{endpointUuid}/receivers/{phoneNumber}",
    params=(
        ("endpointUuid", "path", "3.7.0"),
        ("phoneNumber", "path", "3.7.0"),
        ("phoneNumberList", "query", "5.1.8"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=(
        "endpoint_uuid",
        "phone_number",
        "phone_number_list",
        "delete_mode",
        "system_tags",
        "user_tags",
    ),
    required=("endpointUuid", "phoneNumber"),
    since="3.7.0",
    result=".models.remove_sns_sms_receiver_result:RemoveSNSSmsReceiverResult",
    checks=(("phoneNumber", "phone_number", "maxLength", 64),),
)

REMOVE_SNS_WE_COM_AT_PERSON: Api[RemoveSNSWeComAtPersonResult] = Api(
    "RemoveSNSWeComAtPerson",
    "DELETE",
    "/sns/application-endpoints/we-com/{endpointUuid}/at-persons/{userId}",
    params=(
        ("endpointUuid", "path", "5.0.0"),
        ("userId", "path", "5.0.0"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("endpoint_uuid", "user_id", "delete_mode", "system_tags", "user_tags"),
    required=("endpointUuid", "userId"),
    since="5.0.0",
    result=".models.remove_sns_we_com_at_person_result:RemoveSNSWeComAtPersonResult",
)

SNS_DING_TALK_TEST_CONNECTION: Api[SNSDingTalkTestConnectionResult] = Api(
    "SNSDingTalkTestConnection",
    "POST",
    "/sns/application-endpoints/ding-talk/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonPhoneNumbers", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "at_all",
        "at_person_phone_numbers",
        "endpoint_uuid",
        "secret",
        "test_msg",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("testMsg",),
    body_key="params",
    since="5.0.0",
    result=".models.sns_ding_talk_test_connection_result:SNSDingTalkTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_EMAIL_TEST_CONNECTION: Api[SNSEmailTestConnectionResult] = Api(
    "SNSEmailTestConnection",
    "POST",
    "/sns/application-endpoints/email/test-connection",
    params=(
        ("emails", "body", "5.1.8"),
        ("endpointUuid", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("subject", "body", "5.1.8"),
        ("text", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=(
        "emails",
        "endpoint_uuid",
        "platform_uuid",
        "subject",
        "text",
        "system_tags",
        "user_tags",
    ),
    body_key="params",
    since="5.1.8",
    result=".models.sns_email_test_connection_result:SNSEmailTestConnectionResult",
    checks=(
        ("subject", "subject", "maxLength", 512),
        ("text", "text", "maxLength", 8192),
    ),
)

SNS_FEI_SHU_TEST_CONNECTION: Api[SNSFeiShuTestConnectionResult] = Api(
    "SNSFeiShuTestConnection",
    "POST",
    "/sns/application-endpoints/feishu/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "at_all",
        "at_person_user_ids",
        "endpoint_uuid",
        "secret",
        "test_msg",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("testMsg",),
    body_key="params",
    since="5.0.0",
    result=".models.sns_fei_shu_test_connection_result:SNSFeiShuTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_HTTP_TEST_CONNECTION: Api[SNSHttpTestConnectionResult] = Api(
    "SNSHttpTestConnection",
    "POST",
    "/sns/application-endpoints/http/test-connection",
    params=(
        ("endpointUuid", "body", "5.1.8"),
        ("password", "body", "5.1.8"),
        ("url", "body", "5.1.8"),
        ("username", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=("endpoint_uuid", "password", "url", "username", "system_tags", "user_tags"),
    body_key="params",
    since="5.1.8",
    result=".models.sns_http_test_connection_result:SNSHttpTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_MICROSOFT_TEAMS_TEST_CONNECTION: Api[SNSMicrosoftTeamsTestConnectionResult] = Api(
    "SNSMicrosoftTeamsTestConnection",
    "POST",
    "/sns/application-endpoints/microsoft-teams/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "at_all",
        "at_person_user_ids",
        "endpoint_uuid",
        "test_msg",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("testMsg",),
    body_key="params",
    since="5.0.0",
    result=".models.sns_microsoft_teams_test_connection_result:SNSMicrosoftTeamsTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_SNMP_TEST_CONNECTION: Api[SNSSnmpTestConnectionResult] = Api(
    "SNSSnmpTestConnection",
    "POST",
    "/sns/application-endpoints/snmp/test-connection",
    params=(
        ("endpointUuid", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=("endpoint_uuid", "platform_uuid", "system_tags", "user_tags"),
    body_key="params",
    since="5.1.8",
    result=".models.sns_snmp_test_connection_result:SNSSnmpTestConnectionResult",
)

SNS_WE_COM_TEST_CONNECTION: Api[SNSWeComTestConnectionResult] = Api(
    "SNSWeComTestConnection",
    "POST",
    "/sns/application-endpoints/we-com/test-connection",
    params=(
        ("atAll", "body", None),
        ("atPersonUserIds", "body", None),
        ("endpointUuid", "body", None),
        ("testMsg", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "at_all",
        "at_person_user_ids",
        "endpoint_uuid",
        "test_msg",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("testMsg",),
    body_key="params",
    since=None,
    result=".models.sns_we_com_test_connection_result:SNSWeComTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SUBSCRIBE_SNS_TOPIC: Api[SubscribeSNSTopicResult] = Api(
    "SubscribeSNSTopic",
    "POST",
    "/sns/topics/{topicUuid}/endpoints/{endpointUuid}",
    params=(
        ("topicUuid", "path", "2.3"),
        ("endpointUuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("topic_uuid", "endpoint_uuid", "system_tags", "user_tags"),
    required=("topicUuid", "endpointUuid"),
    body_key="params",
    since="2.3",
    result=".models.subscribe_sns_topic_result:SubscribeSNSTopicResult",
)

UNSUBSCRIBE_SNS_TOPIC: Api[UnsubscribeSNSTopicResult] = Api(
    "UnsubscribeSNSTopic",
    "DELETE",
    "/sns/topics/{topicUuid}/endpoints/{endpointUuid}",
    params=(
        ("topicUuid", "path", "2.3"),
        ("endpointUuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("topic_uuid", "endpoint_uuid", "system_tags", "user_tags"),
    required=("topicUuid", "endpointUuid"),
    since="2.3",
    result=".models.unsubscribe_sns_topic_result:UnsubscribeSNSTopicResult",
)

UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT: Api[UpdateAtPersonOfAtDingTalkEndpointResult] = Api(
    "UpdateAtPersonOfAtDingTalkEndpoint",
    "PUT",
    "/sns/application-endpoints/ding-talk/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("phoneNumber", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "endpoint_uuid", "phone_number", "remark", "system_tags", "user_tags"),
    required=("uuid", "endpointUuid"),
    body_key="updateAtPersonOfAtDingTalkEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_ding_talk_endpoint_result:UpdateAtPersonOfAtDingTalkEndpointResult",
    checks=(
        ("phoneNumber", "phone_number", "maxLength", 256),
        ("remark", "remark", "maxLength", 128),
    ),
)

UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT: Api[UpdateAtPersonOfAtFeiShuEndpointResult] = Api(
    "UpdateAtPersonOfAtFeiShuEndpoint",
    "PUT",
    "/sns/application-endpoints/feishu/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "endpoint_uuid", "remark", "user_id", "system_tags", "user_tags"),
    required=("uuid", "endpointUuid"),
    body_key="updateAtPersonOfAtFeiShuEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_fei_shu_endpoint_result:UpdateAtPersonOfAtFeiShuEndpointResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 256),
    ),
)

UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT: Api[UpdateAtPersonOfAtWeComEndpointResult] = Api(
    "UpdateAtPersonOfAtWeComEndpoint",
    "PUT",
    "/sns/application-endpoints/we-com/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "endpoint_uuid", "remark", "user_id", "system_tags", "user_tags"),
    required=("uuid", "endpointUuid"),
    body_key="updateAtPersonOfAtWeComEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_we_com_endpoint_result:UpdateAtPersonOfAtWeComEndpointResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 256),
    ),
)

UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[UpdateEmailAddressOfSNSEmailEndpointResult] = Api(
    "UpdateEmailAddressOfSNSEmailEndpoint",
    "PUT",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("emailAddress", "body", "5.0.0"),
        ("emailAddressUuid", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("email_address", "email_address_uuid", "endpoint_uuid", "system_tags", "user_tags"),
    required=("emailAddress", "emailAddressUuid", "endpointUuid"),
    body_key="updateEmailAddressOfSNSEmailEndpoint",
    since="3.7.0",
    result=".models.update_email_address_of_sns_email_endpoint_result:UpdateEmailAddressOfSNSEmailEndpointResult",
    checks=(("emailAddress", "email_address", "maxLength", 1024),),
)

UPDATE_SNS_APPLICATION_ENDPOINT: Api[UpdateSNSApplicationEndpointResult] = Api(
    "UpdateSNSApplicationEndpoint",
    "PUT",
    "/sns/application-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("platformUuid", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "description", "name", "platform_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSNSApplicationEndpoint",
    since="2.3",
    result=".models.update_sns_application_endpoint_result:UpdateSNSApplicationEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_APPLICATION_PLATFORM: Api[UpdateSNSApplicationPlatformResult] = Api(
    "UpdateSNSApplicationPlatform",
    "PUT",
    "/sns/application-platforms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSNSApplicationPlatform",
    since="2.3",
    result=".models.update_sns_application_platform_result:UpdateSNSApplicationPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_DING_TALK_ENDPOINT: Api[UpdateSNSDingTalkEndpointResult] = Api(
    "UpdateSNSDingTalkEndpoint",
    "PUT",
    "/sns/application-endpoints/ding-talk/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "uuid",
        "at_all",
        "description",
        "name",
        "platform_uuid",
        "secret",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSNSDingTalkEndpoint",
    since="5.0.0",
    result=".models.update_sns_ding_talk_endpoint_result:UpdateSNSDingTalkEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 256),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_FEI_SHU_ENDPOINT: Api[UpdateSNSFeiShuEndpointResult] = Api(
    "UpdateSNSFeiShuEndpoint",
    "PUT",
    "/sns/application-endpoints/feishu/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "uuid",
        "at_all",
        "description",
        "name",
        "platform_uuid",
        "secret",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSNSFeiShuEndpoint",
    since="5.0.0",
    result=".models.update_sns_fei_shu_endpoint_result:UpdateSNSFeiShuEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 256),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_HTTP_ENDPOINT: Api[UpdateSNSHttpEndpointResult] = Api(
    "UpdateSNSHttpEndpoint",
    "PUT",
    "/sns/application-endpoints/http/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("password", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("username", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "password",
        "platform_uuid",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSNSHttpEndpoint",
    since="5.0.0",
    result=".models.update_sns_http_endpoint_result:UpdateSNSHttpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 256),
        ("url", "url", "maxLength", 256),
        ("username", "username", "maxLength", 256),
    ),
)

UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[UpdateSNSMicrosoftTeamsEndpointResult] = Api(
    "UpdateSNSMicrosoftTeamsEndpoint",
    "PUT",
    "/sns/application-endpoints/microsoft-teams/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "description", "name", "platform_uuid", "url", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSNSMicrosoftTeamsEndpoint",
    since="5.0.0",
    result=".models.update_sns_microsoft_teams_endpoint_result:UpdateSNSMicrosoftTeamsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_SNMP_PLATFORM: Api[UpdateSNSSnmpPlatformResult] = Api(
    "UpdateSNSSnmpPlatform",
    "PUT",
    "/sns/application-platforms/snmp/{uuid}",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("snmpAddress", "body", "5.0.0"),
        ("snmpPort", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "description", "name", "snmp_address", "snmp_port", "system_tags", "user_tags"),
    required=("uuid", "snmpAddress", "snmpPort"),
    body_key="updateSNSSnmpPlatform",
    since="5.0.0",
    result=".models.update_sns_snmp_platform_result:UpdateSNSSnmpPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("snmpPort", "snmp_port", "minimum", 1),
        ("snmpPort", "snmp_port", "maximum", 65535),
    ),
)

UPDATE_SNS_TOPIC: Api[UpdateSNSTopicResult] = Api(
    "UpdateSNSTopic",
    "PUT",
    "/sns/topics/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("locale", "body", "5.0.0"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "description", "locale", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSNSTopic",
    since="2.3",
    result=".models.update_sns_topic_result:UpdateSNSTopicResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("locale", "locale", "maxLength", 32),
        ("locale", "locale", "enum", ("zh_CN", "en_US")),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[UpdateSNSUniversalSmsEndpointResult] = Api(
    "UpdateSNSUniversalSmsEndpoint",
    "PUT",
    "/sns/application-endpoints/universal-sms/{uuid}/actions",
    params=(
        ("uuid", "path", "5.1.8"),
        ("description", "body", "5.1.8"),
        ("name", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("smsAccessKeyId", "body", "5.1.8"),
        ("smsAccessKeySecret", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "platform_uuid",
        "sms_access_key_id",
        "sms_access_key_secret",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "smsAccessKeyId", "smsAccessKeySecret"),
    body_key="updateSNSUniversalSmsEndpoint",
    since="5.1.8",
    result=".models.update_sns_universal_sms_endpoint_result:UpdateSNSUniversalSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smsAccessKeyId", "sms_access_key_id", "maxLength", 128),
        ("smsAccessKeySecret", "sms_access_key_secret", "maxLength", 128),
    ),
)

UPDATE_SNS_WE_COM_ENDPOINT: Api[UpdateSNSWeComEndpointResult] = Api(
    "UpdateSNSWeComEndpoint",
    "PUT",
    "/sns/application-endpoints/we-com/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=(
        "uuid",
        "at_all",
        "description",
        "name",
        "platform_uuid",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSNSWeComEndpoint",
    since="5.0.0",
    result=".models.update_sns_we_com_endpoint_result:UpdateSNSWeComEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 256),
    ),
)

VALIDATE_SNS_ALIYUN_SMS_ENDPOINT: Api[ValidateSNSAliyunSmsEndpointResult] = Api(
    "ValidateSNSAliyunSmsEndpoint",
    "PUT",
    "/sns/sms-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("phoneNumbers", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "phone_numbers", "system_tags", "user_tags"),
    required=("uuid", "phoneNumbers"),
    body_key="validateSNSAliyunSmsEndpoint",
    since="3.7.0",
    result=".models.validate_sns_aliyun_sms_endpoint_result:ValidateSNSAliyunSmsEndpointResult",
)

VALIDATE_SNS_EMAIL_PLATFORM: Api[ValidateSNSEmailPlatformResult] = Api(
    "ValidateSNSEmailPlatform",
    "PUT",
    "/sns/application-platforms/email/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("password", "body", None),
        ("smtpPort", "body", None),
        ("smtpServer", "body", None),
        ("username", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "password", "smtp_port", "smtp_server", "username", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="validateSNSEmailPlatform",
    since="2.3",
    result=".models.validate_sns_email_platform_result:ValidateSNSEmailPlatformResult",
    checks=(
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)

VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[ValidateSNSUniversalSmsEndpointResult] = Api(
    "ValidateSNSUniversalSmsEndpoint",
    "PUT",
    "/sns/application-endpoints/universal-sms/{uuid}/validate",
    params=(
        ("uuid", "path", "5.1.8"),
        ("phoneNumbers", "body", "5.1.8"),
        ("testMsg", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=("uuid", "phone_numbers", "test_msg", "system_tags", "user_tags"),
    required=("uuid", "phoneNumbers", "testMsg"),
    body_key="validateSNSUniversalSmsEndpoint",
    since="5.1.8",
    result=".models.validate_sns_universal_sms_endpoint_result:ValidateSNSUniversalSmsEndpointResult",
    checks=(
        ("testMsg", "test_msg", "minLength", 1),
        ("testMsg", "test_msg", "maxLength", 64),
    ),
)


class SnsApi(SyncNamespace):
    """sns: 72 APIs (AddEmailAddressToSNSEmailEndpoint, AddSNSDingTalkAtPerson, AddSNSFeiShuAtPerson, ...)."""

    __slots__ = ()

    def add_email_address_to_sns_email_endpoint(
        self,
        *,
        email_address: str,
        endpoint_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """给SNS邮件接受端增加邮箱地址 (AddEmailAddressToSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 邮箱地址 (since 3.7.0; maxLength 1024)
            endpoint_uuid: 接收端uuid (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "endpointUuid": endpoint_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3; maxLength 64)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 飞书userId (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        type: Literal["AliyunSms", "UniversalSms"],
        description: str | None = None,
        phone_number: str | None = None,
        phone_number_list: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSSmsReceiverResult:
        """添加短信接收者 (AddSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 短信接收者描述 (since 3.7.0; maxLength 255)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8; enum {'AliyunSms', 'UniversalSms'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_SMS_RECEIVER,
            {
                "description": description,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 企业微信用户id (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sns_application_endpoint_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "hide"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable', 'hide'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_APPLICATION_ENDPOINT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sns_application_platform_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更改SNS应用平台状态 (ChangeSNSApplicationPlatformState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_APPLICATION_PLATFORM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sns_topic_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSTopicStateResult:
        """更改主题状态 (ChangeSNSTopicState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_TOPIC_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_aliyun_sms_endpoint(
        self,
        *,
        access_key_uuid: str,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        receivers: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSAliyunSmsEndpointResult:
        """创建阿里云短信接收端 (CreateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_uuid: 阿里云AccessKey信息Uuid (since 3.7.0)
            description: 接收端的详细描述 (since 3.7.0; maxLength 2048)
            name: 接收端名称 (since 3.7.0; maxLength 255)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0; minItems 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "accessKeyUuid": access_key_uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "receivers": receivers,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_ding_talk_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_phone_numbers: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3; minItems 1)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0; maxLength 128)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            url: 钉钉机器人URL (since 2.3; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_DING_TALK_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_email_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        email: str | None = None,
        emails: Sequence[str] | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """创建邮件接收端 (CreateSNSEmailEndpoint).

        Since ZStack 2.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            email: email地址 (since 5.0.0; maxLength 1024)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 应用平台UUID (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_EMAIL_ENDPOINT,
            {
                "description": description,
                "email": email,
                "emails": emails,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_email_platform(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            encrypt_type: encryptType (since 2.3; enum {'SSL', 'STARTTLS', 'NONE'})
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3; minimum 1; maximum 65535)
            smtp_server: SMTP服务器地址 (since 2.3)
            tag_uuids: tagUuids
            username: 用户名 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_EMAIL_PLATFORM,
            {
                "description": description,
                "encryptType": encrypt_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_fei_shu_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSFeiShuEndpointResult:
        """创建飞书接收端 (CreateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_list: @用户信息(推荐使用) (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0; maxLength 128)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_FEI_SHU_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_http_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSHttpEndpointResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3; maxLength 512)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            url: HTTP URL (since 2.3; maxLength 2048)
            username: 用户名 (since 2.3; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_HTTP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_microsoft_teams_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSMicrosoftTeamsEndpointResult:
        """创建微软Teams接收端 (CreateSNSMicrosoftTeamsEndpoint).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_snmp_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """创建Snmp终端 (CreateSNSSnmpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_SNMP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_snmp_platform(
        self,
        *,
        name: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpPlatformResult:
        """创建Snmp服务器 (CreateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_SNMP_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_topic(
        self,
        *,
        name: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTopicResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_TOPIC,
            {
                "description": description,
                "locale": locale,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_universal_sms_endpoint(
        self,
        *,
        name: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        supplier: str,
        addition_param: Mapping[str, Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSUniversalSmsEndpointResult:
        """创建通用短信接收端 (CreateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            addition_param: additionParam (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8; maxLength 128)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8; maxLength 128)
            supplier: supplier (since 5.1.8; maxLength 32)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "additionParam": addition_param,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "supplier": supplier,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_we_com_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_all_: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSWeComEndpointResult:
        """创建企业微信服务器 (CreateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_all_: atAll
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atAll": at_all_,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_email_address_of_sns_email_endpoint(
        self,
        *,
        endpoint_uuid: str,
        email_address_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEmailAddressOfSNSEmailEndpointResult:
        """删除邮箱接收端的地址 (DeleteEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: endpointUuid (since 3.7.0)
            email_address_uuid: emailAddressUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "endpointUuid": endpoint_uuid,
                "emailAddressUuid": email_address_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationEndpointResult:
        """删除接收端 (DeleteSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_application_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationPlatformResult:
        """删除SNS应用平台 (DeleteSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_topic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTopicResult:
        """删除主题 (DeleteSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_TOPIC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_sns_application_endpoint(
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
    ) -> QuerySNSApplicationEndpointResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_endpoint_pages(
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
        """Every result of ``query_sns_application_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_platform(
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
    ) -> QuerySNSApplicationPlatformResult:
        """查询SNS应用平台 (QuerySNSApplicationPlatform).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_application_platform_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccountInventory]:
        """Every result of ``query_sns_application_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_ding_talk_at_person(
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
    ) -> QuerySNSDingTalkAtPersonResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_at_person_pages(
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
        """Every result of ``query_sns_ding_talk_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_endpoint(
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
    ) -> QuerySNSDingTalkEndpointResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_ding_talk_endpoint_pages(
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
        """Every result of ``query_sns_ding_talk_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_email_address(
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
    ) -> QuerySNSEmailAddressResult:
        """查询接收端邮箱地址 (QuerySNSEmailAddress).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSEmailAddressInventory]:
        """Every result of ``query_sns_email_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_endpoint(
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
    ) -> QuerySNSEmailEndpointResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_endpoint_pages(
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
        """Every result of ``query_sns_email_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_platform(
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
    ) -> QuerySNSEmailPlatformResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_email_platform_pages(
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
        """Every result of ``query_sns_email_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_fei_shu_at_person(
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
    ) -> QuerySNSFeiShuAtPersonResult:
        """查询飞书@用户 (QuerySNSFeiShuAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_at_person_pages(
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
        """Every result of ``query_sns_fei_shu_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_endpoint(
        self,
        *,
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
    ) -> QuerySNSFeiShuEndpointResult:
        """Query SNS fei shu endpoint (QuerySNSFeiShuEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/feishu/QuerySNSFeiShuEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_FEI_SHU_ENDPOINT,
            {
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

    def query_sns_fei_shu_endpoint_pages(
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
        """Every result of ``query_sns_fei_shu_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    def query_sns_http_endpoint(
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
    ) -> QuerySNSHttpEndpointResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_http_endpoint_pages(
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
        """Every result of ``query_sns_http_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint(
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
    ) -> QuerySNSMicrosoftTeamsEndpointResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint_pages(
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
        """Every result of ``query_sns_microsoft_teams_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_sms_endpoint(
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
    ) -> QuerySNSSmsEndpointResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_sms_endpoint_pages(
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
        """Every result of ``query_sns_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_snmp_platform(
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
    ) -> QuerySNSSnmpPlatformResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_snmp_platform_pages(
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
        """Every result of ``query_sns_snmp_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_topic(
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
    ) -> QuerySNSTopicResult:
        """查询主题 (QuerySNSTopic).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_pages(
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
        """Every result of ``query_sns_topic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_subscriber(
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
    ) -> QuerySNSTopicSubscriberResult:
        """查询订阅主题的终端 (QuerySNSTopicSubscriber).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_topic_subscriber_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSSubscriberInventory]:
        """Every result of ``query_sns_topic_subscriber``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_universal_sms_endpoint(
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
    ) -> QuerySNSUniversalSmsEndpointResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_universal_sms_endpoint_pages(
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
        """Every result of ``query_sns_universal_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_we_com_at_person(
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
    ) -> QuerySNSWeComAtPersonResult:
        """查询企业微信@用户 (QuerySNSWeComAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_at_person_pages(
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
        """Every result of ``query_sns_we_com_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_endpoint(
        self,
        *,
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
    ) -> QuerySNSWeComEndpointResult:
        """Query SNS we com endpoint (QuerySNSWeComEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/QuerySNSWeComEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_WE_COM_ENDPOINT,
            {
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

    def query_sns_we_com_endpoint_pages(
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
        """Every result of ``query_sns_we_com_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSDingTalkAtPersonResult:
        """删除钉钉用户 (RemoveSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉接收端UUID (since 2.3)
            phone_number: 要删除的atPerson的电话 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSFeiShuAtPersonResult:
        """删除飞书用户 (RemoveSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint uuid (since 5.0.0)
            user_id: 飞书 userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        phone_number_list: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSSmsReceiverResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            delete_mode: 删除模式 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_SMS_RECEIVER,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSWeComAtPersonResult:
        """删除企业微信用户 (RemoveSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信机器人webhook url (since 5.0.0)
            user_id: 企业微信userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_ding_talk_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_phone_numbers: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSDingTalkTestConnectionResult:
        """测试钉钉连通性 (SNSDingTalkTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_phone_numbers: @手机号 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            secret: 钉钉秘钥 (since 5.0.0)
            test_msg: 测试消息文本 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_DING_TALK_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_email_test_connection(
        self,
        *,
        emails: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        subject: str | None = None,
        text: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSEmailTestConnectionResult:
        """发送测试邮件 (SNSEmailTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            emails: 接收邮箱地址 (since 5.1.8)
            endpoint_uuid: 邮箱端点UUID (since 5.1.8)
            platform_uuid: 邮箱平台UUID (since 5.1.8)
            subject: 主题 (since 5.1.8; maxLength 512)
            text: 内容 (since 5.1.8; maxLength 8192)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_EMAIL_TEST_CONNECTION,
            {
                "emails": emails,
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "subject": subject,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_fei_shu_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSFeiShuTestConnectionResult:
        """测试飞书连通性 (SNSFeiShuTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_FEI_SHU_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_http_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSHttpTestConnectionResult:
        """发送测试Webhook请求 (SNSHttpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 端点uuid (since 5.1.8)
            password: Basic Auth 密码 (since 5.1.8)
            url: webhook url (since 5.1.8; maxLength 2048)
            username: Basic Auth 用户名 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_HTTP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_microsoft_teams_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSMicrosoftTeamsTestConnectionResult:
        """测试企业微信连通性 (SNSMicrosoftTeamsTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id集合 (since 5.0.0)
            endpoint_uuid: 企业微信 endpoint uuid (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_MICROSOFT_TEAMS_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_snmp_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSSnmpTestConnectionResult:
        """发送Snmp测试消息 (SNSSnmpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: SNMP 端点uuid (since 5.1.8)
            platform_uuid: SNMP平台UUID (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_SNMP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_we_com_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSWeComTestConnectionResult:
        """SNS we com test connection (SNSWeComTestConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/SNSWeComTestConnectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            at_all: atAll
            at_person_user_ids: atPersonUserIds
            endpoint_uuid: endpointUuid
            test_msg: testMsg
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_WE_COM_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def subscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeSNSTopicResult:
        """订阅主题 (SubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 应用主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unsubscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeSNSTopicResult:
        """退订主题 (UnsubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNSUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        phone_number: str | None = None,
        remark: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0; maxLength 256)
            remark: 备注 (since 5.0.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtFeiShuEndpointResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 飞书用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_we_com_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtWeComEndpointResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 企业微信用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_email_address_of_sns_email_endpoint(
        self,
        *,
        email_address: str,
        email_address_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailAddressOfSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0; maxLength 1024)
            email_address_uuid: 邮箱地址uuid (since 5.0.0)
            endpoint_uuid: 接收端uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "emailAddressUuid": email_address_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: platformUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_application_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationPlatformResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSDingTalkEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSFeiShuEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_http_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSHttpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            password: password (since 5.0.0; maxLength 256)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            username: username (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_HTTP_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_microsoft_teams_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSMicrosoftTeamsEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_snmp_platform(
        self,
        *,
        uuid: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_SNMP_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_topic(
        self,
        *,
        uuid: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTopicResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_TOPIC,
            {
                "uuid": uuid,
                "description": description,
                "locale": locale,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8; maxLength 128)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_we_com_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSWeComEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_sns_aliyun_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSAliyunSmsEndpointResult:
        """验证阿里云短信接收端 (ValidateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 接收端的UUID，唯一标示该资源 (since 3.7.0)
            phone_numbers: 验证短信接收者 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_sns_email_platform(
        self,
        *,
        uuid: str,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSEmailPlatformResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[str],
        test_msg: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSUniversalSmsEndpointResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8; minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "testMsg": test_msg,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSnsApi(AsyncNamespace):
    """sns: 72 APIs (AddEmailAddressToSNSEmailEndpoint, AddSNSDingTalkAtPerson, AddSNSFeiShuAtPerson, ...). (asyncio)"""

    __slots__ = ()

    async def add_email_address_to_sns_email_endpoint(
        self,
        *,
        email_address: str,
        endpoint_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """给SNS邮件接受端增加邮箱地址 (AddEmailAddressToSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 邮箱地址 (since 3.7.0; maxLength 1024)
            endpoint_uuid: 接收端uuid (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "endpointUuid": endpoint_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3; maxLength 64)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 飞书userId (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        type: Literal["AliyunSms", "UniversalSms"],
        description: str | None = None,
        phone_number: str | None = None,
        phone_number_list: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSSmsReceiverResult:
        """添加短信接收者 (AddSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 短信接收者描述 (since 3.7.0; maxLength 255)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8; enum {'AliyunSms', 'UniversalSms'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_SMS_RECEIVER,
            {
                "description": description,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 企业微信用户id (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sns_application_endpoint_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "hide"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable', 'hide'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_APPLICATION_ENDPOINT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sns_application_platform_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更改SNS应用平台状态 (ChangeSNSApplicationPlatformState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_APPLICATION_PLATFORM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sns_topic_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSTopicStateResult:
        """更改主题状态 (ChangeSNSTopicState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_TOPIC_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_aliyun_sms_endpoint(
        self,
        *,
        access_key_uuid: str,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        receivers: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSAliyunSmsEndpointResult:
        """创建阿里云短信接收端 (CreateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_uuid: 阿里云AccessKey信息Uuid (since 3.7.0)
            description: 接收端的详细描述 (since 3.7.0; maxLength 2048)
            name: 接收端名称 (since 3.7.0; maxLength 255)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0; minItems 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "accessKeyUuid": access_key_uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "receivers": receivers,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_ding_talk_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_phone_numbers: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuid: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3; minItems 1)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0; maxLength 128)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            url: 钉钉机器人URL (since 2.3; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_DING_TALK_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_email_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        email: str | None = None,
        emails: Sequence[str] | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """创建邮件接收端 (CreateSNSEmailEndpoint).

        Since ZStack 2.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            email: email地址 (since 5.0.0; maxLength 1024)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 应用平台UUID (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_EMAIL_ENDPOINT,
            {
                "description": description,
                "email": email,
                "emails": emails,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_email_platform(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            encrypt_type: encryptType (since 2.3; enum {'SSL', 'STARTTLS', 'NONE'})
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3; minimum 1; maximum 65535)
            smtp_server: SMTP服务器地址 (since 2.3)
            tag_uuids: tagUuids
            username: 用户名 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_EMAIL_PLATFORM,
            {
                "description": description,
                "encryptType": encrypt_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_fei_shu_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSFeiShuEndpointResult:
        """创建飞书接收端 (CreateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_list: @用户信息(推荐使用) (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0; maxLength 128)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_FEI_SHU_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_http_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSHttpEndpointResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3; maxLength 512)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            url: HTTP URL (since 2.3; maxLength 2048)
            username: 用户名 (since 2.3; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_HTTP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_microsoft_teams_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSMicrosoftTeamsEndpointResult:
        """创建微软Teams接收端 (CreateSNSMicrosoftTeamsEndpoint).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_snmp_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """创建Snmp终端 (CreateSNSSnmpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_SNMP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_snmp_platform(
        self,
        *,
        name: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpPlatformResult:
        """创建Snmp服务器 (CreateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_SNMP_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_topic(
        self,
        *,
        name: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTopicResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_TOPIC,
            {
                "description": description,
                "locale": locale,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_universal_sms_endpoint(
        self,
        *,
        name: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        supplier: str,
        addition_param: Mapping[str, Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSUniversalSmsEndpointResult:
        """创建通用短信接收端 (CreateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            addition_param: additionParam (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8; maxLength 128)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8; maxLength 128)
            supplier: supplier (since 5.1.8; maxLength 32)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "additionParam": addition_param,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "supplier": supplier,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_we_com_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_all_: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSWeComEndpointResult:
        """创建企业微信服务器 (CreateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_all_: atAll
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atAll": at_all_,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_email_address_of_sns_email_endpoint(
        self,
        *,
        endpoint_uuid: str,
        email_address_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEmailAddressOfSNSEmailEndpointResult:
        """删除邮箱接收端的地址 (DeleteEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: endpointUuid (since 3.7.0)
            email_address_uuid: emailAddressUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "endpointUuid": endpoint_uuid,
                "emailAddressUuid": email_address_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationEndpointResult:
        """删除接收端 (DeleteSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_application_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationPlatformResult:
        """删除SNS应用平台 (DeleteSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_topic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTopicResult:
        """删除主题 (DeleteSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_TOPIC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_sns_application_endpoint(
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
    ) -> QuerySNSApplicationEndpointResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_endpoint_pages(
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
        """Every result of ``query_sns_application_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    async def query_sns_application_platform(
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
    ) -> QuerySNSApplicationPlatformResult:
        """查询SNS应用平台 (QuerySNSApplicationPlatform).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_application_platform_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccountInventory]:
        """Every result of ``query_sns_application_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    async def query_sns_ding_talk_at_person(
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
    ) -> QuerySNSDingTalkAtPersonResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_at_person_pages(
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
        """Every result of ``query_sns_ding_talk_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    async def query_sns_ding_talk_endpoint(
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
    ) -> QuerySNSDingTalkEndpointResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_ding_talk_endpoint_pages(
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
        """Every result of ``query_sns_ding_talk_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    async def query_sns_email_address(
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
    ) -> QuerySNSEmailAddressResult:
        """查询接收端邮箱地址 (QuerySNSEmailAddress).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSEmailAddressInventory]:
        """Every result of ``query_sns_email_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ADDRESS,
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

    async def query_sns_email_endpoint(
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
    ) -> QuerySNSEmailEndpointResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_endpoint_pages(
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
        """Every result of ``query_sns_email_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    async def query_sns_email_platform(
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
    ) -> QuerySNSEmailPlatformResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_email_platform_pages(
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
        """Every result of ``query_sns_email_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_PLATFORM,
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

    async def query_sns_fei_shu_at_person(
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
    ) -> QuerySNSFeiShuAtPersonResult:
        """查询飞书@用户 (QuerySNSFeiShuAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_at_person_pages(
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
        """Every result of ``query_sns_fei_shu_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    async def query_sns_fei_shu_endpoint(
        self,
        *,
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
    ) -> QuerySNSFeiShuEndpointResult:
        """Query SNS fei shu endpoint (QuerySNSFeiShuEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/feishu/QuerySNSFeiShuEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_FEI_SHU_ENDPOINT,
            {
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

    def query_sns_fei_shu_endpoint_pages(
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
        """Every result of ``query_sns_fei_shu_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    async def query_sns_http_endpoint(
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
    ) -> QuerySNSHttpEndpointResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_http_endpoint_pages(
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
        """Every result of ``query_sns_http_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_HTTP_ENDPOINT,
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

    async def query_sns_microsoft_teams_endpoint(
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
    ) -> QuerySNSMicrosoftTeamsEndpointResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint_pages(
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
        """Every result of ``query_sns_microsoft_teams_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    async def query_sns_sms_endpoint(
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
    ) -> QuerySNSSmsEndpointResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_sms_endpoint_pages(
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
        """Every result of ``query_sns_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SMS_ENDPOINT,
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

    async def query_sns_snmp_platform(
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
    ) -> QuerySNSSnmpPlatformResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_snmp_platform_pages(
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
        """Every result of ``query_sns_snmp_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SNMP_PLATFORM,
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

    async def query_sns_topic(
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
    ) -> QuerySNSTopicResult:
        """查询主题 (QuerySNSTopic).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_pages(
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
        """Every result of ``query_sns_topic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC,
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

    async def query_sns_topic_subscriber(
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
    ) -> QuerySNSTopicSubscriberResult:
        """查询订阅主题的终端 (QuerySNSTopicSubscriber).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_topic_subscriber_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSSubscriberInventory]:
        """Every result of ``query_sns_topic_subscriber``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    async def query_sns_universal_sms_endpoint(
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
    ) -> QuerySNSUniversalSmsEndpointResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_universal_sms_endpoint_pages(
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
        """Every result of ``query_sns_universal_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    async def query_sns_we_com_at_person(
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
    ) -> QuerySNSWeComAtPersonResult:
        """查询企业微信@用户 (QuerySNSWeComAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_at_person_pages(
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
        """Every result of ``query_sns_we_com_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    async def query_sns_we_com_endpoint(
        self,
        *,
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
    ) -> QuerySNSWeComEndpointResult:
        """Query SNS we com endpoint (QuerySNSWeComEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/QuerySNSWeComEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_WE_COM_ENDPOINT,
            {
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

    def query_sns_we_com_endpoint_pages(
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
        """Every result of ``query_sns_we_com_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    async def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSDingTalkAtPersonResult:
        """删除钉钉用户 (RemoveSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉接收端UUID (since 2.3)
            phone_number: 要删除的atPerson的电话 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSFeiShuAtPersonResult:
        """删除飞书用户 (RemoveSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint uuid (since 5.0.0)
            user_id: 飞书 userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        phone_number_list: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSSmsReceiverResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            delete_mode: 删除模式 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_SMS_RECEIVER,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSWeComAtPersonResult:
        """删除企业微信用户 (RemoveSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信机器人webhook url (since 5.0.0)
            user_id: 企业微信userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_ding_talk_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_phone_numbers: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSDingTalkTestConnectionResult:
        """测试钉钉连通性 (SNSDingTalkTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_phone_numbers: @手机号 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            secret: 钉钉秘钥 (since 5.0.0)
            test_msg: 测试消息文本 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_DING_TALK_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_email_test_connection(
        self,
        *,
        emails: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        subject: str | None = None,
        text: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSEmailTestConnectionResult:
        """发送测试邮件 (SNSEmailTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            emails: 接收邮箱地址 (since 5.1.8)
            endpoint_uuid: 邮箱端点UUID (since 5.1.8)
            platform_uuid: 邮箱平台UUID (since 5.1.8)
            subject: 主题 (since 5.1.8; maxLength 512)
            text: 内容 (since 5.1.8; maxLength 8192)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_EMAIL_TEST_CONNECTION,
            {
                "emails": emails,
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "subject": subject,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_fei_shu_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSFeiShuTestConnectionResult:
        """测试飞书连通性 (SNSFeiShuTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_FEI_SHU_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_http_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSHttpTestConnectionResult:
        """发送测试Webhook请求 (SNSHttpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 端点uuid (since 5.1.8)
            password: Basic Auth 密码 (since 5.1.8)
            url: webhook url (since 5.1.8; maxLength 2048)
            username: Basic Auth 用户名 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_HTTP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_microsoft_teams_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSMicrosoftTeamsTestConnectionResult:
        """测试企业微信连通性 (SNSMicrosoftTeamsTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id集合 (since 5.0.0)
            endpoint_uuid: 企业微信 endpoint uuid (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_MICROSOFT_TEAMS_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_snmp_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSSnmpTestConnectionResult:
        """发送Snmp测试消息 (SNSSnmpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: SNMP 端点uuid (since 5.1.8)
            platform_uuid: SNMP平台UUID (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_SNMP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_we_com_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[str] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSWeComTestConnectionResult:
        """SNS we com test connection (SNSWeComTestConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/SNSWeComTestConnectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            at_all: atAll
            at_person_user_ids: atPersonUserIds
            endpoint_uuid: endpointUuid
            test_msg: testMsg
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_WE_COM_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def subscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeSNSTopicResult:
        """订阅主题 (SubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 应用主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unsubscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeSNSTopicResult:
        """退订主题 (UnsubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNSUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        phone_number: str | None = None,
        remark: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0; maxLength 256)
            remark: 备注 (since 5.0.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtFeiShuEndpointResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 飞书用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_we_com_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtWeComEndpointResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 企业微信用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_email_address_of_sns_email_endpoint(
        self,
        *,
        email_address: str,
        email_address_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailAddressOfSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0; maxLength 1024)
            email_address_uuid: 邮箱地址uuid (since 5.0.0)
            endpoint_uuid: 接收端uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "emailAddressUuid": email_address_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: platformUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_application_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationPlatformResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSDingTalkEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSFeiShuEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_http_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSHttpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            password: password (since 5.0.0; maxLength 256)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            username: username (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_HTTP_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_microsoft_teams_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSMicrosoftTeamsEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_snmp_platform(
        self,
        *,
        uuid: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_SNMP_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_topic(
        self,
        *,
        uuid: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTopicResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_TOPIC,
            {
                "uuid": uuid,
                "description": description,
                "locale": locale,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8; maxLength 128)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_we_com_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSWeComEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_sns_aliyun_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSAliyunSmsEndpointResult:
        """验证阿里云短信接收端 (ValidateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 接收端的UUID，唯一标示该资源 (since 3.7.0)
            phone_numbers: 验证短信接收者 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_sns_email_platform(
        self,
        *,
        uuid: str,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSEmailPlatformResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[str],
        test_msg: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSUniversalSmsEndpointResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8; minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "testMsg": test_msg,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
