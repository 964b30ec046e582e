"""sqlalchemy_utils.types: one module per type, as in the real package."""
from .arrow import ArrowType  # noqa: F401
from .choice import Choice, ChoiceType  # noqa: F401
from .country import CountryType  # noqa: F401
from .currency import CurrencyType  # noqa: F401
from .email import EmailType  # noqa: F401
from .encrypted.encrypted_type import EncryptedType, StringEncryptedType  # noqa: F401
from .ip_address import IPAddressType  # noqa: F401
from .json import JSONType  # noqa: F401
from .locale import LocaleType  # noqa: F401
from .password import Password, PasswordType  # noqa: F401
from .scalar_list import ScalarListException, ScalarListType  # noqa: F401
from .timezone import TimezoneType  # noqa: F401
from .ts_vector import TSVectorType  # noqa: F401
from .url import URLType  # noqa: F401
from .uuid import UUIDType  # noqa: F401
