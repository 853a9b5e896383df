"""Learning from reviewers: a second opinion where a model disagrees with the rules, and a report of
where the rules are overridden. Heavy imports (scikit-learn) happen inside the functions."""

from __future__ import annotations


def run_learn(args) -> int:
    from .train import run_learn as _run

    return _run(args)


def run_rules_report(args) -> int:
    from .report import run_rules_report as _run

    return _run(args)


def second_opinion(line: dict, text: str | None, store_path) -> dict | None:
    from .opinion import second_opinion as _so

    return _so(line, text, store_path)


__all__ = ["run_learn", "run_rules_report", "second_opinion"]
