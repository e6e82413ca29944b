"""Calls of the standard library socket constructor with and without proto."""
import socket


def adopt(fd):
    a = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)  # expect: python-socket-fileno-without-proto
    b = socket.socket(fileno=fd)  # expect: python-socket-fileno-without-proto
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM, -1, fd)  # expect: python-socket-fileno-without-proto
    d = socket.socket(socket.AF_INET, socket.SOCK_STREAM, proto=-1, fileno=fd)  # expect: python-socket-fileno-without-proto
    ok1 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, fd)
    ok2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, proto=0, fileno=fd)
    ok3 = socket.socket(a.family, a.type, a.proto, fileno=a.fileno())
    ok4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ok5 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=None)
    ok6 = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
    return a, b, c, d, ok1, ok2, ok3, ok4, ok5, ok6


def across_lines(fd, options):
    e = socket.socket(  # expect: python-socket-fileno-without-proto
        socket.AF_UNIX,
        # proto=socket.IPPROTO_TCP is only a comment here
        fileno=fd,
    )
    f = socket.socket(socket.AF_INET,  # expect: python-socket-fileno-without-proto
                      socket.SOCK_STREAM,
                      fileno=int(
                          fd))  # the finding is on the line of the callee name
    unknown1 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd, **options)
    unknown2 = socket.socket(*options)
    return e, f, unknown1, unknown2
