import socket


def inherit(fd, dgram_fd, unix_fd):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)
    receiver = socket.socket(
        socket.AF_INET6,
        socket.SOCK_DGRAM,
        fileno=dgram_fd,
    )
    control = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=unix_fd)
    return listener, receiver, control
