"""Only outgoing connections: eventlet.connect() sets no SO_REUSEPORT."""
import eventlet

conn = eventlet.connect(("example.org", 80))
listen = "eventlet.listen( is only mentioned in this string"
