# revlab: is not available in Revlab
# python: reads /etc/hostname through io.open
import io
print(io.open("/etc/hostname").read())
