"""Result models: SmsReceiverType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "SmsReceiverType",
]


class SmsReceiverType(ZStackModel):
    """The ``SmsReceiverType`` structure."""

    aliyun_sms: SmsReceiverType | None = Field(None, alias="AliyunSms")
    """阿里云短信 (since 3.7.0)"""

    universal_sms: SmsReceiverType | None = Field(None, alias="UniversalSms")
    """通用短信 (since 5.1.8)"""
