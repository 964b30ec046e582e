// parse(): tokens from the lexer, then the recursive-descent parser of parser_state.hpp.
#include "parser.hpp"

#include "parser_state.hpp"

namespace revlab::py {

Module parse(std::string_view source, const std::string& path) {
    const std::vector<Token> tokens = tokenize(source, path);
    return detail::Parser(tokens, std::make_shared<const std::string>(path)).module();
}

} // namespace revlab::py
