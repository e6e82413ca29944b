"""asyncio stream servers on inherited listeners."""
import asyncio
import socket
from asyncio import start_server


async def handle(reader, writer):
    writer.close()


async def inherited(fd):
    return await asyncio.start_server(handle, sock=socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM))  # expect: python-asyncio-fd-socket-loses-tcp-nodelay


async def inherited_unix_family(fd):
    return await start_server(handle, sock=socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM))  # expect: python-asyncio-fd-socket-loses-tcp-nodelay


async def adopted(fd):
    # The socket object states family, type and protocol.
    return await asyncio.start_server(handle, sock=socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, fd))


async def own_listener(listener):
    return await asyncio.start_server(handle, sock=listener)


async def host_port():
    return await asyncio.start_server(handle, "0.0.0.0", 8080)
