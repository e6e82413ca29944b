"""eventlet before 0.20.0 did not set SO_REUSEPORT in listen()."""
from eventlet.convenience import listen

server_socket = listen(("127.0.0.1", 8080))
