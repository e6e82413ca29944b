import socket as s
import _socket
from gevent import socket as gsocket
from gevent.socket import socket as GeventSocket
from gevent._socket3 import socket as socket3
import gevent.socket


def with_aliases(fd, sock):
    a = s.socket(s.AF_INET, s.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto
    b = gsocket.socket(sock.family, gsocket.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto
    c = GeventSocket(sock.family, sock.type, fileno=fd)  # expect: python-socket-fileno-without-proto
    d = socket3(fileno=fd)  # expect: python-socket-fileno-without-proto
    e = _socket.socket(2, 1, -1, fd)  # expect: python-socket-fileno-without-proto
    g = gevent.socket.socket(fileno=fd)  # expect: python-socket-fileno-without-proto
    ok1 = gsocket.socket(sock.family, sock.type, sock.proto, fileno=fd)
    ok2 = GeventSocket(sock.family, sock.type, proto=sock.proto, fileno=fd)
    ok3 = s.fromfd(fd, s.AF_INET, s.SOCK_STREAM)
    return a, b, c, d, e, g, ok1, ok2, ok3
