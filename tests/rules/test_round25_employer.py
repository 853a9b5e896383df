"""Round 25 wordings of the employer, through the real engine (rules + qualifiers + decide tables).

1. The Département's child-protection directorate named as the employer (« placé sous l'autorité de la
   Direction de l'enfance et de la famille, son employeur », « recrutée par la direction enfance
   famille ») is the conseil départemental; orienting people towards it or sending it a report is not.
2. An association speaking in the first person (« C'est nous, l'association, qui l'employons »)
   employs the worker.
3. « Pôle emploi » in a list of services is a body, not the verb « employer »: it does not make the
   CCAS or the association next to it the employer.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


@pytest.mark.parametrize("text, expected", [
    ("L'intervenant social est placé sous l'autorité de la Direction de l'enfance et de la famille, son "
     "employeur, qui assure son encadrement hiérarchique et technique.", "conseil_departemental"),
    ("L'intervenante, assistante de service social, est recrutée par la direction de l'enfance et de la "
     "famille.", "conseil_departemental"),
    ("Le travailleur social est salarié de la Direction Enfance Famille.", "conseil_departemental"),
    ("La direction de la protection de l'enfance demeure l'employeur de l'intervenant.", "conseil_departemental"),
    ("Le service de l'aide sociale à l'enfance emploie l'intervenant social.", "conseil_departemental"),
    ("C'est nous, l'association, qui l'employons, et pas seulement sur le papier.", "association"),
    ("Notre association, qui emploie l'intervenante, assure son encadrement.", "association"),
])
def test_employer_named(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text", [
    "L'intervenant oriente les mineurs vers la direction de l'enfance et de la famille.",
    "Un bilan anonyme est adressé chaque année à la direction de l'enfance et de la famille.",
    "L'intervenant n'est pas salarié de la direction de l'enfance et de la famille.",
    "L'intervenante aide à prendre contact avec les bons services (service social départemental, CCAS, "
    "CMP, bailleurs, Pôle emploi, associations).",
    "Les personnes sont orientées vers le CCAS et Pôle emploi.",
    "La mission locale et Pôle emploi accueillent les jeunes orientés par l'association.",
])
def test_no_employer(text: str) -> None:
    assert code("type_employeur", text) == "autre"
