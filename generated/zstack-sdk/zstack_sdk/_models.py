"""Base of every result model: camelCase on the wire, unknown fields kept, ZStack's
number and timestamp forms accepted."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict


def to_camel(name: str) -> str:
    """`backup_storage_refs` -> `backupStorageRefs`; the generator uses the same rule to
    decide which fields need an explicit alias (those whose wire name differs)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class ZStackModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        # The docs are incomplete: keep what the server sends that they do not list.
        extra="allow",
        # ZStack has fields such as "modelName"; pydantic's "model_" guard would warn.
        protected_namespaces=(),
        # No strict mode: Long fields arrive as doubles ("1.073741824E9") and lax
        # validation takes an integral float for an int.
    )


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_ZSTACK_DATE = re.compile(
    r"^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})\s?(AM|PM)$"
)


def parse_zstack_datetime(value: Any) -> Any:
    """Gson's default date form ("Nov 14, 2017 10:20:57 PM", server local time, so a
    naive datetime); ISO 8601 and epoch milliseconds pass on to pydantic unchanged."""
    if isinstance(value, str):
        m = _ZSTACK_DATE.match(value.strip().replace("\u202f", " "))
        if m is not None and m.group(1) in _MONTHS:
            hour = int(m.group(4)) % 12 + (12 if m.group(7) == "PM" else 0)
            return datetime(
                int(m.group(3)),
                _MONTHS[m.group(1)],
                int(m.group(2)),
                hour,
                int(m.group(5)),
                int(m.group(6)),
            )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000)
    return value


ZStackDateTime = Annotated[datetime, BeforeValidator(parse_zstack_datetime)]
