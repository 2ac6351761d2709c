"""The default input of `zstack-openapi build` outside a checkout: the committed
reconciled catalog (v5.5.6 manual + Java SDK 5.2.0 facts), shipped gzip-compressed
inside the wheel (`setup.py` packs it at wheel-build time from
`spec/zstack.reconciled.json`, so it cannot drift from the committed file)."""

from __future__ import annotations

import gzip
from importlib import resources
from pathlib import Path

PACKED_NAME = "zstack.reconciled.json.gz"  # under zstack_openapi/data/ in the wheel
SOURCE_NAME = "zstack.reconciled.json"  # the committed file it is packed from


def embedded_catalog_file() -> Path | None:
    """Where this installation keeps its default catalog: the packed file of a
    wheel, the committed file of an editable install's checkout, else None."""
    packed = Path(str(resources.files("zstack_openapi").joinpath("data", PACKED_NAME)))
    if packed.is_file():
        return packed
    checkout = Path(__file__).resolve().parents[1] / "spec" / SOURCE_NAME
    return checkout if checkout.is_file() else None


def embedded_catalog_text() -> tuple[str, str] | None:
    """(where it came from, the reconciled catalog's JSON text), or None when this
    installation carries no default (a source tree without spec/)."""
    path = embedded_catalog_file()
    if path is None:
        return None
    if path.name == PACKED_NAME:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        return f"the catalog embedded in zstack_openapi ({PACKED_NAME})", text
    return str(path), path.read_text(encoding="utf-8")
