"""One parameter of one API, as the generated method takes it and the wire needs it."""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def annotation(self) -> str:
        return self.type if self.required else f"{self.type} | None"
