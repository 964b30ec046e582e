"""werkzeug.exceptions: HTTPException and its subclasses by status code (Werkzeug 2.2), which
flask.abort() raises and `except NotFound:` catches."""


class HTTPException(Exception):
    code = None
    description = None

    def __init__(self, description=None, response=None):
        super().__init__()
        if description is not None:
            self.description = description
        self.response = response

    @property
    def name(self):
        return _NAMES.get(self.code, "Unknown Error")

    def get_description(self, environ=None, scope=None):
        return self.description or ""

    def __str__(self):
        code = self.code if self.code is not None else "???"
        return f"{code} {self.name}: {self.description}"

    def __repr__(self):
        code = self.code if self.code is not None else "???"
        return f"<{type(self).__name__} '{code}: {self.name}'>"


class BadRequest(HTTPException):
    code = 400
    description = ('The browser (or proxy) sent a request that this server could not understand.')


class Unauthorized(HTTPException):
    code = 401
    description = ("The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.")


class Forbidden(HTTPException):
    code = 403
    description = ("You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.")


class NotFound(HTTPException):
    code = 404
    description = ('The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.')


class MethodNotAllowed(HTTPException):
    code = 405
    description = ('The method is not allowed for the requested URL.')


class NotAcceptable(HTTPException):
    code = 406
    description = ('The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.')


class RequestTimeout(HTTPException):
    code = 408
    description = ("The server closed the network connection because the browser didn't finish the request within the specified time.")


class Conflict(HTTPException):
    code = 409
    description = ('A conflict happened while processing the request. The resource might have been modified while the request was being processed.')


class Gone(HTTPException):
    code = 410
    description = ('The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.')


class LengthRequired(HTTPException):
    code = 411
    description = ('A request with this method requires a valid <code>Content-Length</code> header.')


class PreconditionFailed(HTTPException):
    code = 412
    description = ('The precondition on the request for the URL failed positive evaluation.')


class RequestEntityTooLarge(HTTPException):
    code = 413
    description = ('The data value transmitted exceeds the capacity limit.')


class RequestURITooLarge(HTTPException):
    code = 414
    description = ('The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.')


class UnsupportedMediaType(HTTPException):
    code = 415
    description = ('The server does not support the media type transmitted in the request.')


class RequestedRangeNotSatisfiable(HTTPException):
    code = 416
    description = ('The server cannot provide the requested range.')


class ExpectationFailed(HTTPException):
    code = 417
    description = ('The server could not meet the requirements of the Expect header')


class ImATeapot(HTTPException):
    code = 418
    description = ('This server is a teapot, not a coffee machine')


class UnprocessableEntity(HTTPException):
    code = 422
    description = ('The request was well-formed but was unable to be followed due to semantic errors.')


class Locked(HTTPException):
    code = 423
    description = ('The resource that is being accessed is locked.')


class FailedDependency(HTTPException):
    code = 424
    description = ('The method could not be performed on the resource because the requested action depended on another action and that action failed.')


class PreconditionRequired(HTTPException):
    code = 428
    description = ('This request is required to be conditional; try using "If-Match" or "If-Unmodified-Since".')


class TooManyRequests(HTTPException):
    code = 429
    description = ('This user has exceeded an allotted request count. Try again later.')


class RequestHeaderFieldsTooLarge(HTTPException):
    code = 431
    description = ('One or more header fields exceeds the maximum size.')


class UnavailableForLegalReasons(HTTPException):
    code = 451
    description = ('Unavailable for legal reasons.')


class InternalServerError(HTTPException):
    code = 500
    description = ('The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.')


class NotImplemented(HTTPException):
    code = 501
    description = ('The server does not support the action requested by the browser.')


class BadGateway(HTTPException):
    code = 502
    description = ('The proxy server received an invalid response from an upstream server.')


class ServiceUnavailable(HTTPException):
    code = 503
    description = ('The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.')


class GatewayTimeout(HTTPException):
    code = 504
    description = ('The connection to an upstream server timed out.')


class HTTPVersionNotSupported(HTTPException):
    code = 505
    description = ('The server does not support the HTTP protocol version used in the request.')


_NAMES = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    412: 'Precondition Failed',
    413: 'Request Entity Too Large',
    414: 'Request URI Too Long',
    415: 'Unsupported Media Type',
    416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed',
    418: "I'm a teapot",
    422: 'Unprocessable Entity',
    423: 'Locked',
    424: 'Failed Dependency',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
}

default_exceptions = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    408: RequestTimeout,
    409: Conflict,
    410: Gone,
    411: LengthRequired,
    412: PreconditionFailed,
    413: RequestEntityTooLarge,
    414: RequestURITooLarge,
    415: UnsupportedMediaType,
    416: RequestedRangeNotSatisfiable,
    417: ExpectationFailed,
    418: ImATeapot,
    422: UnprocessableEntity,
    423: Locked,
    424: FailedDependency,
    428: PreconditionRequired,
    429: TooManyRequests,
    431: RequestHeaderFieldsTooLarge,
    451: UnavailableForLegalReasons,
    500: InternalServerError,
    501: NotImplemented,
    502: BadGateway,
    503: ServiceUnavailable,
    504: GatewayTimeout,
    505: HTTPVersionNotSupported,
}


class Aborter:
    def __init__(self, mapping=None, extra=None):
        self.mapping = dict(default_exceptions if mapping is None else mapping)
        if extra is not None:
            self.mapping.update(extra)

    def __call__(self, code, *args, **kwargs):
        if not args and not kwargs and not isinstance(code, int):
            raise HTTPException(response=code)
        if code not in self.mapping:
            raise LookupError(f"no exception for {code!r}")
        raise self.mapping[code](*args, **kwargs)


_aborter = Aborter()


def abort(status, *args, **kwargs):
    _aborter(status, *args, **kwargs)
