"""Round 30 (publics): wordings of the public and of the situations that the blind sets xf-xi showed missing.

Paraphrases written for the families, not copied from a sample:
- « victimes (long complement, incise) et/ou toute personne en difficulté / fragilité » is the study's
  ambiguous formula, however long the victims' complement before « et/ou »; naming the authors on the way
  opens the public;
- « quelle que soit la nature des violences » widens the kinds of violence inside a restricted field, it is
  not a generalist approach (« quelle que soit la nature des difficultés » still is);
- the article that defines the field (« Champ d'intervention », « Périmètre », « Situations visées »)
  naming one problem restricts the post; « notamment », « toute situation », a negation keep it open;
- « Les violences concernées / visées / prises en compte sont les … » defines the field.
Run through the real engine as test_heldout_wordings does.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(indicator: str, text: str, title: str = "") -> str:
    findings = [f for f in match_text(text, RULES, article_title=title) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


CHAMP = "Champ d'intervention"

CASES = [
    # ---- « victimes … et/ou toute personne en difficulté » with a long complement: the ambiguous formula
    ("public", "Sont reçues les femmes victimes de violences, quelle qu'en soit la forme (physique, psychologique ou sexuelle), et/ou toute personne en situation de fragilite rencontree a cette occasion.", "", "ambiguite"),
    ("public", "L'intervenante accueille les victimes d'infractions dont les faits ont été constatés par les brigades du département et/ou les personnes en détresse sociale.", "", "ambiguite"),
    ("public", "Peuvent etre accompagnees les victimes de violences intrafamiliales, qu'elles aient ou non porte plainte, ou/et toute personne en difficulte sociale.", "", "ambiguite"),
    ("public", "Le dispositif bénéficie aux victimes de violences commises au sein du couple, y compris après la séparation, et/ou à l'ensemble des personnes vulnérables repérées par les militaires.", "", "ambiguite"),
    ("public", "L'intervention s'adresse aux victimes, majeures ou mineures, de violences conjugales ou sexuelles et/ou aux personnes en situation de précarité signalées par le commissariat.", "", "ambiguite"),
    ("public", "Sont concernées les personnes victimes d'une infraction pénale, quelle que soit sa gravité, et/ou toutes les personnes en situation de vulnérabilité.", "", "ambiguite"),
    # opposites: the authors named on the way, or the open public without victims first
    ("public", "Il reçoit les victimes de violences, quelle que soit leur nature, les auteurs présumés et/ou toute personne en difficulté sociale.", "", "tous_publics"),
    ("public", "L'intervenant social accueille toute personne en difficulté sociale, qu'elle soit victime, mise en cause ou sans lien avec une infraction.", "", "tous_publics"),
    ("public", "L'intervenant reçoit les victimes de violences, quelle que soit la nature de celles-ci.", "", "victimes_seulement"),
    # ---- « quelle que soit la nature des violences » is no generalist approach
    ("situations", "L'intervenante intervient quelle que soit la nature des violences subies.", "", "toutes_situations"),
    ("situations", "Il intervient dans toute situation sociale, quelle que soit la nature de la difficulte rencontree.", "", "toutes_situations"),
    # ---- the article defining the field names one problem
    ("situations", "L'intervenant social intervient dans les situations de violences conjugales, que le couple soit marié ou non, et quelle que soit la nature des violences.", CHAMP, "violences_conjugales"),
    ("situations", "L'intervenante sociale est saisie des situations de violences au sein du couple dont les policiers ont connaissance.", CHAMP, "violences_conjugales"),
    ("situations", "L'intervenant interviendra sur les faits de violences intrafamiliales signales par les unites.", "Périmètre", "vif"),
    ("situations", "L'intervenante intervient dans les situations de violences faites aux femmes, quelle que soit leur forme.", "Situations visées", "violences_faites_aux_femmes"),
    ("situations", "L'intervenant social exerce ses missions dans les situations de violences conjugales portées à la connaissance des brigades.", CHAMP, "violences_conjugales"),
    ("situations", "L'intervenant intervient lors des situations de violences conjugales, de jour comme de nuit.", "Champ d'action", "violences_conjugales"),
    # opposites: « notamment », another problem, a negation, another article
    ("situations", "L'intervenant social intervient notamment dans les situations de violences conjugales.", CHAMP, "toutes_situations"),
    ("situations", "L'intervenant social intervient dans les situations de violences conjugales et dans toute situation de détresse sociale.", CHAMP, "toutes_situations"),
    ("situations", "L'intervenant social n'intervient pas seulement dans les situations de violences conjugales.", CHAMP, "toutes_situations"),
    ("situations", "L'intervenant social intervient également dans les situations de violences au sein du couple.", CHAMP, "toutes_situations"),
    ("situations", "L'intervenant social intervient dans les situations de violences conjugales.", "Missions", "toutes_situations"),
    # ---- « les violences concernées sont … » defines the field
    ("situations", "Les violences concernees sont les violences faites aux femmes sous toutes leurs formes : harcelement, violences sexuelles, mariages forces.", "", "violences_faites_aux_femmes"),
    ("situations", "Les situations prises en charge par l'intervenante sont celles de violences conjugales, y compris entre ex-conjoints.", "", "violences_conjugales"),
    ("situations", "Les faits visés par le dispositif sont les violences intrafamiliales portées à la connaissance des services.", "", "vif"),
    ("situations", "Les violences prises en compte sont les violences commises à l'encontre des femmes, qu'elles soient physiques ou psychologiques.", "", "violences_faites_aux_femmes"),
    ("situations", "Les situations relevant du poste sont celles de violences au sein du couple.", "", "violences_conjugales"),
    ("situations", "Les situations concernées sont notamment les violences conjugales, sans exclure toute autre difficulté sociale.", "", "toutes_situations"),
    ("situations", "Les violences concernées ne sont pas uniquement les violences faites aux femmes.", "", "toutes_situations"),
]


@pytest.mark.parametrize("indicator, text, title, expected", CASES,
                         ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_round30_publics(indicator, text, title, expected):
    assert code(indicator, text, title) == expected
