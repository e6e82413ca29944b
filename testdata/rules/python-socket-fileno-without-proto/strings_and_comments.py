# socket.socket(fileno=fd) in a comment is not a call
import socket

DOC = "socket.socket(socket.AF_INET, fileno=fd)"
RAW = r'socket.socket(fileno=fd)'
BYTES = b"socket.socket(fileno=fd)"
MIXED = Rb'socket.socket(fileno=fd)' + bR"socket.socket(fileno=3)"
FORMATTED = f"{socket.AF_INET} socket.socket(fileno={3})"
NESTED = f"{'socket.socket(fileno=fd)'}"
TRIPLE = """
socket.socket(socket.AF_INET, fileno=fd)
"""
TRIPLE_SINGLE = '''socket.socket(fileno=fd) \''' still inside
'''
CONTINUED = "socket.socket(\
fileno=fd)"


def real(fd):
    # the call below is real, after all those strings
    return socket.socket(fileno=fd)  # expect: python-socket-fileno-without-proto


def socket_factory(socket):  # a parameter named socket: no call here
    return socket


class Holder:
    def socket(self, fileno=None):  # a method named socket is a definition, not a call
        return fileno
