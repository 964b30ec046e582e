# A comprehension's loop variable is not visible after it.
squares = [position * position for position in range(4)]
print(squares)
print(position)
