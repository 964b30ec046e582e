# revlab: is not available in Revlab
# python: prints the machine's /etc/passwd
print(open("/etc/passwd").read())
