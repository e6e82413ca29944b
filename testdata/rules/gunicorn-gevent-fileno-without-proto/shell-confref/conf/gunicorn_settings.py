import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
worker_class = "geventwebsocket.gunicorn.workers.GeventWebSocketWorker"
