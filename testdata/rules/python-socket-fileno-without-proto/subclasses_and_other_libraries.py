"""Subclasses that call the socket constructor themselves, eventlet's and trio's socket classes."""
import socket
import threading

import eventlet.greenio
import trio
from eventlet.green import socket as green


class Adopted(socket.socket):
    def __init__(self, fd):
        super().__init__(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto


class AdoptedOldStyle(socket.socket):
    def __init__(self, fd):
        socket.socket.__init__(self, socket.AF_INET, socket.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto


class AdoptedWithProto(socket.socket):
    def __init__(self, fd):
        super().__init__(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, fd)


class Fresh(socket.socket):
    def __init__(self):
        super().__init__(socket.AF_INET, socket.SOCK_STREAM)


class Worker(threading.Thread):
    def __init__(self, fd):
        super().__init__(name="worker", daemon=True)
        self.fd = fd


def positional(fd):
    zero = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, fd)  # proto 0 is a value: nothing is queried
    sentinel = socket.socket(socket.AF_INET, socket.SOCK_STREAM, -1, fd)  # expect: python-socket-fileno-without-proto
    return zero, sentinel


def eventlet_sockets(fd, sock):
    a = green.socket(green.AF_INET, green.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto
    b = eventlet.greenio.GreenSocket(socket.AF_UNIX, fileno=fd)  # expect: python-socket-fileno-without-proto
    c = green.socket(sock.family, sock.type, sock.proto, fileno=fd)
    d = eventlet.greenio.GreenSocket(sock)
    return a, b, c, d


def trio_sockets(fd, sock):
    a = trio.socket.socket(fileno=fd)  # expect: python-socket-fileno-without-proto
    # trio reads SO_PROTOCOL on Linux even when proto is given
    b = trio.socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, fd)  # expect: python-socket-fileno-without-proto
    c = trio.socket.from_stdlib_socket(sock)
    d = trio.socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    return a, b, c, d
