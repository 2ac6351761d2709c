"""A build's note of what it was made from, so a rebuild with the same inputs
can stop early, like make. Kept beside the outputs (`.build-stamp.json`, not
committed): it names the inputs' key and each output file's size and
modification time, and counts only while both still match. Checking it reads
no catalog and hashes no output: a build with nothing to do stops in a blink."""

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


def file_signature(path: Path) -> str:
    """What make compares: a file's (or every file under a directory's) path, size
    and modification time; a path that is not there signs as absent."""
    if not path.exists():
        return f"{path}: absent"
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    parts = []
    for file in files:
        info = file.stat()
        parts.append(f"{file}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


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


def _outputs(out_dir: Path) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for p in sorted(out_dir.iterdir()):
        if p.is_file() and p.name != STAMP and p.suffix in (".json", ".md", ".yaml"):
            info = p.stat()
            found[p.name] = [info.st_size, info.st_mtime_ns]
    return found


def _read(out_dir: Path) -> dict[str, object]:
    stamp = out_dir / STAMP
    if not stamp.exists():
        return {}
    try:
        recorded = load_json(stamp.read_bytes())
    except ValueError:
        return {}
    return recorded if isinstance(recorded, dict) else {}


def stamp_is_fresh(out_dir: Path, key: str) -> bool:
    recorded = _read(out_dir)
    return bool(recorded.get("inputs") == key and recorded.get("outputs") == _outputs(out_dir))


def record_stamp(out_dir: Path, key: str) -> None:
    stamp = {"inputs": key, "outputs": _outputs(out_dir)}
    write_text_if_changed(out_dir / STAMP, dump_json(stamp))


def package_note(package_dir: Path, spec: Path, generator: str) -> str:
    """What a current package was checked against: every file of the package and
    the spec by size and modification time, and the generator's code."""
    digest = hashlib.sha256(generator.encode())
    for path in (package_dir, spec):
        digest.update(file_signature(path.resolve()).encode())
    return digest.hexdigest()


def package_is_noted(out_dir: Path, note: str) -> bool:
    return _read(out_dir).get("package") == note


def note_package(out_dir: Path, note: str) -> None:
    """Remember that the package was current with the spec in `out_dir`."""
    recorded = _read(out_dir)
    if recorded.get("package") != note and recorded:
        write_text_if_changed(out_dir / STAMP, dump_json({**recorded, "package": note}))
