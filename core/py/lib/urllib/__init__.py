"""urllib: only urllib.parse, which is text processing. urllib.request and the rest open network
connections and stay refused in the sandbox."""
