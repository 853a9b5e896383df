"""Another party's claim (``report.claims`` in qualifiers.yaml): after « selon lesquelles », the rest of the
sentence is what someone else asserts, not a stipulation (real matcher and decision tables)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import code  # noqa: E402

SECRET = "L'intervenant social est tenu au secret professionnel."


@pytest.mark.parametrize("claim", [
    "Considérant les observations de l'association nationale, selon lesquelles la transmission systématique "
    "de la fiche de liaison aux enquêteurs méconnaît les règles de confidentialité.",
    "Vu l'avis du comité, selon lequel la copie du plan d'aide adressée à l'officier de police judiciaire "
    "porte atteinte au secret.",
    "Les partenaires ont entendu la critique selon laquelle un compte rendu de chaque entretien etait remis "
    "au commandant de brigade.",
])
def test_a_claim_about_a_practice_is_no_stipulation(claim):
    assert code("deontologie", f"{claim} {SECRET}") == "securisee"


@pytest.mark.parametrize("text", [
    # the claim ends at the sentence or « ; »: what the parties then stipulate is read
    "Considérant les observations selon lesquelles le poste est utile ; l'intervenant social transmet "
    "systématiquement la fiche de liaison aux enquêteurs.",
    "Selon les observations du comité, le dispositif fonctionne. L'intervenant social transmet "
    "systématiquement la fiche de liaison aux enquêteurs.",
])
def test_what_follows_the_claim_still_counts(text):
    assert code("deontologie", text) == "contre_sens"


@pytest.mark.parametrize("text", [
    "La présente convention définit les modalités selon lesquelles l'intervenant social transmet "
    "systématiquement la fiche de liaison aux enquêteurs.",
    "Les conditions selon lesquelles l'intervenant transmet systématiquement la fiche de liaison aux "
    "enquêteurs sont fixées en annexe.",
])
def test_the_way_something_is_done_is_no_claim(text):
    assert code("deontologie", text) == "contre_sens"
