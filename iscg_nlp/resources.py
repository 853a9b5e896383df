"""Where the rules and the model convention are found, in a checkout and in an installed wheel.

ANISCG edits ``rules/`` and ``model_template/`` at the top of the checkout; a wheel carries the same
folders inside the package (``iscg_nlp/_rules``, ``iscg_nlp/_model_template``, mapped in
``pyproject.toml``). The checkout wins when both exist, so an edit is seen at once; ``$ISCG_RULES_DIR``
overrides both for the rules.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def bundled_rules_dir() -> Path:
    """The rules shipped with the tool (checkout first, then the copy inside an installed package)."""
    return _first_existing(PROJECT_DIR / "rules", PACKAGE_DIR / "_rules")


def default_rules_dir() -> Path:
    """The rules used when none are named: ``$ISCG_RULES_DIR`` if set, else the shipped ones."""
    env = os.environ.get("ISCG_RULES_DIR")
    return Path(env) if env else bundled_rules_dir()


def model_template_dir() -> Path:
    """The shipped model convention, its imperative points and its calibration."""
    return _first_existing(PROJECT_DIR / "model_template", PACKAGE_DIR / "_model_template")
