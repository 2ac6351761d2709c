"""Packaging hook: the wheel carries the committed reconciled catalog,
gzip-compressed, as the input `zstack-openapi build` starts from in a directory
without a catalog of its own (see zstack_openapi/embedded.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "spec" / "zstack.reconciled.json"
TARGET = Path("zstack_openapi") / "data" / "zstack.reconciled.json.gz"


class BuildWithDefaultCatalog(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's spec/ directly
        if not SOURCE.is_file():
            raise SystemExit(f"{SOURCE}: missing; the wheel's default catalog is packed from it")
        target = Path(self.build_lib) / TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(gzip.compress(SOURCE.read_bytes(), compresslevel=9, mtime=0))


setup(cmdclass={"build_py": BuildWithDefaultCatalog})
