"""Round 7 held-out wordings for déontologie, through the real engine.

Written from the codebook and the study, not copied from any sample. Each phenomenon fixed in round 7
is tried in at least six other wordings (other nouns and verbs, passive, double negation, missing
accents), with sentences that carry the same cue and mean the opposite:

- sharing of information subject to a police / gendarmerie chief's consent, in the whole family of
  words (aval, accord, visa, feu vert, validation, avis conforme, « validé par l'OPJ »), and said as a
  double negation (« aucun élément ne peut être porté à la connaissance… sans l'aval du commissaire »);
  a sentence freeing the worker from that consent (« sans avoir à solliciter l'accord… », « n'est pas
  soumis à… ») stays silent;
- meetings on individual situations held lawfully (with the person's consent, without names, in the
  thematic groups of article L. 132-5 CSI, « ne saurait justifier ») are not a contre-sens;
- the consent the police collect to refer a victim to the social worker is not the worker's own
  libre adhésion; the worker acting only with the person's consent still is.
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- sharing subject to the authorisation of a police / gendarmerie chief
CHIEF_CONSENT = [
    ("Aucune information concernant les personnes reçues ne sera transmise aux partenaires sans l'accord exprès du commandant de compagnie.", "contre_sens"),
    ("L'intervenante ne communique aucun renseignement a l'exterieur sans le visa prealable de l'officier de police judiciaire.", "contre_sens"),
    ("Les informations recueillies ne peuvent être partagées avec les services sociaux sans avoir été validées par le chef de service.", "contre_sens"),
    ("Nul renseignement ne sort du commissariat sans le feu vert du commissaire.", "contre_sens"),
    ("Toute transmission d'éléments aux partenaires extérieurs intervient après avis conforme du chef de circonscription.", "contre_sens"),
    ("La communication des fiches aux partenaires est subordonnée à la validation préalable du commandant de brigade.", "contre_sens"),
    ("Les comptes rendus d'entretien sont transmis aux partenaires une fois visés par l'OPJ.", "contre_sens"),
    ("L'intervenant ne peut echanger d'informations avec le Departement qu'apres accord de la hierarchie policiere.", "contre_sens"),
    # the opposite: freed from the chief, another subject, the person's consent, a report
    ("L'intervenant transmet les informations utiles aux partenaires sans avoir à solliciter l'accord du commissaire.", "non_precise"),
    ("Le partage d'informations n'est pas soumis à l'accord du commandant de brigade.", "non_precise"),
    ("Aucune autorisation du chef de service n'est requise pour la transmission d'informations aux partenaires.", "non_precise"),
    ("L'intervenant n'a pas besoin de l'accord du commissaire pour transmettre une information préoccupante.", "non_precise"),
    ("Les congés de l'intervenante sont posés après accord du commandant de brigade.", "non_precise"),
    ("Le bilan d'activité, validé par le commissaire, est transmis au comité de pilotage.", "non_precise"),
    ("Aucune information n'est transmise aux enquêteurs sans l'accord de la personne concernée.", "securisee"),
]


@pytest.mark.parametrize("text,expected", CHIEF_CONSENT)
def test_sharing_subject_to_a_chief_consent(text, expected):
    assert code("deontologie", text) == expected


# ---- meetings on individual situations: lawful forms are not the mistake
LAWFUL_MEETINGS = [
    ("Il siège aux réunions mensuelles du groupe partenarial consacrées à l'étude des situations individuelles des victimes.", "contre_sens"),
    ("Lors de ces réunions, les situations individuelles des familles sont évoquées avec les partenaires.", "contre_sens"),
    ("L'intervenant participe aux reunions partenariales du CLSPD sans evocation de situations nominatives.", "non_precise"),
    ("Il prend part aux groupes de travail du CLSPD relatifs aux situations individuelles dans le cadre de l'article L. 132-5 du code de la sécurité intérieure.", "non_precise"),
    ("La participation aux instances partenariales ne saurait justifier l'évocation de situations individuelles.", "non_precise"),
    ("L'intervenante participe aux cellules de veille, où les situations individuelles sont examinées de façon non nominative.", "non_precise"),
    ("Les situations individuelles sont présentées en réunion partenariale avec le consentement des personnes concernées.", "securisee"),
    ("En commission partenariale, les cas individuels ne sont abordés qu'avec l'accord de l'intéressé.", "securisee"),
]


@pytest.mark.parametrize("text,expected", LAWFUL_MEETINGS)
def test_lawful_meetings_are_not_a_contre_sens(text, expected):
    assert code("deontologie", text) == expected


# ---- consent collected by the police to refer a victim is not the worker's libre adhésion
REFERRAL_CONSENT = [
    ("Les enquêteurs adressent à l'intervenante, avec l'accord de la victime, la fiche de liaison.", "non_precise"),
    ("Avec l'accord de la victime, recueilli par le policier lors du dépôt de plainte, ses coordonnées sont communiquées.", "non_precise"),
    ("Le service d'accueil oriente vers l'intervenant social, apres accord de la victime, les personnes en difficulte.", "non_precise"),
    ("La fiche n'est remise au travailleur social qu'avec le consentement de la personne, recueilli par les gendarmes.", "non_precise"),
    ("Son intervention repose sur la libre adhésion des personnes.", "securisee"),
    ("L'intervenant social ne rencontre la personne qu'avec son accord ; aucune démarche n'est engagée sans le consentement de l'intéressé.", "securisee"),
    ("Les partenaires ne sont sollicités qu'avec l'accord préalable de la personne.", "securisee"),
]


@pytest.mark.parametrize("text,expected", REFERRAL_CONSENT)
def test_police_referral_consent_is_not_libre_adhesion(text, expected):
    assert code("deontologie", text) == expected
