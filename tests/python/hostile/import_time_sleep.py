# revlab: is not available in Revlab
# python: sleeps for 11 days
import time
time.sleep(10 ** 6)
