"""Round 63. Public: the mis en cause only sent on with a synonym of « orienter » (dirigés, adressés,
réorientés vers, invités à se rapprocher de, coordonnées remises) while the victims are received is the
CODEBOOK's ambiguity, and an exclusion written at the singular passive (« Est exclue de ses missions la prise en
charge des agresseurs ») does not open the public. Situations: the field of the post said by the writer's own
verb (« intervient sur / traite / son intervention porte sur les violences faites aux femmes »). Wordings written
for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

VICTIMES = "L'intervenante sociale reçoit et accompagne les victimes de violences au sein du couple. "


@pytest.mark.parametrize("text, expected", [
    # synonyms of the orientation: the authors are sent elsewhere, not received
    (VICTIMES + "Quand les enquêteurs l'estiment nécessaire, les auteurs des faits sont dirigés par la travailleuse "
     "sociale vers une structure de soins.", "ambiguite"),
    (VICTIMES + "Les conjoints violents sont, le cas échéant, adressés au centre de prise en charge des auteurs.",
     "ambiguite"),
    (VICTIMES + "Les personnes mises en cause sont réorientées vers les dispositifs spécialisés du territoire.",
     "ambiguite"),
    (VICTIMES + "Les agresseurs sont invités à prendre contact avec l'association de contrôle judiciaire.",
     "ambiguite"),
    (VICTIMES + "Les mis en cause se voient remettre les coordonnées du service pénitentiaire d'insertion et de "
     "probation.", "ambiguite"),
    (VICTIMES + "Elle dirige les conjoints violents vers le groupe de parole du CSAPA.", "ambiguite"),
    # sent TO the worker: they are her public
    ("L'intervenante sociale accueille toute personne en difficulté. Les auteurs présumés peuvent être adressés à "
     "l'intervenante par les enquêteurs.", "tous_publics"),
    # the authors received: the public is open
    (VICTIMES + "Elle reçoit également les auteurs de violences qui le demandent.", "tous_publics"),
    # exclusion at the singular passive: no opening of the public
    (VICTIMES + "Est exclue de son intervention la prise en charge des conjoints violents.", "victimes_seulement"),
    (VICTIMES + "Est écarté de ses missions l'accompagnement des agresseurs.", "victimes_seulement"),
])
def test_public_orientation_synonyms_and_exclusion(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L'intervenant social intervient sur les situations de violences commises à l'encontre des femmes, en "
     "particulier dans le cadre conjugal.", "violences_faites_aux_femmes"),
    ("Son intervention porte sur les violences sexistes et sexuelles.", "violences_faites_aux_femmes"),
    ("Le champ d'intervention de la travailleuse sociale est celui des violences faites aux femmes ; son action "
     "porte sur les violences de genre.", "violences_faites_aux_femmes"),
    ("L'intervenante traite les situations de violences envers les femmes.", "violences_faites_aux_femmes"),
    # an example among others, denied, widened, or said of the investigators: no restriction
    ("L'intervenant social intervient sur toute difficulté sociale, notamment les violences faites aux femmes.",
     "toutes_situations"),
    ("L'intervenante n'intervient pas uniquement sur les violences faites aux femmes.", "toutes_situations"),
    ("L'intervenant social intervient aussi sur les violences faites aux femmes.", "toutes_situations"),
    ("Les enquêteurs de la brigade interviennent sur les violences faites aux femmes.", "toutes_situations"),
    ("Si les violences faites aux femmes représentent une part importante de son activité, l'intervenant social "
     "intervient sur toute situation présentant une composante sociale.", "toutes_situations"),
])
def test_situations_field_said_by_the_writer(text, expected):
    assert code("situations", text) == expected
