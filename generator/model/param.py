"""One parameter of one API, as the generated method takes it and the wire needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Where the value travels (the runtime's _base_client constants).
PATH, QUERY, BODY, ROOT = "path", "query", "body", "root"


@dataclass(frozen=True)
class Param:
    wire: str  # the name on the wire (camelCase)
    name: str  # the Python keyword argument
    location: str  # PATH | QUERY | BODY | ROOT
    type: str  # the annotation, without "| None"
    required: bool
    since: str | None
    description: str
    # The spec's constraints on the value, (keyword, limit): enforced before sending.
    checks: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def annotation(self) -> str:
        return self.type if self.required else f"{self.type} | None"
