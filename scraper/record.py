"""What one API section yields before the catalog is assembled."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict, cast

from zstack_openapi.catalog_model import Api, Param, Place, Response, UnnamedApi


class Record(TypedDict):
    """One section's record: the schema's `Api` keys a scrape always writes, with
    `name` None where the page shows no API name (the API Explorer). Merged records
    with a name become the catalog's `apis`; the others its `unnamed`."""

    name: str | None
    title: str | None
    category: list[str]
    description: str | None
    method: str
    path: str
    extra_paths: list[str]
    body_key: str | None
    params: list[Param]
    response: Response
    system_tags: list[str]
    source: Place
    execution: NotRequired[Literal["synchronous", "asynchronous"]]


def reused_record(api: Api | UnnamedApi) -> Record:
    """A previous catalog's record, taken over (copied) as if just extracted."""
    # The previous catalog was written by this scraper (its extractor fingerprint
    # matched), so its records carry every key a scrape writes.
    return cast(Record, dict(api))
