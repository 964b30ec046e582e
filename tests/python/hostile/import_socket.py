# revlab: is not available in Revlab
# python: opens a network connection
import socket
socket.create_connection(("example.com", 80), timeout=1)
