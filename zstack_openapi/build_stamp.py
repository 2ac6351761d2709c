"""A build's note of what it was made from, so a rebuild with the same inputs
can stop early, like make. Kept beside the outputs (`.build-stamp.json`, not
committed): it names the inputs' hash and each output file's hash, and counts
only while both still match."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from zstack_openapi.fileio import write_text_if_changed
from zstack_openapi.jsonfmt import dump_json, load_json

STAMP = ".build-stamp.json"
# The stages as this package sees them (zstack_openapi/<stage>), installed or in a checkout.
ROOT = Path(__file__).parent


def file_digest(path: Path) -> str:
    """A file's hash, or a directory's (every file under it, by relative path)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        digest.update(file.read_bytes())
    return digest.hexdigest()


@functools.cache
def code_fingerprint(*packages: str) -> str:
    """Hash of the code of these stages (folders) and modules (files) of zstack_openapi."""
    digest = hashlib.sha256()
    for package in packages:
        where = ROOT / package
        for file in sorted(where.rglob("*.py")) if where.is_dir() else [where]:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _outputs(out_dir: Path) -> dict[str, str]:
    return {
        p.name: file_digest(p)
        for p in sorted(out_dir.iterdir())
        if p.is_file() and p.name != STAMP and p.suffix in (".json", ".md", ".yaml")
    }


def stamp_is_fresh(out_dir: Path, key: str) -> bool:
    stamp = out_dir / STAMP
    if not stamp.exists():
        return False
    try:
        recorded = load_json(stamp.read_bytes())
    except ValueError:
        return False
    if not isinstance(recorded, dict):
        return False
    return bool(recorded.get("inputs") == key and recorded.get("outputs") == _outputs(out_dir))


def record_stamp(out_dir: Path, key: str) -> None:
    write_text_if_changed(out_dir / STAMP, dump_json({"inputs": key, "outputs": _outputs(out_dir)}))
