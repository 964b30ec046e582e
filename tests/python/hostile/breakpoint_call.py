# revlab: is not available in Revlab
# python: enters the pdb debugger, which reads commands from stdin
breakpoint()
