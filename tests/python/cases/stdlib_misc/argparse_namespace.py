# argparse.Namespace, as Flask-Migrate gives it to env.py as config.cmd_opts: repr in the order set, ==, in, unhashable
import argparse
n = argparse.Namespace(x=[], autogenerate=True)
print(n, n == argparse.Namespace(autogenerate=True, x=[]), 'x' in n, 'y' in n)
setattr(n, 'a-b', 1)
print(n, vars(n) == {'x': [], 'autogenerate': True, 'a-b': 1})
print(argparse.Namespace() == 3, hash(argparse.Namespace) is not None)
try:
    hash(argparse.Namespace())
except TypeError as e:
    print('TypeError', e)
