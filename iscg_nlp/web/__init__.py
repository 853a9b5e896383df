"""The browser review app (``iscg serve``): a small Flask app over the review store, fully offline.

    app = create_app("revue.sqlite")             # tests, or any WSGI server
    serve("revue.sqlite", "127.0.0.1", 8000)     # what ``iscg serve`` runs

Flask is imported only when the app is built, so ``iscg_nlp.web.review`` (shared with the terminal
review and the export) stays light.
"""

from __future__ import annotations


def create_app(store_path, token=None, *, model_path=None):
    from .app import create_app as _create

    return _create(store_path, token, model_path=model_path)


def serve(store_path, host: str = "127.0.0.1", port: int = 8000, token=None, *, model_path=None):
    from .server import serve as _serve

    return _serve(store_path, host, port, token, model_path=model_path)


def run_serve(args) -> int:
    from .server import run_serve as _run

    return _run(args)


__all__ = ["create_app", "serve", "run_serve"]
