"""Round 5 held-out wordings for situations and déontologie, through the real engine.

Written from the codebook and the study, not copied from any sample: each phenomenon fixed in round 5
is tried in at least six other wordings (other verbs, word order, passive, missing accents, OCR slips)
together with the sentences that contain the same cue and mean the opposite (negation, « notamment »,
priority, another subject, a refutation placed after the notion).
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- situations: the field / object of the post IS the problem
FIELD = [
    ("Le domaine d'intervention du travailleur social est celui des violences intrafamiliales.", "vif"),
    ("Le perimetre d'action de l'intervenante est celui des violences au sein de la famille.", "vif"),
    ("L'objet du poste est la prise en charge des victimes de violences conjugales.", "violences_conjugales"),
    ("La prise en charge des situations de violences au sein du couple constitue le champ d'intervention du poste.",
     "violences_conjugales"),
    ("L'accueil des femmes victimes de violences forme l'objet exclusif de la mission.", "violences_faites_aux_femmes"),
    ("Le cadre d'intervention de l'ISCG est celui de la lutte contre les violences faites aux femmes.",
     "violences_faites_aux_femmes"),
    # same cue, opposite meaning
    ("Les violences intrafamiliales constituent l'un des champs d'intervention du poste.", "toutes_situations"),
    ("Le champ d'intervention est celui des violences intrafamiliales et, plus largement, de toute situation sociale.",
     "toutes_situations"),
    ("Les violences conjugales constituent l'objet principal de l'activité, sans en être l'unique objet.",
     "toutes_situations"),
    ("Le champ d'intervention n'est pas celui des seules violences intrafamiliales.", "toutes_situations"),
    ("Les violences intrafamiliales sont prioritaires, sans que cela restreigne le champ d'intervention du poste.",
     "toutes_situations"),
]

# ---- situations: the other situations are sent elsewhere
EXCLUSION = [
    ("Les situations qui ne relèvent pas des violences intrafamiliales sont réorientées vers le CCAS.", "vif"),
    ("Les demandes etrangeres aux violences intrafamiliales sont adressees au service social de secteur.", "vif"),
    ("Les personnes hors du champ des violences conjugales sont orientées vers les services de droit commun.",
     "violences_conjugales"),
    ("Les affaires ne relevant pas des violences au sein du couple ne sont pas prises en charge par l'intervenante.",
     "violences_conjugales"),
    ("Les situations extérieures aux violences faites aux femmes sont renvoyées vers le service départemental.",
     "violences_faites_aux_femmes"),
    ("Les situations ne relevant pas des violences intrafamiliales relèvent des services du Département.", "vif"),
    # same cue, opposite meaning
    ("Les situations ne relevant pas des violences intrafamiliales sont également accueillies par l'intervenant.",
     "toutes_situations"),
    ("Les situations ne relevant pas des violences conjugales ne sont pas exclues : l'intervenant les reçoit aussi.",
     "toutes_situations"),
    ("Les situations de violences intrafamiliales sont orientées vers l'intervenant en priorité.", "toutes_situations"),
]

# ---- situations: strong restriction followed by sub-cases of the same problem
STRONG = [
    ("Le poste est consacré exclusivement aux violences au sein du couple, y compris entre ex-concubins.",
     "violences_conjugales"),
    ("L'intervenant social intervient uniquement sur les violences conjugales, y compris lorsque le couple est separe.",
     "violences_conjugales"),
    ("La mission porte strictement sur les violences intrafamiliales, notamment envers les ascendants.", "vif"),
    ("L'intervenante est specifiquement dediee aux violences intrafamiliales, y compris celles subies par les enfants.",
     "vif"),
    ("Le dispositif est réservé exclusivement aux femmes victimes de violences, y compris les mineures.",
     "violences_faites_aux_femmes"),
    ("Il est chargé uniquement des violences faites aux femmes, y compris le harcèlement au travail.",
     "violences_faites_aux_femmes"),
    # same cue, opposite meaning
    ("Le poste n'est pas exclusivement consacré aux violences conjugales, y compris les plus graves.",
     "toutes_situations"),
    ("Il intervient sur toute difficulté sociale, y compris uniquement pour orienter les victimes de violences conjugales.",
     "toutes_situations"),
    ("Le poste est ouvert à tout public, notamment aux victimes de violences intrafamiliales.", "toutes_situations"),
]

# ---- déontologie: a refuted secret partagé is not a contre-sens
REFUTED = [
    ("Le secret partagé, notion dépourvue de toute existence légale, ne saurait fonder une transmission aux gendarmes. "
     "L'intervenant est tenu au secret professionnel.", "securisee"),
    ("Le « secret partagé » ne peut en aucun cas être opposé à l'intervenant social. Il est tenu au secret professionnel.",
     "securisee"),
    ("Il ne peut être fait état d'un secret partage entre l'intervenante et les policiers. "
     "Elle est soumise au secret professionnel.", "securisee"),
    ("L'invocation d'un prétendu secret partagé est proscrite. L'intervenant respecte le secret professionnel.",
     "securisee"),
    ("La reference au secret partage est exclue dans les relations avec les enqueteurs. Les entretiens sont confidentiels.",
     "securisee"),
    ("Nul ne peut se prévaloir d'un secret partagé pour obtenir une information. L'intervenant est tenu au secret professionnel.",
     "securisee"),
    # the affirmations stay contre-sens
    ("Les échanges avec les militaires se font dans le cadre du secret partagé.", "contre_sens"),
    ("Le secret partagé s'applique entre l'intervenant et les enquêteurs, qui peuvent en être informés.", "contre_sens"),
    ("Les informations utiles à l'enquête sont transmises au titre du secret professionnel partagé.", "contre_sens"),
]

# ---- déontologie: a denied obligation is not a systematic alert
DENIED = [
    ("L'intervenant n'est pas tenu de saisir systématiquement la CRIP : il apprécie l'opportunité d'une information préoccupante. "
     "Il est tenu au secret professionnel.", "securisee"),
    ("La saisine de la cellule de recueil des informations préoccupantes n'est nullement systématique. "
     "Il est tenu au secret professionnel.", "securisee"),
    ("Elle n'a pas l'obligation de signaler au parquet ; elle apprécie seule l'opportunité d'un signalement au procureur. "
     "Elle est soumise au secret professionnel.", "securisee"),
    ("Il saisit systématiquement la CRIP pour tout mineur en danger.", "ambiguite"),
    ("Toute situation de danger est obligatoirement signalée au procureur de la République.", "ambiguite"),
    ("L'intervenant est tenu au secret professionnel. Il informe de façon systématique la cellule de recueil des informations préoccupantes.",
     "ambiguite"),
]

# ---- déontologie: secret identical for the worker and the forces; immediate alert of the procureur
ALIGNED = [
    ("L'intervenante est tenue à un secret dont les règles sont, pour elle comme pour les gendarmes, identiques.",
     "ambiguite"),
    ("Les règles de discrétion sont les mêmes tant pour l'intervenant que pour les fonctionnaires de police.", "ambiguite"),
    ("Un devoir de réserve commun s'applique à l'intervenant ainsi que pour les militaires de la brigade.", "ambiguite"),
    ("Tout crime ou délit révélé en entretien est transmis sans délai au procureur de la République.", "ambiguite"),
    ("Les infractions dont l'intervenant a connaissance sont aussitôt signalées à l'autorité judiciaire.", "ambiguite"),
    ("Le parquet est informé sans délai de toute révélation de violences sur mineur.", "ambiguite"),
    # same cue, opposite meaning
    ("Les règles du secret sont, pour lui comme pour les gendarmes, distinctes de celles de l'enquête. "
     "Il est tenu au secret professionnel.", "securisee"),
    ("Les gendarmes sont tenus à une discrétion identique à celle de l'intervenant. Il est tenu au secret professionnel.",
     "securisee"),
    ("L'intervenant peut, s'il l'estime nécessaire, porter sans délai à la connaissance du procureur tout crime révélé. "
     "Il est tenu au secret professionnel.", "securisee"),
    ("Avec l'accord de la personne, toute plainte est transmise sans délai au parquet. Les entretiens sont confidentiels.",
     "securisee"),
]

CASES = ([("situations", t, v) for t, v in FIELD + EXCLUSION + STRONG]
         + [("deontologie", t, v) for t, v in REFUTED + DENIED + ALIGNED])


@pytest.mark.parametrize("indicator, text, expected", CASES)
def test_round5_wording(indicator, text, expected):
    assert code(indicator, text) == expected, text
