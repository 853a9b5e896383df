"""Starting the review app: loopback by default, a token required for any other address."""

from __future__ import annotations

import sys
from pathlib import Path

from ..store import StoreError
from .security import is_loopback


class ServeError(StoreError):
    pass


def check_binding(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise ServeError(
            f"Refus de démarrer : l'adresse « {host} » rendrait la relecture accessible depuis d'autres "
            "ordinateurs. Ajoutez un jeton d'accès (--token UN-SECRET-LONG) ou gardez --host 127.0.0.1.")
    if token is not None and len(token) < 12:
        raise ServeError("Le jeton d'accès est trop court : choisissez au moins 12 caractères.")


def make_server(store_path, host: str, port: int, token: str | None = None, *, model_path=None):
    """A threaded WSGI server (not started); port 0 picks a free port (see `.server_port`)."""
    from werkzeug.serving import make_server as _make

    from .app import create_app

    check_binding(host, token)
    if not Path(store_path).is_file():
        raise ServeError(f"La base de relecture « {store_path} » n'existe pas : lancez d'abord "
                         "« iscg analyze DOSSIER --store BASE ».")
    return _make(host, port, create_app(store_path, token, model_path=model_path), threaded=True)


def address(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + (f"?jeton={token}" if token else "")


def serve(store_path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, *,
          model_path=None) -> None:
    server = make_server(store_path, host, port, token, model_path=model_path)
    sys.stderr.write(f"Relecture ouverte : {address(host, server.server_port, token)}\n"
                     "Arrêt : Ctrl+C.\n")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.stderr.write("Relecture arrêtée.\n")
    finally:
        server.server_close()


def run_serve(args) -> int:
    """CLI: `iscg serve [--store DB] [--host 127.0.0.1] [--port 8000] [--token T] [--model FICHIER]`."""
    from ..store import DEFAULT_STORE

    serve(getattr(args, "store", None) or DEFAULT_STORE, getattr(args, "host", None) or "127.0.0.1",
          int(getattr(args, "port", None) or 8000), getattr(args, "token", None),
          model_path=getattr(args, "model", None))
    return 0
