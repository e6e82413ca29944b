from eventlet import listen as green_listen
from eventlet import wsgi


def serve(app, port):
    wsgi.server(green_listen(("", port)), app)
