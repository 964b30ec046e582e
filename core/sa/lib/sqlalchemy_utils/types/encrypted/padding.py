"""sqlalchemy_utils.types.encrypted.padding: the padding mechanisms of AesEngine."""


class InvalidPaddingError(Exception):
    pass


class Padding:
    def __init__(self, block_size):
        self.block_size = block_size

    def pad(self, value):
        raise NotImplementedError("Subclasses must implement this!")

    def unpad(self, value):
        raise NotImplementedError("Subclasses must implement this!")


class PKCS5Padding(Padding):
    def pad(self, value):
        value_len = len(value)
        pad_size = self.block_size - (value_len % self.block_size)
        return value.ljust(value_len + pad_size, bytes([pad_size]))

    def unpad(self, value):
        value_len = len(value)
        pad_size = value[-1]
        if pad_size > self.block_size:
            raise InvalidPaddingError("Pad size larger than block size")
        return value[:value_len - pad_size]


class OneAndZeroesPadding(Padding):
    BYTE_80 = 0x80
    BYTE_00 = 0x00

    def pad(self, value):
        value_with_80 = value + bytes([self.BYTE_80])
        value_len = len(value_with_80)
        pad_size = self.block_size - (value_len % self.block_size)
        return value_with_80.ljust(value_len + pad_size, bytes([self.BYTE_00]))

    def unpad(self, value):
        unpadded = value.rstrip(bytes([self.BYTE_00]))
        unpadded_len = len(unpadded)
        if unpadded[-1] != self.BYTE_80:
            raise InvalidPaddingError("Invalid padding")
        return unpadded[:unpadded_len - 1]


class ZeroesPadding(Padding):
    def pad(self, value):
        value_len = len(value)
        pad_size = self.block_size - (value_len % self.block_size) - 1
        return value.ljust(value_len + pad_size, b"\x00") + bytes([pad_size + 1])

    def unpad(self, value):
        pad_size = value[-1]
        return value[:-pad_size]


class NaivePadding(Padding):
    PADDING = b"*"

    def pad(self, value):
        value_len = len(value)
        pad_size = self.block_size - (value_len % self.block_size)
        return value + self.PADDING * pad_size

    def unpad(self, value):
        return value.rstrip(self.PADDING)


PADDING_MECHANISM = {
    "pkcs5": PKCS5Padding,
    "oneandzeroes": OneAndZeroesPadding,
    "zeroes": ZeroesPadding,
    "naive": NaivePadding,
}
