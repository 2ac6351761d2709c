"""The generator's internal model: plain dataclasses parsed from the OpenAPI document.

Templates only format this model; every decision (names, types, where a parameter
travels, which module holds what) is made here."""
