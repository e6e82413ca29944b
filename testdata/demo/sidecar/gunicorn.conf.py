# Gunicorn settings for the gateway's metrics sidecar.
bind = "127.0.0.1:9102"
workers = 2
worker_class = "gevent"
worker_connections = 200
timeout = 30
