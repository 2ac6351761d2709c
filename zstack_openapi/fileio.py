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
    skips the fsync: readers (and a killed process) still leave the old or the new
    file, never a mix, but a power cut may lose the new content; for thousands of
    regenerable files (the site's pages, the SDK package, flushed once with os.sync)
    where one fsync each would dominate the run."""
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
            os.fchmod(fd, 0o666 & ~current_umask())
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


def atomic_write_text(
    path: Path, text: str, *, mode: int | None = None, durable: bool = True
) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode, durable=durable)


def current_umask() -> int:
    """The process's umask (reading it means setting it: set back at once)."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def holds_text(path: Path, text: str) -> bool:
    """Whether `path` is a file holding exactly `text` (UTF-8)."""
    try:
        return path.is_file() and path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def write_text_if_changed(path: Path, text: str, *, durable: bool = True) -> bool:
    """Write unless the file already holds exactly `text`; True when written."""
    if holds_text(path, text):
        return False
    atomic_write_text(path, text, durable=durable)
    return True


def refuse_overwriting_inputs(outputs: list[Path], inputs: list[Path]) -> None:
    """An output that is one of the inputs would destroy what we did not write
    (`scrape page.md -o page.md`): refuse before reading anything."""
    resolved_inputs = {p.resolve() for p in inputs}
    for out in outputs:
        if out.resolve() in resolved_inputs:
            raise OutputError(f"{out}: is an input of this command; refusing to overwrite it")


class InputError(ValueError):
    """An input could not be read (the message names the path and why)."""


# Inputs larger than this are refused before they are read: the biggest real input
# (the reconciled catalog) is ~15 MB, and a multi-gigabyte "doc page" would only
# exhaust memory. ZSTACK_OPENAPI_MAX_INPUT_BYTES raises (or lowers) the limit.
DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024
MAX_INPUT_ENV = "ZSTACK_OPENAPI_MAX_INPUT_BYTES"


def max_input_bytes() -> int:
    raw = os.environ.get(MAX_INPUT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_MAX_INPUT_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{MAX_INPUT_ENV}={raw!r}: expected a number of bytes") from None
    if value <= 0:
        raise InputError(f"{MAX_INPUT_ENV}={raw!r}: expected a positive number of bytes")
    return value


def read_input_bytes(path: Path) -> bytes:
    """A whole input file, refused when it is not a regular file or too large."""
    path = Path(path)
    limit = max_input_bytes()
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise InputError(
                    f"{path}: {size} bytes, larger than the {limit}-byte input limit "
                    f"(set {MAX_INPUT_ENV} to raise it)"
                )
            # Read one byte more than allowed: a file that grows (or a device) is caught too.
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{path}: larger than the {limit}-byte input limit ({MAX_INPUT_ENV})")
    return data


def decode_input(path: Path, data: bytes) -> str:
    """UTF-8 text of an input, or an error naming the file and the offending byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_input_text(path: Path) -> str:
    return decode_input(path, read_input_bytes(path))
