"""The docs keep up with the code: every option, format, config key and exit code."""

from __future__ import annotations

import re

import click
import pytest

from claimcheck.cli import main
from claimcheck.config import KEYS
from claimcheck.report import FORMATS
from tests.conftest import ROOT

CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _options():
    for name, command in main.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts + param.secondary_opts:
                    yield name, opt


@pytest.mark.parametrize(("command", "option"), list(_options()))
def test_every_option_is_in_docs_cli_md(command, option):
    assert f"`{option}" in CLI_DOC or f"{option}`" in CLI_DOC, f"{option} is not in docs/cli.md"


@pytest.mark.parametrize("name", list(main.commands))
def test_every_command_has_help_with_an_example(name):
    command = main.commands[name]
    assert command.help and "Example:" in command.help
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"{param.name} has no help"


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_is_documented(name):
    assert f"| `{name}` |" in CLI_DOC


@pytest.mark.parametrize("key", KEYS)
def test_every_config_key_is_documented(key):
    assert re.search(rf"^{re.escape(key)} = ", CLI_DOC, re.M), f"{key} is not in docs/cli.md"


@pytest.mark.parametrize("code", ["| 0 |", "| 1 |", "| 2 |"])
def test_exit_codes_are_documented(code):
    assert code in CLI_DOC


def test_links_between_docs_resolve():
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"
