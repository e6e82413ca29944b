"""Metrics sidecar: exposes the gateway's counters over HTTP (run with gunicorn -c gunicorn.conf.py app:app)."""
import json
import os
import socket

STATUS_FD_ENV = "GATEWAY_STATUS_FD"


def read_gateway_status():
    """Read one status line from the socket the gateway passed us, if any."""
    fd = os.environ.get(STATUS_FD_ENV)
    if fd is None:
        return {}
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=int(fd))
    try:
        sock.settimeout(1.0)
        line = sock.makefile("r").readline()
    finally:
        sock.detach()
    return json.loads(line) if line else {}


def app(environ, start_response):
    body = json.dumps({"gateway": read_gateway_status()}).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]
