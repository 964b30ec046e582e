// The files of Flask-Migrate's `flask-multidb` template that differ from the single-database one.
#pragma once

namespace revlab::command {

extern const char* const kMultidbReadme;
extern const char* const kMultidbEnvPy;
extern const char* const kMultidbScriptMako;

} // namespace revlab::command
