"""Every `iscg` command is documented in the README, and every command's help is in French.

(The sqlite-utils lesson: a command nobody can find in the documentation does not exist for its users.)
"""

import re
from pathlib import Path

import pytest

from iscg_nlp.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return dict(sub.choices)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_command_is_in_the_readme(name):
    assert re.search(rf"iscg {re.escape(name)}\b", README), f"« iscg {name} » n'est pas décrite dans README.md"


@pytest.mark.parametrize("name", sorted(_commands()))
def test_help_is_french(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([name, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation :"), out[:80]
    assert "show this help" not in out and "positional arguments" not in out


def test_incomplete_rules_folder_is_refused_once_in_french(tmp_path, capsys):
    """A rule file deleted by mistake stops the command with a French message, not one error per file."""
    import shutil

    from iscg_nlp.cli import main

    rules = Path(__file__).resolve().parents[1] / "rules"
    for f in rules.glob("*.yaml"):
        if f.name != "public.yaml":
            shutil.copy(f, tmp_path / f.name)
    sample = Path(__file__).resolve().parents[1] / "corpus_samples" / "b12-pas-de-calais-2008.txt"
    assert main(["analyze", str(sample), "--rules", str(tmp_path), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "aucune règle pour : public" in err and "Traceback" not in err
