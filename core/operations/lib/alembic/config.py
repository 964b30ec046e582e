"""alembic.config.Config, as env.py uses it: the options of alembic.ini's [alembic] section (read from the
project's file), set_main_option(), get_section() for logging and engine settings, cmd_opts and attributes.

Flask-Migrate makes it (flask_migrate.Migrate.get_config): the ini beside env.py, `script_location` set to
the migrations folder, and cmd_opts naming the command's options (`autogenerate` for `flask db migrate`).
"""

import configparser
import posixpath

from alembic.util import CommandError


class Config:
    def __init__(self, file_=None, ini_section="alembic", output_buffer=None, stdout=None, cmd_opts=None,
                 config_args=None, attributes=None):
        self.config_file_name = file_
        self.config_ini_section = ini_section
        self.output_buffer = output_buffer
        self.cmd_opts = cmd_opts
        self.config_args = dict(config_args or {})
        self.attributes = {} if attributes is None else attributes
        self._file_config = None

    @property
    def file_config(self):
        """The ini file as a ConfigParser, with %(here)s the folder that holds it."""
        if self._file_config is None:
            here = posixpath.dirname(self.config_file_name) if self.config_file_name else ""
            args = dict(self.config_args)
            args["here"] = here
            parser = configparser.ConfigParser(args)
            if self.config_file_name:
                parser.read([self.config_file_name])
            if not parser.has_section(self.config_ini_section):
                parser.add_section(self.config_ini_section)
            self._file_config = parser
        return self._file_config

    def print_stdout(self, text, *arg):
        print(text % arg if arg else text)

    def get_section(self, name, default=None):
        if not self.file_config.has_section(name):
            return default
        return dict(self.file_config.items(name))

    def set_main_option(self, name, value):
        self.set_section_option(self.config_ini_section, name, value)

    def remove_main_option(self, name):
        self.file_config.remove_option(self.config_ini_section, name)

    def set_section_option(self, section, name, value):
        if not self.file_config.has_section(section):
            self.file_config.add_section(section)
        self.file_config.set(section, name, value)

    def get_section_option(self, section, name, default=None):
        if not self.file_config.has_section(section):
            raise CommandError("No config file %r found, or file has no '[%s]' section"
                               % (self.config_file_name, section))
        if self.file_config.has_option(section, name):
            return self.file_config.get(section, name)
        return default

    def get_main_option(self, name, default=None):
        return self.get_section_option(self.config_ini_section, name, default)
