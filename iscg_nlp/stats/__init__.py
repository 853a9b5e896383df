"""The study's statistics: from codings (review store or tool suggestions) to tables, charts, HTML and XLSX.

Library entry points: ``records_from_store``, ``records_from_paths``, ``records_from_lines`` (records.py),
``build_report`` (report.py), ``render_html`` / ``write_xlsx`` (render.py); CLI entry: ``run_stats``.
"""

from .departements import departement_of
from .run import run_stats

__all__ = ["departement_of", "run_stats"]
