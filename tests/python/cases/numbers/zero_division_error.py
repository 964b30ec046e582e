# An uncaught ZeroDivisionError from integer division ends the program.
def ratio(done, total):
    return done / total

print(ratio(1, 4))
print("about to divide by zero")
print(ratio(3, 0))
print("never printed")
