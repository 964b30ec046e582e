// The error of Python's numeric and formatting operations (py/bigint, py/floats, py/format_spec,
// py/percent_format). These files know nothing of the interpreter's objects, so they cannot raise
// a Python exception themselves: they throw a NumberError whose kind names the exception class and
// whose message is Python's own text (checked against Python 3.11), and the interpreter raises that.
#pragma once

#include <exception>
#include <string>
#include <utility>

namespace revlab::py {

struct NumberError : std::exception {
    enum class Kind {
        ZeroDivision, // ZeroDivisionError
        Overflow,     // OverflowError
        Value,        // ValueError
        Memory,       // MemoryError: a result past the sandbox's size caps (Python has no message here)
        Type,         // TypeError: the few that %-formatting raises on its own ("%c requires int or char")
    };

    NumberError(Kind kind_, std::string message_) : kind(kind_), message(std::move(message_)) {}
    const char* what() const noexcept override { return message.c_str(); }

    Kind kind;
    std::string message;
};

} // namespace revlab::py
