# zip_longest with a fill value; accumulate with operators, initial values and functions.
from itertools import accumulate, zip_longest
import operator
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate("abc")))
balances = list(accumulate([100, -30, -80, 50], lambda bal, tx: max(bal + tx, 0)))
print(balances)
