"""Every file the tool writes goes through here: written whole or not at all.

A write lands in a temporary file beside its target and is renamed over it, so a
full disk, `ulimit -f` or a kill mid-write leaves the previous good file, never a
truncated one. Errors come back as `OutputError` naming the path, for the CLI to
answer with exit 2 instead of a traceback."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class OutputError(ValueError):
    """An output could not be written (the message names the path and why)."""


def atomic_write_bytes(
    path: Path, data: bytes, *, mode: int | None = None, durable: bool = True
) -> None:
    """Replace `path` with `data` atomically; `mode` sets the permission bits
    (0o600 for files holding secrets) before any byte is written. `durable=False`
    skips the fsync: readers still see the old or the new file, never a mix, but a
    power cut may lose the new content; for thousands of regenerable files (the
    site's pages) where one fsync each would dominate the run."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a directory, expected a file path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        else:
            # mkstemp creates 0600; ordinary outputs get the usual umask-derived bits.
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def write_text_if_changed(path: Path, text: str, *, durable: bool = True) -> bool:
    """Write unless the file already holds exactly `text`; True when written."""
    data = text.encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, data, durable=durable)
    return True


def refuse_overwriting_inputs(outputs: list[Path], inputs: list[Path]) -> None:
    """An output that is one of the inputs would destroy what we did not write
    (`scrape page.md -o page.md`): refuse before reading anything."""
    resolved_inputs = {p.resolve() for p in inputs}
    for out in outputs:
        if out.resolve() in resolved_inputs:
            raise OutputError(f"{out}: is an input of this command; refusing to overwrite it")
