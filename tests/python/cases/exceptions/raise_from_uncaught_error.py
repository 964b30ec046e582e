# With raise ... from, the last line shows the outer exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e
print(parse("12"))
parse("twelve")
