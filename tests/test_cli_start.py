"""`zstack-openapi --help`, `--version` and a build with nothing to do start fast
because the CLI imports only the chosen command's module (timings are measured in
benchmarks/bench_cli_start.py; here: what gets imported, and that the index of
commands says what each command module says)."""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys

import pytest

from zstack_openapi import __version__
from zstack_openapi.cli import COMMANDS, main

HEAVY = ("bs4", "lxml", "httpx", "jinja2", "openapi_spec_validator", "jsonschema_rs", "yaml")


def _imported_after(code: str) -> list[str]:
    probe = (
        "import sys, contextlib, io\n"
        "from zstack_openapi.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        f"    {code}\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "argv", [["--help"], ["--version"], ["build", "--help"], ["scrape", "--help"]]
)
def test_help_and_version_import_no_heavy_module(argv: list[str]) -> None:
    # build's and scrape's options show the crawler's defaults, not its code (httpx).
    assert _imported_after(f"main({argv!r})") == []


def test_version_names_the_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"zstack-openapi {__version__}"
    from importlib.metadata import version

    assert version("zstack-openapi") == __version__


def test_the_index_says_what_each_command_module_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, summary in COMMANDS.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"zstack_openapi.commands.{name}").register(sub)
        (action,) = sub._choices_actions
        assert (action.dest, action.help) == (name, summary)
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out
    assert all(name in listing for name in COMMANDS)


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["scrap", "x"])
    assert done.value.code == 2
    assert "invalid choice: 'scrap'" in capsys.readouterr().err


def test_the_python_package_flags_have_their_own_names() -> None:
    """--sdk is the Java SDK facts; the generated package is --package-dir/--no-package
    (the old --sdk-dir/--no-sdk still parse, hidden from the help)."""
    from pathlib import Path

    from zstack_openapi.cli import build_parser

    new = build_parser(["build"]).parse_args(["build", "--package-dir", "p", "--no-package"])
    old = build_parser(["build"]).parse_args(["build", "--sdk-dir", "p", "--no-sdk"])
    for args in (new, old):
        assert (args.package_dir, args.no_package, args.sdk) == (Path("p"), True, None)
    help_text = build_parser(["build"])._subparsers._group_actions[0].choices["build"].format_help()
    assert "--package-dir" in help_text and "--sdk-dir" not in help_text
