# revlab: is not available in Revlab
# python: fetches a URL
import urllib.request
urllib.request.urlopen("http://example.com", timeout=1)
