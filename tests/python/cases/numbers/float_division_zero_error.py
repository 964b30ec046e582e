# Dividing a float by zero raises ZeroDivisionError with the float message.
total = 0.0
print("average of nothing:")
print(10.5 / total)
