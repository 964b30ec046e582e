# revlab: is not available in Revlab
# python: starts threads that spin
import threading
for _ in range(4):
    threading.Thread(target=lambda: [None for _ in iter(int, 1)]).start()
