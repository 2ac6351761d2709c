"""The OpenAPI extensions this tool writes and reads (`x-zstack-*`), one name each.

The generated SDK's runtime (generator/runtime/) spells the few it reads itself:
it is copied into the package and cannot import this module."""

from __future__ import annotations

from typing import Final

API: Final = "x-zstack-api"
API_JOB: Final = "x-zstack-api-job"
APIS: Final = "x-zstack-apis"
ASYNC: Final = "x-zstack-async"
BODY_KEY: Final = "x-zstack-body-key"
DATE_FORMAT: Final = "x-zstack-date-format"
DISCRIMINATOR: Final = "x-zstack-discriminator"
NAME: Final = "x-zstack-name"
NOTES: Final = "x-zstack-notes"
PATH_TEMPLATE: Final = "x-zstack-path-template"
PATTERN: Final = "x-zstack-pattern"
PREFIX: Final = "x-zstack-prefix"
REQUEST: Final = "x-zstack-request"
RESULT: Final = "x-zstack-result"
SINCE: Final = "x-zstack-since"
SINCE_UNKNOWN: Final = "x-zstack-since-unknown"
SOURCE: Final = "x-zstack-source"
SOURCES: Final = "x-zstack-sources"
STANDARD: Final = "x-zstack-standard"
STATUS: Final = "x-zstack-status"
STYLE: Final = "x-zstack-style"
SYSTEM_TAGS: Final = "x-zstack-system-tags"
TARGET_VERSION: Final = "x-zstack-target-version"
TEMPLATES: Final = "x-zstack-templates"
TYPE: Final = "x-zstack-type"
