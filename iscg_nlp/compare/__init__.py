"""Comparison of a convention with the model convention (``iscg diff``, indicator ``proximite_modele``).

    model = load_model()                      # or load_model("autre-modele.docx")
    comparison = compare(doc, structure, model)
    comparison.to_indicator()                 # IndicatorCoding for proximite_modele
    render_html(comparison) / render_terminal(comparison, console) / to_json(comparison)
"""

from iscg_nlp.compare.comparison import ArticleMatch, Comparison, compare
from iscg_nlp.compare.model import ImperativePoint, ModelConvention, ModelError, load_model, model_from
from iscg_nlp.compare.ops import EditOp
from iscg_nlp.compare.render import render_html, render_terminal, to_json
from iscg_nlp.compare.run import run_diff

__all__ = ["ArticleMatch", "Comparison", "EditOp", "ImperativePoint", "ModelConvention", "ModelError",
           "compare", "load_model", "model_from", "render_html", "render_terminal", "run_diff", "to_json"]
