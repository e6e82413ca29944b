from socket import socket, AF_INET, SOCK_STREAM
from gevent import monkey


class Worker:
    def patch(self, listeners):
        monkey.patch_all()
        return [socket(AF_INET, SOCK_STREAM, fileno=l.fileno()) for l in listeners]  # expect: python-socket-fileno-without-proto

    def patch_fixed(self, listeners):
        return [socket(l.family, l.type, l.proto, fileno=l.fileno()) for l in listeners]


def unrelated(fd):
    import mylib
    return mylib.socket(fileno=fd)  # another module's socket(): not reported
