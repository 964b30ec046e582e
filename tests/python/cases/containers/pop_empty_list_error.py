# Popping from an empty list raises IndexError.
stack = [1]
print(stack.pop())
print(stack.pop())
