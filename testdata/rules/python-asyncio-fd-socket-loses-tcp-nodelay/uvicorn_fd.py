"""Serving an ASGI app on a socket reserved before startup (the sglang #20421 pattern)."""
import socket

import uvicorn
from uvicorn import Config, Server


async def app(scope, receive, send):
    pass


def serve_reserved(port):
    reserved = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    reserved.bind(("0.0.0.0", port))
    uvicorn.run(app, host="0.0.0.0", fd=reserved.fileno())  # expect: python-asyncio-fd-socket-loses-tcp-nodelay


def configured(fd):
    return uvicorn.Config(app, fd=fd)  # expect: python-asyncio-fd-socket-loses-tcp-nodelay


def positional(fd):
    return Config("main:app", "0.0.0.0", 8000, None, fd)  # expect: python-asyncio-fd-socket-loses-tcp-nodelay


def host_and_port():
    uvicorn.run(app, host="0.0.0.0", port=8000)
    return Config(app, host="::", port=8000, fd=None)


def socket_objects(sock):
    # The socket object keeps its metadata: no fd is rebuilt by uvicorn.
    return Server(Config(app)).serve(sockets=[sock])
