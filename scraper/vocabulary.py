"""What the Chinese and English manuals call things: headers, labels, markers."""

from __future__ import annotations

import re

# Table header cells -> column role.
COLUMN_ROLES: dict[str, str] = {
    "名字": "name",
    "名称": "name",
    "名": "name",
    "name": "name",
    "parameter": "name",
    "field": "name",
    "类型": "type",
    "type": "type",
    "位置": "location",
    "location": "location",
    "描述": "description",
    "description": "description",
    "可选值": "values",
    "optional value": "values",
    "optional values": "values",
    "allowed values": "values",
    "allowed value": "values",
    "valid values": "values",
    "起始版本": "since",
    "起始版": "since",
    "starting version": "since",
    "since": "since",
    "start version": "since",
}

PARAM_COLUMNS = ("name", "type", "location", "description", "values", "since")
FIELD_COLUMNS = ("name", "type", "description", "since")

OPTIONAL_MARK = re.compile(r"\s*[(（]\s*(?:可选|optional)\s*[)）]\s*", re.IGNORECASE)
OPTIONAL_DESCRIPTION = re.compile(r"^\s*optional[.:,]\s*", re.IGNORECASE)

WRAPPER = re.compile(
    r"body\s*[(（]\s*(?:包含在\s*(?P<zh>[A-Za-z_]\w*)\s*结构中"
    r"|(?:contained|included)\s+in\s+(?:the\s+)?(?P<en>[A-Za-z_]\w*)\s+structure)\s*[)）]",
    re.IGNORECASE,
)

# What the Explorer reader writes for a body field its curl example puts beside
# the wrapper object (the docs' tables have no words for it).
TOP_LEVEL = re.compile(r"body\s*\(\s*top\s+level\s*\)", re.IGNORECASE)

REFERENCE = re.compile(
    r"(?:详情参考?|(?:for\s+more\s+information|for\s+details)\s*,?\s*see|\bsee\b)\s*\[?\s*([A-Za-z_]\w*)\s*\]?",
    re.IGNORECASE,
)

NESTED_INTRO = re.compile(r"^#\s*([A-Za-z_]\w*)\s*$")

VERSION = re.compile(r"^(?:[A-Za-z][\w-]*\s+)?\d+(?:\.\d+)*(?:[.-][A-Za-z0-9]+)?$")

# Sub-headings and labels inside an API section (never API names, never categories).
SECTION_LABELS = re.compile(
    r"^\s*(?:api\s*请求|api\s*返回|sdk\s*示例|api\s+request|api\s+response|request|response|"
    r"sdk\s+(?:sample|example)s?|request\s+parameters|parameter\s+list|sample\s+response|"
    r"response\s+example|curl\s+(?:sample|example)|urls?|headers?|body|java\s+sdk|python\s+sdk|"
    r"参数列表|返回示例|curl示例|返回结果|返回结果为)\s*[:：]?\s*$",
    re.IGNORECASE,
)
RESPONSE_LABEL = re.compile(
    r"^\s*(?:api\s*返回|api\s+response|response|sample\s+response|response\s+example|返回示例)\s*[:：]?\s*$",
    re.IGNORECASE,
)
SDK_LABEL = re.compile(r"^\s*(?:sdk\s*示例|sdk\s+(?:sample|example)s?)\s*[:：]?\s*$", re.IGNORECASE)
REQUEST_LABEL = re.compile(r"^\s*(?:api\s*请求|api\s+request|request)\s*[:：]?\s*$", re.IGNORECASE)

EMPTY_RESPONSE = re.compile(
    r"返回一个空的\s*JSON\s*结构|returns?\s+an?\s+empty\s+JSON", re.IGNORECASE
)

SYSTEM_TAG_FORMAT = re.compile(
    r"^(?:选项格式为|格式为|format|the\s+format\s+is)\s*[:：]\s*(.+)$", re.IGNORECASE
)
SYSTEM_TAG_EXAMPLE = re.compile(
    r"^(?:例如|示例|for\s+example|example|e\.g\.)\s*[:：,]?\s*(.+)$", re.IGNORECASE
)

API_HEADING = re.compile(r"^(?P<title>.*?)\s*[(（]\s*(?P<name>[A-Z][A-Za-z0-9]+)\s*[)）]\s*$")
BARE_API_HEADING = re.compile(r"^(?P<name>[A-Z][a-z]+(?:[A-Z0-9][A-Za-z0-9]*)+)$")
SDK_ACTION = re.compile(r"\b([A-Z]\w*?)Action\s+action\s*=")
