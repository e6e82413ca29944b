"""A WSGI app served by eventlet on its own listening socket."""
import eventlet
from eventlet import wsgi


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok\n"]


if __name__ == "__main__":
    wsgi.server(eventlet.listen(("0.0.0.0", 8080)), app)
